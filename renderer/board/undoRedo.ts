/**
 * Undo and redo as the person meets them: the keys, the toolbar's buttons, the menu and a notice's
 * Undo all come here. The store steps through its history; this says what the step did (a screen
 * reader heard nothing, or still the drop it had just heard: "Run the campaign moved to Deals
 * closed" after that very move was undone) and keeps keyboard focus on the page. A step draws
 * again the element that had focus when it moves it to another list (an activity back in its
 * outcome) or takes it away (a notice's Undo, the redo of a delete), and the browser dropped focus
 * to the page's body: the keyboard started again from the top. Focus now goes back to the same
 * item if it is still there, else to what the step changed, else to the Undo or Redo button.
 */
import { AUTHORITY_FACETS, type Activity, type AuthorityFacet, type Board, type Outcome, type Person, type PersonId } from '../../shared/model';
import { formatAmount, formatProgress, formatResult } from '../../shared/health';
import { isolatedInSentence, listInSentence } from '../../shared/text';
import { useBoardStore } from '../store/boardStore';
import { announce } from './dnd/announcements';
import { notify } from '../app/notices';
import { containerInSentence } from './dnd/resolve';
import { activityButton, containerPlaces, focusAfterChange, focusMovedAfterChange, newOutcomeTitle, newPersonName, outcomeHeading, personChip, quoted } from './focus';
import { revealSlot } from './windowing';

export type HistoryDirection = 'undo' | 'redo';

/** The toolbar's Undo or Redo button. */
export const historyButton = (direction: HistoryDirection) => `button[data-history=${quoted(direction)}]`;

/** What one step of the history changed, in a sentence, and where focus can go to find it. */
export interface StepSentence {
  readonly message: string;
  readonly places: readonly string[];
  /**
   * The step brought an item back (a delete undone): focus goes to it, not to where it was, which
   * was the neighbour that took focus as the item went (Ctrl+Z there left focus on the neighbour).
   */
  readonly cameBack?: boolean;
}

interface Kind<T> {
  readonly items: (board: Board) => readonly T[];
  readonly label: (item: T) => string;
  readonly place: (item: T) => string;
  /** Several of them: "activities". */
  readonly plural: string;
  /** The list the item is in on `board` (an activity's card), whose neighbours take focus as it goes. */
  readonly siblings: (board: Board, item: T) => readonly T[];
  /** Where focus goes as the item goes with no neighbour left: its list's field. */
  readonly home: (item: T) => readonly string[];
}

// A title or a name inside one of these sentences is isolated when it could reorder the sentence
// (a right-to-left override in an imported title turned "… is back." backwards): shared/text.ts.
const titled = (item: { readonly title: string }) => isolatedInSentence(item.title);

/** Where an outcome now stands in the board's order: after a step back or forward, and after Move earlier or later. */
export const outcomeAtPosition = (title: string, index: number, count: number): string =>
  `Outcome ${isolatedInSentence(title)} is at position ${String(index + 1)} of ${String(count)}.`;
const named = (person: Person) => isolatedInSentence(person.name);

const OUTCOMES: Kind<Outcome> = {
  items: (b) => b.outcomes,
  label: (o) => `outcome ${titled(o)}`,
  place: (o) => outcomeHeading(o.id),
  plural: 'outcomes',
  siblings: (b) => b.outcomes,
  home: () => [newOutcomeTitle],
};
const PEOPLE: Kind<Person> = { items: (b) => b.people, label: named, place: (p) => personChip(p.id), plural: 'people', siblings: (b) => b.people, home: () => [newPersonName] };
const ACTIVITIES: Kind<Activity> = {
  items: (b) => b.activities,
  label: (a) => `activity ${titled(a)}`,
  place: (a) => activityButton(a.id),
  plural: 'activities',
  siblings: (b, a) => b.activities.filter((other) => other.outcomeId === a.outcomeId),
  home: (a) => containerPlaces(a.outcomeId),
};

/** "Deals closed aims for 20 deals, and stands at 5 of 20 deals.": what one item now is, in clauses. */
const saying = (subject: string, clauses: readonly string[]) => `${subject} ${clauses.join(', and ')}.`;

// What each facet of authority lets the owner do, about the outcome titled `title`.
const FACET_DOES: Readonly<Record<AuthorityFacet, (title: string) => string>> = {
  decidesHow: (title) => `decide how ${title} is pursued`,
  prioritisesResources: (title) => `prioritise resources for ${title}`,
  choosesApproaches: (title) => `choose approaches for ${title}`,
};

/**
 * What an authority toggle changed, as the owner's rights: "Maya Chen can no longer choose
 * approaches for Deals closed." ("Outcome Deals closed changed." said nothing of it.) Null when
 * the authority is as it was.
 */
function authoritySentence(board: Board, was: Outcome, is: Outcome): string | null {
  const changed = AUTHORITY_FACETS.filter((facet) => was.authority[facet] !== is.authority[facet]);
  if (changed.length === 0) return null;
  const owner = board.people.find((p) => p.id === is.ownerId);
  const clauses = changed.map((facet) => `${is.authority[facet] ? 'can' : 'can no longer'} ${FACET_DOES[facet](titled(is))}`);
  return saying(owner ? named(owner) : 'The owner', clauses);
}

/**
 * What an edit of an outcome's result changed, as the card now writes it: "aims for 20 deals per
 * month", "stands at 5 of 20 deals" ("Outcome Deals closed changed." said neither). Amounts come
 * from shared/health, so the sentence and the card never write one number two ways; the unit and
 * the period are the person's text, so they are isolated too.
 */
function resultClauses(was: Outcome, is: Outcome): string[] {
  const clauses: string[] = [];
  if (was.metric !== is.metric) clauses.push(is.metric.trim() === '' ? 'has no metric' : `counts ${isolatedInSentence(is.metric.trim())}`);
  const result = formatResult(is);
  if (result !== formatResult(was)) clauses.push(result === '' ? 'has no target' : `aims for ${isolatedInSentence(result)}`);
  if (was.current !== is.current) {
    const progress = formatProgress(is);
    if (is.current === null) clauses.push('is not measured yet');
    else clauses.push(`stands at ${isolatedInSentence(progress === '' ? formatAmount(is.current, is.unit) : progress)}`);
  }
  if (was.revenueCritical !== is.revenueCritical) clauses.push(is.revenueCritical ? 'is revenue-critical' : 'is not revenue-critical');
  return clauses;
}

/** Who was assigned to the activity, or unassigned: "Sam Okafor is no longer assigned to Run the campaign." */
function assignmentSentence(before: Board, after: Board, was: Activity, is: Activity): string | null {
  const people = new Map([...before.people, ...after.people].map((person) => [person.id, person]));
  const names = (ids: readonly PersonId[]) => listInSentence(ids.map((id) => people.get(id)?.name ?? 'Someone'));
  const sentence = (ids: readonly PersonId[], how: string) => `${names(ids)} ${ids.length > 1 ? 'are' : 'is'} ${how} ${titled(is)}`;
  const added = is.assigneeIds.filter((id) => !was.assigneeIds.includes(id));
  const removed = was.assigneeIds.filter((id) => !is.assigneeIds.includes(id));
  const parts = [added.length > 0 ? sentence(added, 'assigned to') : '', removed.length > 0 ? sentence(removed, 'no longer assigned to') : ''].filter(Boolean);
  return parts.length > 0 ? `${parts.join('; ')}.` : null;
}

/** A person's role and whether they are new to it: "Leo Fischer is CMO, and is new to the role." */
function personClauses(was: Person, is: Person): string[] {
  const clauses: string[] = [];
  if (was.role !== is.role) clauses.push(is.role.trim() === '' ? 'has no role' : `is ${isolatedInSentence(is.role.trim())}`);
  if (was.newToRole !== is.newToRole) clauses.push(is.newToRole ? 'is new to the role' : 'is not new to the role');
  return clauses;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function position(board: Board, activity: Activity): string {
  const siblings = board.activities.filter((a) => a.outcomeId === activity.outcomeId);
  return `${containerInSentence(board, activity.outcomeId)}, position ${siblings.indexOf(activity) + 1} of ${siblings.length}`;
}

/**
 * How items there after the change and not before (or the other way) are said: a step of the
 * history brings them back or takes them away ("is back"); a change made elsewhere (another
 * window's version) added or deleted them ("was added").
 */
type Said = 'step' | 'change';
const APPEARED: Readonly<Record<Said, { readonly came: readonly [one: string, many: string]; readonly went: readonly [one: string, many: string] }>> = {
  step: { came: ['is back', 'are back'], went: ['is gone', 'are gone'] },
  change: { came: ['was added', 'were added'], went: ['was deleted', 'were deleted'] },
};

/**
 * Items there after the step and not before (back), or before and not after (gone). Several at
 * once (a pasted list) are counted: naming only the first said one of seven had gone.
 */
function appeared<T extends { readonly id: string }>(kind: Kind<T>, before: Board, after: Board, said: Said): StepSentence | null {
  const { came, went } = APPEARED[said];
  const was = new Set(kind.items(before).map((item) => item.id));
  const back = kind.items(after).filter((item) => !was.has(item.id));
  const first = back[0];
  if (first) return { message: `${back.length > 1 ? `${back.length} ${kind.plural} ${came[1]}` : `${capitalised(kind.label(first))} ${came[0]}`}.`, places: [kind.place(first)], cameBack: true };
  const is = new Set(kind.items(after).map((item) => item.id));
  const gone = kind.items(before).filter((item) => !is.has(item.id));
  const one = gone[0];
  if (!one) return null;
  // Focus was on it (an activity just added, Ctrl+Z): its neighbour that stays takes it, as when it
  // is deleted, rather than the toolbar's Undo at the top of the page.
  const left = kind.siblings(before, one).filter((item) => item === one || is.has(item.id));
  const at = left.indexOf(one);
  const places = [left[at + 1], left[at - 1]].flatMap((item) => (item ? [kind.place(item)] : []));
  return { message: `${gone.length > 1 ? `${gone.length} ${kind.plural} ${went[1]}` : `${capitalised(kind.label(one))} ${went[0]}`}.`, places: [...places, ...kind.home(one)] };
}

/** The first item the step replaced, as it was before and is after. */
function changedItem<T extends { readonly id: string }>(kind: Kind<T>, before: Board, after: Board): { was: T; is: T } | null {
  const was = new Map(kind.items(before).map((item) => [item.id, item]));
  for (const is of kind.items(after)) {
    const old = was.get(is.id);
    if (old !== undefined && old !== is) return { was: old, is };
  }
  return null;
}

/**
 * The item the step moved to another place in its list (the same items, in another order). Two
 * neighbours swapped: either moved, and the one named is `focused` if it is one of them (the item
 * the person moved and undoes the move of, focus still on it), else the one that moved up.
 */
function movedItem<T extends { readonly id: string }>(kind: Kind<T>, before: Board, after: Board, focused?: string): T | null {
  const a = kind.items(before);
  const b = kind.items(after);
  if (a.length !== b.length) return null;
  let first = 0;
  while (first < a.length && a[first]?.id === b[first]?.id) first++;
  if (first === a.length) return null;
  let last = a.length - 1;
  while (last > first && a[last]?.id === b[last]?.id) last--;
  if (last === first + 1 && focused !== undefined && (a[first]?.id === focused || a[last]?.id === focused)) return b.find((item) => item.id === focused) ?? null;
  // Moved up, it is first of the span after the step; moved down, it was first of it before.
  return (b[first]?.id === a[last]?.id ? b[first] : b.find((item) => item.id === a[first]?.id)) ?? null;
}

/**
 * Says what going from `before` to `after` (one step of the history) changed, most telling first.
 * `said`: 'change' for a change made elsewhere rather than a step back or forward (see APPEARED).
 * `focused`: the id of the item focus is on (an activity, an outcome, a person), if any.
 */
export function describeStep(before: Board, after: Board, said: Said = 'step', focused?: string): StepSentence {
  const added = appeared(OUTCOMES, before, after, said) ?? appeared(PEOPLE, before, after, said) ?? appeared(ACTIVITIES, before, after, said);
  if (added) return added;

  const outcome = changedItem(OUTCOMES, before, after);
  if (outcome) {
    const { was, is } = outcome;
    const places = [outcomeHeading(is.id)];
    if (was.ownerId !== is.ownerId) {
      const owner = after.people.find((p) => p.id === is.ownerId);
      return { message: owner ? `${named(owner)} is the owner of ${titled(is)}.` : `${titled(is)} has no owner.`, places };
    }
    // The outcome editor saves every field at once: a new title and a new number in one step.
    const clauses = resultClauses(was, is);
    if (was.title !== is.title) return { message: saying(`Outcome ${titled(was)}`, [`is called ${titled(is)}`, ...clauses]), places };
    if (clauses.length > 0) return { message: saying(titled(is), clauses), places };
    const authority = authoritySentence(after, was, is);
    if (authority !== null) return { message: authority, places };
    if (was.notes !== is.notes) return { message: `The notes on ${titled(is)} changed.`, places };
    return { message: `Outcome ${titled(is)} changed.`, places };
  }

  const activity = changedItem(ACTIVITIES, before, after);
  if (activity) {
    const { was, is } = activity;
    const places = [activityButton(is.id)];
    if (was.outcomeId !== is.outcomeId) return { message: `${titled(is)} is in ${position(after, is)}.`, places };
    if (was.done !== is.done) return { message: `${titled(is)} is ${is.done ? 'done' : 'not done'}.`, places };
    if (was.title !== is.title) return { message: `Activity ${titled(was)} is called ${titled(is)}.`, places };
    const assignment = assignmentSentence(before, after, was, is);
    if (assignment !== null) return { message: assignment, places };
    return { message: `Activity ${titled(is)} changed.`, places };
  }

  const person = changedItem(PEOPLE, before, after);
  if (person) {
    const { was, is } = person;
    const places = [personChip(is.id)];
    // A person's card saves the name, the role and "new to the role" at once.
    const clauses = personClauses(was, is);
    if (was.name !== is.name) return { message: saying(named(was), [`is called ${named(is)}`, ...clauses]), places };
    if (clauses.length > 0) return { message: saying(named(is), clauses), places };
    return { message: `${named(is)} changed.`, places };
  }

  const movedActivity = movedItem(ACTIVITIES, before, after, focused);
  if (movedActivity) return { message: `${titled(movedActivity)} is in ${position(after, movedActivity)}.`, places: [activityButton(movedActivity.id)] };
  const movedOutcome = movedItem(OUTCOMES, before, after, focused);
  if (movedOutcome) {
    return {
      message: outcomeAtPosition(movedOutcome.title, after.outcomes.indexOf(movedOutcome), after.outcomes.length),
      places: [outcomeHeading(movedOutcome.id)],
    };
  }
  const movedPerson = movedItem(PEOPLE, before, after, focused);
  if (movedPerson) return { message: `${named(movedPerson)} is at position ${after.people.indexOf(movedPerson) + 1} of ${after.people.length}.`, places: [personChip(movedPerson.id)] };

  if (before.title !== after.title) return { message: `The board is called ${titled(after)}.`, places: [] };
  if (before.purpose !== after.purpose) return { message: 'The board’s purpose changed.', places: [] };
  return { message: 'The board is as it was.', places: [] };
}

/**
 * The parts of a board a version can differ in, in the order their changes are said: people first
 * (an outcome's new owner may be a person added with it), then outcomes, activities, and the board's
 * own title and purpose.
 */
const PARTS = [['people'], ['outcomes'], ['activities'], ['title', 'purpose']] as const satisfies readonly (readonly (keyof Board)[])[];

/**
 * Several activities changed, none added or deleted, counted rather than the first one named: an
 * outcome deleted elsewhere moves all its activities to the parking lot ("4 activities are in
 * Parking lot.", not one of them "is in Parking lot, position 141 of 167."). Null: not several.
 */
function severalActivitiesChanged(before: Board, after: Board): string | null {
  if (before.activities.length !== after.activities.length) return null;
  const was = new Map(before.activities.map((activity) => [activity.id, activity]));
  const changed = after.activities.filter((activity) => was.get(activity.id) !== activity);
  const [first] = changed;
  if (!first || changed.length < 2 || changed.some((activity) => !was.has(activity.id))) return null;
  const movedTogether = changed.every((activity) => activity.outcomeId === first.outcomeId && was.get(activity.id)?.outcomeId !== activity.outcomeId);
  return movedTogether ? `${changed.length} activities are in ${containerInSentence(after, first.outcomeId)}.` : `${changed.length} activities changed.`;
}

/**
 * What changed from one version of a board to another made elsewhere (in another window), a
 * sentence for each part that changed, each as describeStep says a step: the most telling change of
 * that part ("Activity “Simul A0” was added.", "Maya Chen is the owner of Deals closed."). The versions must
 * share their unchanged items (sharingUnchanged, for one read from storage). Empty: no change.
 */
export function describeChanges(before: Board, after: Board): string[] {
  const sentences: string[] = [];
  let from = before;
  for (const fields of PARTS) {
    if (fields.every((field) => from[field] === after[field])) continue;
    // Only this part changed between `from` and `to`: describeStep says its change.
    const to: Board = { ...from, ...Object.fromEntries(fields.map((field) => [field, after[field]])) };
    sentences.push(severalActivitiesChanged(from, to) ?? describeStep(from, to, 'change').message);
    from = to;
  }
  return sentences;
}

/** The item focus is in: its id, and where to find it again after the step draws it anew. */
export function focusedItem(): { readonly id: string; readonly place: string } | null {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body) return null;
  const activity = focused.closest<HTMLElement>('[data-activity-id]')?.dataset.activityId;
  if (activity !== undefined) return { id: activity, place: activityButton(activity) };
  const person = focused.closest('.person-card')?.querySelector<HTMLElement>('[data-drag-person]')?.dataset.dragPerson;
  if (person !== undefined) return { id: person, place: personChip(person) };
  const outcome = focused.closest<HTMLElement>('section[data-outcome-id]')?.dataset.outcomeId;
  if (outcome !== undefined) return { id: outcome, place: outcomeHeading(outcome) };
  return null;
}

/**
 * What a step did, said at once by the board's announcer, and shown: a person who clicked Undo with
 * the change off the screen (a far card on a big board, the people's list) saw nothing happen, and
 * pressed again. The last step only, in place of the one before.
 */
function tell(message: string): void {
  announce(message);
  notify(message, { said: true, kind: 'history' });
}

/**
 * One step back or forward through the open board's history: says what it did (or that there was
 * nothing to undo or redo) and keeps focus on the page. False when there was no step to take.
 */
export function stepHistory(direction: HistoryDirection): boolean {
  const store = useBoardStore.getState();
  const before = store.load.status === 'ready' ? store.load.board : null;
  const kept = focusedItem();
  // Taken from the Undo or Redo button (clicked, or Enter on it): focus stays on it, not on the item
  // the step changed (the keyboard user was at the toolbar and may press it again). It stays
  // focusable when there is nothing more to take back (aria-disabled, BoardToolbar).
  const fromButton = document.activeElement?.closest('[data-history]') != null;
  const stepped = direction === 'undo' ? store.undo() : store.redo();
  const { load } = useBoardStore.getState();
  if (!stepped || !before || load.status !== 'ready') {
    tell(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
    return false;
  }
  const step = describeStep(before, load.board, 'step', kept?.id);
  tell(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${step.message}`);
  // On a big board the step may take the item back to a card far off, a shell with no list: its
  // row is mounted now, or focus would go to the toolbar (windowing.ts).
  if (kept) for (const slot of [`activity:${kept.id}`, `person:${kept.id}`]) revealSlot(load.board, slot);
  const buttons = [historyButton(direction), historyButton(direction === 'undo' ? 'redo' : 'undo')];
  if (fromButton) focusAfterChange(historyButton(direction));
  else if (step.cameBack === true) focusMovedAfterChange(document.activeElement, ...step.places, ...(kept ? [kept.place] : []), ...buttons);
  else focusAfterChange(...(kept ? [kept.place] : []), ...step.places, ...buttons);
  return true;
}

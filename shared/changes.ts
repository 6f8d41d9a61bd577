/**
 * What changed on a board between two of its states, said in the method's words: an outcome's
 * owner, its authority, its target and where it stands, its verdict; activities added, moved, done;
 * people joining and leaving. The board's History says it of each snapshot against the board as it
 * is now, so a team member updating the board weeks after the workshop can see what moved since
 * the room agreed it ("Logo churn: owner Anna Kowalski → Jordan Reyes") before restoring anything.
 *
 * Pure and derived, as shared/health.ts is: nothing here is stored, and the same two boards always
 * give the same lines in the same order. One pass over each board's people, outcomes and
 * activities (and boardHealth's one pass for the verdicts): a board of 60 outcomes and 1,500
 * activities compares in a few milliseconds. It runs only when someone asks (the History
 * dialog's "What changed" button), never on an edit's or a drag's path.
 */
import { AUTHORITY_FACET_LABELS, boardHealth, formatAmount, formatResult } from './health';
import { AUTHORITY_FACETS, sameMapContent, type Activity, type Authority, type Board, type Outcome, type OutcomeId, type Person, type PersonId } from './model';
import { counted, isolatedInSentence } from './text';

/** The changes of one part of the board, in the order a person reads the board. */
export interface ChangeGroup {
  /** "The board", "Outcomes", "Activities", "People". */
  readonly heading: string;
  readonly changes: readonly string[];
}

/** A group as shown: its first changes, and how many more it holds. */
export interface ShownChangeGroup extends ChangeGroup {
  readonly more: number;
}

/** How many changes of one group are listed before "and 40 more changes". */
export const CHANGES_SHOWN = 8;

/** Said when two states hold only what the list does not name (the people's order, say). */
export const ONLY_SMALL_CHANGES = 'Small changes only, such as the order of people on the board.';

const NOBODY = 'nobody';
const NONE = 'none';

/** A person's text at the start of, or inside, one of our lines (isolated if it could reorder it). */
const named = (text: string, fallback: string): string => isolatedInSentence(text.trim() || fallback);
/** A title in quotes, as a person's words inside a line of ours. */
const quoted = (text: string, fallback: string): string => `“${named(text, fallback)}”`;

const outcomeName = (outcome: Outcome): string => named(outcome.title, 'An untitled outcome');
const activityName = (activity: Activity): string => quoted(activity.title, 'an untitled activity');
const personName = (person: Person): string => named(person.name, 'Someone without a name');

/** Names a list of people ("Maya Chen, Leo Fischer"), or "nobody". */
function peopleNames(people: readonly Person[]): string {
  return people.length === 0 ? NOBODY : people.map(personName).join(', ');
}

/** "full", "none", or the facets held, as the card's labels say them ("decides how, chooses approaches"). */
function authorityText(authority: Authority): string {
  const held = AUTHORITY_FACETS.filter((facet) => authority[facet]);
  if (held.length === AUTHORITY_FACETS.length) return 'full';
  if (held.length === 0) return NONE;
  return held.map((facet) => AUTHORITY_FACET_LABELS[facet].toLowerCase()).join(', ');
}

/** Where an outcome stands, as its card writes the amount ("104.5%", "$180 000"), or "not measured". */
function currentText(outcome: Outcome): string {
  return outcome.current === null ? 'not measured' : formatAmount(outcome.current, outcome.unit);
}

/** One board's people, outcomes and activities by id (the first of an id wins, as findPerson's does). */
interface Indexed {
  readonly board: Board;
  readonly people: ReadonlyMap<PersonId, Person>;
  readonly outcomes: ReadonlyMap<OutcomeId, Outcome>;
  readonly activities: ReadonlyMap<Activity['id'], Activity>;
  readonly verdicts: ReadonlyMap<OutcomeId, string>;
}

function byId<T extends { readonly id: string }>(items: readonly T[]): Map<T['id'], T> {
  const map = new Map<T['id'], T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function indexed(board: Board): Indexed {
  const verdicts = new Map<OutcomeId, string>();
  for (const [id, health] of boardHealth(board).outcomes) verdicts.set(id, health.label);
  return { board, people: byId(board.people), outcomes: byId(board.outcomes), activities: byId(board.activities), verdicts };
}

/** The outcome an activity serves on its board, or null for the parking lot (also for an outcome not on the board). */
function servedBy(side: Indexed, activity: Activity): OutcomeId | null {
  return activity.outcomeId !== null && side.outcomes.has(activity.outcomeId) ? activity.outcomeId : null;
}

/** "Logo churn", or "the parking lot": where an activity is, in a line. */
function placeName(side: Indexed, outcomeId: OutcomeId | null): string {
  const outcome = outcomeId === null ? undefined : side.outcomes.get(outcomeId);
  return outcome === undefined ? 'the parking lot' : outcomeName(outcome);
}

/** The people of `ids` still on the board (an id of someone who left names nobody). */
function peopleOf(side: Indexed, ids: readonly PersonId[]): Person[] {
  return [...new Set(ids)].flatMap((id) => {
    const person = side.people.get(id);
    return person === undefined ? [] : [person];
  });
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/** Ids of `items` in their order, only those `keep` passes: to tell a reorder of what both boards hold. */
function orderOf<T extends { readonly id: string }>(items: readonly T[], keep: (item: T) => boolean): string {
  return items
    .filter(keep)
    .map((item) => item.id)
    .join('\n');
}

function boardLines(before: Board, after: Board): string[] {
  const lines: string[] = [];
  if (before.title !== after.title) lines.push(`Title ${quoted(before.title, 'untitled')} → ${quoted(after.title, 'untitled')}`);
  if (before.purpose !== after.purpose) lines.push(after.purpose.trim() === '' ? 'Purpose removed' : 'Purpose edited');
  return lines;
}

/** The changes to one outcome on both boards, each a line of its own that starts with its title. */
function outcomeLines(was: Indexed, now: Indexed, old: Outcome, outcome: Outcome): string[] {
  const lines: string[] = [];
  if (old.title !== outcome.title) lines.push(`Renamed outcome ${quoted(old.title, 'untitled')} → ${quoted(outcome.title, 'untitled')}`);
  const about = (change: string) => lines.push(`${outcomeName(outcome)}: ${change}`);

  // The owner as each board names them: an owner who left the board is nobody (as question 2 says).
  const oldOwner = old.ownerId === null ? undefined : was.people.get(old.ownerId);
  const owner = outcome.ownerId === null ? undefined : now.people.get(outcome.ownerId);
  if ((oldOwner?.id ?? null) !== (owner?.id ?? null)) {
    about(`owner ${oldOwner === undefined ? NOBODY : personName(oldOwner)} → ${owner === undefined ? NOBODY : personName(owner)}`);
  }
  if (AUTHORITY_FACETS.some((facet) => old.authority[facet] !== outcome.authority[facet])) {
    about(`authority ${authorityText(old.authority)} → ${authorityText(outcome.authority)}`);
  }
  if (old.metric !== outcome.metric) about(`metric ${quoted(old.metric, NONE)} → ${quoted(outcome.metric, NONE)}`);
  resultLines(old, outcome).forEach(about);
  if (old.current !== outcome.current) about(`current ${currentText(old)} → ${currentText(outcome)}`);
  if (old.revenueCritical !== outcome.revenueCritical) about(outcome.revenueCritical ? 'now revenue-critical' : 'no longer revenue-critical');
  if (old.notes !== outcome.notes) about(outcome.notes.trim() === '' ? 'notes removed' : 'notes edited');
  const oldVerdict = was.verdicts.get(old.id);
  const verdict = now.verdicts.get(outcome.id);
  if (oldVerdict !== undefined && verdict !== undefined && oldVerdict !== verdict) about(`verdict ${oldVerdict} → ${verdict}`);
  return lines;
}

/**
 * The target as the card's "Result" writes it ("20 qualified opportunities per month", "at most 2%
 * per quarter"), where anything of it changed. Without a target on either side the card writes
 * no result, so a unit or a period changed alone is said by itself.
 */
function resultLines(old: Outcome, outcome: Outcome): string[] {
  if (old.target === outcome.target && old.direction === outcome.direction && old.unit === outcome.unit && old.period === outcome.period) return [];
  const [was, now] = [formatResult(old), formatResult(outcome)];
  if (was !== now) return [`target ${was || NONE} → ${now || NONE}`];
  const lines: string[] = [];
  if (old.unit !== outcome.unit) lines.push(`unit ${quoted(old.unit, NONE)} → ${quoted(outcome.unit, NONE)}`);
  if (old.period !== outcome.period) lines.push(`period ${quoted(old.period, NONE)} → ${quoted(outcome.period, NONE)}`);
  return lines;
}

function outcomesGroup(was: Indexed, now: Indexed): string[] {
  const lines: string[] = [];
  for (const outcome of now.outcomes.values()) {
    const old = was.outcomes.get(outcome.id);
    if (old === undefined) lines.push(`Added outcome ${outcomeName(outcome)}`);
    else lines.push(...outcomeLines(was, now, old, outcome));
  }
  for (const old of was.outcomes.values()) if (!now.outcomes.has(old.id)) lines.push(`Removed outcome ${outcomeName(old)}`);
  const both = (outcome: Outcome) => was.outcomes.has(outcome.id) && now.outcomes.has(outcome.id);
  if (orderOf(was.board.outcomes, both) !== orderOf(now.board.outcomes, both)) lines.push('The outcomes’ order changed');
  return lines;
}

/**
 * The activities' changes, by kind (what was done first, as a person catching up asks), each kind
 * in the board's order: done, moved, added, removed, then the smaller edits.
 */
function activitiesGroup(was: Indexed, now: Indexed): string[] {
  const done: string[] = [];
  const moved: string[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  const edited: string[] = [];
  const stayed = new Set<Activity['id']>();
  for (const activity of now.activities.values()) {
    const old = was.activities.get(activity.id);
    const place = servedBy(now, activity);
    if (old === undefined) {
      added.push(`Added ${activityName(activity)} to ${placeName(now, place)}`);
      continue;
    }
    const oldPlace = servedBy(was, old);
    if (oldPlace === place) stayed.add(activity.id);
    else moved.push(`Moved ${activityName(activity)} from ${placeName(was, oldPlace)} to ${placeName(now, place)}`);
    if (old.done !== activity.done) done.push(`${activityName(activity)} marked ${activity.done ? 'done' : 'not done'}`);
    if (old.title !== activity.title) edited.push(`Renamed activity ${activityName(old)} → ${activityName(activity)}`);
    if (!sameIds(old.assigneeIds, activity.assigneeIds)) {
      edited.push(`${activityName(activity)}: assigned ${peopleNames(peopleOf(was, old.assigneeIds))} → ${peopleNames(peopleOf(now, activity.assigneeIds))}`);
    }
  }
  for (const old of was.activities.values()) {
    if (!now.activities.has(old.id)) removed.push(`Removed ${activityName(old)} from ${placeName(was, servedBy(was, old))}`);
  }
  // Reordered within a place it stayed in: one line a place, not one an activity (a drag to the top
  // moves every card below it down one).
  const reordered = new Set<OutcomeId | null>();
  const keep = (activity: Activity) => stayed.has(activity.id);
  const oldOrder = placesOrder(was, keep);
  for (const [place, order] of placesOrder(now, keep)) if (oldOrder.get(place) !== order) reordered.add(place);
  const order = [...reordered].map((place) => `Activities reordered in ${placeName(now, place)}`);
  return [...done, ...moved, ...added, ...removed, ...edited, ...order];
}

/** Each place's activities that `keep` passes, as ids in order. */
function placesOrder(side: Indexed, keep: (activity: Activity) => boolean): Map<OutcomeId | null, string> {
  const places = new Map<OutcomeId | null, Activity[]>();
  for (const activity of side.activities.values()) {
    if (!keep(activity)) continue;
    const place = servedBy(side, activity);
    const list = places.get(place);
    if (list) list.push(activity);
    else places.set(place, [activity]);
  }
  return new Map([...places].map(([place, list]) => [place, orderOf(list, () => true)]));
}

function peopleGroup(was: Indexed, now: Indexed): string[] {
  const lines: string[] = [];
  for (const person of now.people.values()) {
    const old = was.people.get(person.id);
    if (old === undefined) {
      lines.push(person.role.trim() === '' ? `Added ${personName(person)}` : `Added ${personName(person)} (${named(person.role, '')})`);
      continue;
    }
    if (old.name !== person.name) lines.push(`Renamed ${personName(old)} → ${personName(person)}`);
    const about = (change: string) => lines.push(`${personName(person)}: ${change}`);
    if (old.role !== person.role) about(`role ${quoted(old.role, NONE)} → ${quoted(person.role, NONE)}`);
    if (old.newToRole !== person.newToRole) about(person.newToRole ? 'now new to the role' : 'no longer new to the role');
    if (old.initials !== person.initials) about(`initials ${named(old.initials, NONE)} → ${named(person.initials, NONE)}`);
    if (old.colour !== person.colour) about('chip colour changed');
  }
  for (const old of was.people.values()) if (!now.people.has(old.id)) lines.push(`Removed ${personName(old)}`);
  return lines;
}

/**
 * What changed from `before` (a snapshot, or another version of the map) to `after` (the board
 * now), in groups, each with at least one change; none when the two hold the same board (its
 * last-edited time and its id aside).
 */
export function boardChanges(before: Board, after: Board): ChangeGroup[] {
  const was = indexed(before);
  const now = indexed(after);
  const groups: ChangeGroup[] = [
    { heading: 'The board', changes: boardLines(before, after) },
    { heading: 'Outcomes', changes: outcomesGroup(was, now) },
    { heading: 'Activities', changes: activitiesGroup(was, now) },
    { heading: 'People', changes: peopleGroup(was, now) },
  ].filter((group) => group.changes.length > 0);
  // Never "nothing changed" of two boards that differ: a restore would change something. Their ids
  // aside: another version of the map (a returned file) is another board, maybe just as it was sent.
  if (groups.length === 0 && !sameMapContent(before, after)) return [{ heading: 'The board', changes: [ONLY_SMALL_CHANGES] }];
  return groups;
}

/** How many changes `groups` hold in all. */
export const changeCount = (groups: readonly ChangeGroup[]): number => groups.reduce((sum, group) => sum + group.changes.length, 0);

/**
 * Each group's first `most` changes and how many more it holds. One past `most` is listed, as
 * listInSentence names one past its limit: "and 1 more change" takes the room of the change.
 */
export function firstChanges(groups: readonly ChangeGroup[], most = CHANGES_SHOWN): ShownChangeGroup[] {
  return groups.map((group) => {
    const shown = group.changes.length > most + 1 ? group.changes.slice(0, most) : group.changes;
    return { heading: group.heading, changes: shown, more: group.changes.length - shown.length };
  });
}

/** "and 40 more changes" */
export const moreChanges = (more: number): string => `and ${counted(more, 'more change', 'more changes')}`;

/**
 * The workshop's rules as pure transitions: `applyIntent(board, intent)` returns the next board and
 * what else happened (effects), or a refusal in workshop words. Every invariant of the method (one
 * owner per outcome, one outcome per activity, each person assigned at most once, the limits) is
 * enforced here and only here, so the UI, undo/redo, import and tests cannot disagree about what a
 * valid board is.
 *
 * Pure on purpose: no clocks, no randomness, no mutation of the input. Ids arrive in the intent and
 * `updatedAt` is stamped by the store. A change that changes nothing returns the very same board
 * object, so history can skip it; a refusal never carries a half-changed board.
 *
 * Single-line text (titles, names, roles, metric, unit, period, initials) is stored trimmed, with
 * any line break or control character made a space (as the importer reads files): it is
 * committed on Enter/blur, and stray spaces would make "the same title" look like an edit.
 * Multi-line text (notes, purpose) keeps its lines, because its whitespace is the author's layout;
 * the purpose alone loses blank lines before it and whitespace after it, which showed as an empty
 * line under the board's title, in Present and on the PDF's cover.
 * No text keeps a bidirectional control (U+202E and its kin), which could make it read differently
 * from what it holds (shared/text's withoutBidiControls), nor half of a surrogate pair, which is
 * no character (shared/text's withoutLoneSurrogates); the importer reads files by the same rules.
 */
import {
  AUTHORITY_FACETS,
  LIMITS,
  MAX_INITIALS,
  NO_AUTHORITY,
  initialsFit,
  initialsKey,
  initialsOf,
  longerInitialsOf,
  isPersonColour,
  nameKey,
  personColourAt,
  type Activity,
  type ActivityId,
  type Authority,
  type Board,
  type Outcome,
  type OutcomeId,
  type Person,
  type PersonId,
} from './model';
import { tooLargeAmount } from './health';
import { asHeldText, asOneLine, isolatedInSentence, showsNothing, withoutBlankEdges } from './text';
import type {
  CommandError,
  CommandErrorCode,
  CommandResult,
  Effect,
  Intent,
  IntentType,
  OutcomeFields,
  PersonFields,
} from './intents';

type IntentOf<T extends IntentType> = Extract<Intent, { readonly type: T }>;
type Refusal = Extract<CommandResult, { readonly ok: false }>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Checked<T> = { readonly ok: true; readonly value: T } | Refusal;

// ---------------------------------------------------------------------------------------------
// Entry points

/** Applies one intent to a board. Never throws for a bad intent; refuses it instead. */
export function applyIntent(board: Board, intent: Intent): CommandResult {
  switch (intent.type) {
    case 'board/edit':
      return editBoard(board, intent);
    case 'outcome/add':
      return addOutcome(board, intent);
    case 'outcome/edit':
      return editOutcome(board, intent);
    case 'outcome/remove':
      return removeOutcome(board, intent);
    case 'outcome/move':
      return moveOutcome(board, intent);
    case 'outcome/set-owner':
      return setOwner(board, intent);
    case 'outcome/clear-owner':
      return clearOwner(board, intent);
    case 'outcome/set-authority':
      return setAuthority(board, intent);
    case 'activity/add':
      return addActivity(board, intent);
    case 'activity/edit':
      return editActivity(board, intent);
    case 'activity/remove':
      return removeActivity(board, intent);
    case 'activity/move':
      return moveActivity(board, intent);
    case 'activity/assign':
      return assign(board, intent);
    case 'activity/unassign':
      return unassign(board, intent);
    case 'activity/set-done':
      return setDone(board, intent.activityId, intent.done);
    case 'activity/toggle-done':
      return toggleDone(board, intent);
    case 'person/add':
      return addPerson(board, intent);
    case 'person/edit':
      return editPerson(board, intent);
    case 'person/remove':
      return removePerson(board, intent);
    case 'person/move':
      return movePerson(board, intent);
    default:
      return unknownIntent(intent);
  }
}

/**
 * Applies intents in order, as one change: the first refusal is returned and nothing of the batch
 * is kept. When every intent was a no-op the input board itself comes back.
 */
export function applyIntents(board: Board, intents: readonly Intent[]): CommandResult {
  let current = board;
  const effects: Effect[] = [];
  for (const intent of intents) {
    const result = applyIntent(current, intent);
    if (!result.ok) return result;
    current = result.board;
    effects.push(...result.effects);
  }
  return { ok: true, board: current, effects };
}

// ---------------------------------------------------------------------------------------------
// Default constructors. They fill in defaults only; applyIntent validates before calling them.

/** A new outcome: no metric or target yet, nobody owns it, no authority granted. */
export function makeOutcome(id: OutcomeId, fields: Partial<OutcomeFields> & Pick<OutcomeFields, 'title'>): Outcome {
  return {
    id,
    title: fields.title,
    metric: fields.metric ?? '',
    target: fields.target ?? null,
    unit: fields.unit ?? '',
    period: fields.period ?? '',
    current: fields.current ?? null,
    direction: fields.direction ?? 'at-least',
    revenueCritical: fields.revenueCritical ?? false,
    ownerId: null,
    authority: NO_AUTHORITY,
    notes: fields.notes ?? '',
  };
}

/**
 * A new person. `peopleCount` (how many are on the board already) picks the next chip colour so
 * neighbours differ; initials come from the name unless given.
 */
export function makePerson(
  id: PersonId,
  fields: Partial<PersonFields> & Pick<PersonFields, 'name'>,
  peopleCount = 0,
): Person {
  return {
    id,
    name: fields.name,
    role: fields.role ?? '',
    newToRole: fields.newToRole ?? false,
    colour: fields.colour ?? personColourAt(peopleCount),
    initials: fields.initials ?? initialsOf(fields.name),
  };
}

// ---------------------------------------------------------------------------------------------
// Board

function editBoard(board: Board, intent: IntentOf<'board/edit'>): CommandResult {
  const patch: Partial<Mutable<Pick<Board, 'title' | 'purpose'>>> = {};
  if (intent.patch.title !== undefined) {
    const title = checkText(intent.patch.title, BOARD_TITLE);
    if (!title.ok) return title;
    patch.title = title.value;
  }
  if (intent.patch.purpose !== undefined) {
    const purpose = checkText(intent.patch.purpose, PURPOSE);
    if (!purpose.ok) return purpose;
    patch.purpose = purpose.value;
  }
  if (!differs(board, patch)) return unchanged(board);
  return changed({ ...board, ...patch });
}

// ---------------------------------------------------------------------------------------------
// Outcomes

function addOutcome(board: Board, intent: IntentOf<'outcome/add'>): CommandResult {
  if (idInUse(board, intent.id)) return duplicateId('id');
  if (board.outcomes.length >= LIMITS.outcomes) return boardFull(LIMITS.outcomes, 'outcomes');
  const fields = checkOutcomeFields(intent.fields);
  if (!fields.ok) return fields;
  const title = fields.value.title;
  // checkOutcomeFields passes a present title through; a missing one is refused like an empty one.
  if (title === undefined) return refuse('empty-title', OUTCOME_TITLE.emptyMessage, 'title');
  const namesake = outcomeCalled(board, title);
  if (namesake) return sameTitle(namesake);
  const index = intent.index ?? board.outcomes.length;
  const badIndex = checkIndex(index, board.outcomes.length, 'index');
  if (badIndex) return badIndex;
  const outcome = makeOutcome(intent.id, { ...fields.value, title });
  return changed({ ...board, outcomes: insertAt(board.outcomes, index, outcome) });
}

function editOutcome(board: Board, intent: IntentOf<'outcome/edit'>): CommandResult {
  const index = outcomeIndex(board, intent.outcomeId);
  const outcome = board.outcomes[index];
  if (!outcome) return unknownOutcome();
  const patch = checkOutcomeFields(intent.patch);
  if (!patch.ok) return patch;
  if (!differs(outcome, patch.value)) return unchanged(board);
  // Only a new title is looked at: an imported board may hold two outcomes of one title already,
  // and each must stay editable.
  const { title } = patch.value;
  const namesake = title === undefined || title === outcome.title ? undefined : outcomeCalled(board, title, outcome.id);
  if (namesake) return sameTitle(namesake);
  return changed({ ...board, outcomes: replaceAt(board.outcomes, index, { ...outcome, ...patch.value }) });
}

/**
 * Another outcome of the board called `title` (spaces and case aside, as people's names are
 * compared: nameKey), or undefined. Two outcomes of one title cannot be told apart: not on the
 * wall, not in "Move to…", the health check's sentences, the PDF or a person's load.
 */
function outcomeCalled(board: Board, title: string, except?: OutcomeId): Outcome | undefined {
  const wanted = nameKey(title);
  return board.outcomes.find((outcome) => outcome.id !== except && nameKey(outcome.title) === wanted);
}

function sameTitle(namesake: Outcome): Refusal {
  return refuse(
    'duplicate-title',
    `Another outcome is called ${isolatedInSentence(namesake.title)} already. Add what sets this one apart (a team, a product, a region), so the room can tell the two apart.`,
    'title',
  );
}

/** Tasks are never lost with their outcome: they go to the parking lot, in their order, last. */
function removeOutcome(board: Board, intent: IntentOf<'outcome/remove'>): CommandResult {
  const index = outcomeIndex(board, intent.outcomeId);
  const outcome = board.outcomes[index];
  if (!outcome) return unknownOutcome();
  const staying: Activity[] = [];
  const parked: Activity[] = [];
  for (const activity of board.activities) {
    if (activity.outcomeId === outcome.id) parked.push({ ...activity, outcomeId: null });
    else staying.push(activity);
  }
  const activities =
    parked.length === 0 ? board.activities : insertIntoContainer(staying, null, countIn(staying, null), parked);
  return changed({ ...board, outcomes: removeAt(board.outcomes, index), activities }, [
    { type: 'outcome-removed', outcome, activitiesToParkingLot: parked.map((activity) => activity.id) },
  ]);
}

function moveOutcome(board: Board, intent: IntentOf<'outcome/move'>): CommandResult {
  const from = outcomeIndex(board, intent.outcomeId);
  if (from < 0) return unknownOutcome();
  return reorder(board, board.outcomes, from, intent.toIndex, (outcomes) => ({ ...board, outcomes }));
}

function setOwner(board: Board, intent: IntentOf<'outcome/set-owner'>): CommandResult {
  const index = outcomeIndex(board, intent.outcomeId);
  const outcome = board.outcomes[index];
  if (!outcome) return unknownOutcome();
  if (personIndex(board, intent.personId) < 0) return unknownPerson();
  if (outcome.ownerId === intent.personId) return unchanged(board);
  const previousOwnerId = outcome.ownerId;
  if (previousOwnerId === null) {
    // Authority agreed before anyone took the outcome was agreed for whoever takes it: keep it.
    return changed({ ...board, outcomes: replaceAt(board.outcomes, index, { ...outcome, ownerId: intent.personId }) });
  }
  // Authority was granted to the previous owner, not to the outcome. The new owner starts with
  // none, so the facilitator has to grant it again out loud rather than it passing on silently.
  const next: Outcome = { ...outcome, ownerId: intent.personId, authority: NO_AUTHORITY };
  return changed({ ...board, outcomes: replaceAt(board.outcomes, index, next) }, [
    { type: 'owner-replaced', outcomeId: outcome.id, previousOwnerId, newOwnerId: intent.personId },
  ]);
}

function clearOwner(board: Board, intent: IntentOf<'outcome/clear-owner'>): CommandResult {
  const index = outcomeIndex(board, intent.outcomeId);
  const outcome = board.outcomes[index];
  if (!outcome) return unknownOutcome();
  const previousOwnerId = outcome.ownerId;
  if (previousOwnerId === null) return unchanged(board);
  // Same reasoning as replacing an owner: the authority belonged to the person who is leaving.
  const next: Outcome = { ...outcome, ownerId: null, authority: NO_AUTHORITY };
  return changed({ ...board, outcomes: replaceAt(board.outcomes, index, next) }, [
    { type: 'owner-cleared', outcomeId: outcome.id, previousOwnerId },
  ]);
}

function setAuthority(board: Board, intent: IntentOf<'outcome/set-authority'>): CommandResult {
  const index = outcomeIndex(board, intent.outcomeId);
  const outcome = board.outcomes[index];
  if (!outcome) return unknownOutcome();
  // Only the three facets are read, so a stray key in the patch cannot end up in the authority.
  const patch: Partial<Mutable<Authority>> = {};
  for (const facet of AUTHORITY_FACETS) {
    const value = intent.patch[facet];
    if (value !== undefined) patch[facet] = value;
  }
  if (!differs(outcome.authority, patch)) return unchanged(board);
  const next: Outcome = { ...outcome, authority: { ...outcome.authority, ...patch } };
  return changed({ ...board, outcomes: replaceAt(board.outcomes, index, next) });
}

// ---------------------------------------------------------------------------------------------
// Activities

function addActivity(board: Board, intent: IntentOf<'activity/add'>): CommandResult {
  if (idInUse(board, intent.id)) return duplicateId('id');
  if (board.activities.length >= LIMITS.activities) return boardFull(LIMITS.activities, 'activities');
  const title = checkText(intent.title, ACTIVITY_TITLE);
  if (!title.ok) return title;
  if (intent.outcomeId !== null && outcomeIndex(board, intent.outcomeId) < 0) return unknownOutcome('outcomeId');
  const assigneeIds = intent.assigneeIds ?? [];
  const badAssignees = checkAssignees(board, assigneeIds, title.value);
  if (badAssignees) return badAssignees;
  const count = countIn(board.activities, intent.outcomeId);
  const index = intent.index ?? count;
  const badIndex = checkIndex(index, count, 'index');
  if (badIndex) return badIndex;
  const activity: Activity = {
    id: intent.id,
    title: title.value,
    outcomeId: intent.outcomeId,
    assigneeIds: [...assigneeIds],
    done: intent.done ?? false,
  };
  return changed({ ...board, activities: insertIntoContainer(board.activities, intent.outcomeId, index, [activity]) });
}

function editActivity(board: Board, intent: IntentOf<'activity/edit'>): CommandResult {
  const index = activityIndex(board, intent.activityId);
  const activity = board.activities[index];
  if (!activity) return unknownActivity();
  if (intent.patch.title === undefined) return unchanged(board);
  const title = checkText(intent.patch.title, ACTIVITY_TITLE);
  if (!title.ok) return title;
  if (title.value === activity.title) return unchanged(board);
  return changed({ ...board, activities: replaceAt(board.activities, index, { ...activity, title: title.value }) });
}

function removeActivity(board: Board, intent: IntentOf<'activity/remove'>): CommandResult {
  const index = activityIndex(board, intent.activityId);
  const activity = board.activities[index];
  if (!activity) return unknownActivity();
  return changed({ ...board, activities: removeAt(board.activities, index) }, [{ type: 'activity-removed', activity }]);
}

function moveActivity(board: Board, intent: IntentOf<'activity/move'>): CommandResult {
  const from = activityIndex(board, intent.activityId);
  const activity = board.activities[from];
  if (!activity) return unknownActivity();
  const target = intent.toOutcomeId;
  if (target !== null && outcomeIndex(board, target) < 0) return unknownOutcome('toOutcomeId');
  const rest = removeAt(board.activities, from);
  const badIndex = checkIndex(intent.toIndex, countIn(rest, target), 'toIndex');
  if (badIndex) return badIndex;
  if (activity.outcomeId === target) {
    // Only the order within the container means anything; where it sits among other containers'
    // activities in the one array does not, so landing at its own place is no change at all.
    const currentIndex = countIn(board.activities.slice(0, from), target);
    if (currentIndex === intent.toIndex) return unchanged(board);
  }
  const moved = activity.outcomeId === target ? activity : { ...activity, outcomeId: target };
  return changed({ ...board, activities: insertIntoContainer(rest, target, intent.toIndex, [moved]) });
}

function assign(board: Board, intent: IntentOf<'activity/assign'>): CommandResult {
  const index = activityIndex(board, intent.activityId);
  const activity = board.activities[index];
  if (!activity) return unknownActivity();
  const person = board.people[personIndex(board, intent.personId)];
  if (!person) return unknownPerson('personId');
  if (activity.assigneeIds.includes(person.id)) return alreadyAssigned(person, activity.title, 'personId');
  if (activity.assigneeIds.length >= LIMITS.assigneesPerActivity) return tooManyAssignees();
  const next: Activity = { ...activity, assigneeIds: [...activity.assigneeIds, person.id] };
  return changed({ ...board, activities: replaceAt(board.activities, index, next) });
}

function unassign(board: Board, intent: IntentOf<'activity/unassign'>): CommandResult {
  const index = activityIndex(board, intent.activityId);
  const activity = board.activities[index];
  if (!activity) return unknownActivity();
  const person = board.people[personIndex(board, intent.personId)];
  if (!person) return unknownPerson('personId');
  if (!activity.assigneeIds.includes(person.id)) {
    return refuse('not-assigned', `${isolatedInSentence(person.name)} is not assigned to ${isolatedInSentence(activity.title)}.`, 'personId');
  }
  const next: Activity = { ...activity, assigneeIds: activity.assigneeIds.filter((id) => id !== person.id) };
  return changed({ ...board, activities: replaceAt(board.activities, index, next) });
}

function setDone(board: Board, activityId: ActivityId, done: boolean): CommandResult {
  const index = activityIndex(board, activityId);
  const activity = board.activities[index];
  if (!activity) return unknownActivity();
  if (activity.done === done) return unchanged(board);
  return changed({ ...board, activities: replaceAt(board.activities, index, { ...activity, done }) });
}

function toggleDone(board: Board, intent: IntentOf<'activity/toggle-done'>): CommandResult {
  const activity = board.activities[activityIndex(board, intent.activityId)];
  if (!activity) return unknownActivity();
  return setDone(board, activity.id, !activity.done);
}

// ---------------------------------------------------------------------------------------------
// People

function addPerson(board: Board, intent: IntentOf<'person/add'>): CommandResult {
  if (idInUse(board, intent.id)) return duplicateId('id');
  if (board.people.length >= LIMITS.people) return boardFull(LIMITS.people, 'people');
  const fields = checkPersonFields(intent.fields);
  if (!fields.ok) return fields;
  const name = fields.value.name;
  if (name === undefined) return refuse('empty-name', PERSON_NAME.emptyMessage, 'name');
  const index = intent.index ?? board.people.length;
  const badIndex = checkIndex(index, board.people.length, 'index');
  if (badIndex) return badIndex;
  const person = makePerson(intent.id, { ...fields.value, name }, board.people.length);
  const told = toldApart(insertAt(board.people, index, person), person.id, fields.value.initials === undefined);
  return changed({ ...board, people: told.people }, told.effects);
}

function editPerson(board: Board, intent: IntentOf<'person/edit'>): CommandResult {
  const index = personIndex(board, intent.personId);
  const person = board.people[index];
  if (!person) return unknownPerson();
  // Blank initials in an edit are "from the name again", as the person editor's Initials field
  // says and as a file's blank initials are read (shared/format): the way back from initials set
  // by hand. A new person's are made from the name by leaving them out, so blank ones there are
  // refused, as a slip (checkPersonFields).
  const { initials: typedInitials, ...rest } = intent.patch;
  const derive = typedInitials !== undefined && asOneLine(asWritten(typedInitials)) === '';
  const checked = checkPersonFields(derive ? rest : intent.patch);
  if (!checked.ok) return checked;
  const patch = checked.value;
  // A renamed person gets matching initials unless this very edit chose them.
  const renamed = patch.name !== undefined && patch.name !== person.name;
  const derived = patch.initials === undefined && (renamed || derive);
  if (derived) patch.initials = initialsOf(patch.name ?? person.name);
  const edited = differs(person, patch) ? replaceAt(board.people, index, { ...person, ...patch }) : board.people;
  // Told apart when the initials are news, or asked for again (blank): a role changed beside
  // initials shared already says nothing about them again, and blanking "TB" shared on a board
  // from before this rule makes both longer.
  const news = patch.initials !== undefined && (patch.initials !== person.initials || derive);
  const { people, effects } = news ? toldApart(edited, person.id, derived) : { people: edited, effects: [] };
  return people === board.people ? unchanged(board) : changed({ ...board, people }, effects);
}

/**
 * People with the same initials on their chips cannot be told apart on an activity but by colour:
 * not on a projector, not by a colour-blind reader, not in a black-and-white PDF. `people` has the
 * person `id` just added or given new initials; when those are someone else's too:
 * - made from the name (`derived`), they are made longer ("TBa"), and so are the others' whose
 *   initials are their name's own (nobody set them): Tom Baker and Tom Becker read "TBa" and "TBe",
 *   each chip its person's, not "TB" beside "TBa". Initials someone set are theirs and stay. All
 *   or none: if one of them finds no longer initials free, nobody's change.
 * - chosen, or not to be told apart so, they stay, and the effect says who shares them, so that the
 *   notice can say how to tell them apart (Initials in ⋯).
 * Only here, as a person is added or renamed: a board loaded or imported keeps the initials its
 * file holds (they are written into it), and nobody else's change in passing.
 */
function toldApart(people: readonly Person[], id: PersonId, derived: boolean): { readonly people: readonly Person[]; readonly effects: readonly Effect[] } {
  const person = people.find((p) => p.id === id);
  if (!person) return { people, effects: [] };
  const key = initialsKey(person.initials);
  const sharing = people.filter((p) => p.id !== id && initialsKey(p.initials) === key);
  if (sharing.length === 0) return { people, effects: [] };
  const shared: Effect = { type: 'initials-shared', personId: id, initials: person.initials, withIds: sharing.map((p) => p.id) };
  if (!derived) return { people, effects: [shared] };
  const lengthened = [person, ...sharing.filter((p) => p.initials === initialsOf(p.name))];
  const changing = new Set(lengthened.map((p) => p.id));
  const taken = new Set(people.filter((p) => !changing.has(p.id)).map((p) => initialsKey(p.initials)));
  const chosen = new Map<PersonId, string>();
  for (const p of lengthened) {
    const free = longerInitialsOf(p.name).find((initials) => !taken.has(initialsKey(initials)));
    if (free === undefined) return { people, effects: [shared] };
    taken.add(initialsKey(free));
    chosen.set(p.id, free);
  }
  return {
    people: people.map((p) => {
      const initials = chosen.get(p.id);
      return initials === undefined ? p : { ...p, initials };
    }),
    effects: [{ type: 'initials-lengthened', personId: id, was: person.initials, changed: lengthened.map((p) => ({ personId: p.id, initials: chosen.get(p.id) ?? p.initials })) }],
  };
}

/** Nothing the person held is handed to someone else silently: it is cleared and reported. */
function removePerson(board: Board, intent: IntentOf<'person/remove'>): CommandResult {
  const index = personIndex(board, intent.personId);
  const person = board.people[index];
  if (!person) return unknownPerson();
  const outcomesLostOwner: OutcomeId[] = [];
  const outcomes = board.outcomes.map((outcome) => {
    if (outcome.ownerId !== person.id) return outcome;
    outcomesLostOwner.push(outcome.id);
    // The authority was the removed owner's; see setOwner.
    return { ...outcome, ownerId: null, authority: NO_AUTHORITY };
  });
  const activitiesUnassigned: ActivityId[] = [];
  const activities = board.activities.map((activity) => {
    if (!activity.assigneeIds.includes(person.id)) return activity;
    activitiesUnassigned.push(activity.id);
    return { ...activity, assigneeIds: activity.assigneeIds.filter((id) => id !== person.id) };
  });
  // Untouched collections keep their identity, so memoised views of them don't re-render.
  const next: Board = {
    ...board,
    people: removeAt(board.people, index),
    outcomes: outcomesLostOwner.length > 0 ? outcomes : board.outcomes,
    activities: activitiesUnassigned.length > 0 ? activities : board.activities,
  };
  return changed(next, [{ type: 'person-removed', person, outcomesLostOwner, activitiesUnassigned }]);
}

function movePerson(board: Board, intent: IntentOf<'person/move'>): CommandResult {
  const from = personIndex(board, intent.personId);
  if (from < 0) return unknownPerson();
  return reorder(board, board.people, from, intent.toIndex, (people) => ({ ...board, people }));
}

// ---------------------------------------------------------------------------------------------
// Field checks. Each returns the value as it will be stored, or a refusal naming the field.

interface TextRule {
  readonly field: string;
  readonly maxLength: number;
  readonly trim: boolean;
  /** Multi-line text stored without blank lines before it or whitespace after it (withoutBlankEdges). */
  readonly trimBlankEdges?: true;
  readonly tooLongMessage: string;
  /** Present when the text may not be empty. */
  readonly emptyCode?: Extract<CommandErrorCode, 'empty-title' | 'empty-name'>;
  readonly emptyMessage?: string;
}

const BOARD_TITLE = {
  field: 'title',
  maxLength: LIMITS.titleLength,
  trim: true,
  emptyCode: 'empty-title',
  emptyMessage: 'The board needs a title.',
  tooLongMessage: `A board title can be at most ${LIMITS.titleLength} characters.`,
} as const satisfies TextRule;
const PURPOSE = {
  field: 'purpose',
  maxLength: LIMITS.notesLength,
  trim: false,
  trimBlankEdges: true,
  tooLongMessage: `The purpose can be at most ${LIMITS.notesLength} characters.`,
} as const satisfies TextRule;
const OUTCOME_TITLE = {
  field: 'title',
  maxLength: LIMITS.titleLength,
  trim: true,
  emptyCode: 'empty-title',
  emptyMessage: 'An outcome needs a title.',
  tooLongMessage: `An outcome title can be at most ${LIMITS.titleLength} characters.`,
} as const satisfies TextRule;
const ACTIVITY_TITLE = {
  field: 'title',
  maxLength: LIMITS.titleLength,
  trim: true,
  emptyCode: 'empty-title',
  emptyMessage: 'An activity needs a title.',
  tooLongMessage: `An activity title can be at most ${LIMITS.titleLength} characters.`,
} as const satisfies TextRule;
const PERSON_NAME = {
  field: 'name',
  maxLength: LIMITS.nameLength,
  trim: true,
  emptyCode: 'empty-name',
  emptyMessage: 'A person needs a name.',
  tooLongMessage: `A name can be at most ${LIMITS.nameLength} characters.`,
} as const satisfies TextRule;
const ROLE = {
  field: 'role',
  maxLength: LIMITS.roleLength,
  trim: true,
  tooLongMessage: `A role can be at most ${LIMITS.roleLength} characters.`,
} as const satisfies TextRule;
const NOTES = {
  field: 'notes',
  maxLength: LIMITS.notesLength,
  trim: false,
  trimBlankEdges: true,
  tooLongMessage: `Notes can be at most ${LIMITS.notesLength} characters.`,
} as const satisfies TextRule;

function shortText(field: string, label: string): TextRule {
  return {
    field,
    maxLength: LIMITS.shortTextLength,
    trim: true,
    tooLongMessage: `The ${label} can be at most ${LIMITS.shortTextLength} characters.`,
  };
}

const METRIC = shortText('metric', 'metric');
const UNIT = shortText('unit', 'unit');
const PERIOD = shortText('period', 'time frame');

/**
 * What any field may hold of what was typed or pasted: no bidirectional control, which could make
 * the text read differently from what it holds, and no half of a surrogate pair on its own (a
 * clipboard can carry one), made "�" as the export's UTF-8 would write it. The importer reads a
 * file's text by the same rule (shared/text's asHeldText).
 */
const asWritten = (raw: string): string => asHeldText(raw).text;

function checkText(raw: string, rule: TextRule): Checked<string> {
  const visible = asWritten(raw);
  // A one-line field (`trim`) holds no line breaks or control characters, as the importer reads them.
  const value = rule.trim ? asOneLine(visible) : rule.trimBlankEdges === true ? withoutBlankEdges(visible) : visible;
  // Nothing that can be seen (a zero-width space alone) is empty too: a name of it was a blank chip.
  if (rule.emptyCode !== undefined && showsNothing(value)) {
    return refuse(rule.emptyCode, rule.emptyMessage ?? 'This cannot be empty.', rule.field);
  }
  if (value.length > rule.maxLength) return refuse('too-long', rule.tooLongMessage, rule.field);
  return { ok: true, value };
}

function checkNumber(raw: number | null, field: string, label: string): Checked<number | null> {
  // Typed as number | null, but NaN and Infinity are numbers too, and files and IPC can carry anything.
  const value: unknown = raw;
  if (value === null) return { ok: true, value: raw };
  if (typeof value !== 'number' || Number.isNaN(value)) return refuse('invalid-number', `The ${label} must be a number, or left empty.`, field);
  if (Math.abs(value) > LIMITS.amount) return refuse('invalid-number', tooLargeAmount(`The ${label}`), field);
  // -0 (typed "-0") is the amount 0, as the importer reads it: a file can only hold 0.
  return { ok: true, value: value === 0 ? 0 : value };
}

function checkOutcomeFields(fields: Partial<OutcomeFields>): Checked<Partial<Mutable<OutcomeFields>>> {
  const out: Partial<Mutable<OutcomeFields>> = {};
  for (const [key, rule] of [
    ['title', OUTCOME_TITLE],
    ['metric', METRIC],
    ['unit', UNIT],
    ['period', PERIOD],
    ['notes', NOTES],
  ] as const) {
    const raw = fields[key];
    if (raw === undefined) continue;
    const checked = checkText(raw, rule);
    if (!checked.ok) return checked;
    out[key] = checked.value;
  }
  for (const [key, label] of [
    ['target', 'target'],
    ['current', 'current value'],
  ] as const) {
    const raw = fields[key];
    if (raw === undefined) continue;
    const checked = checkNumber(raw, key, label);
    if (!checked.ok) return checked;
    out[key] = checked.value;
  }
  if (fields.direction !== undefined) {
    const direction: unknown = fields.direction;
    if (direction !== 'at-least' && direction !== 'at-most') {
      // No dedicated error code exists; the direction is part of the target, so it is reported as one.
      return refuse('invalid-number', 'The target must be reached "at least" or "at most".', 'direction');
    }
    out.direction = direction;
  }
  if (fields.revenueCritical !== undefined) out.revenueCritical = fields.revenueCritical;
  return { ok: true, value: out };
}

function checkPersonFields(fields: Partial<PersonFields>): Checked<Partial<Mutable<PersonFields>>> {
  const out: Partial<Mutable<PersonFields>> = {};
  if (fields.name !== undefined) {
    const name = checkText(fields.name, PERSON_NAME);
    if (!name.ok) return name;
    out.name = name.value;
  }
  if (fields.role !== undefined) {
    const role = checkText(fields.role, ROLE);
    if (!role.ok) return role;
    out.role = role.value;
  }
  if (fields.newToRole !== undefined) out.newToRole = fields.newToRole;
  if (fields.colour !== undefined) {
    if (!isPersonColour(fields.colour)) return refuse('invalid-colour', 'A colour is written like #1d4ed8.', 'colour');
    out.colour = fields.colour;
  }
  if (fields.initials !== undefined) {
    // One line, as every single-line field is stored and as the importer reads initials: a pasted
    // control character kept here made the board's own export import with a warning.
    const initials = asOneLine(asWritten(fields.initials));
    // Counted in letters a person sees, not UTF-16 units, matching initialsOf (initialsFit).
    if (initials.length === 0) return refuse('empty-name', 'Initials need at least one letter.', 'initials');
    if (!initialsFit(initials)) return refuse('too-long', `Initials can be at most ${MAX_INITIALS} letters.`, 'initials');
    out.initials = initials;
  }
  return { ok: true, value: out };
}

function checkAssignees(board: Board, assigneeIds: readonly PersonId[], activityTitle: string): Refusal | null {
  if (assigneeIds.length > LIMITS.assigneesPerActivity) return tooManyAssignees();
  // One pass with sets keeps this linear however many people and assignees there are.
  const people = new Map(board.people.map((person) => [person.id, person]));
  const seen = new Set<PersonId>();
  for (const id of assigneeIds) {
    const person = people.get(id);
    if (!person) return unknownPerson('assigneeIds');
    if (seen.has(id)) return alreadyAssigned(person, activityTitle, 'assigneeIds');
    seen.add(id);
  }
  return null;
}

/** index == max means "at the end". */
function checkIndex(index: number, max: number, field: string): Refusal | null {
  if (Number.isInteger(index) && index >= 0 && index <= max) return null;
  return refuse('invalid-index', `There is no position ${String(index)} here; it must be from 0 to ${max}.`, field);
}

// ---------------------------------------------------------------------------------------------
// Lookups and array surgery. All linear; nothing here loops inside a loop over the board.

function outcomeIndex(board: Board, id: OutcomeId): number {
  return board.outcomes.findIndex((outcome) => outcome.id === id);
}

function activityIndex(board: Board, id: ActivityId): number {
  return board.activities.findIndex((activity) => activity.id === id);
}

function personIndex(board: Board, id: PersonId): number {
  return board.people.findIndex((person) => person.id === id);
}

/**
 * Ids are unique across the whole board, not only within a kind: views and drag-and-drop put
 * outcomes, activities and people in one id space, where a clash would be a silent bug.
 */
function idInUse(board: Board, id: string): boolean {
  return (
    board.people.some((person) => person.id === id) ||
    board.outcomes.some((outcome) => outcome.id === id) ||
    board.activities.some((activity) => activity.id === id)
  );
}

function countIn(activities: readonly Activity[], outcomeId: OutcomeId | null): number {
  let count = 0;
  for (const activity of activities) if (activity.outcomeId === outcomeId) count++;
  return count;
}

/**
 * Puts `moving` at `index` among the container's activities in the one `activities` array: right
 * before the container's index-th activity, else right after its last one, else at the very end.
 */
function insertIntoContainer(
  activities: readonly Activity[],
  outcomeId: OutcomeId | null,
  index: number,
  moving: readonly Activity[],
): Activity[] {
  let seen = 0;
  let position = -1;
  let afterLast = -1;
  for (const [i, activity] of activities.entries()) {
    if (activity.outcomeId !== outcomeId) continue;
    if (seen === index) {
      position = i;
      break;
    }
    seen++;
    afterLast = i + 1;
  }
  if (position < 0) position = afterLast >= 0 ? afterLast : activities.length;
  return [...activities.slice(0, position), ...moving, ...activities.slice(position)];
}

function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  return [...items.slice(0, index), item, ...items.slice(index)];
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

function removeAt<T>(items: readonly T[], index: number): T[] {
  return [...items.slice(0, index), ...items.slice(index + 1)];
}

/** `to` is the item's final index, so it must name a place in the array as it already is. */
function reorder<T>(
  board: Board,
  items: readonly T[],
  from: number,
  to: number,
  rebuild: (items: T[]) => Board,
): CommandResult {
  const badIndex = checkIndex(to, items.length - 1, 'toIndex');
  if (badIndex) return badIndex;
  if (from === to) return unchanged(board);
  const item = items[from] as T;
  return changed(rebuild(insertAt(removeAt(items, from), to, item)));
}

/** Does applying `patch` to `current` change anything? */
function differs<T extends object>(current: T, patch: Partial<T>): boolean {
  return (Object.keys(patch) as (keyof T)[]).some((key) => patch[key] !== current[key]);
}

// ---------------------------------------------------------------------------------------------
// Results

function changed(board: Board, effects: readonly Effect[] = []): CommandResult {
  return { ok: true, board, effects };
}

function unchanged(board: Board): CommandResult {
  return { ok: true, board, effects: [] };
}

function refuse(code: CommandErrorCode, message: string, field?: string): Refusal {
  const error: CommandError = field === undefined ? { code, message } : { code, message, field };
  return { ok: false, error };
}

function unknownOutcome(field = 'outcomeId'): Refusal {
  return refuse('unknown-outcome', 'There is no outcome with that id on this board.', field);
}

function unknownActivity(): Refusal {
  return refuse('unknown-activity', 'There is no activity with that id on this board.', 'activityId');
}

function unknownPerson(field = 'personId'): Refusal {
  return refuse('unknown-person', 'There is no person with that id on this board.', field);
}

function duplicateId(field: string): Refusal {
  return refuse('duplicate-id', 'Something on this board already has that id.', field);
}

/** A board at its cap (LIMITS): a file of more could not be imported again, so no more are added. */
function boardFull(most: number, what: string): Refusal {
  return refuse('board-full', `A board holds at most ${most.toLocaleString('en')} ${what}. Remove some, or start another board.`);
}

/** Assigning someone twice to one activity (by Assign, or twice in one new activity's list). */
function alreadyAssigned(person: Person, activityTitle: string, field: string): Refusal {
  return refuse('already-assigned', `${isolatedInSentence(person.name)} is already assigned to ${isolatedInSentence(activityTitle)}.`, field);
}

function tooManyAssignees(): Refusal {
  return refuse(
    'too-many-assignees',
    `An activity can have at most ${LIMITS.assigneesPerActivity} people assigned.`,
    'assigneeIds',
  );
}

/** Unreachable for well-typed callers; an intent from an old file or a bug fails loudly instead. */
function unknownIntent(intent: never): never {
  throw new Error(`Unknown intent: ${JSON.stringify(intent)}`);
}

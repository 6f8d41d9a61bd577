/**
 * What every imported board must be, whatever file it came from: the invariants shared/commands
 * enforces, checked field by field, plus a cross-check that the commands themselves accept what
 * the importer produced (so the two cannot quietly disagree about what a valid board is).
 */
import { applyIntent } from '../../../shared/commands';
import { IMPORT_LIMITS } from '../../../shared/format';
// The keys each object of a file has, in shared/format/envelope.ts (checked against schema.json by
// schema.test.ts): an imported board has exactly those, nothing that rode along in the file.
import { ACTIVITY_KEYS, AUTHORITY_KEYS, BOARD_KEYS, OPTIONAL_BOARD_KEYS, OUTCOME_KEYS, PERSON_KEYS } from '../../../shared/format/envelope';
import { LIMITS, nameKey, type Board } from '../../../shared/model';

/** Every broken invariant of the board, as sentences; empty when the board is sound. */
export function boardViolations(board: Board): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  const plain = (value: unknown, keys: readonly string[], where: string): void => {
    check(typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype, `${where} is a plain object`);
    if (typeof value === 'object' && value !== null) {
      check(sameKeys(Object.keys(value), keys), `${where} has exactly the keys ${keys.join(', ')} (has ${Object.keys(value).join(', ')})`);
    }
  };
  const trimmed = (value: unknown, max: number, required: boolean, where: string): void => {
    check(typeof value === 'string', `${where} is text`);
    if (typeof value !== 'string') return;
    check(value === value.trim(), `${where} is trimmed`);
    // eslint-disable-next-line no-control-regex
    check(!/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/u.test(value), `${where} is one line with no control characters`);
    check(value.length <= max, `${where} is at most ${max} long`);
    if (required) check(value.length > 0, `${where} is not empty`);
  };
  const verbatim = (value: unknown, max: number, where: string): void => {
    check(typeof value === 'string' && value.length <= max, `${where} is text of at most ${max}`);
  };
  const number = (value: unknown, where: string): void => {
    check(value === null || (typeof value === 'number' && Number.isFinite(value)), `${where} is a finite number or null`);
  };
  const bool = (value: unknown, where: string): void => {
    check(typeof value === 'boolean', `${where} is true or false`);
  };
  const id = (value: unknown, where: string): void => {
    check(typeof value === 'string' && value.length > 0 && value.length <= IMPORT_LIMITS.maxIdLength, `${where} is an id`);
  };
  const time = (value: unknown, where: string): void => {
    check(typeof value === 'string' && Number.isFinite(Date.parse(value)), `${where} is a timestamp`);
  };

  // A board without an origin is its own map's first version (shared/model): the key is left out.
  const optional: readonly string[] = OPTIONAL_BOARD_KEYS;
  plain(board, Object.hasOwn(board, 'origin') ? BOARD_KEYS : BOARD_KEYS.filter((key) => !optional.includes(key)), 'board');
  id(board.id, 'board.id');
  if (Object.hasOwn(board, 'origin')) {
    id(board.origin, 'board.origin');
    check(board.origin !== board.id, 'board.origin is not the board’s own id');
  }
  trimmed(board.title, LIMITS.titleLength, true, 'board.title');
  verbatim(board.purpose, LIMITS.notesLength, 'board.purpose');
  time(board.createdAt, 'board.createdAt');
  time(board.updatedAt, 'board.updatedAt');
  check(Array.isArray(board.people) && board.people.length <= IMPORT_LIMITS.maxPeople, 'people is a list within the cap');
  check(Array.isArray(board.outcomes) && board.outcomes.length <= IMPORT_LIMITS.maxOutcomes, 'outcomes is a list within the cap');
  check(
    Array.isArray(board.activities) && board.activities.length <= IMPORT_LIMITS.maxActivities,
    'activities is a list within the cap',
  );

  const ids = new Set<string>();
  const unique = (value: string, where: string): void => {
    check(!ids.has(value), `${where} is unique on the board`);
    ids.add(value);
  };

  const personIds = new Set<string>();
  for (const [index, person] of board.people.entries()) {
    const where = `people[${index}]`;
    plain(person, PERSON_KEYS, where);
    id(person.id, `${where}.id`);
    unique(person.id, `${where}.id`);
    personIds.add(person.id);
    trimmed(person.name, LIMITS.nameLength, true, `${where}.name`);
    trimmed(person.role, LIMITS.roleLength, false, `${where}.role`);
    bool(person.newToRole, `${where}.newToRole`);
    check(typeof person.colour === 'string' && /^#[0-9a-f]{6}$/iu.test(person.colour), `${where}.colour is #rrggbb`);
    trimmed(person.initials, 6, true, `${where}.initials`);
    const letters = Array.from(person.initials).length;
    check(letters >= 1 && letters <= 3, `${where}.initials has 1 to 3 letters`);
  }

  // As the people form keeps them: no two people the room could not tell apart.
  const names = new Set(board.people.map((person) => nameKey(person.name)));
  check(names.size === board.people.length, 'no two people share a name');

  const outcomeIds = new Set<string>();
  for (const [index, outcome] of board.outcomes.entries()) {
    const where = `outcomes[${index}]`;
    plain(outcome, OUTCOME_KEYS, where);
    id(outcome.id, `${where}.id`);
    unique(outcome.id, `${where}.id`);
    outcomeIds.add(outcome.id);
    trimmed(outcome.title, LIMITS.titleLength, true, `${where}.title`);
    trimmed(outcome.metric, LIMITS.shortTextLength, false, `${where}.metric`);
    trimmed(outcome.unit, LIMITS.shortTextLength, false, `${where}.unit`);
    trimmed(outcome.period, LIMITS.shortTextLength, false, `${where}.period`);
    number(outcome.target, `${where}.target`);
    number(outcome.current, `${where}.current`);
    const direction: unknown = outcome.direction;
    check(direction === 'at-least' || direction === 'at-most', `${where}.direction is at-least or at-most`);
    bool(outcome.revenueCritical, `${where}.revenueCritical`);
    check(outcome.ownerId === null || personIds.has(outcome.ownerId), `${where}.ownerId is null or a person on the board`);
    plain(outcome.authority, AUTHORITY_KEYS, `${where}.authority`);
    for (const key of AUTHORITY_KEYS) bool((outcome.authority as unknown as Record<string, unknown>)[key], `${where}.authority.${key}`);
    verbatim(outcome.notes, LIMITS.notesLength, `${where}.notes`);
  }

  for (const [index, activity] of board.activities.entries()) {
    const where = `activities[${index}]`;
    plain(activity, ACTIVITY_KEYS, where);
    id(activity.id, `${where}.id`);
    unique(activity.id, `${where}.id`);
    trimmed(activity.title, LIMITS.titleLength, true, `${where}.title`);
    check(activity.outcomeId === null || outcomeIds.has(activity.outcomeId), `${where}.outcomeId is null or an outcome on the board`);
    check(Array.isArray(activity.assigneeIds), `${where}.assigneeIds is a list`);
    check(activity.assigneeIds.length <= LIMITS.assigneesPerActivity, `${where} has at most ${LIMITS.assigneesPerActivity} assignees`);
    check(new Set(activity.assigneeIds).size === activity.assigneeIds.length, `${where} names each assignee once`);
    check(
      activity.assigneeIds.every((assignee) => personIds.has(assignee)),
      `${where}.assigneeIds are all people on the board`,
    );
    bool(activity.done, `${where}.done`);
  }

  if (problems.length === 0) problems.push(...commandsDisagree(board));
  return problems;
}

/**
 * Re-submits the first few entities' own fields to shared/commands: if the importer let through
 * something the commands refuse (a length, a number, a colour), this says so. Only a few, because
 * each command copies the arrays.
 */
function commandsDisagree(board: Board): string[] {
  const problems: string[] = [];
  const refused = (what: string, result: ReturnType<typeof applyIntent>): void => {
    if (!result.ok) problems.push(`shared/commands refuses ${what}: ${result.error.message}`);
  };
  refused('the board title', applyIntent(board, { type: 'board/edit', patch: { title: board.title, purpose: board.purpose } }));
  for (const person of board.people.slice(0, 5)) {
    const { id, ...patch } = person;
    refused(`person ${id}`, applyIntent(board, { type: 'person/edit', personId: id, patch }));
  }
  for (const outcome of board.outcomes.slice(0, 5)) {
    const { id, ownerId: _ownerId, authority: _authority, ...patch } = outcome;
    refused(`outcome ${id}`, applyIntent(board, { type: 'outcome/edit', outcomeId: id, patch }));
  }
  for (const activity of board.activities.slice(0, 5)) {
    refused(
      `activity ${activity.id}`,
      applyIntent(board, {
        type: 'activity/add',
        id: `${activity.id}-copy-for-check` as typeof activity.id,
        title: activity.title,
        outcomeId: activity.outcomeId,
        assigneeIds: activity.assigneeIds,
        done: activity.done,
      }),
    );
  }
  return problems;
}

function sameKeys(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && expected.every((key) => actual.includes(key));
}

/** Throws with every broken invariant listed. */
export function assertBoardInvariants(board: Board): void {
  const problems = boardViolations(board);
  if (problems.length > 0) throw new Error(`The board breaks its invariants:\n- ${problems.join('\n- ')}`);
}

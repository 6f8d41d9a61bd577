/**
 * The promise to users: a board made with the app exports to a file that imports back to the same
 * board, without a warning. Boards are made here the way the app makes them, through random
 * sequences of real commands (every kind shared/commands accepts, with the edge values: longest
 * titles, most assignees, amounts at the limit, right-to-left and astral text, empty optional
 * fields, pasted control characters), from a blank board and from the sample board, with a fixed
 * seed. After every accepted change: serialize -> parse gives the same board, no warnings, and the
 * re-imported board serializes to the very same bytes.
 */
import { describe, expect, it } from 'vitest';
import { applyIntent } from '../../../shared/commands';
import { parseBoardFile, serializeBoard } from '../../../shared/format';
import type { Intent, IntentType, OutcomeFields, PersonFields } from '../../../shared/intents';
import {
  LIMITS,
  UNTITLED_BOARD,
  nameKey,
  type ActivityId,
  type Board,
  type BoardId,
  type OutcomeId,
  type PersonId,
} from '../../../shared/model';
import { createSampleBoard } from '../../../shared/sample';
import { exactLength, seededRandom, type Random } from './boards';

const SEED = process.env.ROUNDTRIP_SEED === undefined ? 0x20_0b0a : Number(process.env.ROUNDTRIP_SEED);
const RUNS = 12;
const STEPS = 250;
const START = Date.parse('2026-03-14T09:00:00.000Z');
/** Later than any change a run stamps, so the import keeps the board's own times. */
const IMPORT_NOW = '2027-01-01T00:00:00.000Z';
const SERIALIZE = { appVersion: '0.1.0', now: '2026-12-31T23:59:00.000Z' } as const;

/** What a person types or pastes into a one-line field, edges included. */
const ONE_LINE: readonly string[] = [
  'Outbound pipeline',
  exactLength(LIMITS.titleLength),
  exactLength(LIMITS.nameLength),
  exactLength(LIMITS.shortTextLength),
  // Astral characters: two UTF-16 units each, so 100 of them are exactly a title's 200.
  '𝔸'.repeat(LIMITS.titleLength / 2),
  '🚀'.repeat(LIMITS.nameLength / 2),
  '👩‍👩‍👧‍👦 family',
  'مرحبا بالعالم 20%',
  'שלום עולם',
  'ދިވެހި',
  'mixed עברית and English 42',
  'Ünïcødé e\u0301 ñ',
  'ﬁona ﬂynn',
  '\u00a8 umlaut \u037a',
  'ǆemal ﬃ',
  'Straße ΐ',
  '日本語のテキスト',
  '  spaces around  ',
  'Pasted\r\nfrom mail\u0000',
  'tab\tinside',
  'bell\u0007 and esc\u001b[31m',
  'next line\u0085here',
  'line\u2028separator',
  'zero\u200bwidth',
  'Board \u202egnp.exe',
  '\u2067isolated\u2069 \u200fmark',
  '<script>alert(1)</script>',
  '=SUM(A1:A9)',
  '"quoted" \\ back',
  '__proto__',
  'constructor',
  'A lone \ud800 surrogate',
  '\u00a0non-breaking\u3000',
  'x',
];

/** Multi-line text (purpose, notes): the app keeps its lines as typed, without blank edges (shared/text). */
const MULTI_LINE: readonly string[] = [
  '',
  'Line one\nLine two\r\nLine three\n',
  '  Leading and trailing spaces are kept.  ',
  'N'.repeat(LIMITS.notesLength),
  '😀'.repeat(LIMITS.notesLength / 2),
  'نص عربي\nسطر ثاني',
  '\u202eoverride in notes',
  'A lone \udfff surrogate',
  '\u0000\u0001 controls stay in notes',
];

/** What copying a name from a chat or a web page can bring along: marks, controls, a line break. */
const HIDDEN: readonly string[] = [' \u200e', '\u200f ', ' \u202a', '\u0000', '\u0085', '\r\n', ' \u2066'];

const INITIALS: readonly string[] = ['AB', 'Q', 'X3Y', '🙂', '🙂🙂🙂', 'é', 'e\u0301', ' ab ', 'שמ', '\u202eZ', 'A\nB', 'Z\u0000', '\u0085X', 'a\tb'];
const COLOURS: readonly string[] = ['#1d4ed8', '#ABCDEF', '#000000', '#ffffff'];
const AMOUNTS: readonly (number | null)[] = [
  null,
  0,
  -0,
  20,
  -3.5,
  LIMITS.amount,
  -LIMITS.amount,
  -LIMITS.amount / 3,
  0.1 + 0.2,
  1e-7,
  5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  123_456_789.123,
];

interface Run {
  readonly random: Random;
  serial: number;
}

const pick = <T>(run: Run, items: readonly T[]): T => run.random.pick(items);
const flag = (run: Run): boolean => run.random.chance(0.5);

/** Up to `most` of the items (exactly `most`, when there are that many, if `all`), in a random order. */
function someOf<T>(run: Run, items: readonly T[], most: number, all = false): T[] {
  const shuffled = [...items].sort(() => run.random.next() - 0.5);
  return shuffled.slice(0, all ? most : run.random.int(Math.min(most, items.length) + 1));
}

function outcomeFields(run: Run): Partial<OutcomeFields> {
  const fields: Record<string, unknown> = {};
  if (flag(run)) fields.title = pick(run, ONE_LINE);
  if (flag(run)) fields.metric = pick(run, ONE_LINE);
  if (flag(run)) fields.unit = pick(run, [...ONE_LINE, '', '%', '€']);
  if (flag(run)) fields.period = pick(run, [...ONE_LINE, '']);
  if (flag(run)) fields.target = pick(run, AMOUNTS);
  if (flag(run)) fields.current = pick(run, AMOUNTS);
  if (flag(run)) fields.direction = pick(run, ['at-least', 'at-most']);
  if (flag(run)) fields.revenueCritical = flag(run);
  if (flag(run)) fields.notes = pick(run, MULTI_LINE);
  return fields;
}

function personFields(run: Run): Partial<PersonFields> {
  const fields: Record<string, unknown> = {};
  if (flag(run)) fields.name = `${pick(run, ONE_LINE)} ${run.serial++}`;
  if (flag(run)) fields.role = pick(run, [...ONE_LINE, '']);
  if (flag(run)) fields.newToRole = flag(run);
  if (flag(run)) fields.colour = pick(run, COLOURS);
  if (run.random.chance(0.3)) fields.initials = pick(run, INITIALS);
  return fields;
}

/**
 * A name the people form accepts: the app refuses a second person of one name (nameKey), in the
 * form and in a pasted list, because chips and menus could not tell the two apart.
 */
function freeName(board: Board, name: string, except?: PersonId): boolean {
  const key = nameKey(name);
  return !board.people.some((person) => person.id !== except && nameKey(person.name) === key);
}

function nextIntent(run: Run, board: Board): Intent {
  const { random } = run;
  const outcomeId = (): OutcomeId => pick(run, board.outcomes).id;
  const activityId = (): ActivityId => pick(run, board.activities).id;
  const personId = (): PersonId => pick(run, board.people).id;
  const container = (): OutcomeId | null => (board.outcomes.length === 0 || random.chance(0.25) ? null : outcomeId());
  const countIn = (id: OutcomeId | null) => board.activities.filter((activity) => activity.outcomeId === id).length;
  const fresh = (prefix: string) => `${prefix}-${run.serial++}-${random.int(1e9).toString(36)}`;

  const make: Record<IntentType, () => Intent | null> = {
    'board/edit': () => ({
      type: 'board/edit',
      patch: flag(run) ? { title: pick(run, ONE_LINE) } : { purpose: pick(run, MULTI_LINE) },
    }),
    'outcome/add': () => ({
      type: 'outcome/add',
      id: fresh('o') as OutcomeId,
      fields: { ...outcomeFields(run), title: pick(run, ONE_LINE) },
      ...(flag(run) ? { index: random.int(board.outcomes.length + 1) } : {}),
    }),
    'outcome/edit': () => (board.outcomes.length === 0 ? null : { type: 'outcome/edit', outcomeId: outcomeId(), patch: outcomeFields(run) }),
    'outcome/remove': () => (board.outcomes.length === 0 ? null : { type: 'outcome/remove', outcomeId: outcomeId() }),
    'outcome/move': () =>
      board.outcomes.length === 0 ? null : { type: 'outcome/move', outcomeId: outcomeId(), toIndex: random.int(board.outcomes.length) },
    'outcome/set-owner': () =>
      board.outcomes.length === 0 || board.people.length === 0 ? null : { type: 'outcome/set-owner', outcomeId: outcomeId(), personId: personId() },
    'outcome/clear-owner': () => (board.outcomes.length === 0 ? null : { type: 'outcome/clear-owner', outcomeId: outcomeId() }),
    'outcome/set-authority': () =>
      board.outcomes.length === 0
        ? null
        : {
            type: 'outcome/set-authority',
            outcomeId: outcomeId(),
            patch: { decidesHow: flag(run), ...(flag(run) ? { prioritisesResources: flag(run) } : {}), choosesApproaches: flag(run) },
          },
    'activity/add': () => {
      const into = container();
      // Now and then as many assignees as an activity may have, when the board has the people.
      const most = random.chance(0.1);
      return {
        type: 'activity/add',
        id: fresh('a') as ActivityId,
        title: pick(run, ONE_LINE),
        outcomeId: into,
        ...(flag(run) ? { index: random.int(countIn(into) + 1) } : {}),
        ...(most || flag(run) ? { assigneeIds: someOf(run, board.people.map((person) => person.id), most ? LIMITS.assigneesPerActivity : 3, most) } : {}),
        ...(flag(run) ? { done: flag(run) } : {}),
      };
    },
    'activity/edit': () =>
      board.activities.length === 0 ? null : { type: 'activity/edit', activityId: activityId(), patch: flag(run) ? { title: pick(run, ONE_LINE) } : {} },
    'activity/remove': () => (board.activities.length === 0 ? null : { type: 'activity/remove', activityId: activityId() }),
    'activity/move': () => {
      if (board.activities.length === 0) return null;
      const id = activityId();
      const into = container();
      const moving = board.activities.find((activity) => activity.id === id);
      const room = countIn(into) - (moving?.outcomeId === into ? 1 : 0);
      return { type: 'activity/move', activityId: id, toOutcomeId: into, toIndex: random.int(room + 1) };
    },
    'activity/assign': () =>
      board.activities.length === 0 || board.people.length === 0 ? null : { type: 'activity/assign', activityId: activityId(), personId: personId() },
    'activity/unassign': () => {
      const assigned = board.activities.filter((activity) => activity.assigneeIds.length > 0);
      if (assigned.length === 0) return null;
      const activity = pick(run, assigned);
      return { type: 'activity/unassign', activityId: activity.id, personId: pick(run, activity.assigneeIds) };
    },
    'activity/set-done': () =>
      board.activities.length === 0 ? null : { type: 'activity/set-done', activityId: activityId(), done: flag(run) },
    'activity/toggle-done': () => (board.activities.length === 0 ? null : { type: 'activity/toggle-done', activityId: activityId() }),
    'person/add': () => {
      // Now and then a name already on the board, pasted with a hidden character in it.
      const copied = board.people.length > 0 && random.chance(0.1) ? pick(run, board.people).name.replace(' ', pick(run, HIDDEN)) : null;
      const fields = { ...personFields(run), name: copied ?? `${pick(run, ONE_LINE)} ${run.serial++}` };
      if (!freeName(board, fields.name)) return null;
      return { type: 'person/add', id: fresh('p') as PersonId, fields, ...(flag(run) ? { index: random.int(board.people.length + 1) } : {}) };
    },
    'person/edit': () => {
      if (board.people.length === 0) return null;
      const id = personId();
      const patch = personFields(run);
      if (patch.name !== undefined && !freeName(board, patch.name, id)) return null;
      return { type: 'person/edit', personId: id, patch };
    },
    'person/remove': () => (board.people.length === 0 ? null : { type: 'person/remove', personId: personId() }),
    'person/move': () =>
      board.people.length === 0 ? null : { type: 'person/move', personId: personId(), toIndex: random.int(board.people.length) },
  };
  const types = Object.keys(make) as IntentType[];
  for (;;) {
    let type = pick(run, types);
    // Removals are rarer, so boards grow; people are added in bursts until an activity can have its most.
    if (type.endsWith('/remove') && random.chance(0.7)) type = 'activity/add';
    if (board.people.length < LIMITS.assigneesPerActivity && random.chance(0.25)) type = 'person/add';
    const intent = make[type]();
    if (intent !== null) return intent;
  }
}

const blankBoard = (): Board => {
  const at = new Date(START).toISOString();
  // As the library makes a new board (LibraryScreen).
  return { id: 'board-blank' as BoardId, title: UNTITLED_BOARD, purpose: '', createdAt: at, updatedAt: at, people: [], outcomes: [], activities: [] };
};

/** Why the board does not come back from its file as it went in; null when it does. */
function roundTripProblem(board: Board): string | null {
  const text = serializeBoard(board, SERIALIZE);
  const result = parseBoardFile(text, { newId: () => board.id, now: IMPORT_NOW });
  if (!result.ok) return `refused: ${result.error.message} (${result.error.path ?? 'no path'})`;
  if (result.warnings.length > 0) return `warnings: ${result.warnings.join(' | ')}`;
  const again = serializeBoard(result.board, SERIALIZE);
  if (again !== text) return `re-exported differently:\n${firstDifference(text, again)}`;
  const differs = differentPath(board, result.board, 'board');
  return differs === null ? null : `a different board at ${differs}`;
}

const shown = (value: unknown): string => (Object.is(value, -0) ? '-0' : JSON.stringify(value));

/** The first place where two values differ (Object.is: -0 is not 0), or null when they are alike. */
function differentPath(a: unknown, b: unknown, path: string): string | null {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b) ? null : `${path}: ${shown(a)} became ${shown(b)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = differentPath((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return `exported: …${JSON.stringify(a.slice(Math.max(0, at - 60), at + 60))}\nre-exported: …${JSON.stringify(b.slice(Math.max(0, at - 60), at + 60))}`;
}

interface Tally {
  readonly accepted: Map<IntentType, number>;
  mostAssignees: number;
  largestAmount: number;
  longestTitle: number;
}

function playWorkshop(start: Board, seed: number, tally: Tally): void {
  const run: Run = { random: seededRandom(seed), serial: 0 };
  let board = start;
  let clock = Date.parse(start.updatedAt);
  const first = roundTripProblem(board);
  if (first !== null) throw new Error(`seed ${seed}, before any change: ${first}`);
  for (let step = 0; step < STEPS; step++) {
    const intent = nextIntent(run, board);
    const result = applyIntent(board, intent);
    if (!result.ok || result.board === board) continue;
    tally.accepted.set(intent.type, (tally.accepted.get(intent.type) ?? 0) + 1);
    // The store stamps every change.
    clock += 1000 + run.random.int(60_000);
    board = { ...result.board, updatedAt: new Date(clock).toISOString() };
    const problem = roundTripProblem(board);
    if (problem !== null) {
      throw new Error(`seed ${seed}, step ${step}, after ${JSON.stringify(intent).slice(0, 400)}:\n${problem}`);
    }
    for (const activity of board.activities) tally.mostAssignees = Math.max(tally.mostAssignees, activity.assigneeIds.length);
    for (const outcome of board.outcomes) {
      tally.largestAmount = Math.max(tally.largestAmount, Math.abs(outcome.target ?? 0), Math.abs(outcome.current ?? 0));
      tally.longestTitle = Math.max(tally.longestTitle, outcome.title.length);
    }
  }
}

describe('every board the app can make exports and imports back unchanged, without a warning', () => {
  it(`${RUNS} workshops of ${STEPS} random commands, from a blank board and from the sample board (seed ${SEED})`, () => {
    const tally: Tally = { accepted: new Map(), mostAssignees: 0, largestAmount: 0, longestTitle: 0 };
    for (let i = 0; i < RUNS; i++) {
      const start = i % 2 === 0 ? blankBoard() : createSampleBoard({ now: new Date(START).toISOString() });
      playWorkshop(start, SEED + i, tally);
    }
    // The runs reached what the test claims to cover: every kind of command, and the limits.
    expect([...tally.accepted.keys()].sort()).toHaveLength(20);
    expect(tally.mostAssignees).toBe(LIMITS.assigneesPerActivity);
    expect(tally.largestAmount).toBe(LIMITS.amount);
    expect(tally.longestTitle).toBe(LIMITS.titleLength);
  }, 30_000);
});

/** The board's own file imports back with no warning, as the same board (its id aside, which the import renews). */
function expectRoundTrip(board: Board): void {
  expect(roundTripProblem(board)).toBeNull();
}

describe('boards the round trip found changed or warned about', () => {
  it('initials pasted with a control character are stored as one line, so the file imports without a warning', () => {
    const added = applyIntent(blankBoard(), { type: 'person/add', id: 'p-1' as PersonId, fields: { name: 'Zoë Adler', initials: 'Z\u0000A\n' } });
    if (!added.ok) throw new Error(added.error.message);
    expect(added.board.people[0]?.initials).toBe('Z A');
    expectRoundTrip(added.board);
  });

  it('a target typed as -0 is stored as 0, the only zero a file can hold', () => {
    const added = applyIntent(blankBoard(), { type: 'outcome/add', id: 'o-1' as OutcomeId, fields: { title: 'Churn', target: -0, current: -0 } });
    if (!added.ok) throw new Error(added.error.message);
    expect(Object.is(added.board.outcomes[0]?.target, 0)).toBe(true);
    expect(Object.is(added.board.outcomes[0]?.current, 0)).toBe(true);
    expectRoundTrip(added.board);
  });

  it.each([
    ['a left-to-right mark', 'Maya \u200eChen'],
    ['an isolate', 'Maya \u2066Chen'],
    ['a next-line character (U+0085)', 'Maya\u0085Chen'],
    ['a NUL', 'Maya\u0000Chen'],
  ])('a name pasted with %s is the name already on the board, as the people form compares it', (_what, pasted) => {
    // The people form and a pasted list refuse a name whose nameKey is on the board; the command
    // then stores the name without the mark, so the key must be that of the stored name.
    expect(nameKey(pasted)).toBe(nameKey('Maya Chen'));
  });
});

describe('a board saved before amounts were limited (LIMITS.amount)', () => {
  it('exports to a file that opens: the amount past the limit empty, with a warning, and everything else as it was', () => {
    // What storage can hold from then: a target of 1e21 (the file writes it "1e+21"; the warning, in
    // digits, as a card does), and one of 1e308 (its 309 digits counted, not written out).
    const sample = createSampleBoard({ now: new Date(START).toISOString() });
    const [first, second, ...rest] = sample.outcomes;
    if (first === undefined || second === undefined) throw new Error('the sample has outcomes');
    const stored: Board = { ...sample, outcomes: [{ ...first, target: 1e21 }, { ...second, current: -1e308 }, ...rest] };
    const result = parseBoardFile(serializeBoard(stored, SERIALIZE), { newId: () => stored.id, now: IMPORT_NOW });
    if (!result.ok) throw new Error(`refused: ${result.error.message}`);
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[0]).toMatch(/^The 1st outcome's target, 1(?:\u202f000){7}, is too large: .* It is now empty: set it again on the board\.$/u);
    expect(result.warnings[1]).toMatch(/^The 2nd outcome's current value, a negative number of 309 digits, is too large: /u);
    expect(result.board).toEqual({ ...stored, outcomes: [{ ...first, target: null }, { ...second, current: null }, ...rest] });
    // …and from then on the board makes the round trip like any other.
    expectRoundTrip(result.board);
  });
});

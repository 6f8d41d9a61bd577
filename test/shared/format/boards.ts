/**
 * Boards for the format tests: a tiny seeded PRNG (the bench's, no dependency: the same board every run) and a
 * generator that fills every field with something other than its default, including the text that
 * breaks naive exporters: emoji, quotes, newlines (in notes), HTML, formula starts and lone surrogates.
 */
import { createRandom, type Random } from '../../../scripts/bench/boards.mjs';
import { LIMITS, type Activity, type ActivityId, type Board, type BoardId, type Outcome, type OutcomeId, type Person, type PersonId } from '../../../shared/model';

/**
 * The bench's mulberry32 (scripts/bench/boards.mjs createRandom): 32 bits of state, good enough to
 * pick mutations and fields reproducibly. Here a pick from an empty list throws rather than giving
 * undefined.
 */
export function seededRandom(seed: number): Random {
  const random = createRandom(seed);
  return {
    ...random,
    pick: <T>(items: readonly T[]): T => {
      const item = random.pick(items);
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

export type { Random };

/** Single-line pieces: already trimmed, as the app stores single-line text. */
const WORDS: readonly string[] = [
  'Pipeline',
  'Ünïcødé ✓',
  'Straße',
  '🚀 launch 👩‍💻',
  'مرحبا',
  '日本語のテキスト',
  '"quoted" and \'single\'',
  '<script>alert(1)</script>',
  '<b>bold</b> &amp; &lt;',
  'comma, separated',
  'semi; colon',
  'back\\slash',
  '=SUM(A1:A9)',
  '+cmd|calc',
  '@mention',
  'tab\tinside',
  'zero\u200bwidth',
  // A line separator, not a line break: a one-line field cannot hold a line break (the importer
  // makes it a space), but U+2028 can be pasted into one and breaks naive JavaScript exporters.
  'line\u2028separator',
  'null',
  '__proto__',
];

const NOTES: readonly string[] = [
  // As the app stores notes: without blank lines before them or spaces and line breaks after them.
  '  Leading spaces are kept in notes.',
  'Line one\nLine two\r\nLine three',
  '<img src=x onerror="alert(1)"> stays text',
  // Not a lone surrogate: the app makes each one "�" (shared/text), so no board it writes holds one.
  'A replacement character \ufffd survives',
  '\tIndented with a tab',
  '-negative looking start',
  '',
];

const COLOURS: readonly string[] = ['#0F766E', '#abcdef', '#123456', '#FFFFFF', '#000000', '#9a3412'];
const NUMBERS: readonly (number | null)[] = [-12.5, 0.001, 1e-7, 123456789.123, 42, -3, 1e20, 0, null];

function text(random: Random, max: number, index: number): string {
  const parts = [random.pick(WORDS), random.pick(WORDS), String(index)];
  const joined = parts.join(' ');
  return joined.length > max ? joined.slice(0, max).trim() : joined;
}

/** A string of exactly `length` UTF-16 units, trimmed at both ends. */
export function exactLength(length: number): string {
  return `A${'é'.repeat(Math.max(0, length - 2))}Z`.slice(0, length);
}

export interface GenerateOptions {
  readonly seed: number;
  readonly people: number;
  readonly outcomes: number;
  readonly activities: number;
}

export function generateBoard(options: GenerateOptions): Board {
  const random = seededRandom(options.seed);
  const people: Person[] = [];
  for (let i = 0; i < options.people; i++) {
    people.push({
      id: `person-${i}-${random.int(1e6)}` as PersonId,
      name: i === 0 ? exactLength(LIMITS.nameLength) : text(random, LIMITS.nameLength, i),
      role: i % 5 === 4 ? '' : text(random, LIMITS.roleLength, i),
      newToRole: i % 3 === 0,
      colour: random.pick(COLOURS),
      initials: random.pick(['ÅB', 'Z', 'X3Y', '🙂', 'q']),
    });
  }
  const outcomes: Outcome[] = [];
  for (let i = 0; i < options.outcomes; i++) {
    outcomes.push({
      id: `outcome-${i}` as OutcomeId,
      title: i === 0 ? exactLength(LIMITS.titleLength) : text(random, LIMITS.titleLength, i),
      metric: text(random, LIMITS.shortTextLength, i),
      target: random.pick(NUMBERS),
      unit: random.pick(['%', '€', 'deals', '-', 'qualified opportunities']),
      period: random.pick(['per month', 'by end of Q2', '=TODAY()', 'per quarter']),
      current: random.pick(NUMBERS),
      direction: i % 2 === 0 ? 'at-most' : 'at-least',
      revenueCritical: i % 4 !== 0,
      ownerId: i % 7 === 6 ? null : (random.pick(people).id),
      authority: {
        decidesHow: random.chance(0.7),
        prioritisesResources: random.chance(0.7),
        choosesApproaches: random.chance(0.7),
      },
      notes: i === 1 ? 'N'.repeat(LIMITS.notesLength) : random.pick(NOTES),
    });
  }
  const activities: Activity[] = [];
  for (let i = 0; i < options.activities; i++) {
    const assignees = new Set<PersonId>();
    const count = random.int(4);
    for (let k = 0; k < count; k++) assignees.add(random.pick(people).id);
    activities.push({
      id: `activity-${i}` as ActivityId,
      title: text(random, LIMITS.titleLength, i),
      outcomeId: random.chance(0.1) || outcomes.length === 0 ? null : random.pick(outcomes).id,
      assigneeIds: [...assignees],
      done: random.chance(0.4),
    });
  }
  return {
    id: 'board-generated' as BoardId,
    title: 'Generated board: "ünïcødé" <b>&</b> 🚀',
    // Indented and with its lines, but no spaces after it: the app stores a purpose without them.
    purpose: '  Why we meet:\n<script>alert("purpose")</script>\r\n\ttabbed line',
    createdAt: '2025-12-24T08:15:30.123Z',
    updatedAt: '2026-01-02T10:00:00.000Z',
    people,
    outcomes,
    activities,
  };
}

/** The round-trip board of the brief: 60 outcomes, 1,500 activities, 80 people. */
export function largeBoard(): Board {
  return generateBoard({ seed: 20260101, people: 80, outcomes: 60, activities: 1500 });
}

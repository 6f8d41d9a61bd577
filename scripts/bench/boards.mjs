// Deterministic boards for the benchmark: the same seed gives the same board, byte for byte, on
// every machine and every run, so figures from two runs are figures about the same board.
//
// Plain JavaScript on purpose (the bench runs with `node`, no TypeScript step); the shape follows
// the Board type of shared/model.ts exactly, and test/bench/boards.test.ts checks every generated
// board against the rules of shared/commands (via the file importer, which enforces them) and the
// model's limits.

/** The sizes the bench measures: outcomes, activities, people. */
export const SIZES = {
  small: { outcomes: 5, activities: 40, people: 10 },
  workshop: { outcomes: 20, activities: 200, people: 15 },
  large: { outcomes: 60, activities: 1500, people: 80 },
  huge: { outcomes: 200, activities: 10000, people: 300 },
};

/** The model's chip colours (shared/model.ts PERSON_COLOURS). */
const COLOURS = ['#1d4ed8', '#047857', '#b45309', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'];

const FIRST_NAMES = [
  'Maya', 'Leo', 'Priya', 'Sam', 'Ana', 'Tom', 'Ines', 'Kofi', 'Lena', 'Ravi', 'Mia', 'Jonas', 'Aisha', 'Omar', 'Sofia', 'Lukas',
  'Nora', 'Hugo', 'Yara', 'Felix', 'Zoe', 'Elif', 'Marco', 'Chloe', 'Arjun', 'Hanna', 'Diego', 'Emma', 'Kenji', 'Ada',
];
const LAST_NAMES = [
  'Chen', 'Fischer', 'Nair', 'Okafor', 'Silva', 'Berg', 'Moreau', 'Mensah', 'Novak', 'Iyer', 'Costa', 'Weber', 'Khan', 'Haddad',
  'Rossi', 'Meyer', 'Lund', 'Duarte', 'Sato', 'Keller', 'Brandt', 'Yilmaz', 'Ricci', 'Dubois', 'Patel', 'Vogel', 'Ortiz',
];
const ROLES = [
  'Head of Sales', 'Marketing Lead', 'RevOps Manager', 'Account Executive', 'Customer Success Lead', 'Product Manager',
  'Finance Partner', 'Sales Engineer', 'Partner Manager', 'Support Lead', 'Growth Marketer', 'Operations Analyst',
];
const RESULTS = [
  { title: 'Outbound pipeline', metric: 'Qualified opportunities created', unit: 'qualified opportunities', period: 'per month', target: 20, direction: 'at-least' },
  { title: 'Deals closed', metric: 'New customers signed', unit: 'customers', period: 'per quarter', target: 12, direction: 'at-least' },
  { title: 'Forecast accuracy', metric: 'Forecast error', unit: '%', period: 'per quarter', target: 10, direction: 'at-most' },
  { title: 'Churn', metric: 'Customers lost', unit: '%', period: 'per quarter', target: 2, direction: 'at-most' },
  { title: 'Expansion revenue', metric: 'Upsell revenue booked', unit: '€', period: 'per quarter', target: 250000, direction: 'at-least' },
  { title: 'Onboarding time', metric: 'Days to first value', unit: 'days', period: 'by end of Q2', target: 14, direction: 'at-most' },
  { title: 'Partner-sourced deals', metric: 'Deals sourced by partners', unit: 'deals', period: 'per quarter', target: 8, direction: 'at-least' },
  { title: 'Net promoter score', metric: 'NPS', unit: 'points', period: 'by year end', target: 45, direction: 'at-least' },
];
const VERBS = ['Run', 'Schedule', 'Write', 'Review', 'Update', 'Plan', 'Call', 'Clean up', 'Draft', 'Publish', 'Train', 'Measure', 'Fix', 'Prepare'];
const OBJECTS = [
  'the campaign', 'the calls', 'the proposal', 'the CRM', 'the pricing page', 'the renewal list', 'the onboarding guide', 'the QBR deck',
  'the win/loss notes', 'the partner briefing', 'the forecast sheet', 'the demo script', 'the lead scoring', 'the churn survey',
];

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. Same seed, same sequence. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [0, n). */
    int: (n) => Math.floor(next() * n),
    /** True with probability p. */
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

function initialsOf(name) {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) return Array.from(words[0]).slice(0, 2).join('').toUpperCase();
  return ((Array.from(words[0])[0] ?? '') + (Array.from(words.at(-1))[0] ?? '')).toUpperCase();
}

/**
 * A board of the given size. Outcomes get a mix of the four verdicts (most are owned with full
 * authority, some lack a target, an owner or authority); about one activity in ten is in the
 * parking lot; activities have zero to two assignees; about one in three is done.
 *
 * Titles are unique (they name the outcome regions and activity buttons the bench grabs).
 */
export function generateBoard(size, options = {}) {
  const spec = typeof size === 'string' ? SIZES[size] : size;
  if (!spec) throw new Error(`Unknown board size: ${String(size)}`);
  const name = typeof size === 'string' ? size : `${spec.outcomes}x${spec.activities}x${spec.people}`;
  const random = createRandom(options.seed ?? 20260314);
  const now = options.now ?? '2026-03-14T09:00:00.000Z';

  const people = [];
  for (let i = 0; i < spec.people; i++) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length];
    // Walks the last names at a different pace than the first names: every pair differs.
    const last = LAST_NAMES[(i + Math.floor(i / FIRST_NAMES.length)) % LAST_NAMES.length];
    const round = Math.floor(i / (FIRST_NAMES.length * LAST_NAMES.length));
    const personName = round === 0 ? `${first} ${last}` : `${first} ${last} ${round + 1}`;
    people.push({
      id: `bench-p-${i + 1}`,
      name: personName,
      role: random.pick(ROLES),
      newToRole: random.chance(0.15),
      colour: COLOURS[i % COLOURS.length],
      initials: initialsOf(personName),
    });
  }

  const outcomes = [];
  for (let i = 0; i < spec.outcomes; i++) {
    const result = RESULTS[i % RESULTS.length];
    const kind = random.next();
    // 60 % owned, 15 % task assignment (owner, no full authority), 15 % nobody owns, 10 % no target.
    const hasTarget = kind >= 0.1;
    const hasOwner = people.length > 0 && (kind < 0.75 || kind >= 0.9);
    const fullAuthority = hasOwner && kind < 0.6;
    const target = hasTarget ? result.target : null;
    const current = hasTarget && random.chance(0.8) ? Math.round(result.target * (0.3 + random.next() * 0.9)) : null;
    outcomes.push({
      id: `bench-o-${i + 1}`,
      title: `${result.title} ${i + 1}`,
      metric: hasTarget ? result.metric : '',
      target,
      unit: hasTarget ? result.unit : '',
      period: hasTarget ? result.period : '',
      current,
      direction: result.direction,
      revenueCritical: random.chance(0.3),
      ownerId: hasOwner ? people[random.int(people.length)].id : null,
      authority: fullAuthority
        ? { decidesHow: true, prioritisesResources: true, choosesApproaches: true }
        : { decidesHow: hasOwner && random.chance(0.5), prioritisesResources: false, choosesApproaches: hasOwner && random.chance(0.3) },
      notes: random.chance(0.2) ? `Agreed in the workshop: review ${result.title.toLowerCase()} every two weeks.` : '',
    });
  }

  const activities = [];
  for (let i = 0; i < spec.activities; i++) {
    const parked = outcomes.length === 0 || random.chance(0.1);
    const assigneeIds = [];
    const assignees = people.length === 0 ? 0 : random.int(3);
    for (let k = 0; k < assignees; k++) {
      const id = people[random.int(people.length)].id;
      if (!assigneeIds.includes(id)) assigneeIds.push(id);
    }
    activities.push({
      id: `bench-a-${i + 1}`,
      title: `${random.pick(VERBS)} ${random.pick(OBJECTS)} #${i + 1}`,
      outcomeId: parked ? null : outcomes[random.int(outcomes.length)].id,
      assigneeIds,
      done: random.chance(0.35),
    });
  }

  // Keep the activities of each outcome together in `activities` (the order is per container, so
  // this changes nothing on screen; it makes the array look like one a workshop produces).
  const order = new Map(outcomes.map((outcome, index) => [outcome.id, index]));
  const rank = (activity) => (activity.outcomeId === null ? outcomes.length : order.get(activity.outcomeId));
  activities.sort((a, b) => rank(a) - rank(b));

  return {
    id: `bench-board-${name}`,
    title: `Benchmark board (${name}: ${spec.outcomes} outcomes, ${spec.activities} activities, ${spec.people} people)`,
    purpose: 'Generated by scripts/bench/boards.mjs for the performance benchmark.',
    createdAt: now,
    updatedAt: now,
    people,
    outcomes,
    activities,
  };
}

/**
 * The record the app stores for a board (renderer/db/boards.ts toRecord): data version 1. The
 * library fields of schema 2 (revision, status) are set as the app's upgrade sets them for old
 * records; a schema-1 app ignores them.
 */
export function boardRecord(board) {
  return { id: board.id, dataVersion: 1, revision: 0, status: 'active', title: board.title, updatedAt: board.updatedAt, board };
}

/**
 * How reading a file goes wrong, in one shape shared by the importer and the migrations: a
 * sentence a facilitator can act on, and the JSON path of the culprit for anyone who opens the
 * file in an editor. Results, not exceptions: a hostile file is an expected input, not a crash.
 */
import { isolatedInSentence } from '../text';

export interface FormatProblem {
  /** A whole sentence naming what is wrong and where, ready to show as text. */
  readonly message: string;
  /** Where in the file, from its root: "board.outcomes[3].ownerId". */
  readonly path?: string;
}

export type Loose = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a key only when the file itself holds it: `record.constructor` on a plain object is
 * Object's constructor function, which must never be mistaken for a field of the file.
 */
export function own(record: Loose, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The kind of a JSON value in plain words, for "must be text, not a number". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text (${quote(value)})`;
    case 'number':
      return Number.isFinite(value) ? `a number (${String(value)})` : 'a number too large to hold';
    case 'boolean':
      return `true/false (${String(value)})`;
    case 'object':
      return 'an object';
    default:
      return 'something else';
  }
}

const QUOTE_LIMIT = 40;

/**
 * A file's text quoted in a message, cut short: a hostile id can be long and ugly. Isolated when it
 * holds right-to-left letters or direction controls: JSON escapes control characters but not a
 * right-to-left override (U+202E), which turned the rest of the warning backwards.
 */
export function quote(text: string): string {
  // Only the head is split into characters: a hostile string can be megabytes long.
  const chars = Array.from(text.slice(0, QUOTE_LIMIT * 2 + 1));
  const shown = chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT).join('')}…` : chars.join('');
  return isolatedInSentence(JSON.stringify(shown));
}

/** 50000 -> "50,000": the same on every machine, unlike toLocaleString. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/** 1 -> "1st", 2 -> "2nd", 13 -> "13th", 22 -> "22nd": a place in a list, as a person counts it. */
export function ordinal(position: number): string {
  const lastTwo = position % 100;
  const last = position % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${String(position)}${suffix}`;
}

// What the file's lists hold, one of them (board.outcomes[3] -> "the 4th outcome").
const LIST_ITEMS: Readonly<Record<string, string>> = {
  people: 'person',
  outcomes: 'outcome',
  activities: 'activity',
  assigneeIds: 'assignee',
  owners: 'owner',
  ownerIds: 'owner',
  authority: 'kind of authority',
};

// The file's keys in the board's own words; a key not here is quoted as the file writes it.
const FIELD_WORDS: Readonly<Record<string, string>> = {
  id: 'id',
  origin: 'origin (the id of the map it is a version of)',
  title: 'title',
  purpose: 'purpose',
  createdAt: 'creation date',
  people: 'list of people',
  outcomes: 'list of outcomes',
  activities: 'list of activities',
  name: 'name',
  role: 'role',
  colour: 'colour',
  initials: 'initials',
  newToRole: '“new to the role” mark',
  metric: 'metric',
  target: 'target',
  unit: 'unit',
  period: 'period',
  current: 'current value',
  direction: 'direction',
  revenueCritical: '“revenue-critical” mark',
  notes: 'notes',
  ownerId: 'owner',
  owner: 'owner',
  owners: 'owners',
  ownerIds: 'owners',
  authority: 'authority',
  decidesHow: 'authority to decide how',
  prioritisesResources: 'authority to prioritise resources',
  choosesApproaches: 'authority to choose approaches',
  result: 'result',
  outcomeId: 'outcome',
  assigneeIds: 'assignees',
  done: '“done” mark',
};

/**
 * A place in the file in a facilitator's words: "board.outcomes[3].title" -> "the 4th outcome's
 * title", "board.activities[0].assigneeIds[1]" -> "the 1st activity's 2nd assignee". Someone who
 * has never read JSON can find the 4th outcome on a printed map; the JSON path itself stays with the
 * problem (FormatProblem.path), shown apart for whoever opens the file in an editor.
 */
export function placeInFile(path: string): string {
  const steps = Array.from(path.matchAll(/([^.[\]]+)|\[(\d+)\]/gu), (match) => match[1] ?? Number(match[2]));
  // Every path of a board starts at "board"; one that does not is said as it is.
  if (steps[0] !== 'board') return `“${path}”`;
  let place = 'the board';
  let owned = false;
  for (const [at, step] of steps.entries()) {
    if (at === 0) continue;
    if (typeof step === 'number') continue; // said with the key before it
    const next = steps[at + 1];
    // "authority.decidesHow" is one thing to a reader: "the authority to decide how".
    if (step === 'authority' && typeof next === 'string') continue;
    if (typeof next === 'number') {
      const item = `${ordinal(next + 1)} ${LIST_ITEMS[step] ?? `item of “${step}”`}`;
      // The board's own lists are said on their own: "the 4th outcome", not "the board's 4th outcome".
      place = place === 'the board' && !owned ? `the ${item}` : `${place}'s ${item}`;
    } else {
      place = `${place}'s ${FIELD_WORDS[step] ?? `“${step}”`}`;
    }
    owned = true;
  }
  return place;
}

/** placeInFile at the start of a sentence: "The 4th outcome's title". */
export function placeStartingSentence(path: string): string {
  const place = placeInFile(path);
  return place.charAt(0).toUpperCase() + place.slice(1);
}

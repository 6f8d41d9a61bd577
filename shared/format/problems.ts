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

/**
 * Finding things on a board by what they are called: the board's "Find" (Ctrl/Cmd+F). On a large
 * board the browser's Find in page finds only the cards drawn near the screen (the rest are shells,
 * renderer/board/windowing.ts), and the desktop app has no Find in page at all; this looks through
 * the board itself, so every outcome, activity and person can be found, and gone to.
 *
 * Pure: a board and what was typed in, the matches out, in the order the map reads (outcomes, then
 * each outcome's activities and the parking lot's, then the people). A search is one pass over
 * texts folded once a board (`searchable`): a board of 10,000 activities answers a keystroke in a
 * few milliseconds.
 */
import { activitiesInMapOrder, type ActivityId, type Board, type OutcomeId, type PersonId } from './model';

/** One thing found, with what the list says of it besides its name. */
export type Found =
  | { readonly kind: 'outcome'; readonly id: OutcomeId; readonly name: string }
  | { readonly kind: 'activity'; readonly id: ActivityId; readonly name: string; readonly outcome: string | null }
  | { readonly kind: 'person'; readonly id: PersonId; readonly name: string; readonly role: string };

interface Entry {
  readonly found: Found;
  readonly folded: string;
}

/** A board's names, folded for finding, in the order the map reads. */
export interface Searchable {
  readonly entries: readonly Entry[];
}

/**
 * Text as it is compared: case, accents and how they are written aside ("José" finds "jose" and a
 * "Jose" typed with a combining accent), and runs of spaces made one. Not toLocaleLowerCase: the same
 * board would be searched differently on a computer set to Turkish.
 */
export function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function searchable(board: Board): Searchable {
  const outcomes = new Map(board.outcomes.map((outcome) => [outcome.id, outcome.title]));
  const entries: Entry[] = [];
  for (const outcome of board.outcomes) entries.push({ found: { kind: 'outcome', id: outcome.id, name: outcome.title }, folded: folded(outcome.title) });
  for (const activity of activitiesInMapOrder(board)) {
    const outcome = activity.outcomeId === null ? null : (outcomes.get(activity.outcomeId) ?? null);
    entries.push({ found: { kind: 'activity', id: activity.id, name: activity.title, outcome }, folded: folded(activity.title) });
  }
  for (const person of board.people) entries.push({ found: { kind: 'person', id: person.id, name: person.name, role: person.role }, folded: folded(person.name) });
  return { entries };
}

export interface FindResult {
  /** The first `limit` matches. */
  readonly shown: readonly Found[];
  /** How many match in all. */
  readonly total: number;
}

/** What matches `query` (all its words, in any order, each anywhere in a name): the first `limit`, and how many in all. */
export function findOnBoard(board: Searchable, query: string, limit: number): FindResult {
  const words = folded(query).split(' ').filter(Boolean);
  if (words.length === 0) return { shown: [], total: 0 };
  const shown: Found[] = [];
  let total = 0;
  for (const entry of board.entries) {
    if (!words.every((word) => entry.folded.includes(word))) continue;
    total++;
    if (shown.length < limit) shown.push(entry.found);
  }
  return { shown, total };
}

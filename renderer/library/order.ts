/**
 * The orders the library lists boards in: last edited first (the default: the board worked on
 * yesterday is on top), by title (a facilitator with forty boards looks one up by name) or by when
 * it was created, newest first (a copy made for each workshop stays where it was made, however often
 * its older siblings are edited). The person's choice is kept in storage (db/library.ts).
 */
import { isOneOf } from '../../shared/oneOf';

export const LIBRARY_ORDERS = ['edited', 'title', 'created'] as const;
export type LibraryOrder = (typeof LIBRARY_ORDERS)[number];

export const DEFAULT_LIBRARY_ORDER: LibraryOrder = 'edited';

/** What the sort control shows for each order. */
export const ORDER_LABELS: Readonly<Record<LibraryOrder, string>> = {
  edited: 'Last edited',
  title: 'Title A–Z',
  created: 'Created, newest first',
};

/** What a screen reader hears once the list has been put in an order (a live region). */
export const ORDER_ANNOUNCEMENTS: Readonly<Record<LibraryOrder, string>> = {
  edited: 'Boards sorted by last edited, most recent first.',
  title: 'Boards sorted by title, A to Z.',
  created: 'Boards sorted by when they were created, newest first.',
};

export const isLibraryOrder = (value: unknown): value is LibraryOrder => isOneOf(LIBRARY_ORDERS, value);

/** What each order compares of a board. */
export interface Sortable {
  readonly id: string;
  readonly title: string;
  readonly updatedAt: string;
  readonly createdAt: string;
}

// Made once: a collator is costly to create. The computer's own language (the person's alphabet:
// "Ä" after "A" in German, after "Z" in Swedish); case and accents aside ("révenue" beside
// "Revenue"); numbers as numbers ("Workshop 2" before "Workshop 10").
let collator: Intl.Collator | undefined;
const compareTitles = (a: string, b: string) => {
  collator ??= new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
};

// ISO-8601 times of the app's own writing compare as text; most recent first.
const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

// Ties left after an order's own tie-break: a fixed order, so a list never reshuffles between two reads.
const byId = (a: Sortable, b: Sortable) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const COMPARE: Readonly<Record<LibraryOrder, (a: Sortable, b: Sortable) => number>> = {
  edited: (a, b) => newestFirst(a.updatedAt, b.updatedAt),
  // Two boards of one title (a copy, a namesake import): the one edited last first.
  title: (a, b) => compareTitles(a.title, b.title) || newestFirst(a.updatedAt, b.updatedAt),
  created: (a, b) => newestFirst(a.createdAt, b.createdAt) || newestFirst(a.updatedAt, b.updatedAt),
};

/**
 * The boards in `order`, a new array. Ties left after the order's own tie-break keep a fixed order
 * (by id), so the list never reshuffles between two reads of the same boards.
 */
export function sortBoards<T extends Sortable>(boards: readonly T[], order: LibraryOrder): T[] {
  const compare = COMPARE[order];
  return [...boards].sort((a, b) => compare(a, b) || byId(a, b));
}

/** What the trash's order compares of a board besides: when it went into the trash. */
export interface Trashed extends Sortable {
  readonly trashedAt: string | null;
}

/**
 * The trash, most recently trashed first, whatever the library's order: what is looked for there
 * is mostly the board just put there by mistake. (A board without the stamp goes last, by last edited.)
 */
export function sortTrash<T extends Trashed>(boards: readonly T[]): T[] {
  return [...boards].sort((a, b) => newestFirst(a.trashedAt ?? '', b.trashedAt ?? '') || COMPARE.edited(a, b) || byId(a, b));
}

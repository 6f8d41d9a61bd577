/**
 * The difference between two states of one board, small enough to save after every edit.
 *
 * Boards are immutable: a command returns a new board that shares every unchanged person, outcome
 * and activity with the old one. `diffBoards` compares by identity, so it costs one pass over the
 * arrays and finds exactly what an edit touched: usually one changed item, or one item moved to
 * another place (a drag), described in a few hundred bytes instead of the whole board. Undo, redo
 * and restore are just other pairs of states, so they diff the same way.
 *
 * `applyBoardPatch` rebuilds the later state from the earlier one exactly (same order, same
 * values). The board's id and origin are not among the fields a patch carries: both are fixed when
 * the board is made (shared/model), and the patched board keeps them from the one it is applied to. It checks what it can — the index ranges and the resulting lengths — and throws
 * PatchError rather than build a wrong board from a patch that does not fit.
 */
import type { Activity, Board, Outcome, Person } from './model';

/** Replace `deleteCount` items at `start` with `items`. */
export interface SpliceChange<T> {
  readonly kind: 'splice';
  readonly start: number;
  readonly deleteCount: number;
  readonly items: readonly T[];
  /** The array's length afterwards (a check). */
  readonly length: number;
}

/** Take the item at `from` out, then put `item` (its new value) at `to` of what is left. */
export interface MoveChange<T> {
  readonly kind: 'move';
  readonly from: number;
  readonly to: number;
  readonly item: T;
  readonly length: number;
}

export type ArrayChange<T> = SpliceChange<T> | MoveChange<T>;

type BoardFields = Pick<Board, 'title' | 'purpose' | 'createdAt' | 'updatedAt'>;

export interface BoardPatch {
  readonly fields?: Partial<BoardFields>;
  readonly people?: ArrayChange<Person>;
  readonly outcomes?: ArrayChange<Outcome>;
  readonly activities?: ArrayChange<Activity>;
}

export class PatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatchError';
  }
}

const FIELD_KEYS = ['title', 'purpose', 'createdAt', 'updatedAt'] as const satisfies readonly (keyof BoardFields)[];

/** What changed from `before` to `after` (the same board), or null when nothing did. */
export function diffBoards(before: Board, after: Board): BoardPatch | null {
  if (before.id !== after.id) throw new PatchError('A patch describes changes to one board, not a different board.');
  if (before === after) return null;
  const fields: Partial<Record<keyof BoardFields, string>> = {};
  let anyField = false;
  for (const key of FIELD_KEYS) {
    if (before[key] !== after[key]) {
      fields[key] = after[key];
      anyField = true;
    }
  }
  const people = diffArray(before.people, after.people);
  const outcomes = diffArray(before.outcomes, after.outcomes);
  const activities = diffArray(before.activities, after.activities);
  if (!anyField && !people && !outcomes && !activities) return null;
  return {
    ...(anyField ? { fields } : {}),
    ...(people ? { people } : {}),
    ...(outcomes ? { outcomes } : {}),
    ...(activities ? { activities } : {}),
  };
}

export function applyBoardPatch(board: Board, patch: BoardPatch): Board {
  return {
    ...board,
    ...patch.fields,
    people: patch.people ? applyArrayChange(board.people, patch.people, 'people') : board.people,
    outcomes: patch.outcomes ? applyArrayChange(board.outcomes, patch.outcomes, 'outcomes') : board.outcomes,
    activities: patch.activities ? applyArrayChange(board.activities, patch.activities, 'activities') : board.activities,
  };
}

/** How many people, outcomes and activities the patch carries in full (its size, roughly). */
export function patchItemCount(patch: BoardPatch): number {
  return changeItems(patch.people) + changeItems(patch.outcomes) + changeItems(patch.activities);
}

function changeItems(change: ArrayChange<unknown> | undefined): number {
  if (!change) return 0;
  return change.kind === 'move' ? 1 : change.items.length;
}

function diffArray<T>(before: readonly T[], after: readonly T[]): ArrayChange<T> | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before[prefix] === after[prefix]) prefix++;
  if (prefix === before.length && prefix === after.length) return null;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  const span = before.length - prefix - suffix;
  if (before.length === after.length && span >= 2) {
    const move = findMove(before, after, prefix, span);
    if (move) return move;
  }
  return { kind: 'splice', start: prefix, deleteCount: span, items: after.slice(prefix, after.length - suffix), length: after.length };
}

/** One item taken from one end of the changed span and put at the other (a drag), else null. */
function findMove<T>(before: readonly T[], after: readonly T[], start: number, span: number): MoveChange<T> | null {
  const end = start + span - 1;
  // The first item moved down to the end of the span: after[start..end-1] === before[start+1..end].
  let down = true;
  for (let i = start; i < end && down; i++) down = after[i] === before[i + 1];
  if (down) return { kind: 'move', from: start, to: end, item: after[end] as T, length: after.length };
  // The last item moved up to the start: after[start+1..end] === before[start..end-1].
  let up = true;
  for (let i = start + 1; i <= end && up; i++) up = after[i] === before[i - 1];
  if (up) return { kind: 'move', from: end, to: start, item: after[start] as T, length: after.length };
  return null;
}

function applyArrayChange<T>(array: readonly T[], change: ArrayChange<T>, name: string): readonly T[] {
  let next: T[];
  if (change.kind === 'move') {
    if (!isIndex(change.from, array.length) || !isIndex(change.to, array.length)) {
      throw new PatchError(`A saved change moves ${name} outside the board.`);
    }
    next = array.slice();
    next.splice(change.from, 1);
    next.splice(change.to, 0, change.item);
  } else {
    if (!isIndex(change.start, array.length + 1) || !Number.isInteger(change.deleteCount) || change.deleteCount < 0 || change.start + change.deleteCount > array.length) {
      throw new PatchError(`A saved change replaces ${name} outside the board.`);
    }
    // Array literals, not splice(...items): a spread argument list has a size limit.
    next = [...array.slice(0, change.start), ...change.items, ...array.slice(change.start + change.deleteCount)];
  }
  if (next.length !== change.length) throw new PatchError(`A saved change does not fit the board's ${name}.`);
  return next;
}

function isIndex(value: number, length: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < length;
}

/**
 * `after` sharing `before`'s objects wherever they hold the same values: a person, an outcome or an
 * activity equal to `before`'s of the same id is `before`'s, and a list with nothing changed is
 * `before`'s list. A board read from storage (another window's version) shares nothing with the one
 * in memory, and diffBoards (or describing the difference) compares by identity: without this every
 * item would count as changed.
 */
export function sharingUnchanged(before: Board, after: Board): Board {
  return {
    ...after,
    people: shareItems(before.people, after.people),
    outcomes: shareItems(before.outcomes, after.outcomes),
    activities: shareItems(before.activities, after.activities),
  };
}

function shareItems<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]): readonly T[] {
  const byId = new Map(before.map((item) => [item.id, item]));
  const shared = after.map((item) => {
    const old = byId.get(item.id);
    return old !== undefined && sameValue(old, item) ? old : item;
  });
  return shared.length === before.length && shared.every((item, i) => item === before[i]) ? before : shared;
}

/** Whether two pieces of plain data (what a board is made of) hold the same values, whatever the order of their keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(recordB, key) && sameValue(recordA[key], recordB[key]));
}

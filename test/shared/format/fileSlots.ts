/**
 * The places in a parsed file that hold a value, for the fuzz tests that break files field by
 * field: found without recursion, read and written in place.
 */
import { isJsonRecord, type JsonRecord } from './files';

export type Container = JsonRecord | unknown[];
export interface Slot {
  readonly container: Container;
  readonly key: string | number;
}

/** Every place in the parsed file that holds a value, found without recursion. */
export function slots(root: JsonRecord): Slot[] {
  const found: Slot[] = [];
  const stack: Container[] = [root];
  for (let container = stack.pop(); container !== undefined; container = stack.pop()) {
    const entries: [string | number, unknown][] = Array.isArray(container) ? [...container.entries()] : Object.entries(container);
    for (const [key, value] of entries) {
      found.push({ container, key });
      if (Array.isArray(value) || isJsonRecord(value)) stack.push(value);
    }
  }
  return found;
}

export function read(slot: Slot): unknown {
  return Array.isArray(slot.container) ? slot.container[slot.key as number] : slot.container[slot.key as string];
}

export function write(slot: Slot, value: unknown): void {
  if (Array.isArray(slot.container)) slot.container[slot.key as number] = value;
  else slot.container[slot.key as string] = value;
}

export function entities(root: JsonRecord, kind?: 'people' | 'outcomes' | 'activities'): JsonRecord[] {
  const board = root.board;
  if (!isJsonRecord(board)) return [];
  const kinds = kind === undefined ? (['people', 'outcomes', 'activities'] as const) : [kind];
  return kinds.flatMap((name) => {
    const list = board[name];
    return Array.isArray(list) ? list.filter(isJsonRecord) : [];
  });
}

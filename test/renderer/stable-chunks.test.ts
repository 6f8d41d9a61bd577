/**
 * stableChunks (renderer/board/windowing.ts): a windowed list's chunks keep the rows they held, so
 * that a row added, removed or moved remounts that row alone, not one row at every later chunk
 * boundary (as cuts at fixed places did).
 */
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, chunksOf, stableChunks } from '../../renderer/board/windowing';

const list = (n: number, prefix = 'r') => Array.from({ length: n }, (_, i) => `${prefix}${String(i)}`);
const same = (key: string) => key;
const keysOf = (chunks: readonly (readonly string[])[]) => chunks.map((chunk) => [...chunk]);
const sizes = (chunks: readonly (readonly string[])[]) => chunks.map((chunk) => chunk.length);

describe('stableChunks', () => {
  it('cuts a list seen for the first time at every CHUNK_SIZE rows', () => {
    expect(CHUNK_SIZE).toBe(10);
    expect(stableChunks(undefined, list(25), same)).toEqual(chunksOf(list(25)));
    expect(sizes(stableChunks([], list(25), same))).toEqual([10, 10, 5]);
  });

  it('keeps every other chunk as it was when a row is removed from the top, or added there', () => {
    const before = chunksOf(list(30));
    const removed = stableChunks(before, list(30).slice(1), same);
    expect(keysOf(removed)).toEqual([before[0]?.slice(1), before[1], before[2]]);
    const added = stableChunks(before, ['new', ...list(30)], same);
    expect(keysOf(added)).toEqual([['new', ...(before[0] ?? [])], before[1], before[2]]);
    // Fixed cuts moved a row across each later boundary.
    expect(chunksOf(list(30).slice(1))[1]).not.toEqual(before[1]);
  });

  it('puts a row moved within the list into the chunk of the row before it, and leaves the rest', () => {
    const before = chunksOf(list(30));
    // r25 moved to the top, r3 moved after r14.
    const order = ['r25', ...list(30).filter((k) => k !== 'r25' && k !== 'r3')];
    order.splice(order.indexOf('r14') + 1, 0, 'r3');
    const chunks = stableChunks(before, order, same);
    expect(keysOf(chunks)).toEqual([
      ['r25', 'r0', 'r1', 'r2', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9'],
      ['r10', 'r11', 'r12', 'r13', 'r14', 'r3', 'r15', 'r16', 'r17', 'r18', 'r19'],
      ['r20', 'r21', 'r22', 'r23', 'r24', 'r26', 'r27', 'r28', 'r29'],
    ]);
    expect(chunks.flat()).toEqual(order);
  });

  it('drops a chunk left empty, and cuts a chunk grown past twice CHUNK_SIZE again', () => {
    const before = chunksOf(list(30));
    expect(keysOf(stableChunks(before, list(30).slice(10), same))).toEqual([before[1], before[2]]);
    const grown = stableChunks(before, [...list(21, 'n'), ...list(30)], same);
    expect(sizes(grown)).toEqual([10, 10, 10, 1, 10, 10]);
    expect(grown.flat()).toEqual([...list(21, 'n'), ...list(30)]);
  });

  it('cuts the list afresh when its chunks have become too many and small for its length', () => {
    // Ten chunks of one row each (what is left of ten full chunks): too many for 10 rows.
    const before = chunksOf(list(100));
    const left = list(100).filter((_, i) => i % 10 === 0);
    expect(sizes(stableChunks(before, left, same))).toEqual([10]);
    // Three chunks for 12 rows are not too many.
    const some = [...list(100).slice(0, 5), ...list(100).slice(10, 12), ...list(100).slice(20, 25)];
    expect(sizes(stableChunks(before, some, same))).toEqual([5, 2, 5]);
  });

  it('gives the same chunks again for the same rows (a render done twice changes nothing)', () => {
    const before = chunksOf(list(40));
    const order = ['x', ...list(40).slice(3), 'y', 'z'];
    const once = stableChunks(before, order, same);
    expect(stableChunks(keysOf(once), order, same)).toEqual(once);
  });

  it('keeps every row once, in the list’s order, whatever the change', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let rows = list(57);
    let chunks: string[][] = chunksOf(rows);
    let next = 0;
    for (let step = 0; step < 400; step++) {
      const at = Math.floor(random() * (rows.length + 1));
      const roll = random();
      if (roll < 0.4 && rows.length > 0) rows = rows.filter((_, i) => i !== Math.min(at, rows.length - 1));
      else if (roll < 0.8) rows = [...rows.slice(0, at), `n${String(next++)}`, ...rows.slice(at)];
      else rows = [...rows].reverse();
      chunks = stableChunks(chunks, rows, same);
      expect(chunks.flat()).toEqual(rows);
      expect(chunks.every((chunk) => chunk.length > 0 && chunk.length <= 2 * CHUNK_SIZE)).toBe(true);
      expect(chunks.length).toBeLessThanOrEqual(2 * Math.ceil(rows.length / CHUNK_SIZE) + 1);
    }
  });
});

/**
 * The board's health is computed once per state: an undo brings a state back as a new board stamped
 * now (with the items it had), and its health comes from the cache, not from computing it again.
 */
import { describe, expect, it } from 'vitest';
import { healthFor } from '../../renderer/board/healthCache';
import { createSampleBoard } from '../../shared/sample';

describe('healthFor', () => {
  it('gives a state brought back (same items, a new stamp) the health already computed', () => {
    const board = createSampleBoard();
    const health = healthFor(board);
    const edited = { ...board, outcomes: board.outcomes.map((o, i) => (i === 0 ? { ...o, current: 20 } : o)), updatedAt: '2026-11-28T12:00:00.000Z' };
    const editedHealth = healthFor(edited);
    expect(editedHealth).not.toBe(health);
    // Undone: the first state's items, stamped later.
    expect(healthFor({ ...board, updatedAt: '2026-11-28T12:01:00.000Z' })).toBe(health);
    // Redone.
    expect(healthFor({ ...edited, updatedAt: '2026-11-28T12:02:00.000Z' })).toBe(editedHealth);
  });

  it('a state with other items is computed anew', () => {
    const board = createSampleBoard();
    const health = healthFor(board);
    const ticked = { ...board, activities: board.activities.map((a, i) => (i === 0 ? { ...a, done: !a.done } : a)) };
    expect(healthFor(ticked)).not.toBe(health);
    expect(healthFor({ ...board, people: [...board.people] })).not.toBe(health);
  });
});

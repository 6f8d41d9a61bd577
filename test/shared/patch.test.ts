/**
 * Board patches: what persistence writes after each edit instead of the whole board. The long
 * random walk in commands.test.ts checks that every accepted intent (and its undo) round-trips;
 * these cases pin the shapes and the refusals.
 */
import { describe, expect, it } from 'vitest';
import { applyIntent } from '../../shared/commands';
import type { Intent } from '../../shared/intents';
import type { Activity, Board } from '../../shared/model';
import { applyBoardPatch, diffBoards, PatchError, patchItemCount, sharingUnchanged, type BoardPatch } from '../../shared/patch';
import { createSampleBoard } from '../../shared/sample';

const sample = createSampleBoard();

function apply(board: Board, intent: Intent): Board {
  const result = applyIntent(board, intent);
  if (!result.ok) throw new Error(result.error.message);
  return result.board;
}

/** A board of `n` activities spread over the sample's outcomes, like a big workshop. */
function bigBoard(n: number): Board {
  const outcomes = sample.outcomes;
  const activities: Activity[] = Array.from({ length: n }, (_, i) => ({
    id: `a-${i}` as Activity['id'],
    title: `Activity ${i}`,
    outcomeId: (outcomes[Math.floor((i * outcomes.length) / n)]?.id ?? null),
    assigneeIds: [],
    done: i % 3 === 0,
  }));
  return { ...sample, activities };
}

describe('diffBoards', () => {
  it('is null when nothing changed', () => {
    expect(diffBoards(sample, sample)).toBeNull();
    expect(diffBoards(sample, { ...sample })).toBeNull();
  });

  it('describes a drag into another outcome as one moved activity, however big the board', () => {
    const board = bigBoard(1500);
    const first = board.activities[0];
    const last = board.outcomes.at(-1);
    if (!first || !last) throw new Error('fixture');
    const moved = apply(board, { type: 'activity/move', activityId: first.id, toOutcomeId: last.id, toIndex: 3 });
    const patch = diffBoards(board, moved);
    expect(patch?.activities?.kind).toBe('move');
    expect(patch && patchItemCount(patch)).toBe(1);
    expect(Object.keys(patch ?? {})).toEqual(['activities']);
    // A few hundred bytes instead of the whole board.
    expect(JSON.stringify(patch).length).toBeLessThan(400);
    expect(JSON.stringify(board).length).toBeGreaterThan(100_000);
    expect(applyBoardPatch(board, structuredClone(patch as BoardPatch))).toEqual(moved);
    // Undo is the reverse move.
    const back = diffBoards(moved, board);
    expect(back?.activities?.kind).toBe('move');
    expect(applyBoardPatch(moved, back as BoardPatch)).toEqual(board);
  });

  it('carries only the changed item of an edit, and the board fields that changed', () => {
    const target = sample.activities[2];
    if (!target) throw new Error('fixture');
    const edited = { ...apply(sample, { type: 'activity/edit', activityId: target.id, patch: { title: 'Renamed' } }), updatedAt: '2026-11-28T10:00:00.000Z' };
    const patch = diffBoards(sample, edited);
    expect(patch).toEqual({
      fields: { updatedAt: '2026-11-28T10:00:00.000Z' },
      activities: { kind: 'splice', start: 2, deleteCount: 1, items: [{ ...target, title: 'Renamed' }], length: sample.activities.length },
    });
  });

  it('refuses to compare two different boards', () => {
    expect(() => diffBoards(sample, { ...sample, id: 'other' as Board['id'] })).toThrow(PatchError);
  });
});

describe('applyBoardPatch', () => {
  const length = sample.activities.length;
  const first = sample.activities[0] as Activity;
  it.each<[string, BoardPatch]>([
    ['a move from outside the list', { activities: { kind: 'move', from: length, to: 0, item: sample.activities[0] as Activity, length } }],
    ['a move to a negative place', { activities: { kind: 'move', from: 0, to: -1, item: sample.activities[0] as Activity, length } }],
    ['a splice past the end', { activities: { kind: 'splice', start: length - 1, deleteCount: 2, items: [], length: length - 2 } }],
    ['a fractional start', { outcomes: { kind: 'splice', start: 0.5, deleteCount: 0, items: [], length: sample.outcomes.length } }],
    ['a wrong resulting length', { people: { kind: 'splice', start: 0, deleteCount: 1, items: [], length: sample.people.length } }],
    // Each of these carries the length that slicing and splicing would quietly make of it: only the range check stands between it and a board.
    ['a splice deleting past the end, whatever its length', { activities: { kind: 'splice', start: length - 1, deleteCount: 2, items: [], length: length - 1 } }],
    ['a splice starting past the end', { activities: { kind: 'splice', start: length + 1, deleteCount: 0, items: [first], length: length + 1 } }],
    ['a splice at a negative place', { activities: { kind: 'splice', start: -1, deleteCount: 0, items: [first], length: length + 1 } }],
    ['a negative delete count', { activities: { kind: 'splice', start: 0, deleteCount: -1, items: [], length: 1 } }],
    ['a fractional delete count', { activities: { kind: 'splice', start: 0, deleteCount: 0.5, items: [], length } }],
    ['a move to past the end', { activities: { kind: 'move', from: 0, to: length, item: first, length } }],
    ['a move from past the end', { activities: { kind: 'move', from: length, to: 0, item: first, length: length + 1 } }],
  ])('refuses %s instead of building a wrong board', (_name, patch) => {
    expect(() => applyBoardPatch(sample, patch)).toThrow(PatchError);
  });

  it('takes a splice right at the end (adding), deleting the last item, and a move to the last place', () => {
    const added = { ...first, id: 'a-new' as Activity['id'] };
    expect(applyBoardPatch(sample, { activities: { kind: 'splice', start: length, deleteCount: 0, items: [added], length: length + 1 } }).activities).toEqual([...sample.activities, added]);
    expect(applyBoardPatch(sample, { activities: { kind: 'splice', start: length - 1, deleteCount: 1, items: [], length: length - 1 } }).activities).toEqual(sample.activities.slice(0, -1));
    expect(applyBoardPatch(sample, { activities: { kind: 'move', from: 0, to: length - 1, item: first, length } }).activities).toEqual([...sample.activities.slice(1), first]);
  });

  it('rebuilds a board with 100,000 activities replaced at once (no argument-list limit)', () => {
    const board = bigBoard(10);
    const items = bigBoard(100_000).activities;
    const patch: BoardPatch = { activities: { kind: 'splice', start: 0, deleteCount: 10, items, length: items.length } };
    expect(applyBoardPatch(board, patch).activities).toHaveLength(100_000);
  });
});

describe('sharingUnchanged', () => {
  /** The sample as another window's version of it, read from storage: equal, sharing nothing. */
  const fresh = (): Board => structuredClone(sample);

  it('gives back the earlier objects and lists where the values are the same, whatever the order of their keys', () => {
    const [person, ...others] = fresh().people;
    if (!person) throw new Error('fixture');
    const after: Board = { ...fresh(), people: [Object.fromEntries(Object.entries(person).reverse()) as unknown as typeof person, ...others] };
    const shared = sharingUnchanged(sample, after);
    expect(shared.people).toBe(sample.people);
    expect(shared.outcomes).toBe(sample.outcomes);
    expect(shared.activities).toBe(sample.activities);
    expect(diffBoards(sample, shared)).toBeNull();
  });

  it('does not share an activity that gained an assignee at the end of its list', () => {
    const index = sample.activities.findIndex((activity) => activity.assigneeIds.length > 0 && activity.assigneeIds.length < sample.people.length);
    const target = sample.activities[index];
    const newcomer = sample.people.find((person) => !target?.assigneeIds.includes(person.id));
    if (!target || !newcomer) throw new Error('fixture');
    const after: Board = { ...fresh(), activities: fresh().activities.map((activity, i) => (i === index ? { ...activity, assigneeIds: [...activity.assigneeIds, newcomer.id] } : activity)) };
    const shared = sharingUnchanged(sample, after);
    expect(shared.activities[index]).toBe(after.activities[index]);
    expect(shared.activities[index === 0 ? 1 : 0]).toBe(sample.activities[index === 0 ? 1 : 0]);
    expect(diffBoards(sample, shared)).toEqual({
      activities: { kind: 'splice', start: index, deleteCount: 1, items: [after.activities[index]], length: sample.activities.length },
    });
  });

  it('does not count an extra key, a missing key, another key or a list for an object as the same', () => {
    const person = sample.people[0];
    const activity = sample.activities[0];
    if (!person || !activity) throw new Error('fixture');
    const differentPerson = (changed: object): Board => ({ ...fresh(), people: [changed as typeof person, ...fresh().people.slice(1)] });
    const { role: _role, ...withoutRole } = person;
    for (const after of [
      differentPerson({ ...person, pronouns: 'she/her' }),
      differentPerson(withoutRole),
      differentPerson({ ...withoutRole, title: person.role }),
    ]) {
      expect(sharingUnchanged(sample, after).people[0]).toBe(after.people[0]);
    }
    // Two different keys, both holding nothing.
    const before: Board = { ...sample, people: [{ ...person, a: undefined } as typeof person] };
    const other: Board = { ...sample, people: [{ ...person, b: undefined } as typeof person] };
    expect(sharingUnchanged(before, other).people[0]).toBe(other.people[0]);
    // An empty list is not an empty object.
    const none: Board = { ...sample, activities: [{ ...activity, assigneeIds: [] }] };
    const noneAsObject: Board = { ...sample, activities: [{ ...activity, assigneeIds: {} as unknown as Activity['assigneeIds'] }] };
    expect(sharingUnchanged(none, noneAsObject).activities[0]).toBe(noneAsObject.activities[0]);
  });
});

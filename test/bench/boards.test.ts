// The bench's generated boards are boards the app accepts: every invariant shared/commands
// enforces holds (the same check the importer's tests use), the file format reads them back
// unchanged and without a warning, the commands work on them, and they are the same every run.
import { describe, expect, it } from 'vitest';
import { applyIntent } from '../../shared/commands';
import { boardHealth } from '../../shared/health';
import { parseBoardFile, serializeBoard } from '../../shared/format';
import { LIMITS, type Board } from '../../shared/model';
import { boardRecord, createRandom, generateBoard, SIZES, type SizeName } from '../../scripts/bench/boards.mjs';
import { boardViolations } from '../shared/format/invariants';

const NAMES = Object.keys(SIZES) as SizeName[];
const NOW = '2026-03-14T10:00:00.000Z';

describe('generated boards', () => {
  it.each(NAMES)('%s has the size asked for', (name) => {
    const board = generateBoard(name);
    expect(board.outcomes).toHaveLength(SIZES[name].outcomes);
    expect(board.activities).toHaveLength(SIZES[name].activities);
    expect(board.people).toHaveLength(SIZES[name].people);
  });

  it.each(NAMES)('%s keeps every invariant of shared/commands', (name) => {
    expect(boardViolations(generateBoard(name))).toEqual([]);
  });

  it.each(['small', 'workshop', 'large'] as const)('%s survives export and import unchanged, with no warning', (name) => {
    const board = generateBoard(name);
    const result = parseBoardFile(serializeBoard(board, { appVersion: 'bench', now: NOW }), { newId: () => 'imported', now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.warnings).toEqual([]);
    expect(result.board.people).toEqual(board.people);
    expect(result.board.outcomes).toEqual(board.outcomes);
    expect(result.board.activities).toEqual(board.activities);
  });

  it('has unique titles (the bench finds outcomes and activities by them) and names', () => {
    const board = generateBoard('huge');
    expect(new Set(board.outcomes.map((o) => o.title)).size).toBe(board.outcomes.length);
    expect(new Set(board.activities.map((a) => a.title)).size).toBe(board.activities.length);
    expect(new Set(board.people.map((p) => p.name)).size).toBe(board.people.length);
  });

  it('looks like a workshop: every verdict, a parking lot, shared and done tasks', () => {
    const board = generateBoard('large');
    const health = boardHealth(board);
    const verdicts = new Set([...health.outcomes.values()].map((h) => h.verdict));
    expect(verdicts).toEqual(new Set(['owned', 'task-not-outcome', 'nobody-owns', 'task-assignment']));
    const parked = board.activities.filter((a) => a.outcomeId === null).length;
    expect(parked).toBeGreaterThan(board.activities.length * 0.05);
    expect(parked).toBeLessThan(board.activities.length * 0.2);
    expect(board.activities.some((a) => a.assigneeIds.length > 1)).toBe(true);
    expect(board.activities.some((a) => a.done)).toBe(true);
    expect(board.activities.every((a) => a.assigneeIds.length <= LIMITS.assigneesPerActivity)).toBe(true);
  });

  it('keeps each container’s activities together in the activities list', () => {
    const board = generateBoard('workshop');
    const seen = new Set<string | null>();
    let previous: string | null | undefined;
    for (const activity of board.activities) {
      if (activity.outcomeId !== previous) {
        expect(seen.has(activity.outcomeId)).toBe(false);
        seen.add(activity.outcomeId);
        previous = activity.outcomeId;
      }
    }
  });

  it('accepts the moves the bench makes (activity/move between outcomes) and undoing them', () => {
    const board: Board = generateBoard('small');
    const [a, b] = board.outcomes;
    const moving = board.activities.find((activity) => activity.outcomeId === a?.id);
    if (!a || !b || !moving) throw new Error('the small board needs two outcomes and an activity in the first');
    const moved = applyIntent(board, { type: 'activity/move', activityId: moving.id, toOutcomeId: b.id, toIndex: 0 });
    if (!moved.ok) throw new Error(moved.error.message);
    expect(boardViolations(moved.board)).toEqual([]);
    const back = applyIntent(moved.board, { type: 'activity/move', activityId: moving.id, toOutcomeId: a.id, toIndex: 0 });
    expect(back.ok).toBe(true);
  });

  it('is the same board every run, and a different one for another seed', () => {
    expect(JSON.stringify(generateBoard('large'))).toBe(JSON.stringify(generateBoard('large')));
    expect(JSON.stringify(generateBoard('large', { seed: 1 }))).not.toBe(JSON.stringify(generateBoard('large')));
  });

  it('takes a custom size too', () => {
    const board = generateBoard({ outcomes: 2, activities: 3, people: 0 });
    expect(board.people).toEqual([]);
    expect(board.outcomes.every((o) => o.ownerId === null)).toBe(true);
    expect(boardViolations(board)).toEqual([]);
  });

  it('stores the record the app stores', () => {
    const board = generateBoard('small');
    expect(boardRecord(board)).toEqual({ id: board.id, dataVersion: 1, revision: 0, status: 'active', title: board.title, updatedAt: board.updatedAt, board });
  });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed, stays in [0, 1), and spreads', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('int stays within its bound', () => {
    const random = createRandom(7);
    const ints = Array.from({ length: 500 }, () => random.int(3));
    expect(new Set(ints)).toEqual(new Set([0, 1, 2]));
  });
});

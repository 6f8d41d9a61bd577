/**
 * Undo and redo as a facilitator leans on them, over the real save path (the save engine behind a
 * stand-in worker, on fake-indexeddb): random edits of every kind the board offers, undone and
 * redone in random runs, sometimes while a save is failing or after a restore from the history.
 * Whenever the saves have landed, what is stored is exactly the board shown (no edit the person
 * saw as saved is lost, no undone edit comes back); undoing everything gives back the board as
 * opened, and redoing everything the board as it ended.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import type { Intent } from '../../shared/intents';
import type { ActivityId, Board, BoardId, OutcomeId, PersonId } from '../../shared/model';
import { createBoardStore, HISTORY_LIMIT } from '../../renderer/store/boardStore';
import { closeDatabase, DATABASE_NAME, openDatabase } from '../../renderer/db/database';
import { loadBoard } from '../../renderer/db/boards';
import { readStoredBoard } from '../../renderer/db/journal';
import { seededRandom, type Random } from '../shared/format/boards';
import { SlowWorker } from './slow-worker';

beforeEach(() => {
  vi.stubGlobal('Worker', SlowWorker);
  SlowWorker.delayMs = 1;
});

afterEach(async () => {
  SlowWorker.delayMs = 40;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

type Store = ReturnType<typeof createBoardStore>;

function boardOf(store: Store): Board {
  const { load } = store.getState();
  if (load.status !== 'ready') throw new Error('not open');
  return load.board;
}

/** What is stored, read without this window taking note of it. */
async function storedNow(id: BoardId): Promise<Board | undefined> {
  return (await readStoredBoard(await openDatabase(), id))?.record.board;
}

/** Every edit the board's UI offers, aimed mostly at things that are there. */
function randomIntent(random: Random, board: Board, serial: number): Intent {
  const { pick, chance, int } = random;
  const outcomeId = () => (board.outcomes.length > 0 ? pick(board.outcomes).id : ('o-none' as OutcomeId));
  const activityId = () => (board.activities.length > 0 ? pick(board.activities).id : ('a-none' as ActivityId));
  const personId = () => (board.people.length > 0 ? pick(board.people).id : ('p-none' as PersonId));
  const container = () => (chance(0.3) ? null : outcomeId());
  const within = (id: OutcomeId | null) => board.activities.filter((a) => a.outcomeId === id).length;
  const makers: (() => Intent)[] = [
    () => ({ type: 'board/edit', patch: { title: `Workshop ${serial}` } }),
    () => ({ type: 'outcome/add', id: `o-${serial}` as OutcomeId, fields: { title: `Outcome ${serial}` }, index: int(board.outcomes.length + 1) }),
    () => ({ type: 'outcome/edit', outcomeId: outcomeId(), patch: { title: `Renamed ${serial}` } }),
    () => ({
      type: 'outcome/edit',
      outcomeId: outcomeId(),
      patch: { metric: 'Deals', target: int(50), current: chance(0.3) ? null : int(50), direction: chance(0.5) ? 'at-least' : 'at-most', revenueCritical: chance(0.5), notes: `Note\n${serial}` },
    }),
    () => ({ type: 'outcome/remove', outcomeId: outcomeId() }),
    () => ({ type: 'outcome/move', outcomeId: outcomeId(), toIndex: int(Math.max(1, board.outcomes.length)) }),
    () => ({ type: 'outcome/set-owner', outcomeId: outcomeId(), personId: personId() }),
    () => ({ type: 'outcome/clear-owner', outcomeId: outcomeId() }),
    () => ({ type: 'outcome/set-authority', outcomeId: outcomeId(), patch: { [pick(['decidesHow', 'prioritisesResources', 'choosesApproaches'] as const)]: chance(0.5) } }),
    () => {
      const to = container();
      return { type: 'activity/add', id: `a-${serial}` as ActivityId, title: `Activity ${serial}`, outcomeId: to, index: int(within(to) + 1) };
    },
    () => ({ type: 'activity/edit', activityId: activityId(), patch: { title: `Task ${serial}` } }),
    () => ({ type: 'activity/remove', activityId: activityId() }),
    () => {
      const id = activityId();
      const to = container();
      const from = board.activities.find((a) => a.id === id)?.outcomeId;
      return { type: 'activity/move', activityId: id, toOutcomeId: to, toIndex: int(within(to) + (from === to ? 0 : 1)) };
    },
    () => ({ type: 'activity/toggle-done', activityId: activityId() }),
    () => ({ type: 'activity/assign', activityId: activityId(), personId: personId() }),
    () => ({ type: 'activity/unassign', activityId: activityId(), personId: personId() }),
    () => ({ type: 'person/add', id: `p-${serial}` as PersonId, fields: { name: `Person ${serial}`, role: 'Sales' } }),
    () => ({ type: 'person/edit', personId: personId(), patch: { name: `Name ${serial}`, role: `Role ${serial}`, newToRole: chance(0.5) } }),
    () => ({ type: 'person/remove', personId: personId() }),
  ];
  return pick(makers)();
}

/** `shown` is `state` as an undo or redo brings it back: the same items (the very objects), stamped as edited now. */
function expectSameState(shown: Board, state: Board | undefined): void {
  expect({ ...shown, updatedAt: state?.updatedAt }).toEqual(state);
  expect(shown.activities).toBe(state?.activities);
  expect(Date.parse(shown.updatedAt)).toBeGreaterThanOrEqual(Date.parse(state?.updatedAt ?? ''));
}

async function landed(store: Store): Promise<void> {
  await store.getState().settled();
  await vi.waitFor(() => {
    expect(store.getState().save.status).toBe('saved');
  });
}

describe('undo and redo over the real save path', () => {
  it.each([1, 2, 3, 4, 5, 6])('stores exactly the board shown after random edits, undos and redos (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    const store = createBoardStore();
    await store.getState().open();
    await landed(store);
    const opened = boardOf(store);
    const id = opened.id;
    let diskFull: { mockRestore(): void } | null = null;

    for (let step = 0; step < 250; step++) {
      const roll = random.next();
      const before = boardOf(store);
      const { past, future } = store.getState();
      if (roll < 0.2) {
        const undone = store.getState().undo();
        expect(undone).toBe(past.length > 0);
        // One step back: exactly the board before the last change, edited now.
        if (undone) expectSameState(boardOf(store), past.at(-1));
      } else if (roll < 0.3) {
        const redone = store.getState().redo();
        expect(redone).toBe(future.length > 0);
        if (redone) expectSameState(boardOf(store), future[0]);
      } else if (roll < 0.32 && past.length > 0) {
        // A restore from the history (a copy read from storage: new objects), itself one step.
        const snapshot = structuredClone(random.pick(past));
        await store.getState().restoreSnapshot(snapshot);
        expect(store.getState().past.at(-1)).toBe(before);
        expect(store.getState().future).toEqual([]);
      } else if (roll < 0.36 && diskFull === null) {
        // The disk fills up: edits and undos stay on screen, unsaved, until Retry.
        diskFull = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        });
      } else {
        const intent = randomIntent(random, before, step);
        const result = store.getState().dispatch(intent);
        if (result.ok && boardOf(store) !== before) {
          // One change, one step; the redo list is gone.
          expect(store.getState().past.at(-1)).toBe(before);
          expect(store.getState().future).toEqual([]);
        }
      }
      // Sometimes the saves get a moment to land (or fail) before the next step.
      if (random.chance(0.3)) await new Promise((resolve) => setTimeout(resolve, random.int(8)));
      if (random.chance(0.15)) {
        if (diskFull !== null) {
          await store.getState().settled();
          diskFull.mockRestore();
          diskFull = null;
          if (store.getState().save.status === 'failed') await store.getState().retrySave();
        }
        await landed(store);
        expect(await storedNow(id), `step ${step}`).toEqual(boardOf(store));
      }
    }
    if (diskFull !== null) {
      await store.getState().settled();
      diskFull.mockRestore();
      if (store.getState().save.status === 'failed') await store.getState().retrySave();
    }
    await landed(store);
    expect(await storedNow(id)).toEqual(boardOf(store));
    // Where redoing everything ends: the newest board reached (the run may have ended in undos).
    const end = store.getState().future.at(-1) ?? boardOf(store);

    // Undo all the way back (within the limit), then redo all the way forward.
    const steps = store.getState().past.length;
    expect(steps).toBeLessThanOrEqual(HISTORY_LIMIT);
    while (store.getState().undo()) {
      // Each undo is saved as it goes.
    }
    // Fewer steps than the limit: all the way back is the board as it was opened.
    expectSameState(boardOf(store), opened);
    await landed(store);
    closeDatabase();
    expect(await loadBoard(id)).toEqual(boardOf(store));
    while (store.getState().redo()) {
      // And each redo.
    }
    expectSameState(boardOf(store), end);
    await landed(store);
    closeDatabase();
    expect(await loadBoard(id)).toEqual(boardOf(store));
  }, 60_000);
});

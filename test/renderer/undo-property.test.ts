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
import type { Board, BoardId } from '../../shared/model';
import { createBoardStore, HISTORY_LIMIT } from '../../renderer/store/boardStore';
import { closeDatabase, DATABASE_NAME, openDatabase } from '../../renderer/db/database';
import { loadBoard } from '../../renderer/db/boards';
import { readStoredBoard } from '../../renderer/db/journal';
import { seededRandom } from '../shared/format/boards';
import { randomIntent } from './random-intents';
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

/**
 * Saves still on their way (or failed) when the board is read back. The save worker is a thread of
 * its own, so a patch posted to it commits a little later; here a stand-in worker runs the real
 * save engine (as saveWorker.ts does) after a short delay, against the real (fake-indexeddb)
 * storage. What the person saw as "Saved" must be what loads, and another window's save must never
 * be overwritten without the person choosing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import type { Board, BoardId, OutcomeId } from '../../shared/model';
import { createBoardStore } from '../../renderer/store/boardStore';
import { loadBoard, openStartupBoard, saveBoard, saveBoardPatch, snapshotSavedBoard } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME, openDatabase } from '../../renderer/db/database';
import { readStoredBoard, writeWholeBoard } from '../../renderer/db/journal';
import { duplicateBoard } from '../../renderer/db/library';
import { SlowWorker, WORKER_DELAY_MS } from './slow-worker';

beforeEach(() => {
  vi.stubGlobal('Worker', SlowWorker);
});

afterEach(async () => {
  vi.unstubAllGlobals();
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

function boardOf(store: ReturnType<typeof createBoardStore>): Board {
  const { load } = store.getState();
  if (load.status !== 'ready') throw new Error('not open');
  return load.board;
}

async function saved(store: ReturnType<typeof createBoardStore>): Promise<void> {
  await vi.waitFor(() => {
    expect(store.getState().save.status).toBe('saved');
  });
}

/** The board as a fresh window would load it. */
async function reloaded(id: BoardId): Promise<Board | undefined> {
  closeDatabase();
  return loadBoard(id);
}

const titles = (board: Board | undefined) => board?.outcomes.map((outcome) => outcome.title) ?? [];

describe('opening the open board again (All boards → Open) right after an edit', () => {
  it('reads it back once the edit is stored, so the edit and the ones after load after a restart', async () => {
    const store = createBoardStore();
    await store.getState().open();
    const id = boardOf(store).id;
    // The patch is on its way to the save worker…
    store.getState().dispatch({ type: 'outcome/add', id: 'o-first' as OutcomeId, fields: { title: 'First added' } });
    expect(store.getState().save.status).toBe('saving');
    // …when the facilitator goes to All boards and opens this board again.
    expect(await store.getState().openBoard(id)).toBe(true);
    expect(titles(boardOf(store))).toContain('First added');
    store.getState().dispatch({ type: 'outcome/add', id: 'o-second' as OutcomeId, fields: { title: 'Second added' } });
    await saved(store);
    expect(titles(boardOf(store)).slice(-2)).toEqual(['First added', 'Second added']);
    expect(await reloaded(id)).toEqual(boardOf(store));
  });
});

describe('another window saves this board just as an edit is made here', () => {
  /** A store on the real storage; the test says by hand when another window saved. */
  async function watchedStore() {
    let savedElsewhere: ((id: BoardId) => void) | undefined;
    const store = createBoardStore({
      now: () => new Date().toISOString(),
      openStartupBoard: () => openStartupBoard(),
      saveBoard,
      saveBoardPatch,
      loadBoard,
      snapshot: (board, reason, now) => (reason === 'named' ? Promise.resolve() : snapshotSavedBoard(board.id, reason, now)),
      watchOtherWindows: ({ saved: changed }) => {
        savedElsewhere = changed;
      },
    });
    await store.getState().open();
    await saved(store);
    return {
      store,
      board: boardOf(store),
      /** Window 2 on the same profile saves its version of the board and says so. */
      theirsSaved: async (board: Board) => {
        const db = await openDatabase();
        await writeWholeBoard(db, { ...board, purpose: 'Theirs' }, { expected: await db.heads.get(board.id), overwrite: false, token: 'window-2' });
        savedElsewhere?.(board.id);
      },
    };
  }

  function conflicted(store: ReturnType<typeof createBoardStore>): boolean {
    const { save } = store.getState();
    return save.status === 'failed' && save.conflict === true;
  }

  /** What is stored, read without this window taking note of it. */
  async function storedNow(id: BoardId): Promise<Board | undefined> {
    return (await readStoredBoard(await openDatabase(), id))?.record.board;
  }

  it('keeps the edit on screen and asks; later edits wait for the choice; "Keep mine" saves them all', async () => {
    const { store, board, theirsSaved } = await watchedStore();
    await theirsSaved(board);
    // At that very moment (this window is reading theirs) the facilitator adds an outcome here.
    store.getState().dispatch({ type: 'outcome/add', id: 'o-mine' as OutcomeId, fields: { title: 'Mine' } });
    await vi.waitFor(() => {
      expect(conflicted(store)).toBe(true);
    });
    expect(titles(boardOf(store))).toContain('Mine');
    expect(boardOf(store).purpose).toBe(board.purpose);
    // Another edit before choosing: kept here, and the other window's version is not replaced.
    store.getState().dispatch({ type: 'outcome/add', id: 'o-mine-too' as OutcomeId, fields: { title: 'Mine too' } });
    await new Promise((r) => setTimeout(r, 3 * WORKER_DELAY_MS));
    expect(conflicted(store)).toBe(true);
    expect((await storedNow(board.id))?.purpose).toBe('Theirs');

    await store.getState().resolveConflict('mine');
    await saved(store);
    const stored = await reloaded(board.id);
    expect(titles(stored).slice(-2)).toEqual(['Mine', 'Mine too']);
    expect(stored).toEqual(boardOf(store));
  });

  it('"Use theirs" then shows the other window’s version', async () => {
    const { store, board, theirsSaved } = await watchedStore();
    await theirsSaved(board);
    store.getState().dispatch({ type: 'outcome/add', id: 'o-mine' as OutcomeId, fields: { title: 'Mine' } });
    await vi.waitFor(() => {
      expect(conflicted(store)).toBe(true);
    });
    await store.getState().resolveConflict('theirs');
    expect(boardOf(store).purpose).toBe('Theirs');
    expect(titles(boardOf(store))).not.toContain('Mine');
    expect(store.getState().save.status).toBe('saved');
    expect(await reloaded(board.id)).toEqual(boardOf(store));
  });
});

describe('copying the open board from the library while its save has failed', () => {
  it('does not make another window’s newer save the base of this window’s next write', async () => {
    const store = createBoardStore();
    await store.getState().open();
    const board = boardOf(store);
    // A full disk: this window's edit is not saved.
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    store.getState().dispatch({ type: 'outcome/add', id: 'o-mine' as OutcomeId, fields: { title: 'Mine' } });
    await vi.waitFor(() => {
      expect(store.getState().save.status).toBe('failed');
    });
    add.mockRestore();
    // Window 2 saves its version; then this window's library duplicates the board.
    const db = await openDatabase();
    await writeWholeBoard(db, { ...board, purpose: 'Theirs' }, { expected: await db.heads.get(board.id), overwrite: false, token: 'window-2' });
    const copy = await duplicateBoard(board.id, 'copy-1' as BoardId, new Date().toISOString());
    expect(copy.purpose).toBe('Theirs');
    // Retry: their version is not replaced unasked.
    await store.getState().retrySave();
    const save = store.getState().save;
    expect(save.status === 'failed' && save.conflict).toBe(true);
    expect((await readStoredBoard(await openDatabase(), board.id))?.record.board.purpose).toBe('Theirs');
  });
});

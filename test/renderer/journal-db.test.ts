/**
 * Small saves: an edit is saved as a patch in the board's journal (not the whole board), loading
 * applies the journal, the journal is folded into the record when edits pause, and a failed patch
 * is followed by a whole-board save — so what the user saw as saved is what loads.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import type { Board, BoardId } from '../../shared/model';
import { createBoardStore } from '../../renderer/store/boardStore';
import { compactSavedBoards, loadBoard, openStartupBoard, saveBoard, saveBoardPatch } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME, getDatabase, openDatabase, OwnershipDatabase } from '../../renderer/db/database';
import { applyJournal, appendToJournalNative, compactJournal, ConflictError, type AppendRequest, type Head } from '../../renderer/db/journal';
import type { BoardPatch } from '../../shared/patch';
import { useNotices } from '../../renderer/app/notices';
import { LAST_BOARD_KEY } from '../../renderer/db/names';

/** An append as the save worker makes it, on the window's connection. */
const appendToJournal = (db: OwnershipDatabase, request: AppendRequest) => appendToJournalNative(db.backendDB(), request);
import { emptyTrash, listBoards, trashBoard } from '../../renderer/db/library';
import { createPatchSaver } from '../../renderer/db/saver';
import { createSaveEngine, COMPACT_AT_ENTRIES } from '../../renderer/db/saveEngine';

afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

async function openedStore() {
  const store = createBoardStore();
  await store.getState().open();
  const state = store.getState().load;
  if (state.status !== 'ready') throw new Error('not open');
  return store;
}

function boardOf(store: Awaited<ReturnType<typeof openedStore>>): Board {
  const state = store.getState().load;
  if (state.status !== 'ready') throw new Error('not open');
  return state.board;
}

async function saved(store: Awaited<ReturnType<typeof openedStore>>): Promise<void> {
  await vi.waitFor(() => {
    expect(store.getState().save.status).toBe('saved');
  });
}

/** The board as a fresh window would load it. */
async function reloaded(id: BoardId): Promise<Board | undefined> {
  closeDatabase();
  return loadBoard(id);
}

describe('saving edits as patches', () => {
  it('saves a drag as one small journal entry, and loading applies it', async () => {
    const store = await openedStore();
    const before = boardOf(store);
    const activity = before.activities[0];
    const target = before.outcomes.at(-1);
    if (!activity || !target) throw new Error('fixture');
    const recordBefore = await getDatabase().boards.get(before.id);

    expect(store.getState().dispatch({ type: 'activity/move', activityId: activity.id, toOutcomeId: target.id, toIndex: 0 }).ok).toBe(true);
    await saved(store);

    const journal = await getDatabase().journal.toArray();
    expect(journal).toHaveLength(1);
    expect(journal[0]?.patch.activities?.kind).toBe('move');
    expect(JSON.stringify(journal[0]).length).toBeLessThan(600);
    // The record itself was not rewritten.
    expect((await getDatabase().boards.get(before.id))?.board).toEqual(recordBefore?.board);

    expect(await reloaded(before.id)).toEqual(boardOf(store));
  });

  it('saves undo and redo as patches too, and a board reloads as last shown after many edits', async () => {
    const store = await openedStore();
    const board = boardOf(store);
    const edited = board.activities.slice(0, 3);
    for (const [i, activity] of edited.entries()) {
      store.getState().dispatch({ type: 'activity/edit', activityId: activity.id, patch: { title: `Edited ${String(i)}` } });
    }
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Renamed in the workshop' } });
    store.getState().undo();
    store.getState().undo();
    store.getState().redo();
    await saved(store);
    expect(await getDatabase().journal.count()).toBe(edited.length + 4);
    expect(await reloaded(board.id)).toEqual(boardOf(store));
    // The library shows the journal's effect (title, last edited) before any folding.
    const [summary] = await listBoards();
    expect(summary?.updatedAt).toBe(boardOf(store).updatedAt);
  });

  it('folds the journal into the board record, keeping the same board', async () => {
    const store = await openedStore();
    const board = boardOf(store);
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'After folding' } });
    await saved(store);
    expect(await getDatabase().journal.count()).toBe(1);
    await compactSavedBoards();
    expect(await getDatabase().journal.count()).toBe(0);
    const record = await getDatabase().boards.get(board.id);
    expect(record?.title).toBe('After folding');
    expect(record?.revision).toBe((await getDatabase().heads.get(board.id))?.revision);
    expect(await reloaded(board.id)).toEqual(boardOf(store));
  });

  it('writes the whole board for a restore-sized change, and clears the journal', async () => {
    const store = await openedStore();
    const sample = boardOf(store);
    const outcomeId = sample.outcomes[0]?.id ?? null;
    const big: Board = {
      ...sample,
      id: 'big-board' as BoardId,
      activities: Array.from({ length: 300 }, (_, i) => ({ id: `a-${String(i)}` as Board['activities'][number]['id'], title: `Activity ${String(i)}`, outcomeId, assigneeIds: [], done: false })),
    };
    expect(await store.getState().openNew(big)).toEqual({ ok: true });
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'One patch' } });
    await saved(store);
    expect(await getDatabase().journal.count()).toBe(1);
    // A snapshot restore brings back copies of everything: too big for a patch.
    await store.getState().restoreSnapshot(structuredClone(big));
    await saved(store);
    expect(await getDatabase().journal.count()).toBe(0);
    expect((await getDatabase().boards.get(big.id))?.board).toEqual(boardOf(store));
  });

  it('after a failed patch, says so, and Retry saves the whole board so nothing is lost', async () => {
    const store = await openedStore();
    const board = boardOf(store);
    const [first, second] = board.activities;
    if (!first || !second) throw new Error('fixture');
    // A full disk: every add to the journal fails.
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    store.getState().dispatch({ type: 'activity/edit', activityId: first.id, patch: { title: 'Lost?' } });
    store.getState().dispatch({ type: 'activity/edit', activityId: second.id, patch: { title: 'Also lost?' } });
    await vi.waitFor(() => {
      expect(store.getState().save.status).toBe('failed');
    });
    const failure = store.getState().save;
    expect(failure.status === 'failed' && failure.message).toMatch(/disk is full/u);
    expect(failure.status === 'failed' && failure.conflict).toBe(false);
    // Another edit while it is broken goes out as a whole board, which fails here too (same disk).
    add.mockRestore();
    await store.getState().retrySave();
    await saved(store);
    expect(await reloaded(board.id)).toEqual(boardOf(store));
    expect(boardOf(store).activities.slice(0, 2).map((a) => a.title)).toEqual(['Lost?', 'Also lost?']);
  });

  it('a patch made on a head that is not stored is refused as a conflict', async () => {
    const board = await openStartupBoard();
    await saveBoard({ ...board, title: 'Known' });
    const db = await openDatabase();
    await expect(
      appendToJournal(db, { boardId: board.id, base: { revision: 0, token: 'stale' }, next: { revision: 1, token: 'x' }, patch: { fields: { title: 'No' } } }),
    ).rejects.toMatchObject({ name: 'ConflictError' });
    // Sending the same committed request again (a worker that went away) is harmless.
    const head = await db.heads.get(board.id);
    if (!head) throw new Error('no head');
    const request = { boardId: board.id, base: head, next: { revision: head.revision + 1, token: 'again' }, patch: { fields: { title: 'Once' } } };
    await appendToJournal(db, request);
    await appendToJournal(db, request);
    expect(await db.journal.count()).toBe(1);
    expect((await loadBoard(board.id))?.title).toBe('Once');
  });

  it('a patch on a board deleted for good meanwhile is refused as a conflict that says the board is gone', async () => {
    const board = await openStartupBoard();
    await saveBoard({ ...board, title: 'Known' });
    const db = await openDatabase();
    const head = await db.heads.get(board.id);
    if (!head) throw new Error('no head');
    const request = { boardId: board.id, base: head, next: { revision: head.revision + 1, token: 'late' }, patch: { fields: { title: 'Late' } } };
    // Changed elsewhere: a conflict, the board still there.
    await expect(appendToJournal(db, { ...request, base: { revision: head.revision, token: 'stale' } })).rejects.toMatchObject({ name: 'ConflictError', gone: false });
    // Deleted for good (the trash emptied in another window): its head went with it.
    await trashBoard(board.id, '2026-11-28T10:00:00.000Z');
    await emptyTrash([board.id]);
    await expect(appendToJournal(await openDatabase(), request)).rejects.toMatchObject({ name: 'ConflictError', gone: true });
    expect(await getDatabase().journal.count()).toBe(0);
  });

  it('a board stored without a head (written before schema 3, or by a tool) takes patches, once', async () => {
    const board = await openStartupBoard();
    await saveBoard(board);
    const db = await openDatabase();
    await db.heads.clear();
    await db.boards.update(board.id, { revision: 3 });
    closeDatabase();
    expect((await loadBoard(board.id))?.title).toBe(board.title);
    await saveBoardPatch(board.id, { fields: { title: 'First patch on a headless board' } });
    expect((await getDatabase().heads.get(board.id))?.revision).toBe(4);
    // A second window that read the same record is now behind: refused, not written over.
    const stale = { boardId: board.id, base: { revision: 3, token: `${board.id}@3` }, next: { revision: 4, token: 'other' }, patch: { fields: { title: 'Stale' } } };
    await expect(appendToJournal(await openDatabase(), stale)).rejects.toBeInstanceOf(ConflictError);
    // And a board deleted meanwhile is not brought back as an orphan journal.
    await getDatabase().heads.clear();
    await getDatabase().boards.clear();
    await getDatabase().journal.clear();
    await expect(appendToJournal(await openDatabase(), stale)).rejects.toBeInstanceOf(ConflictError);
    expect(await getDatabase().journal.count()).toBe(0);
  });

  it('loads a board as of the last entry that fits when the journal is damaged', async () => {
    const board = await openStartupBoard();
    const record = await getDatabase().boards.get(board.id);
    if (!record) throw new Error('no record');
    const rev = record.revision ?? 0;
    const { record: latest, skipped } = applyJournal(record, [
      { boardId: board.id, revision: rev + 1, patch: { fields: { title: 'Fits' } } },
      { boardId: board.id, revision: rev + 2, patch: { people: { kind: 'splice', start: 999, deleteCount: 1, items: [], length: 0 } } },
      { boardId: board.id, revision: rev + 3, patch: { fields: { title: 'After the damage' } } },
    ]);
    expect(latest.board.title).toBe('Fits');
    expect(latest.revision).toBe(rev + 1);
    expect(skipped).toBe(2);
  });

  it('folds a long journal straight away, without waiting for a pause', async () => {
    const board = await openStartupBoard();
    await saveBoard(board);
    const engine = createSaveEngine({ open: openDatabase, setTimer: () => 0, clearTimer: () => undefined });
    const db = await openDatabase();
    const stored = await db.heads.get(board.id);
    if (!stored) throw new Error('no head');
    let head: Head = stored;
    for (let i = 1; i <= COMPACT_AT_ENTRIES; i++) {
      const next: Head = { revision: head.revision + 1, token: `t${String(i)}` };
      await engine.append({ boardId: board.id, base: head, next, patch: { fields: { purpose: `Step ${String(i)}` } } });
      head = next;
    }
    await vi.waitFor(async () => {
      expect(await db.journal.count()).toBe(0);
    });
    expect((await loadBoard(board.id))?.purpose).toBe(`Step ${String(COMPACT_AT_ENTRIES)}`);
  });
});

describe('a journal with a change that does not apply (damaged storage)', () => {
  /** A patch no board of the sample's size fits (as a patch made from another board would not). */
  const misfit: BoardPatch = { people: { kind: 'splice', start: 999, deleteCount: 1, items: [], length: 0 } };

  /**
   * The sample saved whole, then three changes in its journal: the purpose set (fits), one that does
   * not fit, and the title set (fits, but after the gap). Returns the revision saved whole.
   */
  async function damagedJournal(): Promise<{ board: Board; saved: number }> {
    const board = await openStartupBoard();
    await saveBoard(board);
    const db = await openDatabase();
    const head = await db.heads.get(board.id);
    if (!head) throw new Error('no head');
    const r = head.revision;
    const steps: BoardPatch[] = [{ fields: { purpose: 'Fits' } }, misfit, { fields: { title: 'After the damage' } }];
    let base: Head = head;
    for (const [i, patch] of steps.entries()) {
      const next: Head = { revision: r + i + 1, token: `damaged-${String(i)}` };
      await appendToJournal(db, { boardId: board.id, base, next, patch });
      base = next;
    }
    return { board, saved: r };
  }

  const errorNotices = () => useNotices.getState().notices.filter((notice) => notice.tone === 'error').map((notice) => notice.message);

  it('opens the board as of the last change that fits, says so, and edits made after survive a restart', async () => {
    useNotices.setState({ notices: [] });
    const { board } = await damagedJournal();
    closeDatabase();
    const store = await openedStore();
    expect(boardOf(store).purpose).toBe('Fits');
    expect(boardOf(store).title).toBe(board.title);
    expect(errorNotices()).toEqual([`2 saved changes to “${board.title}” could not be read back from this computer’s storage: the board is shown as it was before them. Check it and redo what is missing.`]);
    // Storage holds what is shown again: a new window loads the same board.
    expect(await reloaded(board.id)).toEqual(boardOf(store));

    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Edited after the restart' } });
    await saved(store);
    expect((await reloaded(board.id))?.title).toBe('Edited after the restart');
    // Once written back, the board loads without a word.
    expect(errorNotices()).toHaveLength(1);
  });

  it('folding the journal stops at a change that does not apply and keeps it and those after', async () => {
    const { board, saved: r } = await damagedJournal();
    const db = await openDatabase();
    await compactJournal(db, board.id);
    const record = await db.boards.get(board.id);
    expect(record?.revision).toBe(r + 1);
    expect(record?.board.purpose).toBe('Fits');
    expect((await db.journal.toArray()).map((entry) => entry.revision)).toEqual([r + 2, r + 3]);
    // A second fold changes nothing.
    await compactJournal(db, board.id);
    expect(await db.journal.count()).toBe(2);
  });

  it('a board stored behind its head (the changes after it gone) is written back as shown before edits build on it', async () => {
    useNotices.setState({ notices: [] });
    const { board, saved: r } = await damagedJournal();
    const db = await openDatabase();
    // What a fold that cleared the whole journal left: the record at r + 1, the head at r + 3.
    const record = await db.boards.get(board.id);
    if (!record) throw new Error('no record');
    await db.boards.put(applyJournal(record, await db.journal.toArray()).record);
    await db.journal.clear();
    // Start-up without a last board: the most recently edited one (its journal read with the list).
    await db.meta.clear();
    closeDatabase();
    const store = await openedStore();
    expect(boardOf(store).purpose).toBe('Fits');
    expect(errorNotices()).toHaveLength(1);
    expect((await getDatabase().heads.get(board.id))?.revision).toBe(r + 4);
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Edited after the restart' } });
    await saved(store);
    expect(await reloaded(board.id)).toEqual(boardOf(store));
  });

  it('when the board cannot be written back, the next edit is not saved on top of the damage: Retry saves it whole', async () => {
    await damagedJournal();
    closeDatabase();
    // A full disk while opening: the board is shown, but not written back.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const store = await openedStore();
    put.mockRestore();
    const board = boardOf(store);
    expect(board.purpose).toBe('Fits');
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Edited after the restart' } });
    await vi.waitFor(() => {
      expect(store.getState().save.status).toBe('failed');
    });
    const failure = store.getState().save;
    expect(failure.status === 'failed' && failure.message).toMatch(/could not be read back\. Retry/u);
    await store.getState().retrySave();
    await saved(store);
    expect(await reloaded(board.id)).toEqual(boardOf(store));
  });
});

describe('snapshots taken by the save engine', () => {
  it('takes the snapshot of a board as opened after start-up, or before the next write if that comes first', async () => {
    const board = await openStartupBoard();
    await saveBoard(board);
    const timers: (() => void)[] = [];
    const engine = createSaveEngine({ open: openDatabase, setTimer: (run) => timers.push(run), clearTimer: () => undefined });
    const db = await openDatabase();
    const opened = engine.snapshot(board.id, 'opened', '2026-11-28T09:00:00.000Z');
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Deferred: nothing copied yet.
    expect(await db.snapshots.count()).toBe(0);
    const head = await db.heads.get(board.id);
    if (!head) throw new Error('no head');
    // An edit arrives first: the snapshot runs before it and still holds the board as opened.
    await engine.append({ boardId: board.id, base: head, next: { revision: head.revision + 1, token: 'edit' }, patch: { fields: { title: 'Edited' } } });
    await opened;
    const [snapshot] = await db.snapshots.toArray();
    expect(snapshot?.reason).toBe('opened');
    expect(snapshot?.board.title).toBe(board.title);
    // Without an edit, the timer takes it.
    const later = engine.snapshot(board.id, 'opened', '2026-11-28T09:05:00.000Z');
    expect(timers.length).toBeGreaterThan(0);
    for (const run of timers.splice(0)) run();
    await later;
    expect((await db.snapshots.toArray()).map((s) => s.board.title)).toEqual([board.title, 'Edited']);
    engine.dispose();
  });
});

describe('the save worker', () => {
  it('runs the requests a worker never answered in the window, in order, when the worker fails to start', async () => {
    const board = await openStartupBoard();
    await saveBoard(board);
    const posted: unknown[] = [];
    const listeners = new Map<string, (event: Event) => void>();
    const fakeWorker = {
      postMessage: (message: unknown) => posted.push(message),
      addEventListener: (type: string, listener: (event: Event) => void) => listeners.set(type, listener),
      terminate: vi.fn(),
    } as unknown as Worker;
    const saver = createPatchSaver({ open: openDatabase, makeWorker: () => fakeWorker });
    expect(saver.where()).toBe('worker');
    const head = await getDatabase().heads.get(board.id);
    if (!head) throw new Error('no head');
    const one = { revision: head.revision + 1, token: 'w1' };
    const two = { revision: head.revision + 2, token: 'w2' };
    const first = saver.append({ boardId: board.id, base: head, next: one, patch: { fields: { title: 'First' } } });
    const second = saver.append({ boardId: board.id, base: one, next: two, patch: { fields: { title: 'Second' } } });
    expect(posted).toHaveLength(2);
    // The script could not load.
    listeners.get('error')?.(new Event('error'));
    expect(saver.where()).toBe('window');
    await Promise.all([first, second]);
    expect((await loadBoard(board.id))?.title).toBe('Second');
    saver.dispose();
  });

  const NOW = '2026-11-28T09:00:00.000Z';

  /** A worker that records what it is sent, and an idle callback the test runs by hand. */
  function heldStart() {
    const posted: { type: string; seq: number; reason?: string }[] = [];
    const listeners = new Map<string, (event: MessageEvent) => void>();
    const makeWorker = vi.fn(
      () =>
        ({
          postMessage: (message: { type: string; seq: number; reason?: string }) => posted.push(message),
          addEventListener: (type: string, listener: (event: MessageEvent) => void) => listeners.set(type, listener),
          terminate: vi.fn(),
        }) as unknown as Worker,
    );
    const idle: (() => void)[] = [];
    const cancel = vi.fn();
    const saver = createPatchSaver({
      open: openDatabase,
      makeWorker,
      whenIdle: (start) => {
        idle.push(start);
        return cancel;
      },
    });
    const answer = (message: { type: string; seq: number }) => {
      listeners.get('message')?.(new MessageEvent('message', { data: message.type === 'append' ? { type: 'appended', seq: message.seq, receivedAt: 1, committedAt: 2 } : { type: 'done', seq: message.seq } }));
    };
    return { saver, makeWorker, posted, idle, cancel, answer };
  }

  it('does not start the worker to take the snapshot of a board just opened: it starts once the window is idle', async () => {
    const { saver, makeWorker, posted, idle, answer } = heldStart();
    const opened = saver.snapshot('b' as BoardId, 'opened', NOW);
    // Opening a board: no worker yet (its start would compete with the board's first drawing).
    expect(makeWorker).not.toHaveBeenCalled();
    expect(posted).toEqual([]);
    expect(saver.where()).toBe('worker');
    expect(idle).toHaveLength(1);
    idle[0]?.();
    expect(makeWorker).toHaveBeenCalledTimes(1);
    expect(posted.map((m) => [m.type, m.reason])).toEqual([['snapshot', 'opened']]);
    for (const message of posted) answer(message);
    await expect(opened).resolves.toBeUndefined();
    // A second idle call (or anything later) does not start another worker.
    idle[0]?.();
    expect(makeWorker).toHaveBeenCalledTimes(1);
    saver.dispose();
  });

  it('starts the worker at the first save when that comes before the window is idle, the opened snapshot first', async () => {
    const { saver, makeWorker, posted, idle, cancel, answer } = heldStart();
    const opened = saver.snapshot('b' as BoardId, 'opened', NOW);
    const request = { boardId: 'b' as BoardId, base: { revision: 0, token: 'a' }, next: { revision: 1, token: 'b' }, patch: { fields: { title: 'Edited' } } };
    const edit = saver.append(request);
    expect(makeWorker).toHaveBeenCalledTimes(1);
    // The snapshot still holds the board as opened: the worker gets it before the edit.
    expect(posted.map((m) => m.type)).toEqual(['snapshot', 'append']);
    expect(posted[0]?.seq).toBeLessThan(posted[1]?.seq ?? 0);
    expect(cancel).toHaveBeenCalled();
    for (const message of posted) answer(message);
    await expect(edit).resolves.toEqual({ receivedAt: 1, committedAt: 2 });
    await expect(opened).resolves.toBeUndefined();
    idle[0]?.();
    expect(makeWorker).toHaveBeenCalledTimes(1);
    saver.dispose();
  });

  it('a flush (before the history is shown) starts the worker and includes the held snapshot', () => {
    const { saver, makeWorker, posted } = heldStart();
    void saver.snapshot('b' as BoardId, 'opened', NOW);
    void saver.flush();
    expect(makeWorker).toHaveBeenCalledTimes(1);
    expect(posted.map((m) => m.type)).toEqual(['snapshot', 'flush']);
    saver.dispose();
  });

  it('other snapshots do not wait, and a saver stopped before its worker started refuses what it held', async () => {
    const { saver, makeWorker, posted } = heldStart();
    void saver.snapshot('b' as BoardId, 'interval', NOW);
    expect(makeWorker).toHaveBeenCalledTimes(1);
    expect(posted.map((m) => m.reason)).toEqual(['interval']);
    saver.dispose();
    const other = heldStart();
    const held = other.saver.snapshot('b' as BoardId, 'opened', NOW);
    other.saver.dispose();
    await expect(held).rejects.toThrow(/stopped before it started/u);
    expect(other.makeWorker).not.toHaveBeenCalled();
    expect(other.cancel).toHaveBeenCalled();
  });

  it('reports the worker’s commit time and passes on its errors by name', async () => {
    const listeners = new Map<string, (event: MessageEvent) => void>();
    const posted: { seq: number }[] = [];
    const fakeWorker = {
      postMessage: (message: { seq: number }) => posted.push(message),
      addEventListener: (type: string, listener: (event: MessageEvent) => void) => listeners.set(type, listener),
      terminate: vi.fn(),
    } as unknown as Worker;
    const saver = createPatchSaver({ open: openDatabase, makeWorker: () => fakeWorker });
    const request = { boardId: 'b' as BoardId, base: { revision: 0, token: 'a' }, next: { revision: 1, token: 'b' }, patch: {} };
    const ok = saver.append(request);
    const bad = saver.append(request);
    listeners.get('message')?.(new MessageEvent('message', { data: { type: 'appended', seq: posted[0]?.seq, receivedAt: 1233.5, committedAt: 1234.5 } }));
    listeners.get('message')?.(new MessageEvent('message', { data: { type: 'failed', seq: posted[1]?.seq, name: 'QuotaExceededError', message: 'full' } }));
    await expect(ok).resolves.toEqual({ receivedAt: 1233.5, committedAt: 1234.5 });
    await expect(bad).rejects.toMatchObject({ name: 'QuotaExceededError', message: 'full' });
    // A conflict found in the worker is a ConflictError here (the store asks whose version to keep).
    const conflicted = saver.append(request);
    listeners.get('message')?.(new MessageEvent('message', { data: { type: 'failed', seq: posted[2]?.seq, name: 'ConflictError', message: 'changed elsewhere' } }));
    await expect(conflicted).rejects.toBeInstanceOf(ConflictError);
    // ... and one that found the board deleted says so.
    const deleted = saver.append(request);
    listeners.get('message')?.(new MessageEvent('message', { data: { type: 'failed', seq: posted[3]?.seq, name: 'ConflictError', message: 'deleted elsewhere', gone: true } }));
    await expect(deleted).rejects.toMatchObject({ name: 'ConflictError', gone: true });
  });

  it('a patch for a board this window never read is refused before anything is written', async () => {
    await expect(saveBoardPatch('never-read' as BoardId, { fields: { title: 'x' } })).rejects.toMatchObject({ name: 'StorageError' });
  });
});

describe('starting with no board noted as open last, while another window saves the newest board', () => {
  it('reads the board and its head at one moment: the other window’s save is not taken for damage and written over', async () => {
    useNotices.setState({ notices: [] });
    // A board on this profile, and no note of the board open last (it was deleted from the trash).
    const board = await openStartupBoard(() => '2026-11-28T10:00:00.000Z');
    const db = await openDatabase();
    await db.meta.delete(LAST_BOARD_KEY);
    const head = await db.heads.get(board.id);
    if (!head) throw new Error('no head');
    closeDatabase();
    // Window 2, on its own connection, saves an edit to it just as this window starts.
    const other = new OwnershipDatabase();
    await other.open();
    const save = () =>
      appendToJournal(other, {
        boardId: board.id,
        base: head,
        next: { revision: head.revision + 1, token: 'window-2:1' },
        patch: { fields: { purpose: 'Theirs, saved' } },
      });
    const window2: { write: Promise<void> | null } = { write: null };
    const heads = getDatabase().heads;
    const get = heads.get.bind(heads);
    vi.spyOn(heads, 'get').mockImplementation((...args: Parameters<typeof heads.get>) => {
      // Window 2's write is asked for just as the start-up looks at the board's head.
      window2.write ??= save();
      return get(...args);
    });
    const opened = await openStartupBoard();
    expect(window2.write).not.toBeNull();
    await window2.write;
    expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual([]);
    // What window 2 showed as saved is still stored.
    const stored = await loadBoard(board.id);
    expect(stored?.purpose).toBe('Theirs, saved');
    expect([board.purpose, 'Theirs, saved']).toContain(opened.purpose);
    other.close();
  });
});

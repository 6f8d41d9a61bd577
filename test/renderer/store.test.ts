/**
 * The board store as the workshop uses it: every change can be undone and redone, and "Saved"
 * means the write really finished; a failed write keeps the change on screen and says why.
 */
import { describe, expect, it, vi } from 'vitest';
import type { BoardPatch } from '../../shared/patch';
import { useNotices } from '../../renderer/app/notices';
import type { ActivityId, Board, OutcomeId, PersonId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { createBoardStore, HISTORY_LIMIT, type BoardStoreDeps } from '../../renderer/store/boardStore';
import { ConflictError } from '../../renderer/db/boards';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(overrides: Partial<BoardStoreDeps> = {}) {
  const saved: Board[] = [];
  const sample = createSampleBoard();
  const store = createBoardStore({
    now: () => '2026-11-28T10:00:00.000Z',
    openStartupBoard: () => Promise.resolve(sample),
    saveBoard: (board) => {
      saved.push(board);
      return Promise.resolve();
    },
    ...overrides,
  });
  return { store, saved, sample };
}

function boardOf(store: ReturnType<typeof setup>['store']): Board {
  const { load } = store.getState();
  if (load.status !== 'ready') throw new Error(`board not ready: ${load.status}`);
  return load.board;
}

const outbound = 'sample-outcome-pipeline' as OutcomeId;

/**
 * Storage where another window got there first (or, `gone`, deleted the board): only an overwrite
 * ("keep mine") lands, noted in `writes`.
 */
function overwritesOnly(writes: { title: string; overwrite: boolean }[], gone = false): BoardStoreDeps['saveBoard'] {
  return (board, options) => {
    if (!options?.overwrite) return Promise.reject(new ConflictError(board.id, gone));
    writes.push({ title: board.title, overwrite: true });
    return Promise.resolve();
  };
}

describe('the board store', () => {
  it('opens the startup board', async () => {
    const { store } = setup();
    expect(store.getState().load.status).toBe('loading');
    await store.getState().open();
    expect(boardOf(store).title).toBe('Revenue ownership workshop (sample)');
  });

  it('applies a change, stamps the time, and saves it', async () => {
    const { store, saved } = setup();
    await store.getState().open();
    const result = store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 18 } });
    expect(result.ok).toBe(true);
    const board = boardOf(store);
    expect(board.outcomes.find((o) => o.id === outbound)?.current).toBe(18);
    expect(board.updatedAt).toBe('2026-11-28T10:00:00.000Z');
    await Promise.resolve();
    await Promise.resolve();
    expect(saved.at(-1)).toBe(board);
  });

  it('refuses an impossible edit and changes nothing', async () => {
    const { store, saved } = setup();
    await store.getState().open();
    const before = boardOf(store);
    const result = store.getState().dispatch({ type: 'outcome/set-owner', outcomeId: outbound, personId: 'nobody' as PersonId });
    expect(result.ok).toBe(false);
    expect(boardOf(store)).toBe(before);
    expect(store.getState().past).toHaveLength(0);
    expect(saved).toHaveLength(0);
  });

  it('undoes and redoes an owner change', async () => {
    const { store } = setup();
    await store.getState().open();
    const original = boardOf(store);
    const priya = 'sample-person-priya' as PersonId;
    const result = store.getState().dispatch({ type: 'outcome/set-owner', outcomeId: outbound, personId: priya });
    expect(result.ok && result.effects.map((e) => e.type)).toEqual(['owner-replaced']);
    expect(boardOf(store).outcomes.find((o) => o.id === outbound)?.ownerId).toBe(priya);
    expect(store.getState().undo()).toBe(true);
    expect(boardOf(store).outcomes).toBe(original.outcomes);
    expect(store.getState().redo()).toBe(true);
    expect(boardOf(store).outcomes.find((o) => o.id === outbound)?.ownerId).toBe(priya);
    expect(store.getState().redo()).toBe(false);
  });

  it('an undo or a redo is an edit: the board was last edited then (the library’s "last edited" and order)', async () => {
    let clock = Date.parse('2026-11-28T10:00:00.000Z');
    const { store, saved } = setup({ now: () => new Date(clock).toISOString() });
    await store.getState().open();
    clock += 60_000;
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Day 2' } });
    expect(boardOf(store).updatedAt).toBe('2026-11-28T10:01:00.000Z');
    clock += 3_600_000;
    expect(store.getState().undo()).toBe(true);
    expect(boardOf(store).title).toBe('Revenue ownership workshop (sample)');
    expect(boardOf(store).updatedAt).toBe('2026-11-28T11:01:00.000Z');
    clock += 60_000;
    expect(store.getState().redo()).toBe(true);
    expect(boardOf(store).title).toBe('Day 2');
    expect(boardOf(store).updatedAt).toBe('2026-11-28T11:02:00.000Z');
    await store.getState().settled();
    expect(saved.at(-1)?.updatedAt).toBe('2026-11-28T11:02:00.000Z');
  });

  it('a pasted list of activities is one step: one undo takes all of them back, and one write saves them', async () => {
    const { store, saved } = setup();
    await store.getState().open();
    const original = boardOf(store);
    const titles = ['Call 10 leads', 'Draft the email', 'Book the webinar'];
    const result = store.getState().dispatchAll(
      titles.map((title, i) => ({ type: 'activity/add', id: `a-pasted-${i}` as ActivityId, title, outcomeId: outbound })),
    );
    expect(result.ok).toBe(true);
    const inPipeline = () => boardOf(store).activities.filter((a) => a.outcomeId === outbound).map((a) => a.title);
    expect(inPipeline()).toEqual(['Run the campaign', 'Schedule the calls', ...titles]);
    expect(store.getState().past).toEqual([original]);
    await store.getState().settled();
    expect(saved).toEqual([boardOf(store)]);
    expect(store.getState().undo()).toBe(true);
    expect(boardOf(store).activities).toBe(original.activities);
    expect(store.getState().redo()).toBe(true);
    expect(inPipeline()).toEqual(['Run the campaign', 'Schedule the calls', ...titles]);
  });

  it('a batch with one refused item keeps nothing of it and leaves the history alone', async () => {
    const { store } = setup();
    await store.getState().open();
    const original = boardOf(store);
    const result = store.getState().dispatchAll([
      { type: 'activity/add', id: 'a-1' as ActivityId, title: 'Call 10 leads', outcomeId: outbound },
      { type: 'activity/add', id: 'a-2' as ActivityId, title: '   ', outcomeId: outbound },
    ]);
    expect(result).toEqual({ ok: false, error: { code: 'empty-title', message: 'An activity needs a title.', field: 'title' } });
    expect(boardOf(store)).toBe(original);
    expect(store.getState().past).toHaveLength(0);
  });

  it('a no-op does not fill the history', async () => {
    const { store } = setup();
    await store.getState().open();
    const maya = 'sample-person-maya' as PersonId;
    store.getState().dispatch({ type: 'outcome/set-owner', outcomeId: outbound, personId: maya });
    expect(store.getState().past).toHaveLength(0);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, async () => {
    const { store } = setup();
    await store.getState().open();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: i + 100 } });
    }
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it('shows "saving" until the write has committed, then "saved"', async () => {
    const write = deferred();
    const { store } = setup({ saveBoard: () => write.promise });
    await store.getState().open();
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Day 2' } });
    expect(store.getState().save.status).toBe('saving');
    await Promise.resolve();
    expect(store.getState().save.status).toBe('saving');
    write.resolve();
    await write.promise;
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().save.status).toBe('saved');
  });

  it('a failed write keeps the change and says the disk is full; retry saves it', async () => {
    let fail = true;
    const saved: Board[] = [];
    const { store } = setup({
      saveBoard: (board) => {
        if (fail) {
          const error = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
          return Promise.reject(error);
        }
        saved.push(board);
        return Promise.resolve();
      },
    });
    await store.getState().open();
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Day 2' } });
    await new Promise((r) => setTimeout(r, 0));
    const save = store.getState().save;
    expect(save.status).toBe('failed');
    expect(save.status === 'failed' && save.message).toMatch(/disk is full/u);
    expect(boardOf(store).title).toBe('Day 2');
    fail = false;
    await store.getState().retrySave();
    expect(store.getState().save.status).toBe('saved');
    expect(saved.at(-1)?.title).toBe('Day 2');
  });

  it('a board that cannot be opened gives a message, not a blank screen', async () => {
    const { store } = setup({ openStartupBoard: () => Promise.reject(Object.assign(new Error('x'), { name: 'VersionError' })) });
    await store.getState().open();
    const load = store.getState().load;
    expect(load.status).toBe('failed');
    expect(load.status === 'failed' && load.message).toMatch(/newer version/u);
  });

  it('a start-up read that fails is told as a read, not as a change that was not saved', async () => {
    const { store } = setup({ openStartupBoard: () => Promise.reject(Object.assign(new Error('x'), { name: 'DataError' })) });
    await store.getState().open();
    const load = store.getState().load;
    expect(load.status === 'failed' && load.message).toBe('Your boards could not be read from this computer’s storage; nothing was changed. Reload to try again.');
  });

  it('shows a change saved in another window when nothing of ours is pending, with a fresh history', async () => {
    let handlers: Parameters<NonNullable<BoardStoreDeps['watchOtherWindows']>>[0] | undefined;
    const theirs = { ...createSampleBoard(), title: 'Renamed in the other window' };
    const { store } = setup({
      loadBoard: () => Promise.resolve(theirs),
      watchOtherWindows: (h) => {
        handlers = h;
      },
    });
    await store.getState().open();
    store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 15 } });
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().save.status).toBe('saved');
    handlers?.saved(theirs.id);
    await new Promise((r) => setTimeout(r, 0));
    expect(boardOf(store).title).toBe('Renamed in the other window');
    expect(store.getState().past).toHaveLength(0);
  });

  it('a board another window deleted for good, with nothing on its way here, is no longer “saved”: the person is asked at once', async () => {
    let handlers: Parameters<NonNullable<BoardStoreDeps['watchOtherWindows']>>[0] | undefined;
    let stored = true;
    const writes: { title: string; overwrite: boolean }[] = [];
    const { store, sample } = setup({
      readStored: (id) => Promise.resolve(stored ? { ...sample, id } : undefined),
      saveBoard: overwritesOnly(writes, true),
      watchOtherWindows: (h) => {
        handlers = h;
      },
    });
    await store.getState().open();
    // Moved to the trash: still stored, nothing changes here.
    handlers?.moved([sample.id]);
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().save).toEqual({ status: 'saved' });
    // Deleted for good: it exists only here now.
    stored = false;
    handlers?.moved([sample.id]);
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().save).toMatchObject({ status: 'failed', conflict: true, gone: true, base: sample });
    await store.getState().resolveConflict('mine');
    expect(writes).toEqual([{ title: sample.title, overwrite: true }]);
    expect(store.getState().save).toEqual({ status: 'saved' });
  });

  it('an edit made while another window’s save is being read stays, unwritten, and the person is asked', async () => {
    let handlers: Parameters<NonNullable<BoardStoreDeps['watchOtherWindows']>>[0] | undefined;
    const read = deferred();
    const theirs = { ...createSampleBoard(), title: 'Theirs' };
    const patches: BoardPatch[] = [];
    const writes: { title: string; overwrite: boolean }[] = [];
    const { store } = setup({
      loadBoard: async () => {
        await read.promise;
        return theirs;
      },
      saveBoardPatch: (_id, patch) => {
        patches.push(patch);
        return Promise.resolve();
      },
      saveBoard: overwritesOnly(writes),
      watchOtherWindows: (h) => {
        handlers = h;
      },
    });
    await store.getState().open();
    handlers?.saved(theirs.id);
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Mine' } });
    await new Promise((r) => setTimeout(r, 0));
    // Held back while theirs is read: a write now could land on top of theirs unasked.
    expect(patches).toEqual([]);
    expect(store.getState().save.status).toBe('saving');
    read.resolve();
    await vi.waitFor(() => {
      const save = store.getState().save;
      expect(save.status === 'failed' && save.conflict).toBe(true);
    });
    expect(boardOf(store).title).toBe('Mine');
    // More edits wait for the choice too.
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Mine, again' } });
    await new Promise((r) => setTimeout(r, 0));
    expect(patches).toEqual([]);
    expect(writes).toEqual([]);
    await store.getState().resolveConflict('mine');
    expect(writes).toEqual([{ title: 'Mine, again', overwrite: true }]);
    expect(store.getState().save.status).toBe('saved');
  });

  it('an edit held back while the board was read goes out when the read fails', async () => {
    let handlers: Parameters<NonNullable<BoardStoreDeps['watchOtherWindows']>>[0] | undefined;
    const read = deferred();
    const patches: BoardPatch[] = [];
    const { store, sample } = setup({
      loadBoard: async () => {
        await read.promise;
        return undefined;
      },
      saveBoardPatch: (_id, patch) => {
        patches.push(patch);
        return Promise.resolve();
      },
      watchOtherWindows: (h) => {
        handlers = h;
      },
    });
    await store.getState().open();
    handlers?.saved(sample.id);
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Mine' } });
    read.reject(Object.assign(new Error('x'), { name: 'UnknownError' }));
    await vi.waitFor(() => {
      expect(store.getState().save.status).toBe('saved');
    });
    expect(patches).toEqual([{ fields: { title: 'Mine', updatedAt: '2026-11-28T10:00:00.000Z' } }]);
  });

  it('a save that meets another window’s newer save asks, and keeps whichever the user chooses', async () => {
    const writes: { title: string; overwrite: boolean }[] = [];
    const theirs = { ...createSampleBoard(), title: 'Theirs' };
    const { store } = setup({ loadBoard: () => Promise.resolve(theirs), saveBoard: overwritesOnly(writes) });
    await store.getState().open();
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Mine' } });
    await new Promise((r) => setTimeout(r, 0));
    const save = store.getState().save;
    expect(save.status === 'failed' && save.conflict).toBe(true);
    expect(boardOf(store).title).toBe('Mine');
    await store.getState().resolveConflict('mine');
    expect(writes).toEqual([{ title: 'Mine', overwrite: true }]);
    expect(store.getState().save.status).toBe('saved');
    await store.getState().resolveConflict('theirs');
    expect(boardOf(store).title).toBe('Theirs');
  });

  it('a save that meets a board deleted in another window says so, and saves it again if the user keeps it', async () => {
    const writes: { title: string; overwrite: boolean }[] = [];
    const { store } = setup({ saveBoard: overwritesOnly(writes, true) });
    await store.getState().open();
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Mine' } });
    await new Promise((r) => setTimeout(r, 0));
    const save = store.getState().save;
    expect(save.status === 'failed' && save.conflict && save.gone).toBe(true);
    expect(save.status === 'failed' && save.message).toMatch(/^This board was deleted in another window/u);
    await store.getState().resolveConflict('mine');
    expect(writes).toEqual([{ title: 'Mine', overwrite: true }]);
    expect(store.getState().save).toEqual({ status: 'saved' });
  });

  it('a conflict with a board still stored is not taken for a deletion', async () => {
    const { store } = setup({
      loadBoard: () => Promise.resolve({ ...createSampleBoard(), title: 'Theirs' }),
      saveBoard: (board) => Promise.reject(new ConflictError(board.id)),
    });
    await store.getState().open();
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Mine' } });
    await new Promise((r) => setTimeout(r, 0));
    const save = store.getState().save;
    expect(save.status === 'failed' && save.conflict).toBe(true);
    expect(save.status === 'failed' && save.gone).toBeFalsy();
  });

  it('a database upgrade from a newer window asks to reload instead of hanging', async () => {
    let upgraded: () => void = () => undefined;
    const { store } = setup({
      watchOtherWindows: (h) => {
        upgraded = h.upgraded;
      },
    });
    await store.getState().open();
    upgraded();
    const load = store.getState().load;
    expect(load.status === 'failed' && load.message).toMatch(/Reload this window/u);
  });

  it('keeps a snapshot when a board is opened, and every ten minutes of editing', async () => {
    const kept: string[] = [];
    let clock = Date.parse('2026-11-28T10:00:00.000Z');
    const { store } = setup({
      now: () => new Date(clock).toISOString(),
      snapshot: (board, reason) => {
        kept.push(`${reason}:${board.outcomes.find((o) => o.id === outbound)?.current ?? ''}`);
        return Promise.resolve();
      },
    });
    await store.getState().open();
    clock += 60_000;
    store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 15 } });
    clock += 10 * 60_000;
    store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 16 } });
    clock += 60_000;
    store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 17 } });
    expect(kept).toEqual(['opened:14', 'interval:15']);
  });

  // The imported board's first snapshot says it is the file as imported ("As imported from a file"),
  // not "When the board was opened" like every later opening.
  it('keeps the board left "Before an import" only when the new board came from a file, not for New board or a copy; the new one "as imported"', async () => {
    const kept: string[] = [];
    const { store, sample } = setup({
      snapshot: (board, reason) => {
        kept.push(`${reason}:${board.title}`);
        return Promise.resolve();
      },
    });
    await store.getState().open();
    await store.getState().openNew({ ...sample, id: 'new' as Board['id'], title: 'New board' });
    await store.getState().openNew({ ...sample, id: 'file' as Board['id'], title: 'From a file' }, { imported: true });
    expect(kept).toEqual([`opened:${sample.title}`, 'opened:New board', 'before-import:New board', 'imported:From a file']);
  });

  it('restoring a snapshot keeps the current state first and is one undoable step', async () => {
    const kept: string[] = [];
    const { store, sample } = setup({
      snapshot: (_board, reason, _now, name) => {
        kept.push(name ? `${reason}:${name}` : reason);
        return Promise.resolve();
      },
    });
    await store.getState().open();
    await expect(store.getState().nameSnapshot('  ')).resolves.toEqual({ ok: false, message: expect.stringMatching(/needs a name/u) as unknown });
    await expect(store.getState().nameSnapshot('After day 1')).resolves.toEqual({ ok: true });
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Day 2 work' } });
    await store.getState().restoreSnapshot(sample);
    expect(boardOf(store).title).toBe(sample.title);
    expect(kept).toEqual(['opened', 'named:After day 1', 'before-restore']);
    expect(store.getState().undo()).toBe(true);
    expect(boardOf(store).title).toBe('Day 2 work');
  });

  it('an edit made while a restore keeps its copy first is what Undo of the restore comes back to', async () => {
    const kept = deferred();
    const { store, sample } = setup({ snapshot: (_board, reason) => (reason === 'before-restore' ? kept.promise : Promise.resolve()) });
    await store.getState().open();
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Day 2 work' } });
    const restoring = store.getState().restoreSnapshot(sample);
    // Meanwhile one more change (a key pressed while the History dialog is open, say).
    store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 19 } });
    const edited = boardOf(store);
    kept.resolve();
    await restoring;
    expect(boardOf(store).title).toBe(sample.title);
    expect(store.getState().undo()).toBe(true);
    expect({ ...boardOf(store), updatedAt: edited.updatedAt }).toEqual(edited);
  });

  it('opens another board from the library with a fresh history', async () => {
    const other = { ...createSampleBoard(), title: 'Other board' };
    const { store } = setup({ loadBoard: () => Promise.resolve(other) });
    await store.getState().open();
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Edited' } });
    await expect(store.getState().openBoard(other.id)).resolves.toBe(true);
    expect(boardOf(store).title).toBe('Other board');
    expect(store.getState().past).toHaveLength(0);
  });
});

describe('switching boards while a change is on its way', () => {
  it('a change still queued to be written whole is written when another board is opened meanwhile', async () => {
    const other: Board = { ...createSampleBoard(), id: 'other' as Board['id'], title: 'Other board' };
    const first = deferred();
    const saved: Board[] = [];
    const { store, sample } = setup({
      loadBoard: () => Promise.resolve(other),
      // Whole boards only; the first write is slow (a big board, a busy disk).
      saveBoard: async (board) => {
        if (saved.length === 0) await first.promise;
        saved.push(board);
      },
    });
    await store.getState().open();
    store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 15 } });
    await new Promise((r) => setTimeout(r, 0));
    // Queued behind the first, which is under way: the last change of this board.
    store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 16 } });
    expect(await store.getState().openBoard(other.id)).toBe(true);
    expect(boardOf(store).id).toBe(other.id);
    first.resolve();
    await vi.waitFor(() => {
      expect(saved).toHaveLength(2);
    });
    expect(saved.map((board) => [board.id, board.outcomes.find((o) => o.id === outbound)?.current])).toEqual([
      [sample.id, 15],
      [sample.id, 16],
    ]);
    expect(store.getState().save.status).toBe('saved');
  });

  it('a whole write of a board no longer shown that fails is told as a notice, not as the shown board’s failure', async () => {
    useNotices.setState({ notices: [] });
    const other: Board = { ...createSampleBoard(), id: 'other' as Board['id'], title: 'Other board' };
    const first = deferred();
    const { store } = setup({
      loadBoard: () => Promise.resolve(other),
      saveBoard: async (board) => {
        if (board.id === other.id) return;
        await first.promise;
      },
    });
    await store.getState().open();
    store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 15 } });
    expect(await store.getState().openBoard(other.id)).toBe(true);
    first.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await vi.waitFor(() => {
      expect(useNotices.getState().notices.at(-1)?.message).toMatch(/A change to “Revenue ownership workshop \(sample\)” was not saved: The disk is full/u);
    });
    expect(store.getState().save.status).toBe('saved');
    // The board shown still saves its edits.
    store.getState().dispatch({ type: 'board/edit', patch: { title: 'Other board, edited' } });
    await vi.waitFor(() => {
      expect(store.getState().save.status).toBe('saved');
    });
  });
});

describe('a change whose save fails while another board is being opened', () => {
  const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });
  const other: Board = { ...createSampleBoard(), id: 'other' as Board['id'], title: 'Other board' };

  /** The shown board edited, its patch on its way; `read` and `written` say when the other board's read or write ends. */
  async function patchOnItsWay() {
    useNotices.setState({ notices: [] });
    const patch = deferred();
    const read = deferred();
    const written = deferred();
    const { store } = setup({
      saveBoardPatch: () => patch.promise,
      saveBoard: async (board) => {
        if (board.id === other.id) await written.promise;
      },
      loadBoard: async () => {
        await read.promise;
        return other;
      },
    });
    await store.getState().open();
    store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 15 } });
    const edited = boardOf(store);
    expect(store.getState().save.status).toBe('saving');
    return { store, edited, patch, read, written };
  }

  it('opening from the library keeps the changed board on screen, not saved, and says why, instead of a “Saved” about the other board', async () => {
    const { store, edited, patch, read } = await patchOnItsWay();
    const opening = store.getState().openBoard(other.id);
    patch.reject(quota());
    await vi.waitFor(() => {
      expect(store.getState().save.status).toBe('failed');
    });
    read.resolve();
    expect(await opening).toBe(false);
    expect(boardOf(store)).toBe(edited);
    const { save } = store.getState();
    expect(save.status === 'failed' && save.message).toMatch(/^The disk is full/u);
    expect(useNotices.getState().notices.at(-1)?.message).toMatch(
      /^Your latest change to “Revenue ownership workshop \(sample\)” is not saved, so that board stays open: The disk is full/u,
    );
  });

  it('a new board (an import, New board) is stored but not opened: the changed board stays on screen, not saved, with both said', async () => {
    const { store, edited, patch, written } = await patchOnItsWay();
    const opening = store.getState().openNew(other);
    patch.reject(quota());
    await vi.waitFor(() => {
      expect(store.getState().save.status).toBe('failed');
    });
    written.resolve();
    const result = await opening;
    expect(result).toMatchObject({ ok: false, stored: true, unsavedHere: true });
    expect(!result.ok && result.message).toMatch(
      /^“Other board” is in your library but was not opened\. Your latest change to “Revenue ownership workshop \(sample\)” is not saved, so that board stays open: The disk is full/u,
    );
    // The change is still on screen, with its Retry: nothing of it was dropped.
    expect(boardOf(store)).toBe(edited);
    const { save } = store.getState();
    expect(save.status === 'failed' && save.message).toMatch(/^The disk is full/u);
  });

  it('a new board whose save lands meanwhile opens as before', async () => {
    const { store, patch, written } = await patchOnItsWay();
    const opening = store.getState().openNew(other);
    patch.resolve();
    written.resolve();
    expect(await opening).toEqual({ ok: true });
    expect(boardOf(store).id).toBe(other.id);
    expect(store.getState().save.status).toBe('saved');
    expect(useNotices.getState().notices).toEqual([]);
  });

  it('one that lands meanwhile changes nothing: the other board opens, saved, with nothing to tell', async () => {
    const { store, patch, read } = await patchOnItsWay();
    const opening = store.getState().openBoard(other.id);
    patch.resolve();
    read.resolve();
    expect(await opening).toBe(true);
    expect(boardOf(store).id).toBe(other.id);
    expect(store.getState().save.status).toBe('saved');
    expect(useNotices.getState().notices).toEqual([]);
  });
});

describe('an edit held back while the board is read again is not “Saved”', () => {
  it('even when the write before it lands meanwhile', async () => {
    const patch = deferred();
    const read = deferred();
    const sample = createSampleBoard();
    const { store } = setup({
      saveBoardPatch: () => patch.promise,
      loadBoard: async () => {
        await read.promise;
        return sample;
      },
    });
    await store.getState().open();
    store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 15 } });
    // All boards → Open on this board: it is read back once the edit is stored…
    const opening = store.getState().openBoard(sample.id);
    await Promise.resolve();
    // …and an edit made meanwhile is held back, not written.
    store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 16 } });
    patch.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().save.status).toBe('saving');
    read.resolve();
    expect(await opening).toBe(true);
  });
});

describe('leaving a board whose change could not be saved', () => {
  const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });
  const other: Board = { ...createSampleBoard(), id: 'other' as Board['id'], title: 'Other board' };

  /** A disk that is full until `room()`; the shown board edited, its save failed. */
  async function failedEdit() {
    useNotices.setState({ notices: [] });
    let full = true;
    const writes: Board[] = [];
    const { store, sample } = setup({
      loadBoard: () => Promise.resolve(other),
      saveBoard: (board) => {
        if (full) return Promise.reject(quota());
        writes.push(board);
        return Promise.resolve();
      },
    });
    await store.getState().open();
    store.getState().dispatch({ type: 'outcome/edit', outcomeId: outbound, patch: { current: 15 } });
    await vi.waitFor(() => {
      expect(store.getState().save.status).toBe('failed');
    });
    const edited = boardOf(store);
    return { store, sample, writes, edited, room: () => { full = false; } };
  }

  it('opening another board from the library keeps the change on screen, not saved, and says why', async () => {
    const { store, writes, edited } = await failedEdit();
    expect(await store.getState().openBoard(other.id)).toBe(false);
    expect(boardOf(store)).toBe(edited);
    expect(store.getState().save.status).toBe('failed');
    expect(writes).toEqual([]);
    expect(useNotices.getState().notices.at(-1)?.message).toBe(
      'Your latest change to “Revenue ownership workshop (sample)” is not saved, so that board stays open: The disk is full or the app ran out of storage space: the change was not saved. Free some space and try again.',
    );
    // Opening the same board again from storage would drop it just the same.
    expect(await store.getState().openBoard(edited.id)).toBe(false);
    expect(boardOf(store)).toBe(edited);
  });

  it('with room on the disk again, the change is saved on the way and the other board opens', async () => {
    const { store, writes, edited, room } = await failedEdit();
    room();
    expect(await store.getState().openBoard(other.id)).toBe(true);
    expect(boardOf(store).id).toBe(other.id);
    expect(writes).toEqual([edited]);
  });

  it('a new board (an import, a backup restored, New board) is not opened over it either', async () => {
    const { store, writes, edited } = await failedEdit();
    const imported: Board = { ...createSampleBoard(), id: 'imported' as Board['id'], title: 'Imported' };
    const result = await store.getState().openNew(imported);
    expect(result).toMatchObject({ ok: false, unsavedHere: true });
    expect(boardOf(store)).toBe(edited);
    expect(writes).toEqual([]);
  });
});

describe('saving edits as patches (store)', () => {
  it('sends each edit as a patch from the last board sent, in order, without waiting', async () => {
    const sent: { id: string; patch: BoardPatch }[] = [];
    const pending: ReturnType<typeof deferred>[] = [];
    const { store, saved } = setup({
      saveBoardPatch: (id, patch) => {
        sent.push({ id, patch });
        const d = deferred();
        pending.push(d);
        return d.promise;
      },
    });
    await store.getState().open();
    const [first, second] = boardOf(store).activities;
    if (!first || !second) throw new Error('fixture');
    store.getState().dispatch({ type: 'activity/toggle-done', activityId: first.id });
    store.getState().dispatch({ type: 'activity/toggle-done', activityId: second.id });
    // Both went out at once (no waiting for the first to commit), each carrying only its activity.
    expect(sent.map((s) => s.patch.activities?.kind === 'splice' && s.patch.activities.items.map((a) => a.id))).toEqual([[first.id], [second.id]]);
    expect(saved).toHaveLength(0);
    expect(store.getState().save.status).toBe('saving');
    pending[0]?.resolve();
    await Promise.resolve();
    expect(store.getState().save.status).toBe('saving');
    pending[1]?.resolve();
    await vi.waitFor(() => {
      expect(store.getState().save.status).toBe('saved');
    });
  });

  it('a failed patch for a board no longer shown is told as a notice, not as this board’s failure', async () => {
    const other: Board = { ...createSampleBoard(), id: 'other' as Board['id'], title: 'Other board' };
    const pending: ReturnType<typeof deferred>[] = [];
    const { store } = setup({
      saveBoardPatch: () => {
        const d = deferred();
        pending.push(d);
        return d.promise;
      },
      loadBoard: () => Promise.resolve(other),
    });
    await store.getState().open();
    const [first] = boardOf(store).activities;
    if (!first) throw new Error('fixture');
    store.getState().dispatch({ type: 'activity/toggle-done', activityId: first.id });
    await store.getState().openBoard(other.id);
    pending[0]?.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await vi.waitFor(() => {
      expect(useNotices.getState().notices.at(-1)?.message).toMatch(/A change to “Revenue ownership workshop \(sample\)” was not saved: The disk is full/u);
    });
    expect(store.getState().save.status).toBe('saved');
  });
});

describe('a conflict’s question, while the other window saves again', () => {
  it('says what the newest of the other window’s versions holds, whichever read ends first', async () => {
    let handlers: Parameters<NonNullable<BoardStoreDeps['watchOtherWindows']>>[0] | undefined;
    const sample = createSampleBoard();
    const reads: ((board: Board) => void)[] = [];
    const store = createBoardStore({
      now: () => '2026-11-28T10:00:00.000Z',
      openStartupBoard: () => Promise.resolve(sample),
      saveBoard: (board, options) => (options?.overwrite === true ? Promise.resolve() : Promise.reject(new ConflictError(board.id, false))),
      readStored: () =>
        new Promise<Board>((resolve) => {
          reads.push(resolve);
        }),
      watchOtherWindows: (given) => {
        handlers = given;
      },
    });
    await store.getState().open();
    store.getState().dispatch({ type: 'board/edit', patch: { purpose: 'Mine' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().save).toMatchObject({ conflict: true });
    // The other window saves again while the question is asked: a second read, which ends last.
    handlers?.saved(sample.id);
    expect(reads).toHaveLength(2);
    reads[0]?.({ ...sample, title: 'Theirs, first' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    reads[1]?.({ ...sample, title: 'Theirs, newest' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const { save } = store.getState();
    expect(save.status === 'failed' ? save.theirs?.title : null).toBe('Theirs, newest');
  });
});

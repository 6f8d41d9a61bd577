/**
 * The open board and its history, in one zustand store. Every change goes through `dispatch`,
 * which runs the pure command from shared/commands, records the previous board for undo, and
 * hands the new board to persistence. "Saved" is shown only once the write has committed.
 */
import { create } from 'zustand';
import { applyIntent, applyIntents } from '../../shared/commands';
import type { CommandError, CommandResult, Effect, Intent } from '../../shared/intents';
import type { Board, OutcomeId } from '../../shared/model';
import { diffBoards, patchItemCount, sharingUnchanged, type BoardPatch } from '../../shared/patch';
import { isolatedInSentence } from '../../shared/text';
import {
  ConflictError,
  describeStorageError,
  loadBoard,
  noteOpenBoard,
  onBoardSavedElsewhere,
  onBoardsChangedElsewhere,
  openStartupBoard,
  readBoardToCopy,
  saveBoard,
  saveBoardPatch,
  snapshotSavedBoard,
} from '../db/boards';
import { onVersionChange, type SnapshotReason } from '../db/database';
import { addSnapshot, SNAPSHOT_INTERVAL_MS, snapshotNameProblem } from '../db/snapshots';
import { notify, type NoticeAction } from '../app/notices';

export const HISTORY_LIMIT = 500;

/** A patch carrying more people, outcomes and activities than this is sent as a whole board. */
export const PATCH_ITEM_LIMIT = 200;

export type SaveState =
  | { readonly status: 'saved' }
  | { readonly status: 'saving' }
  | {
      readonly status: 'failed';
      readonly message: string;
      /** Another window saved this board meanwhile: the user chooses whose version to keep. */
      readonly conflict?: boolean;
      /** With `conflict`: the board is no longer stored at all (deleted for good in another window; see ConflictError). */
      readonly gone?: boolean;
      /** With `conflict`: the board as this window last knew it stored, the version both windows' changes started from. */
      readonly base?: Board;
      /**
       * With `conflict`, once read: the other window's version, as stored now (sharing `base`'s
       * unchanged items, so the two can be compared: sharingUnchanged). What keeping this window's throws away.
       */
      readonly theirs?: Board;
    };

export type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly board: Board }
  | { readonly status: 'failed'; readonly message: string };

export type DispatchResult =
  | { readonly ok: true; readonly effects: readonly Effect[] }
  | { readonly ok: false; readonly error: CommandError };

export interface BoardState {
  readonly load: LoadState;
  readonly save: SaveState;
  readonly past: readonly Board[];
  readonly future: readonly Board[];
  /** Opens the startup board (last open, else newest, else the sample). */
  readonly open: () => Promise<void>;
  /**
   * Saves a board that is new to this machine (an import, a copy) and shows it. Nothing existing
   * is overwritten; the history starts empty. Resolves false (with the reason in `save`) when the
   * write failed, in which case the board on screen does not change; `unsavedHere` when nothing was
   * written because the board on screen holds a change that could not be saved (said in `message`).
   * `stored` when the new board was written but not shown: the change on screen failed meanwhile,
   * and it stays on screen, with its Retry (`message` says both in full). `imported`: the board came
   * from a file (an import, a backup), and the board it replaces on screen is noted in its history
   * as it was "Before an import".
   */
  readonly openNew: (board: Board, options?: { readonly imported?: boolean }) => Promise<{ ok: true } | { ok: false; message: string; unsavedHere?: true; stored?: true }>;
  readonly dispatch: (intent: Intent) => DispatchResult;
  /**
   * Several intents as one change: one step of the history (one Undo takes all of them back), one
   * save. The first refusal is returned and nothing of the batch is kept.
   */
  readonly dispatchAll: (intents: readonly Intent[]) => DispatchResult;
  readonly undo: () => boolean;
  readonly redo: () => boolean;
  /** Writes the current board again (after a failed save). */
  readonly retrySave: () => Promise<void>;
  /** Opens a board from the library. */
  readonly openBoard: (id: Board['id']) => Promise<boolean>;
  /** Keeps a named copy of the open board in its history ("After day 1"). */
  readonly nameSnapshot: (name: string) => Promise<{ ok: true } | { ok: false; message: string }>;
  /**
   * Puts a copy from the history back as the open board. The current state is kept in the history
   * first, and the restore is one undo step like any other change.
   */
  readonly restoreSnapshot: (snapshot: Board) => Promise<void>;
  /**
   * After a conflict: keep this window's board (overwrite) or take the other window's. With 'mine',
   * `replacing` says what of the other window's version that throws away (describeChanges): that
   * window is told so when it takes this one in.
   */
  readonly resolveConflict: (keep: 'mine' | 'theirs', replacing?: readonly string[]) => Promise<void>;
  /** Resolves once the open board's writes sent so far have landed or failed (see `save`). */
  readonly settled: () => Promise<void>;
  /**
   * Whether a write is still on its way, of the board shown or of one left meanwhile (its last
   * change, sent just before another board was opened: `save` is about the board shown only).
   */
  readonly writing: () => boolean;
}

export interface BoardStoreDeps {
  readonly now: () => string;
  readonly openStartupBoard: () => Promise<Board>;
  readonly saveBoard: (board: Board, options?: { readonly overwrite?: boolean; readonly replacing?: readonly string[] }) => Promise<void>;
  /** Saves an edit as a patch on top of the last board saved or sent (absent: whole boards only). */
  readonly saveBoardPatch?: (id: Board['id'], patch: BoardPatch) => Promise<void>;
  readonly loadBoard?: (id: Board['id']) => Promise<Board | undefined>;
  /** A board as stored, read without taking it as what this window saves on (the other window's version in a conflict). */
  readonly readStored?: (id: Board['id']) => Promise<Board | undefined>;
  /** Notes a board opened (from the library) as the one the next start opens. */
  readonly noteOpened?: (id: Board['id']) => Promise<void>;
  /** Board history: keep a copy of a board (failures are not the user's problem: ignored). */
  readonly snapshot?: (board: Board, reason: SnapshotReason, now: string, name?: string | null) => Promise<unknown>;
  /**
   * Other windows on this profile: their saves (with what an overwrite threw away of the version it
   * replaced: see resolveConflict), their moves and deletions of boards, and a database upgrade that closed ours.
   */
  readonly watchOtherWindows?: (handlers: {
    saved: (id: Board['id'], replacing?: readonly string[]) => void;
    moved: (ids: readonly Board['id'][]) => void;
    upgraded: () => void;
  }) => void;
}

const defaultDeps: BoardStoreDeps = {
  now: () => new Date().toISOString(),
  openStartupBoard: () => openStartupBoard(),
  saveBoard,
  saveBoardPatch,
  loadBoard,
  readStored: readBoardToCopy,
  noteOpened: noteOpenBoard,
  // Automatic snapshots are taken by the save worker from what is stored; named ones here.
  snapshot: (board, reason, now, name) => (reason === 'named' ? addSnapshot(board, reason, now, name) : snapshotSavedBoard(board.id, reason, now)),
  watchOtherWindows: ({ saved, moved, upgraded }) => {
    onBoardSavedElsewhere((id, _revision, replacing) => {
      saved(id, replacing);
    });
    onBoardsChangedElsewhere(moved, { movesOnly: true });
    onVersionChange(upgraded);
  },
};

/**
 * The other window's versions of the open board taken in with nothing said of them (no conflict
 * answered, nothing of this window's thrown away): the board screen says what changed in them, once
 * for a burst of that window's saves (board/focusElsewhere.ts).
 */
export const takenInUnsaid = new WeakSet<Board>();

export function createBoardStore(deps: BoardStoreDeps = defaultDeps) {
  return create<BoardState>()((set, get) => {
    // Two ways to save. An edit on top of what storage already holds (or has been sent) goes out
    // at once as a patch — a small write the save worker commits while React is still drawing
    // the edit. Anything else (a restore, an import, a retry after a failure, keeping this
    // window's version after a conflict) writes the whole board; whole writes are chained so they
    // land in order, and one still queued when a newer version of the same board follows it is
    // skipped (that one is written instead; another board opened meanwhile is no such thing).
    let latest: Board | null = null;
    let chain: Promise<void> = Promise.resolve();
    /** What storage will hold once every write sent so far has landed; null: unknown. */
    let sent: Board | null = null;
    /** Whole writes queued or running: the board each is for. */
    let wholeWrites: Board['id'][] = [];
    /** Patches sent and not yet committed (or failed), with the board each is for. */
    let patches: { readonly boardId: Board['id']; readonly write: Promise<void> }[] = [];
    /** A write failed: until a whole write succeeds, patches would build on something not stored. */
    let broken = false;
    /** Boards being read back from storage (see readBack): their edits meanwhile are held back. */
    let reading: Board['id'][] = [];
    /** The newest edit of a board being read back, held back until the read is done. */
    let held: Board | null = null;
    /** The shown board as storage last held it to this window's knowledge (read, or written by it). */
    let confirmed: Board | null = null;
    /** Reads of the other window's version asked for in a conflict (readTheirs), counted. */
    let theirsReads = 0;

    /**
     * Shows a board just read from storage, with a fresh history: storage holds exactly it, nothing
     * of it is on its way (it was read once its writes had landed: see `landed`).
     */
    function showStored(board: Board): void {
      latest = board;
      sent = board;
      confirmed = board;
      broken = false;
      if (held?.id === board.id) held = null;
      set({ load: { status: 'ready', board }, past: [], future: [], save: { status: 'saved' } });
    }

    /**
     * "Saved" once nothing sent is still on its way and nothing is held back: an edit held during a
     * read (see readBack) is not stored yet, though no write of it is pending.
     */
    function settle(): void {
      if (!broken && held === null && wholeWrites.length === 0 && patches.length === 0) set({ save: { status: 'saved' } });
    }

    /**
     * Resolves once every write of this board sent or queued so far has landed (or failed). A board
     * read back before then would miss them, and the next patch, made against that older board,
     * would be stored on top of them.
     */
    async function landed(id: Board['id']): Promise<void> {
      for (;;) {
        const waiting = patches.filter((patch) => patch.boardId === id).map((patch) => patch.write);
        if (wholeWrites.includes(id)) waiting.push(chain);
        if (waiting.length === 0) return;
        // Neither ever rejects: failures are handled where they are sent.
        await Promise.all(waiting);
      }
    }

    function fail(error: unknown): void {
      broken = true;
      // The change stays in memory (and on screen); the user can retry or choose.
      const conflict = error instanceof ConflictError;
      const base = conflict && confirmed?.id === error.boardId ? { base: confirmed } : {};
      set({ save: { status: 'failed', message: describeStorageError(error), conflict, gone: conflict && error.gone, ...base } });
      if (conflict && !error.gone) readTheirs(error.boardId);
    }

    /**
     * In a conflict: reads the other window's version (again, when it saves once more), so the
     * banner can say what each choice throws away. Found deleted meanwhile, the board is gone.
     */
    function readTheirs(id: Board['id']): void {
      // The newest read wins: two saves of theirs in a row start two reads, which may end in either order.
      const read = ++theirsReads;
      void deps.readStored?.(id).then(
        (stored) => {
          const { save } = get();
          // Asked again since, or chosen meanwhile, or another board opened: this read says nothing.
          if (read !== theirsReads || save.status !== 'failed' || save.conflict !== true || save.gone === true || current()?.id !== id) return;
          const { theirs: _before, ...rest } = save;
          if (!stored) set({ save: { ...rest, message: describeStorageError(new ConflictError(id, true)), gone: true } });
          else set({ save: { ...rest, theirs: save.base ? sharingUnchanged(save.base, stored) : stored } });
        },
        // Not read: the banner asks without saying what each choice throws away.
        () => undefined,
      );
    }

    /**
     * A write of a board no longer shown failed (the person has opened another board meanwhile):
     * says so without touching the shown board's state. False when the board is the one shown.
     */
    function failedOffScreen(board: Board, error: unknown): boolean {
      if (current()?.id === board.id) return false;
      notify(`A change to “${isolatedInSentence(board.title)}” was not saved: ${describeStorageError(error)}`, { tone: 'error' });
      return true;
    }

    /**
     * The shown board's failed save, if it failed while another board was being opened: `before` is
     * the state when the opening began (failed then: a conflict's question, which may be left). A
     * save still on its way then does not hold the opening back (unsavedChange), but its failure must
     * not be replaced by the next board's "Saved" unsaid.
     */
    function failedSince(before: SaveState): Extract<SaveState, { status: 'failed' }> | null {
      const { save } = get();
      return save.status === 'failed' && before.status !== 'failed' ? save : null;
    }

    function sendPatch(board: Board, patch: BoardPatch, save: (id: Board['id'], patch: BoardPatch) => Promise<void>): Promise<void> {
      sent = board;
      set({ save: { status: 'saving' } });
      const write: Promise<void> = save(board.id, patch).then(
        () => {
          patches = patches.filter((other) => other.write !== write);
          if (current()?.id === board.id) confirmed = board;
          settle();
        },
        (error: unknown) => {
          patches = patches.filter((other) => other.write !== write);
          if (failedOffScreen(board, error)) return;
          // Patches sent after a failed one fail with it; the first failure is the one to tell.
          if (!broken) fail(error);
        },
      );
      patches = [...patches, { boardId: board.id, write }];
      return write;
    }

    function persist(board: Board, overwrite = false, replacing: readonly string[] = []): Promise<void> {
      latest = board;
      // After a conflict nothing is written until the person chooses whose version to keep (the
      // head this window saves on may be the other window's by then: a write would replace theirs).
      const { save: state } = get();
      if (!overwrite && state.status === 'failed' && state.conflict === true) return Promise.resolve();
      if (!overwrite && reading.includes(board.id)) {
        held = board;
        set({ save: { status: 'saving' } });
        return Promise.resolve();
      }
      const save = deps.saveBoardPatch;
      if (save && !overwrite && !broken && wholeWrites.length === 0 && sent?.id === board.id) {
        const patch = diffBoards(sent, board);
        if (patch === null) {
          settle();
          return Promise.resolve();
        }
        if (patchItemCount(patch) <= PATCH_ITEM_LIMIT) return sendPatch(board, patch, save);
      }
      set({ save: { status: 'saving' } });
      wholeWrites = [...wholeWrites, board.id];
      const pending = patches.map((patch) => patch.write);
      chain = chain.then(async () => {
        try {
          // After the patches already on their way, so the whole board lands last.
          await Promise.all(pending);
          if (latest?.id === board.id && latest !== board) return;
          await deps.saveBoard(board, replacing.length > 0 ? { overwrite, replacing } : { overwrite });
          // Written while another board is shown: what that board's saves build on stays as it is.
          if (current()?.id === board.id) {
            sent = board;
            confirmed = board;
            broken = false;
          }
        } catch (error) {
          if (!failedOffScreen(board, error)) fail(error);
        } finally {
          wholeWrites = wholeWrites.toSpliced(wholeWrites.indexOf(board.id), 1);
        }
        if (latest === board) settle();
      });
      return chain;
    }

    /**
     * Reads a board back from storage once this window's writes to it have landed. Edits made to it
     * from now until it is read are held back, not written: the read takes the stored head as the
     * one this window saves on, so a write of the board shown, made on what was there before, could
     * replace another window's newer version unasked. The caller shows what was read, or keeps the
     * edited board (and then sends the held edit, or asks whose version to keep).
     */
    async function readBack(id: Board['id']): Promise<Board | undefined> {
      reading = [...reading, id];
      try {
        await landed(id);
        return await deps.loadBoard?.(id);
      } finally {
        reading = reading.toSpliced(reading.indexOf(id), 1);
      }
    }

    /** Sends what was held back during a read that showed nothing (it failed, or found no board). */
    function sendHeld(): void {
      const board = held;
      held = null;
      if (board) void persist(board);
    }

    /**
     * Shows the stored version of the open board (another window's), with a fresh history — unless
     * the board was edited while it was read: then the person keeps what they have, and chooses
     * whose version to keep with the edit in front of them.
     */
    async function takeStored(id: Board['id']): Promise<boolean> {
      const shown = current();
      let stored: Board | undefined;
      try {
        stored = await readBack(id);
      } catch (error) {
        sendHeld();
        throw error;
      }
      if (current() !== shown) {
        // Edited meanwhile: another window saved this board (or deleted it) under an edit of ours,
        // a conflict like any other. Or another board was opened: nothing to show.
        const edit = held;
        held = null;
        if (edit) {
          const conflict = new ConflictError(id, stored === undefined);
          if (!failedOffScreen(edit, conflict)) fail(conflict);
        }
        return false;
      }
      if (!stored) {
        sendHeld();
        return false;
      }
      showStored(stored);
      return true;
    }

    /**
     * Takes in the other window's version, and says so: `message`, and that Undo starts again when
     * this window's history (steps to undo) went with it. Null: the board screen says what changed
     * (takenInUnsaid).
     */
    async function takeTheirs(id: Board['id'], message: string | null): Promise<void> {
      const undoable = get().past.length > 0;
      if (!(await takeStored(id))) return;
      const shown = current();
      if (message !== null) notify(undoable ? `${message} Undo starts again from here.` : message);
      else if (shown) takenInUnsaid.add(shown);
    }

    deps.watchOtherWindows?.({
      saved: (id, replacing = []) => {
        const { load, save } = get();
        if (load.status !== 'ready' || load.board.id !== id) return;
        // Asking whose version to keep: the question now stands against this newer one of theirs.
        if (save.status === 'failed' && save.conflict === true && save.gone !== true) {
          readTheirs(id);
          return;
        }
        // With a change of ours still on its way, the save will meet the conflict and ask.
        if (save.status !== 'saved') return;
        const message = replacing.length > 0 ? `Another window kept its own version of this board and threw away your change here: ${replacing.join(' ')}` : null;
        // Not read: the board stays as it is, and our next save meets theirs and asks.
        takeTheirs(id, message).catch(() => undefined);
      },
      moved: (ids) => {
        const shown = current();
        if (!shown || !ids.includes(shown.id)) return;
        // Trashed or archived, it is still stored (the board screen says so). Deleted for good, it
        // exists only here now: not "Saved", and leaving would lose it. The person chooses.
        void deps.readStored?.(shown.id).then(
          (stored) => {
            const { save } = get();
            if (stored || current()?.id !== shown.id || (save.status === 'failed' && save.gone === true)) return;
            fail(new ConflictError(shown.id, true));
          },
          () => undefined,
        );
      },
      upgraded: () => {
        set({
          load: {
            status: 'failed',
            message: 'A newer version of Ownership Board opened your boards in another window. Reload this window to continue; your saved work is safe.',
          },
        });
      },
    });

    let lastSnapshotAt = 0;
    function keepSnapshot(board: Board, reason: SnapshotReason): void {
      const now = deps.now();
      lastSnapshotAt = Date.parse(now);
      void deps.snapshot?.(board, reason, now).catch(() => undefined);
    }

    /**
     * Why the shown board may not give way to another now, or null when it may. A change to it that
     * could not be stored (a full disk) exists only on screen: opening another board, or this one
     * again from storage, dropped it without a word while the toolbar turned to "Saved". It is
     * tried once more first (the disk may have room now). A conflict is not held here: its
     * question offers the way out (another window's version, or leaving a board deleted there).
     */
    async function unsavedChange(): Promise<string | null> {
      const board = current();
      const { save } = get();
      if (!board || save.status !== 'failed' || save.conflict === true) return null;
      await persist(board);
      const { save: after } = get();
      if (after.status !== 'failed' || after.conflict === true) return null;
      return unsavedMessage(current() ?? board, after.message);
    }

    function unsavedMessage(shown: Board, message: string): string {
      return `Your latest change to “${isolatedInSentence(shown.title)}” is not saved, so that board stays open: ${message}`;
    }

    /**
     * Shows an opened board with a fresh history, and notes it in the board's history: as opened,
     * or as imported from a file (its first snapshot, the state a colleague's file brought in).
     */
    function showOpened(board: Board, reason: 'opened' | 'imported' = 'opened'): void {
      showStored(board);
      keepSnapshot(board, reason);
    }

    function current(): Board | null {
      const { load } = get();
      return load.status === 'ready' ? load.board : null;
    }

    function show(board: Board, past: readonly Board[], future: readonly Board[]): void {
      set({ load: { status: 'ready', board }, past, future });
      void persist(board);
    }

    /** One step of the history: the command's board shown, the board before it kept for Undo. */
    function change(command: (board: Board) => CommandResult): DispatchResult {
      const board = current();
      if (!board) return { ok: false, error: { code: 'invalid-index', message: 'No board is open.' } };
      const result = command(board);
      if (!result.ok) return result;
      if (result.board !== board) {
        const now = deps.now();
        // Every ten minutes of editing, keep the state before this change in the history.
        if (Date.parse(now) - lastSnapshotAt >= SNAPSHOT_INTERVAL_MS) keepSnapshot(board, 'interval');
        const next = { ...result.board, updatedAt: now };
        show(next, [...get().past, board].slice(-HISTORY_LIMIT), []);
      }
      return { ok: true, effects: result.effects };
    }

    return {
      load: { status: 'loading' },
      save: { status: 'saved' },
      past: [],
      future: [],

      open: async () => {
        set({ load: { status: 'loading' } });
        try {
          showOpened(await deps.openStartupBoard());
        } catch (error) {
          const message = error instanceof Error && error.name === 'StorageError' ? error.message : describeStorageError(error, 'reading');
          set({ load: { status: 'failed', message } });
        }
      },

      openNew: async (board, options) => {
        const unsaved = await unsavedChange();
        if (unsaved !== null) return { ok: false, message: unsaved, unsavedHere: true };
        const { save: started } = get();
        try {
          await deps.saveBoard(board);
        } catch (error) {
          return { ok: false, message: describeStorageError(error) };
        }
        const before = current();
        // The new board is stored, but the last change of the one it would replace failed meanwhile:
        // that change exists only on screen, which stays (as when opening from the library).
        const failed = failedSince(started);
        if (before && failed) {
          return { ok: false, stored: true, unsavedHere: true, message: `“${isolatedInSentence(board.title)}” is in your library but was not opened. ${unsavedMessage(before, failed.message)}` };
        }
        // A new board or a copy made here leaves the other as it was: nothing to note in its history.
        if (before && options?.imported === true) keepSnapshot(before, 'before-import');
        showOpened(board, options?.imported === true ? 'imported' : 'opened');
        return { ok: true };
      },

      openBoard: async (id) => {
        const unsaved = await unsavedChange();
        if (unsaved !== null) {
          notify(unsaved, { tone: 'error' });
          return false;
        }
        try {
          // Opening the open board again reads it back: once its last edits are stored. An edit
          // made meanwhile gives way to the board opened.
          const { save: started } = get();
          const board = await readBack(id);
          if (!board) {
            sendHeld();
            return false;
          }
          // The shown board's last change failed while this one was read: it exists only on screen,
          // which stays (as when it had failed before: unsavedChange), with its Retry or question.
          const failed = failedSince(started);
          const shown = current();
          if (failed && shown) {
            if (held?.id === id) sendHeld();
            notify(unsavedMessage(shown, failed.message), { tone: 'error' });
            return false;
          }
          showOpened(board);
          // Not the user's problem if it fails: the next start then opens the board noted before.
          void deps.noteOpened?.(id).catch(() => undefined);
          return true;
        } catch (error) {
          sendHeld();
          notify(error instanceof Error && error.name === 'StorageError' ? error.message : describeStorageError(error, 'reading'), { tone: 'error' });
          return false;
        }
      },

      nameSnapshot: async (name) => {
        const board = current();
        if (!board) return { ok: false, message: 'No board is open.' };
        // Not empty, nor only invisible characters (see snapshotName).
        const problem = snapshotNameProblem(name);
        if (problem !== null) return { ok: false, message: problem };
        try {
          await deps.snapshot?.(board, 'named', deps.now(), name);
          return { ok: true };
        } catch (error) {
          return { ok: false, message: describeStorageError(error) };
        }
      },

      restoreSnapshot: async (snapshot) => {
        const board = current();
        if (!board || snapshot.id !== board.id) return;
        await deps.snapshot?.(board, 'before-restore', deps.now()).catch(() => undefined);
        // The board may have changed while the copy was kept (an undo by key, another window's
        // save): the restore is a step from the board shown now, so Undo comes back to that one.
        const shown = current();
        if (!shown || shown.id !== snapshot.id) return;
        const restored = { ...snapshot, updatedAt: deps.now() };
        show(restored, [...get().past, shown].slice(-HISTORY_LIMIT), []);
      },

      dispatch: (intent) => change((board) => applyIntent(board, intent)),

      dispatchAll: (intents) => change((board) => applyIntents(board, intents)),

      undo: () => {
        const board = current();
        const { past, future } = get();
        const previous = past.at(-1);
        if (!board || !previous) return false;
        // An undo is an edit like any other: the board was last edited now (the library's "last
        // edited", its order, and the backups go by it), not when the state it returns to was made.
        show({ ...previous, updatedAt: deps.now() }, past.slice(0, -1), [board, ...future]);
        return true;
      },

      redo: () => {
        const board = current();
        const { past, future } = get();
        const next = future[0];
        if (!board || !next) return false;
        show({ ...next, updatedAt: deps.now() }, [...past, board].slice(-HISTORY_LIMIT), future.slice(1));
        return true;
      },

      retrySave: async () => {
        const board = current();
        if (board) await persist(board);
      },

      resolveConflict: async (keep, replacing = []) => {
        const board = current();
        if (!board) return;
        if (keep === 'mine') await persist(board, true, replacing);
        else await takeTheirs(board.id, 'This board shows the other window’s version now.');
      },

      settled: () => {
        const board = current();
        return board ? landed(board.id) : Promise.resolve();
      },

      writing: () => wholeWrites.length > 0 || patches.length > 0,
    };
  });
}

export type BoardStore = ReturnType<typeof createBoardStore>;

/**
 * Which of a board's fields make its state (true), and which are stamps (false). Every field is
 * named: a field added to Board does not compile until it is one or the other.
 */
const STATE_FIELDS = {
  id: true,
  // Fixed when the board is made (shared/model): compared like its id.
  origin: true,
  title: true,
  purpose: true,
  people: true,
  outcomes: true,
  activities: true,
  createdAt: false,
  updatedAt: false,
} as const satisfies Record<keyof Board, boolean>;
const COMPARED = (Object.keys(STATE_FIELDS) as (keyof Board)[]).filter((field) => STATE_FIELDS[field]);

/**
 * Whether two boards are in the same state: the same items, the very objects (boards are immutable
 * and share what a change did not touch), whenever each was stamped. An undo or a redo brings a state
 * back as a new board stamped now, with the items it had.
 */
export function sameState(a: Board, b: Board | null): boolean {
  return b !== null && COMPARED.every((field) => a[field] === b[field]);
}

export const useBoardStore = createBoardStore();

/** The board open on screen now, or null while none is (loading, an error, the library). */
export function shownBoard(): Board | null {
  const { load } = useBoardStore.getState();
  return load.status === 'ready' ? load.board : null;
}

/**
 * Says what a change just did (call it right after the change), with an Undo that undoes exactly
 * that change, offered while the board is still as the change left it (see Notices.tsx). `about`:
 * the outcome whose owner it changed, kept uncovered by the notice. `said`: the board's announcer
 * has said it already (a drop): shown, not said again.
 */
export function notifyUndoable(message: string, about?: OutcomeId, said = false): void {
  notifyWithAction(message, 'Undo', 'undo', about, said);
}

/**
 * Says something with a button that does `run`, offered while the board is as it is now (see
 * Notices.tsx): "Your changes to … were not saved." with "Bring them back". Undo's notice goes when
 * the board is back as it was before the change (its change undone another way).
 */
export function notifyWithAction(message: string, label: string, run: NoticeAction['run'], about?: OutcomeId, said = false): void {
  const { load, past } = useBoardStore.getState();
  const before = run === 'undo' ? past.at(-1) : undefined;
  const near = { ...(about === undefined ? {} : { about }), said };
  notify(message, load.status === 'ready' ? { action: { label, offeredWhile: load.board, run, ...(before === undefined ? {} : { undoneWhile: before }) }, ...near } : near);
}

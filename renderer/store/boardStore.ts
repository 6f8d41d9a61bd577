/**
 * The open board and its history, in one zustand store. Every change goes through `dispatch`,
 * which runs the pure command from shared/commands, records the previous board for undo, and
 * hands the new board to persistence. "Saved" is shown only once the write has committed.
 */
import { create } from 'zustand';
import { applyIntent } from '../../shared/commands';
import type { CommandError, Effect, Intent } from '../../shared/intents';
import type { Board } from '../../shared/model';
import { describeStorageError, openStartupBoard, saveBoard } from '../db/boards';

export const HISTORY_LIMIT = 500;

export type SaveState =
  | { readonly status: 'saved' }
  | { readonly status: 'saving' }
  | { readonly status: 'failed'; readonly message: string };

export type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly board: Board }
  | { readonly status: 'failed'; readonly message: string };

export type DispatchResult =
  | { readonly ok: true; readonly effects: readonly Effect[] }
  | { readonly ok: false; readonly error: CommandError };

interface BoardState {
  readonly load: LoadState;
  readonly save: SaveState;
  readonly past: readonly Board[];
  readonly future: readonly Board[];
  /** Opens the startup board (last open, else newest, else the sample). */
  readonly open: () => Promise<void>;
  /**
   * Saves a board that is new to this machine (an import, a copy) and shows it. Nothing existing
   * is overwritten; the history starts empty. Resolves false (with the reason in `save`) when the
   * write failed, in which case the board on screen does not change.
   */
  readonly openNew: (board: Board) => Promise<{ ok: true } | { ok: false; message: string }>;
  readonly dispatch: (intent: Intent) => DispatchResult;
  readonly undo: () => boolean;
  readonly redo: () => boolean;
  /** Writes the current board again (after a failed save). */
  readonly retrySave: () => Promise<void>;
}

export interface BoardStoreDeps {
  readonly now: () => string;
  readonly openStartupBoard: () => Promise<Board>;
  readonly saveBoard: (board: Board) => Promise<void>;
}

const defaultDeps: BoardStoreDeps = {
  now: () => new Date().toISOString(),
  openStartupBoard: () => openStartupBoard(),
  saveBoard,
};

export function createBoardStore(deps: BoardStoreDeps = defaultDeps) {
  return create<BoardState>()((set, get) => {
    // Writes are chained so they land in order; only the newest board needs writing, so a write
    // that is still queued when a newer board arrives is skipped.
    let latest: Board | null = null;
    let chain: Promise<void> = Promise.resolve();

    function persist(board: Board): Promise<void> {
      latest = board;
      set({ save: { status: 'saving' } });
      chain = chain.then(async () => {
        if (latest !== board) return;
        try {
          await deps.saveBoard(board);
          if (latest === board) set({ save: { status: 'saved' } });
        } catch (error) {
          // The change stays in memory (and on screen); the user can retry.
          set({ save: { status: 'failed', message: describeStorageError(error) } });
        }
      });
      return chain;
    }

    function current(): Board | null {
      const { load } = get();
      return load.status === 'ready' ? load.board : null;
    }

    function show(board: Board, past: readonly Board[], future: readonly Board[]): void {
      set({ load: { status: 'ready', board }, past, future });
      void persist(board);
    }

    return {
      load: { status: 'loading' },
      save: { status: 'saved' },
      past: [],
      future: [],

      open: async () => {
        set({ load: { status: 'loading' } });
        try {
          const board = await deps.openStartupBoard();
          set({ load: { status: 'ready', board }, past: [], future: [], save: { status: 'saved' } });
        } catch (error) {
          const message = error instanceof Error && error.name === 'StorageError' ? error.message : describeStorageError(error);
          set({ load: { status: 'failed', message } });
        }
      },

      openNew: async (board) => {
        try {
          await deps.saveBoard(board);
        } catch (error) {
          return { ok: false, message: describeStorageError(error) };
        }
        latest = board;
        set({ load: { status: 'ready', board }, past: [], future: [], save: { status: 'saved' } });
        return { ok: true };
      },

      dispatch: (intent) => {
        const board = current();
        if (!board) return { ok: false, error: { code: 'invalid-index', message: 'No board is open.' } };
        const result = applyIntent(board, intent);
        if (!result.ok) return result;
        if (result.board !== board) {
          const next = { ...result.board, updatedAt: deps.now() };
          show(next, [...get().past, board].slice(-HISTORY_LIMIT), []);
        }
        return { ok: true, effects: result.effects };
      },

      undo: () => {
        const board = current();
        const { past, future } = get();
        const previous = past.at(-1);
        if (!board || !previous) return false;
        show(previous, past.slice(0, -1), [board, ...future]);
        return true;
      },

      redo: () => {
        const board = current();
        const { past, future } = get();
        const next = future[0];
        if (!board || !next) return false;
        show(next, [...past, board].slice(-HISTORY_LIMIT), future.slice(1));
        return true;
      },

      retrySave: async () => {
        const board = current();
        if (board) await persist(board);
      },
    };
  });
}

export type BoardStore = ReturnType<typeof createBoardStore>;

export const useBoardStore = createBoardStore();

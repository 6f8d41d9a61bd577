/**
 * The save engine: appends each edit's patch to the board's journal, one transaction after
 * another, and folds the journal into the board record once edits pause. It runs in the save
 * worker (so a save commits while the window is still drawing the edit), or in the window itself
 * where workers are not available.
 */
import type { BoardId } from '../../shared/model';
import type { OwnershipDatabase, SnapshotReason } from './database';
import { snapshotStoredBoard } from './snapshots';
import { appendToJournalNative, compactJournal, type AppendRequest } from './journal';

/** The snapshot of a board as opened is taken this long after opening (or before the next write). */
export const OPENED_SNAPSHOT_DELAY_MS = 3000;
/** Fold the journal into the record after this long without an edit to that board… */
export const COMPACT_AFTER_MS = 2000;
/** …or straight away once it holds this many entries. */
export const COMPACT_AT_ENTRIES = 200;

export interface SaveEngine {
  /** Resolves once the patch is committed (strict durability); rejects with the storage's error. */
  append: (request: AppendRequest) => Promise<void>;
  /** Keeps an automatic snapshot of the board as stored once the writes before it have landed. */
  snapshot: (boardId: BoardId, reason: SnapshotReason, now: string) => Promise<void>;
  /** Resolves once every job asked for so far has run (a deferred snapshot included). */
  flush: () => Promise<void>;
  /** Folds every pending journal into its record now (tests; before the worker goes away). */
  compactAll: () => Promise<void>;
  /** Forgets the scheduled folds (the database was closed; loading applies the journal anyway). */
  dispose: () => void;
}

export interface SaveEngineOptions {
  readonly open: () => Promise<OwnershipDatabase>;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

export function createSaveEngine(options: SaveEngineOptions): SaveEngine {
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer: unknown) => { clearTimeout(timer as ReturnType<typeof setTimeout>); });
  // One write at a time, in the order asked: each append builds on the one before.
  let queue: Promise<unknown> = Promise.resolve();
  const timers = new Map<BoardId, unknown>();
  const entries = new Map<BoardId, number>();

  function enqueueNow<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  // The snapshot taken when a board is opened waits until the start-up is over (it reads and
  // copies the whole board), unless another job comes first: then it runs before that job, so it
  // still holds the board as opened.
  let deferred: { readonly work: () => Promise<void>; readonly settle: (run: Promise<void>) => void; readonly timer: unknown } | null = null;

  function flushDeferred(): void {
    if (!deferred) return;
    const { work, settle, timer } = deferred;
    deferred = null;
    clearTimer(timer);
    settle(enqueueNow(work));
  }

  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    flushDeferred();
    return enqueueNow(work);
  }

  function compact(boardId: BoardId): Promise<void> {
    const timer = timers.get(boardId);
    if (timer !== undefined) clearTimer(timer);
    timers.delete(boardId);
    entries.delete(boardId);
    // A failed fold changes nothing: the journal stays and loading still applies it.
    return enqueue(async () => {
      await compactJournal(await options.open(), boardId);
    }).catch(() => undefined);
  }

  function scheduleCompaction(boardId: BoardId): void {
    const count = (entries.get(boardId) ?? 0) + 1;
    entries.set(boardId, count);
    const timer = timers.get(boardId);
    if (timer !== undefined) clearTimer(timer);
    if (count >= COMPACT_AT_ENTRIES) {
      void compact(boardId);
      return;
    }
    timers.set(
      boardId,
      setTimer(() => void compact(boardId), COMPACT_AFTER_MS),
    );
  }

  return {
    append: (request) =>
      enqueue(async () => {
        const db = await options.open();
        await appendToJournalNative(db.backendDB(), request);
        scheduleCompaction(request.boardId);
      }),
    snapshot: (boardId, reason, now) => {
      const work = async () => {
        await snapshotStoredBoard(await options.open(), boardId, reason, now);
      };
      if (reason !== 'opened') return enqueue(work);
      flushDeferred();
      return new Promise<void>((resolve, reject) => {
        deferred = { work, settle: (run) => void run.then(resolve, reject), timer: setTimer(flushDeferred, OPENED_SNAPSHOT_DELAY_MS) };
      });
    },
    flush: async () => {
      flushDeferred();
      await queue;
    },
    compactAll: async () => {
      flushDeferred();
      await Promise.all([...timers.keys()].map(compact));
    },
    dispose: () => {
      if (deferred) clearTimer(deferred.timer);
      deferred = null;
      for (const timer of timers.values()) clearTimer(timer);
      timers.clear();
      entries.clear();
    },
  };
}

/**
 * The window's side of the save worker. `append` posts a patch and resolves when the worker
 * reports it committed, with the moment it did (epoch ms, comparable across window and worker).
 * Where a worker can't be had — no Worker (tests), or one that fails to start (a platform that
 * refuses to run the script) — the same engine runs in the window instead, and any request still
 * waiting is run there, in order.
 *
 * The worker is started by the first request that needs it, or once the window is idle. Opening a
 * board asks only for its "opened" snapshot, which waits anyway (saveEngine.ts): that request is
 * held, so the worker's own start — a thread, its code, its database connection — does not compete
 * with the first drawing of the board for the CPU. (On 2 cores, starting it beside the large
 * board's first render made its load ~5 ms slower: docs/performance.md, sixth session.)
 */
import type { BoardId } from '../../shared/model';
import type { OwnershipDatabase, SnapshotReason } from './database';
import { ConflictError, type AppendRequest } from './journal';
import { createSaveEngine, type SaveEngine } from './saveEngine';
import { whenIdle } from '../app/idle';

export type SaveRequestMessage =
  | { readonly type: 'append'; readonly seq: number; readonly request: AppendRequest }
  | { readonly type: 'snapshot'; readonly seq: number; readonly boardId: BoardId; readonly reason: SnapshotReason; readonly now: string }
  | { readonly type: 'compact'; readonly seq: number }
  | { readonly type: 'flush'; readonly seq: number };

export type SaveResultMessage =
  | { readonly type: 'appended'; readonly seq: number; readonly receivedAt: number; readonly committedAt: number }
  | { readonly type: 'done'; readonly seq: number }
  | { readonly type: 'failed'; readonly seq: number; readonly name: string; readonly message: string; readonly gone?: boolean };

export interface PatchSaver {
  /** Resolves once the patch is durable, with when the writer got it and committed it (epoch ms). */
  readonly append: (request: AppendRequest) => Promise<Committed>;
  /** Keeps an automatic snapshot of a board as stored, after the writes sent before it. */
  readonly snapshot: (boardId: BoardId, reason: SnapshotReason, now: string) => Promise<void>;
  /** Resolves once every request sent so far has run (a deferred snapshot included). */
  readonly flush: () => Promise<void>;
  /** Folds pending journals into their records now. */
  readonly compactAll: () => Promise<void>;
  /** 'worker' or 'window': where the writes run, or will once the worker has started (shown in tests and the benchmark's notes). */
  readonly where: () => 'worker' | 'window';
  /** Stops the worker (or the window's engine's timers). */
  readonly dispose: () => void;
}

export interface Committed {
  readonly receivedAt: number;
  readonly committedAt: number;
}

interface Waiting {
  readonly message: SaveRequestMessage;
  readonly resolve: (committed: Committed) => void;
  readonly reject: (error: Error) => void;
}

function now(): number {
  return performance.timeOrigin + performance.now();
}

/** How long the worker's start may wait for the window to be idle after a board is opened (ms). */
export const WORKER_START_WAIT_MS = 1000;

export function createPatchSaver(options: {
  readonly open: () => Promise<OwnershipDatabase>;
  readonly makeWorker?: (() => Worker) | null;
  /** Schedules the worker's start for when the window is idle; returns a cancel (tests pass their own). */
  readonly whenIdle?: (start: () => void) => () => void;
}): PatchSaver {
  let engine: SaveEngine | null = null;
  const local = (): SaveEngine => (engine ??= createSaveEngine({ open: options.open }));

  let worker: Worker | null = null;
  /** Whether the worker was asked for yet (a saver without makeWorker has nothing to start). */
  let started = !options.makeWorker;
  /** Requests that may wait for the worker's start (the snapshot of a board just opened). */
  const held: Waiting[] = [];
  let cancelIdleStart: (() => void) | null = null;
  const scheduleStart = options.whenIdle ?? ((start: () => void) => whenIdle(start, WORKER_START_WAIT_MS));
  const waiting = new Map<number, Waiting>();
  let seq = 0;

  function runLocally(message: SaveRequestMessage): Promise<Committed> {
    const receivedAt = now();
    const done = () => ({ receivedAt, committedAt: now() });
    if (message.type === 'compact') return local().compactAll().then(done);
    if (message.type === 'flush') return local().flush().then(done);
    if (message.type === 'snapshot') return local().snapshot(message.boardId, message.reason, message.now).then(done);
    return local().append(message.request).then(done);
  }

  function giveUpOnWorker(): void {
    worker?.terminate();
    worker = null;
    // Requests the worker never answered run here, in the order they were made.
    const pending = [...waiting.entries()].sort(([a], [b]) => a - b);
    waiting.clear();
    for (const [, entry] of pending) runLocally(entry.message).then(entry.resolve, entry.reject);
  }

  function listen(target: Worker): void {
    target.addEventListener('message', (event: MessageEvent<SaveResultMessage>) => {
      const result = event.data;
      const entry = waiting.get(result.seq);
      if (!entry) return;
      waiting.delete(result.seq);
      if (result.type === 'failed') {
        if (result.name === 'ConflictError' && entry.message.type === 'append') {
          entry.reject(new ConflictError(entry.message.request.boardId, result.gone === true));
          return;
        }
        const error = new Error(result.message);
        error.name = result.name;
        entry.reject(error);
      } else {
        entry.resolve(result.type === 'appended' ? { receivedAt: result.receivedAt, committedAt: result.committedAt } : { receivedAt: now(), committedAt: now() });
      }
    });
    // The script could not be loaded or crashed: carry on without it.
    target.addEventListener('error', (event) => {
      event.preventDefault();
      giveUpOnWorker();
    });
  }

  function dispatch(message: SaveRequestMessage): Promise<Committed> {
    if (!worker) return runLocally(message);
    const target = worker;
    return new Promise<Committed>((resolve, reject) => {
      waiting.set(message.seq, { message, resolve, reject });
      target.postMessage(message);
    });
  }

  /** Starts the worker (once), then hands it the held requests, in the order they were made. */
  function start(): void {
    cancelIdleStart?.();
    cancelIdleStart = null;
    if (started) return;
    started = true;
    try {
      worker = options.makeWorker ? options.makeWorker() : null;
    } catch {
      worker = null;
    }
    if (worker) listen(worker);
    for (const entry of held.splice(0)) dispatch(entry.message).then(entry.resolve, entry.reject);
  }

  function send(message: SaveRequestMessage, { canWait = false } = {}): Promise<Committed> {
    if (!started && canWait) {
      return new Promise<Committed>((resolve, reject) => {
        held.push({ message, resolve, reject });
        cancelIdleStart ??= scheduleStart(start);
      });
    }
    start();
    return dispatch(message);
  }

  return {
    append: (request) => send({ type: 'append', seq: ++seq, request }),
    snapshot: (boardId, reason, at) => send({ type: 'snapshot', seq: ++seq, boardId, reason, now: at }, { canWait: reason === 'opened' }).then(() => undefined),
    compactAll: () => send({ type: 'compact', seq: ++seq }).then(() => undefined),
    flush: () => send({ type: 'flush', seq: ++seq }).then(() => undefined),
    where: () => (worker || !started ? 'worker' : 'window'),
    dispose: () => {
      cancelIdleStart?.();
      cancelIdleStart = null;
      for (const entry of held.splice(0)) entry.reject(new Error('The save worker was stopped before it started.'));
      worker?.terminate();
      worker = null;
      engine?.dispose();
    },
  };
}

/**
 * The save worker: a dedicated worker that owns the journal writes. The window posts each edit's
 * patch here the moment the edit is made, before React draws it, so the write commits in
 * parallel with the drawing instead of after it. Messages: see saver.ts.
 */
import { openDatabase } from './database';
import { ConflictError, storageErrorName } from './journal';
import { createSaveEngine } from './saveEngine';
import type { SaveRequestMessage, SaveResultMessage } from './saver';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SaveRequestMessage>) => void) | null;
  postMessage: (message: SaveResultMessage) => void;
}

const scope = globalThis as unknown as WorkerScope;
const engine = createSaveEngine({ open: openDatabase });

/** Tells the window a request failed, by the name that explains it (QuotaExceededError…). */
function fail(seq: number, error: unknown): void {
  const text = error instanceof Error ? error.message : String(error);
  scope.postMessage({ type: 'failed', seq, name: storageErrorName(error) ?? 'Error', message: text, gone: error instanceof ConflictError && error.gone });
}

scope.onmessage = (event) => {
  const message = event.data;
  const job =
    message.type === 'compact'
      ? engine.compactAll()
      : message.type === 'flush'
        ? engine.flush()
        : message.type === 'snapshot'
        ? engine.snapshot(message.boardId, message.reason, message.now)
        : null;
  if (job) {
    job.then(
      () => {
        scope.postMessage({ type: 'done', seq: message.seq });
      },
      (error: unknown) => {
        fail(message.seq, error);
      },
    );
    return;
  }
  if (message.type !== 'append') return;
  const receivedAt = performance.timeOrigin + performance.now();
  engine.append(message.request).then(
    () => {
      scope.postMessage({ type: 'appended', seq: message.seq, receivedAt, committedAt: performance.timeOrigin + performance.now() });
    },
    (error: unknown) => {
      fail(message.seq, error);
    },
  );
};

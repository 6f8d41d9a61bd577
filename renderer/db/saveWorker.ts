/**
 * The save worker: a dedicated worker that owns the journal writes. The window posts each edit's
 * patch here the moment the edit is made, before React draws it, so the write commits in
 * parallel with the drawing instead of after it. Messages: see saver.ts.
 */
import { openDatabase } from './database';
import { createSaveEngine } from './saveEngine';
import type { SaveRequestMessage, SaveResultMessage } from './saver';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SaveRequestMessage>) => void) | null;
  postMessage: (message: SaveResultMessage) => void;
}

const scope = globalThis as unknown as WorkerScope;
const engine = createSaveEngine({ open: openDatabase });

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
        scope.postMessage({ type: 'failed', seq: message.seq, name: error instanceof Error ? error.name : 'Error', message: String(error) });
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
      const { name, message: text } = error instanceof Error ? error : new Error(String(error));
      // Dexie wraps the browser's error: pass on the inner name (QuotaExceededError) when there is one.
      const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
      scope.postMessage({ type: 'failed', seq: message.seq, name: typeof inner === 'string' && inner === 'QuotaExceededError' ? inner : name, message: text });
    },
  );
};

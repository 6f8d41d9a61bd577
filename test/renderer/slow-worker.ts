/**
 * A stand-in save worker for tests: it runs the real save engine (as saveWorker.ts does) against
 * the real (fake-indexeddb) storage, but only after a short delay, as a thread of its own gets to
 * a posted message a little later. So a patch is still on its way for WORKER_DELAY_MS after an
 * edit. Install it with `vi.stubGlobal('Worker', SlowWorker)`.
 */
import { openDatabase } from '../../renderer/db/database';
import { ConflictError, storageErrorName } from '../../renderer/db/journal';
import { createSaveEngine } from '../../renderer/db/saveEngine';
import type { SaveRequestMessage, SaveResultMessage } from '../../renderer/db/saver';

/** How long the stand-in worker takes to get to a request (ms). */
export const WORKER_DELAY_MS = 40;

export class SlowWorker {
  /** How late this worker gets to each request (ms); a test may make it later. */
  static delayMs = WORKER_DELAY_MS;

  private readonly engine = createSaveEngine({ open: openDatabase });
  private readonly listeners: ((event: MessageEvent<SaveResultMessage>) => void)[] = [];

  addEventListener(type: string, listener: (event: MessageEvent<SaveResultMessage>) => void): void {
    if (type === 'message') this.listeners.push(listener);
  }

  postMessage(message: SaveRequestMessage): void {
    setTimeout(() => {
      const reply = (data: SaveResultMessage) => {
        for (const listener of this.listeners) listener(new MessageEvent('message', { data }));
      };
      const job: Promise<SaveResultMessage> =
        message.type === 'append'
          ? this.engine.append(message.request).then(() => ({ type: 'appended', seq: message.seq, receivedAt: 0, committedAt: 0 }))
          : (message.type === 'snapshot'
              ? this.engine.snapshot(message.boardId, message.reason, message.now)
              : message.type === 'flush'
                ? this.engine.flush()
                : this.engine.compactAll()
            ).then(() => ({ type: 'done', seq: message.seq }));
      job.then(reply, (error: unknown) => {
        reply({ type: 'failed', seq: message.seq, name: storageErrorName(error) ?? 'Error', message: String(error), gone: error instanceof ConflictError && error.gone });
      });
    }, SlowWorker.delayMs);
  }

  terminate(): void {
    this.engine.dispose();
  }
}


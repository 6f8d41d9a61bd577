// Quitting waits (briefly, boundedly) for writes: the shell's settings files, and the page's
// last IndexedDB write through the beforeunload handshake — never forever.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { UNLOAD_MAX_WAIT_MS, UNLOAD_RETRY_MS, flushWritesBeforeQuit, holdUnloadWhileSaving, type ClosableWindow } from '../../electron/lifecycle';
import { PendingWrites, createSettingsFiles } from '../../electron/settingsFiles';
import type { FileSystem } from '../../electron/ipc';

const preventable = () => ({ preventDefault: vi.fn() });

class FakeApp extends EventEmitter {
  readonly quit = vi.fn();
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('pending writes', () => {
  it('flush waits for every write, and a failed write is logged, not thrown', async () => {
    const pending = new PendingWrites();
    let finish: () => void = () => undefined;
    pending.track(new Promise<void>((resolve) => (finish = resolve)));
    pending.track(Promise.reject(new Error('EACCES')));
    expect(pending.size).toBe(2);
    const flushed = pending.flush();
    finish();
    await flushed;
    expect(pending.size).toBe(0);
    expect(console.error).toHaveBeenCalled();
  });

  it('writes to the same settings file happen one after the other, in order', async () => {
    const order: string[] = [];
    const files: FileSystem = {
      writeFile: vi.fn(async (_path: string, data: string | Uint8Array) => {
        await new Promise((resolve) => setTimeout(resolve, data === 'first' ? 20 : 0));
        order.push(String(data));
      }),
      readFile: vi.fn(),
      fileSize: vi.fn(),
    };
    const pending = new PendingWrites();
    const settings = createSettingsFiles('/data', files, pending);
    settings.write('a.json', 'first');
    settings.write('a.json', 'second');
    await pending.flush();
    expect(order).toEqual(['first', 'second']);
  });
});

describe('quitting', () => {
  it('exits at once when nothing is being written', () => {
    const app = new FakeApp();
    flushWritesBeforeQuit(app as never, new PendingWrites());
    const event = preventable();
    app.emit('will-quit', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('waits for pending writes, then quits again', async () => {
    const app = new FakeApp();
    const pending = new PendingWrites();
    let finish: () => void = () => undefined;
    pending.track(new Promise<void>((resolve) => (finish = resolve)));
    flushWritesBeforeQuit(app as never, pending);
    const event = preventable();
    app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => {
      expect(app.quit).toHaveBeenCalledTimes(1);
    });
    const again = preventable();
    app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('does not wait forever for a write that hangs', async () => {
    vi.useFakeTimers();
    const app = new FakeApp();
    const pending = new PendingWrites();
    pending.track(new Promise<void>(() => undefined));
    flushWritesBeforeQuit(app as never, pending, { maxWaitMs: 2000 });
    app.emit('will-quit', preventable());
    await vi.advanceTimersByTimeAsync(1999);
    expect(app.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
    const again = preventable();
    app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});

class FakeWindow extends EventEmitter implements ClosableWindow {
  readonly webContents = new EventEmitter();
  destroyed = false;
  readonly close = vi.fn(() => {
    this.emit('close');
  });
  isDestroyed = (): boolean => this.destroyed;
}

function guarded(quitting = false) {
  vi.useFakeTimers();
  const window = new FakeWindow();
  const quit = vi.fn();
  const state = { quitting };
  holdUnloadWhileSaving(window, { isQuitting: () => state.quitting, quit });
  const blockUnload = () => {
    const event = preventable();
    window.webContents.emit('will-prevent-unload', event);
    return event;
  };
  return { window, quit, state, blockUnload };
}

describe('a page still saving when its window closes', () => {
  it('is given time: the close is retried shortly', () => {
    const { window, blockUnload } = guarded();
    window.emit('close');
    const event = blockUnload();
    expect(event.preventDefault).not.toHaveBeenCalled(); // the page's beforeunload wins for now
    vi.advanceTimersByTime(UNLOAD_RETRY_MS);
    expect(window.close).toHaveBeenCalledTimes(1);
  });

  it('when quitting, the quit is retried', () => {
    const { window, quit, blockUnload } = guarded(true);
    blockUnload();
    vi.advanceTimersByTime(UNLOAD_RETRY_MS);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(window.close).not.toHaveBeenCalled();
  });

  it('is closed anyway after the grace period', () => {
    const { window, blockUnload } = guarded();
    window.emit('close');
    let event = blockUnload();
    for (let waited = 0; waited < UNLOAD_MAX_WAIT_MS; waited += UNLOAD_RETRY_MS) {
      expect(event.preventDefault).not.toHaveBeenCalled();
      vi.advanceTimersByTime(UNLOAD_RETRY_MS);
      event = blockUnload();
    }
    expect(event.preventDefault).toHaveBeenCalledTimes(1); // overrides beforeunload
    expect(console.warn).toHaveBeenCalled();
  });

  it('is left alone when it refuses a reload rather than a close', () => {
    const { window, quit, blockUnload } = guarded();
    const event = blockUnload();
    vi.runAllTimers();
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(window.close).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
  });

  it('is not retried once the window is gone', () => {
    const { window, blockUnload } = guarded();
    window.emit('close');
    blockUnload();
    window.destroyed = true;
    vi.runAllTimers();
    expect(window.close).not.toHaveBeenCalled();
  });
});

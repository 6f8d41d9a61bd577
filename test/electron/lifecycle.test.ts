// Quitting waits (briefly, boundedly) for writes: the shell's settings files, and the page's
// last IndexedDB write through the beforeunload handshake — never forever.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import {
  PAGE_FROZEN_QUESTION,
  UNLOAD_ASK_AFTER_MS,
  UNLOAD_RETRY_MS,
  UNSAVED_CHANGE_QUESTION,
  flushWritesBeforeQuit,
  holdUnloadWhileSaving,
  offerReloadWhenPageDies,
  type ClosableWindow,
  type RecoverableWindow,
} from '../../electron/lifecycle';
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

function guarded(quitting = false, answer: 'keep' | 'close' = 'keep') {
  vi.useFakeTimers();
  const window = new FakeWindow();
  const quit = vi.fn();
  const state = { quitting };
  const cancelQuit = vi.fn(() => {
    state.quitting = false;
  });
  const askToClose = vi.fn(() => answer === 'close');
  holdUnloadWhileSaving(window, { isQuitting: () => state.quitting, quit, cancelQuit, askToClose });
  const blockUnload = () => {
    const event = preventable();
    window.webContents.emit('will-prevent-unload', event);
    return event;
  };
  /** The page keeps holding on through every retry until the shell asks (or stops retrying). */
  const holdUntilAsked = () => {
    const asked = askToClose.mock.calls.length;
    let event = blockUnload();
    for (let waited = 0; waited < UNLOAD_ASK_AFTER_MS && askToClose.mock.calls.length === asked; waited += UNLOAD_RETRY_MS) {
      expect(event.preventDefault).not.toHaveBeenCalled();
      vi.advanceTimersByTime(UNLOAD_RETRY_MS);
      event = blockUnload();
    }
    return event;
  };
  return { window, quit, state, cancelQuit, askToClose, blockUnload, holdUntilAsked };
}

describe('a page still saving when its window closes', () => {
  it('is given time: the close is retried shortly, without a question', () => {
    const { window, blockUnload, askToClose } = guarded();
    window.emit('close');
    const event = blockUnload();
    expect(event.preventDefault).not.toHaveBeenCalled(); // the page's beforeunload wins for now
    vi.advanceTimersByTime(UNLOAD_RETRY_MS);
    expect(window.close).toHaveBeenCalledTimes(1);
    expect(askToClose).not.toHaveBeenCalled();
  });

  it('when quitting, the quit is retried', () => {
    const { window, quit, blockUnload } = guarded(true);
    blockUnload();
    vi.advanceTimersByTime(UNLOAD_RETRY_MS);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(window.close).not.toHaveBeenCalled();
  });
});

// Windows' shut down, restart and log off fire neither 'before-quit' nor 'will-quit' (Electron's
// own typings say so): the process ended without the page's handshake, and an edit not stored was
// lost without a word.
describe('Windows ending the session', () => {
  it('is held while the app quits the usual way, so the page can finish or the person be asked', () => {
    const { window, quit, state, blockUnload, askToClose } = guarded(false, 'keep');
    const ending = preventable();
    window.emit('query-session-end', ending);
    expect(ending.preventDefault).toHaveBeenCalledTimes(1);
    expect(quit).toHaveBeenCalledTimes(1);
    // The quit then goes through the handshake: 'before-quit' set quitting, the page holds on.
    state.quitting = true;
    blockUnload();
    vi.advanceTimersByTime(UNLOAD_RETRY_MS);
    expect(quit).toHaveBeenCalledTimes(2);
    expect(askToClose).not.toHaveBeenCalled();
  });

  it('already quitting, is held again without a second quit', () => {
    const { window, quit } = guarded(true);
    const ending = preventable();
    window.emit('query-session-end', ending);
    expect(ending.preventDefault).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();
  });
});

describe('a page that still holds its close after the short wait (its save failed)', () => {
  it('makes the shell ask; "Close without saving" lets the close go ahead', () => {
    const { window, askToClose, holdUntilAsked } = guarded(false, 'close');
    window.emit('close');
    const event = holdUntilAsked();
    expect(askToClose).toHaveBeenCalledTimes(1);
    expect(event.preventDefault).toHaveBeenCalledTimes(1); // overrides beforeunload
  });

  it('"Keep the window open" keeps it, retries nothing, and the next close waits and asks again', () => {
    const { window, askToClose, holdUntilAsked, blockUnload } = guarded(false, 'keep');
    window.emit('close');
    const event = holdUntilAsked();
    expect(event.preventDefault).not.toHaveBeenCalled();
    const closes = window.close.mock.calls.length;
    vi.runAllTimers();
    expect(window.close).toHaveBeenCalledTimes(closes); // no retry behind the person's back
    // The page refusing a reload afterwards is the page's own business again: no question.
    blockUnload();
    expect(askToClose).toHaveBeenCalledTimes(1);
    // A new close gets its own short wait before the question.
    window.emit('close');
    expect(blockUnload().preventDefault).not.toHaveBeenCalled();
    expect(askToClose).toHaveBeenCalledTimes(1);
    holdUntilAsked();
    expect(askToClose).toHaveBeenCalledTimes(2);
  });

  it('staying while quitting calls the quit off', () => {
    const { quit, cancelQuit, askToClose, holdUntilAsked, state } = guarded(true, 'keep');
    holdUntilAsked();
    expect(askToClose).toHaveBeenCalledTimes(1);
    expect(cancelQuit).toHaveBeenCalledTimes(1);
    expect(state.quitting).toBe(false);
    const quits = quit.mock.calls.length;
    vi.runAllTimers();
    expect(quit).toHaveBeenCalledTimes(quits);
  });

  it('is asked in words that say what is lost and what to do, staying being the default and Escape', () => {
    expect(UNSAVED_CHANGE_QUESTION.buttons).toEqual(['Keep the window open', 'Close without saving']);
    expect(UNSAVED_CHANGE_QUESTION.defaultId).toBe(0);
    expect(UNSAVED_CHANGE_QUESTION.cancelId).toBe(0);
    expect(UNSAVED_CHANGE_QUESTION.message).toMatch(/not saved/);
    expect(UNSAVED_CHANGE_QUESTION.detail).toMatch(/retry.*export.*lost/s);
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

/** A window whose page can get stuck; ending its process reports it gone, later, as Electron does. */
class StuckableWindow extends EventEmitter implements RecoverableWindow {
  destroyed = false;
  visible = true;
  readonly webContents = Object.assign(new EventEmitter(), {
    reload: vi.fn(),
    forcefullyCrashRenderer: vi.fn(() => {
      setTimeout(() => this.webContents.emit('render-process-gone', {}, { reason: 'killed' }), 0);
    }),
  });
  readonly close = vi.fn(() => {
    this.destroyed = true;
  });
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  isDestroyed = (): boolean => this.destroyed;
  isVisible = (): boolean => this.visible;
}

/** Questions the person has not answered yet, in the order they were asked. */
interface OpenQuestion {
  readonly kind: 'stuck' | 'gone';
  readonly signal: AbortSignal | null;
  answer(reload: boolean): void;
}

/** closesOnAbort false: a box the platform could not close in time (the click was on its way). */
function recoverable({ closesOnAbort = true } = {}) {
  const window = new StuckableWindow();
  const open: OpenQuestion[] = [];
  const ask = (kind: OpenQuestion['kind'], signal: AbortSignal | null) =>
    new Promise<boolean>((resolve) => {
      const question: OpenQuestion = { kind, signal, answer: resolve };
      open.push(question);
      // An aborted box closes as if cancelled (Electron's cancelId): for the stuck page, Wait.
      if (closesOnAbort) {
        signal?.addEventListener('abort', () => {
          resolve(false);
        });
      }
    });
  const options = {
    pageGone: vi.fn(),
    pageStuck: vi.fn(),
    pageResponsive: vi.fn(),
    askToReload: vi.fn(() => ask('gone', null)),
    askToReloadStuckPage: vi.fn((signal: AbortSignal) => ask('stuck', signal)),
  };
  offerReloadWhenPageDies(window, options);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
  return { window, open, options, settle };
}

describe('a page that stops responding (stuck, not crashed)', () => {
  it('is asked about once, however often Electron says so, and files wait meanwhile', () => {
    const { window, options } = recoverable();
    window.emit('unresponsive');
    window.emit('unresponsive');
    expect(options.askToReloadStuckPage).toHaveBeenCalledTimes(1);
    expect(options.pageStuck).toHaveBeenCalledTimes(1);
    expect(options.askToReload).not.toHaveBeenCalled();
  });

  it('"Reload" ends the stuck process and reloads the page once it is gone, without the crash question', async () => {
    const { window, open, options, settle } = recoverable();
    window.emit('unresponsive');
    open[0]?.answer(true);
    await settle();
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(options.pageGone).toHaveBeenCalledTimes(1); // files wait for the reloaded page
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(options.askToReload).not.toHaveBeenCalled();
    expect(window.close).not.toHaveBeenCalled();
    // A later, real crash is asked about again.
    window.webContents.emit('render-process-gone', {}, { reason: 'oom' });
    expect(options.askToReload).toHaveBeenCalledTimes(1);
  });

  it('"Wait" leaves the page alone; if it stays stuck, the next report asks again', async () => {
    const { window, open, options, settle } = recoverable();
    window.emit('unresponsive');
    open[0]?.answer(false);
    await settle();
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(window.webContents.reload).not.toHaveBeenCalled();
    window.emit('unresponsive');
    expect(options.askToReloadStuckPage).toHaveBeenCalledTimes(2);
  });

  it('responding again closes the question, and a "Reload" that still arrives does not reload the recovered page', async () => {
    const { window, open, options, settle } = recoverable({ closesOnAbort: false });
    window.emit('unresponsive');
    const question = open[0];
    window.emit('responsive');
    expect(question?.signal?.aborted).toBe(true);
    expect(options.pageResponsive).toHaveBeenCalledTimes(1);
    question?.answer(true); // the click was on its way
    await settle();
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(window.webContents.reload).not.toHaveBeenCalled();
    // Stuck again later: a new question.
    window.emit('unresponsive');
    expect(options.askToReloadStuckPage).toHaveBeenCalledTimes(2);
  });

  it('a page that dies while the question is open gets the crash question instead, not two boxes', () => {
    const { window, open, options } = recoverable();
    window.emit('unresponsive');
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(open[0]?.signal?.aborted).toBe(true);
    expect(options.askToReload).toHaveBeenCalledTimes(1);
  });

  it('is shown with its window when it got stuck before the first paint', () => {
    const { window } = recoverable();
    window.visible = false;
    window.emit('unresponsive');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('is asked in the product\'s words, waiting being the default and Escape', () => {
    expect(PAGE_FROZEN_QUESTION.message).toBe('The board is not responding.');
    expect(PAGE_FROZEN_QUESTION.buttons).toEqual(['Wait', 'Reload']);
    expect(PAGE_FROZEN_QUESTION.defaultId).toBe(0);
    expect(PAGE_FROZEN_QUESTION.cancelId).toBe(0);
    expect(PAGE_FROZEN_QUESTION.detail).toMatch(/Wait.*Reload.*stored on this computer/s);
  });
});

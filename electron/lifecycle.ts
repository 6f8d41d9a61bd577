/**
 * Closing and quitting without losing writes.
 *
 * Two kinds of writes can be in flight when the user quits:
 * - the shell's own settings files (window position, recent files): the main process waits for
 *   them in 'will-quit' (after every window has closed, before the process exits), for at most a
 *   couple of seconds;
 * - the page's IndexedDB write of the last board change. The main process cannot see those, and
 *   must not reach into the page (no executeJavaScript in the app window). The page uses the web
 *   platform's own handshake instead: while a write is in flight it cancels 'beforeunload'.
 *   Electron reports that as 'will-prevent-unload'; when the window is closing or the app is
 *   quitting, the shell lets the page keep running, retries the close every 100 ms, and after
 *   3 s closes anyway (preventDefault on 'will-prevent-unload' overrides the page). The contract
 *   is written down next to MenuCommand in shared/ipc.ts. No new IPC channel is needed, and a
 *   page that never cancels 'beforeunload' closes exactly as before.
 */
import type { App } from 'electron';
import type { PendingWrites } from './settingsFiles';

export const UNLOAD_RETRY_MS = 100;
export const UNLOAD_MAX_WAIT_MS = 3000;
export const QUIT_FLUSH_MAX_MS = 2000;

type SetTimer = (callback: () => void, ms: number) => unknown;
const defaultSetTimer: SetTimer = (callback, ms) => setTimeout(callback, ms);

/**
 * Before the process exits, waits (once, bounded) for the shell's own pending writes.
 * 'will-quit' rather than 'before-quit': the windows save their position when they close, which
 * happens after 'before-quit'.
 */
export function flushWritesBeforeQuit(
  app: Pick<App, 'on' | 'quit'>,
  pending: PendingWrites,
  options: { readonly maxWaitMs?: number; readonly setTimer?: SetTimer } = {},
): void {
  const maxWaitMs = options.maxWaitMs ?? QUIT_FLUSH_MAX_MS;
  const setTimer = options.setTimer ?? defaultSetTimer;
  let flushed = false;
  app.on('will-quit', (event) => {
    if (flushed || pending.size === 0) return;
    flushed = true; // once: a write that hangs must not keep the app alive
    event.preventDefault();
    const timeout = new Promise<void>((resolve) => {
      setTimer(resolve, maxWaitMs);
    });
    void Promise.race([pending.flush(), timeout]).finally(() => {
      app.quit();
    });
  });
}

/** The parts of a BrowserWindow the unload handshake uses. */
export interface ClosableWindow {
  on(event: 'close', listener: () => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: { on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown };
}

export interface UnloadOptions {
  /** True once the app is quitting ('before-quit' has fired). */
  readonly isQuitting: () => boolean;
  /** Asks the app to quit again (app.quit). */
  readonly quit: () => void;
  readonly retryMs?: number;
  readonly maxWaitMs?: number;
  readonly now?: () => number;
  readonly setTimer?: SetTimer;
}

/** Lets the page hold a close or quit for a bounded time while it finishes a write. */
export function holdUnloadWhileSaving(window: ClosableWindow, options: UnloadOptions): void {
  const retryMs = options.retryMs ?? UNLOAD_RETRY_MS;
  const maxWaitMs = options.maxWaitMs ?? UNLOAD_MAX_WAIT_MS;
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? defaultSetTimer;
  let closeRequested = false;
  let blockedSince: number | null = null;

  window.on('close', () => {
    closeRequested = true;
  });
  window.webContents.on('will-prevent-unload', (event) => {
    const quitting = options.isQuitting();
    // A reload or navigation the page refuses is the page's own business.
    if (!closeRequested && !quitting) return;
    const time = now();
    blockedSince ??= time;
    if (time - blockedSince >= maxWaitMs) {
      console.warn('The page was still saving after the grace period; closing anyway.');
      event.preventDefault(); // overrides the page's beforeunload: the unload goes ahead
      return;
    }
    setTimer(() => {
      if (window.isDestroyed()) return;
      if (quitting) options.quit();
      else window.close();
    }, retryMs);
  });
}

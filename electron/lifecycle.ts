/**
 * Closing and quitting without losing writes.
 *
 * Two kinds of writes can be in flight when the user quits:
 * - the shell's own settings files (window position, recent files): the main process waits for
 *   them in 'will-quit' (after every window has closed, before the process exits), for at most a
 *   couple of seconds;
 * - the page's IndexedDB write of the last board change. The main process cannot see those, and
 *   must not reach into the page (no executeJavaScript in the app window). The page uses the web
 *   platform's own handshake instead: while a change is not stored (a write in flight, or a save
 *   that failed, or typing in an editor not saved) it cancels 'beforeunload'. Electron reports that as 'will-prevent-unload'; when
 *   the window is closing or the app is quitting, the shell lets the page keep running and retries
 *   the close every 100 ms — a write in flight is done within a few. If the page still holds on
 *   after half a second (its save failed: a full disk, another window's change; or the disk hangs),
 *   the shell asks the person, as a browser's "Leave site?" does: keep the window open (to retry
 *   or export), or close without the change (preventDefault on 'will-prevent-unload' overrides the
 *   page). The contract is written down next to MenuCommand in shared/ipc.ts. No new IPC channel is
 *   needed, and a page that never cancels 'beforeunload' closes exactly as before.
 */
import type { App, MessageBoxOptions, MessageBoxSyncOptions } from 'electron';
import type { PendingWrites } from './settingsFiles';

export const UNLOAD_RETRY_MS = 100;
/**
 * The question when the page still holds a close: its buttons in the order the answer is read
 * (0 keeps the window, which is also what Escape and closing the box mean; 1 closes).
 */
export const UNSAVED_CHANGE_QUESTION: MessageBoxSyncOptions = {
  type: 'warning',
  title: 'Ownership Board',
  message: 'Your latest change is not saved.',
  detail:
    'The app could not store it (the board says why, beside Retry), or it is typed in an editor whose Save was not pressed. Keep the window open to retry or save it, or export the board to a file. If you close now, the change is lost.',
  buttons: ['Keep the window open', 'Close without saving'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** How long a page may hold a close or quit before the person is asked (ms). */
export const UNLOAD_ASK_AFTER_MS = 500;
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
  on(event: 'query-session-end', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: { on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown };
}

export interface UnloadOptions {
  /** True once the app is quitting ('before-quit' has fired). */
  readonly isQuitting: () => boolean;
  /** Asks the app to quit again (app.quit). */
  readonly quit: () => void;
  /** The person chose to stay: the app is no longer quitting. */
  readonly cancelQuit: () => void;
  /**
   * Asks the person whether to close without the change the page has not stored; true to close.
   * Called in the 'will-prevent-unload' handler, so it answers synchronously (a modal message box).
   */
  readonly askToClose: () => boolean;
  readonly retryMs?: number;
  readonly askAfterMs?: number;
  readonly now?: () => number;
  readonly setTimer?: SetTimer;
}

/**
 * Lets the page hold a close or quit while it finishes a write, and asks the person when it holds
 * on longer than a write takes (its change could not be stored).
 */
export function holdUnloadWhileSaving(window: ClosableWindow, options: UnloadOptions): void {
  const retryMs = options.retryMs ?? UNLOAD_RETRY_MS;
  const askAfterMs = options.askAfterMs ?? UNLOAD_ASK_AFTER_MS;
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? defaultSetTimer;
  let closeRequested = false;
  let blockedSince: number | null = null;

  window.on('close', () => {
    closeRequested = true;
  });
  // Windows ending the session (shut down, restart, log off) fires neither 'before-quit' nor
  // 'will-quit' and ends the process without the page's beforeunload: an edit not stored yet was
  // lost without the question a close asks, and the shell's own writes were not waited for. The
  // session's end is held while the app quits the usual way (the page's handshake, the question
  // if it still holds, the flush); once the process is gone Windows goes on. Staying ("Keep the
  // window open") leaves Windows' own "preventing shutdown" choice to the person.
  window.on('query-session-end', (event) => {
    event.preventDefault();
    if (!options.isQuitting()) options.quit();
  });
  window.webContents.on('will-prevent-unload', (event) => {
    const quitting = options.isQuitting();
    // A reload or navigation the page refuses is the page's own business.
    if (!closeRequested && !quitting) return;
    const time = now();
    blockedSince ??= time;
    if (time - blockedSince < askAfterMs) {
      setTimer(() => {
        if (window.isDestroyed()) return;
        if (quitting) options.quit();
        else window.close();
      }, retryMs);
      return;
    }
    if (options.askToClose()) {
      event.preventDefault(); // overrides the page's beforeunload: the unload goes ahead
      return;
    }
    // Staying: the next close (or quit) starts over, with its own short wait before asking.
    closeRequested = false;
    blockedSince = null;
    if (quitting) options.cancelQuit();
  });
}

/**
 * What the person is told when the page's renderer process died (out of memory, a GPU fault, the
 * process killed): Electron leaves the window blank and says nothing. Buttons in the order the
 * answer is read (0 reloads, which is also what Enter means; 1, and Escape, close the window).
 */
export const PAGE_GONE_QUESTION: MessageBoxOptions = {
  type: 'error',
  title: 'Ownership Board',
  message: 'The board stopped working.',
  detail:
    'The app’s window had to stop (the computer may be short of memory). Your boards are stored on this computer; a change made in the last moment before this may be missing. Reload to carry on.',
  buttons: ['Reload', 'Close Window'],
  defaultId: 0,
  cancelId: 1,
  noLink: true,
};

/**
 * What the person is told when the page's main thread has been stuck for a while (Electron's
 * 'unresponsive': a page that takes no input and paints nothing). It may still catch up (a very
 * large board, a slow disk), so waiting is the default, and what Enter, Escape and closing the
 * box mean. Buttons in the order the answer is read (0 waits; 1 reloads).
 */
export const PAGE_FROZEN_QUESTION: MessageBoxOptions = {
  type: 'warning',
  title: 'Ownership Board',
  message: 'The board is not responding.',
  detail:
    'The app’s window has been busy for a while and takes no clicks or typing. Wait to give it more time: this message goes away by itself if it catches up. Reload to restart the window: your boards are stored on this computer, but a change made in the last moment before this may be missing.',
  buttons: ['Wait', 'Reload'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** The parts of a BrowserWindow that recovering from a dead or stuck page uses. */
export interface RecoverableWindow {
  close(): void;
  isDestroyed(): boolean;
  isVisible(): boolean;
  show(): void;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  readonly webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: { readonly reason: string }) => void): unknown;
    reload(): void;
    /** Ends the page's process; Electron then reports it gone ('killed' or 'crashed'). */
    forcefullyCrashRenderer(): void;
  };
}

export interface PageGoneOptions {
  /** The page is gone: files from the OS must wait for the reloaded page (FileInbox.pageGone). */
  readonly pageGone: () => void;
  /** Shows PAGE_GONE_QUESTION on the window; resolves true to reload. */
  readonly askToReload: () => Promise<boolean>;
  /** The page is stuck: files from the OS wait until it responds or is replaced (FileInbox.pageStuck). */
  readonly pageStuck: () => void;
  /** The stuck page responds again (FileInbox.pageResponsive). */
  readonly pageResponsive: () => void;
  /**
   * Shows PAGE_FROZEN_QUESTION on the window; resolves true to reload. The signal aborts when the
   * question no longer applies (the page responds again, or died): the box closes as if cancelled.
   */
  readonly askToReloadStuckPage: (signal: AbortSignal) => Promise<boolean>;
}

/**
 * When the page's renderer dies, says so and offers a reload (the boards are in IndexedDB, so a
 * reload loses at most a write in flight) instead of leaving a blank window that takes no input.
 *
 * When the page is stuck, says so and offers to wait or reload, one question at a time. If the
 * page responds again before the person answers, the question is closed, and an answer that still
 * arrives does nothing: a page that recovered is not reloaded. Reloading a stuck page ends its
 * process first (its main thread would never run the new page); the page is then gone, and the
 * dead-page path below reloads it, without asking a second time.
 */
export function offerReloadWhenPageDies(window: RecoverableWindow, options: PageGoneOptions): void {
  /** The open "not responding" question, to close when it no longer applies. */
  let stuckQuestion: AbortController | null = null;
  /** The person chose Reload for a stuck page: its end is ours, reload without asking. */
  let endedToReload = false;

  const withdrawStuckQuestion = (): void => {
    stuckQuestion?.abort();
    stuckQuestion = null;
  };
  // A page that died or got stuck before its first paint leaves the window hidden (it is shown on
  // 'ready-to-show'), and the question with it: show both.
  const showWindow = (): void => {
    if (!window.isVisible()) window.show();
  };
  const answered = (question: Promise<boolean>, act: (reload: boolean) => void): void => {
    question
      .then((reload) => {
        if (!window.isDestroyed()) act(reload);
      })
      .catch((error: unknown) => {
        console.error('Could not offer to reload the window', error);
      });
  };

  window.webContents.on('render-process-gone', (_event, details) => {
    withdrawStuckQuestion();
    if (details.reason === 'clean-exit') return; // the window is closing
    options.pageGone();
    if (endedToReload) {
      endedToReload = false;
      window.webContents.reload();
      return;
    }
    showWindow();
    answered(options.askToReload(), (reload) => {
      if (reload) window.webContents.reload();
      else window.close();
    });
  });

  window.on('unresponsive', () => {
    if (stuckQuestion !== null || endedToReload) return; // one question at a time
    const question = new AbortController();
    stuckQuestion = question;
    options.pageStuck();
    showWindow();
    answered(options.askToReloadStuckPage(question.signal), (reload) => {
      if (stuckQuestion !== question) return; // withdrawn: the page responded again, or died
      stuckQuestion = null;
      if (!reload) return; // wait: Electron says again if it stays stuck
      endedToReload = true;
      window.webContents.forcefullyCrashRenderer();
    });
  });

  window.on('responsive', () => {
    withdrawStuckQuestion();
    options.pageResponsive();
  });
}

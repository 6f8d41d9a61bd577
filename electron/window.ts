/**
 * The app's windows: their options (pure functions, so every security flag is pinned by a unit
 * test) and their creation. Several flags below are already Electron's defaults; they are spelled
 * out anyway so that a future default change, or a copied snippet, cannot quietly weaken them.
 *
 * Every window the app creates — the main window and the hidden window that renders PDFs — is
 * made by `newWindow` below, the app's only `new BrowserWindow` (a test greps for others), with
 * web preferences from SECURE_WEB_PREFERENCES.
 */
import { BrowserWindow, nativeTheme, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import type { FittedWindowState } from './windowState';

export const MAIN_WINDOW_TITLE = 'Ownership Board';

/** The light theme's canvas (renderer/app/app.css; window.test keeps the two the same), so nothing flashes while the page loads. */
export const MAIN_WINDOW_BACKGROUND = '#eef1f5';
/**
 * The dark theme's canvas (renderer/app/app.css): with Dark chosen in the app, or System on a
 * computer set to dark. nativeTheme says which: main.ts sets its themeSource from the choice the
 * page last told (appearance.ts, kept in userData) before the window opens.
 */
export const MAIN_WINDOW_BACKGROUND_DARK = '#12151b';

export const MAIN_WINDOW_SIZE = { width: 1280, height: 820 } as const;
/** A board with a few outcome columns and the side panel still fits; smaller gets unusable. */
export const MAIN_WINDOW_MIN_SIZE = { width: 880, height: 560 } as const;

/** Electron's security checklist, as window options. Shared by every window of the app. */
export const SECURE_WEB_PREFERENCES: Readonly<WebPreferences> = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  // Dropping a file on the window must reach the app's import, never replace the app.
  navigateOnDragDrop: false,
  safeDialogs: true,
  // Off: Chromium would download spell-check dictionaries from the network.
  spellcheck: false,
});

/** The window's own background, under the page: the canvas of the look shown. */
export const mainWindowBackground = (dark: boolean): string => (dark ? MAIN_WINDOW_BACKGROUND_DARK : MAIN_WINDOW_BACKGROUND);

/** `dark`: the look is dark (nativeTheme, after the app's choice), so the window is dark before the page paints. */
export function mainWindowOptions(preloadPath: string, dark = false): BrowserWindowConstructorOptions {
  return {
    title: MAIN_WINDOW_TITLE,
    width: MAIN_WINDOW_SIZE.width,
    height: MAIN_WINDOW_SIZE.height,
    minWidth: MAIN_WINDOW_MIN_SIZE.width,
    minHeight: MAIN_WINDOW_MIN_SIZE.height,
    show: false,
    backgroundColor: mainWindowBackground(dark),
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  };
}

/**
 * The hidden window that renders the print view for printToPDF. Same lock-down as the main
 * window, but no preload: the print view needs no bridge, so it gets none. Background throttling
 * is off because a never-shown window counts as "in the background", and the print view must be
 * able to finish loading fonts and laying out while nobody looks at it.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    title: `${MAIN_WINDOW_TITLE} (PDF)`,
    width: MAIN_WINDOW_SIZE.width,
    height: MAIN_WINDOW_SIZE.height,
    show: false,
    skipTaskbar: true,
    backgroundColor: '#ffffff',
    webPreferences: { ...SECURE_WEB_PREFERENCES, backgroundThrottling: false },
  };
}

export interface MainWindowSetup {
  readonly preloadPath: string;
  /** app://ownership-board/index.html, or the dev server URL in development. */
  readonly url: string;
  /** Where the window was last time, already checked against today's displays. */
  readonly state?: FittedWindowState | null;
}

/** The one place a BrowserWindow is constructed; only the option functions above feed it. */
function newWindow(options: BrowserWindowConstructorOptions): BrowserWindow {
  return new BrowserWindow(options);
}

/** The hidden window for one PDF export (pdf.ts destroys it when done). */
export function createPrintWindow(): BrowserWindow {
  return newWindow(printWindowOptions());
}

/** Creates the window hidden and shows it once the first frame is painted. */
export function createMainWindow(setup: MainWindowSetup): BrowserWindow {
  const options = mainWindowOptions(setup.preloadPath, nativeTheme.shouldUseDarkColors);
  const state = setup.state ?? null;
  const window = newWindow(state === null ? options : { ...options, ...state.bounds });
  window.once('ready-to-show', () => {
    // maximize() also shows the window on some platforms; either way it ends up visible.
    if (state?.maximized === true) window.maximize();
    window.show();
  });
  window.loadURL(setup.url).catch((error: unknown) => {
    // Still show the window: an empty window the user can close beats an invisible process.
    console.error(`Could not load ${setup.url}`, error);
    if (!window.isDestroyed()) window.show();
  });
  return window;
}

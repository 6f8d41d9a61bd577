/**
 * The main window: its options (a pure function, so every security flag is pinned by a unit
 * test) and its creation. Several flags below are already Electron's defaults; they are spelled
 * out anyway so that a future default change, or a copied snippet, cannot quietly weaken them.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export const MAIN_WINDOW_TITLE = 'Ownership Board';

/** Matches the renderer's page background, so there is no white flash while it loads. */
export const MAIN_WINDOW_BACKGROUND = '#f6f5f2';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: MAIN_WINDOW_TITLE,
    width: 1280,
    height: 820,
    // A board with a few outcome columns and the side panel still fits; smaller gets unusable.
    minWidth: 880,
    minHeight: 560,
    show: false,
    backgroundColor: MAIN_WINDOW_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
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
    },
  };
}

export interface MainWindowSetup {
  readonly preloadPath: string;
  /** app://ownership-board/index.html, or the dev server URL in development. */
  readonly url: string;
}

/** Creates the window hidden and shows it once the first frame is painted. */
export function createMainWindow(setup: MainWindowSetup): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(setup.preloadPath));
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(setup.url).catch((error: unknown) => {
    // Still show the window: an empty window the user can close beats an invisible process.
    console.error(`Could not load ${setup.url}`, error);
    if (!window.isDestroyed()) window.show();
  });
  return window;
}

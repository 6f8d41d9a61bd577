// The main window's options pin every security flag of Electron's checklist; a copied snippet
// that flips one of them must fail here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  interface FakeWindow {
    options: unknown;
    show: ReturnType<typeof vi.fn>;
    maximize: ReturnType<typeof vi.fn>;
    isDestroyed: ReturnType<typeof vi.fn>;
    loadURL: ReturnType<typeof vi.fn>;
    readyListeners: (() => void)[];
  }
  const windows: FakeWindow[] = [];
  let loadResult: Promise<void> = Promise.resolve();
  class BrowserWindow {
    readonly options: unknown;
    readonly show = vi.fn();
    readonly maximize = vi.fn();
    readonly isDestroyed = vi.fn(() => false);
    readonly loadURL = vi.fn(() => loadResult);
    readonly readyListeners: (() => void)[] = [];
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
    }
    once(event: string, listener: () => void): this {
      if (event === 'ready-to-show') this.readyListeners.push(listener);
      return this;
    }
  }
  return {
    BrowserWindow,
    windows,
    failNextLoad: () => {
      loadResult = Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
    },
    reset: () => {
      windows.length = 0;
      loadResult = Promise.resolve();
    },
  };
});

// The computer's light or dark (Electron's nativeTheme), as a test sets it.
const theme = vi.hoisted(() => ({ shouldUseDarkColors: false }));

vi.mock('electron', () => ({ BrowserWindow: fake.BrowserWindow, nativeTheme: theme }));

import { MAIN_WINDOW_BACKGROUND, MAIN_WINDOW_BACKGROUND_DARK, SECURE_WEB_PREFERENCES, createMainWindow, mainWindowOptions, printWindowOptions } from '../../electron/window';

beforeEach(() => {
  fake.reset();
  theme.shouldUseDarkColors = false;
});

describe('the main window options', () => {
  const options = mainWindowOptions('/app/dist-electron/preload.cjs');
  const web = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and every risky feature off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.safeDialogs).toBe(true);
  });

  it('spell-checks what facilitators type and loads the given preload', () => {
    expect(web.spellcheck).toBe(false);
    expect(web.preload).toBe('/app/dist-electron/preload.cjs');
  });

  it('sets no other web preference than the reviewed ones', () => {
    expect(Object.keys(web).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('stays hidden until the first paint, with the app title and a usable size', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Ownership Board');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/iu);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
  });
});

describe('every window of the app', () => {
  const windows = [
    ['the main window', mainWindowOptions('/app/dist-electron/preload.cjs')],
    ['the hidden PDF window', printWindowOptions()],
  ] as const;

  it.each(windows)('%s has the full lock-down', (_name, options) => {
    const web = options.webPreferences ?? {};
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web).toMatchObject(SECURE_WEB_PREFERENCES);
  });

  it('share one frozen set of secure preferences', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });
});

describe('the hidden PDF window', () => {
  const options = printWindowOptions();
  const web = options.webPreferences ?? {};

  it('is never shown and gets no preload, so the print view has no bridge', () => {
    expect(options.show).toBe(false);
    expect(web.preload).toBeUndefined();
  });

  it('keeps rendering while hidden, and sets nothing else beyond the reviewed preferences', () => {
    expect(web.backgroundThrottling).toBe(false);
    expect(Object.keys(web).sort()).toEqual([...Object.keys(SECURE_WEB_PREFERENCES), 'backgroundThrottling'].sort());
  });
});

describe('creating the main window', () => {
  it('opens where it was last time, and maximised when it was', () => {
    createMainWindow({
      preloadPath: '/p/preload.cjs',
      url: 'app://ownership-board/index.html',
      state: { bounds: { x: 40, y: 60, width: 1000, height: 700 }, maximized: true },
    });
    const window = fake.windows[0];
    expect(window?.options).toMatchObject({ x: 40, y: 60, width: 1000, height: 700, show: false });
    expect(window?.maximize).not.toHaveBeenCalled();
    for (const listener of window?.readyListeners ?? []) listener();
    expect(window?.maximize).toHaveBeenCalledTimes(1);
    expect(window?.show).toHaveBeenCalledTimes(1);
  });

  it('without a position, lets Electron centre the window', () => {
    createMainWindow({ preloadPath: '/p', url: 'app://ownership-board/index.html', state: { bounds: { width: 900, height: 600 }, maximized: false } });
    const options = fake.windows[0]?.options as Record<string, unknown>;
    expect('x' in options).toBe(false);
    expect(options.width).toBe(900);
  });

  it('loads the given URL and shows the window only when it is ready to show', () => {
    createMainWindow({ preloadPath: '/p/preload.cjs', url: 'app://ownership-board/index.html' });
    const window = fake.windows[0];
    expect(window).toBeDefined();
    expect(window?.options).toEqual(mainWindowOptions('/p/preload.cjs'));
    expect(window?.loadURL).toHaveBeenCalledWith('app://ownership-board/index.html');
    expect(window?.show).not.toHaveBeenCalled();
    for (const listener of window?.readyListeners ?? []) listener();
    expect(window?.show).toHaveBeenCalledTimes(1);
  });

  it('is dark before the page paints on a computer set to dark, light otherwise; the PDF window always white', () => {
    createMainWindow({ preloadPath: '/p/preload.cjs', url: 'app://ownership-board/index.html' });
    theme.shouldUseDarkColors = true;
    createMainWindow({ preloadPath: '/p/preload.cjs', url: 'app://ownership-board/index.html' });
    const backgrounds = fake.windows.map((window) => (window.options as { backgroundColor?: string }).backgroundColor);
    expect(backgrounds).toEqual([MAIN_WINDOW_BACKGROUND, MAIN_WINDOW_BACKGROUND_DARK]);
    expect(printWindowOptions().backgroundColor).toBe('#ffffff');
  });

  it('is, before the page paints, the colour of the page’s canvas in either theme (renderer/app/app.css)', () => {
    const css = readFileSync(join(process.cwd(), 'renderer', 'app', 'app.css'), 'utf8');
    const canvas = /--canvas:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/iu.exec(css);
    expect(canvas?.slice(1)).toEqual([MAIN_WINDOW_BACKGROUND, MAIN_WINDOW_BACKGROUND_DARK]);
  });

  it('still shows the window when the page cannot be loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fake.failNextLoad();
    createMainWindow({ preloadPath: '/p/preload.cjs', url: 'app://ownership-board/index.html' });
    await vi.waitFor(() => {
      expect(fake.windows[0]?.show).toHaveBeenCalled();
    });
  });
});

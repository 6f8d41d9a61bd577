// The app's life: one instance per profile, a second launch focusing the first window, the
// privileged scheme before ready, everything hardened before the first window exists, files from
// the OS reaching the page once, the window put back where it was, and every window locked down.
import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc';

interface FakeWebPreferences {
  preload?: string;
  sandbox?: boolean;
  contextIsolation?: boolean;
  nodeIntegration?: boolean;
  webSecurity?: boolean;
}

interface FakeWindowOptions {
  backgroundColor?: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  show?: boolean;
  webPreferences?: FakeWebPreferences;
}

class FakeWebContents extends EventEmitter {
  readonly isLoading = vi.fn(() => false);
  readonly send = vi.fn();
  readonly reload = vi.fn();
  /** As Electron: the process ends, and the page is reported gone a moment later. */
  readonly forcefullyCrashRenderer = vi.fn(() => {
    setTimeout(() => this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 1 }), 0);
  });
  readonly executeJavaScript = vi.fn((_code: string): Promise<unknown> => Promise.resolve('true'));
  readonly printToPDF = vi.fn(() => Promise.resolve(new Uint8Array([0x25, 0x50, 0x44, 0x46])));
}

class FakeWindow extends EventEmitter {
  static instances: FakeWindow[] = [];
  static getAllWindows = (): FakeWindow[] => FakeWindow.instances.filter((window) => !window.destroyed);
  static fromWebContents = (): FakeWindow | null => null;
  static getFocusedWindow = (): FakeWindow | null => null;

  readonly webContents = new FakeWebContents();
  minimized = false;
  destroyed = false;
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly focus = vi.fn();
  visible = false;
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly isVisible = vi.fn(() => this.visible);
  readonly maximize = vi.fn();
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly isDestroyed = vi.fn(() => this.destroyed);
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });
  readonly getNormalBounds = vi.fn(() => ({ x: this.options.x ?? 0, y: this.options.y ?? 0, width: this.options.width ?? 0, height: this.options.height ?? 0 }));
  readonly isMaximized = vi.fn(() => false);
  readonly isFullScreen = vi.fn(() => false);
  readonly setBackgroundColor = vi.fn();

  constructor(readonly options: FakeWindowOptions) {
    super();
    FakeWindow.instances.push(this);
  }

  close(): void {
    this.emit('close');
    this.destroyed = true;
    this.emit('closed');
  }
}

const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
/** A board file given on the command line (the main process only checks that it names the format). */
const LAUNCH_TEXT = '{"format":"ownership-board","board":"launch"}';

class FakeApp extends EventEmitter {
  isPackaged = true;
  readonly name = 'Ownership Board';
  userData = '/nonexistent';
  private resolveReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });
  private ready = false;
  /** The switches on the command line, as Chromium read them. */
  readonly switches = new Set<string>();
  readonly commandLine = { hasSwitch: vi.fn((name: string) => this.switches.has(name)) };
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly setName = vi.fn();
  readonly setPath = vi.fn();
  readonly isReady = vi.fn(() => this.ready);
  readonly whenReady = vi.fn(() => this.readyPromise);
  readonly getPath = vi.fn((name: string) => (name === 'userData' ? this.userData : '/home/ada/Documents'));
  readonly getVersion = vi.fn(() => '0.1.0');
  readonly addRecentDocument = vi.fn();
  readonly clearRecentDocuments = vi.fn();
  readonly setAboutPanelOptions = vi.fn();

  async becomeReady(options: { expectWindow?: boolean } = {}): Promise<void> {
    this.ready = true;
    this.resolveReady();
    await this.readyPromise;
    if (options.expectWindow === false) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return;
    }
    // Start-up reads three small files before it opens the window.
    await vi.waitFor(() => {
      expect(FakeWindow.instances.length).toBeGreaterThan(0);
    });
  }
}

type Handler = (event: IpcMainInvokeEvent, payload?: unknown) => unknown;

/** As Electron's: dark when Dark is the source, or System on a computer set to dark. */
class FakeNativeTheme {
  themeSource: 'system' | 'light' | 'dark' = 'system';
  /** The computer's own setting. */
  computerIsDark = false;
  get shouldUseDarkColors(): boolean {
    return this.themeSource === 'dark' || (this.themeSource === 'system' && this.computerIsDark);
  }
}

function createElectron() {
  const handlers = new Map<string, Handler>();
  return {
    app: new FakeApp(),
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, handler: Handler) => {
        handlers.set(channel, handler);
      }),
    },
    dialog: {
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })),
      showMessageBoxSync: vi.fn(() => 0),
      showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })),
      showOpenDialog: vi.fn(),
      showErrorBox: vi.fn(),
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    screen: { getPrimaryDisplay: vi.fn(() => display), getAllDisplays: vi.fn(() => [display]) },
    nativeTheme: new FakeNativeTheme(),
  };
}

type FakeElectron = ReturnType<typeof createElectron>;
const state = vi.hoisted((): { electron: unknown } => ({ electron: null }));
let electron = createElectron();
const current = (): FakeElectron => state.electron as FakeElectron;

vi.mock('electron', () => ({
  get app() {
    return current().app;
  },
  get BrowserWindow() {
    return current().BrowserWindow;
  },
  get protocol() {
    return current().protocol;
  },
  get net() {
    return current().net;
  },
  get session() {
    return current().session;
  },
  get ipcMain() {
    return current().ipcMain;
  },
  get dialog() {
    return current().dialog;
  },
  get shell() {
    return current().shell;
  },
  get Menu() {
    return current().Menu;
  },
  get nativeTheme() {
    return current().nativeTheme;
  },
  get screen() {
    return current().screen;
  },
}));

async function launch(): Promise<void> {
  vi.resetModules();
  await import('../../electron/main');
}

/** An IPC call from the app's own page, as the preload would make it. */
async function invoke(channel: string, payload?: unknown): Promise<unknown> {
  const handler = electron.handlers.get(channel);
  if (handler === undefined) throw new Error(`no handler for ${channel}`);
  const mainFrame = { url: 'app://ownership-board/index.html', parent: null };
  return await handler({ senderFrame: mainFrame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent, payload);
}

const mainWindow = (): FakeWindow => {
  const window = FakeWindow.instances[0];
  if (window === undefined) throw new Error('no window');
  return window;
};

/** A new run of the app on the same userData; `prepare` sets the new run's fake Electron up first. */
async function relaunch(prepare?: (next: FakeElectron) => void): Promise<void> {
  FakeWindow.instances = [];
  electron = createElectron();
  electron.app.userData = userData;
  prepare?.(electron);
  state.electron = electron;
  await launch();
  await electron.app.becomeReady();
}

/** Quits, and waits until the settings files being written are (quitting waits for them). */
async function quitOnceWritten(): Promise<void> {
  electron.app.emit('will-quit', { preventDefault: vi.fn() });
  await vi.waitFor(() => {
    expect(electron.app.quit).toHaveBeenCalled();
  });
}

const originalPlatform = Object.getOwnPropertyDescriptor(process, 'platform');
const originalArgv = process.argv;
const setPlatform = (platform: string): void => {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
};

let userData = '';

beforeEach(async () => {
  FakeWindow.instances = [];
  electron = createElectron();
  state.electron = electron;
  userData = await mkdtemp(path.join(os.tmpdir(), 'ownership-board-userdata-'));
  electron.app.userData = userData;
  vi.unstubAllEnvs();
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  process.argv = ['/opt/Ownership Board/ownership-board'];
});

afterEach(async () => {
  if (originalPlatform) Object.defineProperty(process, 'platform', originalPlatform);
  process.argv = originalArgv;
  vi.unstubAllEnvs();
  // Retries: a window closed by a test may still be writing its state file.
  await rm(userData, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
});

describe('single instance', () => {
  it('a second launch that does not get the lock quits at once and sets nothing up', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await launch();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.app.listenerCount('second-instance')).toBe(0);
    await electron.app.becomeReady({ expectWindow: false });
    expect(FakeWindow.instances).toHaveLength(0);
  });

  it('a second launch restores and focuses the existing window instead of opening another', async () => {
    await launch();
    await electron.app.becomeReady();
    expect(FakeWindow.instances).toHaveLength(1);
    const window = mainWindow();
    window.minimized = true;

    electron.app.emit('second-instance', {}, ['/opt/ownership-board'], '/home/ada', {});
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
    expect(FakeWindow.instances).toHaveLength(1);
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('a second launch with a board file sends the file to the listening page', async () => {
    await writeFile(path.join(userData, 'Team.ownership.json'), '{"board":"team"}');
    await launch();
    await electron.app.becomeReady();
    expect(await invoke(IPC_CHANNELS.takePendingFile)).toBeNull(); // the page starts listening
    electron.app.emit('second-instance', {}, ['/opt/ownership-board', '--original-process-start-time=1', 'Team.ownership.json'], userData, {});
    await vi.waitFor(() => {
      expect(mainWindow().webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, {
        type: 'open-file',
        name: 'Team.ownership.json',
        text: '{"board":"team"}',
      });
    });
  });
});

describe('a launch with remote debugging switched on', () => {
  it('is refused by the installed app before anything is set up: a message, exit code 1, no window', async () => {
    electron.app.switches.add('remote-debugging-port');
    await launch();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Ownership Board did not start', expect.stringContaining('(--remote-debugging-port)'));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.app.listenerCount('web-contents-created')).toBe(0);
    await electron.app.becomeReady({ expectWindow: false });
    expect(FakeWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('runs as usual in development', async () => {
    electron.app.isPackaged = false;
    electron.app.switches.add('remote-debugging-port');
    await launch();
    await electron.app.becomeReady();
    expect(FakeWindow.instances).toHaveLength(1);
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(electron.app.exit).not.toHaveBeenCalled();
  });

  it('is not what an ordinary launch of the installed app meets', async () => {
    await launch();
    await electron.app.becomeReady();
    expect(electron.app.commandLine.hasSwitch).toHaveBeenCalledWith('remote-debugging-port');
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(electron.app.exit).not.toHaveBeenCalled();
  });
});

describe('files opened from the OS before the page listens', () => {
  it('a board on the command line waits for takePendingFile, which hands it out once', async () => {
    const file = path.join(userData, 'Launch.ownership.json');
    await writeFile(file, LAUNCH_TEXT);
    process.argv = ['/opt/Ownership Board/ownership-board', file];
    await launch();
    await electron.app.becomeReady();
    expect(mainWindow().webContents.send).not.toHaveBeenCalled();
    expect(await invoke(IPC_CHANNELS.takePendingFile)).toEqual({ name: 'Launch.ownership.json', text: LAUNCH_TEXT });
    expect(await invoke(IPC_CHANNELS.takePendingFile)).toBeNull();
    expect(electron.app.addRecentDocument).toHaveBeenCalledWith(file);
  });

  it('macOS open-file before ready is queued, not lost, and opens no window early', async () => {
    const file = path.join(userData, 'Early.ownership.json');
    await writeFile(file, '{"board":"early"}');
    await launch();
    const event = { preventDefault: vi.fn() };
    electron.app.emit('open-file', event, file);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(FakeWindow.instances).toHaveLength(0);
    await electron.app.becomeReady();
    expect(FakeWindow.instances).toHaveLength(1);
    expect(await invoke(IPC_CHANNELS.takePendingFile)).toEqual({ name: 'Early.ownership.json', text: '{"board":"early"}' });
  });

  it('a file that cannot be read is reported in a dialog, not handed out', async () => {
    process.argv = ['/opt/ob/ownership-board', path.join(userData, 'Missing.ownership.json')];
    await launch();
    await electron.app.becomeReady();
    expect(await invoke(IPC_CHANNELS.takePendingFile)).toBeNull();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(mainWindow(), expect.objectContaining({ type: 'error' }));
  });

  it('a reload makes files wait again for the new page', async () => {
    const file = path.join(userData, 'Reload.ownership.json');
    await writeFile(file, '{}');
    await launch();
    await electron.app.becomeReady();
    await invoke(IPC_CHANNELS.takePendingFile);
    mainWindow().webContents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    electron.app.emit('open-file', { preventDefault: vi.fn() }, file);
    expect(await invoke(IPC_CHANNELS.takePendingFile)).toMatchObject({ name: 'Reload.ownership.json' });
    expect(mainWindow().webContents.send).not.toHaveBeenCalled();
  });
});

describe('start-up', () => {
  it('registers the privileged scheme and the sandbox before ready, without renaming the app', async () => {
    await launch();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(electron.app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(FakeWindow.instances).toHaveLength(0);
    expect(electron.app.setName).not.toHaveBeenCalled();
    expect(electron.app.setPath).not.toHaveBeenCalled();
  });

  it('hardens every web contents', async () => {
    await launch();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('when ready, serves the renderer, hardens the session, answers IPC and opens the app page', async () => {
    await launch();
    await electron.app.becomeReady();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(Object.values(IPC_CHANNELS).filter((channel) => channel !== IPC_CHANNELS.menuCommand).sort());
    const window = mainWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://ownership-board/index.html');
    expect(window.options.webPreferences?.sandbox).toBe(true);
    expect(path.basename(window.options.webPreferences?.preload ?? '')).toBe('preload.cjs');
  });

  it('installs the application menu, without developer tools in the packaged app', async () => {
    await launch();
    await electron.app.becomeReady();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] ?? [];
    const roles = JSON.stringify(template);
    expect(roles).toContain('"Export PDF…"');
    expect(roles).not.toContain('toggleDevTools');
  });

  it('loads the dev server only in an unpackaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    electron.app.isPackaged = false;
    await launch();
    await electron.app.becomeReady();
    expect(mainWindow().loadURL).toHaveBeenCalledWith('http://localhost:5173/');

    FakeWindow.instances = [];
    electron = createElectron();
    electron.app.userData = userData;
    state.electron = electron;
    electron.app.isPackaged = true;
    await launch();
    await electron.app.becomeReady();
    expect(mainWindow().loadURL).toHaveBeenCalledWith('app://ownership-board/index.html');
  });
});

describe('menu commands', () => {
  it('go to the app window', async () => {
    await launch();
    await electron.app.becomeReady();
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] ?? [];
    const file = template.find((item) => item.label?.replace('&', '') === 'File');
    const newBoard = Array.isArray(file?.submenu) ? file.submenu.find((item) => item.label === 'New Board') : undefined;
    (newBoard?.click as (() => void) | undefined)?.();
    expect(mainWindow().webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, { type: 'new-board' });
  });
});

describe('open recent', () => {
  const recentMenu = (): MenuItemConstructorOptions[] => {
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] ?? [];
    const file = template.find((item) => item.label?.replace('&', '') === 'File');
    const recent = Array.isArray(file?.submenu) ? file.submenu.find((item) => item.label === 'Open Recent') : undefined;
    return Array.isArray(recent?.submenu) ? recent.submenu : [];
  };

  it('lists boards from userData/recent.json and opens the one clicked in the page', async () => {
    const board = path.join(userData, 'Recent.ownership.json');
    await writeFile(board, '{"board":"recent"}');
    await writeFile(path.join(userData, 'recent.json'), JSON.stringify({ version: 1, files: [board, 'not/absolute.json'] }));
    await launch();
    await electron.app.becomeReady();
    await invoke(IPC_CHANNELS.takePendingFile);
    const items = recentMenu();
    expect(items[0]?.label).toBe('Recent.ownership.json');
    expect(items.map((item) => item.label)).not.toContain('absolute.json');
    (items[0]?.click as (() => void) | undefined)?.();
    await vi.waitFor(() => {
      expect(mainWindow().webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, { type: 'open-file', name: 'Recent.ownership.json', text: '{"board":"recent"}' });
    });
  });

  it('a JSON file that turns out not to be a board (opened with the app, or chosen from the list) leaves the list', async () => {
    const other = path.join(userData, 'package.json');
    await writeFile(other, '{"name":"not-a-board"}');
    await writeFile(path.join(userData, 'recent.json'), JSON.stringify({ version: 1, files: [other] }));
    await launch();
    await electron.app.becomeReady();
    await invoke(IPC_CHANNELS.takePendingFile);
    expect(recentMenu()[0]?.label).toBe('package.json');
    (recentMenu()[0]?.click as (() => void) | undefined)?.();
    await vi.waitFor(() => {
      expect(recentMenu()[0]).toEqual({ label: 'No Recent Boards', enabled: false });
    });
    expect(electron.app.addRecentDocument).not.toHaveBeenCalledWith(other);
  });

  it('drops a board that no longer exists, after saying so', async () => {
    const gone = path.join(userData, 'Gone.ownership.json');
    await writeFile(path.join(userData, 'recent.json'), JSON.stringify({ version: 1, files: [gone] }));
    await launch();
    await electron.app.becomeReady();
    await invoke(IPC_CHANNELS.takePendingFile);
    (recentMenu()[0]?.click as (() => void) | undefined)?.();
    await vi.waitFor(() => {
      expect(electron.dialog.showMessageBox).toHaveBeenCalled();
    });
    expect(recentMenu()[0]).toEqual({ label: 'No Recent Boards', enabled: false });
  });
});

describe('the window\'s place', () => {
  it('is restored from userData/window-state.json', async () => {
    await writeFile(
      path.join(userData, 'window-state.json'),
      JSON.stringify({ version: 1, bounds: { x: 100, y: 50, width: 1100, height: 700 }, maximized: false }),
    );
    await launch();
    await electron.app.becomeReady();
    expect(mainWindow().options).toMatchObject({ x: 100, y: 50, width: 1100, height: 700 });
  });

  it('ignores a corrupt window-state.json', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFile(path.join(userData, 'window-state.json'), '{"version":1,"bou');
    await launch();
    await electron.app.becomeReady();
    expect(mainWindow().options).toMatchObject({ width: 1280, height: 820 });
    expect(mainWindow().options.x).toBeUndefined();
  });

  it('is saved when the window closes, and quitting waits for that write', async () => {
    await launch();
    await electron.app.becomeReady();
    mainWindow().close();
    const event = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => {
      expect(electron.app.quit).toHaveBeenCalled();
    });
    const saved = JSON.parse(await readFile(path.join(userData, 'window-state.json'), 'utf8')) as unknown;
    expect(saved).toMatchObject({ version: 1, bounds: { width: 1280, height: 820 }, maximized: false });
  });
});

describe('the look the page tells', () => {
  const appearanceItems = (): MenuItemConstructorOptions[] => {
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] ?? [];
    const view = template.find((item) => item.label?.replace('&', '') === 'View');
    const appearance = Array.isArray(view?.submenu) ? view.submenu.find((item) => item.label === 'Appearance') : undefined;
    return Array.isArray(appearance?.submenu) ? appearance.submenu : [];
  };
  const checked = (): (string | undefined)[] => appearanceItems().filter((item) => item.type === 'radio' && item.checked === true).map((item) => item.label);
  /** The same call from a page of another origin. */
  const invokeFromElsewhere = async (channel: string, payload: unknown): Promise<unknown> => {
    const mainFrame = { url: 'https://evil.example/', parent: null };
    return await electron.handlers.get(channel)?.({ senderFrame: mainFrame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent, payload);
  };

  it('sets the window\'s own parts and View → Appearance\'s check mark; anything else, or from elsewhere, changes neither', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await launch();
    await electron.app.becomeReady();
    expect(electron.nativeTheme.themeSource).toBe('system');
    expect(checked()).toEqual(['System']);

    await invoke(IPC_CHANNELS.appearance, 'dark');
    expect(electron.nativeTheme.themeSource).toBe('dark');
    expect(checked()).toEqual(['Dark']);
    // The open window's own background follows too (a resize's new edge, before the page draws).
    expect(mainWindow().setBackgroundColor).toHaveBeenLastCalledWith('#12151b');
    await invoke(IPC_CHANNELS.appearance, 'light');
    expect(electron.nativeTheme.themeSource).toBe('light');
    expect(checked()).toEqual(['Light']);
    expect(mainWindow().setBackgroundColor).toHaveBeenLastCalledWith('#eef1f5');

    const menus = electron.Menu.buildFromTemplate.mock.calls.length;
    for (const payload of [42, 'sepia', { choice: 'dark' }, undefined]) await invoke(IPC_CHANNELS.appearance, payload);
    await expect(invokeFromElsewhere(IPC_CHANNELS.appearance, 'dark')).rejects.toThrow('Request refused.');
    // The same choice again (each start of the page says it) builds nothing either.
    await invoke(IPC_CHANNELS.appearance, 'light');
    expect(electron.nativeTheme.themeSource).toBe('light');
    expect(electron.Menu.buildFromTemplate.mock.calls.length).toBe(menus);
    expect(checked()).toEqual(['Light']);
    // Kept: quitting waits for userData/appearance.json.
    await quitOnceWritten();
    expect(JSON.parse(await readFile(path.join(userData, 'appearance.json'), 'utf8'))).toEqual({ version: 1, choice: 'light' });
  });

  it('a click on an item sends it to the page; with no window (macOS) the check goes back to the look shown', async () => {
    setPlatform('darwin');
    await launch();
    await electron.app.becomeReady();
    const dark = appearanceItems().find((item) => item.label === 'Dark');
    (dark?.click as (() => void) | undefined)?.();
    expect(mainWindow().webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, { type: 'appearance', choice: 'dark' });

    mainWindow().close();
    const menus = electron.Menu.buildFromTemplate.mock.calls.length;
    (appearanceItems().find((item) => item.label === 'Light')?.click as (() => void) | undefined)?.();
    expect(electron.Menu.buildFromTemplate.mock.calls.length).toBe(menus + 1);
    expect(checked()).toEqual(['System']);
    await quitOnceWritten(); // the closed window's place is written
  });

  it('is kept for the next launch, whose window is dark before the page paints, on a computer set to light', async () => {
    await launch();
    await electron.app.becomeReady();
    expect(mainWindow().options.backgroundColor).toBe('#eef1f5');
    await invoke(IPC_CHANNELS.appearance, 'dark');
    await quitOnceWritten();

    await relaunch();
    expect(electron.nativeTheme.themeSource).toBe('dark');
    expect(mainWindow().options.backgroundColor).toBe('#12151b');
    expect(checked()).toEqual(['Dark']);
  });

  it('a kept Light wins over a computer set to dark; a corrupt appearance.json is System', async () => {
    await writeFile(path.join(userData, 'appearance.json'), JSON.stringify({ version: 1, choice: 'light' }));
    electron.nativeTheme.computerIsDark = true;
    await launch();
    await electron.app.becomeReady();
    expect(mainWindow().options.backgroundColor).toBe('#eef1f5');

    await writeFile(path.join(userData, 'appearance.json'), JSON.stringify({ version: 1, choice: 'sepia' }));
    await relaunch((next) => {
      next.nativeTheme.computerIsDark = true;
    });
    expect(electron.nativeTheme.themeSource).toBe('system');
    expect(mainWindow().options.backgroundColor).toBe('#12151b');
    expect(checked()).toEqual(['System']);
  });
});

describe('the save dialog\'s folder', () => {
  const saveDialogFolder = async (): Promise<string> => {
    electron.dialog.showSaveDialog.mockClear();
    await invoke(IPC_CHANNELS.saveFile, { suggestedName: 'Team A', kind: 'json', contents: '{}' });
    const call = electron.dialog.showSaveDialog.mock.calls[0] as unknown[] | undefined;
    const options = call?.at(-1) as { defaultPath?: string } | undefined;
    return path.dirname(options?.defaultPath ?? '');
  };
  /** A new run of the app on the same userData. */
  const restart = (): Promise<void> => relaunch();

  it('is where the last file was saved, also after a restart', async () => {
    const workshops = path.join(userData, 'Workshops');
    await mkdir(workshops);
    await launch();
    await electron.app.becomeReady();
    expect(await saveDialogFolder()).toBe('/home/ada/Documents');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(workshops, 'Team A.ownership.json') });
    await invoke(IPC_CHANNELS.saveFile, { suggestedName: 'Team A', kind: 'json', contents: '{}' });
    // Quitting waits for the settings file.
    electron.app.emit('will-quit', { preventDefault: vi.fn() });
    await vi.waitFor(() => {
      expect(electron.app.quit).toHaveBeenCalled();
    });

    await restart();
    expect(await saveDialogFolder()).toBe(workshops);
  });

  it('is Documents when the stored folder is gone, or the stored value is not an absolute path', async () => {
    await writeFile(path.join(userData, 'save-folder.json'), JSON.stringify({ version: 1, folder: path.join(userData, 'Deleted') }));
    await launch();
    await electron.app.becomeReady();
    expect(await saveDialogFolder()).toBe('/home/ada/Documents');

    for (const folder of ['../../etc', 42, `/${'a'.repeat(5000)}`]) {
      await writeFile(path.join(userData, 'save-folder.json'), JSON.stringify({ version: 1, folder }));
      await restart();
      expect(await saveDialogFolder()).toBe('/home/ada/Documents');
    }
  });
});

describe('quitting while the page holds on to a change it could not store', () => {
  /** The page cancels 'beforeunload' for as long as the test goes on (its save failed). */
  const holdOn = (answer: number) => {
    electron.dialog.showMessageBoxSync.mockReturnValue(answer);
    let clock = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const refuse = () => {
      const event = { preventDefault: vi.fn() };
      mainWindow().webContents.emit('will-prevent-unload', event);
      return event;
    };
    return {
      refuse,
      later: (ms: number) => {
        clock += ms;
      },
    };
  };

  it('asks in a message box on the window; "Close without saving" lets the quit go ahead', async () => {
    await launch();
    await electron.app.becomeReady();
    const page = holdOn(1);
    electron.app.emit('before-quit');
    expect(page.refuse().preventDefault).not.toHaveBeenCalled(); // a write in flight gets its moment
    expect(electron.dialog.showMessageBoxSync).not.toHaveBeenCalled();
    page.later(600);
    expect(page.refuse().preventDefault).toHaveBeenCalledTimes(1);
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(mainWindow(), expect.objectContaining({ buttons: ['Keep the window open', 'Close without saving'] }));
  });

  it('"Keep the window open" calls the quit off: a reload the page refuses later is not taken for a quit', async () => {
    await launch();
    await electron.app.becomeReady();
    const page = holdOn(0);
    electron.app.emit('before-quit');
    page.refuse();
    page.later(600);
    expect(page.refuse().preventDefault).not.toHaveBeenCalled();
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    page.later(600);
    page.refuse(); // not closing, not quitting: the page's own business, no question
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
  });
});

describe('when the page\'s renderer dies', () => {
  it('says so and reloads when asked, and a file opened meanwhile waits for the reloaded page instead of going to the dead one', async () => {
    const file = path.join(userData, 'After.ownership.json');
    await writeFile(file, '{"board":"after"}');
    await launch();
    await electron.app.becomeReady();
    expect(await invoke(IPC_CHANNELS.takePendingFile)).toBeNull(); // the page listens
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });

    mainWindow().webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      mainWindow(),
      expect.objectContaining({ message: 'The board stopped working.', buttons: ['Reload', 'Close Window'] }),
    );
    // It died before its first paint (no 'ready-to-show' here): the window and the question are shown.
    expect(mainWindow().show).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => {
      expect(mainWindow().webContents.reload).toHaveBeenCalledTimes(1);
    });

    electron.app.emit('open-file', { preventDefault: vi.fn() }, file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mainWindow().webContents.send).not.toHaveBeenCalled();
    expect(await invoke(IPC_CHANNELS.takePendingFile)).toEqual({ name: 'After.ownership.json', text: '{"board":"after"}' });
  });

  it('closes the window when the person chooses to, and says nothing when the page ended normally', async () => {
    await launch();
    await electron.app.becomeReady();
    mainWindow().webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();

    electron.dialog.showMessageBox.mockResolvedValue({ response: 1 });
    const window = mainWindow();
    mainWindow().webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => {
      expect(window.isDestroyed()).toBe(true);
    });
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });
});

describe('when the page stops responding', () => {
  const stuckQuestion: unknown = expect.objectContaining({ message: 'The board is not responding.', buttons: ['Wait', 'Reload'] });

  it('asks once; "Reload" restarts the page without the crash question, and a file opened meanwhile waits for the new page', async () => {
    const file = path.join(userData, 'Meanwhile.ownership.json');
    await writeFile(file, '{"board":"meanwhile"}');
    await launch();
    await electron.app.becomeReady();
    expect(await invoke(IPC_CHANNELS.takePendingFile)).toBeNull(); // the page listens
    let answer: (response: number) => void = () => undefined;
    electron.dialog.showMessageBox.mockImplementation(
      () =>
        new Promise((resolve) => {
          answer = (response) => {
            resolve({ response });
          };
        }),
    );

    mainWindow().emit('unresponsive');
    mainWindow().emit('unresponsive');
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(mainWindow(), stuckQuestion);

    electron.app.emit('open-file', { preventDefault: vi.fn() }, file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mainWindow().webContents.send).not.toHaveBeenCalled(); // not into a page about to be replaced

    answer(1);
    await vi.waitFor(() => {
      expect(mainWindow().webContents.reload).toHaveBeenCalledTimes(1);
    });
    expect(mainWindow().webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1); // no "stopped working" on top
    expect(mainWindow().isDestroyed()).toBe(false);
    expect(await invoke(IPC_CHANNELS.takePendingFile)).toEqual({ name: 'Meanwhile.ownership.json', text: '{"board":"meanwhile"}' });
  });

  it('closes the question when the page responds again, and the file that waited reaches the same page', async () => {
    const file = path.join(userData, 'Later.ownership.json');
    await writeFile(file, '{"board":"later"}');
    await launch();
    await electron.app.becomeReady();
    await invoke(IPC_CHANNELS.takePendingFile);
    let signal: AbortSignal | undefined;
    electron.dialog.showMessageBox.mockImplementation((...args: unknown[]) => {
      signal = (args[1] as { signal?: AbortSignal }).signal;
      return new Promise(() => undefined);
    });

    mainWindow().emit('unresponsive');
    electron.app.emit('open-file', { preventDefault: vi.fn() }, file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mainWindow().webContents.send).not.toHaveBeenCalled();

    mainWindow().emit('responsive');
    expect(signal?.aborted).toBe(true);
    await vi.waitFor(() => {
      expect(mainWindow().webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, { type: 'open-file', name: 'Later.ownership.json', text: '{"board":"later"}' });
    });
    expect(mainWindow().webContents.reload).not.toHaveBeenCalled();
  });
});

describe('board backups', () => {
  it('are written to userData/backups/<board id>, listed, read back, and waited for when quitting', async () => {
    await launch();
    await electron.app.becomeReady();
    const json = '{"format":"ownership-board","version":1}\n';
    const write = invoke(IPC_CHANNELS.writeBackup, { boardId: 'board-a', title: 'Team A', boardUpdatedAt: '2026-03-14T09:59:00.000Z', json });
    const event = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(await write).toEqual({ status: 'saved' });

    const names = await readdir(path.join(userData, 'backups', 'board-a'));
    const backup = names.find((name) => name.endsWith('.ownership.json')) ?? '';
    expect(await readFile(path.join(userData, 'backups', 'board-a', backup), 'utf8')).toBe(json);
    const listed = (await invoke(IPC_CHANNELS.listBackups)) as { id: string; title: string }[];
    expect(listed).toMatchObject([{ id: `board-a/${backup}`, boardId: 'board-a', title: 'Team A', boardUpdatedAt: '2026-03-14T09:59:00.000Z', bytes: json.length }]);
    expect(await invoke(IPC_CHANNELS.readBackup, listed[0]?.id)).toEqual({ status: 'opened', name: backup, text: json });
  });
});

describe('every window the app creates', () => {
  it('is locked down, including the hidden PDF window, which is destroyed afterwards', async () => {
    await launch();
    await electron.app.becomeReady();
    const result = await invoke(IPC_CHANNELS.printToPdf, {
      suggestedName: 'Team',
      boardId: 'b-1',
      paper: 'A4',
      orientation: 'portrait',
      sections: ['map'],
    });
    expect(result).toEqual({ status: 'cancelled' });
    expect(FakeWindow.instances).toHaveLength(2);
    const pdfWindow = FakeWindow.instances[1];
    expect(pdfWindow?.options.show).toBe(false);
    expect(pdfWindow?.options.webPreferences?.preload).toBeUndefined();
    expect(pdfWindow?.loadURL.mock.calls[0]?.[0]).toMatch(/^app:\/\/ownership-board\/index\.html#print\?board=b-1&/u);
    expect(pdfWindow?.destroy).toHaveBeenCalledTimes(1);
    for (const window of FakeWindow.instances) {
      expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    }
  });
});

describe('windows closing and reopening', () => {
  it('quits when the last window closes, except on macOS', async () => {
    setPlatform('linux');
    await launch();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(1);

    setPlatform('darwin');
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('re-creates the window on activate when none is open', async () => {
    await launch();
    await electron.app.becomeReady();
    mainWindow().close();
    electron.app.emit('activate');
    expect(FakeWindow.getAllWindows()).toHaveLength(1);
    electron.app.emit('activate');
    expect(FakeWindow.getAllWindows()).toHaveLength(1);
  });

  it('brings a minimised window back on activate (a click on the Dock icon), without opening another', async () => {
    await launch();
    await electron.app.becomeReady();
    const window = mainWindow();
    window.minimized = true;
    electron.app.emit('activate', {}, false);
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
    expect(FakeWindow.instances).toHaveLength(1);
  });

  it('does not open a window on activate before start-up has finished', async () => {
    await launch();
    electron.app.emit('activate');
    expect(FakeWindow.instances).toHaveLength(0);
    await electron.app.becomeReady();
    expect(FakeWindow.instances).toHaveLength(1);
  });
});

// The app's life: one instance per profile, a second launch focusing the first window, the
// privileged scheme before ready, everything hardened before the first window exists.
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc';

interface FakeWebPreferences {
  preload?: string;
  sandbox?: boolean;
  contextIsolation?: boolean;
}

class FakeWebContents extends EventEmitter {
  readonly isLoading = vi.fn(() => false);
  readonly send = vi.fn();
}

class FakeWindow extends EventEmitter {
  static instances: FakeWindow[] = [];
  static getAllWindows = (): FakeWindow[] => FakeWindow.instances.filter((window) => !window.destroyed);
  static fromWebContents = (): FakeWindow | null => null;

  readonly webContents = new FakeWebContents();
  minimized = false;
  destroyed = false;
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly focus = vi.fn();
  readonly show = vi.fn();
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly isDestroyed = vi.fn(() => this.destroyed);

  constructor(readonly options: { webPreferences?: FakeWebPreferences }) {
    super();
    FakeWindow.instances.push(this);
  }

  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = true;
  private resolveReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });
  private ready = false;
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly setName = vi.fn();
  readonly setPath = vi.fn();
  readonly isReady = vi.fn(() => this.ready);
  readonly whenReady = vi.fn(() => this.readyPromise);
  readonly getPath = vi.fn(() => '/home/ada/Documents');
  readonly getVersion = vi.fn(() => '0.1.0');

  async becomeReady(): Promise<void> {
    this.ready = true;
    this.resolveReady();
    await this.readyPromise;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function createElectron() {
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
    ipcMain: { handle: vi.fn() },
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
}

const state = vi.hoisted((): { electron: unknown } => ({ electron: null }));
let electron = createElectron();

vi.mock('electron', () => ({
  get app() {
    return (state.electron as ReturnType<typeof createElectron>).app;
  },
  get BrowserWindow() {
    return (state.electron as ReturnType<typeof createElectron>).BrowserWindow;
  },
  get protocol() {
    return (state.electron as ReturnType<typeof createElectron>).protocol;
  },
  get net() {
    return (state.electron as ReturnType<typeof createElectron>).net;
  },
  get session() {
    return (state.electron as ReturnType<typeof createElectron>).session;
  },
  get ipcMain() {
    return (state.electron as ReturnType<typeof createElectron>).ipcMain;
  },
  get dialog() {
    return (state.electron as ReturnType<typeof createElectron>).dialog;
  },
  get shell() {
    return (state.electron as ReturnType<typeof createElectron>).shell;
  },
}));

async function launch(): Promise<void> {
  vi.resetModules();
  await import('../../electron/main');
}

const originalPlatform = Object.getOwnPropertyDescriptor(process, 'platform');
const setPlatform = (platform: string): void => {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
};

beforeEach(() => {
  FakeWindow.instances = [];
  electron = createElectron();
  state.electron = electron;
  vi.unstubAllEnvs();
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});

afterEach(() => {
  if (originalPlatform) Object.defineProperty(process, 'platform', originalPlatform);
  vi.unstubAllEnvs();
});

describe('single instance', () => {
  it('a second launch that does not get the lock quits at once and sets nothing up', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await launch();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.app.listenerCount('second-instance')).toBe(0);
    await electron.app.becomeReady();
    expect(FakeWindow.instances).toHaveLength(0);
  });

  it('a second launch restores and focuses the existing window instead of opening another', async () => {
    await launch();
    await electron.app.becomeReady();
    expect(FakeWindow.instances).toHaveLength(1);
    const window = FakeWindow.instances[0];
    if (window === undefined) throw new Error('no window');
    window.minimized = true;

    electron.app.emit('second-instance', {}, ['/opt/ownership-board'], '/home/ada', {});
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
    expect(FakeWindow.instances).toHaveLength(1);
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('a second launch with a board file hands the file to the page', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'ownership-board-main-'));
    try {
      await writeFile(path.join(folder, 'Team.ownership.json'), '{"board":"team"}');
      await launch();
      await electron.app.becomeReady();
      const window = FakeWindow.instances[0];
      electron.app.emit('second-instance', {}, ['/opt/ownership-board', 'Team.ownership.json'], folder, {});
      await vi.waitFor(() => {
        expect(window?.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, {
          type: 'open-file',
          name: 'Team.ownership.json',
          text: '{"board":"team"}',
        });
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
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
    expect(electron.ipcMain.handle.mock.calls.map(([channel]: unknown[]) => channel)).toEqual([
      IPC_CHANNELS.info,
      IPC_CHANNELS.saveFile,
      IPC_CHANNELS.openFile,
    ]);
    const window = FakeWindow.instances[0];
    expect(window?.loadURL).toHaveBeenCalledWith('app://ownership-board/index.html');
    expect(window?.options.webPreferences?.sandbox).toBe(true);
    expect(path.basename(window?.options.webPreferences?.preload ?? '')).toBe('preload.cjs');
  });

  it('loads the dev server only in an unpackaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    electron.app.isPackaged = false;
    await launch();
    await electron.app.becomeReady();
    expect(FakeWindow.instances[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/');

    FakeWindow.instances = [];
    electron = createElectron();
    state.electron = electron;
    electron.app.isPackaged = true;
    await launch();
    await electron.app.becomeReady();
    expect(FakeWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://ownership-board/index.html');
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
    FakeWindow.instances[0]?.close();
    electron.app.emit('activate');
    expect(FakeWindow.getAllWindows()).toHaveLength(1);
    electron.app.emit('activate');
    expect(FakeWindow.getAllWindows()).toHaveLength(1);
  });
});

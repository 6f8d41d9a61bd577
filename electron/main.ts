/**
 * Main-process entry: wiring only. Each rule lives in its own module (window, protocol, security,
 * ipc); this file decides the order in which they are applied during the app's life.
 *
 * STORAGE IS FOREVER: do not change the app's name (package.json "name"/"productName"), do not
 * call app.setName() or app.setPath('userData', …), and do not change the app:// scheme or host.
 * Each of these moves the IndexedDB that holds every user's boards, which then silently look lost.
 *
 * Everything runs inside start() so unit tests can import this module with a faked electron.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../shared/ipc';
import { fileArgument, nodeFileSystem, readFileForRenderer, registerIpcHandlers } from './ipc';
import { APP_ENTRY_URL, handleAppProtocol, registerAppScheme } from './protocol';
import { hardenAllWebContents, hardenSession, resolveDevServerUrl, trustedOrigins } from './security';
import { createMainWindow } from './window';

export function start(): void {
  // A second instance on the same profile would lock or corrupt the IndexedDB (LevelDB) files.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Both must happen before 'ready'.
  app.enableSandbox();
  registerAppScheme();

  const devServerUrl = resolveDevServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  const allowedOrigins = trustedOrigins(devServerUrl);
  const rendererRoot = path.join(__dirname, '../dist/renderer');
  const preloadPath = path.join(__dirname, 'preload.cjs');

  hardenAllWebContents(app, { allowedOrigins, openExternal: (url) => shell.openExternal(url) });

  let mainWindow: BrowserWindow | null = null;
  // A board file the OS asked us to open before the page could receive it.
  let pendingFile = fileArgument(process.argv, process.cwd());

  const deliverFile = (window: BrowserWindow, filePath: string): void => {
    void readFileForRenderer(filePath, nodeFileSystem).then(async (result) => {
      if (window.isDestroyed()) return;
      if (result.status === 'opened') {
        const command: MenuCommand = { type: 'open-file', name: result.name, text: result.text };
        window.webContents.send(IPC_CHANNELS.menuCommand, command);
      } else if (result.status === 'failed') {
        await dialog.showMessageBox(window, { type: 'error', message: 'The file could not be opened.', detail: result.message });
      }
    }).catch((error: unknown) => {
      console.error(`Could not hand ${filePath} to the window`, error);
    });
  };

  const openFromOs = (filePath: string): void => {
    if (mainWindow === null || mainWindow.webContents.isLoading()) {
      pendingFile = filePath;
      return;
    }
    deliverFile(mainWindow, filePath);
  };

  const openMainWindow = (): void => {
    const window = createMainWindow({ preloadPath, url: devServerUrl ?? APP_ENTRY_URL });
    mainWindow = window;
    window.webContents.on('did-finish-load', () => {
      if (pendingFile === null) return;
      const filePath = pendingFile;
      pendingFile = null;
      deliverFile(window, filePath);
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow !== null) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    } else if (app.isReady()) {
      openMainWindow(); // macOS: the app was running without a window
    }
    const filePath = fileArgument(argv, workingDirectory);
    if (filePath !== null) openFromOs(filePath);
  });

  // macOS hands over double-clicked files with this event, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFromOs(filePath);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      handleAppProtocol(rendererRoot);
      hardenSession(session.defaultSession, { allowedOrigins, rendererRoot });
      registerIpcHandlers({
        ipcMain,
        dialog,
        files: nodeFileSystem,
        windowFor: (sender) => BrowserWindow.fromWebContents(sender),
        defaultDirectory: () => app.getPath('documents'),
        appVersion: app.getVersion(),
        platform: process.platform,
        allowedOrigins,
      });
      openMainWindow();
    })
    .catch((error: unknown) => {
      console.error('Ownership Board could not start', error);
      app.quit();
    });
}

start();

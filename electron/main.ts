/**
 * Main-process entry: wiring only. Each rule lives in its own module (debugSwitches, window,
 * windowState, protocol, security, ipc, pdf, menu, openFiles, recentFiles, appearance, lifecycle);
 * this file decides the order in which they are applied during the app's life.
 *
 * STORAGE IS FOREVER: do not change the app's name (package.json "name"/"productName"), do not
 * call app.setName() or app.setPath('userData', …), and do not change the app:// scheme or host.
 * Each of these moves the IndexedDB that holds every user's boards, which then silently look lost.
 *
 * Everything runs inside start() so unit tests can import this module with a faked electron.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, screen, session, shell, type MessageBoxOptions } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../shared/ipc';
import { isBoardFileText } from '../shared/format/envelope';
import { Appearance } from './appearance';
import { createBackupStore, nodeBackupFileSystem } from './backups';
import { fileArgument, nodeFileSystem, readFileForRenderer, registerIpcHandlers } from './ipc';
import { PAGE_FROZEN_QUESTION, PAGE_GONE_QUESTION, UNSAVED_CHANGE_QUESTION, flushWritesBeforeQuit, holdUnloadWhileSaving, offerReloadWhenPageDies } from './lifecycle';
import { DEBUGGING_REFUSAL_TITLE, debuggingRefusal } from './debugSwitches';
import { buildMenuTemplate, keyboardShortcuts } from './menu';
import { FileInbox } from './openFiles';
import { renderPdf } from './pdf';
import { APP_ENTRY_URL, handleAppProtocol, registerAppScheme } from './protocol';
import { RecentFiles } from './recentFiles';
import { SaveFolder, isExistingFolder } from './saveFolder';
import { hardenAllWebContents, hardenSession, resolveDevServerUrl, trustedOrigins } from './security';
import { PendingWrites, createSettingsFiles } from './settingsFiles';
import { MAIN_WINDOW_MIN_SIZE, MAIN_WINDOW_SIZE, createMainWindow, createPrintWindow, mainWindowBackground } from './window';
import { fitWindowState, loadWindowState, saveWindowState, watchWindowState, type WindowState } from './windowState';

export function start(): void {
  // First of all, before 'ready': Chromium starts its DevTools server after this script has run,
  // and app.exit before 'ready' ends the process at once, so that server never listens. Before the
  // single-instance lock too, so a second launch with the switch is told as well. (On Linux a box
  // can be shown only after 'ready', when the server would listen: there the message goes to the
  // terminal, most likely the one the switch was typed in.)
  const refusal = debuggingRefusal(app.isPackaged, (name) => app.commandLine.hasSwitch(name));
  if (refusal !== null) {
    dialog.showErrorBox(DEBUGGING_REFUSAL_TITLE, refusal);
    app.exit(1);
    return;
  }

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
  // In development the boards live in the dev server's origin, so the PDF window loads that too.
  const entryUrl = devServerUrl ?? APP_ENTRY_URL;
  const rendererRoot = path.join(__dirname, '../dist/renderer');
  const preloadPath = path.join(__dirname, 'preload.cjs');

  hardenAllWebContents(app, { allowedOrigins, openExternal: (url) => shell.openExternal(url) });

  const pending = new PendingWrites();
  const settings = createSettingsFiles(app.getPath('userData'), nodeFileSystem, pending);
  // Rolling copies of every board, beside IndexedDB, which Chromium may reset when the disk fills.
  const backups = createBackupStore({
    directory: path.join(app.getPath('userData'), 'backups'),
    files: nodeBackupFileSystem,
    track: (write) => {
      pending.track(write);
    },
  });
  flushWritesBeforeQuit(app, pending);
  const saveFolder = new SaveFolder({ settings, isFolder: isExistingFolder });
  // The look the page shows: the window's own parts follow it, and View → Appearance checks it.
  const appearance = new Appearance({
    settings,
    nativeTheme,
    onChange: () => {
      refreshMenu();
      // What shows of the window under the page (a resize's new edge, before the page has drawn
      // there) is the look now shown, not the one the window opened with.
      liveMainWindow()?.setBackgroundColor(mainWindowBackground(nativeTheme.shouldUseDarkColors));
    },
  });

  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  let mainWindow: BrowserWindow | null = null;
  let savedWindowState: WindowState | null = null;
  // Set once the saved window state and recent files are loaded. Before that, 'activate' (which
  // macOS fires at launch), 'open-file' and 'second-instance' only queue; start-up opens the window.
  let started = false;

  const liveMainWindow = (): BrowserWindow | null => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null);

  const showMessage = (options: MessageBoxOptions): void => {
    const window = liveMainWindow();
    (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)).catch((error: unknown) => {
      console.error('Could not show a message', error);
    });
  };

  const refreshMenu = (): void => {
    if (!app.isReady()) return; // set once ready; recent files loaded earlier are included then
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          isDev: !app.isPackaged,
          appName: app.name,
          recentFiles: recent.list,
          appearance: appearance.current,
          send: sendToPage,
          openRecent: (filePath) => {
            openFromOs(filePath);
          },
          clearRecent: () => {
            recent.clear();
          },
          showShortcuts: () => {
            showMessage({
              type: 'info',
              title: 'Keyboard shortcuts',
              message: 'Keyboard shortcuts',
              detail: keyboardShortcuts(process.platform)
                .map((shortcut) => `${shortcut.keys}  —  ${shortcut.action}`)
                .join('\n'),
            });
          },
        }),
      ),
    );
  };

  const recent = new RecentFiles({
    settings,
    onChange: refreshMenu,
    addToOs: (filePath) => {
      app.addRecentDocument(filePath);
    },
    clearOs: () => {
      app.clearRecentDocuments();
    },
  });

  const inbox = new FileInbox({
    read: (filePath) => readFileForRenderer(filePath, nodeFileSystem),
    deliver: (file) => {
      const window = liveMainWindow();
      if (window === null) return false;
      const command: MenuCommand = { type: 'open-file', name: file.name, text: file.text };
      window.webContents.send(IPC_CHANNELS.menuCommand, command);
      return true;
    },
    reportFailure: (message, filePath) => {
      recent.remove(filePath);
      showMessage({ type: 'error', message: 'The file could not be opened.', detail: message });
    },
    onOpened: (filePath, text) => {
      // Only board files are worth reopening; another JSON (or a board file gone bad since) leaves the list.
      if (isBoardFileText(text)) recent.add(filePath);
      else recent.remove(filePath);
    },
  });
  // Windows and Linux pass a double-clicked board on the command line.
  const launchFile = fileArgument(process.argv, process.cwd());
  if (launchFile !== null) inbox.receive(launchFile);

  const openMainWindow = (): void => {
    const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()];
    const state = fitWindowState(savedWindowState, displays, { defaultSize: MAIN_WINDOW_SIZE, minSize: MAIN_WINDOW_MIN_SIZE });
    const window = createMainWindow({ preloadPath, url: entryUrl, state });
    mainWindow = window;
    watchWindowState(window, (next) => {
      savedWindowState = next;
      saveWindowState(settings, next);
    });
    holdUnloadWhileSaving(window, {
      isQuitting: () => quitting,
      quit: () => {
        app.quit();
      },
      cancelQuit: () => {
        quitting = false;
      },
      askToClose: () => dialog.showMessageBoxSync(window, UNSAVED_CHANGE_QUESTION) === 1,
    });
    offerReloadWhenPageDies(window, {
      pageGone: () => {
        inbox.pageGone();
      },
      askToReload: async () => (await dialog.showMessageBox(window, PAGE_GONE_QUESTION)).response === 0,
      pageStuck: () => {
        inbox.pageStuck();
      },
      pageResponsive: () => {
        inbox.pageResponsive();
      },
      askToReloadStuckPage: async (signal) => (await dialog.showMessageBox(window, { ...PAGE_FROZEN_QUESTION, signal })).response === 1,
    });
    // A reload replaces the page: files wait again until the new page asks for them.
    window.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) inbox.pageGone();
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      inbox.pageGone();
    });
  };

  /** Menu commands go to the focused app window (the only one is the main window). */
  function sendToPage(command: MenuCommand): void {
    const focused = BrowserWindow.getFocusedWindow();
    const target = focused !== null && focused === mainWindow ? focused : liveMainWindow();
    if (target === null) {
      // macOS keeps the menu without a window: open one; the user repeats the command there. An
      // Appearance item the click checked is unchecked again: no page has chosen it.
      if (command.type === 'appearance') refreshMenu();
      if (started) openMainWindow();
      return;
    }
    target.webContents.send(IPC_CHANNELS.menuCommand, command);
  }

  /** Brings the app window to the front, or opens one (macOS keeps running without windows). */
  const revealMainWindow = (): void => {
    const window = liveMainWindow();
    if (window !== null) {
      if (window.isMinimized()) window.restore();
      window.focus();
    } else if (started) {
      openMainWindow();
    }
  };

  /** A file from the OS or the recent list: queued until the page listens, then delivered. */
  function openFromOs(filePath: string): void {
    inbox.receive(filePath);
    revealMainWindow();
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const filePath = fileArgument(argv, workingDirectory);
    if (filePath !== null) inbox.receive(filePath);
    revealMainWindow();
  });

  // macOS hands over double-clicked files with this event, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFromOs(filePath);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // macOS: a click on the Dock icon. Electron leaves a minimised window in the Dock (AppKit's own
  // restore is skipped when no window is visible), so it is brought back here, or a new one opened.
  app.on('activate', () => {
    revealMainWindow();
  });

  app
    .whenReady()
    .then(async () => {
      handleAppProtocol(rendererRoot);
      hardenSession(session.defaultSession, { allowedOrigins, rendererRoot });
      registerIpcHandlers({
        ipcMain,
        dialog,
        files: nodeFileSystem,
        windowFor: (sender) => BrowserWindow.fromWebContents(sender),
        defaultDirectory: () => app.getPath('documents'),
        saveFolder,
        appVersion: app.getVersion(),
        platform: process.platform,
        allowedOrigins,
        // The hidden window has no preload, so the print view it shows cannot use the bridge.
        renderPdf: (request) => renderPdf(request, { createWindow: createPrintWindow, entryUrl }),
        takePendingFile: () => inbox.take(),
        onFileUsed: (filePath) => {
          recent.add(filePath);
        },
        backups,
        setAppearance: (choice) => {
          appearance.set(choice);
        },
        // An export's failure is the page's to tell (the handler answers it), not the log's.
        track: (write) => {
          pending.track(write.catch(() => undefined));
        },
      });
      app.setAboutPanelOptions({ applicationName: app.name, applicationVersion: app.getVersion(), copyright: 'Copyright © Ownership Board team' });
      savedWindowState = await loadWindowState(settings);
      // Before the window opens: its background is the chosen look's (window.ts).
      await appearance.load();
      await saveFolder.load();
      await recent.load(); // also sets the menu
      started = true;
      openMainWindow();
    })
    .catch((error: unknown) => {
      console.error('Ownership Board could not start', error);
      app.quit();
    });
}

start();

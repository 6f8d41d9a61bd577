/**
 * The native application menu. `buildMenuTemplate` is a pure function of the platform, dev mode
 * and the recent-files list, so the whole menu (roles, accelerators, what each item sends) is
 * unit-tested without Electron; main.ts only passes it to Menu.buildFromTemplate.
 *
 * Board actions are not Electron roles: they send a MenuCommand to the page, which owns the
 * board (and its undo history — see the undo/redo contract next to MenuCommand in shared/ipc.ts).
 * Text editing (cut/copy/paste/select all), closing, quitting and full screen are roles, so they
 * behave natively on every platform.
 *
 * Shortcuts and the page: Electron offers a key to the page first and triggers a menu accelerator
 * only when the page did not handle it. The board already handles Ctrl/Cmd+Z, Y, = and - itself
 * (renderer/board/useBoardShortcuts.ts), so those never fire twice; the menu items remain for
 * discoverability and for mouse users.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { FileKind, MenuCommand } from '../shared/ipc';
import { THEME_CHOICES, THEME_LABELS, type ThemeChoice } from '../shared/theme';

export interface MenuOptions {
  /** process.platform */
  readonly platform: string;
  /** Development build: adds Reload and Developer Tools. */
  readonly isDev: boolean;
  readonly appName: string;
  /** Absolute paths, newest first (recentFiles.ts). */
  readonly recentFiles: readonly string[];
  /** The look the page shows (appearance.ts): checked in View → Appearance. */
  readonly appearance: ThemeChoice;
  /** Sends a command to the focused app window. */
  readonly send: (command: MenuCommand) => void;
  readonly openRecent: (filePath: string) => void;
  readonly clearRecent: () => void;
  readonly showShortcuts: () => void;
}

/** The accelerators of the items that are not roles, per platform. One table for menu and help. */
export function menuAccelerators(platform: string) {
  const isMac = platform === 'darwin';
  return {
    newBoard: 'CmdOrCtrl+N',
    open: 'CmdOrCtrl+O',
    exportPdf: 'CmdOrCtrl+P',
    exportJson: 'CmdOrCtrl+Shift+S',
    undo: 'CmdOrCtrl+Z',
    // Windows programs redo with Ctrl+Y; macOS and Linux desktops with Shift+Z.
    redo: platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z',
    zoomIn: 'CmdOrCtrl+=',
    zoomOut: 'CmdOrCtrl+-',
    // 0 is 100 %, as in every browser and on the board's own keys (useBoardShortcuts.ts).
    zoomReset: 'CmdOrCtrl+0',
    zoomFit: 'CmdOrCtrl+9',
    // The page takes it first (FindOnBoard.tsx): the item is for the menu's mouse users, and to be seen.
    find: 'CmdOrCtrl+F',
    // F5 starts a slide show in PowerPoint and Impress; on a Mac keyboard F5 is often a media key.
    presentation: isMac ? 'Cmd+Alt+P' : 'F5',
    shortcuts: 'CmdOrCtrl+/',
  } as const;
}

/** "CmdOrCtrl+Shift+S" as the platform writes it: "⇧⌘S" on macOS, "Ctrl+Shift+S" elsewhere. */
export function formatAccelerator(accelerator: string, platform: string): string {
  const parts = accelerator.split('+').map((part) => (part === '' ? '+' : part));
  if (platform !== 'darwin') {
    return parts.map((part) => (part === 'CmdOrCtrl' || part === 'CommandOrControl' ? 'Ctrl' : part === 'Plus' ? '+' : part)).join('+');
  }
  const symbols: Readonly<Record<string, string>> = { Ctrl: '⌃', Control: '⌃', Alt: '⌥', Option: '⌥', Shift: '⇧', Cmd: '⌘', Command: '⌘', CmdOrCtrl: '⌘', CommandOrControl: '⌘', Plus: '+' };
  // macOS lists modifiers in the order ⌃⌥⇧⌘, then the key.
  const order = ['⌃', '⌥', '⇧', '⌘'];
  const mapped = parts.map((part) => symbols[part] ?? part);
  const modifiers = mapped.filter((part) => order.includes(part)).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return [...modifiers, ...mapped.filter((part) => !order.includes(part))].join('');
}

export interface Shortcut {
  readonly keys: string;
  readonly action: string;
}

/** Every shortcut of the menu (and the board's Escape), for the Help dialog and docs/desktop.md. */
export function keyboardShortcuts(platform: string): Shortcut[] {
  const a = menuAccelerators(platform);
  const isMac = platform === 'darwin';
  const rows: [string, string][] = [
    [a.newBoard, 'New board'],
    [a.open, 'Open or import a file'],
    [a.exportPdf, 'Export PDF'],
    [a.exportJson, 'Export JSON (ownership map)'],
    [a.undo, 'Undo'],
    [a.redo, 'Redo'],
    [a.find, 'Find on the board'],
    ['CmdOrCtrl+X', 'Cut'],
    ['CmdOrCtrl+C', 'Copy'],
    ['CmdOrCtrl+V', 'Paste'],
    ['CmdOrCtrl+A', 'Select all'],
    [a.zoomIn, 'Zoom in'],
    [a.zoomOut, 'Zoom out'],
    [a.zoomReset, 'Zoom to 100 %'],
    [a.zoomFit, 'Fit the board to the window'],
    [a.presentation, 'Presentation mode'],
    [isMac ? 'Ctrl+Cmd+F' : 'F11', 'Full screen'],
    [a.shortcuts, 'Show keyboard shortcuts'],
    ['CmdOrCtrl+W', 'Close window'],
  ];
  // Windows has no quit shortcut of its own: Alt+F4 closes the window, which quits the app.
  rows.push(platform === 'win32' ? ['Alt+F4', 'Quit'] : ['CmdOrCtrl+Q', 'Quit']);
  return [
    ...rows.map(([keys, action]) => ({ keys: formatAccelerator(keys, platform), action })),
    { keys: 'Space / Enter, arrows, Esc', action: 'Pick up, move and drop (or cancel) a focused card' },
    { keys: 'F6 / Shift+F6', action: 'Next / previous part of the board: tools, outcomes, people, parking lot, health check' },
    { keys: 'Esc', action: 'Leave presentation mode' },
  ];
}

/** A file name as a menu label: '&' would otherwise turn the next letter into a mnemonic. */
function menuLabel(text: string, platform: string): string {
  return platform === 'darwin' ? text : text.replaceAll('&', '&&');
}

function baseName(filePath: string): string {
  return filePath.split(/[\\/]/u).at(-1) ?? filePath;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, isDev, appName, send } = options;
  const isMac = platform === 'darwin';
  const a = menuAccelerators(platform);
  // Mnemonics (Alt+F opens File) exist on Windows and Linux only.
  const top = (label: string): string => (isMac ? label : `&${label}`);
  const exportItem = (label: string, kind: FileKind, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => {
      send({ type: 'export', kind });
    },
  });

  const recent: MenuItemConstructorOptions[] =
    options.recentFiles.length === 0
      ? [{ label: 'No Recent Boards', enabled: false }]
      : [
          ...options.recentFiles.map(
            (filePath): MenuItemConstructorOptions => ({
              label: menuLabel(baseName(filePath), platform),
              toolTip: filePath,
              click: () => {
                options.openRecent(filePath);
              },
            }),
          ),
          separator,
          { label: 'Clear Recent', click: () => {
        options.clearRecent();
      } },
        ];

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: top('File'),
    submenu: [
      { label: 'New Board', accelerator: a.newBoard, click: () => {
        send({ type: 'new-board' });
      } },
      { label: 'Open / Import…', accelerator: a.open, click: () => {
        send({ type: 'import' });
      } },
      { label: 'Open Recent', submenu: recent },
      separator,
      exportItem('Export PDF…', 'pdf', a.exportPdf),
      exportItem('Export JSON…', 'json', a.exportJson),
      exportItem('Export CSV…', 'csv'),
      separator,
      { role: 'close', label: 'Close Window' },
      // On macOS Quit lives in the app menu.
      ...(isMac ? [] : [separator, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: top('Edit'),
    submenu: [
      // Not role 'undo'/'redo': the page decides between text undo and board undo (shared/ipc.ts).
      { label: 'Undo', accelerator: a.undo, click: () => {
        send({ type: 'undo' });
      } },
      { label: 'Redo', accelerator: a.redo, click: () => {
        send({ type: 'redo' });
      } },
      separator,
      { label: 'Find on Board…', accelerator: a.find, click: () => {
        send({ type: 'find' });
      } },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: top('View'),
    submenu: [
      { label: 'Zoom In', accelerator: a.zoomIn, click: () => {
        send({ type: 'zoom', direction: 'in' });
      } },
      { label: 'Zoom Out', accelerator: a.zoomOut, click: () => {
        send({ type: 'zoom', direction: 'out' });
      } },
      { label: 'Actual Size', accelerator: a.zoomReset, click: () => {
        send({ type: 'zoom', direction: 'reset' });
      } },
      { label: 'Fit Board to Window', accelerator: a.zoomFit, click: () => {
        send({ type: 'zoom', direction: 'fit' });
      } },
      separator,
      { label: 'Presentation Mode', accelerator: a.presentation, click: () => {
        send({ type: 'presentation' });
      } },
      { role: 'togglefullscreen' },
      separator,
      // The page keeps the choice and tells it back (appearance.ts), and the menu is built again
      // with it checked. A click checks its item at once (Electron does, for a radio item); the
      // page then chooses it and says so.
      {
        label: 'Appearance',
        submenu: THEME_CHOICES.map((choice): MenuItemConstructorOptions => ({
          label: THEME_LABELS[choice],
          type: 'radio',
          checked: choice === options.appearance,
          click: () => {
            send({ type: 'appearance', choice });
          },
        })),
      },
      // Developer tools and reload only in development: in the installed app a reload could
      // interrupt a write, and devtools would let anyone at the keyboard script the page.
      ...(isDev ? [separator, { role: 'reload' } as const, { role: 'forceReload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: top('Help'),
    submenu: [
      { label: 'Keyboard Shortcuts', accelerator: a.shortcuts, click: () => {
        options.showShortcuts();
      } },
      ...(isMac ? [] : [separator, { role: 'about', label: `About ${appName}` } as const]),
    ],
  };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, { role: 'windowMenu' }, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}

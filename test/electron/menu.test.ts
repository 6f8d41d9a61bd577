// The native menu: standard roles where the OS should behave natively, MenuCommands where the
// board decides, platform accelerators, and developer tools only in development.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/ipc';
import { THEME_CHOICES, THEME_LABELS } from '../../shared/theme';

vi.mock('electron', () => ({}));

import { buildMenuTemplate, formatAccelerator, keyboardShortcuts, menuAccelerators, type MenuOptions } from '../../electron/menu';

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  const options: MenuOptions = {
    platform: 'linux',
    isDev: false,
    appName: 'Ownership Board',
    recentFiles: [],
    appearance: 'system',
    send: (command) => sent.push(command),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    showShortcuts: vi.fn(),
    ...overrides,
  };
  const template = buildMenuTemplate(options);
  return { template, sent, options };
}

const submenuOf = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];

/** Every item, depth first. */
function allItems(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...allItems(submenuOf(item))]);
}

const menuLabels = (template: readonly MenuItemConstructorOptions[]): (string | undefined)[] =>
  template.map((item) => item.label?.replace('&', '') ?? item.role);

const find = (template: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions => {
  const item = allItems(template).find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no menu item ${label}`);
  return item;
};

const click = (item: MenuItemConstructorOptions): void => {
  (item.click as (() => void) | undefined)?.();
};

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

describe('menu structure', () => {
  it('puts the app menu first on macOS, with About, Services, Hide and Quit', () => {
    const { template } = build({ platform: 'darwin' });
    expect(menuLabels(template)).toEqual(['Ownership Board', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    const roles = submenuOf(template[0]).map((item) => item.role ?? item.type);
    expect(roles).toEqual(['about', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit']);
    expect(submenuOf(template[1]).some((item) => item.role === 'quit')).toBe(false);
  });

  it.each(['win32', 'linux'])('has File, Edit, View and Help with mnemonics on %s, Quit at the end of File', (platform) => {
    const { template } = build({ platform });
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(submenuOf(template[0]).at(-1)?.role).toBe('quit');
    expect(allItems(template).filter((item) => item.role === 'about')).toHaveLength(1);
  });

  it('lists the File items in order', () => {
    const labels = submenuOf(build().template[0]).map((item) => item.label ?? item.type);
    expect(labels).toEqual([
      'New Board',
      'Open / Import…',
      'Open Recent',
      'separator',
      'Export PDF…',
      'Export JSON…',
      'Export CSV…',
      'separator',
      'Close Window',
      'separator',
      undefined, // the quit role brings its own label
    ]);
    expect(find(build().template, 'Close Window').role).toBe('close');
  });
});

describe('what the items do', () => {
  it.each(PLATFORMS)('board actions send MenuCommands to the page on %s', (platform) => {
    const { template, sent } = build({ platform });
    const expectations: [string, MenuCommand][] = [
      ['New Board', { type: 'new-board' }],
      ['Open / Import…', { type: 'import' }],
      ['Export PDF…', { type: 'export', kind: 'pdf' }],
      ['Export JSON…', { type: 'export', kind: 'json' }],
      ['Export CSV…', { type: 'export', kind: 'csv' }],
      ['Undo', { type: 'undo' }],
      ['Redo', { type: 'redo' }],
      ['Find on Board…', { type: 'find' }],
      ['Zoom In', { type: 'zoom', direction: 'in' }],
      ['Zoom Out', { type: 'zoom', direction: 'out' }],
      ['Actual Size', { type: 'zoom', direction: 'reset' }],
      ['Fit Board to Window', { type: 'zoom', direction: 'fit' }],
      ['Presentation Mode', { type: 'presentation' }],
    ];
    for (const [label, command] of expectations) {
      click(find(template, label));
      expect(sent.at(-1)).toEqual(command);
    }
    expect(sent).toHaveLength(expectations.length);
  });

  it.each(PLATFORMS)('View → Appearance offers System, Light and Dark and sends the choice to the page on %s', (platform) => {
    const { template, sent } = build({ platform });
    const view = submenuOf(template.find((item) => item.label?.replace('&', '') === 'View'));
    const appearance = view.find((item) => item.label === 'Appearance');
    const choices = submenuOf(appearance);
    expect(choices.map((item) => item.label)).toEqual(['System', 'Light', 'Dark']);
    for (const item of [...choices].reverse()) click(item);
    expect(sent).toEqual([
      { type: 'appearance', choice: 'dark' },
      { type: 'appearance', choice: 'light' },
      { type: 'appearance', choice: 'system' },
    ]);
  });

  it.each(THEME_CHOICES)('View → Appearance is one group of radio items with %s, the choice the page told, checked', (choice) => {
    const choices = submenuOf(find(build({ appearance: choice }).template, 'Appearance'));
    expect(choices.map((item) => item.type)).toEqual(['radio', 'radio', 'radio']);
    // No separator among them: Electron makes a group of radio items that follow one another.
    expect(choices.filter((item) => item.checked === true).map((item) => item.label)).toEqual([THEME_LABELS[choice]]);
    expect(choices.filter((item) => item.checked === false)).toHaveLength(2);
  });

  it('undo and redo are not Electron roles, so the board history is reachable', () => {
    const { template } = build();
    expect(find(template, 'Undo').role).toBeUndefined();
    expect(find(template, 'Redo').role).toBeUndefined();
    expect(allItems(template).some((item) => item.role === 'undo' || item.role === 'redo')).toBe(false);
  });

  it('text editing uses the native roles', () => {
    const edit = submenuOf(build().template[1]);
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('every item either has a role, a submenu or a click, or is a separator or a disabled note', () => {
    for (const platform of PLATFORMS) {
      for (const item of allItems(build({ platform, isDev: true, recentFiles: ['/a/b.ownership.json'] }).template)) {
        const ok = item.role !== undefined || item.submenu !== undefined || item.click !== undefined || item.type === 'separator' || item.enabled === false;
        expect(ok, JSON.stringify(item)).toBe(true);
      }
    }
  });

  it('Help shows the keyboard shortcuts', () => {
    const { template, options } = build();
    click(find(template, 'Keyboard Shortcuts'));
    expect(options.showShortcuts).toHaveBeenCalledTimes(1);
    expect(template.at(-1)?.role).toBe('help');
  });
});

describe('developer items', () => {
  const devRoles = (isDev: boolean) =>
    allItems(build({ isDev }).template)
      .map((item) => item.role)
      .filter((role) => role === 'reload' || role === 'forceReload' || role === 'toggleDevTools');

  it('reload and developer tools appear only in development', () => {
    expect(devRoles(false)).toEqual([]);
    expect(devRoles(true)).toEqual(['reload', 'forceReload', 'toggleDevTools']);
  });

  it('full screen is always there', () => {
    expect(allItems(build().template).some((item) => item.role === 'togglefullscreen')).toBe(true);
  });
});

describe('open recent', () => {
  it('says so when there is nothing recent', () => {
    const recent = submenuOf(find(build().template, 'Open Recent'));
    expect(recent).toEqual([{ label: 'No Recent Boards', enabled: false }]);
  });

  it('lists files by name, opens the one clicked, and can be cleared', () => {
    const files = ['/home/ada/Team A.ownership.json', '/home/ada/R&D.ownership.json'];
    const { template, options } = build({ recentFiles: files });
    const recent = submenuOf(find(template, 'Open Recent'));
    expect(recent.map((item) => item.label ?? item.type)).toEqual(['Team A.ownership.json', 'R&&D.ownership.json', 'separator', 'Clear Recent']);
    expect(recent[0]?.toolTip).toBe(files[0]);
    click(recent[1] ?? {});
    expect(options.openRecent).toHaveBeenCalledWith(files[1]);
    click(find(template, 'Clear Recent'));
    expect(options.clearRecent).toHaveBeenCalledTimes(1);
  });

  it('does not escape & on macOS, where it has no meaning', () => {
    const recent = submenuOf(find(build({ platform: 'darwin', recentFiles: ['/Users/ada/R&D.ownership.json'] }).template, 'Open Recent'));
    expect(recent[0]?.label).toBe('R&D.ownership.json');
  });

  it('names Windows paths by their file name too', () => {
    const recent = submenuOf(find(build({ platform: 'win32', recentFiles: ['C:\\Users\\ada\\Team.ownership.json'] }).template, 'Open Recent'));
    expect(recent[0]?.label).toBe('Team.ownership.json');
  });
});

describe('accelerators', () => {
  it('follow each platform for redo and presentation', () => {
    expect(find(build({ platform: 'win32' }).template, 'Redo').accelerator).toBe('Ctrl+Y');
    expect(find(build({ platform: 'linux' }).template, 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(find(build({ platform: 'darwin' }).template, 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(find(build({ platform: 'win32' }).template, 'Presentation Mode').accelerator).toBe('F5');
    expect(find(build({ platform: 'darwin' }).template, 'Presentation Mode').accelerator).toBe('Cmd+Alt+P');
  });

  it.each(PLATFORMS)('are never used twice on %s', (platform) => {
    const accelerators = allItems(build({ platform, isDev: true }).template)
      .map((item) => item.accelerator)
      .filter((accelerator): accelerator is string => typeof accelerator === 'string');
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('match what the board handles itself (undo, zoom)', () => {
    const a = menuAccelerators('linux');
    expect([a.undo, a.zoomIn, a.zoomOut, a.zoomReset]).toEqual(['CmdOrCtrl+Z', 'CmdOrCtrl+=', 'CmdOrCtrl+-', 'CmdOrCtrl+0']);
  });
});

describe('keyboard shortcuts help', () => {
  it('writes shortcuts the way each platform does', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+S', 'darwin')).toBe('⇧⌘S');
    expect(formatAccelerator('Cmd+Alt+P', 'darwin')).toBe('⌥⌘P');
    expect(formatAccelerator('CmdOrCtrl+Shift+S', 'win32')).toBe('Ctrl+Shift+S');
    expect(formatAccelerator('CmdOrCtrl+=', 'linux')).toBe('Ctrl+=');
    expect(formatAccelerator('CmdOrCtrl+Plus', 'linux')).toBe('Ctrl++');
  });

  it.each(PLATFORMS)('lists every menu accelerator on %s', (platform) => {
    const listed = keyboardShortcuts(platform).map((shortcut) => shortcut.keys);
    const accelerators = allItems(build({ platform }).template)
      .map((item) => item.accelerator)
      .filter((accelerator): accelerator is string => typeof accelerator === 'string');
    for (const accelerator of accelerators) expect(listed).toContain(formatAccelerator(accelerator, platform));
  });
});

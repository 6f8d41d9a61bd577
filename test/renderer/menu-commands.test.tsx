/**
 * The native menu driving the UI through a fake bridge that emits commands: every MenuCommand
 * does what the matching button or key does, the OS's pending file is imported once at start-up,
 * and the subscription ends when the hook goes away.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuCommand, OpenFileRequest, OwnershipBridge, SaveFileRequest } from '../../shared/ipc';
import { UNTITLED_BOARD, type Board } from '../../shared/model';
import { SAMPLE_BOARD_TITLE, createSampleBoard } from '../../shared/sample';
import { App } from '../../renderer/app/App';
import { useNotices } from '../../renderer/app/notices';
import { THEME_KEY } from '../../renderer/app/theme';
import { zoomToFit } from '../../renderer/board/view';
import { FindOnBoard } from '../../renderer/board/FindOnBoard';
import type * as ViewModule from '../../renderer/board/view';
import { closeDatabase, DATABASE_NAME, getDatabase } from '../../renderer/db/database';
import { setBridgeForTesting } from '../../renderer/platform/bridge';
import { useMenuCommands } from '../../renderer/platform/useMenuCommands';
import { useShareStore } from '../../renderer/share/shareStore';
import { useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';

vi.mock('../../renderer/board/view', async (importOriginal) => {
  const actual = await importOriginal<typeof ViewModule>();
  // jsdom lays nothing out, so fitting is checked by what it was asked to fit.
  return { ...actual, zoomToFit: vi.fn() };
});

const validFile = readFileSync(join(process.cwd(), 'test', 'fixtures', 'import', 'valid.ownership.json'), 'utf8');

interface MenuBridge extends OwnershipBridge {
  emit(command: MenuCommand): void;
  readonly listeners: Set<(command: MenuCommand) => void>;
  readonly saved: SaveFileRequest[];
  readonly opened: OpenFileRequest[];
  pendingAsked: number;
}

function menuBridge(pending: { name: string; text: string } | null = null): MenuBridge {
  const listeners = new Set<(command: MenuCommand) => void>();
  const bridge: MenuBridge = {
    listeners,
    saved: [],
    opened: [],
    pendingAsked: 0,
    emit(command) {
      for (const listener of listeners) listener(command);
    },
    info: () => Promise.resolve({ shell: 'desktop', os: 'linux', appVersion: 'test' }),
    saveFile: (request) => {
      bridge.saved.push(request);
      return Promise.resolve({ status: 'saved', name: request.suggestedName });
    },
    openFile: (request) => {
      bridge.opened.push(request);
      return Promise.resolve({ status: 'cancelled' });
    },
    printToPdf: () => Promise.resolve({ status: 'cancelled' }),
    takePendingFile: () => {
      bridge.pendingAsked += 1;
      return Promise.resolve(pending);
    },
    writeBackup: () => Promise.resolve({ status: 'failed', message: 'No backups in this test.' }),
    listBackups: () => Promise.resolve([]),
    readBackup: () => Promise.resolve({ status: 'failed', message: 'No backups in this test.' }),
    deleteBackups: () => Promise.resolve({ status: 'deleted' as const }),
    setAppearance: () => Promise.resolve(),
    onMenuCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return bridge;
}

let sample: Board;

function shownBoard(): Board | null {
  const { load } = useBoardStore.getState();
  return load.status === 'ready' ? load.board : null;
}

function mount(bridge: MenuBridge) {
  setBridgeForTesting(bridge);
  return renderHook(() => {
    useMenuCommands();
  });
}

beforeEach(() => {
  sample = createSampleBoard();
  useBoardStore.setState({ load: { status: 'ready', board: sample }, past: [], future: [], save: { status: 'saved' } });
  useUiStore.setState({ screen: 'board', zoom: 1, presenting: false, view: 'board' });
  useShareStore.setState({ report: null, pdfDialogOpen: false, importing: false });
  useNotices.setState({ notices: [] });
});

afterEach(async () => {
  setBridgeForTesting(null);
  vi.clearAllMocks();
  document.body.innerHTML = '';
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('menu commands', () => {
  it('Undo and Redo step back and forth through the board history', async () => {
    const bridge = menuBridge();
    mount(bridge);
    const before = { ...sample, title: 'Before the change' };
    useBoardStore.setState({ past: [before] });
    bridge.emit({ type: 'undo' });
    expect(shownBoard()?.title).toBe('Before the change');
    bridge.emit({ type: 'redo' });
    expect(shownBoard()?.title).toBe(SAMPLE_BOARD_TITLE);
    await waitFor(() => {
      expect(useBoardStore.getState().save.status).toBe('saved');
    });
  });

  it('on the library screen, Undo and Redo leave the open board (not shown there) as it is, and say so', () => {
    const bridge = menuBridge();
    mount(bridge);
    useBoardStore.setState({ past: [{ ...sample, title: 'Before the change' }] });
    useUiStore.setState({ screen: 'library' });
    bridge.emit({ type: 'undo' });
    expect(shownBoard()).toBe(sample);
    expect(useBoardStore.getState().past).toHaveLength(1);
    expect(useNotices.getState().notices.at(-1)?.message).toBe('Undo works on the open board: go back to it to undo its changes.');
    bridge.emit({ type: 'redo' });
    expect(shownBoard()).toBe(sample);
  });

  it('while typing in a field, the menu Undo is the field\'s own undo, not the board\'s', () => {
    const bridge = menuBridge();
    mount(bridge);
    const before = { ...sample, title: 'Before the change' };
    useBoardStore.setState({ past: [before] });
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const execCommand = vi.fn(() => true);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the app drives a field's own undo through it
    document.execCommand = execCommand;
    bridge.emit({ type: 'undo' });
    expect(execCommand).toHaveBeenCalledWith('undo');
    expect(shownBoard()?.title).toBe(SAMPLE_BOARD_TITLE);
    field.blur();
    bridge.emit({ type: 'undo' });
    expect(shownBoard()?.title).toBe('Before the change');
  });

  it('Zoom In, Zoom Out, Actual Size and Zoom to Fit change the zoom like the toolbar and the keys do', () => {
    const bridge = menuBridge();
    mount(bridge);
    bridge.emit({ type: 'zoom', direction: 'in' });
    expect(useUiStore.getState().zoom).toBe(1.1);
    bridge.emit({ type: 'zoom', direction: 'out' });
    bridge.emit({ type: 'zoom', direction: 'out' });
    expect(useUiStore.getState().zoom).toBe(0.9);
    bridge.emit({ type: 'zoom', direction: 'reset' });
    expect(useUiStore.getState().zoom).toBe(1);
    const layout = document.createElement('div');
    layout.className = 'board-layout';
    document.body.append(layout);
    bridge.emit({ type: 'zoom', direction: 'fit' });
    expect(zoomToFit).toHaveBeenCalledWith(layout);
  });

  it('Presentation enters presentation mode', async () => {
    const bridge = menuBridge();
    mount(bridge);
    bridge.emit({ type: 'presentation' });
    await waitFor(() => {
      expect(useUiStore.getState().presenting).toBe(true);
    });
  });

  it('Find on Board opens the board’s Find, its field focused; where there is none, it says why', async () => {
    const bridge = menuBridge();
    mount(bridge);
    const tools = render(<FindOnBoard />);
    bridge.emit({ type: 'find' });
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Find on this board' }));
    });
    tools.unmount();
    bridge.emit({ type: 'find' });
    expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual(['Find works on the open board: open a board to find something on it.']);
  });

  it('new board: an empty board, as the library’s “New board” makes it, saved and shown, with a notice', async () => {
    const bridge = menuBridge();
    mount(bridge);
    bridge.emit({ type: 'new-board' });
    await waitFor(() => {
      expect(shownBoard()?.id).not.toBe(sample.id);
    });
    const board = shownBoard();
    if (!board) throw new Error('no board is shown');
    expect(board).toMatchObject({ title: UNTITLED_BOARD, purpose: '', people: [], outcomes: [], activities: [] });
    await expect(getDatabase().boards.get(board.id)).resolves.toBeDefined();
    expect(useNotices.getState().notices.at(-1)?.message).toBe('A new, empty board. Your other boards are unchanged.');
  });

  it('new board stored but not opened (the board on screen failed to save meanwhile): the store’s sentence as it is, not “was not created”', async () => {
    const { openNew } = useBoardStore.getState();
    const message = '“Untitled board” is in your library but was not opened. Your latest change to “Sample” is not saved, so that board stays open: The disk is full.';
    useBoardStore.setState({ openNew: () => Promise.resolve({ ok: false, stored: true, unsavedHere: true, message }) });
    try {
      const bridge = menuBridge();
      mount(bridge);
      bridge.emit({ type: 'new-board' });
      await waitFor(() => {
        expect(useNotices.getState().notices.at(-1)).toMatchObject({ message, tone: 'error' });
      });
      expect(shownBoard()?.id).toBe(sample.id);
    } finally {
      useBoardStore.setState({ openNew });
    }
  });

  it('import asks the bridge for an ownership map file', async () => {
    const bridge = menuBridge();
    mount(bridge);
    bridge.emit({ type: 'import' });
    await waitFor(() => {
      expect(bridge.opened).toEqual([{ kinds: ['json'] }]);
    });
  });

  it('export json and csv save through the bridge; export pdf opens the PDF options', async () => {
    const bridge = menuBridge();
    mount(bridge);
    bridge.emit({ type: 'export', kind: 'json' });
    await waitFor(() => {
      expect(bridge.saved.map((r) => r.kind)).toEqual(['json']);
    });
    bridge.emit({ type: 'export', kind: 'csv' });
    await waitFor(() => {
      expect(bridge.saved.map((r) => r.kind)).toEqual(['json', 'csv', 'csv']);
    });
    bridge.emit({ type: 'export', kind: 'pdf' });
    expect(useShareStore.getState().pdfDialogOpen).toBe(true);
  });

  it('open-file imports the file as a new board', async () => {
    const bridge = menuBridge();
    mount(bridge);
    bridge.emit({ type: 'open-file', name: 'from-finder.ownership.json', text: validFile });
    await waitFor(() => {
      expect(shownBoard()?.title).toBe('Imported workshop');
    });
  });

  it('open-file with a hostile file shows the alert and keeps the board', async () => {
    const bridge = menuBridge();
    mount(bridge);
    bridge.emit({ type: 'open-file', name: 'evil.ownership.json', text: '{"format":"ownership-board","version":1e400}' });
    await waitFor(() => {
      expect(useShareStore.getState().report?.kind).toBe('import-failed');
    });
    expect(shownBoard()).toBe(sample);
  });
});

describe('start-up and clean-up', () => {
  it('takes the pending file once and imports it', async () => {
    const bridge = menuBridge({ name: 'double-clicked.ownership.json', text: validFile });
    const { rerender } = mount(bridge);
    rerender();
    await waitFor(() => {
      expect(shownBoard()?.title).toBe('Imported workshop');
    });
    expect(bridge.pendingAsked).toBe(1);
  });

  it('asks only once even when mounted twice (React StrictMode)', async () => {
    const bridge = menuBridge();
    const first = mount(bridge);
    first.unmount();
    mount(bridge);
    await waitFor(() => {
      expect(bridge.listeners.size).toBe(1);
    });
    expect(bridge.pendingAsked).toBe(1);
  });

  it('stops listening when unmounted', () => {
    const bridge = menuBridge();
    const { unmount } = mount(bridge);
    expect(bridge.listeners.size).toBe(1);
    unmount();
    expect(bridge.listeners.size).toBe(0);
  });
});

describe('Appearance (View menu)', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-theme');
  });

  const shownTheme = () => document.documentElement.getAttribute('data-theme');

  // The whole app, not the hook alone: the menu's Appearance must work on the library as on the
  // board, so this checks where the app listens to the menu, too.
  it('shows the chosen look at once and keeps it, on the board and on the library, whose Appearance follows', async () => {
    const bridge = menuBridge();
    setBridgeForTesting(bridge);
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_BOARD_TITLE });

    act(() => {
      bridge.emit({ type: 'appearance', choice: 'light' });
    });
    expect(shownTheme()).toBe('light');
    expect(localStorage.getItem(THEME_KEY)).toBe('light');

    act(() => {
      useUiStore.getState().setScreen('library');
    });
    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Appearance' });
    expect(select.value).toBe('light');
    act(() => {
      bridge.emit({ type: 'appearance', choice: 'dark' });
    });
    expect(shownTheme()).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    expect(select.value).toBe('dark');

    // System is the default: nothing on <html>, nothing kept.
    act(() => {
      bridge.emit({ type: 'appearance', choice: 'system' });
    });
    expect(shownTheme()).toBeNull();
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
    expect(select.value).toBe('system');
  });
});

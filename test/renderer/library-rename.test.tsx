/**
 * Renaming a board from the library, rendered by React under jsdom with a real (fake-indexeddb)
 * database. The board that is open is renamed as if its title were edited on the board: the new
 * title is on screen at once, the rename is one step to undo, and it is saved like any edit, so
 * no later save of the board puts the old title back. Other boards are renamed in storage. A title
 * another board outside the trash has is refused, with the reason under the field.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { App } from '../../renderer/app/App';
import { loadBoard, saveBoard } from '../../renderer/db/boards';
import { listBoards } from '../../renderer/db/library';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';
import { createSampleBoard } from '../../shared/sample';
import type { Board, BoardId } from '../../shared/model';
import { SlowWorker, WORKER_DELAY_MS } from './slow-worker';

const SAMPLE_TITLE = 'Revenue ownership workshop (sample)';

afterEach(async () => {
  useUiStore.getState().setScreen('board');
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

function openBoard(): Board {
  const { load } = useBoardStore.getState();
  if (load.status !== 'ready') throw new Error('not open');
  return load.board;
}

async function saved(): Promise<void> {
  await vi.waitFor(() => {
    expect(useBoardStore.getState().save.status).toBe('saved');
  });
}

/** The board as a fresh window would load it. */
async function reloaded(id: BoardId): Promise<Board | undefined> {
  closeDatabase();
  return loadBoard(id);
}

/** From the open board to the library, then Rename on a board's card. */
async function renameInLibrary(from: string, to: string): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: 'All boards' }));
  const card = await screen.findByRole('article', { name: from });
  await userEvent.click(within(card).getByRole('button', { name: `Rename ${from}` }));
  const input = within(card).getByRole('textbox', { name: `New title for ${from}` });
  await userEvent.clear(input);
  await userEvent.type(input, to);
  await userEvent.click(within(card).getByRole('button', { name: 'Save title' }));
  await screen.findByRole('article', { name: to });
}

describe('renaming from the library', () => {
  it('renames the open board on screen at once, as one step to undo, and saves it', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    const id = openBoard().id;
    await renameInLibrary(SAMPLE_TITLE, 'Q1 workshop');
    expect(within(screen.getByRole('region', { name: 'Notifications' })).getByText('Renamed to \u2068Q1 workshop\u2069.')).toBeDefined();

    await userEvent.click(screen.getByRole('button', { name: 'Back to the open board' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Q1 workshop' })).toBeDefined();
    await saved();
    expect((await reloaded(id))?.title).toBe('Q1 workshop');

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeDefined();
    await saved();
    expect((await reloaded(id))?.title).toBe(SAMPLE_TITLE);
  });

  it('a later save of the whole open board (Retry after a full disk) keeps the new title', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    const board = openBoard();
    await renameInLibrary(SAMPLE_TITLE, 'Q1 workshop');
    await userEvent.click(screen.getByRole('button', { name: 'Back to the open board' }));
    const [first] = board.activities;
    if (!first) throw new Error('fixture');
    // A full disk: the edit's patch fails, and Retry writes the whole board.
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    useBoardStore.getState().dispatch({ type: 'activity/edit', activityId: first.id, patch: { title: 'Edited' } });
    await vi.waitFor(() => {
      expect(useBoardStore.getState().save.status).toBe('failed');
    });
    add.mockRestore();
    await useBoardStore.getState().retrySave();
    await saved();
    const stored = await reloaded(board.id);
    expect(stored?.title).toBe('Q1 workshop');
    expect(stored?.activities[0]?.title).toBe('Edited');
  });

  it('renames a board that is not open in storage, leaving the open board as it is', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    const other: Board = { ...createSampleBoard(), id: 'other-board' as BoardId, title: 'Other board' };
    await saveBoard(other);
    await renameInLibrary('Other board', 'Q2 planning');
    expect(openBoard().title).toBe(SAMPLE_TITLE);
    expect(useBoardStore.getState().past).toHaveLength(0);
    expect((await reloaded(other.id))?.title).toBe('Q2 planning');
  });
});

describe('a rename that is refused or not saved', () => {
  /** Opens the rename field of a board's card and submits `to`; returns the field. */
  async function tryRename(from: string, to: string): Promise<HTMLInputElement> {
    await userEvent.click(screen.getByRole('button', { name: 'All boards' }));
    const card = await screen.findByRole('article', { name: from });
    await userEvent.click(within(card).getByRole('button', { name: `Rename ${from}` }));
    const input = within(card).getByRole<HTMLInputElement>('textbox', { name: `New title for ${from}` });
    await userEvent.clear(input);
    await userEvent.type(input, to);
    await userEvent.click(within(card).getByRole('button', { name: 'Save title' }));
    return input;
  }

  it('keeps the field open with what was typed, focused, and says why under it', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    const other: Board = { ...createSampleBoard(), id: 'other-board' as BoardId, title: 'Other board' };
    await saveBoard(other);
    const input = await tryRename('Other board', '   ');
    await vi.waitFor(() => {
      expect(input.getAttribute('aria-invalid')).toBe('true');
    });
    expect(input.isConnected).toBe(true);
    expect(input.value).toBe('   ');
    expect(document.activeElement).toBe(input);
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe('The board needs a title.');
    expect((await reloaded(other.id))?.title).toBe('Other board');
    // Corrected, it goes through and the field closes.
    await userEvent.clear(input);
    await userEvent.type(input, 'Q2 planning');
    await userEvent.click(screen.getByRole('button', { name: 'Save title' }));
    await screen.findByRole('article', { name: 'Q2 planning' });
    expect(screen.queryByRole('textbox', { name: /^New title for/u })).toBeNull();
  });

  it('of the open board on a full disk, keeps the field open and says the disk is full', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const input = await tryRename(SAMPLE_TITLE, 'Q1 workshop');
      await vi.waitFor(() => {
        expect(input.getAttribute('aria-invalid')).toBe('true');
      });
      expect(input.value).toBe('Q1 workshop');
      expect(document.activeElement).toBe(input);
      expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/^The disk is full/u);
    } finally {
      add.mockRestore();
    }
  });
});

describe('duplicating the open board', () => {
  it('waits for its last edit to be stored, so the copy has it', async () => {
    // A save worker that gets to each patch half a second late: the edit is still on its way
    // when the person duplicates the board.
    vi.stubGlobal('Worker', SlowWorker);
    SlowWorker.delayMs = 500;
    try {
      render(<App />);
      await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
      const id = openBoard().id;
      useBoardStore.getState().dispatch({ type: 'board/edit', patch: { purpose: 'Edited just before the copy' } });
      await userEvent.click(screen.getByRole('button', { name: 'All boards' }));
      const card = await screen.findByRole('article', { name: SAMPLE_TITLE });
      await userEvent.click(within(card).getByRole('button', { name: `Duplicate ${SAMPLE_TITLE}` }));
      await within(screen.getByRole('region', { name: 'Notifications' })).findByText(`Duplicated \u2068${SAMPLE_TITLE}\u2069.`);
      const copy = (await listBoards()).find((board) => board.id !== id);
      if (!copy) throw new Error('no copy');
      expect((await reloaded(copy.id))?.purpose).toBe('Edited just before the copy');
    } finally {
      SlowWorker.delayMs = WORKER_DELAY_MS;
      vi.unstubAllGlobals();
    }
  });
});

// A title another board has (renderer/library/namesakes.ts): the library never shows two cards
// alike in every word.
describe('a rename to another board’s title', () => {
  /** On the library: opens the rename field of a board's card and submits `to`; returns the field. */
  async function renameHere(from: string, to: string): Promise<HTMLInputElement> {
    const card = await screen.findByRole('article', { name: from });
    await userEvent.click(within(card).getByRole('button', { name: `Rename ${from}` }));
    const input = within(card).getByRole<HTMLInputElement>('textbox', { name: `New title for ${from}` });
    await retype(input, to);
    return input;
  }

  /** Types `to` into the open field in place of what it holds, and saves. */
  async function retype(input: HTMLInputElement, to: string): Promise<void> {
    await userEvent.clear(input);
    await userEvent.type(input, to);
    await userEvent.click(screen.getByRole('button', { name: 'Save title' }));
  }

  /** The app on the sample board, with other boards of these titles stored beside it. */
  async function startWith(...titles: readonly string[]): Promise<void> {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    for (const [index, title] of titles.entries()) await saveBoard({ ...createSampleBoard(), id: `board-${String(index)}` as BoardId, title });
    await userEvent.click(screen.getByRole('button', { name: 'All boards' }));
  }

  async function refused(input: HTMLInputElement, title: string): Promise<void> {
    await vi.waitFor(() => {
      expect(input.getAttribute('aria-invalid')).toBe('true');
    });
    expect(document.activeElement).toBe(input);
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      `Another board is already called “${title}”. Choose a title that tells the two apart in the library.`,
    );
  }

  it('is refused, the field staying open with what was typed, for a board here or the open one', async () => {
    await startWith('Team B', 'Team C');

    // Another board not open (with spaces around, as the board would store it without).
    const input = await renameHere('Team C', '  Team B ');
    await refused(input, 'Team B');
    expect(input.value).toBe('  Team B ');
    expect((await loadBoard('board-1' as BoardId))?.title).toBe('Team C');
    expect(screen.getAllByRole('article', { name: 'Team B' })).toHaveLength(1);

    // The board open in this window, by the title it shows.
    await retype(input, SAMPLE_TITLE);
    await refused(input, SAMPLE_TITLE);

    // A title of its own goes through.
    await retype(input, 'Team C, second run');
    await screen.findByRole('article', { name: 'Team C, second run' });
  });

  it('of the open board, to another board’s title, is refused too; a board in the trash does not count', async () => {
    await startWith('Team B', 'Old team');
    await userEvent.click(within(await screen.findByRole('article', { name: 'Old team' })).getByRole('button', { name: 'Move to trash Old team' }));
    await screen.findByRole('button', { name: 'Restore Old team' });

    const input = await renameHere(SAMPLE_TITLE, 'Team B');
    await refused(input, 'Team B');
    expect(useBoardStore.getState().past).toHaveLength(0);
    await retype(input, 'Old team');
    await screen.findByRole('button', { name: 'Open Old team' });
  });

  it('saved unchanged, keeps a title a copy shares', async () => {
    await startWith('Team B (copy)', 'Team B (copy)');
    const [first] = await screen.findAllByRole('article', { name: 'Team B (copy)' });
    if (first === undefined) throw new Error('no card');
    await userEvent.click(within(first).getByRole('button', { name: 'Rename Team B (copy)' }));
    await userEvent.click(within(first).getByRole('button', { name: 'Save title' }));
    await within(screen.getByRole('region', { name: 'Notifications' })).findByText('Renamed to \u2068Team B (copy)\u2069.');
    await vi.waitFor(() => {
      expect(screen.queryByRole('textbox', { name: /^New title for/u })).toBeNull();
    });
  });
});

/**
 * Emptying the trash from the library, rendered by React under jsdom with a real (fake-indexeddb)
 * database: it deletes exactly the boards the trash shows and the person confirmed — under a
 * search the others stay, and the question says so — and a section the search empties says that,
 * not that it is empty.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import type { Board, BoardId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { useNotices } from '../../renderer/app/notices';
import { saveBoard } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME, getDatabase } from '../../renderer/db/database';
import { LAST_BOARD_KEY } from '../../renderer/db/names';
import { addSnapshot } from '../../renderer/db/snapshots';
import { archiveBoard, emptyTrash, listBoards, restoreBoard, trashBoard } from '../../renderer/db/library';
import { LibraryScreen } from '../../renderer/library/LibraryScreen';
import { useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';

const NOW = '2026-03-14T12:00:00.000Z';

function board(title: string, id: string): Board {
  return { ...createSampleBoard({ makeId: () => crypto.randomUUID(), now: '2026-03-14T09:00:00.000Z' }), id: id as BoardId, title };
}

async function trashed(title: string, id: string): Promise<void> {
  await saveBoard(board(title, id));
  await trashBoard(id as BoardId, NOW);
}

const titles = async () => (await listBoards()).map((summary) => summary.title).sort();
const search = (text: string) => userEvent.type(screen.getByRole('searchbox', { name: 'Search boards by title or purpose' }), text);

let open: Board;

beforeEach(async () => {
  open = board('Workshop in progress', 'board-open');
  await saveBoard(open);
  useBoardStore.setState({ load: { status: 'ready', board: open }, past: [], future: [], save: { status: 'saved' } });
  useUiStore.setState({ screen: 'library' });
  useNotices.setState({ notices: [] });
});

afterEach(async () => {
  vi.restoreAllMocks();
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('emptying the trash', () => {
  it('under a search deletes only the boards shown, and says the hidden ones are kept', async () => {
    await trashed('Alpha', 'board-alpha');
    await trashed('Alpha two', 'board-alpha-2');
    await trashed('Beta', 'board-beta');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<LibraryScreen />);
    await screen.findByRole('region', { name: 'Trash (3)' });
    await search('alpha');
    const trash = screen.getByRole('region', { name: 'Trash (2 of 3)' });
    await userEvent.click(within(trash).getByRole('button', { name: 'Empty trash' }));
    expect(confirm).toHaveBeenCalledWith('Delete these 2 boards for good: “Alpha” and “Alpha two”? This cannot be undone. The board in the trash that your search hides is kept.');
    await waitFor(() => {
      expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual(['Deleted 2 boards for good.']);
    });
    expect(await titles()).toEqual(['Beta', 'Workshop in progress']);
    // What the trash says now, under the search and without it.
    await screen.findByRole('region', { name: 'Trash (0 of 1)' });
    expect(screen.getByText('No board in the trash matches your search.')).toBeDefined();
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search boards by title or purpose' }));
    expect(within(screen.getByRole('region', { name: 'Trash (1)' })).getByRole('heading', { level: 3, name: 'Beta' })).toBeDefined();
  });

  it('names the boards it is about to delete, the first five and how many more', async () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7]) await trashed(`Old plan ${String(n)}`, `board-${String(n)}`);
    await trashed('خطة المبيعات', 'board-8');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<LibraryScreen />);
    const trash = await screen.findByRole('region', { name: 'Trash (8)' });
    await userEvent.click(within(trash).getByRole('button', { name: 'Empty trash' }));
    expect(confirm).toHaveBeenCalledWith('Delete these 8 boards for good: “Old plan 1”, “Old plan 2”, “Old plan 3”, “Old plan 4”, “Old plan 5” and 3 more? This cannot be undone.');
    // A right-to-left title is isolated inside the question.
    await search('خطة');
    await userEvent.click(within(screen.getByRole('region', { name: 'Trash (1 of 8)' })).getByRole('button', { name: 'Empty trash' }));
    expect(confirm).toHaveBeenLastCalledWith('Delete “\u2068خطة المبيعات\u2069” for good? This cannot be undone. The 7 boards in the trash that your search hides are kept.');
    expect(await titles()).toHaveLength(9);
  });

  it('deletes nothing when the question is declined', async () => {
    await trashed('Alpha', 'board-alpha');
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<LibraryScreen />);
    const trash = await screen.findByRole('region', { name: 'Trash (1)' });
    await userEvent.click(within(trash).getByRole('button', { name: 'Empty trash' }));
    expect(await titles()).toEqual(['Alpha', 'Workshop in progress']);
  });

  it('a search that matches nothing in the trash says so, and offers no Empty trash', async () => {
    await trashed('Alpha', 'board-alpha');
    await saveBoard(board('Kept aside', 'board-archived'));
    await archiveBoard('board-archived' as BoardId, NOW);
    render(<LibraryScreen />);
    await screen.findByRole('region', { name: 'Trash (1)' });
    await search('zzz');
    const trash = screen.getByRole('region', { name: 'Trash (0 of 1)' });
    expect(within(trash).getByText('No board in the trash matches your search.')).toBeDefined();
    expect(within(trash).queryByText('The trash is empty.')).toBeNull();
    expect(within(trash).queryByRole('button', { name: 'Empty trash' })).toBeNull();
    // The other sections say the same kind of thing (the archived one no longer vanishes).
    expect(within(screen.getByRole('region', { name: 'Boards (0 of 1)' })).getByText('No board matches your search.')).toBeDefined();
    expect(within(screen.getByRole('region', { name: 'Archived (0 of 1)' })).getByText('No archived board matches your search.')).toBeDefined();
  });

  it('an empty trash says it is empty, search or not', async () => {
    render(<LibraryScreen />);
    await screen.findByRole('region', { name: 'Trash (0)' });
    await search('zzz');
    expect(within(screen.getByRole('region', { name: 'Trash (0)' })).getByText('The trash is empty.')).toBeDefined();
  });
});

describe('the board open in this window, trashed in another one', () => {
  it('stays in the trash when it is emptied, and the question says so', async () => {
    await trashBoard(open.id, NOW);
    await trashed('Alpha', 'board-alpha');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<LibraryScreen />);
    const trash = await screen.findByRole('region', { name: 'Trash (2)' });
    await userEvent.click(within(trash).getByRole('button', { name: 'Empty trash' }));
    expect(confirm).toHaveBeenCalledWith(
      'Delete “Alpha” for good? This cannot be undone. The board open in this window stays in the trash; open another board first to delete it.',
    );
    await waitFor(() => {
      expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual(['Deleted 1 board for good.']);
    });
    expect((await listBoards()).map((summary) => [summary.title, summary.status])).toEqual([['Workshop in progress', 'trashed']]);
  });

  it('alone in the trash: nothing is asked or deleted, and the notice says why', async () => {
    await trashBoard(open.id, NOW);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<LibraryScreen />);
    const trash = await screen.findByRole('region', { name: 'Trash (1)' });
    await userEvent.click(within(trash).getByRole('button', { name: 'Empty trash' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual([
      'The board open in this window stays in the trash; open another board first to delete it.',
    ]);
    expect(await titles()).toEqual(['Workshop in progress']);
  });
});

describe('deleting one board of the trash for good', () => {
  const deleteButton = (title: string) => screen.getByRole('button', { name: `Delete for good ${title}` });

  it('asks by its name, deletes it and nothing of it is left in storage; the others stay', async () => {
    await trashed('Old hiring plan', 'board-hiring');
    await trashed('Scratch', 'board-scratch');
    await addSnapshot(board('Old hiring plan', 'board-hiring'), 'named', NOW, 'After day 1');
    // Opened last (so noted as the board to open on start), then trashed from another board.
    await getDatabase().meta.put({ key: LAST_BOARD_KEY, value: 'board-hiring' });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<LibraryScreen />);
    await screen.findByRole('region', { name: 'Trash (2)' });
    await userEvent.click(deleteButton('Old hiring plan'));
    expect(confirm).toHaveBeenCalledWith('Delete “Old hiring plan” for good? This cannot be undone.');
    await screen.findByRole('region', { name: 'Trash (1)' });
    expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual(['Deleted \u2068Old hiring plan\u2069 for good.']);
    expect(await titles()).toEqual(['Scratch', 'Workshop in progress']);
    const db = getDatabase();
    const rows = await Promise.all([db.boards.toArray(), db.heads.toArray(), db.snapshots.toArray(), db.journal.toArray(), db.meta.toArray()]);
    expect(JSON.stringify(rows)).not.toContain('board-hiring');
    // Focus goes to what was beside it in the trash.
    await waitFor(() => {
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Restore Scratch');
    });
  });

  it('deletes nothing when the question is declined, and focus stays on the button', async () => {
    await trashed('Scratch', 'board-scratch');
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<LibraryScreen />);
    await screen.findByRole('region', { name: 'Trash (1)' });
    await userEvent.click(deleteButton('Scratch'));
    expect(await titles()).toEqual(['Scratch', 'Workshop in progress']);
    expect(document.activeElement).toBe(deleteButton('Scratch'));
    expect(useNotices.getState().notices).toEqual([]);
  });

  it('is not offered for the board open in this window (trashed in another one): the button stays reachable and says why', async () => {
    await trashBoard(open.id, NOW);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<LibraryScreen />);
    await screen.findByRole('region', { name: 'Trash (1)' });
    const button = deleteButton('Workshop in progress') as HTMLButtonElement;
    // Not `disabled`: Tab would skip it, and only a tooltip said why.
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(button);
    expect(confirm).not.toHaveBeenCalled();
    expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual([
      '\u2068Workshop in progress\u2069 is open in this window: open another board first, then delete it for good.',
    ]);
    expect(await titles()).toEqual(['Workshop in progress']);
  });

  it('the board open in this window: its card says so in words, and Move to trash says why it does nothing', async () => {
    render(<LibraryScreen />);
    const boards = await screen.findByRole('region', { name: 'Boards (1)' });
    // Heard as "Workshop in progress, open in this window", not "Workshop in progress Open".
    expect(within(boards).getByRole('heading', { level: 3 }).textContent).toBe('Workshop in progress, Open in this window');
    const trash = within(boards).getByRole('button', { name: 'Move to trash Workshop in progress' });
    expect(trash.getAttribute('aria-disabled')).toBe('true');
    trash.focus();
    expect(document.activeElement).toBe(trash);
    await userEvent.keyboard('{Enter}');
    expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual([
      '\u2068Workshop in progress\u2069 is open in this window: open another board first, then move it to the trash.',
    ]);
    expect((await listBoards()).map((summary) => summary.status)).toEqual(['active']);
  });

  it('a board restored in another window since it was shown is kept, and the notice says so', async () => {
    await trashed('Scratch', 'board-scratch');
    const confirm = vi.spyOn(window, 'confirm').mockImplementation(() => {
      void restoreBoard('board-scratch' as BoardId, NOW);
      return true;
    });
    render(<LibraryScreen />);
    await screen.findByRole('region', { name: 'Trash (1)' });
    await userEvent.click(deleteButton('Scratch'));
    expect(confirm).toHaveBeenCalledOnce();
    await screen.findByRole('region', { name: 'Trash (0)' });
    expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual(['\u2068Scratch\u2069 is no longer in the trash: nothing was deleted.']);
    expect((await listBoards()).find((summary) => summary.title === 'Scratch')?.status).toBe('active');
  });
});

describe('emptyTrash', () => {
  it('deletes only the boards asked for that are still in the trash', async () => {
    await trashed('Alpha', 'board-alpha');
    await trashed('Beta', 'board-beta');
    await trashed('Restored meanwhile', 'board-restored');
    await restoreBoard('board-restored' as BoardId, NOW);
    const deleted = await emptyTrash(['board-alpha', 'board-restored', 'board-open', 'no-such-board'] as BoardId[]);
    expect(deleted).toEqual(['board-alpha']);
    expect(await titles()).toEqual(['Beta', 'Restored meanwhile', 'Workshop in progress']);
  });
});

describe('the Boards section with no board in it', () => {
  it('points to the archive and the trash when the boards are there, not "No boards yet" above them', async () => {
    await archiveBoard(open.id, NOW);
    await trashed('Old plan', 'board-old');
    render(<LibraryScreen />);
    const boards = await screen.findByRole('region', { name: 'Boards (0)' });
    expect(within(boards).getByText('No board in use: start a new one, or bring one back from the archive or the trash below.')).toBeDefined();
    expect(screen.queryByText(/No boards yet/u)).toBeNull();
  });
});

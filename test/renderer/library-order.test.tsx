/**
 * The order of the library, for a facilitator with many boards: last edited first by default, or by
 * title (the person's alphabet, accents, case and numbers as people read them) or by when the boards
 * were made; the choice combines with the search, is said to a screen reader, and is kept in storage
 * for the next start.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import type { Board, BoardId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { useNotices } from '../../renderer/app/notices';
import { saveBoard } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME, openDatabase } from '../../renderer/db/database';
import { readLibraryOrder, saveLibraryOrder } from '../../renderer/db/library';
import { LIBRARY_ORDER_KEY } from '../../renderer/db/names';
import { formatEdited } from '../../renderer/library/dates';
import { LibraryScreen } from '../../renderer/library/LibraryScreen';
import { sortBoards, sortTrash } from '../../renderer/library/order';
import { useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';

/** A board made on `created` and last edited on `edited` (days of March 2026). */
function board(title: string, created: number, edited: number): Board {
  const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T09:00:00.000Z`;
  return { ...createSampleBoard({ makeId: () => crypto.randomUUID(), now: day(created) }), id: `board-${title}` as BoardId, title, createdAt: day(created), updatedAt: day(edited) };
}

const summary = (title: string, created: string, updatedAt: string, id = title) => ({ id, title, createdAt: created, updatedAt });

afterEach(async () => {
  vi.restoreAllMocks();
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('sortTrash', () => {
  it('most recently trashed first, whenever they were edited; one without the stamp last, by last edited', () => {
    const trash = [
      { ...summary('Edited last, trashed first', '2026-01-01', '2026-02-09'), trashedAt: '2026-02-10' },
      { ...summary('No stamp, edited later', '2026-01-01', '2026-02-08'), trashedAt: null },
      { ...summary('Trashed just now', '2026-01-01', '2026-01-02'), trashedAt: '2026-02-20' },
      { ...summary('No stamp', '2026-01-01', '2026-02-01'), trashedAt: null },
      { ...summary('Trashed yesterday', '2026-01-01', '2026-01-05'), trashedAt: '2026-02-19' },
    ];
    expect(sortTrash(trash).map((b) => b.title)).toEqual(['Trashed just now', 'Trashed yesterday', 'Edited last, trashed first', 'No stamp, edited later', 'No stamp']);
  });
});

describe('sortBoards', () => {
  const boards = [
    summary('workshop 10', '2026-01-03', '2026-02-01'),
    summary('Zebra', '2026-01-01', '2026-02-05'),
    summary('Révenue review', '2026-01-05', '2026-02-02'),
    summary('apple', '2026-01-04', '2026-02-03'),
    summary('Workshop 2', '2026-01-02', '2026-02-04'),
    summary('revenue plan', '2026-01-06', '2026-01-30'),
  ];

  it('by title: case and accents aside, numbers as numbers', () => {
    expect(sortBoards(boards, 'title').map((b) => b.title)).toEqual(['apple', 'revenue plan', 'Révenue review', 'Workshop 2', 'workshop 10', 'Zebra']);
  });

  it('by last edited or by created, most recent first', () => {
    expect(sortBoards(boards, 'edited').map((b) => b.title)).toEqual(['Zebra', 'Workshop 2', 'apple', 'Révenue review', 'workshop 10', 'revenue plan']);
    expect(sortBoards(boards, 'created').map((b) => b.title)).toEqual(['revenue plan', 'Révenue review', 'apple', 'workshop 10', 'Workshop 2', 'Zebra']);
  });

  it('two boards of one title: the one edited last first; the same in every way: always the same order', () => {
    const twins = [summary('Q3', 'c', '2026-02-01', 'b'), summary('q3', 'c', '2026-02-02', 'c'), summary('Q3', 'c', '2026-02-01', 'a')];
    expect(sortBoards(twins, 'title').map((b) => b.id)).toEqual(['c', 'a', 'b']);
    expect(sortBoards([...twins].reverse(), 'title').map((b) => b.id)).toEqual(['c', 'a', 'b']);
    expect(sortBoards(twins, 'created').map((b) => b.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('the order kept in storage', () => {
  it('is last edited until the person chooses, then what they chose, after a restart too', async () => {
    expect(await readLibraryOrder()).toBe('edited');
    await saveLibraryOrder('title');
    closeDatabase();
    expect(await readLibraryOrder()).toBe('title');
  });

  it('a value this version does not know (a newer version wrote it, or it is damaged) reads as the default', async () => {
    const db = await openDatabase();
    await db.meta.put({ key: LIBRARY_ORDER_KEY, value: 'by colour' });
    expect(await readLibraryOrder()).toBe('edited');
    await db.meta.put({ key: LIBRARY_ORDER_KEY, value: { order: 'title' } });
    expect(await readLibraryOrder()).toBe('edited');
  });
});

describe('the sort control', () => {
  const titles = (section: string) =>
    within(screen.getByRole('region', { name: new RegExp(`^${section} \\(`, 'u') }))
      .queryAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
  const sortBy = () => screen.getByRole('combobox', { name: 'Sort by' });
  /** What the library's live region says of the order. */
  const said = () => screen.getByRole('status', { name: 'Sort order' }).textContent;

  beforeEach(async () => {
    const open = board('Ärger workshop', 1, 20);
    await saveBoard(open);
    await saveBoard(board('Zürich offsite', 5, 25));
    await saveBoard(board('alpha launch', 10, 12));
    await saveBoard(board('Sales workshop 10', 2, 15));
    await saveBoard(board('Sales workshop 2', 12, 14));
    useBoardStore.setState({ load: { status: 'ready', board: open }, past: [], future: [], save: { status: 'saved' } });
    useUiStore.setState({ screen: 'library' });
    useNotices.setState({ notices: [] });
  });

  it('lists by title, by created or by last edited, as chosen, and says the new order', async () => {
    render(<LibraryScreen />);
    await screen.findByRole('region', { name: 'Boards (5)' });
    expect((sortBy() as HTMLSelectElement).value).toBe('edited');
    expect(titles('Boards')).toEqual(['Zürich offsite', 'Ärger workshop, Open in this window', 'Sales workshop 10', 'Sales workshop 2', 'alpha launch']);
    expect(within(screen.getByRole('article', { name: 'alpha launch' })).queryByText(/Created/u)).toBeNull();
    // Nothing said before a choice: the order is not news when the library opens.
    expect(said()).toBe('');

    await userEvent.selectOptions(sortBy(), 'Title A–Z');
    expect(titles('Boards')).toEqual(['alpha launch', 'Ärger workshop, Open in this window', 'Sales workshop 2', 'Sales workshop 10', 'Zürich offsite']);
    expect(said()).toBe('Boards sorted by title, A to Z.');

    await userEvent.selectOptions(sortBy(), 'Created, newest first');
    expect(titles('Boards')).toEqual(['Sales workshop 2', 'alpha launch', 'Zürich offsite', 'Sales workshop 10', 'Ärger workshop, Open in this window']);
    // Listed by when they were made, each card says when.
    const made = `Created ${formatEdited('2026-03-10T09:00:00.000Z')} · Last edited ${formatEdited('2026-03-12T09:00:00.000Z')} · `;
    expect(within(screen.getByRole('article', { name: 'alpha launch' })).getByText((_, element) => element?.tagName === 'P' && element.textContent.startsWith(made))).toBeDefined();
    expect(said()).toBe('Boards sorted by when they were created, newest first.');
  });

  it('a board with no outcomes yet says so, not "0 of 0 owned" (as the board\'s own header says it)', async () => {
    await saveBoard({ ...board('Blank board', 3, 16), outcomes: [], activities: [] });
    render(<LibraryScreen />);
    const card = await screen.findByRole('article', { name: 'Blank board' });
    expect(card.querySelector('.library__meta')?.textContent).toMatch(/ · No outcomes yet$/u);
    expect(screen.getByRole('article', { name: 'alpha launch' }).querySelector('.library__meta')?.textContent).toMatch(/ · 4 outcomes · 1 of 4 owned$/u);
  });

  it('combines with the search; the trash lists the board trashed last first, whatever the order, and says so', async () => {
    const db = await openDatabase();
    // Zürich offsite is the one edited later, Sales workshop 10 the one put in the trash later.
    await db.boards.update('board-Zürich offsite' as BoardId, { status: 'trashed', trashedAt: '2026-03-26T09:00:00.000Z' });
    await db.boards.update('board-Sales workshop 10' as BoardId, { status: 'trashed', trashedAt: '2026-03-27T09:00:00.000Z' });
    render(<LibraryScreen />);
    const trash = await screen.findByRole('region', { name: 'Trash (2)' });
    expect(titles('Trash')).toEqual(['Sales workshop 10', 'Zürich offsite']);
    expect(within(trash).getByText('Most recently trashed first')).toBeDefined();
    await userEvent.selectOptions(sortBy(), 'Title A–Z');
    expect(titles('Trash')).toEqual(['Sales workshop 10', 'Zürich offsite']);
    await userEvent.selectOptions(sortBy(), 'Created, newest first');
    expect(titles('Trash')).toEqual(['Sales workshop 10', 'Zürich offsite']);
    await userEvent.selectOptions(sortBy(), 'Title A–Z');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search boards by title or purpose' }), 'WORKSHOP');
    expect(titles('Boards')).toEqual(['Ärger workshop, Open in this window', 'Sales workshop 2']);
    expect(titles('Trash')).toEqual(['Sales workshop 10']);
    await userEvent.selectOptions(sortBy(), 'Last edited');
    expect(titles('Boards')).toEqual(['Ärger workshop, Open in this window', 'Sales workshop 2']);
  });

  it('a search says to a screen reader what it found (the sections\' counts change silently)', async () => {
    render(<LibraryScreen />);
    await screen.findByRole('region', { name: 'Boards (5)' });
    const found = () => screen.getByRole('status', { name: 'Search results' }).textContent;
    expect(found()).toBe('');
    const search = screen.getByRole('searchbox', { name: 'Search boards by title or purpose' });
    await userEvent.type(search, 'workshop');
    expect(found()).toBe('3 of 5 boards match your search.');
    // A board of the search moved to the trash here: still found (the trash is searched too), one board fewer
    // among the boards; the count is said again as it now is.
    await userEvent.click(screen.getByRole('button', { name: 'Move to trash Sales workshop 2' }));
    await screen.findByRole('region', { name: 'Trash (1)' });
    expect(found()).toBe('3 of 5 boards match your search.');
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await userEvent.click(within(screen.getByRole('region', { name: 'Trash (1)' })).getByRole('button', { name: 'Delete for good Sales workshop 2' }));
    await screen.findByRole('region', { name: 'Trash (0)' });
    expect(found()).toBe('2 of 4 boards match your search.');
    await userEvent.type(search, 'zzz');
    expect(found()).toBe('No board matches your search.');
    await userEvent.clear(search);
    expect(found()).toBe('');
  });

  it('is kept: the library opened again (after a restart) lists the boards in the order chosen', async () => {
    const first = render(<LibraryScreen />);
    await screen.findByRole('region', { name: 'Boards (5)' });
    await userEvent.selectOptions(sortBy(), 'Title A–Z');
    await waitFor(async () => {
      expect(await readLibraryOrder()).toBe('title');
    });
    first.unmount();
    closeDatabase();
    render(<LibraryScreen />);
    await screen.findByRole('region', { name: 'Boards (5)' });
    expect((sortBy() as HTMLSelectElement).value).toBe('title');
    expect(titles('Boards')).toEqual(['alpha launch', 'Ärger workshop, Open in this window', 'Sales workshop 2', 'Sales workshop 10', 'Zürich offsite']);
  });

  it('while the library loads, the menu names no order (not the default in place of the one kept) and cannot be used; then the order kept', async () => {
    await saveLibraryOrder('title');
    closeDatabase();
    render(<LibraryScreen />);
    // The moment "Loading your boards…" shows, before the order kept has been read.
    expect(screen.getByText('Loading your boards…')).toBeDefined();
    const menu = sortBy() as HTMLSelectElement;
    // Was: "Last edited", then "Title A–Z" once the order was read.
    expect(menu.selectedOptions[0]?.textContent ?? '').toBe('');
    expect(menu.disabled).toBe(true);
    await screen.findByRole('region', { name: 'Boards (5)' });
    expect(menu.selectedOptions[0]?.textContent).toBe('Title A–Z');
    expect(menu.disabled).toBe(false);
    // The blank choice is gone with the loading: the menu offers the three orders only.
    expect([...menu.options].map((option) => option.textContent)).toEqual(['Last edited', 'Title A–Z', 'Created, newest first']);
    expect(titles('Boards')[0]).toBe('alpha launch');
  });

  it('a choice that cannot be stored still sorts the list, and says it will not be kept', async () => {
    const db = await openDatabase();
    vi.spyOn(db.meta, 'put').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    render(<LibraryScreen />);
    await screen.findByRole('region', { name: 'Boards (5)' });
    await userEvent.selectOptions(sortBy(), 'Title A–Z');
    expect(titles('Boards')[0]).toBe('alpha launch');
    await waitFor(() => {
      expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual(['The boards are sorted as you chose, but the choice could not be kept for next time.']);
    });
  });
});

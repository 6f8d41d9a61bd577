/**
 * Where keyboard focus goes after the library's moves, rendered by React under jsdom with a real
 * (fake-indexeddb) database. A move takes the card, and the button that had focus, out of its
 * section: focus follows the card to its new section, or goes to its neighbour, or to the section's
 * heading — never to the page's body, where a keyboard or screen-reader user starts from the top.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import type { Board, BoardId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { useNotices } from '../../renderer/app/notices';
import { saveBoard } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { archiveBoard, trashBoard } from '../../renderer/db/library';
import { LibraryScreen } from '../../renderer/library/LibraryScreen';
import { useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';

function board(title: string, id: string, updatedAt: string): Board {
  return { ...createSampleBoard({ makeId: () => crypto.randomUUID(), now: updatedAt }), id: id as BoardId, title, updatedAt };
}

const section = (name: RegExp) => screen.getByRole('region', { name });
const card = (title: string) => screen.getByRole('article', { name: title });
const button = (title: string, action: string) => within(card(title)).getByRole('button', { name: `${action} ${title}` });

/** What has focus, as a person would say it: a button's name and its card, or a heading. */
function focused(): string {
  const active = document.activeElement;
  if (active === null || active === document.body) return 'the page';
  const cardTitle = active.closest('li')?.querySelector('h3')?.firstChild?.textContent;
  const name = active.textContent;
  return cardTitle ? `${name} in ${cardTitle}` : `${active.tagName.toLowerCase()} ${name}`;
}

beforeEach(async () => {
  // Newest first: A, B, C among the boards.
  for (const [title, at] of [['A', '2026-03-14T12:00:00.000Z'], ['B', '2026-03-14T11:00:00.000Z'], ['C', '2026-03-14T10:00:00.000Z']] as const) {
    await saveBoard(board(title, `board-${title}`, at));
  }
  useBoardStore.setState({ load: { status: 'loading' }, past: [], future: [], save: { status: 'saved' } });
  useUiStore.setState({ screen: 'library' });
  useNotices.setState({ notices: [] });
});

afterEach(async () => {
  vi.restoreAllMocks();
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('focus after a library move', () => {
  it('Move to trash: to the board in the trash; Restore: back among the boards', async () => {
    render(<LibraryScreen />);
    await screen.findByRole('article', { name: 'B' });
    await userEvent.click(button('B', 'Move to trash'));
    await waitFor(() => {
      expect(focused()).toBe('Restore in B');
    });
    await userEvent.click(button('B', 'Restore'));
    await waitFor(() => {
      expect(focused()).toBe('Open in B');
    });
    expect(within(section(/^Boards/u)).getByRole('article', { name: 'B' })).toBeDefined();
  });

  it('Archive and Unarchive: focus follows the board', async () => {
    render(<LibraryScreen />);
    await screen.findByRole('article', { name: 'A' });
    await userEvent.click(button('A', 'Archive'));
    await waitFor(() => {
      expect(focused()).toBe('Open in A');
    });
    expect(within(section(/^Archived/u)).getByRole('article', { name: 'A' })).toBeDefined();
    await userEvent.click(button('A', 'Unarchive'));
    await waitFor(() => {
      expect(within(section(/^Boards/u)).queryByRole('article', { name: 'A' })).not.toBeNull();
    });
    await waitFor(() => {
      expect(focused()).toBe('Open in A');
    });
  });

  it('Empty trash: to the Trash heading once the boards are gone', async () => {
    await archiveBoard('board-C' as BoardId, '2026-03-14T13:00:00.000Z');
    await trashBoard('board-A' as BoardId, '2026-03-14T13:00:00.000Z');
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<LibraryScreen />);
    await screen.findByRole('article', { name: 'C' });
    await userEvent.click(button('C', 'Move to trash'));
    await waitFor(() => {
      expect(focused()).toBe('Restore in C');
    });
    await userEvent.click(within(section(/^Trash/u)).getByRole('button', { name: 'Empty trash' }));
    await waitFor(() => {
      expect(focused()).toBe('h2 Trash (0)');
    });
  });

  it('Escape in the rename field, or a saved title, gives focus back to the Rename button', async () => {
    render(<LibraryScreen />);
    await screen.findByRole('article', { name: 'B' });
    await userEvent.click(button('B', 'Rename'));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'New title for B' }));
    await userEvent.keyboard('{Escape}');
    expect(focused()).toBe('Rename in B');
    await userEvent.keyboard('{Enter}');
    const input = screen.getByRole('textbox', { name: 'New title for B' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Bee{Enter}');
    await screen.findByRole('article', { name: 'Bee' });
    await waitFor(() => {
      expect(focused()).toBe('Rename in Bee');
    });
  });
});

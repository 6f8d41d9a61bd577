/**
 * A board card's Rename on the library ("All boards"), as a person leaves it: Escape closes it at
 * once, and a title typed and not saved is said to be lost, with "Bring them back" (the field open
 * again with the typing and the caret as they were), as the board's editors do (editor-drafts.test.tsx,
 * popover-drafts.test.tsx). Nothing typed, typed back, or saved: nothing is said. The board moved to
 * the trash meanwhile: the way back goes. Rendered under jsdom with a real (fake-indexeddb) database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { App } from '../../renderer/app/App';
import { loadBoard, saveBoard } from '../../renderer/db/boards';
import { createSampleBoard } from '../../shared/sample';
import type { Board, BoardId } from '../../shared/model';
import { leaveDraftTest } from './boardState';
import { setupUser } from './user';

afterEach(leaveDraftTest);

// Typing key by key into a whole App under jsdom: past the 5 s default on a slow or busy machine.
const TYPING = { timeout: 20_000 };

const SAMPLE_TITLE = 'Revenue ownership workshop (sample)';
const HIRING = 'Hiring plan';

const notices = () => screen.getByRole('region', { name: 'Notifications' });
const card = (title: string) => screen.getByRole('article', { name: title });

/** Whether the page holds a close or reload now (the browser's "Leave site?"). */
function leavingIsHeld(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/** The sample board open, a second board "Hiring plan" stored; then All boards. */
async function library() {
  const user = setupUser();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
  const other: Board = { ...createSampleBoard(), id: 'hiring-board' as BoardId, title: HIRING };
  await saveBoard(other);
  await user.click(screen.getByRole('button', { name: 'All boards' }));
  await screen.findByRole('article', { name: HIRING });
  return user;
}

/** Rename on the card of `title`: its field, focused. */
async function openRename(user: UserEvent, title: string) {
  await user.click(within(card(title)).getByRole('button', { name: `Rename ${title}` }));
  const input = within(card(title)).getByRole<HTMLInputElement>('textbox', { name: `New title for ${title}` });
  expect(document.activeElement).toBe(input);
  return input;
}

describe('a board card’s Rename on the library, closed with a title not saved', TYPING, () => {
  it('Escape closes it, says so, and "Bring them back" opens it again with the typing and the caret as they were; Save title saves it', async () => {
    const user = await library();
    await openRename(user, HIRING);
    await user.keyboard('{End} 2027{ArrowLeft}{ArrowLeft}');
    // Typing not saved holds the page: closing the window asks first.
    expect(leavingIsHeld()).toBe(true);
    await user.keyboard('{Escape}');
    expect(within(card(HIRING)).queryByRole('textbox')).toBeNull();
    expect(leavingIsHeld()).toBe(false);
    expect((await loadBoard('hiring-board' as BoardId))?.title).toBe(HIRING);
    expect(within(notices()).getByText(`Your changes to “${HIRING}” were not saved.`)).toBeDefined();

    await user.click(within(notices()).getByRole('button', { name: 'Bring them back' }));
    const back = within(card(HIRING)).getByRole<HTMLInputElement>('textbox', { name: `New title for ${HIRING}` });
    expect(back.value).toBe('Hiring plan 2027');
    expect(document.activeElement).toBe(back);
    expect([back.selectionStart, back.selectionEnd]).toEqual([14, 14]);
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
    expect(leavingIsHeld()).toBe(true);

    await user.click(within(card(HIRING)).getByRole('button', { name: 'Save title' }));
    await screen.findByRole('article', { name: 'Hiring plan 2027' });
    expect((await loadBoard('hiring-board' as BoardId))?.title).toBe('Hiring plan 2027');
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
    expect(leavingIsHeld()).toBe(false);
  });

  it('says nothing when closed with nothing typed, or typed back as it was, or saved', async () => {
    const user = await library();
    await openRename(user, HIRING);
    await user.keyboard('{Escape}');
    await openRename(user, HIRING);
    await user.keyboard('s{Backspace}{Escape}');
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
    const input = await openRename(user, HIRING);
    await user.type(input, ' (draft)');
    await user.keyboard('{Enter}');
    await screen.findByRole('article', { name: 'Hiring plan (draft)' });
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
  });

  it('the board moved to the trash meanwhile: "Bring them back" goes', async () => {
    const user = await library();
    await openRename(user, HIRING);
    await user.keyboard(' Q3{Escape}');
    expect(within(notices()).getByRole('button', { name: 'Bring them back' })).toBeDefined();
    await user.click(within(card(HIRING)).getByRole('button', { name: `Move to trash ${HIRING}` }));
    await screen.findByRole('button', { name: `Restore ${HIRING}` });
    expect(within(notices()).getByText(`Your changes to “${HIRING}” were not saved.`)).toBeDefined();
    // Withdrawn when the card's Rename goes (an effect's clean-up, which may run just after the
    // trashed card is drawn).
    await waitFor(() => {
      expect(within(notices()).queryByRole('button', { name: 'Bring them back' })).toBeNull();
    });
  });

  it('opened afresh, withdraws the older typing’s "Bring them back", which would replace what is typed now', async () => {
    const user = await library();
    await openRename(user, HIRING);
    await user.keyboard(' old{Escape}');
    expect(within(notices()).getByRole('button', { name: 'Bring them back' })).toBeDefined();
    await openRename(user, HIRING);
    expect(within(notices()).queryByRole('button', { name: 'Bring them back' })).toBeNull();
  });

  it('taken away as the library is left for the board, says so there; back on the library, "Bring them back" reopens it', async () => {
    const user = await library();
    await openRename(user, HIRING);
    await user.keyboard(' for 2027');
    await user.click(screen.getByRole('button', { name: 'Back to the open board' }));
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    // Said on the board, where the library's card is not shown: the way back waits for it.
    expect(await within(notices()).findByText(`Your changes to “${HIRING}” were not saved.`)).toBeDefined();
    expect(within(notices()).queryByRole('button', { name: 'Bring them back' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'All boards' }));
    await user.click(await within(notices()).findByRole('button', { name: 'Bring them back' }));
    const back = within(card(HIRING)).getByRole<HTMLInputElement>('textbox', { name: `New title for ${HIRING}` });
    expect(back.value).toBe('Hiring plan for 2027');
    expect(document.activeElement).toBe(back);
  });
});

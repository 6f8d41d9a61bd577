/**
 * What a screen reader is told by the notices: each message alone (not its buttons' names), and
 * what another window changed on the open board, once for a burst of that window's saves.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { Notices } from '../../renderer/app/Notices';
import { ShareDialog } from '../../renderer/share/ShareDialog';
import { notify, useNotices } from '../../renderer/app/notices';
import { useChangesElsewhereSaid } from '../../renderer/board/focusElsewhere';
import { notifyUndoable, takenInUnsaid, useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';
import { applyIntent } from '../../shared/commands';
import type { Board } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { boardInStore, leaveDraftTest } from './boardState';
import { setupUser } from './user';

const held = { status: 'failed', message: 'test', conflict: true } as const;

afterEach(() => {
  act(() => {
    useNotices.setState({ notices: [] });
    useBoardStore.setState({ load: { status: 'loading' }, past: [], future: [] });
  });
});

describe('the notices’ live region', () => {
  it('holds the messages alone; Undo and Dismiss sit in the toast beside theirs, described by it', () => {
    const before = createSampleBoard();
    const after = { ...before, title: 'Renamed' };
    act(() => {
      useUiStore.getState().setScreen('board');
      // Held as after a conflict, so nothing is written anywhere (this test is about what is said).
      useBoardStore.setState({ load: { status: 'ready', board: after }, past: [before], future: [], save: held });
      // The rename first: its Undo still offered, the notice after it does not take its place.
      notifyUndoable('Renamed the board.');
      notify('Shown at 40%.');
    });
    render(<Notices />);
    const live = screen.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    // Not atomic: a new message is said alone, not with every other one shown.
    expect(live.getAttribute('aria-atomic')).toBe('false');
    expect(Array.from(live.children, (child) => child.textContent)).toEqual(['Renamed the board.', 'Shown at 40%.']);
    expect(within(live).queryAllByRole('button')).toEqual([]);

    const toast = within(screen.getByRole('region', { name: 'Notifications' })).getByText('Renamed the board.').closest('li');
    if (!toast) throw new Error('no toast');
    const undo = within(toast).getByRole('button', { name: 'Undo' });
    expect(undo.closest('[aria-live]')).toBeNull();
    expect(within(toast).getByRole('button', { name: 'Dismiss', description: 'Renamed the board.' })).toBeDefined();
    expect(within(toast).getByRole('button', { name: 'Undo', description: 'Renamed the board.' })).toBe(undo);
  });
});

function Saying() {
  useChangesElsewhereSaid();
  return null;
}

describe('the notices’ live region while a dialog is open over the page', () => {
  // A modal dialog makes the rest of the page inert: "Kept a snapshot named …", said while the
  // History stayed open, was in a live region no screen reader heard.
  it('is in the dialog while it is open, says what is added there, and is back on the page when it closes', async () => {
    // The History's dialog (a ShareDialog, as every modal dialog of the app), opened and closed.
    const page = (open: boolean) => (
      <>
        <div aria-label="Board history" role="group">
          {open && (
            <ShareDialog labelledBy="history-title" onClose={() => undefined}>
              <h2 id="history-title">Board history</h2>
            </ShareDialog>
          )}
        </div>
        <Notices />
      </>
    );
    const { rerender } = render(page(false));
    const dialog = screen.getByRole('group', { name: 'Board history' });
    const live = () => screen.getByRole('status');
    expect(dialog.contains(live())).toBe(false);
    rerender(page(true));
    await vi.waitFor(() => {
      expect(dialog.contains(live())).toBe(true);
    });
    expect(live().closest('dialog')).not.toBeNull();
    act(() => {
      notify('Kept a snapshot named Snap A.');
    });
    expect(within(dialog).getByRole('status').textContent).toBe('Kept a snapshot named Snap A.');
    rerender(page(false));
    await vi.waitFor(() => {
      expect(dialog.contains(live())).toBe(false);
    });
    expect(live().textContent).toBe('Kept a snapshot named Snap A.');
  });

  it('says a message that came as the dialog closed (a restore), added to the region once it is back on the page', async () => {
    const page = (open: boolean) => (
      <>
        {open && (
          <ShareDialog labelledBy="history-title" onClose={() => undefined}>
            <h2 id="history-title">Board history</h2>
          </ShareDialog>
        )}
        <Notices />
      </>
    );
    const { rerender } = render(page(true));
    const live = () => screen.getByRole('status');
    await vi.waitFor(() => {
      expect(live().closest('dialog')).not.toBeNull();
    });
    // The History's Restore: the notice, and the dialog closing, in one change.
    act(() => {
      notify('Restored the snapshot.');
      rerender(page(false));
    });
    await vi.waitFor(() => {
      expect(live().closest('dialog')).toBeNull();
    });
    // Back on the page without it (a region is not heard saying what it comes with), then given it.
    expect(live().textContent).toBe('');
    const region = live();
    await vi.waitFor(() => {
      expect(region.textContent).toBe('Restored the snapshot.');
    });
    expect(region.isConnected).toBe(true);
  });
});

/** The other window's version taken in, as the store does it (a fresh history; nothing said by the store). */
function takeIn(board: Board) {
  act(() => {
    useBoardStore.setState({ load: { status: 'ready', board }, past: [], future: [], save: { status: 'saved' } });
    takenInUnsaid.add(board);
  });
}

const messages = () => useNotices.getState().notices.map((notice) => notice.message);

describe('a change made in another window', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is said once its burst of saves pauses, all of it in one notice', () => {
    const shown = createSampleBoard();
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: shown }, past: [createSampleBoard()], future: [], save: held });
    });
    render(<Saying />);
    // Three saves there, half a second apart: each its own copy of the board, as read from storage.
    const [first, second] = shown.activities;
    if (!first || !second) throw new Error('the sample has too few activities');
    const one = structuredClone({ ...shown, activities: shown.activities.filter((a) => a.id !== first.id) });
    takeIn(one);
    act(() => {
      vi.advanceTimersByTime(500);
    });
    const two = structuredClone({ ...one, activities: one.activities.filter((a) => a.id !== second.id) });
    takeIn(two);
    act(() => {
      vi.advanceTimersByTime(500);
    });
    takeIn(structuredClone({ ...two, title: 'Q3 planning' }));
    act(() => {
      vi.advanceTimersByTime(900);
    });
    expect(messages()).toEqual([]);
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(messages()).toEqual(['Changed in another window: 2 activities were deleted. The board is called Q3 planning. Undo starts again from here.']);
  });

  it('a burst that never pauses is still said every few seconds; one the store said itself is not said again', () => {
    let board = createSampleBoard();
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board }, past: [], future: [], save: held });
    });
    render(<Saying />);
    for (let step = 1; step <= 8; step++) {
      board = structuredClone({ ...board, title: `Take ${step}` });
      takeIn(board);
      act(() => {
      vi.advanceTimersByTime(500);
    });
    }
    expect(messages()).toEqual(['Changed in another window: The board is called Take 8.']);

    // A conflict answered with the other window's version: the store says so; nothing more here.
    act(() => {
      useNotices.setState({ notices: [] });
      useBoardStore.setState({ load: { status: 'ready', board: structuredClone({ ...board, title: 'Theirs' }) }, past: [], future: [] });
    });
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(messages()).toEqual([]);
  });

  it('an outcome deleted there: counts its activities moved to the parking lot rather than naming one of them', () => {
    const shown = createSampleBoard();
    const pipeline = shown.outcomes.find((o) => o.title === 'Outbound pipeline');
    if (!pipeline) throw new Error('no Outbound pipeline');
    const result = applyIntent(shown, { type: 'outcome/remove', outcomeId: pipeline.id });
    if (!result.ok) throw new Error(result.error.message);
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: shown }, past: [], future: [], save: held });
    });
    render(<Saying />);
    takeIn(structuredClone(result.board));
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(messages()).toEqual(['Changed in another window: Outcome Outbound pipeline was deleted. 2 activities are in Parking lot.']);
  });
});

describe('an editor taken away by another window’s delete', { timeout: 20_000 }, () => {
  afterEach(leaveDraftTest);

  it('says its item is gone, with no "Bring them back" to an outcome that no longer exists', async () => {
    const user = setupUser();
    render(<App />);
    const card = await screen.findByRole('region', { name: 'Deals closed' });
    await user.click(within(card).getByRole('button', { name: 'Actions for outcome Deals closed' }));
    await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
    const editor = within(card).getByRole('form', { name: 'Edit Deals closed' });
    await user.type(within(editor).getByRole('textbox', { name: 'Notes' }), 'Ask Leo');
    // The other window's version, read from storage and taken in: without the outcome.
    const shown = boardInStore();
    const theirs = structuredClone({ ...shown, outcomes: shown.outcomes.filter((o) => o.title !== 'Deals closed') });
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: theirs }, past: [], future: [] });
    });
    await Promise.resolve();
    const notices = screen.getByRole('region', { name: 'Notifications' });
    expect(await within(notices).findByText('Your changes to “Deals closed” were not saved: it is no longer on this board.')).toBeDefined();
    expect(within(notices).queryByRole('button', { name: 'Bring them back' })).toBeNull();
  });
});

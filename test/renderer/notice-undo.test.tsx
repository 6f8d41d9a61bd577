/**
 * A notice's Undo acts on the open board, so it is offered only where that board is shown: on the
 * library (All boards) it would change the board out of sight, as the menu's Undo did there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { Notices } from '../../renderer/app/Notices';
import { useNotices } from '../../renderer/app/notices';
import { createSampleBoard } from '../../shared/sample';
import { notifyUndoable, useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';

afterEach(() => {
  act(() => {
    useNotices.setState({ notices: [] });
    useUiStore.getState().setScreen('board');
    useBoardStore.setState({ load: { status: 'loading' }, past: [], future: [] });
  });
});

/** The board renamed, its notice shown (held as after a conflict, so nothing is written anywhere). */
function renamedWithNotice() {
    const before = createSampleBoard();
    const after = { ...before, title: 'Renamed' };
    const failed = { status: 'failed', message: 'test', conflict: true } as const;
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: after }, past: [before], future: [], save: failed });
      notifyUndoable('Renamed the board.');
    });
    render(<Notices />);
    const notices = screen.getByRole('region', { name: 'Notifications' });
  return { before, after, notices };
}

describe('a notice about a change to the open board', () => {
  it('offers Undo on the board, and not on the library, where the board is out of sight', () => {
    const before = createSampleBoard();
    const after = { ...before, title: 'Renamed' };
    act(() => {
      // Held as after a conflict, so nothing is written anywhere (this test is about the button).
      useBoardStore.setState({ load: { status: 'ready', board: after }, past: [before], future: [], save: { status: 'failed', message: 'test', conflict: true } });
      notifyUndoable('Renamed the board.');
    });
    render(<Notices />);
    const notices = screen.getByRole('region', { name: 'Notifications' });
    expect(within(notices).getByRole('button', { name: 'Undo' })).toBeDefined();
    act(() => {
      useUiStore.getState().setScreen('library');
    });
    expect(within(notices).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(within(notices).getByText('Renamed the board.')).toBeDefined();
    act(() => {
      useUiStore.getState().setScreen('board');
    });
    expect(within(notices).getByRole('button', { name: 'Undo' })).toBeDefined();
  });

  it('offers Undo again when the board is back in the state the change left, stamped later (an undo of a later change)', () => {
    const { before, after, notices } = renamedWithNotice();
    // A later change (an activity ticked): this notice's Undo would undo that one instead.
    const later = { ...after, activities: after.activities.map((a, i) => (i === 0 ? { ...a, done: !a.done } : a)), updatedAt: '2026-11-28T12:00:00.000Z' };
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: later }, past: [before, after] });
    });
    expect(within(notices).queryByRole('button', { name: 'Undo' })).toBeNull();
    // That change undone: the same items as the rename left them, as a new board stamped now.
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: { ...after, updatedAt: '2026-11-28T12:01:00.000Z' } }, past: [before], future: [later] });
    });
    expect(within(notices).getByRole('button', { name: 'Undo' })).toBeDefined();
  });

  it('goes when its change is undone another way (Ctrl+Z, the toolbar), and a redo does not bring it back saying it twice', () => {
    const { before, after, notices } = renamedWithNotice();
    expect(within(notices).getByText('Renamed the board.')).toBeDefined();
    // Undone: the board as it was before, as a new board stamped now. The notice said the rename was made.
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: { ...before, updatedAt: '2026-11-28T12:01:00.000Z' } }, past: [], future: [after] });
    });
    expect(within(notices).queryByText('Renamed the board.')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
    // Redone (the redo says so itself): nothing comes back to say it again.
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: { ...after, updatedAt: '2026-11-28T12:02:00.000Z' } }, past: [before], future: [] });
    });
    expect(screen.getByRole('status').textContent).toBe('');
    expect(within(notices).queryByRole('listitem')).toBeNull();
  });

  it('stays after a later change, its Undo hidden, and goes once the change cannot be undone at all: another board opened', () => {
    const { before, after, notices } = renamedWithNotice();
    const later = { ...after, activities: after.activities.map((a, i) => (i === 0 ? { ...a, done: !a.done } : a)) };
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: later }, past: [before, after] });
    });
    expect(within(notices).getByText('Renamed the board.')).toBeDefined();
    // Another board opened (or this one read back from storage): its history starts empty.
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: { ...createSampleBoard(), id: 'other' as typeof before.id } }, past: [], future: [] });
    });
    expect(within(notices).queryByText('Renamed the board.')).toBeNull();
  });
});

/**
 * In Present and at the desk, a new notice takes the place of the older ones that offer nothing now
 * (their Undo gone with the change after it), not of an error, nor of one the facilitator has focus
 * in, nor of work still running (a PDF being made); a new error takes the place of none. Three owners changed in a row stood three
 * notices, 210 px and more of a 720 px projector (present-projector.e2e.ts), and at the desk at
 * 1366 × 768 over the People and the next outcome's authority (notices-burst.e2e.ts). At the desk
 * they stacked, until then.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { Notices } from '../../renderer/app/Notices';
import { notify, useNotices } from '../../renderer/app/notices';
import { notifyUndoable, useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';
import { createSampleBoard } from '../../shared/sample';

const held = { status: 'failed', message: 'test', conflict: true } as const;
const messages = () => useNotices.getState().notices.map((notice) => notice.message);

/** The board renamed (its notice with Undo), the notices shown, at the desk or in Present. */
function renamed(presenting: boolean) {
  const first = createSampleBoard();
  const renamedBoard = { ...first, title: 'Renamed' };
  act(() => {
    useUiStore.getState().setScreen('board');
    useUiStore.getState().setPresenting(presenting);
    useBoardStore.setState({ load: { status: 'ready', board: renamedBoard }, past: [first], future: [], save: held });
    notifyUndoable('Renamed the board.');
  });
  render(<Notices />);
  /** A change after the rename, and its notice with Undo: the rename's Undo is gone with it. */
  const changeAgain = () => {
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: { ...renamedBoard, purpose: 'Who owns what.' } }, past: [first, renamedBoard], future: [] });
      notifyUndoable('Changed the purpose.');
    });
  };
  return changeAgain;
}

afterEach(() => {
  act(() => {
    useNotices.setState({ notices: [] });
    useBoardStore.setState({ load: { status: 'loading' }, past: [], future: [] });
    useUiStore.getState().setPresenting(false);
  });
});

describe('a new notice in Present', () => {
  it('takes the place of the one whose Undo went with the change after it; the newest keeps its Undo', () => {
    const changeAgain = renamed(true);
    changeAgain();
    expect(messages()).toEqual(['Changed the purpose.']);
    expect(within(screen.getByRole('region', { name: 'Notifications' })).getByRole('button', { name: 'Undo' })).toBeDefined();
  });

  it('leaves an error, and a notice focus is in, where they are', () => {
    const changeAgain = renamed(true);
    act(() => {
      notify('Not saved: the disk is full.', { tone: 'error' });
    });
    const [renameNotice] = within(screen.getByRole('region', { name: 'Notifications' })).getAllByRole('listitem');
    if (!renameNotice) throw new Error('no notice shown');
    const dismiss = within(renameNotice).getByRole('button', { name: 'Dismiss' });
    act(() => {
      dismiss.focus();
    });
    changeAgain();
    expect(messages()).toEqual(['Renamed the board.', 'Not saved: the disk is full.', 'Changed the purpose.']);
  });
});

describe('a new notice at the desk', () => {
  it('takes the place of the one whose Undo went with the change after it, as in Present; the newest keeps its Undo', () => {
    const changeAgain = renamed(false);
    changeAgain();
    expect(messages()).toEqual(['Changed the purpose.']);
    expect(within(screen.getByRole('region', { name: 'Notifications' })).getByRole('button', { name: 'Undo' })).toBeDefined();
  });

  it('leaves one whose Undo is still offered (nothing changed since) where it is', () => {
    renamed(false);
    act(() => {
      notify('Nothing to redo.');
    });
    expect(messages()).toEqual(['Renamed the board.', 'Nothing to redo.']);
  });
});

describe('a new error', () => {
  it.each([false, true])('takes the place of none (presenting: %s): it tells what went wrong with what the one before says', (presenting) => {
    renamed(presenting);
    act(() => {
      notify('Deleted 1 board for good.');
      notify('Some backups could not be deleted: no permission.', { tone: 'error' });
    });
    expect(messages()).toEqual(['Renamed the board.', 'Deleted 1 board for good.', 'Some backups could not be deleted: no permission.']);
  });
});

describe('a PDF being made', () => {
  it.each([false, true])('stays as a new notice comes (presenting: %s): it goes when the PDF is made', (presenting) => {
    const changeAgain = renamed(presenting);
    act(() => {
      notify('Making the PDF of “Revenue”.', { kind: 'progress' });
    });
    changeAgain();
    expect(messages()).toEqual(['Making the PDF of “Revenue”.', 'Changed the purpose.']);
  });
});

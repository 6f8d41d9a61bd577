/**
 * A notice stays while it is being read or its button is about to be pressed: focus in it, or the
 * pointer on it, holds it past its 8 s, and it has its whole time again once left. A notice that
 * goes with focus in it (Dismiss) hands focus on: to the next notice's button, else back to where
 * focus came into the notices from. It used to go after 8 s with focus on its Undo, taking focus
 * to the page, and Dismiss did the same.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Notices } from '../../renderer/app/Notices';
import { notify, useNotices } from '../../renderer/app/notices';
import { notifyUndoable, notifyWithAction, useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';
import { createSampleBoard } from '../../shared/sample';

const held = { status: 'failed', message: 'test', conflict: true } as const;
const messages = () => useNotices.getState().notices.map((notice) => notice.message);
const toasts = () => screen.getByRole('region', { name: 'Notifications' });

/** The board open (held, so nothing is written), two notices, and a button outside them that had focus. */
function setUp(): HTMLButtonElement {
  const before = createSampleBoard();
  act(() => {
    useUiStore.getState().setScreen('board');
    useBoardStore.setState({ load: { status: 'ready', board: { ...before, title: 'Renamed' } }, past: [before], future: [], save: held });
    notifyUndoable('Renamed the board.');
    notify('Shown at 40%.');
  });
  render(
    <>
      <button type="button">Zoom in</button>
      <Notices />
    </>,
  );
  const zoom = screen.getByRole<HTMLButtonElement>('button', { name: 'Zoom in' });
  zoom.focus();
  return zoom;
}

/** The frame in which focus is handed on (as focusAfterChange places it: board/focus.ts). */
function nextFrame() {
  act(() => {
    vi.advanceTimersByTime(20);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  act(() => {
    useNotices.setState({ notices: [] });
    useBoardStore.setState({ load: { status: 'loading' }, past: [], future: [] });
  });
  vi.useRealTimers();
});

describe('a notice held while it is read', () => {
  it('stays past its 8 s while focus is in it, and goes 8 s after focus leaves it', () => {
    const zoom = setUp();
    const undo = within(toasts()).getByRole('button', { name: 'Undo' });
    act(() => {
      undo.focus();
    });
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    // The other notice, not focused, went; this one is still there, its Undo focused.
    expect(messages()).toEqual(['Renamed the board.']);
    expect(document.activeElement).toBe(undo);
    act(() => {
      zoom.focus();
    });
    act(() => {
      vi.advanceTimersByTime(7_900);
    });
    expect(messages()).toEqual(['Renamed the board.']);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(messages()).toEqual([]);
  });

  it('stays while the pointer rests on it', () => {
    setUp();
    const [first] = within(toasts()).getAllByRole('listitem');
    if (!first) throw new Error('no notice');
    fireEvent.pointerEnter(first);
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(messages()).toEqual(['Renamed the board.']);
    fireEvent.pointerLeave(first);
    act(() => {
      vi.advanceTimersByTime(8_100);
    });
    expect(messages()).toEqual([]);
  });
});

describe('a notice of work still running (a PDF being made)', () => {
  it('stays as long as the work, and goes when the work takes it away', () => {
    setUp();
    let making = 0;
    act(() => {
      making = notify('Making the PDF of “Renamed”. When it is ready, you choose where to save it.', { kind: 'progress' });
    });
    act(() => {
      vi.advanceTimersByTime(40_000);
    });
    // The others went after their 8 s; half a minute on, the PDF is still being made, and said so.
    expect(messages()).toEqual(['Making the PDF of “Renamed”. When it is ready, you choose where to save it.']);
    expect(within(toasts()).getByText('Making the PDF of “Renamed”. When it is ready, you choose where to save it.')).toBeDefined();
    act(() => {
      useNotices.getState().dismiss(making);
    });
    expect(messages()).toEqual([]);
  });
});

describe('"Bring them back" for typing never saved', () => {
  // The only way back to that typing (Undo has Ctrl+Z): a keyboard user reached it some 50 Tabs
  // away, after its 8 s. It stays while it can still bring them back; its time starts when it can't.
  it('stays while the board is as it was left, and goes 8 s after the board changes', () => {
    const board = createSampleBoard();
    const run = vi.fn();
    act(() => {
      useUiStore.getState().setScreen('board');
      useBoardStore.setState({ load: { status: 'ready', board }, past: [], future: [], save: held });
      notifyWithAction('Your changes to “Deals closed” were not saved.', 'Bring them back', run);
      notify('Shown at 40%.');
    });
    render(<Notices />);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(messages()).toEqual(['Your changes to “Deals closed” were not saved.']);
    expect(within(toasts()).getByRole('button', { name: 'Bring them back' })).toBeDefined();
    // The board changes: its button goes, and its 8 s start.
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: { ...board, title: 'Renamed' } }, past: [board] });
    });
    expect(within(toasts()).queryByRole('button', { name: 'Bring them back' })).toBeNull();
    act(() => {
      vi.advanceTimersByTime(7_900);
    });
    expect(messages()).toEqual(['Your changes to “Deals closed” were not saved.']);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(messages()).toEqual([]);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('a notice dismissed with focus in it', () => {
  it('hands focus to the next notice’s button, and the last one back to where focus came from', () => {
    const zoom = setUp();
    const [undo, dismissFirst] = within(toasts()).getAllByRole('button');
    if (!undo || !dismissFirst) throw new Error('no buttons');
    act(() => {
      dismissFirst.focus();
    });
    fireEvent.click(dismissFirst);
    nextFrame();
    expect(messages()).toEqual(['Shown at 40%.']);
    const dismissLast = within(toasts()).getByRole('button', { name: 'Dismiss' });
    expect(document.activeElement).toBe(dismissLast);
    fireEvent.click(dismissLast);
    nextFrame();
    expect(messages()).toEqual([]);
    expect(document.activeElement).toBe(zoom);
  });
});

/**
 * The board's dropdowns choose on a choice, not on a key that only looks: an arrow or a letter on a
 * closed select opens its list (Chromium on Windows and Linux would commit at once), and a list
 * opened from the keyboard and closed with Escape chooses nothing. The browser's own list is tested
 * end to end (test/e2e/select-keys.e2e.ts); here, the handler's decisions.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { CLOSING_KEY_WAIT_MS, opensClosedSelect, stepsClosedSelect, useBoardSelect, type SelectKey } from '../../renderer/board/selectPicker';

const key = (value: string, modifiers: Partial<Pick<SelectKey, 'altKey' | 'ctrlKey' | 'metaKey' | 'isComposing'>> & { altGraph?: boolean } = {}): SelectKey => ({
  key: value,
  altKey: modifiers.altKey ?? false,
  ctrlKey: modifiers.ctrlKey ?? false,
  metaKey: modifiers.metaKey ?? false,
  isComposing: modifiers.isComposing ?? false,
  getModifierState: (name) => name === 'AltGraph' && modifiers.altGraph === true,
});

describe('which keys would step a closed select', () => {
  it('arrows, Home/End, PageUp/PageDown and typed letters step it', () => {
    for (const value of ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 's', 'S', 'é', '1', '@']) {
      expect(stepsClosedSelect(key(value)), value).toBe(true);
    }
  });

  it('Space, Enter, F4, Tab, Escape and shortcuts do not; Alt+↓ opens the list itself', () => {
    for (const value of [' ', 'Enter', 'F4', 'Tab', 'Escape', 'Shift', 'Unidentified', 'Dead', '']) {
      expect(stepsClosedSelect(key(value)), value).toBe(false);
    }
    expect(stepsClosedSelect(key('ArrowDown', { altKey: true }))).toBe(false);
    expect(stepsClosedSelect(key('z', { ctrlKey: true }))).toBe(false);
    expect(stepsClosedSelect(key('z', { metaKey: true }))).toBe(false);
    expect(stepsClosedSelect(key('a', { isComposing: true }))).toBe(false);
  });

  it('a character typed with AltGr (Ctrl+Alt on Windows) is typing', () => {
    expect(stepsClosedSelect(key('@', { ctrlKey: true, altKey: true, altGraph: true }))).toBe(true);
  });

  it('Space, Enter, F4 and Alt+↓/↑ open the list by themselves', () => {
    for (const opener of [key(' '), key('Enter'), key('F4'), key('ArrowDown', { altKey: true }), key('ArrowUp', { altKey: true })]) {
      expect(opensClosedSelect(opener), opener.key).toBe(true);
    }
    expect(opensClosedSelect(key('ArrowDown'))).toBe(false);
  });
});

function OwnerPicker({ choose }: { readonly choose: (value: string) => void }) {
  const props = useBoardSelect(choose);
  return (
    <select aria-label="Set owner of Outbound pipeline" value="" {...props}>
      <option value="">Change…</option>
      <option value="leo">Leo Fischer</option>
      <option value="priya">Priya Nair</option>
    </select>
  );
}

function setUp(showPicker: () => void = () => undefined) {
  const choose = vi.fn<(value: string) => void>();
  const view = render(<OwnerPicker choose={choose} />);
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Set owner of Outbound pipeline' });
  const opened = vi.fn(showPicker);
  select.showPicker = opened;
  /** What the browser's list does when an option is taken: the value, then `change`. */
  const listTakes = (value: string) => {
    fireEvent.change(select, { target: { value } });
  };
  return { choose, select, opened, listTakes, view };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a select that changes the board', () => {
  it('↓ on the closed select opens the list and chooses nothing', () => {
    const { choose, select, opened } = setUp();
    expect(fireEvent.keyDown(select, { key: 'ArrowDown' })).toBe(false);
    expect(opened).toHaveBeenCalledTimes(1);
    expect(choose).not.toHaveBeenCalled();
  });

  it('a letter opens the list too; Space, Alt+↓ and Ctrl+Z are left to the browser and the board', () => {
    const { select, opened } = setUp();
    expect(fireEvent.keyDown(select, { key: 'p' })).toBe(false);
    expect(fireEvent.keyDown(select, { key: ' ' })).toBe(true);
    expect(fireEvent.keyDown(select, { key: 'ArrowDown', altKey: true })).toBe(true);
    expect(fireEvent.keyDown(select, { key: 'z', ctrlKey: true })).toBe(true);
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('where the list cannot be opened, the arrow still chooses nothing', () => {
    const { choose, select } = setUp(() => {
      throw new DOMException('No user activation', 'NotAllowedError');
    });
    expect(fireEvent.keyDown(select, { key: 'End' })).toBe(false);
    expect(choose).not.toHaveBeenCalled();
  });

  it('a choice made with the mouse (or in one go) chooses at once', () => {
    const { choose, select, listTakes } = setUp();
    fireEvent.pointerDown(select);
    listTakes('priya');
    expect(choose).toHaveBeenCalledExactlyOnceWith('priya');
  });

  it('in a list opened by an arrow, Enter chooses the option reached, once, as the key comes up', () => {
    const { choose, select, listTakes } = setUp();
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    listTakes('priya');
    expect(choose).not.toHaveBeenCalled();
    fireEvent.keyUp(select, { key: 'Enter' });
    expect(choose).toHaveBeenCalledExactlyOnceWith('priya');
    fireEvent.keyUp(select, { key: 'Enter' });
    expect(choose).toHaveBeenCalledTimes(1);
  });

  it('Escape closing a list opened from the keyboard chooses nothing, though the list took what the arrows reached', () => {
    vi.useFakeTimers();
    for (const opener of [{ key: 'ArrowDown' }, { key: ' ' }, { key: 'ArrowDown', altKey: true }]) {
      const { choose, select, listTakes, view } = setUp();
      fireEvent.keyDown(select, opener);
      listTakes('leo');
      fireEvent.keyUp(select, { key: 'Escape' });
      vi.advanceTimersByTime(CLOSING_KEY_WAIT_MS * 2);
      expect(choose, opener.key).not.toHaveBeenCalled();
      view.unmount();
    }
  });

  it('a list closed with no key (a click elsewhere) keeps what it took, as Chromium does', () => {
    vi.useFakeTimers();
    const { choose, select, listTakes } = setUp();
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    listTakes('leo');
    vi.advanceTimersByTime(CLOSING_KEY_WAIT_MS - 1);
    expect(choose).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(choose).toHaveBeenCalledExactlyOnceWith('leo');
  });

  it('leaving the select (focus elsewhere, or the menu closing) keeps a choice still waiting for its key', () => {
    const first = setUp();
    fireEvent.keyDown(first.select, { key: 'ArrowDown' });
    first.listTakes('leo');
    fireEvent.blur(first.select);
    expect(first.choose).toHaveBeenCalledExactlyOnceWith('leo');
    first.view.unmount();

    const second = setUp();
    fireEvent.keyDown(second.select, { key: 'ArrowDown' });
    second.listTakes('priya');
    second.view.unmount();
    expect(second.choose).toHaveBeenCalledExactlyOnceWith('priya');
  });

  it('after a keyboard list, the next mouse choice is at once again', () => {
    const { choose, select, listTakes } = setUp();
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.keyUp(select, { key: 'Escape' });
    fireEvent.pointerDown(select);
    listTakes('leo');
    expect(choose).toHaveBeenCalledExactlyOnceWith('leo');
  });
});

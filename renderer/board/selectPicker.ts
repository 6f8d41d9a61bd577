/**
 * Selects that change the board as soon as they change ("Set owner of …", "Move to", "Assign")
 * must not change on a key that only meant to look. On Windows and Linux, Chromium (so Electron)
 * steps a closed select's value with ↑/↓/←/→, Home/End, PageUp/PageDown and type-ahead letters and
 * fires `change` at every step: one ↓ replaced an outcome's owner and wiped their authority.
 *
 * Here those keys open the list instead, as macOS does: the arrows then browse inside the open
 * list and Enter chooses. Space, Enter, Alt+↓ and F4 open it as ever. A click and a choice is
 * still one change, at once. Where the list cannot be opened this way (`showPicker` missing or
 * refused), the key does nothing: a key that commits unseen is the harm, and Space or Alt+↓ still
 * open the list.
 *
 * Escape: Chromium's open list (Windows, Linux) takes the option the arrows last reached when it
 * closes without a choice, and fires `change` for it. A list opened from the keyboard therefore
 * holds its change until the key that closed it is released: Escape drops it, any other key (or
 * no key within CLOSING_KEY_WAIT_MS: a click elsewhere) lets it through, as Chromium meant.
 */
import { useEffect, useRef, type ChangeEvent, type KeyboardEvent, type RefObject } from 'react';

/** The keys a closed select steps its value on (Chromium, Windows and Linux). */
const STEPPING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** A named key ("Enter", "F4", "Tab"): the UI Events names are all like this; a typed character never is. */
const NAMED_KEY = /^[A-Z][A-Za-z0-9]+$/u;

/** How long a change from a keyboard-opened list waits for the key that closed it to be released. */
export const CLOSING_KEY_WAIT_MS = 1000;

/** What a keydown needs to say what it does to a closed select. */
export type SelectKey = Pick<globalThis.KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'isComposing'> & {
  getModifierState(key: string): boolean;
};

/**
 * Whether the key would change a closed select's value: a navigation key or a printable character
 * (type-ahead), without Ctrl, Cmd or Alt (those are shortcuts, and Alt+↓ opens the list). AltGr
 * (Ctrl+Alt on Windows) types characters, so it counts as typing. Space opens the list natively.
 */
export function stepsClosedSelect(event: SelectKey): boolean {
  if (event.isComposing || event.metaKey) return false;
  const typing = (!event.ctrlKey && !event.altKey) || event.getModifierState('AltGraph');
  if (!typing) return false;
  if (STEPPING_KEYS.has(event.key)) return true;
  return event.key !== '' && event.key !== ' ' && !NAMED_KEY.test(event.key);
}

/** Whether the key opens a closed select's list by itself: Space, Enter, F4, Alt+↓/↑. */
export function opensClosedSelect(event: SelectKey): boolean {
  if (event.key === ' ' || event.key === 'Enter' || event.key === 'F4') return true;
  return event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp');
}

export interface BoardSelectProps {
  readonly onKeyDown: (event: KeyboardEvent<HTMLSelectElement>) => void;
  readonly onKeyUp: (event: KeyboardEvent<HTMLSelectElement>) => void;
  readonly onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  readonly onPointerDown: () => void;
  readonly onBlur: () => void;
}

interface Held {
  readonly value: string;
  readonly choose: (value: string) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

interface SelectState {
  byKeyboard: boolean;
  held: Held | null;
}

/** Ends a held change: made (`take`) or dropped; either way the select starts afresh. */
function settle(state: RefObject<SelectState>, take: boolean): void {
  const { held } = state.current;
  state.current = { byKeyboard: false, held: null };
  if (held === null) return;
  clearTimeout(held.timer);
  if (take) held.choose(held.value);
}

/**
 * The props of a select that changes the board: `choose` gets the value chosen, once, when the
 * choice is made (not when an arrow is pressed, nor when Escape closes the list).
 */
export function useBoardSelect(choose: (value: string) => void): BoardSelectProps {
  // Mutable and never drawn: a ref, so a select's keys re-render nothing.
  const state = useRef<SelectState>({ byKeyboard: false, held: null });

  // A choice still held when the select goes (its menu closed, the card scrolled away) was made.
  useEffect(
    () => () => {
      settle(state, true);
    },
    [],
  );

  return {
    onKeyDown: (event) => {
      if (opensClosedSelect(event.nativeEvent)) {
        state.current.byKeyboard = true;
        return;
      }
      if (!stepsClosedSelect(event.nativeEvent)) return;
      event.preventDefault();
      const select = event.currentTarget;
      if (typeof select.showPicker !== 'function') return;
      try {
        // The key is the user activation showPicker needs.
        select.showPicker();
        state.current.byKeyboard = true;
      } catch {
        // Refused (a disabled select, no user activation): the key does nothing rather than commit.
      }
    },
    onKeyUp: (event) => {
      if (state.current.held !== null) settle(state, event.key !== 'Escape');
    },
    onChange: (event) => {
      const { value } = event.currentTarget;
      if (!state.current.byKeyboard) {
        choose(value);
        return;
      }
      settle(state, false);
      state.current = {
        byKeyboard: true,
        held: {
          value,
          choose,
          timer: setTimeout(() => {
            settle(state, true);
          }, CLOSING_KEY_WAIT_MS),
        },
      };
    },
    onPointerDown: () => {
      // A list opened by the mouse chooses at once.
      settle(state, true);
    },
    onBlur: () => {
      settle(state, true);
    },
  };
}

/**
 * Presentation mode asks for full screen (and works without it), hides the editing chrome, and
 * leaves on Escape or when full screen ends. Ctrl+Z in a text field stays the field's own undo.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { App } from '../../renderer/app/App';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { useUiStore } from '../../renderer/store/uiStore';
import { useBoardStore } from '../../renderer/store/boardStore';
import { BoardToolbar, PRESENTATION_CONTROLS_IDLE_MS } from '../../renderer/board/BoardToolbar';
import { enterPresentation } from '../../renderer/board/view';

afterEach(async () => {
  act(() => {
    useUiStore.getState().setPresenting(false);
  });
  vi.restoreAllMocks();
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('presentation mode', () => {
  it('asks for full screen, hides editing chrome, and Escape leaves it', async () => {
    const requestFullscreen = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = requestFullscreen;
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Present' }));
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    expect(document.documentElement.classList.contains('presenting')).toBe(true);
    expect(screen.getByRole('button', { name: 'Exit presentation' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(await screen.findByRole('button', { name: 'Present' })).toBeDefined();
    expect(document.documentElement.classList.contains('presenting')).toBe(false);
  });

  it('from a field of an open outcome editor (the menu\'s Presentation Mode), focus goes to the card\'s heading, and the typing stays', async () => {
    document.documentElement.requestFullscreen = vi.fn(() => Promise.resolve());
    render(<App />);
    const card = await screen.findByRole('region', { name: 'Outbound pipeline' });
    await userEvent.click(within(card).getByRole('button', { name: 'Actions for outcome Outbound pipeline' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Edit outcome' }));
    const title = within(card).getByRole('textbox', { name: 'Title' });
    await waitFor(() => {
      expect(document.activeElement).toBe(title);
    });
    await userEvent.type(title, ' (draft)');
    await act(() => enterPresentation());
    await waitFor(() => {
      expect(document.activeElement).toBe(within(card).getByRole('heading', { name: 'Outbound pipeline' }));
    });
    expect(within(card).getByRole<HTMLInputElement>('textbox', { name: 'Title' }).value).toBe('Outbound pipeline (draft)');
  });

  it('Exit pressed before Present has drawn a frame still puts focus back on Present, not on the board\'s title', async () => {
    render(<App />);
    const present = await screen.findByRole('button', { name: 'Present' });
    present.focus();
    // Present, then Exit, with no frame between them (a quick hand, or a busy machine).
    act(() => {
      fireEvent.click(present);
    });
    const exit = screen.getByRole('button', { name: 'Exit presentation' });
    exit.focus();
    act(() => {
      fireEvent.click(exit);
    });
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Present' }));
    });
    // And stays there, the frames after.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Present' }));
  });

  it('still presents when full screen is refused', async () => {
    document.documentElement.requestFullscreen = vi.fn(() => Promise.reject(new Error('denied')));
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Present' }));
    expect(await screen.findByRole('button', { name: 'Exit presentation' })).toBeDefined();
  });
});

/**
 * A browser's full screen as Chromium keeps it: entered and left by the page or by the browser
 * itself (hold Esc, F11), each time with a fullscreenchange; and its keyboard lock, which lends the
 * page the Escape key only while held.
 */
function fakeFullScreen(keyboard: 'lockable' | 'refused' | 'missing' = 'lockable', { slowLeave = false } = {}) {
  let element: Element | null = null;
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element });
  const change = (to: Element | null) => {
    element = to;
    document.dispatchEvent(new Event('fullscreenchange'));
  };
  const requestFullscreen = vi.fn(() => {
    change(document.documentElement);
    return Promise.resolve();
  });
  // Slow, as Chromium leaves: full screen stays until the window is resized back (finishLeaving).
  let finishLeaving = (): void => undefined;
  const exitFullscreen = vi.fn(() => {
    if (!slowLeave) {
      change(null);
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      finishLeaving = () => {
        change(null);
        resolve();
      };
    });
  });
  document.documentElement.requestFullscreen = requestFullscreen;
  document.exitFullscreen = exitFullscreen;
  const lock = vi.fn((_keys?: readonly string[]) => (keyboard === 'refused' ? Promise.reject(new DOMException('denied', 'NotAllowedError')) : Promise.resolve()));
  const unlock = vi.fn();
  Object.defineProperty(navigator, 'keyboard', { configurable: true, value: keyboard === 'missing' ? undefined : { lock, unlock } });
  return {
    requestFullscreen,
    exitFullscreen,
    lock,
    unlock,
    /** The browser leaves full screen by itself; the page hears no key. */
    browserLeaves: () => {
      act(() => {
        change(null);
      });
    },
    isFullScreen: () => element !== null,
    /** A slow leave of full screen is done. */
    finishLeaving: async () => {
      await act(async () => {
        finishLeaving();
        await Promise.resolve();
      });
    },
  };
}

describe('presenting in full screen, Escape is the board\'s', () => {
  afterEach(() => {
    act(() => {
      useUiStore.getState().setScreen('board');
    });
    Reflect.deleteProperty(document, 'fullscreenElement');
    Reflect.deleteProperty(navigator, 'keyboard');
  });

  const present = async () => {
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Present' }));
    await screen.findByRole('button', { name: 'Exit presentation' });
  };

  it('locks Escape once full screen is granted, and Escape then leaves presentation, full screen and the lock', async () => {
    const browser = fakeFullScreen();
    await present();
    expect(browser.isFullScreen()).toBe(true);
    expect(browser.lock).toHaveBeenCalledTimes(1);
    expect(browser.lock).toHaveBeenCalledWith(['Escape']);
    expect(browser.unlock).not.toHaveBeenCalled();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(await screen.findByRole('button', { name: 'Present' })).toBeDefined();
    expect(browser.isFullScreen()).toBe(false);
    expect(browser.unlock).toHaveBeenCalledTimes(1);
  });

  it('when the browser leaves full screen by itself (hold Esc, F11), the presentation ends with it and the lock is released', async () => {
    const browser = fakeFullScreen();
    await present();
    browser.browserLeaves();
    expect(await screen.findByRole('button', { name: 'Present' })).toBeDefined();
    expect(document.documentElement.classList.contains('presenting')).toBe(false);
    expect(browser.unlock).toHaveBeenCalledTimes(1);
    expect(browser.exitFullscreen).not.toHaveBeenCalled();
  });

  it('when the board closes under the presentation, full screen ends too: no library left in full screen with Escape locked', async () => {
    const browser = fakeFullScreen();
    await present();
    act(() => {
      useUiStore.getState().setScreen('library');
    });
    expect(browser.isFullScreen()).toBe(false);
    expect(browser.unlock).toHaveBeenCalledTimes(1);
  });

  it.each(['refused', 'missing'] as const)('with keyboard lock %s, presents in full screen as before and Escape still leaves', async (keyboard) => {
    const browser = fakeFullScreen(keyboard);
    await present();
    expect(browser.isFullScreen()).toBe(true);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(await screen.findByRole('button', { name: 'Present' })).toBeDefined();
    expect(browser.isFullScreen()).toBe(false);
  });

  it('a second presentation locks again, Present while presenting (the menu) holds nothing twice, and a single leave releases once', async () => {
    const browser = fakeFullScreen();
    await present();
    await act(() => enterPresentation());
    expect(browser.lock).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Exit presentation' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Present' }));
    await screen.findByRole('button', { name: 'Exit presentation' });
    expect(browser.lock).toHaveBeenCalledTimes(2);
    expect(browser.unlock).toHaveBeenCalledTimes(1);
    browser.browserLeaves();
    await screen.findByRole('button', { name: 'Present' });
    expect(browser.unlock).toHaveBeenCalledTimes(2);
    expect(browser.exitFullscreen).toHaveBeenCalledTimes(1);
  });

  it('Present again while the browser is still leaving the last full screen: the new one waits for it, then holds a full screen of its own and stays', async () => {
    const browser = fakeFullScreen('lockable', { slowLeave: true });
    await present();
    fireEvent.keyDown(window, { key: 'Escape' });
    await userEvent.click(await screen.findByRole('button', { name: 'Present' }));
    await screen.findByRole('button', { name: 'Exit presentation' });
    // Still the last presentation's full screen, on its way out.
    expect(browser.requestFullscreen).toHaveBeenCalledTimes(1);
    await browser.finishLeaving();
    expect(screen.getByRole('button', { name: 'Exit presentation' })).toBeDefined();
    expect(browser.isFullScreen()).toBe(true);
    expect(browser.requestFullscreen).toHaveBeenCalledTimes(2);
    expect(browser.lock).toHaveBeenCalledTimes(2);
    // And it is this presentation's: leaving full screen ends it.
    browser.browserLeaves();
    expect(await screen.findByRole('button', { name: 'Present' })).toBeDefined();
    expect(browser.unlock).toHaveBeenCalledTimes(2);
  });
});

describe('the way out of a presentation', () => {
  it('fades once the pointer rests, comes back when it moves, and is named without its key hint', () => {
    vi.useFakeTimers();
    try {
      act(() => {
        useUiStore.getState().setPresenting(true);
      });
      render(<BoardToolbar layoutRef={{ current: null }} />);
      const exit = screen.getByRole('button', { name: 'Exit presentation' });
      expect(exit.getAttribute('aria-keyshortcuts')).toBe('Escape');
      const bar = screen.getByRole('region', { name: 'Presentation' });
      const idle = () => bar.classList.contains('toolbar--idle');
      const wait = (ms: number) => {
        act(() => {
          vi.advanceTimersByTime(ms);
        });
      };
      expect(idle()).toBe(false);
      wait(PRESENTATION_CONTROLS_IDLE_MS - 1);
      expect(idle()).toBe(false);
      wait(1);
      expect(idle()).toBe(true);
      fireEvent.pointerMove(window);
      expect(idle()).toBe(false);
      // Each move or press starts the wait again.
      wait(PRESENTATION_CONTROLS_IDLE_MS - 1);
      fireEvent.pointerDown(window);
      wait(PRESENTATION_CONTROLS_IDLE_MS - 1);
      expect(idle()).toBe(false);
      wait(1);
      expect(idle()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('keyboard undo', () => {
  it('Ctrl+Z undoes the last board change, but not while typing in a field', async () => {
    render(<App />);
    const input = await screen.findByRole('textbox', { name: 'New outcome title' });
    await userEvent.type(input, 'Churn below 2%{Enter}');
    expect(await screen.findByRole('region', { name: 'Churn below 2%' })).toBeDefined();
    await userEvent.type(input, 'x');
    fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(screen.getByRole('region', { name: 'Churn below 2%' })).toBeDefined();
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(screen.queryByRole('region', { name: 'Churn below 2%' })).toBeNull();
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(screen.getByRole('region', { name: 'Churn below 2%' })).toBeDefined();
    expect(useBoardStore.getState().future).toHaveLength(0);
  });

  it('Ctrl+Z on a select (an owner just chosen) undoes the board change: a select has no undo of its own', async () => {
    render(<App />);
    const select = await screen.findByRole('combobox', { name: 'Set owner of Deals closed' });
    await userEvent.selectOptions(select, 'Leo Fischer');
    expect(await screen.findByText('Owner: Leo Fischer')).toBeDefined();
    fireEvent.keyDown(select, { key: 'z', ctrlKey: true });
    expect(screen.queryByText('Owner: Leo Fischer')).toBeNull();
  });
});

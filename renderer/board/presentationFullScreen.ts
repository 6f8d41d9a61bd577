/**
 * The full screen a presentation holds, and its Escape key.
 *
 * In full screen the browser (and Electron) takes Escape for itself and leaves full screen; the
 * page never hears the key. A facilitator cancelling a drag with Escape threw the wall out of full
 * screen in front of the room. The Keyboard Lock API lends the key back: with Escape locked in
 * full screen the page entered, Escape is an ordinary keydown (the board cancels a drag with it,
 * or leaves the presentation), and the browser's way out becomes press-and-hold Esc, which it
 * announces itself. Where the API is missing or refused (Firefox, Safari, a denied permission)
 * nothing changes: Escape leaves full screen and the presentation follows.
 *
 * One state is the truth: `presenting`. Whichever way it ends (the Exit button, Escape, the board
 * closing under it) full screen and the lock end with it; whichever way full screen ends (hold
 * Esc, F11, the window manager) the lock is released and presenting ends.
 */
import { useUiStore } from '../store/uiStore';

/** The part of `navigator.keyboard` (not in TypeScript's DOM types: Chromium only) used here. */
interface KeyboardLock {
  lock(keyCodes?: readonly string[]): Promise<void>;
  unlock(): void;
}

function keyboardLock(): KeyboardLock | null {
  const keyboard = (navigator as Navigator & { keyboard?: Partial<KeyboardLock> }).keyboard;
  return typeof keyboard?.lock === 'function' && typeof keyboard.unlock === 'function' ? (keyboard as KeyboardLock) : null;
}

/**
 * A leave of full screen under way. The browser takes its time (the window is resized back):
 * until it is done `document.fullscreenElement` still names the page, and the leave's
 * fullscreenchange comes after. Present pressed again meanwhile waits for it, or the new
 * presentation would take the leaving full screen for its own and end when it went.
 */
let leaving: Promise<void> | null = null;

/** Leaves full screen if the page is in it; a refusal (already leaving) is no error. */
export function leaveFullScreen(): Promise<void> {
  if (leaving || !document.fullscreenElement) return fullScreenLeft();
  const left: Promise<void> = document
    .exitFullscreen()
    .catch(() => {
      // Already left full screen.
    })
    .finally(() => {
      if (leaving === left) leaving = null;
    });
  leaving = left;
  return left;
}

/** Settles once a leave of full screen under way (if any) is done. */
export function fullScreenLeft(): Promise<void> {
  return leaving ?? Promise.resolve();
}

/** Whether a presentation's full screen is being held (there is one window, so one hold at most). */
let holding = false;

/**
 * Called once the presentation's full screen was granted: locks Escape, and ties full screen and
 * the lock to `presenting` until either ends.
 */
export async function holdFullScreenWhilePresenting(): Promise<void> {
  if (!useUiStore.getState().presenting) {
    // Ended while full screen was being granted: no full screen without a presentation.
    await leaveFullScreen();
    return;
  }
  // Present again while presenting (the menu's command): the hold in place stays the one.
  if (!document.fullscreenElement || holding) return;
  holding = true;
  const keyboard = keyboardLock();
  const hold = { released: false };
  const release = () => {
    if (hold.released) return;
    hold.released = true;
    holding = false;
    stopFollowing();
    document.removeEventListener('fullscreenchange', onFullScreenChange);
    keyboard?.unlock();
    if (!useUiStore.getState().presenting) void leaveFullScreen();
  };
  const stopFollowing = useUiStore.subscribe((state) => {
    if (!state.presenting) release();
  });
  // Full screen ended under the presentation (hold Esc, F11, the window manager): so does the
  // presentation. Only a hold of this presentation's own full screen hears it: the leave of the
  // last one, finishing late, is not this one's end.
  const onFullScreenChange = () => {
    if (document.fullscreenElement) return;
    release();
    if (useUiStore.getState().presenting) useUiStore.getState().setPresenting(false);
  };
  document.addEventListener('fullscreenchange', onFullScreenChange);
  if (!keyboard) return;
  try {
    await keyboard.lock(['Escape']);
  } catch {
    // Refused (a permission denied, not top-level): Escape stays the browser's way out of full screen.
    return;
  }
  // Ended while the lock was being granted: a lock granted after its release would outlive it.
  if (hold.released) keyboard.unlock();
}

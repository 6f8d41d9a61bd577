/**
 * The app's look, light or dark: the computer's (System, the default) or the one a person chose in
 * the app (the library's Appearance, or the desktop's View → Appearance, useMenuCommands.ts). The
 * colours are app.css's: `color-scheme` picks each colour's light or dark value, and follows the
 * computer's scheme by itself, as it changes. A choice here only sets `data-theme` on <html>, which
 * app.css gives the last word. A facilitator projecting on a wall can so force Light whatever the
 * laptop's scheme.
 *
 * The choice is the computer's, not a board's: kept in localStorage, which is read synchronously.
 * The page's first script (shared/themeBoot.ts, inline) sets it on <html> before the first frame,
 * as the app's bundle is still loading; boot.ts then starts this module. The print view is always light
 * (print.css), whatever is chosen here.
 */

import { DEFAULT_THEME, isThemeChoice, THEME_KEY, type ThemeChoice } from '../../shared/theme';
import { getBridge } from '../platform/bridge';

// The choices themselves are shared with the desktop's View menu, which offers them too.
export { DEFAULT_THEME, isThemeChoice, THEME_CHOICES, THEME_KEY, THEME_LABELS, type ThemeChoice } from '../../shared/theme';

/**
 * The window's localStorage, or null where it cannot be had: reading the property itself throws
 * where the browser refuses storage to the page.
 */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The choice kept, or System where none is (or what is kept is not a choice, or cannot be read). */
export function readThemeChoice(from: Storage | null = storage()): ThemeChoice {
  try {
    const kept = from?.getItem(THEME_KEY);
    return isThemeChoice(kept) ? kept : DEFAULT_THEME;
  } catch {
    return DEFAULT_THEME;
  }
}

/** Shows the choice: Light or Dark on <html>; System leaves it to the computer's scheme. */
export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

const listeners = new Set<() => void>();
let current: ThemeChoice = DEFAULT_THEME;

/**
 * The desktop is told what is shown, so the window's own parts (title bar, native dialogs) and the
 * View menu's check mark follow it (electron/appearance.ts); a browser's bridge does nothing. The
 * page's look does not wait for it, and does not depend on it: a refusal is let go.
 */
function tellShell(choice: ThemeChoice): void {
  getBridge()
    .setAppearance(choice)
    .catch(() => undefined);
}

function show(choice: ThemeChoice): void {
  current = choice;
  applyTheme(choice);
  tellShell(choice);
  for (const listener of listeners) listener();
}

/**
 * A person's choice: shown at once and kept. Where it cannot be kept (storage full or refused),
 * it is shown all the same, for as long as the window is open.
 */
export function chooseTheme(choice: ThemeChoice): void {
  try {
    const kept = storage();
    if (choice === DEFAULT_THEME) kept?.removeItem(THEME_KEY);
    else kept?.setItem(THEME_KEY, choice);
  } catch {
    // Shown, not kept: a look is not worth a message.
  }
  show(choice);
}

/** The choice shown, for useSyncExternalStore. */
export const currentTheme = (): ThemeChoice => current;

/** Calls `listener` whenever the choice changes, here or in another window of the app. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * At start, before anything is drawn: the kept choice, shown (and told to the desktop, whose menu
 * and window follow it). A choice made in another window of the app (a second board, the library)
 * is followed here too, as the storage event tells of it.
 */
export function startTheme(): void {
  show(readThemeChoice());
  window.addEventListener('storage', (event) => {
    if (event.key === THEME_KEY || event.key === null) show(readThemeChoice());
  });
}

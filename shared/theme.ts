/**
 * The app's looks a person can choose, shared by the page that shows them (renderer/app/theme.ts,
 * which keeps the choice) and the desktop's View menu that offers them (electron/menu.ts), so the
 * menu can never send a look the page does not know.
 */
import { isOneOf } from './oneOf';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The look with nothing chosen: the computer's. */
export const DEFAULT_THEME: ThemeChoice = 'system';

/** What the Appearance control and the View menu show for each choice. */
export const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

export const isThemeChoice = (value: unknown): value is ThemeChoice => isOneOf(THEME_CHOICES, value);

/**
 * The key of the choice in the page's localStorage: read by the page's first script
 * (shared/themeBoot.ts) and kept by renderer/app/theme.ts.
 */
export const THEME_KEY = 'ownership-board.theme';

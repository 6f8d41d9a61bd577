/**
 * The app's look (System, Light or Dark) on the main process's side: the page keeps the choice
 * (renderer/app/theme.ts, in its localStorage) and tells it here (the bridge's setAppearance, at the
 * page's start and on every change); this sets Electron's nativeTheme.themeSource from it, so the
 * window's own parts — title bar, native menus and dialogs, the OS's scroll bars — follow the app's
 * choice rather than the computer's, and tells main.ts, which checks it in View → Appearance.
 *
 * It is also kept in userData/appearance.json (written like the other settings files,
 * settingsFiles.ts), and read at the next launch before the first window opens: so that window's
 * background (window.ts, from nativeTheme.shouldUseDarkColors) is already the chosen one before the
 * page has painted or spoken. The file is untrusted on reading: anything but a choice is System.
 */
import type { NativeTheme } from 'electron';
import { DEFAULT_THEME, isThemeChoice, type ThemeChoice } from '../shared/theme';
import { ofVersion, settingsText, type SettingsFiles } from './settingsFiles';

export const APPEARANCE_FILE = 'appearance.json';
const APPEARANCE_VERSION = 1;

/** The stored choice, or null when the file's content is not one we wrote. */
export function parseAppearance(raw: unknown): ThemeChoice | null {
  const choice = ofVersion(raw, APPEARANCE_VERSION)?.choice;
  return isThemeChoice(choice) ? choice : null;
}

export function serializeAppearance(choice: ThemeChoice): string {
  return settingsText(APPEARANCE_VERSION, { choice });
}

export interface AppearanceDeps {
  readonly settings: SettingsFiles;
  /** Electron's nativeTheme, or a fake in tests. */
  readonly nativeTheme: Pick<NativeTheme, 'themeSource'>;
  /** The choice changed (not at load): main.ts rebuilds the menu. */
  readonly onChange: (choice: ThemeChoice) => void;
}

export class Appearance {
  private choice: ThemeChoice = DEFAULT_THEME;

  constructor(private readonly deps: AppearanceDeps) {}

  /** The choice the window follows and the menu checks. */
  get current(): ThemeChoice {
    return this.choice;
  }

  /** Reads userData/appearance.json and follows it (at start-up, before the first window opens). */
  async load(): Promise<void> {
    this.choice = parseAppearance(await this.deps.settings.read(APPEARANCE_FILE)) ?? DEFAULT_THEME;
    this.deps.nativeTheme.themeSource = this.choice;
  }

  /**
   * The page shows `choice`: the window follows it, it is kept for the next launch, and the menu is
   * told. The same choice again (each page's start says it) changes and writes nothing.
   */
  set(choice: ThemeChoice): void {
    if (choice === this.choice) return;
    this.choice = choice;
    this.deps.nativeTheme.themeSource = choice;
    this.deps.settings.write(APPEARANCE_FILE, serializeAppearance(choice));
    this.deps.onChange(choice);
  }
}

/**
 * "Open recent": the last boards the user opened or exported, newest first, at most ten, kept in
 * userData/recent.json and also handed to the OS (app.addRecentDocument: the Dock menu on macOS,
 * the jump list on Windows, recently-used on Linux).
 *
 * The file is read as untrusted input: entries that are not absolute paths to a .json file are
 * dropped, so a corrupt or edited file can never make the menu open something else.
 */
import { isStoredPath, ofVersion, settingsText, type SettingsFiles } from './settingsFiles';

export const RECENT_FILES_FILE = 'recent.json';
export const MAX_RECENT_FILES = 10;
const RECENT_FILES_VERSION = 1;

/** An absolute path to a board file (the open dialog and the OS hand out absolute paths). */
export function isRecentFilePath(value: unknown): value is string {
  return isStoredPath(value) && value.toLowerCase().endsWith('.json');
}

function limited(list: readonly string[]): string[] {
  return [...new Set(list)].slice(0, MAX_RECENT_FILES);
}

/** The list in recent.json, valid entries only; an unreadable file is an empty list. */
export function parseRecentFiles(raw: unknown): string[] {
  const files = ofVersion(raw, RECENT_FILES_VERSION)?.files;
  return Array.isArray(files) ? limited(files.filter(isRecentFilePath)) : [];
}

export function serializeRecentFiles(list: readonly string[]): string {
  return settingsText(RECENT_FILES_VERSION, { files: list });
}

/** `filePath` first, without duplicates, at most MAX_RECENT_FILES. */
export function withRecentFile(list: readonly string[], filePath: string): string[] {
  return limited([filePath, ...list.filter((entry) => entry !== filePath)]);
}

export interface RecentFilesDeps {
  readonly settings: SettingsFiles;
  /** Rebuild the menu. */
  readonly onChange: (list: readonly string[]) => void;
  /** app.addRecentDocument / app.clearRecentDocuments. */
  readonly addToOs: (filePath: string) => void;
  readonly clearOs: () => void;
}

export class RecentFiles {
  private files: readonly string[] = [];

  constructor(private readonly deps: RecentFilesDeps) {}

  get list(): readonly string[] {
    return this.files;
  }

  async load(): Promise<void> {
    this.files = parseRecentFiles(await this.deps.settings.read(RECENT_FILES_FILE));
    this.deps.onChange(this.files);
  }

  add(filePath: string): void {
    if (!isRecentFilePath(filePath)) return; // e.g. a CSV export: not a board to reopen
    this.deps.addToOs(filePath);
    this.update(withRecentFile(this.files, filePath));
  }

  remove(filePath: string): void {
    if (this.files.includes(filePath)) this.update(this.files.filter((entry) => entry !== filePath));
  }

  clear(): void {
    this.deps.clearOs();
    this.update([]);
  }

  private update(next: readonly string[]): void {
    const changed = next.length !== this.files.length || next.some((entry, index) => entry !== this.files[index]);
    this.files = next;
    if (!changed) return;
    this.deps.settings.write(RECENT_FILES_FILE, serializeRecentFiles(next));
    this.deps.onChange(next);
  }
}

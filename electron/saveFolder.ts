/**
 * The folder the save dialog starts in: where the last file was saved, so a PDF and then the
 * board's file (or each board of a workshop) land side by side without looking for the folder
 * again — also after a restart. Kept in userData/save-folder.json, written like the other
 * settings files (settingsFiles.ts: atomic, waited for when quitting).
 *
 * The stored value is untrusted on the next start (a corrupt or hand-edited file) and is handed to
 * the save dialog, so only an absolute path of bounded length is taken (settingsFiles.isStoredPath),
 * and only while it is still a folder: one that was deleted, renamed or is on a drive no longer
 * attached gives way to Documents.
 */
import { stat } from 'node:fs/promises';
import { isRecord, isStoredPath, type SettingsFiles } from './settingsFiles';

export const SAVE_FOLDER_FILE = 'save-folder.json';
const SAVE_FOLDER_VERSION = 1;

/** The stored folder, or null when the file's content is not one we wrote. */
export function parseSaveFolder(raw: unknown): string | null {
  if (!isRecord(raw) || raw.version !== SAVE_FOLDER_VERSION || !isStoredPath(raw.folder)) return null;
  return raw.folder;
}

export function serializeSaveFolder(folder: string): string {
  return `${JSON.stringify({ version: SAVE_FOLDER_VERSION, folder }, null, 2)}\n`;
}

/** True for an existing folder (not a file); false when it is gone or cannot be looked at. */
export async function isExistingFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

export interface SaveFolderDeps {
  readonly settings: SettingsFiles;
  /** isExistingFolder, or a fake in tests. */
  readonly isFolder: (folder: string) => Promise<boolean>;
}

export class SaveFolder {
  private folder: string | null = null;

  constructor(private readonly deps: SaveFolderDeps) {}

  /** Reads userData/save-folder.json (at start-up, before the window opens). */
  async load(): Promise<void> {
    this.folder = parseSaveFolder(await this.deps.settings.read(SAVE_FOLDER_FILE));
  }

  /** Where the save dialog starts: the last folder while it still is one, else null (Documents). */
  async current(): Promise<string | null> {
    const folder = this.folder;
    return folder !== null && (await this.deps.isFolder(folder)) ? folder : null;
  }

  /** A file was saved in `folder`: the next dialog, in this run or the next, starts there. */
  remember(folder: string): void {
    if (folder === this.folder || !isStoredPath(folder)) return;
    this.folder = folder;
    this.deps.settings.write(SAVE_FOLDER_FILE, serializeSaveFolder(folder));
  }
}

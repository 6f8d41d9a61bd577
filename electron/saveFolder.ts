/**
 * The folder the save dialog starts in: where the last file was saved, so a PDF and then the
 * board's file (or each board of a workshop) land side by side without looking for the folder
 * again — also after a restart. Kept in userData/save-folder.json, written like the other
 * settings files (settingsFiles.ts: atomic, waited for when quitting).
 *
 * The stored value is untrusted on the next start (a corrupt or hand-edited file) and is handed to
 * the save dialog, so only an absolute path of bounded length is taken (settingsFiles.isStoredPath),
 * and only while it is still a folder: one that was deleted, renamed or is on a drive no longer
 * attached gives way to Documents. So does one that does not answer in time (see
 * SAVE_FOLDER_CHECK_TIMEOUT_MS): a folder on a network share out of reach.
 */
import { stat } from 'node:fs/promises';
import { isStoredPath, ofVersion, settingsText, type SettingsFiles } from './settingsFiles';

export const SAVE_FOLDER_FILE = 'save-folder.json';
const SAVE_FOLDER_VERSION = 1;

/** The stored folder, or null when the file's content is not one we wrote. */
export function parseSaveFolder(raw: unknown): string | null {
  const folder = ofVersion(raw, SAVE_FOLDER_VERSION)?.folder;
  return isStoredPath(folder) ? folder : null;
}

export function serializeSaveFolder(folder: string): string {
  return settingsText(SAVE_FOLDER_VERSION, { folder });
}

/** True for an existing folder (not a file); false when it is gone or cannot be looked at. */
export async function isExistingFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * How long the look at the stored folder may take (ms). A folder on a network share that is out
 * of reach (the office share, from home) can keep the system's answer for a minute or more, and
 * every "Save" and "Export" waited for it before its dialog opened: the app looked broken.
 * A local or reachable folder answers in milliseconds.
 */
export const SAVE_FOLDER_CHECK_TIMEOUT_MS = 3000;

/** What the log says when the stored folder did not answer in time. */
export function unreachableFolderMessage(folder: string): string {
  return `The folder of the last save, ${folder}, did not answer within ${SAVE_FOLDER_CHECK_TIMEOUT_MS / 1000} seconds (a network drive out of reach?), so the save dialog starts in Documents.`;
}

/** A look at a folder that has not answered yet. */
interface Look {
  readonly folder: string;
  readonly answer: Promise<boolean>;
  /** It has taken longer than the time limit. */
  overdue: boolean;
}

export interface SaveFolderDeps {
  readonly settings: SettingsFiles;
  /** isExistingFolder, or a fake in tests. */
  readonly isFolder: (folder: string) => Promise<boolean>;
}

export class SaveFolder {
  private folder: string | null = null;
  private look: Look | null = null;

  constructor(private readonly deps: SaveFolderDeps) {}

  /** Reads userData/save-folder.json (at start-up, before the window opens). */
  async load(): Promise<void> {
    this.folder = parseSaveFolder(await this.deps.settings.read(SAVE_FOLDER_FILE));
  }

  /**
   * Where the save dialog starts: the last folder while it still is one and answers within
   * SAVE_FOLDER_CHECK_TIMEOUT_MS, else null (Documents).
   */
  async current(): Promise<string | null> {
    const folder = this.folder;
    return folder !== null && (await this.answersAsFolder(folder)) ? folder : null;
  }

  private answersAsFolder(folder: string): Promise<boolean> {
    // A look that has not answered is not started again: each one holds one of the few threads
    // Node does file work on (four by default), and with all of them stuck on the share no file
    // of the app could be written. One that is already overdue is not waited for a second time.
    const unanswered = this.look?.folder === folder ? this.look : null;
    if (unanswered?.overdue === true) {
      console.warn(unreachableFolderMessage(folder));
      return Promise.resolve(false);
    }
    const look = unanswered ?? this.startLook(folder);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        look.overdue = true;
        console.warn(unreachableFolderMessage(folder));
        resolve(false);
      }, SAVE_FOLDER_CHECK_TIMEOUT_MS);
      void look.answer.then((isFolder) => {
        clearTimeout(timer);
        resolve(isFolder);
      });
    });
  }

  private startLook(folder: string): Look {
    const look: Look = { folder, answer: this.deps.isFolder(folder).catch(() => false), overdue: false };
    this.look = look;
    void look.answer.then(() => {
      if (this.look === look) this.look = null;
    });
    return look;
  }

  /** A file was saved in `folder`: the next dialog, in this run or the next, starts there. */
  remember(folder: string): void {
    if (folder === this.folder || !isStoredPath(folder)) return;
    this.folder = folder;
    this.deps.settings.write(SAVE_FOLDER_FILE, serializeSaveFolder(folder));
  }
}

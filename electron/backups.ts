/**
 * Rolling backups of each board on disk, because Chromium may reset the IndexedDB that holds the
 * boards when the disk fills up (architecture.md). The renderer sends a board as export-file text
 * after it was saved; this module keeps it as
 *
 *   userData/backups/<board id>/<UTC time, ':' as '-'>.ownership.json   the board file itself
 *   userData/backups/<board id>/<UTC time, ':' as '-'>.meta.json        {"version":1,"boardId","title","boardUpdatedAt"}
 *
 * and deletes all but the newest BACKUPS_PER_BOARD of each board after every write (never the
 * one just written; a clock set back does not make a new backup the oldest, see nextBackupName).
 * The small sidecar is what makes listing cheap: the restore list needs titles, and reading them
 * out of up to 20 MB × 20 × every board would stall the app. It also holds the board's updatedAt,
 * so the renderer can tell whether a backup already holds the board as it is without trusting the
 * clock (older sidecars have none; the field is optional, so the version stays 1). Each backup is an ordinary export
 * file, so a person can also open one with File → Open.
 *
 * Writes are atomic (the file system writes a temporary file and renames it), one at a time per
 * board (so pruning never races a write), and tracked so quitting waits for them. The file system
 * and the clock are injected; the tests use fakes and a temporary folder.
 */
import { mkdir, readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import {
  BACKUPS_PER_BOARD,
  backupFileName,
  backupTimeOf,
  isBoardStamp,
  isSafeBackupBoardId,
  parseBackupId,
  type BackupEntry,
  type DeleteBackupsResult,
  type OpenFileResult,
  type WriteBackupRequest,
  type WriteBackupResult,
} from '../shared/ipc';
import { nodeFileSystem, readFileForRenderer, type FileSystem } from './ipc';
import { errorCode, isRecord } from './settingsFiles';

/** What backups need beyond reading and writing one file. */
export interface BackupFileSystem extends FileSystem {
  /** Creates the folder and its parents; fine when it exists. */
  makeDirectory(directory: string): Promise<void>;
  /** The names in a folder; [] when the folder does not exist (or is not a folder). */
  list(directory: string): Promise<string[]>;
  /** Deletes a file; fine when it is already gone. */
  remove(filePath: string): Promise<void>;
  /** Deletes an empty folder; fine when it is already gone; fails when something is left in it. */
  removeDirectory(directory: string): Promise<void>;
}

export interface BackupStore {
  write(request: WriteBackupRequest): Promise<WriteBackupResult>;
  /** Every backup, newest first. Folders and files the app did not write are ignored. */
  list(): Promise<readonly BackupEntry[]>;
  read(id: string): Promise<OpenFileResult>;
  /**
   * Deletes every backup of these boards, with their sidecars and folders (the boards were deleted
   * for good). Files the app did not write are left, and so is their folder. Waits for a backup of
   * the same board that is being written.
   */
  forget(boardIds: readonly string[]): Promise<DeleteBackupsResult>;
}

export interface BackupStoreDeps {
  /** userData/backups */
  readonly directory: string;
  readonly files: BackupFileSystem;
  /** Now as an ISO string (the backup's name). */
  readonly now?: () => string;
  /** Tracks a write so quitting waits for it (settingsFiles.PendingWrites#track). */
  readonly track?: (write: Promise<unknown>) => void;
  readonly keep?: number;
}

/** The title shown when a backup's sidecar is missing or damaged and no other backup has one. */
export const UNKNOWN_BACKUP_TITLE = 'Untitled board';

/** Sidecars hold an id and a title of at most 200 characters; anything larger is not ours. */
const MAX_META_BYTES = 16 * 1024;
const META_VERSION = 1;

export const BACKUP_DISK_FULL_MESSAGE =
  'The disk is full, so the backup copy of this board could not be written. Free some space on this computer.';

/** Why a backup was not written, in words a facilitator can act on. */
export function backupErrorMessage(error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return BACKUP_DISK_FULL_MESSAGE;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'The app is not allowed to write to its backups folder, so the backup copy of this board was not written.';
    case null:
      return 'The backup copy of this board could not be written because of an unexpected error.';
    default:
      return `The backup copy of this board could not be written (error ${code}).`;
  }
}

/** A backup's title, beside it (see metaNameOf). */
const isSidecar = (name: string) => name.endsWith('.meta.json');
/** What a write cut off leaves (the atomic write's temporary name). */
const isTemporaryFile = (name: string) => name.startsWith('.') && name.endsWith('.tmp');
/** What this app writes into a board's backup folder: backups, their sidecars, temporary files. */
const isWrittenByApp = (name: string) => backupTimeOf(name) !== null || isSidecar(name) || isTemporaryFile(name);

/** "2026-…Z.ownership.json" -> "2026-…Z.meta.json" */
function metaNameOf(backupName: string): string {
  return backupName.replace(/\.ownership\.json$/u, '.meta.json');
}

/**
 * The name of a new backup: the clock's, unless that does not sort after every backup already
 * there — the clock was set back, or the same millisecond came round twice. Then it is the newest
 * one's time plus a millisecond. Names are what orders backups (pruning keeps the newest names,
 * the restore list shows the newest first), so a new backup named earlier than the others would
 * pass for the oldest. Its time in the restore list is then a moment after the one before it,
 * which is where it belongs.
 */
export function nextBackupName(clockName: string, existing: readonly string[]): string {
  const newest = existing.filter((name) => backupTimeOf(name) !== null).sort().at(-1);
  if (newest === undefined || clockName > newest) return clockName;
  const after = backupFileName(new Date(Date.parse(backupTimeOf(newest) ?? '') + 1).toISOString());
  // Past the year 9999 no name is later (pruning still keeps the new backup); a backup of that
  // time is only ever planted by hand.
  return backupTimeOf(after) === null ? clockName : after;
}

export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const { directory, files } = deps;
  const now = deps.now ?? (() => new Date().toISOString());
  const keep = deps.keep ?? BACKUPS_PER_BOARD;
  // One write at a time per board: a prune must not delete what a write is about to list.
  const queues = new Map<string, Promise<unknown>>();

  /** The board's folder, or null when the id could name anything but a folder inside ours. */
  const folderOf = (boardId: string): string | null => {
    if (!isSafeBackupBoardId(boardId)) return null;
    // The id's characters already rule out separators and dots; this says it once more in paths.
    const folder = path.join(directory, boardId);
    return path.dirname(path.resolve(folder)) === path.resolve(directory) ? folder : null;
  };

  /**
   * Keeps the backup just written and the newest others, `keep` in all; also clears sidecars
   * without a backup and stale temporary files. The one just written is kept whatever its name:
   * it is the board as it is now, and the write has already said "saved".
   */
  const prune = async (folder: string, written: string): Promise<void> => {
    const names = await files.list(folder);
    const others = names.filter((name) => name !== written && backupTimeOf(name) !== null).sort().reverse();
    const backups = [written, ...others];
    const kept = new Set(backups.slice(0, keep).map(metaNameOf));
    const doomed = [
      ...backups.slice(keep),
      ...names.filter((name) => isSidecar(name) && !kept.has(name)),
      // Left by a write that was cut off (crash, power loss); no write of this board is running.
      ...names.filter(isTemporaryFile),
    ];
    for (const name of new Set(doomed)) await files.remove(path.join(folder, name));
  };

  const writeNow = async ({ boardId, title, boardUpdatedAt, json }: WriteBackupRequest): Promise<WriteBackupResult> => {
    const folder = folderOf(boardId);
    if (folder === null) return { status: 'failed', message: 'The board id of the backup may only hold letters, digits, "-" and "_".' };
    let metaPath: string | null = null;
    let name: string;
    try {
      name = nextBackupName(backupFileName(now()), await files.list(folder));
      metaPath = path.join(folder, metaNameOf(name));
      await files.makeDirectory(folder);
      // The sidecar first: a backup file only ever appears with its title beside it.
      await files.writeFile(metaPath, `${JSON.stringify({ version: META_VERSION, boardId, title, boardUpdatedAt })}\n`);
      await files.writeFile(path.join(folder, name), json);
    } catch (error) {
      // The board file is written to a temporary name and renamed, so it is whole or absent;
      // a sidecar without its board would only be clutter.
      if (metaPath !== null) await files.remove(metaPath).catch(() => undefined);
      if (errorCode(error) === null) console.error('A backup could not be written', error);
      return { status: 'failed', message: backupErrorMessage(error) };
    }
    try {
      await prune(folder, name);
    } catch (error) {
      // The new backup is safe; old ones linger until the next write tries again.
      console.warn(`Old backups in ${folder} could not be deleted`, error);
    }
    return { status: 'saved' };
  };

  /**
   * What a sidecar says — the title, and the board's updatedAt if it has one — or null when it is
   * missing, too large, not UTF-8 JSON or not ours.
   */
  const readMeta = async (folder: string, boardId: string, backupName: string): Promise<{ title: string; boardUpdatedAt: string | null } | null> => {
    const metaPath = path.join(folder, metaNameOf(backupName));
    try {
      if ((await files.fileSize(metaPath)) > MAX_META_BYTES) return null;
      const text = new TextDecoder('utf-8', { fatal: true }).decode(await files.readFile(metaPath));
      const meta: unknown = JSON.parse(text);
      if (!isRecord(meta) || meta.boardId !== boardId || typeof meta.title !== 'string') return null;
      return { title: Array.from(meta.title).slice(0, 200).join(''), boardUpdatedAt: isBoardStamp(meta.boardUpdatedAt) ? meta.boardUpdatedAt : null };
    } catch {
      return null;
    }
  };

  const listBoard = async (boardId: string): Promise<BackupEntry[]> => {
    const folder = folderOf(boardId);
    if (folder === null) return [];
    const names = (await files.list(folder)).filter((name) => backupTimeOf(name) !== null);
    const found: { entry: Omit<BackupEntry, 'title'>; title: string | null }[] = [];
    for (const name of names) {
      const savedAt = backupTimeOf(name);
      if (savedAt === null) continue;
      let bytes: number;
      try {
        bytes = await files.fileSize(path.join(folder, name));
      } catch {
        continue; // gone meanwhile, or a folder with a backup's name
      }
      const meta = await readMeta(folder, boardId, name);
      found.push({ entry: { id: `${boardId}/${name}`, boardId, savedAt, boardUpdatedAt: meta?.boardUpdatedAt ?? null, bytes }, title: meta?.title ?? null });
    }
    // A backup whose sidecar was lost is still worth restoring: it borrows the newest known title.
    const newestTitle = [...found].sort((a, b) => b.entry.savedAt.localeCompare(a.entry.savedAt)).find((item) => item.title !== null)?.title;
    return found.map(({ entry, title }) => ({ ...entry, title: title ?? newestTitle ?? UNKNOWN_BACKUP_TITLE }));
  };

  /** Runs `work` after whatever this board's queue holds (writes, deletions), in order. */
  const enqueue = <T>(boardId: string, work: () => Promise<T>, failed: (error: unknown) => T): Promise<T> => {
    const previous = queues.get(boardId) ?? Promise.resolve();
    const next = previous.then(work).catch(failed);
    queues.set(boardId, next);
    void next.then(() => {
      if (queues.get(boardId) === next) queues.delete(boardId);
    });
    deps.track?.(next);
    return next;
  };

  const forgetNow = async (boardId: string): Promise<void> => {
    const folder = folderOf(boardId);
    if (folder === null) return;
    const names = await files.list(folder);
    for (const name of names.filter(isWrittenByApp)) await files.remove(path.join(folder, name));
    if (names.every(isWrittenByApp)) await files.removeDirectory(folder);
  };

  return {
    write(request) {
      return enqueue(
        request.boardId,
        () => writeNow(request),
        (error: unknown): WriteBackupResult => ({ status: 'failed', message: backupErrorMessage(error) }),
      );
    },

    async forget(boardIds) {
      const results = await Promise.all(
        boardIds.map((boardId) =>
          enqueue(
            boardId,
            async (): Promise<string | null> => {
              await forgetNow(boardId);
              return null;
            },
            (error: unknown) => {
              console.error(`The backups of ${boardId} could not be deleted`, error);
              return backupErrorMessage(error);
            },
          ),
        ),
      );
      const failure = results.find((message) => message !== null);
      return failure == null ? { status: 'deleted' } : { status: 'failed', message: `Some backups could not be deleted: ${failure}` };
    },

    async list() {
      const boards = (await files.list(directory)).filter(isSafeBackupBoardId);
      const entries = (await Promise.all(boards.map(listBoard))).flat();
      return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id));
    },

    async read(id) {
      const parsed = parseBackupId(id);
      if (!parsed.ok) return { status: 'failed', message: parsed.error };
      const [boardId = '', fileName = ''] = parsed.value.split('/');
      const folder = folderOf(boardId);
      if (folder === null) return { status: 'failed', message: 'That is not a backup this app wrote.' };
      return readFileForRenderer(path.join(folder, fileName), files);
    },
  };
}

function isMissingFolder(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** The real file system: nodeFileSystem's atomic writes plus folders. */
export const nodeBackupFileSystem: BackupFileSystem = {
  ...nodeFileSystem,
  async makeDirectory(directory) {
    await mkdir(directory, { recursive: true });
  },
  async list(directory) {
    try {
      return await readdir(directory);
    } catch (error) {
      if (isMissingFolder(error)) return [];
      throw error;
    }
  },
  async remove(filePath) {
    await rm(filePath, { force: true });
  },
  async removeDirectory(directory) {
    try {
      await rmdir(directory);
    } catch (error) {
      if (!isMissingFolder(error)) throw error;
    }
  },
};

/**
 * The main-process side of the bridge (shared/ipc.ts): the only code that reads or writes the
 * user's files on the renderer's behalf.
 *
 * Every handler first checks that the message comes from the app's own top-level page, then
 * treats the payload as `unknown` and validates it with the shared parsers. Electron, the dialogs,
 * the file system, the PDF renderer, the OS file inbox and the board backups are injected, so all
 * of this is unit-tested with fakes. Failures come back as `{ status: 'failed', message }` in
 * words a workshop facilitator can act on.
 */
import { randomUUID } from 'node:crypto';
import { lstat, open, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Dialog,
  FileFilter,
  IpcMain,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  SaveDialogOptions,
  WebContents,
} from 'electron';
import {
  FILE_KINDS,
  IPC_CHANNELS,
  MAX_FILE_BYTES,
  NOT_UTF8_MESSAGE,
  parseBackupId,
  parseDeleteBackupsRequest,
  parseOpenFileRequest,
  parsePrintPdfRequest,
  parseSaveFileRequest,
  parseWriteBackupRequest,
  type BackupEntry,
  type BridgeInfo,
  type DeleteBackupsResult,
  type FileKind,
  type OpenFileResult,
  type SaveFileRequest,
  type SaveFileResult,
  type WriteBackupResult,
} from '../shared/ipc';
import type { PrintRequest } from '../shared/print';
import { isThemeChoice, type ThemeChoice } from '../shared/theme';
import { isBoardFileText } from '../shared/format/envelope';
import { foreignFileMessage } from '../shared/format/foreign';
import type { BackupStore } from './backups';
import type { OpenedFile } from './openFiles';
import { PdfError } from './pdf';
import type { SaveFolder } from './saveFolder';
import { originOf } from './security';
import { errorCode } from './settingsFiles';

/** The file operations the handlers need; `nodeFileSystem` below is the real one. */
export interface FileSystem {
  /** Text is written as UTF-8. */
  writeFile(filePath: string, data: string | Uint8Array): Promise<void>;
  /** `watch`: told of each answer of the disk, and of a reader that no longer waits (readFileForRenderer). */
  readFile(filePath: string, watch?: ReadWatch): Promise<Uint8Array>;
  fileSize(filePath: string): Promise<number>;
}

/** What a reader of a file that may not answer (a network share out of reach) tells the read. */
export interface ReadWatch {
  /** Aborted once the reader has given up waiting: stop, and close what was opened. */
  readonly signal: AbortSignal;
  /** The disk answered (the file opened, a part of it arrived): the wait for the next answer starts. */
  readonly answered: () => void;
}

export interface IpcDeps {
  readonly ipcMain: Pick<IpcMain, 'handle'>;
  readonly dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  readonly files: FileSystem;
  /**
   * The window a request came from, so its dialog is modal to the right window. Typed with
   * Electron's base class because that is what BrowserWindow.fromWebContents returns.
   */
  readonly windowFor: (sender: WebContents) => Electron.BaseWindow | null;
  /** Folder the save dialog starts in (the user's Documents). */
  readonly defaultDirectory: () => string;
  /**
   * Where the last file was saved (also in an earlier run): the next save dialog starts there, so
   * a PDF and then the board's file land side by side. Documents until then, or once it is gone
   * or does not answer in time (a network share out of reach).
   */
  readonly saveFolder: Pick<SaveFolder, 'current' | 'remember'>;
  readonly appVersion: string;
  readonly platform: string;
  /** Origins whose top-level page may use the bridge (see security.trustedOrigins). */
  readonly allowedOrigins: readonly string[];
  /** pdf.renderPdf with the hidden-window factory bound; throws PdfError with a user message. */
  readonly renderPdf: (request: PrintRequest) => Promise<Uint8Array>;
  /** openFiles.FileInbox.take: the file the OS asked to open before the page listened. */
  readonly takePendingFile: () => Promise<OpenedFile | null>;
  /** A file was opened or saved through a dialog ("Open recent" keeps the .json ones). */
  readonly onFileUsed?: (filePath: string) => void;
  /** The rolling board backups in userData/backups (backups.createBackupStore). */
  readonly backups: BackupStore;
  /**
   * A write the app must wait for before it quits (lifecycle.flushWritesBeforeQuit): an export
   * written when Quit came (a big PDF on a USB stick) was cut off, the file missing and its
   * temporary copy left in the person's folder.
   */
  readonly track?: (write: Promise<unknown>) => void;
  /** The look the page shows, checked to be a ThemeChoice (appearance.Appearance.set). */
  readonly setAppearance: (choice: ThemeChoice) => void;
}

/**
 * True only for a message from the top-level frame of a page of a trusted origin. An iframe, a
 * page that navigated elsewhere, or a frame that is already gone (senderFrame null) is refused:
 * the bridge gives file access, so only the app itself may use it.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, allowedOrigins: readonly string[]): boolean {
  try {
    const frame = event.senderFrame;
    if (frame === null) return false;
    const isTopFrame = frame === event.sender.mainFrame || frame.parent === null;
    if (!isTopFrame) return false;
    const origin = originOf(frame.url);
    return origin !== null && allowedOrigins.includes(origin);
  } catch {
    return false; // Electron throws when a disposed frame is touched
  }
}

function senderDescription(event: IpcMainInvokeEvent): string {
  try {
    return event.senderFrame?.url ?? 'a frame that is gone';
  } catch {
    return 'a disposed frame';
  }
}

/** Thrown (and so rejected in the renderer) for untrusted senders; says nothing useful on purpose. */
const REFUSED = 'Request refused.';

export const DISK_FULL_MESSAGE = 'The disk is full: the file was not saved. Free some space and try again.';
export const FILE_IN_USE_MESSAGE =
  'That file is open in another program, or it is read-only: it was not saved. Close it there, or choose another name, and try again.';

/**
 * The new copy was written beside the file it replaces (so the folder takes new files), but could
 * not take that file's place: Windows refuses to replace a file another program holds open — the
 * PDF of the last export, still open in the reader — or one marked read-only, and says "access
 * denied" (EPERM), which is not a lack of permission to save there. Keeps the system's code.
 */
export class ReplaceError extends Error {
  override readonly name = 'ReplaceError';
  constructor(
    readonly code: string,
    cause: unknown,
  ) {
    super(`The existing file could not be replaced (${code}).`, { cause });
  }
}

export function saveErrorMessage(error: unknown): string {
  if (error instanceof ReplaceError) return FILE_IN_USE_MESSAGE;
  const code = errorCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return DISK_FULL_MESSAGE;
    case 'EACCES':
    case 'EPERM':
      return 'You do not have permission to save there: the file was not saved. Choose another folder and try again.';
    case 'EROFS':
      return 'That disk is read-only: the file was not saved. Choose another folder and try again.';
    case 'EBUSY':
      return 'Another program is using that file: it was not saved. Close the file there and try again.';
    case 'ENAMETOOLONG':
      return 'That file name is too long for the disk: the file was not saved. Choose a shorter name and try again.';
    case null:
      return 'The file was not saved because of an unexpected error. Try again or choose another folder.';
    default:
      return `The file was not saved (error ${code}). Try again or choose another folder.`;
  }
}

export function openErrorMessage(error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
      return 'The file could not be found. It may have been moved or deleted.';
    case 'EACCES':
    case 'EPERM':
      return 'You do not have permission to open that file.';
    case 'EISDIR':
      return 'That is a folder, not a file.';
    case NOT_A_FILE:
      return 'That is not a file the app can open (a device or a pipe, not a saved board).';
    case null:
      return 'The file could not be opened because of an unexpected error.';
    default:
      return `The file could not be opened (error ${code}).`;
  }
}

const MAX_FILE_MEGABYTES = Math.round(MAX_FILE_BYTES / (1024 * 1024));
export const TOO_LARGE_MESSAGE = `The file is too large to open: the limit is ${MAX_FILE_MEGABYTES} MB.`;

/**
 * Dialog filters use only the last part of an extension ("json" for "ownership.json"): macOS
 * matches file types by their final extension, so "ownership.json" would grey out every board.
 */
function filterFor(kind: FileKind): FileFilter {
  const { extension, label } = FILE_KINDS[kind];
  const last = extension.split('.').at(-1) ?? extension;
  return { name: label, extensions: [last] };
}

/** "Team A" + "ownership.json" -> "Team A.ownership.json", without doubling an extension. */
export function defaultFileName(safeName: string, extension: string): string {
  return safeName.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? safeName : `${safeName}.${extension}`;
}

/**
 * How long opening a file may wait for its disk to answer (ms): to the size, to the open, and to
 * each part of the file read. A file on a network share out of reach (the office share, from
 * home; a NAS switched off) can keep the system from answering for minutes, or for ever on a
 * "hard" NFS mount, and the page waited with it, saying nothing. The wait starts again at each
 * answer, so a large board on a slow but working connection is still read to the end.
 */
export const FILE_ANSWER_TIMEOUT_MS = 30_000;
export const NO_ANSWER_MESSAGE = `That file did not answer within ${FILE_ANSWER_TIMEOUT_MS / 1000} seconds: its disk or network share may be unreachable. Check the connection and try again.`;

/** The bytes of a file, or the sentence that says why there are none. */
type ReadOutcome = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string };

/** The file's bytes, size-checked before they are read (a 2 GB file must not be pulled into memory). Never rejects. */
async function readBytes(filePath: string, files: FileSystem, watch: ReadWatch): Promise<ReadOutcome> {
  try {
    if ((await files.fileSize(filePath)) > MAX_FILE_BYTES) return { ok: false, message: TOO_LARGE_MESSAGE };
    // Answered too late: the share is not asked again, for a read nobody waits for.
    watch.signal.throwIfAborted();
    watch.answered();
    return { ok: true, bytes: await files.readFile(filePath, watch) };
  } catch (error) {
    return { ok: false, message: openErrorMessage(error) };
  }
}

/**
 * Reads given up on that have not come back yet, by file system (the files they were of). A read
 * stuck on a share holds one of the few threads Node reads and writes files with (four) for as long
 * as the share keeps it: "Try again" on a share still out of reach took one more each time, and
 * after a few the app's own backups and settings waited behind them. So a file whose last read is
 * still stuck is not read again, nor any file once MOST_STUCK_READS are.
 */
const stuckReads = new WeakMap<FileSystem, Set<string>>();
export const MOST_STUCK_READS = 2;
export const STILL_NO_ANSWER_MESSAGE =
  'That file’s disk has still not answered the last try: its disk or network share may be unreachable. Check the connection, then try again.';
export const STUCK_READS_MESSAGE =
  'Files opened before are still waiting for a disk that does not answer, so no other file is opened until one of them is answered: the app keeps working meanwhile. Check the connection, then try again.';

/**
 * readBytes, given up on when the disk does not answer within FILE_ANSWER_TIMEOUT_MS. The read
 * itself cannot be cancelled (a system call stuck on the share stays stuck); it is told that
 * nobody waits any more, so it reads no further and closes the file if it ever opens.
 */
function readBytesInTime(filePath: string, files: FileSystem): Promise<ReadOutcome> {
  let stuck = stuckReads.get(files);
  if (stuck === undefined) stuckReads.set(files, (stuck = new Set()));
  const key = path.resolve(filePath);
  if (stuck.has(key)) return Promise.resolve({ ok: false, message: STILL_NO_ANSWER_MESSAGE });
  if (stuck.size >= MOST_STUCK_READS) return Promise.resolve({ ok: false, message: STUCK_READS_MESSAGE });
  const giveUp = new AbortController();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waitForAnswer = (): void => {
      clearTimeout(timer);
      if (giveUp.signal.aborted) return; // a late answer starts no new wait
      timer = setTimeout(() => {
        giveUp.abort();
        stuck.add(key);
        resolve({ ok: false, message: NO_ANSWER_MESSAGE });
      }, FILE_ANSWER_TIMEOUT_MS);
    };
    waitForAnswer();
    void readBytes(filePath, files, { signal: giveUp.signal, answered: waitForAnswer }).then((outcome) => {
      clearTimeout(timer);
      stuck.delete(key); // back at last: its thread is free
      resolve(outcome); // ignored when the time was up first
    });
  });
}

/**
 * Reads a file for the renderer: size-checked before reading and again after (it may have grown),
 * given up on when its disk stops answering, decoded strictly as UTF-8 with a BOM dropped.
 * Also used for files the OS hands to the app (double-click, second launch) and for backups.
 */
export async function readFileForRenderer(filePath: string, files: FileSystem): Promise<OpenFileResult> {
  // The file's name goes with a failure too, so the page's alert names the file it refused.
  const name = path.basename(filePath);
  const read = await readBytesInTime(filePath, files);
  if (!read.ok) return { status: 'failed', name, message: read.message };
  const { bytes } = read;
  if (bytes.byteLength > MAX_FILE_BYTES) return { status: 'failed', name, message: TOO_LARGE_MESSAGE };
  // A PDF (or spreadsheet, or image) is named as such, as the browser names it.
  const foreign = foreignFileMessage(bytes);
  if (foreign !== null) return { status: 'failed', name, message: foreign };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 'failed', name, message: NOT_UTF8_MESSAGE };
  }
  return { status: 'opened', name, text };
}

/** A command-line argument as a path: Linux desktops may pass `file://` URIs (Exec=… %U). */
function argumentPath(arg: string): string | null {
  if (!arg.toLowerCase().startsWith('file:')) return arg;
  try {
    return fileURLToPath(arg);
  } catch {
    return null; // a file URL of another machine (file://server/share/…) or garbage
  }
}

/**
 * A board file the OS put on the command line (double-click on Windows/Linux, or a second
 * launch), resolved against the launch folder. The executable (argv[0]), Electron's app folder
 * in development ("."), and every switch — Chromium and Electron add their own, e.g.
 * `--original-process-start-time=…` to a second instance's argv — are skipped.
 */
export function fileArgument(argv: readonly string[], workingDirectory: string): string | null {
  const candidate = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-'))
    .map(argumentPath)
    .filter((arg): arg is string => arg !== null && arg.toLowerCase().endsWith('.json') && !arg.includes('\0'))
    .at(-1);
  return candidate === undefined ? null : path.resolve(workingDirectory, candidate);
}

/** Main -> renderer only; every other channel must have a handler with a sender check. */
export const RENDERER_BOUND_CHANNELS: readonly string[] = [IPC_CHANNELS.menuCommand];

const PDF_BUSY_MESSAGE = 'A PDF is already being made. Wait for it to finish, then try again.';

export function registerIpcHandlers(deps: IpcDeps): void {
  const { ipcMain, dialog, files } = deps;

  const assertTrusted = (event: IpcMainInvokeEvent, channel: string): void => {
    if (!isTrustedSender(event, deps.allowedOrigins)) {
      console.warn(`Refused ${channel} from ${senderDescription(event)}`);
      throw new Error(REFUSED);
    }
  };

  ipcMain.handle(IPC_CHANNELS.info, (event): BridgeInfo => {
    assertTrusted(event, IPC_CHANNELS.info);
    return { shell: 'desktop', os: deps.platform, appVersion: deps.appVersion };
  });

  /** Asks where to save, then writes atomically (nodeFileSystem). Used by saveFile and printToPdf. */
  const saveWithDialog = async (sender: WebContents, request: SaveFileRequest): Promise<SaveFileResult> => {
    const { suggestedName, kind, contents } = request;
    const folder = (await deps.saveFolder.current()) ?? deps.defaultDirectory();
    const options: SaveDialogOptions = {
      defaultPath: path.join(folder, defaultFileName(suggestedName, FILE_KINDS[kind].extension)),
      filters: [filterFor(kind)],
      // GTK does not ask before overwriting unless told to.
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    let filePath: string;
    try {
      const window = deps.windowFor(sender);
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || choice.filePath === '') return { status: 'cancelled' };
      filePath = choice.filePath;
    } catch (error) {
      console.error('The save dialog failed', error);
      return { status: 'failed', message: 'The save dialog could not be shown. Try again.' };
    }

    try {
      const write = files.writeFile(filePath, contents);
      deps.track?.(write);
      await write;
    } catch (error) {
      return { status: 'failed', message: saveErrorMessage(error) };
    }
    deps.saveFolder.remember(path.dirname(filePath));
    deps.onFileUsed?.(filePath);
    return { status: 'saved', name: path.basename(filePath) };
  };

  ipcMain.handle(IPC_CHANNELS.saveFile, async (event, payload: unknown): Promise<SaveFileResult> => {
    assertTrusted(event, IPC_CHANNELS.saveFile);
    const parsed = parseSaveFileRequest(payload);
    if (!parsed.ok) return { status: 'failed', message: parsed.error };
    return saveWithDialog(event.sender, parsed.value);
  });

  ipcMain.handle(IPC_CHANNELS.openFile, async (event, payload: unknown): Promise<OpenFileResult> => {
    assertTrusted(event, IPC_CHANNELS.openFile);
    const parsed = parseOpenFileRequest(payload);
    if (!parsed.ok) return { status: 'failed', message: parsed.error };

    const options: OpenDialogOptions = {
      properties: ['openFile'],
      filters: parsed.value.kinds.map(filterFor),
    };
    let filePath: string;
    try {
      const window = deps.windowFor(event.sender);
      const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const first = choice.filePaths[0];
      if (choice.canceled || first === undefined) return { status: 'cancelled' };
      filePath = first;
    } catch (error) {
      console.error('The open dialog failed', error);
      return { status: 'failed', message: 'The open dialog could not be shown. Try again.' };
    }
    const result = await readFileForRenderer(filePath, files);
    // Only a board file goes to "Open Recent": the page refuses any other JSON.
    if (result.status === 'opened' && isBoardFileText(result.text)) deps.onFileUsed?.(filePath);
    return result;
  });

  // One PDF at a time: a double-click on "Export PDF" must not open two save dialogs.
  let printing = false;
  ipcMain.handle(IPC_CHANNELS.printToPdf, async (event, payload: unknown): Promise<SaveFileResult> => {
    assertTrusted(event, IPC_CHANNELS.printToPdf);
    const parsed = parsePrintPdfRequest(payload);
    if (!parsed.ok) return { status: 'failed', message: parsed.error };
    if (printing) return { status: 'failed', message: PDF_BUSY_MESSAGE };
    printing = true;
    try {
      const { suggestedName, ...request } = parsed.value;
      let contents: Uint8Array;
      try {
        contents = await deps.renderPdf(request);
      } catch (error) {
        if (error instanceof PdfError) return { status: 'failed', message: error.message };
        console.error('The PDF could not be made', error);
        return { status: 'failed', message: 'The PDF could not be made because of an unexpected error. Try again.' };
      }
      return await saveWithDialog(event.sender, { suggestedName, kind: 'pdf', contents });
    } finally {
      printing = false;
    }
  });

  ipcMain.handle(IPC_CHANNELS.takePendingFile, async (event): Promise<OpenedFile | null> => {
    assertTrusted(event, IPC_CHANNELS.takePendingFile);
    return deps.takePendingFile();
  });

  ipcMain.handle(IPC_CHANNELS.writeBackup, async (event, payload: unknown): Promise<WriteBackupResult> => {
    assertTrusted(event, IPC_CHANNELS.writeBackup);
    const parsed = parseWriteBackupRequest(payload);
    if (!parsed.ok) return { status: 'failed', message: parsed.error };
    return deps.backups.write(parsed.value);
  });

  ipcMain.handle(IPC_CHANNELS.listBackups, async (event): Promise<readonly BackupEntry[]> => {
    assertTrusted(event, IPC_CHANNELS.listBackups);
    try {
      return await deps.backups.list();
    } catch (error) {
      // An unreadable backups folder offers nothing to restore; it is not worth a dialog.
      console.error('The backups could not be listed', error);
      return [];
    }
  });

  ipcMain.handle(IPC_CHANNELS.readBackup, async (event, payload: unknown): Promise<OpenFileResult> => {
    assertTrusted(event, IPC_CHANNELS.readBackup);
    const parsed = parseBackupId(payload);
    if (!parsed.ok) return { status: 'failed', message: parsed.error };
    return deps.backups.read(parsed.value);
  });

  ipcMain.handle(IPC_CHANNELS.deleteBackups, async (event, payload: unknown): Promise<DeleteBackupsResult> => {
    assertTrusted(event, IPC_CHANNELS.deleteBackups);
    const parsed = parseDeleteBackupsRequest(payload);
    if (!parsed.ok) return { status: 'failed', message: parsed.error };
    return deps.backups.forget(parsed.value);
  });

  // Told, not asked: nothing to answer. Anything but a choice (a page's bug, or a page that is not
  // ours reaching the bridge) changes nothing.
  ipcMain.handle(IPC_CHANNELS.appearance, (event, payload: unknown): void => {
    assertTrusted(event, IPC_CHANNELS.appearance);
    if (isThemeChoice(payload)) deps.setAppearance(payload);
    else console.warn(`Ignored ${IPC_CHANNELS.appearance}: not a look the app has`);
  });
}

/**
 * The real file system. Writes go to a temporary file next to the target, which is flushed to the
 * disk and then renamed into place, and the folder is flushed after the rename: so neither a full
 * disk, nor a crash, nor a power cut mid-write leaves a half-written or empty copy of an export or
 * a backup the user already had (without the flush, a file system may put the rename on disk
 * before the data). The temporary name is short and fixed in length, not the target's name plus
 * more: Linux and macOS cap a name at 255 bytes, and a long title in Japanese is close to that.
 * A file that is replaced stays what it was to the person (see replacedFile): a link stays a
 * link, and the new copy has the old one's permissions.
 */
export const nodeFileSystem: FileSystem = {
  async writeFile(filePath, data) {
    const { target, mode } = await replacedFile(filePath);
    // Beside the file really written, so the rename stays within one disk.
    const folder = path.dirname(target);
    const temporary = path.join(folder, `.ob-${randomUUID()}.tmp`);
    try {
      const handle = await open(temporary, 'w');
      try {
        await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
        // Before the flush, so the permissions reach the disk with the data.
        if (mode !== null) await handle.chmod(mode);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await rename(temporary, target);
      } catch (error) {
        const code = errorCode(error);
        throw code === 'EPERM' || code === 'EACCES' || code === 'EBUSY' ? new ReplaceError(code, error) : error;
      }
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
    await syncFolder(folder);
  },
  // From one handle, checked to be a file, and never more than one byte past the limit: a
  // `*.json` link to /dev/zero (a zip keeps links) was read for minutes, the main process's memory
  // growing, and a named pipe never answered; and the size is that of what is read, not of what
  // a stat saw before. A reader that gave up waiting (a share out of reach) is not read for: the
  // handle, if it arrives late, is closed at once.
  async readFile(filePath, watch) {
    const handle = await open(filePath, 'r');
    try {
      const answered = (): void => {
        watch?.signal.throwIfAborted();
        watch?.answered();
      };
      answered();
      if (!(await handle.stat()).isFile()) throw notAFile();
      const chunks: Buffer[] = [];
      let total = 0;
      while (total <= MAX_FILE_BYTES) {
        const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, MAX_FILE_BYTES + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        answered();
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
      }
      return Buffer.concat(chunks, total);
    } finally {
      await handle.close();
    }
  },
  async fileSize(filePath) {
    const stats = await stat(filePath);
    if (stats.isDirectory()) throw Object.assign(new Error('Is a directory'), { code: 'EISDIR' });
    // A pipe opened for reading waits for a writer: refused before it is opened.
    if (!stats.isFile()) throw notAFile();
    return stats.size;
  },
};

const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Where a write to `filePath` really goes, and the permissions the new copy must have (null for a
 * new file, which gets the system's default). The rename of a fresh copy would otherwise undo
 * what the person set up around the old file:
 * - a link (the export in a shared folder linked from the desktop, a board file linked into a
 *   synced folder) became a plain file beside it, and the file it pointed to kept the old content;
 *   so the file the link resolves to is the one replaced, and the link stays;
 * - the new copy had the default permissions, so an export made private (rw-------) became
 *   readable by everyone on the machine, and one shared with a group lost the group's access.
 * Only the read/write/execute bits are carried over: set-user-ID and the like have no business
 * on a file the app writes. A link to nothing (its file deleted) is replaced as before; anything
 * else that prevents looking at the old file fails the save, rather than replace what could not
 * be looked at.
 */
async function replacedFile(filePath: string): Promise<{ target: string; mode: number | null }> {
  try {
    // One look at the file itself, the usual case; a link's target is looked at as well.
    const own = await lstat(filePath);
    if (!own.isSymbolicLink()) return { target: filePath, mode: own.mode & 0o777 };
    const target = await realpath(filePath);
    return { target, mode: (await stat(target)).mode & 0o777 };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { target: filePath, mode: null };
    throw error;
  }
}

/** The code of the error for a path that is neither a file nor a folder (a device, a pipe, a socket). */
const NOT_A_FILE = 'ENOTFILE';
const notAFile = (): Error => Object.assign(new Error('Not a regular file'), { code: NOT_A_FILE });

/**
 * Puts a folder's entries (a rename into it) on disk. POSIX only: Windows cannot open a folder
 * for this, and NTFS journals the rename itself, so the failure there is expected and ignored.
 */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not possible here (Windows, some network drives): the file itself is on disk already.
  }
}

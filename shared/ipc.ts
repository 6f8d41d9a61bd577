/**
 * The desktop bridge: the one interface between the UI and the operating system.
 *
 * The renderer only ever talks to the OS through `OwnershipBridge`. On the desktop, electron's
 * preload exposes an implementation as `window.ownershipBoard` (nothing else); in a plain browser
 * renderer/platform/web implements the same interface with downloads and a file input. Payloads
 * that cross the process boundary are validated on arrival by the small pure parsers below —
 * the main process treats everything from the renderer as `unknown`.
 */

import { cutToBytes, utf8Length } from './text';
import { isOneOf } from './oneOf';
import type { BoardId } from './model';
import { PRINT_SECTIONS, parsePrintHash, printHash, type PrintRequest } from './print';
import { isThemeChoice, type ThemeChoice } from './theme';

/** The global name under which preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'ownershipBoard';

/** Every IPC channel the app uses. Nothing else is listened to or sent. */
export const IPC_CHANNELS = {
  info: 'ownership-board:info',
  saveFile: 'ownership-board:save-file',
  openFile: 'ownership-board:open-file',
  menuCommand: 'ownership-board:menu-command',
  printToPdf: 'ownership-board:print-to-pdf',
  takePendingFile: 'ownership-board:take-pending-file',
  writeBackup: 'ownership-board:write-backup',
  listBackups: 'ownership-board:list-backups',
  readBackup: 'ownership-board:read-backup',
  deleteBackups: 'ownership-board:delete-backups',
  appearance: 'ownership-board:appearance',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

export type FileKind = 'json' | 'csv' | 'pdf';

export const FILE_KINDS: Readonly<Record<FileKind, { extension: string; mimeType: string; label: string }>> = {
  json: { extension: 'ownership.json', mimeType: 'application/json', label: 'Ownership map' },
  csv: { extension: 'csv', mimeType: 'text/csv', label: 'Spreadsheet (CSV)' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf', label: 'PDF document' },
};

/** Largest file the app reads or writes through the bridge (bytes). Documented in the README. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Why a file that is not UTF-8 (say, saved as Windows-1252) is refused, in the same words on the
 * desktop and in a browser. Refused rather than read: guessing would put "�" in names and titles.
 * Said as what it is, with what to do: "not a text file" was wrong for a text file in Latin-1.
 */
export const NOT_UTF8_MESSAGE = 'The file’s text is not in UTF-8, the only encoding the app reads: it was probably saved by another program in another encoding (such as Windows-1252). Save it again as UTF-8, then import it.';
/**
 * Longest suggested file name, in UTF-8 bytes. Linux and macOS refuse a name over 255 bytes (not
 * characters: a Japanese or Chinese character is 3 bytes, a Cyrillic or Greek one 2), and the
 * desktop may still add an extension to it, so the cap leaves room below that.
 */
export const MAX_FILE_NAME_BYTES = 200;

export interface BridgeInfo {
  readonly shell: 'desktop' | 'web';
  /** process.platform on the desktop; "web" in a browser. */
  readonly os: string;
  readonly appVersion: string;
}

export interface SaveFileRequest {
  /** File name without folders; the user may change it in the save dialog. */
  readonly suggestedName: string;
  readonly kind: FileKind;
  /** Text for json/csv, bytes for pdf. */
  readonly contents: string | Uint8Array;
}

export type SaveFileResult =
  | { readonly status: 'saved'; readonly name: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface OpenFileRequest {
  readonly kinds: readonly FileKind[];
}

export type OpenFileResult =
  | { readonly status: 'opened'; readonly name: string; readonly text: string }
  | { readonly status: 'cancelled' }
  /** `name`: the chosen file's, when one was chosen (not when the dialog itself failed). */
  | { readonly status: 'failed'; readonly message: string; readonly name?: string };

/**
 * Commands the native menu (or the OS) sends to the UI.
 *
 * Undo/redo: the Edit menu's Undo and Redo (and their shortcuts) do NOT use Electron's built-in
 * undo roles, because those only reach text fields and the board keeps its own history. The menu
 * sends `undo`/`redo` to the page instead, and the page's handler decides: when a text field has
 * focus (input, textarea, contenteditable), it calls `document.execCommand('undo'|'redo')` so
 * typing is undone as usual; otherwise it undoes the last board change. Cut, copy, paste and
 * select-all stay Electron roles: they only ever concern text.
 *
 * Renderers must ignore command types they do not know, so the shell can add commands later.
 * What arrives over IPC is checked on arrival (parseMenuCommand, in the preload), like every other
 * payload that crosses the process boundary.
 *
 * Appearance: the View menu's System, Light and Dark set the app's look (renderer/app/theme.ts), on
 * the library as on the board. The page keeps the choice (in its localStorage, also changed from the
 * library's Appearance and from other windows) and tells the main process what it shows, at start
 * and on every change (OwnershipBridge.setAppearance): the menu's radio items check that one, and
 * the window's own parts (title bar, native menus and dialogs) follow it.
 *
 * Closing and quitting (no command needed): the page saves every change to IndexedDB at once. While
 * a change is not stored — a write in flight, a save that failed, or typing in an editor not saved
 * yet — the page cancels the unload in its 'beforeunload' listener (`event.preventDefault()`). The
 * desktop shell then retries the close every 100 ms; if the page still holds on after 500 ms it
 * asks the person whether to keep the window open or close without the change
 * (electron/lifecycle.ts). A browser shows its own "Leave site?" prompt for the same listener.
 */
export type MenuCommand =
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'new-board' }
  | { readonly type: 'import' }
  | { readonly type: 'export'; readonly kind: FileKind }
  | { readonly type: 'zoom'; readonly direction: 'in' | 'out' | 'reset' | 'fit' }
  | { readonly type: 'presentation' }
  | { readonly type: 'find' }
  | { readonly type: 'appearance'; readonly choice: ThemeChoice }
  | { readonly type: 'open-file'; readonly name: string; readonly text: string };

/** The commands that are their type alone. */
const PLAIN_COMMANDS = ['undo', 'redo', 'new-board', 'import', 'presentation', 'find'] as const satisfies readonly MenuCommand['type'][];
const ZOOM_DIRECTIONS = ['in', 'out', 'reset', 'fit'] as const satisfies readonly Extract<MenuCommand, { type: 'zoom' }>['direction'][];

/**
 * A menu command as it arrives in the page, or null for anything else (an unknown type, a field
 * missing or not one of its values), which the page then ignores. Only the command's own fields
 * are kept.
 */
export function parseMenuCommand(payload: unknown): MenuCommand | null {
  if (!isRecord(payload)) return null;
  const { type } = payload;
  if (isOneOf(PLAIN_COMMANDS, type)) return { type };
  switch (type) {
    case 'export':
      return isFileKind(payload.kind) ? { type, kind: payload.kind } : null;
    case 'zoom':
      return isOneOf(ZOOM_DIRECTIONS, payload.direction) ? { type, direction: payload.direction } : null;
    case 'appearance':
      return isThemeChoice(payload.choice) ? { type, choice: payload.choice } : null;
    case 'open-file':
      return typeof payload.name === 'string' && typeof payload.text === 'string' ? { type, name: payload.name, text: payload.text } : null;
    default:
      return null;
  }
}

/** Render the print view of a board to PDF and save it where the user chooses. */
export interface PrintPdfRequest extends PrintRequest {
  readonly suggestedName: string;
}

/**
 * A copy of one board written to disk by the desktop app (userData/backups), because Chromium can
 * reset IndexedDB when the disk fills up. `json` is the board as an export file (shared/format's
 * serializeBoard), so a backup is also an ordinary .ownership.json a person can open.
 */
export interface WriteBackupRequest {
  /** The board's id: letters, digits, '-' and '_' only, since it names the backup folder. */
  readonly boardId: string;
  /** Shown in the restore list; kept beside the backup so listing never reads the backups. */
  readonly title: string;
  /**
   * The board's updatedAt (ISO-8601), kept beside the backup too: whether a backup already holds
   * the board as it is is then told by this stamp, not by comparing clock times (a clock set back
   * would make an older backup look newer than the board's last change).
   */
  readonly boardUpdatedAt: string;
  readonly json: string;
}

export type WriteBackupResult = { readonly status: 'saved' } | { readonly status: 'failed'; readonly message: string };

export interface BackupEntry {
  /** Opaque to the renderer: "<board folder>/<file name>", handed back to readBackup. */
  readonly id: string;
  readonly boardId: string;
  readonly title: string;
  /** When the backup was written (ISO-8601, UTC). */
  readonly savedAt: string;
  /** The updatedAt of the board it holds; null for a backup without it (older versions, a lost sidecar). */
  readonly boardUpdatedAt: string | null;
  readonly bytes: number;
}

/** Backups kept per board; the oldest beyond this are deleted after each new one. */
export const BACKUPS_PER_BOARD = 20;

export type DeleteBackupsResult = { readonly status: 'deleted' } | { readonly status: 'failed'; readonly message: string };

/** Most boards one deleteBackups request names (the trash emptied at once). */
export const MAX_BOARDS_PER_DELETE = 10_000;

export interface OwnershipBridge {
  info(): Promise<BridgeInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /**
   * Desktop: the main process renders `#print?…` (shared/print.ts) in a hidden window and saves
   * the PDF. Browser: shows the print view and opens the browser's print dialog.
   */
  printToPdf(request: PrintPdfRequest): Promise<SaveFileResult>;
  /**
   * A file the OS asked the app to open before the UI was listening (double-click on a
   * .ownership.json, a path on the command line). Asked once at start-up; null when none.
   */
  takePendingFile(): Promise<{ readonly name: string; readonly text: string } | null>;
  /**
   * Desktop: writes a backup of a board to userData/backups/<boardId>/ and keeps the newest
   * BACKUPS_PER_BOARD. Browser: always fails (a web page has no disk of its own); the renderer
   * does not ask there.
   */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  /** Every backup on this computer, newest first (browser: none). */
  listBackups(): Promise<readonly BackupEntry[]>;
  /** The text of one backup, with the same size and UTF-8 checks as opening a file. */
  readBackup(id: string): Promise<OpenFileResult>;
  /**
   * Desktop: deletes every backup of these boards (deleted for good: the trash was emptied).
   * Browser: there are none; always "deleted".
   */
  deleteBackups(boardIds: readonly string[]): Promise<DeleteBackupsResult>;
  /**
   * The look the page shows (renderer/app/theme.ts), told at start and on every change. Desktop:
   * the window's own parts (title bar, native menus and dialogs, the window's background before the
   * page paints, also at the next launch) follow it, and View → Appearance checks it. Browser:
   * nothing (a page has no native parts of its own).
   */
  setAppearance(choice: ThemeChoice): Promise<void>;
  /** Subscribe to menu/OS commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFileKind = (value: unknown): value is FileKind =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(FILE_KINDS, value);

// Control characters and path separators have no place in a suggested file name.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\u0000-\u001f\u007f/\\:*?"<>|]/gu;
// Invisible format characters (Unicode's Cf: the bidirectional controls, zero-width spaces and
// joiners, the soft hyphen, the byte-order mark) are taken out. A U+202E made "Board [RLO]gnp.exe" read
// "Board exe.png", and Chromium saves a download with each of them made "_": without them, the save
// dialog, the browser's download and the notice that names the file all say the same, honest name.
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * Longest file name or title the main process takes from the page (UTF-16 units), before any
 * other work on it: the app never sends more than a few hundred, and a compromised page sending
 * millions would otherwise cost the main process a regex pass and a copy of them per request.
 */
export const MAX_NAME_INPUT = 4096;
const NAME_TOO_LONG = 'The file name is too long.';

/**
 * A file name that is safe on Windows, macOS and Linux, without folders or invisible characters, at
 * most MAX_FILE_NAME_BYTES long.
 */
export function safeFileName(name: string, fallback = 'Ownership map'): string {
  // Dots and spaces off the front together: ". . .Team" kept ".Team" after one pass, a hidden file
  // in Finder, GTK's dialogs and `ls` that the person saved and then could not find.
  const cleaned = name.replace(FORMAT_CHARACTERS, '').replace(UNSAFE_NAME, ' ').replace(/\s+/gu, ' ').replace(/^[\s.]+/u, '').trim();
  const truncated = cutToBytes(cleaned, MAX_FILE_NAME_BYTES).trim();
  return truncated.length > 0 ? truncated : fallback;
}

export function parseSaveFileRequest(payload: unknown): Parsed<SaveFileRequest> {
  if (!isRecord(payload)) return { ok: false, error: 'The save request is not an object.' };
  const { suggestedName, kind, contents } = payload;
  if (typeof suggestedName !== 'string') return { ok: false, error: 'The file name is missing.' };
  if (suggestedName.length > MAX_NAME_INPUT) return { ok: false, error: NAME_TOO_LONG };
  if (!isFileKind(kind)) return { ok: false, error: 'The file type is not one the app writes.' };
  if (kind === 'pdf') {
    if (!(contents instanceof Uint8Array)) return { ok: false, error: 'A PDF must be bytes.' };
    if (contents.byteLength > MAX_FILE_BYTES) return { ok: false, error: 'The file is too large.' };
  } else {
    if (typeof contents !== 'string') return { ok: false, error: 'The file contents must be text.' };
    // Upper bound on UTF-8 size without encoding: 3 bytes per UTF-16 unit.
    if (contents.length * 3 > MAX_FILE_BYTES && utf8Length(contents) > MAX_FILE_BYTES) {
      return { ok: false, error: 'The file is too large.' };
    }
  }
  return { ok: true, value: { suggestedName: safeFileName(suggestedName), kind, contents } };
}

const PRINT_FIELDS_MISSING = 'The PDF request does not say which board and which pages to print.';

/**
 * Validates a PDF request from the renderer. The print options go through the print address's
 * own rules (shared/print.ts): the request is turned into `#print?…` and read back, so the hidden
 * window can only ever be asked for a page the print view itself would accept.
 */
export function parsePrintPdfRequest(payload: unknown): Parsed<PrintPdfRequest> {
  if (!isRecord(payload)) return { ok: false, error: 'The PDF request is not an object.' };
  const { suggestedName, boardId, paper, orientation, sections } = payload;
  if (typeof suggestedName !== 'string') return { ok: false, error: 'The file name is missing.' };
  if (suggestedName.length > MAX_NAME_INPUT) return { ok: false, error: NAME_TOO_LONG };
  if (typeof boardId !== 'string' || typeof paper !== 'string' || typeof orientation !== 'string') {
    return { ok: false, error: PRINT_FIELDS_MISSING };
  }
  if (!Array.isArray(sections) || sections.length === 0 || sections.length > PRINT_SECTIONS.length * 2) {
    return { ok: false, error: PRINT_FIELDS_MISSING };
  }
  // Unknown sections are refused rather than dropped: the renderer asked for something else.
  if (!sections.every((section) => isOneOf(PRINT_SECTIONS, section))) {
    return { ok: false, error: 'The PDF request names a section the print view does not have.' };
  }
  const request = parsePrintHash(
    printHash({
      boardId: boardId as BoardId,
      // Checked by parsePrintHash right below; the casts only let printHash build the address (the
      // sections are already narrowed above).
      paper: paper as PrintRequest['paper'],
      orientation: orientation as PrintRequest['orientation'],
      sections,
    }),
  );
  if (request === null) return { ok: false, error: 'The paper, orientation or board of the PDF request is not valid.' };
  return { ok: true, value: { ...request, suggestedName: safeFileName(suggestedName) } };
}

export function parseOpenFileRequest(payload: unknown): Parsed<OpenFileRequest> {
  if (!isRecord(payload) || !Array.isArray(payload.kinds)) {
    return { ok: false, error: 'The open request must list file types.' };
  }
  const kinds = payload.kinds;
  if (kinds.length === 0 || kinds.length > 3 || !kinds.every(isFileKind)) {
    return { ok: false, error: 'The open request lists an unknown file type.' };
  }
  return { ok: true, value: { kinds: [...new Set(kinds)] } };
}

/** Longest board id that names a backup folder (ids the app makes are 36-character UUIDs). */
export const MAX_BACKUP_BOARD_ID_LENGTH = 100;

// Windows refuses these as file or folder names, whatever the extension or case.
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/iu;
const SAFE_BOARD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/u;

/**
 * True when a board id can name a folder as it is. Refused rather than cleaned: two ids that
 * clean to the same name would share (and prune) each other's backups.
 */
export function isSafeBackupBoardId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_BACKUP_BOARD_ID_LENGTH &&
    SAFE_BOARD_ID.test(value) &&
    !WINDOWS_DEVICE_NAMES.test(value)
  );
}

/**
 * A backup's file name: the UTC time it was written with ':' (not allowed on Windows) as '-',
 * e.g. "2026-03-14T10-15-30.123Z.ownership.json". Sorting the names sorts the backups by time.
 */
export const BACKUP_FILE_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2}\.\d{3})Z\.ownership\.json$/u;

/** The file name of a backup written at `savedAt` (an ISO string from Date#toISOString). */
export function backupFileName(savedAt: string): string {
  return `${savedAt.replace(/:/gu, '-')}.${FILE_KINDS.json.extension}`;
}

/** The time a backup file name stands for (ISO-8601), or null for any other name. */
export function backupTimeOf(fileName: string): string | null {
  const match = BACKUP_FILE_PATTERN.exec(fileName);
  if (match === null) return null;
  const iso = `${match[1] ?? ''}T${match[2] ?? ''}:${match[3] ?? ''}:${match[4] ?? ''}Z`;
  const time = Date.parse(iso);
  // Round-tripping refuses impossible dates such as month 13 that Date.parse might roll over.
  return Number.isNaN(time) || new Date(time).toISOString() !== iso ? null : iso;
}

/** Titles are cut to the model's limit (200 characters) for the restore list. */
const MAX_BACKUP_TITLE_LENGTH = 200;

export function parseWriteBackupRequest(payload: unknown): Parsed<WriteBackupRequest> {
  if (!isRecord(payload)) return { ok: false, error: 'The backup request is not an object.' };
  const { boardId, title, boardUpdatedAt, json } = payload;
  if (!isSafeBackupBoardId(boardId)) {
    return { ok: false, error: 'The board id of the backup may only hold letters, digits, "-" and "_".' };
  }
  if (typeof title !== 'string') return { ok: false, error: 'The backup has no board title.' };
  if (!isBoardStamp(boardUpdatedAt)) return { ok: false, error: 'The backup does not say when the board was last changed.' };
  if (title.length > MAX_NAME_INPUT) return { ok: false, error: 'The backup\'s board title is too long.' };
  if (typeof json !== 'string' || json.length === 0) return { ok: false, error: 'The backup has no contents.' };
  if (json.length * 3 > MAX_FILE_BYTES && utf8Length(json) > MAX_FILE_BYTES) {
    return { ok: false, error: 'The board is too large to back up.' };
  }
  const shortTitle = Array.from(title).slice(0, MAX_BACKUP_TITLE_LENGTH).join('');
  return { ok: true, value: { boardId, title: shortTitle, boardUpdatedAt, json } };
}

/** Longest board stamp accepted beside a backup (an ISO-8601 time is 24 characters; room to spare). */
const MAX_BOARD_STAMP_LENGTH = 40;

/** A board's updatedAt as the model writes it: a short ISO-8601 time (only compared, never shown). */
export function isBoardStamp(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_BOARD_STAMP_LENGTH && !Number.isNaN(Date.parse(value));
}

/**
 * A backup id from the renderer: exactly "<safe board id>/<backup file name>". Nothing else
 * passes — no "..", no second separator, no backslash, no absolute path — so reading a backup
 * can never reach a file outside userData/backups.
 */
export function parseBackupId(payload: unknown): Parsed<string> {
  const refused = { ok: false, error: 'That is not a backup this app wrote.' } as const;
  if (typeof payload !== 'string' || payload.length > MAX_BACKUP_BOARD_ID_LENGTH + 64) return refused;
  const parts = payload.split('/');
  if (parts.length !== 2) return refused;
  const [boardId, fileName] = parts;
  if (!isSafeBackupBoardId(boardId) || fileName === undefined || backupTimeOf(fileName) === null) return refused;
  return { ok: true, value: payload };
}

/** The boards whose backups to delete: a list of safe board ids, nothing else. */
export function parseDeleteBackupsRequest(payload: unknown): Parsed<readonly string[]> {
  if (!Array.isArray(payload) || payload.length > MAX_BOARDS_PER_DELETE) return { ok: false, error: 'That is not a list of boards.' };
  const ids: unknown[] = payload;
  if (!ids.every(isSafeBackupBoardId)) return { ok: false, error: 'A board id may only hold letters, digits, "-" and "_".' };
  return { ok: true, value: ids };
}


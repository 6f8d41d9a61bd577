// The bridge's main-process side: only the app's own page may use it, every payload is checked,
// and every failure reaches the facilitator as a sentence they can act on.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  IPC_CHANNELS,
  MAX_FILE_BYTES,
  MAX_FILE_NAME_BYTES,
  MAX_NAME_INPUT,
  NOT_UTF8_MESSAGE,
  parseMenuCommand,
  parsePrintPdfRequest,
  parseSaveFileRequest,
  type BackupEntry,
  type DeleteBackupsResult,
  type IpcChannel,
  type MenuCommand,
  type OpenFileResult,
  type WriteBackupRequest,
  type WriteBackupResult,
} from '../../shared/ipc';
import type { PrintRequest } from '../../shared/print';
import type { ThemeChoice } from '../../shared/theme';
import { PDF_MESSAGE, UTF16_MESSAGE, csvFileNames, exportFileName } from '../../shared/format';
import type { Board, BoardId } from '../../shared/model';

vi.mock('electron', () => ({}));

import {
  DISK_FULL_MESSAGE,
  FILE_ANSWER_TIMEOUT_MS,
  MOST_STUCK_READS,
  STILL_NO_ANSWER_MESSAGE,
  STUCK_READS_MESSAGE,
  NO_ANSWER_MESSAGE,
  RENDERER_BOUND_CHANNELS,
  TOO_LARGE_MESSAGE,
  fileArgument,
  isTrustedSender,
  nodeFileSystem,
  readFileForRenderer,
  registerIpcHandlers,
  saveErrorMessage,
  type FileSystem,
  type IpcDeps,
  type ReadWatch,
} from '../../electron/ipc';
import type { OpenedFile } from '../../electron/openFiles';
import { PDF_TIMEOUT_MESSAGE, PdfError } from '../../electron/pdf';
import { SaveFolder } from '../../electron/saveFolder';

const APP_PAGE = 'app://ownership-board/index.html';
const ALLOWED = ['app://ownership-board'] as const;

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

function senderEvent(options: { url?: string; subframe?: boolean; noFrame?: boolean } = {}): IpcMainInvokeEvent {
  const mainFrame: FakeFrame = { url: options.url ?? APP_PAGE, parent: null };
  const senderFrame = options.noFrame ? null : options.subframe ? { url: options.url ?? APP_PAGE, parent: mainFrame } : mainFrame;
  return { senderFrame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
}

const codeError = (code: string): Error => Object.assign(new Error(code), { code });
/** What the open dialog reads by default: the start of a board file, as the app exports it. */
const BOARD_FILE_TEXT = '{"format":"ownership-board","version":1,"board":{}}';

type Handler = (event: IpcMainInvokeEvent, payload?: unknown) => unknown;

function setup() {
  const handlers = new Map<string, Handler>();
  const window = { id: 1 } as unknown as Electron.BaseWindow;
  const dialog = {
    showSaveDialog: vi.fn((_window: Electron.BaseWindow, _options: SaveDialogOptions) =>
      Promise.resolve({ canceled: false, filePath: '/home/ada/Documents/Team A.ownership.json' }),
    ),
    showOpenDialog: vi.fn((_window: Electron.BaseWindow, _options: OpenDialogOptions) =>
      Promise.resolve({ canceled: false, filePaths: ['/home/ada/Documents/Team A.ownership.json'] }),
    ),
  };
  const files = {
    writeFile: vi.fn((_path: string, _data: string | Uint8Array) => Promise.resolve()),
    readFile: vi.fn((_path: string, _watch?: ReadWatch) => Promise.resolve<Uint8Array>(new TextEncoder().encode(BOARD_FILE_TEXT))),
    fileSize: vi.fn((_path: string) => Promise.resolve(11)),
  } satisfies FileSystem;
  const renderPdf = vi.fn((_request: PrintRequest): Promise<Uint8Array> => Promise.resolve(new Uint8Array([0x25, 0x50, 0x44, 0x46])));
  const takePendingFile = vi.fn(() => Promise.resolve<OpenedFile | null>({ name: 'Team.ownership.json', text: '{}' }));
  const onFileUsed = vi.fn((_path: string) => undefined);
  const track = vi.fn((_write: Promise<unknown>) => undefined);
  const setAppearance = vi.fn((_choice: ThemeChoice) => undefined);
  const backups = {
    write: vi.fn((_request: WriteBackupRequest) => Promise.resolve<WriteBackupResult>({ status: 'saved' })),
    list: vi.fn(() => Promise.resolve<readonly BackupEntry[]>([backupEntry])),
    read: vi.fn((_id: string) => Promise.resolve<OpenFileResult>({ status: 'opened', name: 'backup.ownership.json', text: '{}' })),
    forget: vi.fn((_boardIds: readonly string[]) => Promise.resolve<DeleteBackupsResult>({ status: 'deleted' })),
  };
  /** Folders that exist; every one unless a test removes it. */
  const goneFolders = new Set<string>();
  const saveFolder = new SaveFolder({
    settings: { read: () => Promise.resolve(undefined), write: vi.fn() },
    isFolder: (folder) => Promise.resolve(!goneFolders.has(folder)),
  });
  const deps: IpcDeps = {
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        handlers.set(channel, handler);
      },
    },
    dialog: dialog as unknown as IpcDeps['dialog'],
    files,
    windowFor: (_sender: WebContents) => window,
    defaultDirectory: () => '/home/ada/Documents',
    saveFolder,
    appVersion: '0.1.0',
    platform: 'linux',
    allowedOrigins: ALLOWED,
    renderPdf,
    takePendingFile,
    onFileUsed,
    backups,
    track,
    setAppearance,
  };
  registerIpcHandlers(deps);
  const call = async (channel: string, payload?: unknown, event: IpcMainInvokeEvent = senderEvent()): Promise<unknown> => {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return await handler(event, payload);
  };
  return { handlers, dialog, files, window, call, renderPdf, takePendingFile, onFileUsed, backups, goneFolders, track, setAppearance };
}

const boardSave = { suggestedName: 'Team A', kind: 'json', contents: '{"board":1}' };

/** 200 characters (the longest title) of Japanese: 600 bytes of UTF-8. */
const JAPANESE_TITLE = '収益責任ワークショップ東京本社大阪支社合同第三四半期営業部門の目標と担当者を決める会議'.repeat(5).slice(0, 200);

/** What the renderer sends as the suggested name: the export's name without its extension (exportBoard.ts). */
function withoutExtension(name: string, kind: 'json' | 'csv'): string {
  const extension = kind === 'json' ? '.ownership.json' : '.csv';
  expect(name.endsWith(extension)).toBe(true);
  return name.slice(0, -extension.length);
}

function boardTitled(title: string): Board {
  return { id: 'b-1' as BoardId, title, purpose: '', createdAt: '', updatedAt: '', people: [], outcomes: [], activities: [] };
}
const BACKUP_ID = 'b-1/2026-03-14T10-15-30.123Z.ownership.json';
const backupEntry: BackupEntry = { id: BACKUP_ID, boardId: 'b-1', title: 'Team A', savedAt: '2026-03-14T10:15:30.123Z', boardUpdatedAt: '2026-03-14T10:15:00.000Z', bytes: 11 };
const backupRequest = { boardId: 'b-1', title: 'Team A', boardUpdatedAt: '2026-03-14T10:15:00.000Z', json: '{"board":1}' };

beforeEach(() => {
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

const pdfRequest = { suggestedName: 'Team A', boardId: 'b-1', paper: 'A4', orientation: 'landscape', sections: ['cover', 'map'] };

/**
 * A valid payload for every channel the renderer may invoke. Typed over ALL channels: a channel
 * added to IPC_CHANNELS fails the type-check here until it gets an entry, and then the sender
 * tests below run against its handler.
 */
const VALID_PAYLOADS: Readonly<Record<IpcChannel, unknown>> = {
  [IPC_CHANNELS.info]: undefined,
  [IPC_CHANNELS.saveFile]: boardSave,
  [IPC_CHANNELS.openFile]: { kinds: ['json'] },
  [IPC_CHANNELS.printToPdf]: pdfRequest,
  [IPC_CHANNELS.takePendingFile]: undefined,
  [IPC_CHANNELS.writeBackup]: backupRequest,
  [IPC_CHANNELS.listBackups]: undefined,
  [IPC_CHANNELS.readBackup]: BACKUP_ID,
  [IPC_CHANNELS.deleteBackups]: ['b-1', 'b_2'],
  [IPC_CHANNELS.appearance]: 'dark',
  [IPC_CHANNELS.menuCommand]: undefined, // main -> renderer only: no handler
};

/** What each channel answers the app itself for VALID_PAYLOADS, with the fakes of setup(). */
const VALID_ANSWERS: Readonly<Record<IpcChannel, unknown>> = {
  [IPC_CHANNELS.info]: { shell: 'desktop', os: 'linux', appVersion: '0.1.0' },
  [IPC_CHANNELS.saveFile]: { status: 'saved', name: 'Team A.ownership.json' },
  [IPC_CHANNELS.openFile]: { status: 'opened', name: 'Team A.ownership.json', text: BOARD_FILE_TEXT },
  [IPC_CHANNELS.printToPdf]: { status: 'saved', name: 'Team A.ownership.json' },
  [IPC_CHANNELS.takePendingFile]: { name: 'Team.ownership.json', text: '{}' },
  [IPC_CHANNELS.writeBackup]: { status: 'saved' },
  [IPC_CHANNELS.listBackups]: [backupEntry],
  [IPC_CHANNELS.readBackup]: { status: 'opened', name: 'backup.ownership.json', text: '{}' },
  [IPC_CHANNELS.deleteBackups]: { status: 'deleted' },
  [IPC_CHANNELS.appearance]: undefined, // told, not asked
  [IPC_CHANNELS.menuCommand]: undefined, // no handler
};

/** Every channel in IPC_CHANNELS the renderer can invoke, found by iterating the constant. */
const invokeChannels = Object.values(IPC_CHANNELS).filter((channel) => !RENDERER_BOUND_CHANNELS.includes(channel));

describe('the handlers', () => {
  it('are registered for exactly the channels in IPC_CHANNELS that the renderer invokes', () => {
    expect([...setup().handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    expect(invokeChannels.length).toBeGreaterThanOrEqual(5);
  });

  it('leave the menu channel to main -> renderer messages only', () => {
    expect(RENDERER_BOUND_CHANNELS).toEqual([IPC_CHANNELS.menuCommand]);
    expect(setup().handlers.has(IPC_CHANNELS.menuCommand)).toBe(false);
  });

  it('tell the page it runs on the desktop, with the OS and version', async () => {
    expect(await setup().call(IPC_CHANNELS.info)).toEqual({ shell: 'desktop', os: 'linux', appVersion: '0.1.0' });
  });
});

describe('the sender check', () => {
  const channels = invokeChannels.map((channel) => [channel, VALID_PAYLOADS[channel]] as const);

  it.each(channels)('%s answers the app itself', async (channel, payload) => {
    await expect(setup().call(channel, payload)).resolves.toEqual(VALID_ANSWERS[channel]);
  });

  it.each(channels)('%s refuses a page of another origin and touches nothing', async (channel, payload) => {
    const { call, dialog, files, renderPdf, takePendingFile, backups, setAppearance } = setup();
    await expect(call(channel, payload, senderEvent({ url: 'https://evil.example/' }))).rejects.toThrow('Request refused.');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(files.writeFile).not.toHaveBeenCalled();
    expect(files.readFile).not.toHaveBeenCalled();
    expect(renderPdf).not.toHaveBeenCalled();
    expect(takePendingFile).not.toHaveBeenCalled();
    expect(backups.write).not.toHaveBeenCalled();
    expect(backups.list).not.toHaveBeenCalled();
    expect(backups.read).not.toHaveBeenCalled();
    expect(backups.forget).not.toHaveBeenCalled();
    expect(setAppearance).not.toHaveBeenCalled();
  });

  it.each(channels)('%s refuses the dev server origin when it is not trusted, and file: pages', async (channel, payload) => {
    const { call } = setup();
    await expect(call(channel, payload, senderEvent({ url: 'http://localhost:5173/' }))).rejects.toThrow('Request refused.');
    await expect(call(channel, payload, senderEvent({ url: 'file:///tmp/index.html' }))).rejects.toThrow('Request refused.');
  });

  it.each(channels)('%s refuses an iframe even of the app origin', async (channel, payload) => {
    const { call, dialog, backups, setAppearance } = setup();
    await expect(call(channel, payload, senderEvent({ subframe: true }))).rejects.toThrow('Request refused.');
    expect(setAppearance).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(backups.write).not.toHaveBeenCalled();
    expect(backups.read).not.toHaveBeenCalled();
  });

  it.each(channels)('%s refuses a frame that is already gone', async (channel, payload) => {
    await expect(setup().call(channel, payload, senderEvent({ noFrame: true }))).rejects.toThrow('Request refused.');
  });

  it('trusts the top frame of the app, and the dev server only when allowed', () => {
    expect(isTrustedSender(senderEvent(), ALLOWED)).toBe(true);
    expect(isTrustedSender(senderEvent({ url: 'http://localhost:5173/' }), ALLOWED)).toBe(false);
    expect(isTrustedSender(senderEvent({ url: 'http://localhost:5173/' }), [...ALLOWED, 'http://localhost:5173'])).toBe(true);
    expect(isTrustedSender(senderEvent({ url: 'app://evil/index.html' }), ALLOWED)).toBe(false);
    expect(isTrustedSender(senderEvent({ url: 'file:///tmp/index.html' }), ALLOWED)).toBe(false);
  });

  it('refuses when Electron throws because the frame was disposed', () => {
    const event = {
      sender: { mainFrame: null },
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as unknown as IpcMainInvokeEvent;
    expect(isTrustedSender(event, ALLOWED)).toBe(false);
  });
});

describe('the look the page tells', () => {
  it.each(['system', 'light', 'dark'] as const)('%s from the app itself is followed', async (choice) => {
    const { call, setAppearance } = setup();
    await expect(call(IPC_CHANNELS.appearance, choice)).resolves.toBeUndefined();
    expect(setAppearance.mock.calls).toEqual([[choice]]);
  });

  // Anything but a choice (a number, 'sepia'): 'payload validation on every channel' below.

  it('from a page that is not the app is refused, whatever it says', async () => {
    const { call, setAppearance } = setup();
    await expect(call(IPC_CHANNELS.appearance, 'dark', senderEvent({ url: 'https://evil.example/' }))).rejects.toThrow('Request refused.');
    await expect(call(IPC_CHANNELS.appearance, 'light', senderEvent({ subframe: true }))).rejects.toThrow('Request refused.');
    await expect(call(IPC_CHANNELS.appearance, 'dark', senderEvent({ noFrame: true }))).rejects.toThrow('Request refused.');
    expect(setAppearance).not.toHaveBeenCalled();
  });
});

describe('saving a file', () => {
  // A Quit right after Save cut the export off: the file missing, its temporary copy left behind.
  it('hands the write to what the app waits for before it quits, while it is still being written', async () => {
    const { call, files, track } = setup();
    let finish: () => void = () => undefined;
    files.writeFile.mockImplementationOnce(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const saved = call(IPC_CHANNELS.saveFile, boardSave);
    await vi.waitFor(() => {
      expect(track).toHaveBeenCalledTimes(1);
    });
    const [write] = track.mock.calls[0] ?? [];
    let settled = false;
    void write?.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    finish();
    await expect(saved).resolves.toEqual({ status: 'saved', name: 'Team A.ownership.json' });
    expect(settled).toBe(true);
  });

  it('asks where to save, then writes the text there', async () => {
    const { call, dialog, files, window } = setup();
    expect(await call(IPC_CHANNELS.saveFile, boardSave)).toEqual({ status: 'saved', name: 'Team A.ownership.json' });
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options?.defaultPath).toBe(path.join('/home/ada/Documents', 'Team A.ownership.json'));
    expect(options?.filters).toEqual([{ name: 'Ownership map', extensions: ['json'] }]);
    expect(options?.properties).toContain('showOverwriteConfirmation');
    expect(files.writeFile).toHaveBeenCalledWith('/home/ada/Documents/Team A.ownership.json', '{"board":1}');
  });

  it('starts the next save dialog in the folder the last file was saved to, not Documents again', async () => {
    const { call, dialog } = setup();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/ada/Workshops/Q3/Team A.pdf' });
    await call(IPC_CHANNELS.saveFile, { suggestedName: 'Team A', kind: 'pdf', contents: new Uint8Array([0x25]) });
    // Cancelled or failed saves leave it where it was.
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await call(IPC_CHANNELS.saveFile, boardSave);
    await call(IPC_CHANNELS.saveFile, boardSave);
    const defaults = dialog.showSaveDialog.mock.calls.map((args) => args[1].defaultPath);
    expect(defaults).toEqual([
      path.join('/home/ada/Documents', 'Team A.pdf'),
      path.join('/home/ada/Workshops/Q3', 'Team A.ownership.json'),
      path.join('/home/ada/Workshops/Q3', 'Team A.ownership.json'),
    ]);
  });

  it('starts in Documents again once the last folder is gone (deleted, or on a drive no longer attached)', async () => {
    const { call, dialog, goneFolders } = setup();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/media/usb/Team A.pdf' });
    await call(IPC_CHANNELS.saveFile, { suggestedName: 'Team A', kind: 'pdf', contents: new Uint8Array([0x25]) });
    goneFolders.add('/media/usb');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await call(IPC_CHANNELS.saveFile, boardSave);
    expect(dialog.showSaveDialog.mock.calls[1]?.[1].defaultPath).toBe(path.join('/home/ada/Documents', 'Team A.ownership.json'));
  });

  it('writes PDF bytes as bytes', async () => {
    const { call, dialog, files } = setup();
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/tmp/Board.pdf' });
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    expect(await call(IPC_CHANNELS.saveFile, { suggestedName: 'Board', kind: 'pdf', contents: bytes })).toEqual({
      status: 'saved',
      name: 'Board.pdf',
    });
    expect(files.writeFile).toHaveBeenCalledWith('/tmp/Board.pdf', bytes);
    expect(dialog.showSaveDialog.mock.calls[0]?.[1].filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  });

  it('cleans the suggested name and does not double the extension', async () => {
    const { call, dialog } = setup();
    await call(IPC_CHANNELS.saveFile, { ...boardSave, suggestedName: '../../etc/Team A.ownership.json' });
    const defaultPath = dialog.showSaveDialog.mock.calls[0]?.[1].defaultPath ?? '';
    expect(path.dirname(defaultPath)).toBe('/home/ada/Documents');
    expect(path.basename(defaultPath)).not.toContain('/');
    expect(defaultPath.endsWith('.ownership.json')).toBe(true);
    expect(defaultPath.endsWith('.ownership.json.ownership.json')).toBe(false);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { call, dialog, files } = setup();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await call(IPC_CHANNELS.saveFile, boardSave)).toEqual({ status: 'cancelled' });
    expect(files.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    [{ suggestedName: 'x', kind: 'exe', contents: 'MZ' }],
    [{ suggestedName: 'x', kind: 'pdf', contents: 'not bytes' }],
    [{ kind: 'json', contents: '{}' }],
    [null],
    ['save please'],
  ])('refuses an invalid request %j with a message and without a dialog', async (payload) => {
    const { call, dialog } = setup();
    const result = (await call(IPC_CHANNELS.saveFile, payload)) as { status: string; message?: string };
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/\w+ \w+/u);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('says the disk is full when it is', async () => {
    const { call, files } = setup();
    files.writeFile.mockRejectedValue(codeError('ENOSPC'));
    expect(await call(IPC_CHANNELS.saveFile, boardSave)).toEqual({
      status: 'failed',
      message: 'The disk is full: the file was not saved. Free some space and try again.',
    });
    expect(DISK_FULL_MESSAGE).toBe('The disk is full: the file was not saved. Free some space and try again.');
  });

  it('explains permission problems and names unknown error codes', async () => {
    const { call, files } = setup();
    files.writeFile.mockRejectedValue(codeError('EACCES'));
    expect(await call(IPC_CHANNELS.saveFile, boardSave)).toEqual({ status: 'failed', message: expect.stringMatching(/permission/u) as unknown });
    expect(saveErrorMessage(codeError('EPERM'))).toMatch(/permission/u);
    expect(saveErrorMessage(codeError('EIO'))).toContain('EIO');
    expect(saveErrorMessage(new Error('boom'))).toMatch(/not saved/u);
  });

  it('asks for a shorter name when the file system refuses a long one', () => {
    expect(saveErrorMessage(codeError('ENAMETOOLONG'))).toBe(
      'That file name is too long for the disk: the file was not saved. Choose a shorter name and try again.',
    );
  });

  it('suggests a name within the 255 bytes Linux and macOS allow, however long the title in Japanese', async () => {
    const { call, dialog } = setup();
    const stem = withoutExtension(exportFileName(boardTitled(JAPANESE_TITLE), '2026-03-14'), 'json');
    await call(IPC_CHANNELS.saveFile, { ...boardSave, suggestedName: stem });
    const name = path.basename(dialog.showSaveDialog.mock.calls[0]?.[1].defaultPath ?? '');
    expect(name.endsWith(' - ownership map - 2026-03-14.ownership.json')).toBe(true);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  });

  it('reports a dialog that could not be shown', async () => {
    const { call, dialog, files } = setup();
    dialog.showSaveDialog.mockRejectedValue(new Error('no display'));
    expect(await call(IPC_CHANNELS.saveFile, boardSave)).toEqual({ status: 'failed', message: expect.any(String) as unknown });
    expect(files.writeFile).not.toHaveBeenCalled();
  });
});

describe('opening a file', () => {
  it('asks for one file of the requested kinds and returns its text', async () => {
    const { call, dialog, window } = setup();
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['json', 'csv'] })).toEqual({
      status: 'opened',
      name: 'Team A.ownership.json',
      text: BOARD_FILE_TEXT,
    });
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options?.properties).toEqual(['openFile']);
    expect(options?.filters).toEqual([
      { name: 'Ownership map', extensions: ['json'] },
      { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
    ]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { call, files } = setup();
    files.fileSize.mockResolvedValue(MAX_FILE_BYTES + 1);
    const result = await call(IPC_CHANNELS.openFile, { kinds: ['json'] });
    // With the file's name, so the page's alert names the file it refused.
    expect(result).toEqual({ status: 'failed', name: 'Team A.ownership.json', message: TOO_LARGE_MESSAGE });
    expect(TOO_LARGE_MESSAGE).toContain('20 MB');
    expect(files.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the limit while it was read', async () => {
    const { call, files } = setup();
    files.readFile.mockResolvedValue(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['json'] })).toEqual({ status: 'failed', name: 'Team A.ownership.json', message: TOO_LARGE_MESSAGE });
  });

  it('drops a byte-order mark and refuses text that is not UTF-8', async () => {
    const { call, files } = setup();
    files.readFile.mockResolvedValueOnce(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['csv'] })).toMatchObject({ status: 'opened', text: 'A' });
    files.readFile.mockResolvedValueOnce(new Uint8Array([0x41, 0xe9, 0x42]));
    // In the words the browser build uses for the same file (shared/ipc.ts).
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['csv'] })).toEqual({ status: 'failed', name: 'Team A.ownership.json', message: NOT_UTF8_MESSAGE });
    // UTF-16 (Notepad's "Unicode") is named so.
    files.readFile.mockResolvedValueOnce(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]));
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['csv'] })).toEqual({ status: 'failed', name: 'Team A.ownership.json', message: UTF16_MESSAGE });
  });

  it('names a PDF for what it is, in the browser build\'s words', async () => {
    const { call, files } = setup();
    files.readFile.mockResolvedValueOnce(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0xe2, 0xe3]));
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['json'] })).toEqual({ status: 'failed', name: 'Team A.ownership.json', message: PDF_MESSAGE });
  });

  it('reports a file that disappeared', async () => {
    const { call, files } = setup();
    files.fileSize.mockRejectedValue(codeError('ENOENT'));
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['json'] })).toEqual({
      status: 'failed',
      name: 'Team A.ownership.json',
      message: expect.stringMatching(/could not be found/u) as unknown,
    });
  });

  it('reads nothing when the dialog is cancelled', async () => {
    const { call, dialog, files } = setup();
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['json'] })).toEqual({ status: 'cancelled' });
    expect(files.readFile).not.toHaveBeenCalled();
  });

  it.each([[{ kinds: [] }], [{ kinds: ['exe'] }], [{}], [undefined]])('refuses an invalid request %j', async (payload) => {
    const { call, dialog } = setup();
    expect(await call(IPC_CHANNELS.openFile, payload)).toMatchObject({ status: 'failed', message: expect.any(String) as unknown });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('opening a file whose disk does not answer (a network share out of reach)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The open dialog's call, with whether it has answered yet. */
  function opened(call: (channel: string, payload?: unknown) => Promise<unknown>) {
    const result: { settled: boolean; value: unknown } = { settled: false, value: undefined };
    void call(IPC_CHANNELS.openFile, { kinds: ['json'] }).then((value) => {
      result.settled = true;
      result.value = value;
    });
    return result;
  }

  /** A read that answers only when the test says so, keeping what it was told. */
  function heldRead(files: ReturnType<typeof setup>['files']) {
    const held: { watch: ReadWatch | undefined; answer: (bytes: Uint8Array) => void } = { watch: undefined, answer: () => undefined };
    files.readFile.mockImplementation(
      (_path, watch) =>
        new Promise((resolve) => {
          held.watch = watch;
          held.answer = resolve;
        }),
    );
    return held;
  }

  const noAnswer = { status: 'failed', name: 'Team A.ownership.json', message: NO_ANSWER_MESSAGE };

  it('tells the page after 30 seconds when the read never answers, in words a person can act on', async () => {
    const { call, files, onFileUsed } = setup();
    const held = heldRead(files);
    const result = opened(call);
    await vi.advanceTimersByTimeAsync(FILE_ANSWER_TIMEOUT_MS - 1);
    expect(result.settled).toBe(false);
    expect(held.watch?.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ settled: true, value: noAnswer });
    expect(NO_ANSWER_MESSAGE).toBe(
      'That file did not answer within 30 seconds: its disk or network share may be unreachable. Check the connection and try again.',
    );
    // The read is told nobody waits any more, so it reads no further and closes the file.
    expect(held.watch?.signal.aborted).toBe(true);
    // Its late answer changes nothing.
    held.answer(new TextEncoder().encode(BOARD_FILE_TEXT));
    await vi.advanceTimersByTimeAsync(FILE_ANSWER_TIMEOUT_MS);
    expect(result.value).toEqual(noAnswer);
    expect(onFileUsed).not.toHaveBeenCalled();
  });

  it('tells the page when even the look at the file\'s size never answers, and does not then start the read', async () => {
    const { call, files } = setup();
    let answerSize: (size: number) => void = () => undefined;
    files.fileSize.mockImplementation(
      () =>
        new Promise((resolve) => {
          answerSize = resolve;
        }),
    );
    const result = opened(call);
    await vi.advanceTimersByTimeAsync(FILE_ANSWER_TIMEOUT_MS);
    expect(result).toEqual({ settled: true, value: noAnswer });
    answerSize(11);
    await vi.advanceTimersByTimeAsync(0);
    expect(files.readFile).not.toHaveBeenCalled();
  });

  it('opens a file that is slow but answers within the limit', async () => {
    const { call, files } = setup();
    const held = heldRead(files);
    const result = opened(call);
    await vi.advanceTimersByTimeAsync(FILE_ANSWER_TIMEOUT_MS - 1000);
    held.answer(new TextEncoder().encode(BOARD_FILE_TEXT));
    await vi.advanceTimersByTimeAsync(0);
    expect(result).toEqual({ settled: true, value: { status: 'opened', name: 'Team A.ownership.json', text: BOARD_FILE_TEXT } });
    await vi.advanceTimersByTimeAsync(FILE_ANSWER_TIMEOUT_MS);
    expect(held.watch?.signal.aborted).toBe(false);
  });

  it('reads a large board over a slow connection to the end: the wait starts again at each part that arrives', async () => {
    const { call, files } = setup();
    const held = heldRead(files);
    const result = opened(call);
    for (let part = 0; part < 4; part += 1) {
      await vi.advanceTimersByTimeAsync(FILE_ANSWER_TIMEOUT_MS - 1000);
      held.watch?.answered();
    }
    held.answer(new TextEncoder().encode(BOARD_FILE_TEXT));
    await vi.advanceTimersByTimeAsync(0);
    expect(result.value).toEqual({ status: 'opened', name: 'Team A.ownership.json', text: BOARD_FILE_TEXT });
  });

  it('does not read again a file whose last read is still stuck ("Try again" took one of Node\'s four file threads each time), until it comes back', async () => {
    const { call, files } = setup();
    const held = heldRead(files);
    const first = opened(call);
    await vi.advanceTimersByTimeAsync(FILE_ANSWER_TIMEOUT_MS);
    expect(first.value).toEqual(noAnswer);
    // Tried again, the share still out of reach: said at once, the share not asked again.
    const again = opened(call);
    await vi.advanceTimersByTimeAsync(0);
    expect(again).toEqual({ settled: true, value: { ...noAnswer, message: STILL_NO_ANSWER_MESSAGE } });
    expect(files.fileSize).toHaveBeenCalledTimes(1);
    expect(files.readFile).toHaveBeenCalledTimes(1);
    // The share back, the stuck read returns: the next try reads the file.
    held.answer(new TextEncoder().encode(BOARD_FILE_TEXT));
    await vi.advanceTimersByTimeAsync(0);
    files.readFile.mockImplementation(() => Promise.resolve(new TextEncoder().encode(BOARD_FILE_TEXT)));
    const third = opened(call);
    await vi.advanceTimersByTimeAsync(0);
    expect(third.value).toEqual({ status: 'opened', name: 'Team A.ownership.json', text: BOARD_FILE_TEXT });
  });

  it(`opens no other file while ${String(MOST_STUCK_READS)} reads are stuck, so the app's own files keep a thread`, async () => {
    const { call, files, dialog } = setup();
    heldRead(files);
    const paths = ['/net/share/A.ownership.json', '/net/share/B.ownership.json', '/home/ada/C.ownership.json'];
    for (const filePath of paths) dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [filePath] });
    for (const _ of paths.slice(0, MOST_STUCK_READS)) {
      const stuck = opened(call);
      await vi.advanceTimersByTimeAsync(FILE_ANSWER_TIMEOUT_MS);
      expect(stuck.value).toMatchObject({ status: 'failed', message: NO_ANSWER_MESSAGE });
    }
    const other = opened(call);
    await vi.advanceTimersByTimeAsync(0);
    expect(other).toEqual({ settled: true, value: { status: 'failed', name: 'C.ownership.json', message: STUCK_READS_MESSAGE } });
    expect(files.readFile).toHaveBeenCalledTimes(MOST_STUCK_READS);
  });
});

describe('payload validation on every channel that takes one', () => {
  const INVALID_PAYLOADS: Readonly<Partial<Record<IpcChannel, readonly unknown[]>>> = {
    [IPC_CHANNELS.saveFile]: [null, 'x', { suggestedName: 'x', kind: 'exe', contents: '' }, { suggestedName: 1, kind: 'json', contents: '' }],
    [IPC_CHANNELS.openFile]: [null, {}, { kinds: ['exe'] }, { kinds: 'json' }],
    [IPC_CHANNELS.printToPdf]: [
      null,
      [],
      { ...pdfRequest, paper: 'A3' },
      { ...pdfRequest, orientation: 'sideways' },
      { ...pdfRequest, sections: [] },
      { ...pdfRequest, sections: ['cover', '<script>'] },
      { ...pdfRequest, sections: 'cover' },
      { ...pdfRequest, boardId: '' },
      { ...pdfRequest, boardId: 'x'.repeat(201) },
      { ...pdfRequest, boardId: 42 },
      { ...pdfRequest, suggestedName: undefined },
    ],
    [IPC_CHANNELS.writeBackup]: [
      null,
      'x',
      [],
      { ...backupRequest, boardId: '../../etc' },
      { ...backupRequest, boardId: 'a/b' },
      { ...backupRequest, boardId: 'a\\b' },
      { ...backupRequest, boardId: '..' },
      { ...backupRequest, boardId: '' },
      { ...backupRequest, boardId: 'CON' },
      { ...backupRequest, boardId: 'x'.repeat(101) },
      { ...backupRequest, boardId: 7 },
      { ...backupRequest, title: undefined },
      { ...backupRequest, json: '' },
      { ...backupRequest, json: { board: 1 } },
      { ...backupRequest, json: 'x'.repeat(MAX_FILE_BYTES + 1) },
    ],
    [IPC_CHANNELS.readBackup]: [
      null,
      42,
      { id: BACKUP_ID },
      '../../../etc/passwd',
      '/etc/passwd',
      'b-1/../../secret/2026-03-14T10-15-30.123Z.ownership.json',
      '../2026-03-14T10-15-30.123Z.ownership.json',
      'b-1\\..\\..\\2026-03-14T10-15-30.123Z.ownership.json',
      'b-1/2026-03-14T10-15-30.123Z.meta.json',
      'b-1/2026-13-14T10-15-30.123Z.ownership.json',
      'b-1/sub/2026-03-14T10-15-30.123Z.ownership.json',
      'b-1/2026-03-14T10-15-30.123Z.ownership.json\u0000.txt',
    ],
    [IPC_CHANNELS.deleteBackups]: [null, 'b-1', { ids: ['b-1'] }, ['b-1', '..'], ['../etc'], ['a/b'], ['CON'], [7], Array.from({ length: 10_001 }, (_, i) => `b-${String(i)}`)],
    [IPC_CHANNELS.appearance]: [42, 'sepia', 'Dark', '', null, { choice: 'dark' }, ['dark'], 'dark\u0000'],
  };
  /** Told, not asked: what is not a look is ignored without an answer (the page has nothing to say to anyone). */
  const TOLD_ONLY: readonly IpcChannel[] = [IPC_CHANNELS.appearance];
  // Channels without a payload (info, takePendingFile) ignore whatever is sent.
  const cases = invokeChannels.flatMap((channel) => (INVALID_PAYLOADS[channel] ?? []).map((payload) => [channel, payload] as const));

  it('covers every channel whose valid payload is not empty', () => {
    const withPayload = invokeChannels.filter((channel) => VALID_PAYLOADS[channel] !== undefined);
    expect(withPayload.every((channel) => (INVALID_PAYLOADS[channel]?.length ?? 0) > 0)).toBe(true);
  });

  it.each(cases)('%s answers %j with a failure message (or, told only, not at all) and does nothing', async (channel, payload) => {
    const { call, dialog, files, renderPdf, backups, setAppearance } = setup();
    const result = (await call(channel, payload)) as { status: string; message?: string } | undefined;
    if (TOLD_ONLY.includes(channel)) {
      expect(result).toBeUndefined();
    } else {
      expect(result?.status).toBe('failed');
      expect(result?.message).toMatch(/\w+ \w+/u);
    }
    expect(setAppearance).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(files.writeFile).not.toHaveBeenCalled();
    expect(renderPdf).not.toHaveBeenCalled();
    expect(backups.write).not.toHaveBeenCalled();
    expect(backups.read).not.toHaveBeenCalled();
    expect(backups.forget).not.toHaveBeenCalled();
  });
});

describe('exporting a PDF', () => {
  it('renders the print view of the requested board, then asks where to save and writes the bytes', async () => {
    const { call, dialog, files, renderPdf, window } = setup();
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/ada/Documents/Team A.pdf' });
    expect(await call(IPC_CHANNELS.printToPdf, pdfRequest)).toEqual({ status: 'saved', name: 'Team A.pdf' });
    expect(renderPdf).toHaveBeenCalledWith({ boardId: 'b-1', paper: 'A4', orientation: 'landscape', sections: ['cover', 'map'] });
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options?.defaultPath).toBe(path.join('/home/ada/Documents', 'Team A.pdf'));
    expect(options?.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(files.writeFile).toHaveBeenCalledWith('/home/ada/Documents/Team A.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    // Rendered before the dialog, so a failure is known before the user picks a place.
    expect(renderPdf.mock.invocationCallOrder[0]).toBeLessThan(dialog.showSaveDialog.mock.invocationCallOrder[0] ?? 0);
  });

  it('reports the renderer\'s own failure message (e.g. the 20 s timeout) without a dialog', async () => {
    const { call, dialog, renderPdf } = setup();
    renderPdf.mockRejectedValue(new PdfError(PDF_TIMEOUT_MESSAGE));
    expect(await call(IPC_CHANNELS.printToPdf, pdfRequest)).toEqual({ status: 'failed', message: PDF_TIMEOUT_MESSAGE });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports an unexpected error in general words', async () => {
    const { call, renderPdf } = setup();
    renderPdf.mockRejectedValue(new Error('GPU process crashed'));
    const result = (await call(IPC_CHANNELS.printToPdf, pdfRequest)) as { status: string; message: string };
    expect(result.status).toBe('failed');
    expect(result.message).not.toContain('GPU');
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { call, dialog, files } = setup();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await call(IPC_CHANNELS.printToPdf, pdfRequest)).toEqual({ status: 'cancelled' });
    expect(files.writeFile).not.toHaveBeenCalled();
  });

  it('makes one PDF at a time', async () => {
    const { call, renderPdf } = setup();
    let finish: (bytes: Uint8Array) => void = () => undefined;
    renderPdf.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const first = call(IPC_CHANNELS.printToPdf, pdfRequest);
    expect(await call(IPC_CHANNELS.printToPdf, pdfRequest)).toMatchObject({ status: 'failed', message: expect.stringMatching(/already/u) as unknown });
    finish(new Uint8Array([1]));
    expect(await first).toMatchObject({ status: 'saved' });
    expect(await call(IPC_CHANNELS.printToPdf, pdfRequest)).toMatchObject({ status: 'saved' });
  });
});

describe('the file the OS handed over before the page listened', () => {
  it('is handed out through takePendingFile', async () => {
    const { call, takePendingFile } = setup();
    expect(await call(IPC_CHANNELS.takePendingFile)).toEqual({ name: 'Team.ownership.json', text: '{}' });
    takePendingFile.mockResolvedValue(null);
    expect(await call(IPC_CHANNELS.takePendingFile)).toBeNull();
  });
});

describe('board backups', () => {
  it('hands a valid backup to the store, with the title cut to 200 characters', async () => {
    const { call, backups } = setup();
    expect(await call(IPC_CHANNELS.writeBackup, { ...backupRequest, title: 'T'.repeat(300), extra: 'ignored' })).toEqual({ status: 'saved' });
    expect(backups.write).toHaveBeenCalledWith({ boardId: 'b-1', title: 'T'.repeat(200), boardUpdatedAt: '2026-03-14T10:15:00.000Z', json: '{"board":1}' });
  });

  it('passes on the store\'s failure message (a full disk)', async () => {
    const { call, backups } = setup();
    backups.write.mockResolvedValue({ status: 'failed', message: 'The disk is full.' });
    expect(await call(IPC_CHANNELS.writeBackup, backupRequest)).toEqual({ status: 'failed', message: 'The disk is full.' });
  });

  it('lists the backups, and lists none when the folder cannot be read', async () => {
    const { call, backups } = setup();
    expect(await call(IPC_CHANNELS.listBackups)).toEqual([backupEntry]);
    backups.list.mockRejectedValue(codeError('EACCES'));
    expect(await call(IPC_CHANNELS.listBackups)).toEqual([]);
  });

  it('reads a backup by its id', async () => {
    const { call, backups } = setup();
    expect(await call(IPC_CHANNELS.readBackup, BACKUP_ID)).toMatchObject({ status: 'opened', text: '{}' });
    expect(backups.read).toHaveBeenCalledWith(BACKUP_ID);
  });

  it('deletes the backups of boards deleted for good, and passes on what went wrong', async () => {
    const { call, backups } = setup();
    expect(await call(IPC_CHANNELS.deleteBackups, ['b-1', 'b_2'])).toEqual({ status: 'deleted' });
    expect(backups.forget).toHaveBeenCalledWith(['b-1', 'b_2']);
    backups.forget.mockResolvedValue({ status: 'failed', message: 'Some backups could not be deleted: no permission.' });
    expect(await call(IPC_CHANNELS.deleteBackups, ['b-1'])).toEqual({ status: 'failed', message: 'Some backups could not be deleted: no permission.' });
  });
});

describe('recent files', () => {
  it('hears of a JSON file opened only when it is a board file: another JSON is refused by the page', async () => {
    const { call, files, onFileUsed } = setup();
    files.readFile.mockResolvedValueOnce(new TextEncoder().encode('{"type":"excalidraw","elements":[]}'));
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['json'] })).toMatchObject({ status: 'opened' });
    files.readFile.mockResolvedValueOnce(new TextEncoder().encode('not json'));
    await call(IPC_CHANNELS.openFile, { kinds: ['json'] });
    expect(onFileUsed).not.toHaveBeenCalled();
    // A board file, even one the page will find something wrong with, is a board to reopen.
    files.readFile.mockResolvedValueOnce(new TextEncoder().encode('\uFEFF{"format":"ownership-board","version":99}'));
    await call(IPC_CHANNELS.openFile, { kinds: ['json'] });
    expect(onFileUsed).toHaveBeenCalledTimes(1);
  });

  it('hears of files opened and saved through the dialogs, not of cancelled or failed ones', async () => {
    const { call, dialog, files, onFileUsed } = setup();
    await call(IPC_CHANNELS.openFile, { kinds: ['json'] });
    expect(onFileUsed).toHaveBeenLastCalledWith('/home/ada/Documents/Team A.ownership.json');
    await call(IPC_CHANNELS.saveFile, boardSave);
    expect(onFileUsed).toHaveBeenCalledTimes(2);

    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await call(IPC_CHANNELS.openFile, { kinds: ['json'] });
    files.writeFile.mockRejectedValue(codeError('ENOSPC'));
    await call(IPC_CHANNELS.saveFile, boardSave);
    expect(onFileUsed).toHaveBeenCalledTimes(2);
  });
});

describe('files handed over by the OS', () => {
  it('ignores Chromium switches in a second instance\'s argv and reads file URIs from Linux desktops', () => {
    expect(
      fileArgument(['/opt/ob/ownership-board', '--allow-file-access-from-files', 'Team.ownership.json', '--original-process-start-time=1'], '/home/ada'),
    ).toBe(path.resolve('/home/ada', 'Team.ownership.json'));
    expect(fileArgument(['/opt/ob/ownership-board', 'file:///home/ada/My%20Team.ownership.json'], '/x')).toBe('/home/ada/My Team.ownership.json');
    expect(fileArgument(['/opt/ob/ownership-board', 'file://server/share/Team.ownership.json'], '/x')).toBeNull();
    expect(fileArgument(['/opt/ob/ownership-board', '-psn_0_12345'], '/x')).toBeNull();
  });

  it('takes the last JSON file argument, resolved against the launch folder', () => {
    expect(fileArgument(['/opt/Ownership Board/ownership-board', 'Team.ownership.json'], '/home/ada')).toBe(
      path.resolve('/home/ada', 'Team.ownership.json'),
    );
    expect(fileArgument(['app', '--flag', '/a/b.JSON'], '/x')).toBe('/a/b.JSON');
    expect(fileArgument(['/usr/bin/electron', '.'], '/x')).toBeNull();
    expect(fileArgument(['app', '--inspect=config.json'], '/x')).toBeNull();
    expect(fileArgument(['board.json'], '/x')).toBeNull();
  });
});

describe('the real file system', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'ownership-board-ipc-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes text as UTF-8 and replaces an existing file without leaving temporary files', async () => {
    const target = path.join(folder, 'Team.ownership.json');
    await writeFile(target, 'old export');
    await nodeFileSystem.writeFile(target, 'Équipe ✓');
    expect(await readFile(target, 'utf8')).toBe('Équipe ✓');
    expect(await readdir(folder)).toEqual(['Team.ownership.json']);
  });

  // The temporary file sits next to the target; named after the target it was 42 bytes longer,
  // over the 255-byte limit for a name that fits itself (a long title in Japanese, Greek, …).
  it('writes a file whose name is close to the 255-byte limit, leaving no temporary file', async () => {
    const name = `${'日'.repeat(80)}.ownership.json`; // 255 bytes
    expect(Buffer.byteLength(name)).toBe(255);
    await nodeFileSystem.writeFile(path.join(folder, name), '{}');
    expect(await readdir(folder)).toEqual([name]);
  });

  it.each([
    ['Japanese', JAPANESE_TITLE],
    ['Chinese', '收入责任研讨会北京总部第三季度销售目标与负责人'.repeat(9)],
    ['Greek', 'Εργαστήριο ευθύνης εσόδων και ιδιοκτησίας '.repeat(5)],
    ['Cyrillic', 'Семинар по ответственности за выручку '.repeat(6)],
  ])('saves the JSON, both CSVs and the PDF of a board with a long %s title under their suggested names', async (_script, text) => {
    const board = boardTitled(text);
    const stem = withoutExtension(exportFileName(board, '2026-03-14'), 'json');
    const csv = csvFileNames(board, '2026-03-14');
    // The real disk, and a facilitator who accepts the name the save dialog suggests.
    const { call, dialog, files } = setup();
    files.writeFile.mockImplementation((filePath, data) => nodeFileSystem.writeFile(filePath, data));
    dialog.showSaveDialog.mockImplementation((_window, options) =>
      Promise.resolve({ canceled: false, filePath: path.join(folder, path.basename(options.defaultPath ?? '')) }),
    );
    const results = [
      await call(IPC_CHANNELS.saveFile, { kind: 'json', contents: '{}', suggestedName: stem }),
      await call(IPC_CHANNELS.saveFile, { kind: 'csv', contents: 'a', suggestedName: withoutExtension(csv.outcomes, 'csv') }),
      await call(IPC_CHANNELS.saveFile, { kind: 'csv', contents: 'a', suggestedName: withoutExtension(csv.activities, 'csv') }),
      await call(IPC_CHANNELS.printToPdf, { ...pdfRequest, suggestedName: stem }),
    ];
    expect(results.map((result) => (result as { status: string }).status)).toEqual(['saved', 'saved', 'saved', 'saved']);
    expect((await readdir(folder)).sort()).toEqual([
      `${stem}.ownership.json`,
      `${stem}.pdf`,
      csv.activities,
      csv.outcomes,
    ].sort());
  });

  it('writes bytes unchanged and reports sizes', async () => {
    const target = path.join(folder, 'Board.pdf');
    await nodeFileSystem.writeFile(target, new Uint8Array([1, 2, 3]));
    expect([...(await nodeFileSystem.readFile(target))]).toEqual([1, 2, 3]);
    expect(await nodeFileSystem.fileSize(target)).toBe(3);
  });

  it('fails with the error code and leaves nothing behind when writing is impossible', async () => {
    await expect(nodeFileSystem.writeFile(path.join(folder, 'missing', 'x.csv'), 'a')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('tells the reader of each answer, and stops and closes the file once the reader gave up', async () => {
    const target = path.join(folder, 'Team.ownership.json');
    await writeFile(target, Buffer.alloc(3 * 1024 * 1024 + 10, 0x20));
    const giveUp = new AbortController();
    const answered = vi.fn();
    expect((await nodeFileSystem.readFile(target, { signal: giveUp.signal, answered })).byteLength).toBe(3 * 1024 * 1024 + 10);
    // Opened, three full parts, the rest, and the end.
    expect(answered).toHaveBeenCalledTimes(6);

    const openFiles = async (): Promise<number> => (await readdir('/proc/self/fd')).length;
    const before = process.platform === 'linux' ? await openFiles() : 0;
    giveUp.abort();
    answered.mockClear();
    await expect(nodeFileSystem.readFile(target, { signal: giveUp.signal, answered })).rejects.toMatchObject({ name: 'AbortError' });
    expect(answered).not.toHaveBeenCalled();
    if (process.platform === 'linux') expect(await openFiles()).toBe(before);
  });

  it('refuses to read a folder as a file', async () => {
    await expect(nodeFileSystem.fileSize(folder)).rejects.toMatchObject({ code: 'EISDIR' });
  });

  // A zip keeps links: a "Team.ownership.json" linked to /dev/zero was read for minutes, the main
  // process's memory growing, and one that is a named pipe never answered.
  it.runIf(process.platform !== 'win32')('refuses a device or a pipe, and never reads more than one byte past the limit', async () => {
    const zero = path.join(folder, 'Team.ownership.json');
    await symlink('/dev/zero', zero);
    await expect(nodeFileSystem.fileSize(zero)).rejects.toMatchObject({ code: 'ENOTFILE' });
    await expect(nodeFileSystem.readFile(zero)).rejects.toMatchObject({ code: 'ENOTFILE' });
    await expect(readFileForRenderer(zero, nodeFileSystem)).resolves.toEqual({
      status: 'failed',
      name: 'Team.ownership.json',
      message: 'That is not a file the app can open (a device or a pipe, not a saved board).',
    });
    const pipe = path.join(folder, 'Pipe.ownership.json');
    execFileSync('mkfifo', [pipe]);
    await expect(readFileForRenderer(pipe, nodeFileSystem)).resolves.toMatchObject({ status: 'failed', message: /not a file the app can open/u });
    // A file past the limit is read only to one byte past it.
    const big = path.join(folder, 'big.ownership.json');
    await writeFile(big, Buffer.alloc(MAX_FILE_BYTES + 4096, 0x20));
    expect((await nodeFileSystem.readFile(big)).byteLength).toBe(MAX_FILE_BYTES + 1);
    await expect(readFileForRenderer(big, nodeFileSystem)).resolves.toMatchObject({ status: 'failed', message: TOO_LARGE_MESSAGE });
  });
});

describe('parsePrintPdfRequest', () => {
  it('accepts a full request, putting sections in print order and cleaning the file name', () => {
    expect(parsePrintPdfRequest({ ...pdfRequest, suggestedName: 'Team/A: plan', sections: ['people', 'cover', 'cover'] })).toEqual({
      ok: true,
      value: { suggestedName: 'Team A plan', boardId: 'b-1', paper: 'A4', orientation: 'landscape', sections: ['cover', 'people'] },
    });
  });

  it('keeps a board id with URL characters intact', () => {
    const parsed = parsePrintPdfRequest({ ...pdfRequest, boardId: 'a&b=c#d' });
    expect(parsed.ok && parsed.value.boardId).toBe('a&b=c#d');
  });

  it('drops anything that is not part of the request', () => {
    const parsed = parsePrintPdfRequest({ ...pdfRequest, url: 'https://evil.example/' });
    expect(parsed.ok && Object.keys(parsed.value).sort()).toEqual(['boardId', 'orientation', 'paper', 'sections', 'suggestedName']);
  });

  it('refuses sections smuggled in with a comma', () => {
    expect(parsePrintPdfRequest({ ...pdfRequest, sections: ['cover,map'] }).ok).toBe(false);
  });

  it('refuses a file name far longer than the app ever sends, before cleaning it (a compromised page)', () => {
    expect(parsePrintPdfRequest({ ...pdfRequest, suggestedName: 'x'.repeat(MAX_NAME_INPUT) }).ok).toBe(true);
    expect(parsePrintPdfRequest({ ...pdfRequest, suggestedName: 'x'.repeat(MAX_NAME_INPUT + 1) })).toEqual({ ok: false, error: 'The file name is too long.' });
    expect(parseSaveFileRequest({ suggestedName: 'x'.repeat(MAX_NAME_INPUT + 1), kind: 'json', contents: '{}' })).toEqual({ ok: false, error: 'The file name is too long.' });
    expect(parseSaveFileRequest({ suggestedName: 'x'.repeat(MAX_NAME_INPUT), kind: 'json', contents: '{}' }).ok).toBe(true);
  });
});

describe('parseMenuCommand', () => {
  it('accepts every command the menu sends, Appearance with each of its choices', () => {
    const commands: MenuCommand[] = [
      { type: 'undo' },
      { type: 'redo' },
      { type: 'new-board' },
      { type: 'import' },
      { type: 'presentation' },
      { type: 'find' },
      { type: 'export', kind: 'csv' },
      { type: 'zoom', direction: 'fit' },
      { type: 'appearance', choice: 'system' },
      { type: 'appearance', choice: 'light' },
      { type: 'appearance', choice: 'dark' },
      { type: 'open-file', name: 'Team.ownership.json', text: '{}' },
    ];
    for (const command of commands) expect(parseMenuCommand(command)).toEqual(command);
  });

  it('refuses an Appearance that is not a look the app has, or has none', () => {
    for (const choice of ['sepia', 'Light', '', null, 1, ['dark'], { dark: true }]) {
      expect(parseMenuCommand({ type: 'appearance', choice })).toBeNull();
    }
    expect(parseMenuCommand({ type: 'appearance' })).toBeNull();
  });

  it('refuses what is not a command, an unknown type and fields out of range', () => {
    for (const payload of [null, 'undo', ['undo'], {}, { type: 'quit' }, { type: 'export', kind: 'exe' }, { type: 'zoom', direction: 'up' }, { type: 'open-file', name: 'a' }]) {
      expect(parseMenuCommand(payload)).toBeNull();
    }
  });

  it('keeps only the command\'s own fields', () => {
    expect(parseMenuCommand({ type: 'appearance', choice: 'dark', url: 'https://evil.example/' })).toEqual({ type: 'appearance', choice: 'dark' });
    expect(parseMenuCommand({ type: 'undo', then: 'redo' })).toEqual({ type: 'undo' });
  });
});

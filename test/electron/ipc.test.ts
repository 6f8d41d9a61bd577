// The bridge's main-process side: only the app's own page may use it, every payload is checked,
// and every failure reaches the facilitator as a sentence they can act on.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MAX_FILE_BYTES } from '../../shared/ipc';

vi.mock('electron', () => ({}));

import {
  DISK_FULL_MESSAGE,
  TOO_LARGE_MESSAGE,
  fileArgument,
  isTrustedSender,
  nodeFileSystem,
  registerIpcHandlers,
  saveErrorMessage,
  type FileSystem,
  type IpcDeps,
} from '../../electron/ipc';

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
    readFile: vi.fn((_path: string) => Promise.resolve<Uint8Array>(new TextEncoder().encode('{"board":1}'))),
    fileSize: vi.fn((_path: string) => Promise.resolve(11)),
  } satisfies FileSystem;
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
    appVersion: '0.1.0',
    platform: 'linux',
    allowedOrigins: ALLOWED,
  };
  registerIpcHandlers(deps);
  const call = async (channel: string, payload?: unknown, event: IpcMainInvokeEvent = senderEvent()): Promise<unknown> => {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return await handler(event, payload);
  };
  return { handlers, dialog, files, window, call };
}

const boardSave = { suggestedName: 'Team A', kind: 'json', contents: '{"board":1}' };

beforeEach(() => {
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('the handlers', () => {
  it('are registered for exactly the bridge channels', () => {
    expect([...setup().handlers.keys()].sort()).toEqual([IPC_CHANNELS.info, IPC_CHANNELS.openFile, IPC_CHANNELS.saveFile].sort());
  });

  it('tell the page it runs on the desktop, with the OS and version', async () => {
    expect(await setup().call(IPC_CHANNELS.info)).toEqual({ shell: 'desktop', os: 'linux', appVersion: '0.1.0' });
  });
});

describe('the sender check', () => {
  const channels = [
    [IPC_CHANNELS.info, undefined],
    [IPC_CHANNELS.saveFile, boardSave],
    [IPC_CHANNELS.openFile, { kinds: ['json'] }],
  ] as const;

  it.each(channels)('%s refuses a page of another origin and touches nothing', async (channel, payload) => {
    const { call, dialog, files } = setup();
    await expect(call(channel, payload, senderEvent({ url: 'https://evil.example/' }))).rejects.toThrow('Request refused.');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(files.writeFile).not.toHaveBeenCalled();
    expect(files.readFile).not.toHaveBeenCalled();
  });

  it.each(channels)('%s refuses an iframe even of the app origin', async (channel, payload) => {
    const { call, dialog } = setup();
    await expect(call(channel, payload, senderEvent({ subframe: true }))).rejects.toThrow('Request refused.');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
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

describe('saving a file', () => {
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
      text: '{"board":1}',
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
    expect(result).toEqual({ status: 'failed', message: TOO_LARGE_MESSAGE });
    expect(TOO_LARGE_MESSAGE).toContain('20 MB');
    expect(files.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the limit while it was read', async () => {
    const { call, files } = setup();
    files.readFile.mockResolvedValue(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['json'] })).toEqual({ status: 'failed', message: TOO_LARGE_MESSAGE });
  });

  it('drops a byte-order mark and refuses text that is not UTF-8', async () => {
    const { call, files } = setup();
    files.readFile.mockResolvedValueOnce(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['csv'] })).toMatchObject({ status: 'opened', text: 'A' });
    files.readFile.mockResolvedValueOnce(new Uint8Array([0xff, 0xfe, 0x00]));
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['csv'] })).toMatchObject({ status: 'failed' });
  });

  it('reports a file that disappeared', async () => {
    const { call, files } = setup();
    files.fileSize.mockRejectedValue(codeError('ENOENT'));
    expect(await call(IPC_CHANNELS.openFile, { kinds: ['json'] })).toEqual({
      status: 'failed',
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

describe('files handed over by the OS', () => {
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

  it('refuses to read a folder as a file', async () => {
    await expect(nodeFileSystem.fileSize(folder)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

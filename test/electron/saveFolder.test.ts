// The save dialog's folder survives a restart: userData/save-folder.json, read as untrusted (it is
// a path handed to the dialog), and given up for Documents once the folder is gone.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import {
  SAVE_FOLDER_CHECK_TIMEOUT_MS,
  SAVE_FOLDER_FILE,
  SaveFolder,
  isExistingFolder,
  parseSaveFolder,
  serializeSaveFolder,
  unreachableFolderMessage,
} from '../../electron/saveFolder';
import type { SettingsFiles } from '../../electron/settingsFiles';

describe('reading save-folder.json', () => {
  it('accepts what it wrote', () => {
    expect(parseSaveFolder(JSON.parse(serializeSaveFolder('/home/ada/Workshops/Q3')))).toBe('/home/ada/Workshops/Q3');
  });

  it.each([
    ['no file', undefined],
    ['not an object', 'x'],
    ['a list', ['/home/ada']],
    ['another version', { version: 2, folder: '/home/ada' }],
    ['no folder', { version: 1 }],
    ['a number', { version: 1, folder: 42 }],
    ['an object', { version: 1, folder: { toString: '/home/ada' } }],
    ['an empty string', { version: 1, folder: '' }],
    ['a relative path', { version: 1, folder: 'Workshops/../../etc' }],
    ['a URL', { version: 1, folder: 'https://evil.example/share' }],
    ['a NUL byte', { version: 1, folder: '/home/ada\0/etc' }],
    ['a path longer than any file system takes', { version: 1, folder: `/${'a'.repeat(5000)}` }],
  ])('ignores %s', (_what, raw) => {
    expect(parseSaveFolder(raw)).toBeNull();
  });
});

function saveFolder(stored: unknown, existing: (folder: string) => boolean = () => true) {
  const write = vi.fn<SettingsFiles['write']>();
  const read = vi.fn((name: string) => Promise.resolve(name === SAVE_FOLDER_FILE ? stored : undefined));
  const isFolder = vi.fn((folder: string) => Promise.resolve(existing(folder)));
  return { folder: new SaveFolder({ settings: { read, write }, isFolder }), write, isFolder };
}

describe('the folder the save dialog starts in', () => {
  it('is the stored one after a restart, while it is still a folder', async () => {
    const { folder } = saveFolder({ version: 1, folder: '/home/ada/Workshops' });
    await folder.load();
    expect(await folder.current()).toBe('/home/ada/Workshops');
  });

  it('is none (Documents) when the stored folder no longer exists', async () => {
    const { folder, isFolder } = saveFolder({ version: 1, folder: '/media/usb/Workshops' }, () => false);
    await folder.load();
    expect(await folder.current()).toBeNull();
    expect(isFolder).toHaveBeenCalledWith('/media/usb/Workshops');
  });

  it('is none, without looking at the disk, when the file holds something else', async () => {
    const { folder, isFolder } = saveFolder({ version: 1, folder: 'relative/path' });
    await folder.load();
    expect(await folder.current()).toBeNull();
    expect(isFolder).not.toHaveBeenCalled();
  });

  it('is remembered and written when a file is saved elsewhere, and not rewritten for the same folder', async () => {
    const { folder, write } = saveFolder(undefined);
    await folder.load();
    folder.remember('/home/ada/Workshops');
    folder.remember('/home/ada/Workshops');
    expect(await folder.current()).toBe('/home/ada/Workshops');
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith(SAVE_FOLDER_FILE, serializeSaveFolder('/home/ada/Workshops'));
  });
});

describe('a stored folder that does not answer (a network share out of reach)', () => {
  const SHARE = '/mnt/office/Workshops';

  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** A SaveFolder whose look at the disk answers only when the test says so (or never). */
  async function hanging() {
    let answer: (isFolder: boolean) => void = () => undefined;
    const isFolder = vi.fn(
      (_folder: string) =>
        new Promise<boolean>((resolve) => {
          answer = resolve;
        }),
    );
    const read = vi.fn(() => Promise.resolve({ version: 1, folder: SHARE }));
    const folder = new SaveFolder({ settings: { read, write: vi.fn() }, isFolder });
    await folder.load();
    return {
      folder,
      isFolder,
      answer: (isFolder: boolean) => {
        answer(isFolder);
      },
    };
  }

  /** current(), with whether it has answered yet. */
  function asked(folder: SaveFolder) {
    const result: { settled: boolean; value: string | null } = { settled: false, value: null };
    void folder.current().then((value) => {
      result.settled = true;
      result.value = value;
    });
    return result;
  }

  it('gives way to Documents once the time limit is up, and the log says why', async () => {
    const { folder } = await hanging();
    const current = asked(folder);
    await vi.advanceTimersByTimeAsync(SAVE_FOLDER_CHECK_TIMEOUT_MS - 1);
    expect(current.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(current).toEqual({ settled: true, value: null });
    expect(console.warn).toHaveBeenCalledWith(unreachableFolderMessage(SHARE));
    expect(unreachableFolderMessage(SHARE)).toMatch(/did not answer within 3 seconds.*starts in Documents/u);
  });

  it('is not looked at again while the first look hangs, and the next save does not wait for it again', async () => {
    const { folder, isFolder } = await hanging();
    const first = asked(folder);
    await vi.advanceTimersByTimeAsync(SAVE_FOLDER_CHECK_TIMEOUT_MS);
    expect(first.settled).toBe(true);
    const second = asked(folder);
    await vi.advanceTimersByTimeAsync(0);
    expect(second).toEqual({ settled: true, value: null });
    expect(isFolder).toHaveBeenCalledTimes(1);
  });

  it('is the starting folder again once the share answers', async () => {
    const { folder, isFolder, answer } = await hanging();
    const first = asked(folder);
    await vi.advanceTimersByTimeAsync(SAVE_FOLDER_CHECK_TIMEOUT_MS);
    expect(first.value).toBeNull();
    answer(true); // the late answer of the first look
    await vi.advanceTimersByTimeAsync(0);
    const second = asked(folder);
    await vi.advanceTimersByTimeAsync(SAVE_FOLDER_CHECK_TIMEOUT_MS / 2);
    answer(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(second).toEqual({ settled: true, value: SHARE });
    expect(isFolder).toHaveBeenCalledTimes(2);
  });
});

describe('whether a folder exists', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ownership-board-save-folder-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is true for a folder, false for a file or a path that is gone', async () => {
    await writeFile(path.join(dir, 'file.pdf'), 'x');
    expect(await isExistingFolder(dir)).toBe(true);
    expect(await isExistingFolder(path.join(dir, 'file.pdf'))).toBe(false);
    expect(await isExistingFolder(path.join(dir, 'gone'))).toBe(false);
  });
});

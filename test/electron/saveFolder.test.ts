// The save dialog's folder survives a restart: userData/save-folder.json, read as untrusted (it is
// a path handed to the dialog), and given up for Documents once the folder is gone.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { SAVE_FOLDER_FILE, SaveFolder, isExistingFolder, parseSaveFolder, serializeSaveFolder } from '../../electron/saveFolder';
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

// An export or a backup reaches the disk before its name points at it: the temporary file is
// flushed, then renamed, then the folder is flushed. Without the flushes a power cut can leave
// the renamed file empty on some file systems (XFS, ext4 without data=ordered, APFS, NTFS).
import { chmod, lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const steps: string[] = [];
/** What the next rename fails with (Windows refusing to replace a file another program holds open). */
const failing: { rename: Error | null } = { rename: null };

vi.mock('electron', () => ({}));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      const what = path.basename(String(args[0])).startsWith('.ob-') ? 'temporary file' : 'folder';
      steps.push(`open ${what}`);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        steps.push(`sync ${what}`);
        await sync();
      };
      return handle;
    },
    rename: async (...args: Parameters<typeof real.rename>) => {
      steps.push('rename');
      const failure = failing.rename;
      failing.rename = null;
      if (failure !== null) throw failure;
      await real.rename(...args);
    },
  };
});

const { nodeFileSystem, saveErrorMessage } = await import('../../electron/ipc');

let folder = '';

beforeEach(async () => {
  steps.length = 0;
  folder = await mkdtemp(path.join(os.tmpdir(), 'durable-write-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('nodeFileSystem.writeFile', () => {
  it('flushes the data before the rename, and the folder after it', async () => {
    const target = path.join(folder, 'Revenue workshop.ownership.json');
    await nodeFileSystem.writeFile(target, '{"board":1}');
    expect(steps).toEqual(['open temporary file', 'sync temporary file', 'rename', 'open folder', 'sync folder']);
    expect(await readFile(target, 'utf8')).toBe('{"board":1}');
    expect(await readdir(folder)).toEqual(['Revenue workshop.ownership.json']);
  });

  it('writes bytes (a PDF) the same way', async () => {
    const target = path.join(folder, 'map.pdf');
    await nodeFileSystem.writeFile(target, new Uint8Array([37, 80, 68, 70]));
    expect(steps.slice(0, 3)).toEqual(['open temporary file', 'sync temporary file', 'rename']);
    expect([...(await readFile(target))]).toEqual([37, 80, 68, 70]);
  });

  it('says the file is open elsewhere, not that saving there is forbidden, when the old file cannot be replaced, and leaves it as it was', async () => {
    const target = path.join(folder, 'Revenue workshop.pdf');
    await writeFile(target, 'the last export');
    // What libuv reports when MoveFileEx meets a PDF held open by the reader: ERROR_ACCESS_DENIED.
    failing.rename = Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
    const error: unknown = await nodeFileSystem.writeFile(target, new Uint8Array([37, 80, 68, 70])).catch((caught: unknown) => caught);
    expect(saveErrorMessage(error)).toMatch(/open in another program/u);
    expect(saveErrorMessage(error)).not.toMatch(/permission/u);
    expect(await readFile(target, 'utf8')).toBe('the last export');
    expect(await readdir(folder)).toEqual(['Revenue workshop.pdf']);
  });
});

// Links and permissions mean nothing the same way on Windows (links need an administrator there).
describe.skipIf(process.platform === 'win32')('nodeFileSystem.writeFile over an existing file', () => {
  const permissionsOf = async (filePath: string) => (await stat(filePath)).mode & 0o777;

  it('gives the new copy the permissions of the file it replaces', async () => {
    const target = path.join(folder, 'Revenue workshop.pdf');
    await writeFile(target, 'the last export');
    // Made private by its owner; neither 644 nor 664, whatever the umask gives a new file.
    await chmod(target, 0o600);
    await nodeFileSystem.writeFile(target, new Uint8Array([37, 80, 68, 70]));
    expect([...(await readFile(target))]).toEqual([37, 80, 68, 70]);
    expect((await permissionsOf(target)).toString(8)).toBe('600');
  });

  it('writes through a link to the file it points to, and leaves the link a link', async () => {
    const shared = path.join(folder, 'shared');
    await mkdir(shared);
    const real = path.join(shared, 'Revenue workshop.ownership.json');
    await writeFile(real, '{"board":1}');
    await chmod(real, 0o640);
    const link = path.join(folder, 'Revenue workshop.ownership.json');
    await symlink(path.join('shared', 'Revenue workshop.ownership.json'), link);

    await nodeFileSystem.writeFile(link, '{"board":2}');

    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(path.join('shared', 'Revenue workshop.ownership.json'));
    expect(await readFile(real, 'utf8')).toBe('{"board":2}');
    expect((await permissionsOf(real)).toString(8)).toBe('640');
    // The temporary copy was made beside the real file (one disk for the rename), and is gone.
    expect((await readdir(folder)).sort()).toEqual(['Revenue workshop.ownership.json', 'shared']);
    expect(await readdir(shared)).toEqual(['Revenue workshop.ownership.json']);
  });

  it('replaces a link whose file is gone with the file itself, as before', async () => {
    const link = path.join(folder, 'map.pdf');
    await symlink(path.join(folder, 'deleted.pdf'), link);
    await nodeFileSystem.writeFile(link, new Uint8Array([37, 80, 68, 70]));
    expect((await lstat(link)).isFile()).toBe(true);
    expect([...(await readFile(link))]).toEqual([37, 80, 68, 70]);
  });
});

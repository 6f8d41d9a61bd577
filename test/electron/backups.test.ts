// Rolling board backups on disk: whole files or none, the newest 20 per board, listed newest first
// without reading the backups themselves, and never a path outside userData/backups.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUPS_PER_BOARD, MAX_FILE_BYTES, MAX_NAME_INPUT, backupFileName, backupTimeOf, parseBackupId, parseWriteBackupRequest } from '../../shared/ipc';

vi.mock('electron', () => ({}));

import {
  BACKUP_DISK_FULL_MESSAGE,
  UNKNOWN_BACKUP_TITLE,
  backupErrorMessage,
  createBackupStore,
  nextBackupName,
  nodeBackupFileSystem,
  type BackupFileSystem,
} from '../../electron/backups';
import { TOO_LARGE_MESSAGE, nodeFileSystem } from '../../electron/ipc';

/** A board's updatedAt, as the renderer sends it beside each backup. */
const STAMP = '2026-03-14T09:59:00.000Z';

const codeError = (code: string): Error => Object.assign(new Error(code), { code });

/** A clock that moves one second per backup, from 14 March 2026 10:00 UTC. */
function clock(start = Date.UTC(2026, 2, 14, 10, 0, 0)) {
  let at = start;
  return () => {
    const iso = new Date(at).toISOString();
    at += 1000;
    return iso;
  };
}

let userData = '';
let directory = '';

beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'ownership-board-backups-'));
  directory = path.join(userData, 'backups');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
});

function store(options: { files?: BackupFileSystem; now?: () => string; track?: (write: Promise<unknown>) => void; keep?: number } = {}) {
  return createBackupStore({
    directory,
    files: options.files ?? nodeBackupFileSystem,
    now: options.now ?? clock(),
    ...(options.track ? { track: options.track } : {}),
    ...(options.keep === undefined ? {} : { keep: options.keep }),
  });
}

const board = (n: number) => `{"format":"ownership-board","version":1,"board":{"n":${n}}}\n`;

describe('writing a backup', () => {
  it('writes the board file and a small sidecar with its title into the board\'s folder', async () => {
    const backups = store();
    expect(await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) })).toEqual({ status: 'saved' });
    const folder = path.join(directory, 'board-a');
    expect((await readdir(folder)).sort()).toEqual(['2026-03-14T10-00-00.000Z.meta.json', '2026-03-14T10-00-00.000Z.ownership.json']);
    expect(await readFile(path.join(folder, '2026-03-14T10-00-00.000Z.ownership.json'), 'utf8')).toBe(board(1));
    expect(JSON.parse(await readFile(path.join(folder, '2026-03-14T10-00-00.000Z.meta.json'), 'utf8'))).toEqual({
      version: 1,
      boardId: 'board-a',
      title: 'Team A',
      boardUpdatedAt: STAMP,
    });
  });

  it(`keeps only the newest ${BACKUPS_PER_BOARD} per board, with their sidecars`, async () => {
    const backups = store();
    for (let n = 1; n <= 25; n++) await backups.write({ boardId: 'board-a', title: `Version ${n}`, boardUpdatedAt: STAMP, json: board(n) });
    await backups.write({ boardId: 'board-b', title: 'Other', boardUpdatedAt: STAMP, json: board(0) });

    const names = await readdir(path.join(directory, 'board-a'));
    expect(names.filter((name) => name.endsWith('.ownership.json'))).toHaveLength(20);
    expect(names.filter((name) => name.endsWith('.meta.json'))).toHaveLength(20);
    const listed = (await backups.list()).filter((entry) => entry.boardId === 'board-a');
    expect(listed.map((entry) => entry.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Version ${25 - i}`));
    // Another board's backups are its own.
    expect((await readdir(path.join(directory, 'board-b'))).length).toBe(2);
  });

  it('writes one backup of a board at a time, so pruning never races a write', async () => {
    const backups = store();
    const writes = Array.from({ length: 24 }, (_, i) => backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(i) }));
    expect(await Promise.all(writes)).toEqual(Array.from({ length: 24 }, () => ({ status: 'saved' })));
    expect((await backups.list()).length).toBe(20);
  });

  it('lets quitting wait for the write', async () => {
    const track = vi.fn();
    const backups = store({ track });
    const write = backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) });
    expect(track).toHaveBeenCalledTimes(1);
    expect(await track.mock.calls[0]?.[0]).toEqual({ status: 'saved' });
    await write;
  });

  it('says the disk is full, and leaves neither the board file nor its sidecar behind', async () => {
    const writeFileMock = vi.fn((filePath: string, data: string | Uint8Array) =>
      filePath.endsWith('.ownership.json') ? Promise.reject(codeError('ENOSPC')) : nodeBackupFileSystem.writeFile(filePath, data),
    );
    const backups = store({ files: { ...nodeBackupFileSystem, writeFile: writeFileMock } });
    expect(await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) })).toEqual({
      status: 'failed',
      message: BACKUP_DISK_FULL_MESSAGE,
    });
    expect(BACKUP_DISK_FULL_MESSAGE).toMatch(/disk is full/u);
    expect(await readdir(path.join(directory, 'board-a'))).toEqual([]);
    expect(await backups.list()).toEqual([]);
  });

  it('keeps the earlier backups whole when a later write fails, writing through a temporary file', async () => {
    // The board file goes through nodeFileSystem's write: a temporary name renamed into place
    // (tested in ipc.test.ts), so a failure midway never leaves a half-written backup.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- compared, never called unbound
    expect(nodeBackupFileSystem.writeFile).toBe(nodeFileSystem.writeFile);
    const now = clock();
    await store({ now }).write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) });
    const full: BackupFileSystem = {
      ...nodeBackupFileSystem,
      writeFile: (filePath, data) => (filePath.endsWith('.ownership.json') ? Promise.reject(codeError('ENOSPC')) : nodeBackupFileSystem.writeFile(filePath, data)),
    };
    expect(await store({ files: full, now }).write({ boardId: 'board-a', title: 'Team A v2', boardUpdatedAt: STAMP, json: board(2) })).toMatchObject({ status: 'failed' });
    const listed = await store().list();
    expect(listed.map((entry) => [entry.title, entry.bytes])).toEqual([['Team A', board(1).length]]);
    expect(await readdir(path.join(directory, 'board-a'))).toHaveLength(2);
  });

  it('clears temporary files left by a crash at the next write, and never lists them', async () => {
    const folder = path.join(directory, 'board-a');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, '.2026-03-14T09-00-00.000Z.ownership.json.1234.tmp'), '{"half');
    const backups = store();
    expect(await backups.list()).toEqual([]);
    await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) });
    expect((await readdir(folder)).some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('refuses a board id that could leave the backups folder, writing nothing', async () => {
    const backups = store();
    for (const boardId of ['..', '../outside', 'a/b', 'a\\b', '', 'NUL']) {
      expect(await backups.write({ boardId, title: 'x', boardUpdatedAt: STAMP, json: board(1) })).toMatchObject({ status: 'failed' });
    }
    expect(await readdir(userData)).toEqual([]);
  });

  it('explains other failures in words', () => {
    expect(backupErrorMessage(codeError('EDQUOT'))).toBe(BACKUP_DISK_FULL_MESSAGE);
    expect(backupErrorMessage(codeError('EACCES'))).toMatch(/not allowed/u);
    expect(backupErrorMessage(codeError('EIO'))).toContain('EIO');
    expect(backupErrorMessage(new Error('boom'))).toMatch(/unexpected/u);
  });
});

describe('a clock that goes back', () => {
  /** A clock that can be set, as a person (or a dead CMOS battery) sets the computer's. */
  function settableClock(start: number) {
    const clockState = { at: start };
    return { clockState, now: () => new Date(clockState.at).toISOString() };
  }

  it('keeps the backup it has just written, named just after the newest one, so it stays the newest', async () => {
    const { clockState, now } = settableClock(Date.UTC(2026, 5, 1, 10, 0, 0));
    const backups = store({ now, keep: 3 });
    for (let n = 1; n <= 3; n++) {
      clockState.at += 60_000;
      await backups.write({ boardId: 'board-a', title: `Version ${n}`, boardUpdatedAt: STAMP, json: board(n) });
    }
    // The computer's clock is corrected by a day.
    clockState.at -= 24 * 3600_000;
    expect(await backups.write({ boardId: 'board-a', title: 'Version 4', boardUpdatedAt: STAMP, json: board(4) })).toEqual({ status: 'saved' });

    const listed = await backups.list();
    expect(listed.map((entry) => [entry.id, entry.title])).toEqual([
      ['board-a/2026-06-01T10-03-00.001Z.ownership.json', 'Version 4'],
      ['board-a/2026-06-01T10-03-00.000Z.ownership.json', 'Version 3'],
      ['board-a/2026-06-01T10-02-00.000Z.ownership.json', 'Version 2'],
    ]);
    expect(await backups.read(listed[0]?.id ?? '')).toMatchObject({ status: 'opened', text: board(4) });
    // The next backups go on after it, not back to the clock's time, until the clock catches up.
    await backups.write({ boardId: 'board-a', title: 'Version 5', boardUpdatedAt: STAMP, json: board(5) });
    expect((await backups.list()).map((entry) => entry.title)).toEqual(['Version 5', 'Version 4', 'Version 3']);
    expect((await readdir(path.join(directory, 'board-a'))).sort()).toEqual([
      '2026-06-01T10-03-00.000Z.meta.json',
      '2026-06-01T10-03-00.000Z.ownership.json',
      '2026-06-01T10-03-00.001Z.meta.json',
      '2026-06-01T10-03-00.001Z.ownership.json',
      '2026-06-01T10-03-00.002Z.meta.json',
      '2026-06-01T10-03-00.002Z.ownership.json',
    ]);
  });

  it('keeps both of two backups written in the same millisecond', async () => {
    const backups = store({ now: () => '2026-03-14T10:00:00.000Z' });
    await backups.write({ boardId: 'board-a', title: 'First', boardUpdatedAt: STAMP, json: board(1) });
    await backups.write({ boardId: 'board-a', title: 'Second', boardUpdatedAt: STAMP, json: board(2) });
    expect((await backups.list()).map((entry) => [entry.savedAt, entry.title])).toEqual([
      ['2026-03-14T10:00:00.001Z', 'Second'],
      ['2026-03-14T10:00:00.000Z', 'First'],
    ]);
  });

  it('never prunes the backup just written, even when no later name is left', async () => {
    // Planted by hand: nothing can sort after the last millisecond of the year 9999.
    const folder = path.join(directory, 'board-a');
    await mkdir(folder, { recursive: true });
    for (const name of ['9999-12-31T23-59-59.998Z.ownership.json', '9999-12-31T23-59-59.999Z.ownership.json']) {
      await writeFile(path.join(folder, name), board(9));
    }
    const backups = store({ keep: 2 });
    expect(await backups.write({ boardId: 'board-a', title: 'Now', boardUpdatedAt: STAMP, json: board(1) })).toEqual({ status: 'saved' });
    expect((await readdir(folder)).sort()).toEqual([
      '2026-03-14T10-00-00.000Z.meta.json',
      '2026-03-14T10-00-00.000Z.ownership.json',
      '9999-12-31T23-59-59.999Z.ownership.json',
    ]);
  });

  it('names a backup by the clock when that sorts after the others, else a millisecond after the newest', () => {
    const clockName = backupFileName('2026-03-14T10:00:00.000Z');
    expect(nextBackupName(clockName, [])).toBe(clockName);
    expect(nextBackupName(clockName, ['2026-03-14T09-59-59.999Z.ownership.json', 'notes.txt'])).toBe(clockName);
    // Only backups count: sidecars, temporary files and other files are not compared.
    expect(nextBackupName(clockName, ['2026-03-14T11-00-00.000Z.meta.json', 'zzz.ownership.json'])).toBe(clockName);
    expect(nextBackupName(clockName, ['2026-03-14T10-00-00.000Z.ownership.json'])).toBe('2026-03-14T10-00-00.001Z.ownership.json');
    // Across a day, a month and a year.
    expect(nextBackupName(clockName, ['2026-12-31T23-59-59.999Z.ownership.json', '2026-06-01T00-00-00.000Z.ownership.json'])).toBe(
      '2027-01-01T00-00-00.000Z.ownership.json',
    );
    expect(nextBackupName(clockName, ['9999-12-31T23-59-59.999Z.ownership.json'])).toBe(clockName);
  });
});

describe('listing backups', () => {
  it('lists every board\'s backups newest first, with title, time and size, without reading the backups', async () => {
    const readFileSpy = vi.fn((filePath: string) => nodeBackupFileSystem.readFile(filePath));
    const backups = store({ files: { ...nodeBackupFileSystem, readFile: readFileSpy } });
    await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) });
    await backups.write({ boardId: 'board-b', title: 'Team B', boardUpdatedAt: STAMP, json: board(22) });
    await backups.write({ boardId: 'board-a', title: 'Team A, renamed', boardUpdatedAt: '2026-03-14T09:59:30.000Z', json: board(333) });
    readFileSpy.mockClear();

    expect(await backups.list()).toEqual([
      {
        id: 'board-a/2026-03-14T10-00-02.000Z.ownership.json',
        boardId: 'board-a',
        title: 'Team A, renamed',
        savedAt: '2026-03-14T10:00:02.000Z',
        boardUpdatedAt: '2026-03-14T09:59:30.000Z',
        bytes: board(333).length,
      },
      {
        id: 'board-b/2026-03-14T10-00-01.000Z.ownership.json',
        boardId: 'board-b',
        title: 'Team B',
        savedAt: '2026-03-14T10:00:01.000Z',
        boardUpdatedAt: STAMP,
        bytes: board(22).length,
      },
      {
        id: 'board-a/2026-03-14T10-00-00.000Z.ownership.json',
        boardId: 'board-a',
        title: 'Team A',
        savedAt: '2026-03-14T10:00:00.000Z',
        boardUpdatedAt: STAMP,
        bytes: board(1).length,
      },
    ]);
    // Only the sidecars were read.
    expect(readFileSpy.mock.calls.every(([filePath]) => filePath.endsWith('.meta.json'))).toBe(true);
  });

  it('is empty when there is no backups folder yet', async () => {
    expect(await store().list()).toEqual([]);
  });

  it('ignores files and folders the app did not write, and survives damaged sidecars', async () => {
    const backups = store();
    await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) });
    await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(2) });
    const folder = path.join(directory, 'board-a');
    await writeFile(path.join(directory, 'notes.txt'), 'hello');
    await writeFile(path.join(directory, 'loose-file'), 'not a folder');
    await mkdir(path.join(directory, 'has.dot'), { recursive: true });
    await writeFile(path.join(directory, 'has.dot', backupFileName('2026-01-01T00:00:00.000Z')), board(9));
    await writeFile(path.join(folder, 'readme.md'), 'x');
    await writeFile(path.join(folder, '2026-13-40T99-00-00.000Z.ownership.json'), board(9));
    await writeFile(path.join(folder, 'Team.ownership.json'), board(9));
    await mkdir(path.join(folder, '2026-03-14T09-00-00.000Z.ownership.json'));
    // A damaged sidecar: the backup is still listed, under the newest readable title.
    await writeFile(path.join(folder, '2026-03-14T10-00-00.000Z.meta.json'), '{"version":1,"boardId":"board-a","ti');
    // A backup without a sidecar, on a board whose other sidecars are all unreadable.
    const lost = path.join(directory, 'board-c');
    await mkdir(lost);
    await writeFile(path.join(lost, '2026-03-14T08-00-00.000Z.ownership.json'), board(3));
    await writeFile(path.join(lost, '2026-03-14T07-00-00.000Z.ownership.json'), board(4));
    await writeFile(path.join(lost, '2026-03-14T07-00-00.000Z.meta.json'), JSON.stringify({ version: 1, boardId: 'board-other', title: 'Stolen' }));

    const listed = await backups.list();
    expect(listed.map((entry) => [entry.id, entry.title])).toEqual([
      ['board-a/2026-03-14T10-00-01.000Z.ownership.json', 'Team A'],
      ['board-a/2026-03-14T10-00-00.000Z.ownership.json', 'Team A'],
      ['board-c/2026-03-14T08-00-00.000Z.ownership.json', UNKNOWN_BACKUP_TITLE],
      ['board-c/2026-03-14T07-00-00.000Z.ownership.json', UNKNOWN_BACKUP_TITLE],
    ]);
  });

  it('says which state of the board each backup holds when its sidecar knows it, and null for older sidecars or a stamp that is not one', async () => {
    const backups = store();
    await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) });
    await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(2) });
    await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(3) });
    const folder = path.join(directory, 'board-a');
    // Written by a version that kept only the title.
    await writeFile(path.join(folder, '2026-03-14T10-00-00.000Z.meta.json'), JSON.stringify({ version: 1, boardId: 'board-a', title: 'Team A' }));
    await writeFile(path.join(folder, '2026-03-14T10-00-01.000Z.meta.json'), JSON.stringify({ version: 1, boardId: 'board-a', title: 'Team A', boardUpdatedAt: 'yesterday-ish' }));
    expect((await backups.list()).map((entry) => entry.boardUpdatedAt)).toEqual([STAMP, null, null]);
  });

  it('ignores an oversized sidecar', async () => {
    const backups = store();
    await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) });
    await writeFile(path.join(directory, 'board-a', '2026-03-14T10-00-00.000Z.meta.json'), JSON.stringify({ boardId: 'board-a', title: 'x'.repeat(40_000) }));
    expect((await backups.list())[0]?.title).toBe(UNKNOWN_BACKUP_TITLE);
  });
});

describe('reading a backup', () => {
  it('returns the text of a listed backup', async () => {
    const backups = store();
    await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) });
    const [entry] = await backups.list();
    expect(await backups.read(entry?.id ?? '')).toEqual({ status: 'opened', name: '2026-03-14T10-00-00.000Z.ownership.json', text: board(1) });
  });

  it('refuses ids that are not a backup of the app, without touching the disk', async () => {
    const fileSize = vi.fn((filePath: string) => nodeBackupFileSystem.fileSize(filePath));
    const readFileMock = vi.fn((filePath: string) => nodeBackupFileSystem.readFile(filePath));
    const backups = store({ files: { ...nodeBackupFileSystem, fileSize, readFile: readFileMock } });
    await writeFile(path.join(userData, 'secret.ownership.json'), 'secret');
    for (const id of [
      '../secret.ownership.json',
      'board-a/../../secret.ownership.json',
      '../2026-03-14T10-00-00.000Z.ownership.json',
      '/etc/2026-03-14T10-00-00.000Z.ownership.json',
      'board-a/2026-03-14T10-00-00.000Z.meta.json',
      'board-a\\..\\2026-03-14T10-00-00.000Z.ownership.json',
      '',
    ]) {
      expect(await backups.read(id)).toEqual({ status: 'failed', message: 'That is not a backup this app wrote.' });
    }
    expect(fileSize).not.toHaveBeenCalled();
    expect(readFileMock).not.toHaveBeenCalled();
  });

  it('applies the size and UTF-8 checks of opening a file', async () => {
    const files: BackupFileSystem = { ...nodeBackupFileSystem, fileSize: () => Promise.resolve(MAX_FILE_BYTES + 1) };
    const id = 'board-a/2026-03-14T10-00-00.000Z.ownership.json';
    expect(await store({ files }).read(id)).toEqual({ status: 'failed', name: '2026-03-14T10-00-00.000Z.ownership.json', message: TOO_LARGE_MESSAGE });

    await mkdir(path.join(directory, 'board-a'), { recursive: true });
    await writeFile(path.join(directory, 'board-a', '2026-03-14T10-00-00.000Z.ownership.json'), new Uint8Array([0xff, 0xfe, 0x00]));
    expect(await store().read(id)).toMatchObject({ status: 'failed', message: expect.stringMatching(/UTF-8/u) as unknown });
  });

  it('says when a backup has gone', async () => {
    expect(await store().read('board-a/2026-03-14T10-00-00.000Z.ownership.json')).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/could not be found/u) as unknown,
    });
  });
});

describe('deleting the backups of boards deleted for good', () => {
  it('deletes their backups, sidecars, leftovers and folders, and nothing of other boards', async () => {
    const backups = store();
    for (let n = 1; n <= 3; n++) await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(n) });
    await backups.write({ boardId: 'board-b', title: 'Team B', boardUpdatedAt: STAMP, json: board(0) });
    await backups.write({ boardId: 'board-c', title: 'Team C', boardUpdatedAt: STAMP, json: board(0) });
    await writeFile(path.join(directory, 'board-a', '.2026-03-14T09-00-00.000Z.ownership.json.1234.tmp'), 'half');
    expect(await backups.forget(['board-a', 'board-c', 'never-backed-up'])).toEqual({ status: 'deleted' });
    expect((await readdir(directory)).sort()).toEqual(['board-b']);
    expect((await backups.list()).map((entry) => entry.boardId)).toEqual(['board-b']);
  });

  it('leaves files it did not write, and their folder', async () => {
    const backups = store();
    await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) });
    await writeFile(path.join(directory, 'board-a', 'notes.txt'), 'mine');
    expect(await backups.forget(['board-a'])).toEqual({ status: 'deleted' });
    expect(await readdir(path.join(directory, 'board-a'))).toEqual(['notes.txt']);
  });

  it('waits for a backup of the same board being written, so none is left behind', async () => {
    const backups = store();
    const writing = backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) });
    const forgetting = backups.forget(['board-a']);
    expect(await writing).toEqual({ status: 'saved' });
    expect(await forgetting).toEqual({ status: 'deleted' });
    expect(await readdir(directory)).toEqual([]);
  });

  it('never touches anything outside the backups folder', async () => {
    await mkdir(path.join(userData, 'secret'), { recursive: true });
    await writeFile(path.join(userData, 'secret', '2026-03-14T10-00-00.000Z.ownership.json'), 'keep');
    expect(await store().forget(['..', '../secret', 'secret/..', ''])).toEqual({ status: 'deleted' });
    expect(await readdir(path.join(userData, 'secret'))).toEqual(['2026-03-14T10-00-00.000Z.ownership.json']);
  });

  it('says when a folder could not be emptied (no permission), and still deletes the other boards\' backups', async () => {
    const failing: BackupFileSystem = {
      ...nodeBackupFileSystem,
      remove: (filePath) => (filePath.includes(`${path.sep}board-a${path.sep}`) ? Promise.reject(codeError('EACCES')) : nodeBackupFileSystem.remove(filePath)),
    };
    const backups = store({ files: failing });
    await backups.write({ boardId: 'board-a', title: 'Team A', boardUpdatedAt: STAMP, json: board(1) });
    await backups.write({ boardId: 'board-b', title: 'Team B', boardUpdatedAt: STAMP, json: board(1) });
    const result = await backups.forget(['board-a', 'board-b']);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' ? result.message : '').toMatch(/^Some backups could not be deleted: \w+/u);
    expect(await readdir(directory)).toEqual(['board-a']);
  });
});

describe('the shared validators', () => {
  it('name a backup by its UTC time and read the time back', () => {
    expect(backupFileName('2026-03-14T10:15:30.123Z')).toBe('2026-03-14T10-15-30.123Z.ownership.json');
    expect(backupTimeOf('2026-03-14T10-15-30.123Z.ownership.json')).toBe('2026-03-14T10:15:30.123Z');
    expect(backupTimeOf('2026-02-30T10-15-30.123Z.ownership.json')).toBeNull();
    expect(backupTimeOf('2026-03-14T10-15-30Z.ownership.json')).toBeNull();
    expect(backupTimeOf('x2026-03-14T10-15-30.123Z.ownership.json')).toBeNull();
  });

  it('accept only "<board id>/<backup file>" as a backup id', () => {
    expect(parseBackupId('board-a/2026-03-14T10-15-30.123Z.ownership.json')).toEqual({ ok: true, value: 'board-a/2026-03-14T10-15-30.123Z.ownership.json' });
    for (const id of ['board-a', 'a/b/2026-03-14T10-15-30.123Z.ownership.json', '../2026-03-14T10-15-30.123Z.ownership.json', 'aux/2026-03-14T10-15-30.123Z.ownership.json', 7, null]) {
      expect(parseBackupId(id).ok).toBe(false);
    }
  });

  it('accept a write request with a safe board id, contents and a title', () => {
    expect(parseWriteBackupRequest({ boardId: 'sample-board', title: 'Sample', boardUpdatedAt: STAMP, json: '{}' })).toEqual({
      ok: true,
      value: { boardId: 'sample-board', title: 'Sample', boardUpdatedAt: STAMP, json: '{}' },
    });
    expect(parseWriteBackupRequest({ boardId: '3f2b8c1e-0d4a-4c8e-9a7b-2f1e0c9d8b7a', title: '', boardUpdatedAt: STAMP, json: '{}' }).ok).toBe(true);
    expect(parseWriteBackupRequest({ boardId: 'x', title: '', json: '{}' })).toEqual({ ok: false, error: 'The backup does not say when the board was last changed.' });
    expect(parseWriteBackupRequest({ boardId: 'x', title: '', boardUpdatedAt: 'not a time', json: '{}' }).ok).toBe(false);
    expect(parseWriteBackupRequest({ boardId: 'x', title: '', boardUpdatedAt: `${STAMP}${' '.repeat(100)}`, json: '{}' }).ok).toBe(false);
    expect(parseWriteBackupRequest({ boardId: '-x', title: '', boardUpdatedAt: STAMP, json: '{}' }).ok).toBe(false);
    expect(parseWriteBackupRequest({ boardId: 'x.y', title: '', boardUpdatedAt: STAMP, json: '{}' }).ok).toBe(false);
    // Within the limit in characters, over it in UTF-8 bytes.
    expect(parseWriteBackupRequest({ boardId: 'x', title: '', boardUpdatedAt: STAMP, json: 'é'.repeat(MAX_FILE_BYTES / 2 + 1) }).ok).toBe(false);
  });

  it('refuses a title far longer than any board has (a compromised page) before working on it', () => {
    expect(parseWriteBackupRequest({ boardId: 'x', title: 'x'.repeat(MAX_NAME_INPUT), boardUpdatedAt: STAMP, json: '{}' }).ok).toBe(true);
    expect(parseWriteBackupRequest({ boardId: 'x', title: 'x'.repeat(MAX_NAME_INPUT + 1), boardUpdatedAt: STAMP, json: '{}' })).toEqual({ ok: false, error: "The backup's board title is too long." });
  });
});

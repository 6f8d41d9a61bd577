/**
 * Boards on this machine: the first run seeds the sample board, later runs reopen the last board,
 * data from a newer app version is refused without being touched, and storage errors become
 * sentences a person can act on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { mapIdOf, type Board, type BoardId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { closeDatabase, getDatabase, openDatabase, BOARD_DATA_VERSION, DATABASE_NAME } from '../../renderer/db/database';
import { ConflictError, describeStorageError, loadBoard, openStartupBoard, saveBoard, saveBoardPatch } from '../../renderer/db/boards';
import { writeWholeBoard } from '../../renderer/db/journal';

afterEach(async () => {
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

const later = (board: Board, title: string, updatedAt: string): Board => ({ ...board, id: `${board.id}-${title}` as BoardId, title, updatedAt });

describe('board storage', () => {
  it('seeds the sample board on first run and keeps it', async () => {
    const board = await openStartupBoard(() => '2026-11-28T09:00:00.000Z');
    expect(board.title).toBe('Revenue ownership workshop (sample)');
    expect(board.createdAt).toBe('2026-11-28T09:00:00.000Z');
    expect(await getDatabase().boards.count()).toBe(1);
    const again = await openStartupBoard();
    expect(again).toEqual(board);
  });

  // One id on every computer made a map built on one facilitator's sample "another version" of every
  // recipient's own sample (shared/model sameMap).
  it('gives each computer’s sample a map of its own: an id of its own', async () => {
    const here = await openStartupBoard();
    closeDatabase();
    await Dexie.delete(DATABASE_NAME);
    const elsewhere = await openStartupBoard();
    expect(elsewhere.title).toBe(here.title);
    expect(new Set([here.id, elsewhere.id, createSampleBoard().id]).size).toBe(3);
    expect(mapIdOf(here)).not.toBe(mapIdOf(elsewhere));
  });

  it('seeds one sample when two windows start at once on an empty storage', async () => {
    const [first, second] = await Promise.all([openStartupBoard(), openStartupBoard()]);
    expect(second.id).toBe(first.id);
    expect(await getDatabase().boards.count()).toBe(1);
  });

  it('reopens the board saved last, not the first one', async () => {
    const sample = createSampleBoard();
    const first = later(sample, 'Day 1', '2026-11-01T00:00:00.000Z');
    const second = later(sample, 'Day 2', '2026-11-02T00:00:00.000Z');
    await saveBoard(second);
    await saveBoard(first);
    expect((await openStartupBoard()).title).toBe('Day 1');
  });

  it('stores the data version beside the board', async () => {
    const sample = createSampleBoard();
    await saveBoard(sample);
    const record = await getDatabase().boards.get(sample.id);
    expect(record?.dataVersion).toBe(BOARD_DATA_VERSION);
    expect(record?.board).toEqual(sample);
  });

  it('refuses a board written by a newer version and leaves it as it was', async () => {
    const sample = createSampleBoard();
    const record = { id: sample.id, dataVersion: BOARD_DATA_VERSION + 1, title: sample.title, updatedAt: sample.updatedAt, board: sample };
    await getDatabase().boards.put(record);
    await expect(loadBoard(sample.id)).rejects.toThrow(/newer version of Ownership Board/u);
    expect(await getDatabase().boards.get(sample.id)).toEqual(record);
  });

  it('names a full disk, a closed database and a newer database in plain words', () => {
    expect(describeStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toMatch(/disk is full/u);
    expect(describeStorageError({ name: 'QuotaExceededError' })).toMatch(/disk is full/u);
    expect(describeStorageError({ name: 'DatabaseClosedError' })).toMatch(/Reload/u);
    expect(describeStorageError({ name: 'VersionError' })).toMatch(/newer version/u);
    expect(describeStorageError('weird')).toMatch(/could not be saved/u);
  });

  it('a write to a closed database fails with DatabaseClosedError, which is explained', async () => {
    // As when another window's upgrade closes this connection (versionchange).
    const db = await openDatabase();
    db.close();
    const error: unknown = await saveBoard(createSampleBoard()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(describeStorageError(error)).toMatch(/storage was closed/u);
  });

  it('refuses to overwrite a board another window saved meanwhile, unless told to', async () => {
    const board = await openStartupBoard();
    await saveBoard({ ...board, title: 'Mine, first save' });
    // Another window (same profile, its own head token) saves behind this window's back.
    const head = await getDatabase().heads.get(board.id);
    await writeWholeBoard(getDatabase(), { ...board, title: 'Theirs' }, { expected: head, overwrite: false, token: 'other-window:1' });
    await expect(saveBoard({ ...board, title: 'Mine, second save' })).rejects.toBeInstanceOf(ConflictError);
    expect((await getDatabase().boards.get(board.id))?.board.title).toBe('Theirs');
    // A patch on top of the old head is refused the same way, and nothing is written.
    await expect(saveBoardPatch(board.id, { fields: { title: 'Mine, as a patch' } })).rejects.toBeInstanceOf(ConflictError);
    expect(await getDatabase().journal.count()).toBe(0);
    expect(describeStorageError(new ConflictError(board.id))).toMatch(/changed in another window/u);
    await saveBoard({ ...board, title: 'Mine, kept' }, { overwrite: true });
    expect((await getDatabase().boards.get(board.id))?.board.title).toBe('Mine, kept');
  });

  it('after reading the newer revision, saving works again', async () => {
    const board = await openStartupBoard();
    const head = await getDatabase().heads.get(board.id);
    await writeWholeBoard(getDatabase(), { ...board, title: 'Theirs' }, { expected: head, overwrite: false, token: 'other-window:1' });
    const theirs = await loadBoard(board.id);
    expect(theirs?.title).toBe('Theirs');
    await saveBoard({ ...board, title: 'On top of theirs' });
    expect((await getDatabase().heads.get(board.id))?.revision).toBe(2);
    expect((await getDatabase().boards.get(board.id))?.revision).toBe(2);
  });
});

/**
 * The start-up read begun before the app's code has loaded: it finds the board open last with
 * its journal applied, and steps aside (null) on a first run, a newer database or a trashed board.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { openStartupBoard, saveBoard, saveBoardPatch } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME, getDatabase } from '../../renderer/db/database';
import { earlyReadFoundBoard, startEarlyRead, takeEarlyRead } from '../../renderer/db/earlyRead';
import { trashBoard } from '../../renderer/db/library';

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await takeEarlyRead();
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('the early start-up read', () => {
  it('reads the board open last with the edits saved since, and start-up uses it', async () => {
    const board = await openStartupBoard();
    await saveBoard(board);
    await saveBoardPatch(board.id, { fields: { title: 'Saved as a patch' } });
    closeDatabase();

    startEarlyRead(indexedDB);
    const early = await takeEarlyRead();
    expect(early?.record.id).toBe(board.id);
    expect(early?.journal).toHaveLength(1);

    startEarlyRead(indexedDB);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Changed after the early read: start-up shows what the early read found (the proof it was used).
    await saveBoard({ ...board, id: 'other' as typeof board.id, title: 'Other board' });
    expect((await getDatabase().meta.get('lastBoardId'))?.value).toBe('other');
    closeDatabase();
    const opened = await openStartupBoard();
    expect(opened.title).toBe('Saved as a patch');
    // Handed out once: a later start-up reads the normal way.
    expect(takeEarlyRead()).toBeNull();
    // And the window can save on top of what it read.
    await saveBoardPatch(board.id, { fields: { title: 'And another' } });
    expect((await getDatabase().heads.get(board.id))?.revision).toBe(3);
  });

  it('leaves the window its own connection to open once the window is idle, not beside the first drawing', async () => {
    const board = await openStartupBoard();
    await saveBoard(board);
    closeDatabase();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const opens = vi.spyOn(indexedDB, 'open');
    startEarlyRead(indexedDB);
    await expect(openStartupBoard()).resolves.toMatchObject({ id: board.id });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The early read's open only.
    expect(opens).toHaveBeenCalledTimes(1);
    expect(idle).toHaveLength(1);
    idle[0]?.();
    await vi.waitFor(() => {
      expect(getDatabase().isOpen()).toBe(true);
    });
  });

  it('tells start-up whether it found a board, without handing it out', async () => {
    await openStartupBoard();
    closeDatabase();
    startEarlyRead(indexedDB);
    await expect(earlyReadFoundBoard()).resolves.toBe(true);
    expect(await takeEarlyRead()).not.toBeNull();
    await expect(earlyReadFoundBoard()).resolves.toBe(false);
  });

  it('is null on a first run, and creates no database', async () => {
    startEarlyRead(indexedDB);
    await expect(takeEarlyRead()).resolves.toBeNull();
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(DATABASE_NAME);
  });

  it.each([
    ['newer', 9],
    ['older', 2],
  ])('is null for a database of a %s version, which it leaves alone (the normal path upgrades or refuses)', async (_, version) => {
    const other = new Dexie(DATABASE_NAME);
    other.version(version).stores({ boards: 'id', meta: 'key' });
    await other.open();
    other.close();
    startEarlyRead(indexedDB);
    await expect(takeEarlyRead()).resolves.toBeNull();
    expect((await indexedDB.databases()).find((db) => db.name === DATABASE_NAME)?.version).toBe(version * 10);
  });

  it('leaves a trashed board to the normal path, which opens another', async () => {
    const board = await openStartupBoard();
    await saveBoard({ ...board, id: 'second' as typeof board.id, title: 'Second', updatedAt: '2020-01-01T00:00:00.000Z' });
    await saveBoard(board);
    await trashBoard(board.id, '2026-11-28T10:00:00.000Z');
    closeDatabase();
    startEarlyRead(indexedDB);
    expect((await openStartupBoard()).title).toBe('Second');
  });
});

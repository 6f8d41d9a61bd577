/**
 * The library and history on disk: a database written by the first version opens with every
 * board intact, a database from a newer version is refused without being touched, the library's
 * moves (rename, duplicate, archive, trash, restore, empty trash) and the board history.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { createSampleBoard } from '../../shared/sample';
import { applyIntent } from '../../shared/commands';
import { parseBoardFile, serializeBoard } from '../../shared/format';
import { LIMITS, type BoardId } from '../../shared/model';
import { closeDatabase, DATABASE_NAME, getDatabase, openDatabase, SCHEMA_VERSION } from '../../renderer/db/database';
import { LAST_BOARD_KEY } from '../../renderer/db/names';
import { describeStorageError, loadBoard, openStartupBoard, saveBoard, saveBoardPatch, snapshotSavedBoard } from '../../renderer/db/boards';
import { archiveBoard, duplicateBoard, emptyTrash, listBoards, renameBoard, restoreBoard, trashBoard, unarchiveBoard } from '../../renderer/db/library';
import { addSnapshot, AUTOMATIC_SNAPSHOTS_KEPT, listSnapshots, loadSnapshot, snapshotStoredBoard } from '../../renderer/db/snapshots';
import { legacy, LEGACY_BOARD_COUNT, writeLegacyV1Database } from '../fixtures/db/make-legacy-v1';

afterEach(async () => {
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

const NOW = '2026-11-28T10:00:00.000Z';

describe('schema migrations', () => {
  it('opens a database written by version 0.1 and finds every board intact', async () => {
    await writeLegacyV1Database(DATABASE_NAME);
    const boards = await listBoards();
    expect(boards).toHaveLength(LEGACY_BOARD_COUNT);
    for (const record of legacy.boards) {
      expect(await loadBoard(record.id as BoardId)).toEqual(record.board);
    }
    expect(boards.every((b) => b.status === 'active')).toBe(true);
    expect(getDatabase().verno).toBe(SCHEMA_VERSION);
    // It reopens the board that was open last in the old version.
    expect((await openStartupBoard()).id).toBe(legacy.meta[0]?.value);
  });

  it('a board from the old version can be edited and saved after the upgrade', async () => {
    await writeLegacyV1Database(DATABASE_NAME);
    const board = await openStartupBoard();
    await saveBoard({ ...board, title: 'Edited after upgrade' });
    expect((await getDatabase().boards.get(board.id))?.revision).toBe(1);
  });

  it('refuses a database from a newer version with a message and leaves it untouched', async () => {
    const newer = new Dexie(DATABASE_NAME);
    newer.version(SCHEMA_VERSION + 5).stores({ boards: 'id, updatedAt, title, status, owner', meta: 'key', snapshots: '++id, boardId', extra: 'id' });
    await newer.open();
    await newer.table('boards').put({ id: 'future', title: 'From the future', updatedAt: NOW, dataVersion: 9, board: {} });
    newer.close();

    const error: unknown = await openStartupBoard().then(
      () => null,
      (e: unknown) => e,
    );
    expect(describeStorageError(error)).toMatch(/newer version of Ownership Board/u);
    closeDatabase();
    const check = new Dexie(DATABASE_NAME);
    await check.open();
    expect(check.verno).toBe(SCHEMA_VERSION + 5);
    expect(await check.table('boards').count()).toBe(1);
    check.close();
  });
});

describe('the library', () => {
  it('lists boards newest first with outcome count and score', async () => {
    const sample = createSampleBoard({ now: '2026-11-01T00:00:00.000Z' });
    const newer = { ...createSampleBoard(), id: 'b-2' as BoardId, title: 'Day 2', updatedAt: '2026-11-02T00:00:00.000Z' };
    await saveBoard(sample);
    await saveBoard(newer);
    const boards = await listBoards();
    expect(boards.map((b) => [b.title, b.outcomes, b.owned, b.status])).toEqual([
      ['Day 2', 4, 1, 'active'],
      ['Revenue ownership workshop (sample)', 4, 1, 'active'],
    ]);
  });

  it('renames, duplicates, archives and unarchives', async () => {
    const sample = createSampleBoard();
    await saveBoard(sample);
    await renameBoard(sample.id, '  Q1 workshop  ', NOW);
    expect((await loadBoard(sample.id))?.title).toBe('Q1 workshop');
    await expect(renameBoard(sample.id, '   ', NOW)).rejects.toThrow(/needs a title/u);
    // The rules of a title edited on the board: one line, at most the limit.
    await expect(renameBoard(sample.id, 'x'.repeat(LIMITS.titleLength + 1), NOW)).rejects.toThrow(/at most 200 characters/u);
    await renameBoard(sample.id, 'Q1\r\nworkshop', NOW);
    expect((await loadBoard(sample.id))?.title).toBe('Q1 workshop');
    const copy = await duplicateBoard(sample.id, 'copy-1' as BoardId, NOW);
    expect(copy.title).toBe('Q1 workshop (copy)');
    expect((await loadBoard(copy.id))?.outcomes).toEqual((await loadBoard(sample.id))?.outcomes);
    await archiveBoard(copy.id, NOW);
    expect((await listBoards()).find((b) => b.id === copy.id)?.status).toBe('archived');
    await unarchiveBoard(copy.id, NOW);
    expect((await listBoards()).find((b) => b.id === copy.id)?.status).toBe('active');
  });

  it('a copy of a board whose title is near the limit (emoji included) is still one the app accepts', async () => {
    // 190 letters and two rockets (two UTF-16 units each): 194 units, within the limit.
    const long = `${'x'.repeat(190)}🚀🚀`;
    const sample = { ...createSampleBoard(), title: long };
    await saveBoard(sample);
    const copy = await duplicateBoard(sample.id, 'copy-1' as BoardId, NOW);
    // The original is shortened (never inside a rocket) to leave room for " (copy)".
    expect(copy.title).toBe(`${'x'.repeat(190)}🚀 (copy)`);
    expect(copy.title.length).toBeLessThanOrEqual(LIMITS.titleLength);
    // What the app itself checks: exported and imported back whole, and its title edited as is.
    const file = serializeBoard(copy, { appVersion: '0.0.0', now: NOW });
    const imported = parseBoardFile(file, { newId: () => 'imported', now: NOW });
    expect(imported.ok && imported.board.title).toBe(copy.title);
    expect(applyIntent(copy, { type: 'board/edit', patch: { title: copy.title } }).ok).toBe(true);
    // A copy of that copy is cut the same way (its title does not grow past the limit).
    expect((await duplicateBoard(copy.id, 'copy-2' as BoardId, NOW)).title).toBe(copy.title);
    // An emoji made of several (a family) is kept whole or left out, never cut into another one.
    const family = '👨‍👩‍👧';
    const emojis = { ...sample, id: 'emojis' as BoardId, title: `${'y'.repeat(188)}${family}` };
    await saveBoard(emojis);
    expect((await duplicateBoard(emojis.id, 'copy-3' as BoardId, NOW)).title).toBe(`${'y'.repeat(188)} (copy)`);
  });

  it('trash keeps a board until the trash is emptied; restore brings it back', async () => {
    const sample = createSampleBoard();
    await saveBoard(sample);
    await addSnapshot(sample, 'named', NOW, 'Before trash');
    await trashBoard(sample.id, NOW);
    const trashed = (await listBoards())[0];
    expect(trashed?.status).toBe('trashed');
    expect(trashed?.trashedAt).toBe(NOW);
    await restoreBoard(sample.id, NOW);
    expect((await listBoards())[0]?.status).toBe('active');
    await trashBoard(sample.id, NOW);
    expect(await emptyTrash([sample.id])).toEqual([sample.id]);
    expect(await listBoards()).toEqual([]);
    expect(await listSnapshots(sample.id)).toEqual([]);
  });

  it('emptying the trash leaves no row of the boards deleted, the note of the board open last included', async () => {
    const kept = { ...createSampleBoard(), id: 'b-kept' as BoardId, title: 'Kept' };
    const gone = { ...createSampleBoard(), id: 'b-gone' as BoardId, title: 'Gone' };
    await saveBoard(kept);
    await saveBoard(gone);
    await addSnapshot(gone, 'opened', NOW);
    await trashBoard(gone.id, NOW);
    const db = await openDatabase();
    expect((await db.meta.get(LAST_BOARD_KEY))?.value).toBe(gone.id);
    await emptyTrash([gone.id]);
    const rows = await Promise.all([db.boards.toArray(), db.heads.toArray(), db.snapshots.toArray(), db.journal.toArray(), db.meta.toArray()]);
    expect(JSON.stringify(rows)).not.toContain(gone.id);
    expect(JSON.stringify(rows)).toContain(kept.id);
    expect((await openStartupBoard()).id).toBe(kept.id);
  });

  it('a trashed board is not reopened on start', async () => {
    const sample = createSampleBoard();
    const other = { ...createSampleBoard(), id: 'b-2' as BoardId, title: 'Other', updatedAt: '2025-01-01T00:00:00.000Z' };
    await saveBoard(other);
    await saveBoard(sample);
    await trashBoard(sample.id, NOW);
    expect((await openStartupBoard()).title).toBe('Other');
  });

  it('duplicating or renaming another board from the library does not change which board opens next time', async () => {
    const worked = createSampleBoard();
    const other = { ...createSampleBoard(), id: 'b-2' as BoardId, title: 'Other' };
    await saveBoard(other);
    await saveBoard(worked);
    await duplicateBoard(other.id, 'b-3' as BoardId, NOW);
    await renameBoard(other.id, 'Other, renamed', NOW);
    closeDatabase();
    expect((await openStartupBoard()).id).toBe(worked.id);
  });

  it('saving a board keeps its library status', async () => {
    const sample = createSampleBoard();
    await saveBoard(sample);
    await archiveBoard(sample.id, NOW);
    const board = await loadBoard(sample.id);
    if (!board) throw new Error('missing');
    await saveBoard({ ...board, title: 'Still archived' });
    expect((await listBoards())[0]?.status).toBe('archived');
  });
});

describe('board history', () => {
  it('keeps named snapshots and prunes automatic ones to the newest', async () => {
    const sample = createSampleBoard();
    await addSnapshot(sample, 'named', '2026-11-28T09:00:00.000Z', 'After day 1');
    for (let i = 0; i < AUTOMATIC_SNAPSHOTS_KEPT + 5; i++) {
      const minute = String(i).padStart(2, '0');
      await addSnapshot({ ...sample, title: `v${i}` }, 'interval', `2026-11-28T10:${minute}:00.000Z`);
    }
    const list = await listSnapshots(sample.id);
    expect(list).toHaveLength(AUTOMATIC_SNAPSHOTS_KEPT + 1);
    expect(list[0]?.createdAt).toBe('2026-11-28T10:34:00.000Z');
    expect(list.find((s) => s.reason === 'named')?.name).toBe('After day 1');
    expect(list.some((s) => s.createdAt === '2026-11-28T10:00:00.000Z')).toBe(false);
    const named = list.find((s) => s.reason === 'named');
    expect((await loadSnapshot(named?.id ?? -1))?.title).toBe(sample.title);
  });

  it('automatic snapshots are taken from what is stored, edits saved as patches included', async () => {
    const board = await openStartupBoard();
    await saveBoard(board);
    await saveBoardPatch(board.id, { fields: { title: 'Stored as a patch' } });
    await snapshotSavedBoard(board.id, 'interval', NOW);
    const [latest] = await listSnapshots(board.id);
    expect(latest?.reason).toBe('interval');
    expect((await loadSnapshot(latest?.id ?? -1))?.title).toBe('Stored as a patch');
  });

  it('keeps no automatic snapshot of a board as the newest snapshot holds it: opening it again and again prunes no restore point away', async () => {
    const board = await openStartupBoard();
    await saveBoard(board);
    await snapshotSavedBoard(board.id, 'before-restore', '2026-11-28T09:00:00.000Z');
    await saveBoardPatch(board.id, { fields: { title: 'Restored' } });
    // What the save worker does a moment after each opening (the window defers it, snapshotSavedBoard).
    for (let i = 0; i < AUTOMATIC_SNAPSHOTS_KEPT + 5; i++) {
      await snapshotStoredBoard(getDatabase(), board.id, 'opened', `2026-11-28T10:${String(i).padStart(2, '0')}:00.000Z`);
    }
    const list = await listSnapshots(board.id);
    expect(list.map((s) => s.reason)).toEqual(['opened', 'before-restore']);
    expect(list[0]?.createdAt).toBe('2026-11-28T10:00:00.000Z');
    // An edit since: the next opening keeps it.
    await saveBoardPatch(board.id, { fields: { title: 'Edited' } });
    await snapshotStoredBoard(getDatabase(), board.id, 'opened', '2026-11-28T11:00:00.000Z');
    expect((await listSnapshots(board.id)).map((s) => s.reason)).toEqual(['opened', 'opened', 'before-restore']);
  });

  // The reviewer's History: two "When the board was opened" in one minute with the same counts. An
  // edit and its Undo leave the board as it was, but for when it was last edited; the next opening
  // kept a second copy that restored exactly what the first did.
  it('keeps no second snapshot of a board that differs from the newest only in when it was last edited', async () => {
    const board = await openStartupBoard();
    await saveBoard(board);
    await snapshotStoredBoard(getDatabase(), board.id, 'opened', '2026-11-28T09:00:00.000Z');
    // An edit, then its Undo: the stored board is the same but for its updatedAt.
    await saveBoardPatch(board.id, { fields: { title: 'Edited', updatedAt: '2026-11-28T09:00:20.000Z' } });
    await saveBoardPatch(board.id, { fields: { title: board.title, updatedAt: '2026-11-28T09:00:30.000Z' } });
    await snapshotStoredBoard(getDatabase(), board.id, 'opened', '2026-11-28T09:00:40.000Z');
    expect((await listSnapshots(board.id)).map((s) => s.createdAt)).toEqual(['2026-11-28T09:00:00.000Z']);
    // Anything a restore would bring back is a change: that opening is kept.
    await saveBoardPatch(board.id, { fields: { purpose: 'Another purpose', updatedAt: '2026-11-28T09:00:50.000Z' } });
    await snapshotStoredBoard(getDatabase(), board.id, 'opened', '2026-11-28T09:00:55.000Z');
    expect((await listSnapshots(board.id)).map((s) => s.createdAt)).toEqual(['2026-11-28T09:00:55.000Z', '2026-11-28T09:00:00.000Z']);
  });

  it('tells the other windows when it keeps a snapshot, named or automatic, and not when it keeps none', async () => {
    const board = await openStartupBoard();
    await saveBoard(board);
    const heard: unknown[] = [];
    const other = new BroadcastChannel('ownership-board');
    other.addEventListener('message', (event: MessageEvent<{ type?: unknown }>) => {
      // The edit's own message (board-saved) aside.
      if (event.data.type === 'snapshots-changed') heard.push(event.data);
    });
    await addSnapshot(board, 'named', NOW, 'After day 1');
    // The same board as that snapshot: none kept, nothing said.
    await snapshotStoredBoard(getDatabase(), board.id, 'opened', NOW);
    await saveBoardPatch(board.id, { fields: { title: 'Edited' } });
    await snapshotStoredBoard(getDatabase(), board.id, 'interval', NOW);
    await vi.waitFor(() => {
      expect(heard).toHaveLength(2);
    });
    other.close();
    expect(heard).toEqual([
      { type: 'snapshots-changed', id: board.id },
      { type: 'snapshots-changed', id: board.id },
    ]);
    expect((await listSnapshots(board.id)).map((s) => s.reason)).toEqual(['interval', 'named']);
  });

  it('upgrading from schema 2 keeps every snapshot and still prunes only automatic ones', async () => {
    const sample = createSampleBoard();
    const old = new Dexie(DATABASE_NAME);
    old.version(2).stores({ boards: 'id, updatedAt, title, status', meta: 'key', snapshots: '++id, boardId, [boardId+createdAt]' });
    await old.table('boards').put({ id: sample.id, dataVersion: 1, revision: 4, status: 'active', title: sample.title, updatedAt: sample.updatedAt, board: sample });
    await old.table('snapshots').add({ boardId: sample.id, createdAt: '2026-11-27T08:00:00.000Z', reason: 'named', name: 'Kept', board: sample });
    for (let i = 0; i < AUTOMATIC_SNAPSHOTS_KEPT; i++) {
      await old.table('snapshots').add({ boardId: sample.id, createdAt: `2026-11-27T09:${String(i).padStart(2, '0')}:00.000Z`, reason: 'opened', name: null, board: sample });
    }
    old.close();
    // The head starts at the stored revision, so the first save after the upgrade builds on it.
    expect((await loadBoard(sample.id))?.title).toBe(sample.title);
    expect(await getDatabase().heads.get(sample.id)).toMatchObject({ revision: 4 });
    await addSnapshot(sample, 'interval', NOW);
    const list = await listSnapshots(sample.id);
    expect(list).toHaveLength(AUTOMATIC_SNAPSHOTS_KEPT + 1);
    expect(list.some((s) => s.name === 'Kept')).toBe(true);
    expect(list.some((s) => s.createdAt === '2026-11-27T09:00:00.000Z')).toBe(false);
    await saveBoard({ ...sample, title: 'After the upgrade' });
    expect((await getDatabase().heads.get(sample.id))?.revision).toBe(5);
  });

  it('a named snapshot needs a name', async () => {
    await expect(addSnapshot(createSampleBoard(), 'named', NOW, '  ')).rejects.toThrow(/needs a name/u);
  });
});

/**
 * Board history: copies of a board to go back to. Automatic ones (when a board is opened, every
 * ten minutes of editing, before an import or a restore) are pruned to the newest few; named
 * ones ("After day 1") are kept until the board is deleted.
 */
import type { Board, BoardId } from '../../shared/model';
import { openDatabase, type OwnershipDatabase, type SnapshotReason, type SnapshotRecord } from './database';
import { readStoredBoard } from './journal';

export const AUTOMATIC_SNAPSHOTS_KEPT = 30;
export const SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000;
export const SNAPSHOT_NAME_LENGTH = 100;

export interface SnapshotSummary {
  readonly id: number;
  readonly createdAt: string;
  readonly reason: SnapshotReason;
  readonly name: string | null;
  readonly outcomes: number;
  readonly activities: number;
}

/** The snapshot record for a board (automatic ones carry the key that prunes them). */
function snapshotRecord(board: Board, reason: SnapshotReason, now: string, name: string | null): SnapshotRecord {
  return {
    boardId: board.id,
    createdAt: now,
    reason,
    name: name === null ? null : Array.from(name).slice(0, SNAPSHOT_NAME_LENGTH).join(''),
    ...(reason === 'named' ? {} : { autoBoardId: board.id }),
    board,
  };
}

/** Keeps the newest automatic snapshots of a board; reads keys only (call inside a transaction). */
export async function pruneAutomaticSnapshots(db: OwnershipDatabase, boardId: BoardId): Promise<void> {
  const automatic = await db.snapshots
    .where('[autoBoardId+createdAt]')
    .between([boardId, ''], [boardId, '\uffff'])
    .primaryKeys();
  // Keys come oldest first; keep the newest.
  const excess = automatic.length - AUTOMATIC_SNAPSHOTS_KEPT;
  if (excess > 0) await db.snapshots.bulkDelete(automatic.slice(0, excess));
}

export async function addSnapshot(board: Board, reason: SnapshotReason, now: string, name: string | null = null): Promise<number> {
  const trimmed = name?.trim() ?? null;
  if (reason === 'named' && !trimmed) throw new Error('A named snapshot needs a name.');
  const db = await openDatabase();
  return db.transaction('rw', db.snapshots, async () => {
    const id = await db.snapshots.add(snapshotRecord(board, reason, now, trimmed === '' ? null : trimmed));
    await pruneAutomaticSnapshots(db, board.id);
    return id;
  });
}

/**
 * Keeps a copy of a board as it is stored now (record and journal): what the save worker does for
 * automatic snapshots, so the window never copies a big board. Null when the board is gone.
 */
export async function snapshotStoredBoard(db: OwnershipDatabase, boardId: BoardId, reason: SnapshotReason, now: string): Promise<number | null> {
  return db.transaction('rw', [db.boards, db.journal, db.heads, db.snapshots], async () => {
    const stored = await readStoredBoard(db, boardId);
    if (!stored) return null;
    const id = await db.snapshots.add(snapshotRecord(stored.record.board, reason, now, null));
    await pruneAutomaticSnapshots(db, boardId);
    return id;
  });
}

/** Newest first. */
export async function listSnapshots(boardId: BoardId): Promise<SnapshotSummary[]> {
  const records = await (await openDatabase())
    .snapshots.where('[boardId+createdAt]')
    .between([boardId, ''], [boardId, '\uffff'])
    .reverse()
    .toArray();
  return records.map((s: SnapshotRecord) => ({
    id: s.id ?? 0,
    createdAt: s.createdAt,
    reason: s.reason,
    name: s.name,
    outcomes: s.board.outcomes.length,
    activities: s.board.activities.length,
  }));
}

export async function loadSnapshot(id: number): Promise<Board | undefined> {
  return (await (await openDatabase()).snapshots.get(id))?.board;
}

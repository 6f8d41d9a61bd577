/**
 * Board history: copies of a board to go back to. Automatic ones (when a board is opened, every
 * ten minutes of editing, before an import or a restore) are pruned to the newest few; named
 * ones ("After day 1") are kept until the board is deleted.
 */
import type { Board, BoardId } from '../../shared/model';
import { openDatabase, type SnapshotReason, type SnapshotRecord } from './database';

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

export async function addSnapshot(board: Board, reason: SnapshotReason, now: string, name: string | null = null): Promise<number> {
  const trimmed = name?.trim() ?? null;
  if (reason === 'named' && !trimmed) throw new Error('A named snapshot needs a name.');
  const db = await openDatabase();
  return db.transaction('rw', db.snapshots, async () => {
    const id = await db.snapshots.add({ boardId: board.id, createdAt: now, reason, name: trimmed ? Array.from(trimmed).slice(0, SNAPSHOT_NAME_LENGTH).join('') : null, board });
    const automatic = await db.snapshots
      .where('[boardId+createdAt]')
      .between([board.id, ''], [board.id, '\uffff'])
      .filter((s) => s.reason !== 'named')
      .primaryKeys();
    // Keys come oldest first; keep the newest.
    const excess = automatic.length - AUTOMATIC_SNAPSHOTS_KEPT;
    if (excess > 0) await db.snapshots.bulkDelete(automatic.slice(0, excess));
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

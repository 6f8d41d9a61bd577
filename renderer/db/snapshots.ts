/**
 * Board history: copies of a board to go back to. Automatic ones (when a board is opened or
 * imported, every ten minutes of editing, before an import or a restore) are pruned to the newest few; named
 * ones ("After day 1") are kept until the board is deleted.
 */
import { sameBoardContent, type Board, type BoardId } from '../../shared/model';
import { asHeldText, asOneLine, cutToUnits, showsNothing } from '../../shared/text';
import { openDatabase, type OwnershipDatabase, type SnapshotReason, type SnapshotRecord } from './database';
import { readStoredBoard } from './journal';

export const AUTOMATIC_SNAPSHOTS_KEPT = 30;
export const SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000;
export const SNAPSHOT_NAME_LENGTH = 100;

/**
 * Tells every other window (and this window, from the save worker) that a board's history changed:
 * an open History dialog lists it again. The channel the boards' saves are told on (db/boards.ts).
 */
const channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel('ownership-board') : null;

interface SnapshotsMessage {
  readonly type: 'snapshots-changed';
  readonly id: BoardId;
}

export function announceSnapshots(id: BoardId): void {
  channel?.postMessage({ type: 'snapshots-changed', id } satisfies SnapshotsMessage);
}

/** Calls `listener` when another window, or the save worker, kept a snapshot of board `id`. */
export function onSnapshotsChanged(id: BoardId, listener: () => void): () => void {
  if (!channel) return () => undefined;
  const onMessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<SnapshotsMessage> | null;
    if (data?.type === 'snapshots-changed' && data.id === id) listener();
  };
  channel.addEventListener('message', onMessage);
  return () => {
    channel.removeEventListener('message', onMessage);
  };
}

// Characters that show nothing themselves but change the text around them, taken out of a
// snapshot's name: the bidirectional controls (by shared/text's asHeldText, the rule for all of a
// board's text: a U+202E in a name turned the rest of the dialog's line backwards) and the
// invisible spaces and joiners that join nothing. (U+200C and U+200D stay: Persian words and emoji
// families are written with them.)
const INVISIBLE = /[\u00ad\u180e\u200b\u2060-\u2064\ufeff]|\u034f/gu;

/**
 * The name a snapshot is kept and shown under: one line, without bidirectional controls or
 * invisible characters, each half of a surrogate pair alone "�" (as a board's text), at most
 * SNAPSHOT_NAME_LENGTH (never cutting a character in two). Null when nothing of it can be seen — a
 * blank label, and a Restore button with no name for a screen reader.
 */
export function snapshotName(name: string): string | null {
  const clean = cutToUnits(asOneLine(asHeldText(name).text.replace(INVISIBLE, '')), SNAPSHOT_NAME_LENGTH).trimEnd();
  return showsNothing(clean) ? null : clean;
}

/** Why a name cannot be a snapshot's (see snapshotName), or null when it can. */
export function snapshotNameProblem(name: string): string | null {
  if (snapshotName(name) !== null) return null;
  return name.trim() === ''
    ? 'A snapshot needs a name, like “After day 1”.'
    : 'That name has only invisible characters: give the snapshot a name you can read, like “After day 1”.';
}

export interface SnapshotSummary {
  readonly id: number;
  readonly createdAt: string;
  readonly reason: SnapshotReason;
  readonly name: string | null;
  readonly outcomes: number;
  readonly activities: number;
}

/**
 * Snapshots kept until the board is deleted, never pruned: the named ones, and the board as it was
 * before another version of its map replaced it (the only copy of the facilitator's own content,
 * which thirty openings and ten-minute copies of the team's must not push out).
 */
const KEPT_UNTIL_DELETED: ReadonlySet<SnapshotReason> = new Set(['named', 'before-replace']);

/** The snapshot record for a board (automatic ones carry the key that prunes them). */
function snapshotRecord(board: Board, reason: SnapshotReason, now: string, name: string | null): SnapshotRecord {
  return {
    boardId: board.id,
    createdAt: now,
    reason,
    name,
    ...(KEPT_UNTIL_DELETED.has(reason) ? {} : { autoBoardId: board.id }),
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
  const kept = name === null ? null : snapshotName(name);
  if (reason === 'named' && kept === null) throw new Error(snapshotNameProblem(name ?? '') ?? 'A snapshot needs a name.');
  const db = await openDatabase();
  const id = await db.transaction('rw', db.snapshots, () => addSnapshotWithin(db, board, reason, now, kept));
  announceSnapshots(board.id);
  return id;
}

/**
 * Keeps a snapshot inside the caller's transaction (which holds the snapshots table), as one step
 * of a larger change: say so with announceSnapshots once that has committed.
 */
export async function addSnapshotWithin(db: OwnershipDatabase, board: Board, reason: SnapshotReason, now: string, name: string | null = null): Promise<number> {
  const added = await db.snapshots.add(snapshotRecord(board, reason, now, name));
  await pruneAutomaticSnapshots(db, board.id);
  return added;
}

/**
 * Keeps a copy of a board as it is stored now (record and journal): what the save worker does for
 * automatic snapshots, so the window never copies a big board. Null when the board is gone; the
 * newest snapshot's id when that one holds the board as stored already.
 */
export async function snapshotStoredBoard(db: OwnershipDatabase, boardId: BoardId, reason: SnapshotReason, now: string): Promise<number | null> {
  const kept = await db.transaction('rw', [db.boards, db.journal, db.heads, db.snapshots], async () => {
    const stored = await readStoredBoard(db, boardId);
    if (!stored) return null;
    // A copy of the board as the newest snapshot already holds it adds nothing: opening a board
    // again and again with no edit between filled the history with copies of one state, and
    // pruned a restore point away. "The same" sets aside when the board was last edited: an edit
    // and its Undo leave the board as it was with a later updatedAt, and each opening after one
    // kept another "When the board was opened" of the same minute and counts, that restored
    // exactly what the one before it did (a restore writes its own updatedAt). No restore point
    // is lost: the one kept holds every person, outcome and activity the skipped one would.
    const newest = await db.snapshots.where('[boardId+createdAt]').between([boardId, ''], [boardId, '\uffff']).last();
    if (newest && sameBoardContent(newest.board, stored.record.board)) return { id: newest.id ?? null, added: false };
    const id = await db.snapshots.add(snapshotRecord(stored.record.board, reason, now, null));
    await pruneAutomaticSnapshots(db, boardId);
    return { id, added: true };
  });
  if (kept?.added === true) announceSnapshots(boardId);
  return kept?.id ?? null;
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

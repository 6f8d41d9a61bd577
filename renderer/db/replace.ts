/**
 * A board given the content of another version of its map: the facilitator's "Team A" takes what a
 * team's returned file holds ("Team A (imported …)"), instead of the two standing side by side and
 * the team's changes being redone by hand on the board that was sent. One transaction keeps the
 * board's own content in its history, writes the version's content under the board's id, origin
 * and title (so later files sent back still find it), and moves the version to the Trash. A crash
 * midway leaves both as they were; nothing is deleted; undoReplacement takes it back.
 */
import { sameBoardContent, sameMap, type Board, type BoardId } from '../../shared/model';
import { isolatedInSentence } from '../../shared/text';
import { announceMoved, refuseNewer, StorageError, writeBoardWithin } from './boards';
import { openDatabase, type BoardStatus, type OwnershipDatabase } from './database';
import { readStoredBoard } from './journal';
import { BOARD_GONE, setStatusWithin } from './library';
import { addSnapshotWithin, announceSnapshots } from './snapshots';

/** What a replacement did, to say it and to take it back. */
export interface Replacement {
  /** The board replaced, as it is now: the version's content under its own id, origin and title. */
  readonly board: Board;
  /** The board as it was, kept in its history as the snapshot `snapshot`. */
  readonly before: Board;
  readonly snapshot: number;
  /** The version whose content it took, now in the Trash, and the library section it was in. */
  readonly version: Board;
  readonly versionStatus: BoardStatus;
}

const VERSION_GONE_HERE = 'This board is no longer in your library: it was deleted or moved to the Trash, perhaps in another window. Nothing was changed.';

export const NOT_AS_STORED = 'This board has a change that is not saved yet, so nothing was replaced. Wait until it says “Saved” (or retry the save), then try again.';

/**
 * `board` holding what `version` holds — its purpose, people, outcomes and activities — under its
 * own id, origin (the map it is a version of, which a file sent back names), title and the moment
 * it was made. Stamped as edited `now`.
 */
export function withContentOf(board: Board, version: Board, now: string): Board {
  const { origin: _versionOf, ...content } = version;
  return {
    ...content,
    id: board.id,
    ...(board.origin === undefined ? {} : { origin: board.origin }),
    title: board.title,
    createdAt: board.createdAt,
    updatedAt: now,
  };
}

/** The stores a replacement reads and writes, in one transaction. */
const tablesOf = (db: OwnershipDatabase) => [db.boards, db.journal, db.heads, db.meta, db.snapshots];

/**
 * Gives board `id` the content of `version` (the board shown, as this window holds it), keeps what
 * it held in its history, and moves `version` to the Trash; `id` becomes the board the next start
 * opens. Refused, with a sentence and nothing changed, when either board is gone or in the Trash,
 * they are not versions of one map, or `version` is not stored as given (a change not saved yet).
 */
export async function replaceWithVersion(id: BoardId, version: Board, now: string): Promise<Replacement> {
  const db = await openDatabase();
  const { replacement, written } = await db.transaction('rw', tablesOf(db), async () => {
    const target = await readStoredBoard(db, id);
    if (!target) throw new StorageError(BOARD_GONE);
    refuseNewer(target.record);
    const title = isolatedInSentence(target.record.title);
    if (target.record.status === 'trashed') {
      throw new StorageError(`“${title}” is in the Trash now, perhaps moved there in another window: restore it from the library first. Nothing was changed.`);
    }
    const stored = await readStoredBoard(db, version.id);
    if (!stored || stored.record.status === 'trashed') throw new StorageError(VERSION_GONE_HERE);
    if (id === version.id || !sameMap(target.record.board, version)) {
      throw new StorageError(`This board is not a version of the same map as “${title}”. Nothing was changed.`);
    }
    if (!sameBoardContent(stored.record.board, version)) throw new StorageError(NOT_AS_STORED);
    const before = target.record.board;
    const board = withContentOf(before, version, now);
    const snapshot = await addSnapshotWithin(db, before, 'before-replace', now);
    const write = await writeBoardWithin(db, board, true);
    await setStatusWithin(db, version.id, 'trashed', now);
    return { replacement: { board, before, snapshot, version, versionStatus: stored.record.status ?? 'active' }, written: write };
  });
  written();
  announceSnapshots(id);
  announceMoved([version.id]);
  return replacement;
}

/**
 * Takes a replacement back: the board holds again what it held before (stamped as edited `now`,
 * as an undo is), the snapshot kept of it goes, and the version comes out of the Trash to the
 * section it was in. Refused, with nothing changed, when either was changed since (in another
 * window): undone then, that change would be lost.
 */
export async function undoReplacement(replacement: Replacement, now: string): Promise<void> {
  const db = await openDatabase();
  const id = replacement.board.id;
  const written = await db.transaction('rw', tablesOf(db), async () => {
    const target = await readStoredBoard(db, id);
    const title = isolatedInSentence(replacement.board.title);
    if (!target || target.record.status === 'trashed' || !sameBoardContent(target.record.board, replacement.board)) {
      throw new StorageError(`“${title}” was changed since, perhaps in another window, so nothing was undone. What it held before is still in its History.`);
    }
    const version = await db.boards.get(replacement.version.id);
    if (version?.status !== 'trashed') {
      throw new StorageError(`The imported copy is no longer in the Trash, perhaps restored or deleted in another window, so nothing was undone. What “${title}” held before is still in its History.`);
    }
    const write = await writeBoardWithin(db, { ...replacement.before, updatedAt: now }, false);
    await db.snapshots.delete(replacement.snapshot);
    await setStatusWithin(db, replacement.version.id, replacement.versionStatus, now);
    return write;
  });
  written();
  announceSnapshots(id);
  announceMoved([replacement.version.id]);
}

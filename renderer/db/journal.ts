/**
 * How a board is kept: a record holding the whole board, plus a journal of the small patches
 * saved since (one per edit), plus a head saying which revision is the latest. Used by the window
 * (loading, whole-board writes) and by the save worker (appending patches, folding the journal
 * into the record when edits pause), so it imports nothing that needs a document.
 *
 * Every write checks the head's token: a writer saves only on top of the state it last saw, so two
 * windows on one profile never silently overwrite each other, and a patch is never applied to a
 * board it was not made from.
 */
import Dexie from 'dexie';
import type { Board, BoardId } from '../../shared/model';
import { applyBoardPatch, type BoardPatch } from '../../shared/patch';
import { LAST_BOARD_KEY } from './names';
import { BOARD_DATA_VERSION, type BoardRecord, type HeadRecord, type JournalRecord, type OwnershipDatabase } from './database';

/** A board's save position: its revision and the token of the save that made it. */
export interface Head {
  readonly revision: number;
  readonly token: string;
}

/** Another window saved this board since this window last loaded or saved it. */
export class ConflictError extends Error {
  /** `gone`: the board is not stored at all any more (deleted for good in another window). */
  constructor(
    readonly boardId: BoardId,
    readonly gone = false,
  ) {
    super(gone ? 'This board was deleted in another window since you opened it here.' : 'This board was changed in another window since you opened it here.');
    this.name = 'ConflictError';
  }
}

/** A token no other save has: this writer's id and a counter. */
export function tokenMaker(): () => string {
  const writer = globalThis.crypto.randomUUID();
  let count = 0;
  return () => `${writer}:${String(++count)}`;
}

function journalRange(db: OwnershipDatabase, id: BoardId) {
  return db.journal.where('[boardId+revision]').between([id, Dexie.minKey], [id, Dexie.maxKey]);
}

/** The head of a board, from its head record or (a board saved before schema 3) its record. */
function headOf(record: BoardRecord, head: HeadRecord | undefined): Head {
  if (head) return { revision: head.revision, token: head.token };
  const revision = record.revision ?? 0;
  return { revision, token: legacyToken(record.id, revision) };
}

/**
 * Applies journal entries to a record, one revision at a time. An entry that does not follow on
 * (a gap) or does not fit stops the replay there: the board is shown as of the last entry that
 * fits rather than not at all (`skipped` counts what was left out; normal saves never cause it).
 */
export function applyJournal(record: BoardRecord, entries: readonly JournalRecord[]): { record: BoardRecord; skipped: number } {
  let board = record.board;
  let revision = record.revision ?? 0;
  const later = entries.filter((entry) => entry.revision > revision).sort((a, b) => a.revision - b.revision);
  let applied = 0;
  for (const entry of later) {
    if (entry.revision !== revision + 1) break;
    try {
      board = applyBoardPatch(board, entry.patch);
    } catch {
      break;
    }
    revision = entry.revision;
    applied++;
  }
  const skipped = later.length - applied;
  if (applied === 0) return { record, skipped };
  return { record: { ...record, revision, title: board.title, updatedAt: board.updatedAt, board }, skipped };
}

export interface StoredBoard {
  readonly record: BoardRecord;
  readonly head: Head;
  /**
   * Saved revisions the board could not be brought up to (0 unless the storage was damaged):
   * journal entries that did not fit, or a head further on than the record and journal reach.
   * The head then is not the revision of the board read, and nothing may be saved on top of it.
   */
  readonly skipped: number;
}

/** A board as last saved: its record with the journal applied, and its head. */
export async function readStoredBoard(db: OwnershipDatabase, id: BoardId): Promise<StoredBoard | undefined> {
  return db.transaction('r', db.boards, db.journal, db.heads, async () => {
    const [record, entries, head] = await Promise.all([db.boards.get(id), journalRange(db, id).toArray(), db.heads.get(id)]);
    return record ? storedBoardOf(record, entries, head) : undefined;
  });
}

/** A board's stored parts put together: the record with its journal applied, and its head. */
export function storedBoardOf(record: BoardRecord, entries: readonly JournalRecord[], head: HeadRecord | undefined): StoredBoard {
  const { record: latest, skipped } = applyJournal(record, entries);
  const stored = headOf(record, head);
  // Entries left out are one sign of damage; a head past what could be applied is the sure one
  // (it also catches entries that are gone, and a record whose journal was applied already).
  return { record: latest, head: stored, skipped: Math.max(skipped, stored.revision - (latest.revision ?? 0)) };
}

/** Every board record with its journal applied (the library's view). */
export async function readAllStoredBoards(db: OwnershipDatabase): Promise<BoardRecord[]> {
  return db.transaction('r', db.boards, db.journal, async () => {
    const [records, entries] = await Promise.all([db.boards.toArray(), db.journal.toArray()]);
    const byBoard = new Map<BoardId, JournalRecord[]>();
    for (const entry of entries) {
      const list = byBoard.get(entry.boardId);
      if (list) list.push(entry);
      else byBoard.set(entry.boardId, [entry]);
    }
    return records.map((record) => {
      const journal = byBoard.get(record.id);
      return journal ? applyJournal(record, journal).record : record;
    });
  });
}

export interface AppendRequest {
  readonly boardId: BoardId;
  /** The head the patch was made on top of. */
  readonly base: Head;
  /** The head after it (revision + 1, a fresh token). */
  readonly next: Head;
  readonly patch: BoardPatch;
  /** Also note this board as the one open last (the first save after opening it). */
  readonly setLast?: boolean;
}

/** The head a board has before any save of schema 3 (read from its record's revision). */
function legacyToken(id: BoardId, revision: number): string {
  return `${id}@${String(revision)}`;
}

/**
 * The name that explains a storage failure: Dexie wraps the browser's DOMException as `inner`,
 * and a full disk (QuotaExceededError) must not hide behind Dexie's own name.
 */
export function storageErrorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  const innerName = storageErrorName(inner);
  if (innerName === 'QuotaExceededError') return innerName;
  return typeof name === 'string' ? name.replace(/^Dexie\./u, '') : innerName;
}

/** A DOMException (QuotaExceededError…) as it is — its name is what explains it — else an Error. */
function asError(error: unknown): Error {
  if (typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string') return error as Error;
  return new Error(String(error));
}

/**
 * The same append in plain IndexedDB, on the connection Dexie opened: what the save worker runs
 * for every edit. The three requests go out together and the head check runs in the first one's
 * callback, aborting the transaction (so nothing is written) when the head is not `base` — one
 * trip to the storage instead of a read, a wait, then the writes.
 */
export function appendToJournalNative(idb: IDBDatabase, request: AppendRequest): Promise<void> {
  const { boardId, base, next, patch } = request;
  return new Promise<void>((resolve, reject) => {
    let failure: Error | null = null;
    let alreadyCommitted = false;
    // A board no save of schema 3 has touched yet has no head record: the window read its record's
    // revision. Then the record must still be there (a key-only look, no board read).
    const headless = base.token === legacyToken(boardId, base.revision);
    let tx: IDBTransaction;
    try {
      tx = idb.transaction(headless ? ['heads', 'journal', 'meta', 'boards'] : ['heads', 'journal', 'meta'], 'readwrite', { durability: 'strict' });
    } catch (error) {
      reject(asError(error));
      return;
    }
    tx.oncomplete = () => {
      resolve();
    };
    tx.onabort = () => {
      if (alreadyCommitted) {
        resolve();
        return;
      }
      const error = failure ?? tx.error ?? new DOMException('The save was cancelled.', 'AbortError');
      // Another writer already holds this revision in the journal: that is a conflict too.
      reject(error.name === 'ConstraintError' ? new ConflictError(boardId) : error);
    };
    try {
      const heads = tx.objectStore('heads');
      const read = heads.get(boardId);
      read.onsuccess = () => {
        const head = read.result as HeadRecord | undefined;
        if (head === undefined && headless) {
          const record = tx.objectStore('boards').getKey(boardId);
          record.onsuccess = () => {
            if (record.result !== undefined) return;
            failure = new ConflictError(boardId, true);
            tx.abort();
          };
          return;
        }
        // Already committed (a request sent again after a worker went away): nothing to do.
        if (head?.token === next.token) alreadyCommitted = true;
        // No head at all: the board was deleted (its head goes with it), not changed.
        else if (head?.token !== base.token) failure = new ConflictError(boardId, head === undefined);
        else return;
        tx.abort();
      };
      tx.objectStore('journal').add({ boardId, revision: next.revision, patch } satisfies JournalRecord);
      heads.put({ id: boardId, revision: next.revision, token: next.token } satisfies HeadRecord);
      if (request.setLast === true) tx.objectStore('meta').put({ key: LAST_BOARD_KEY, value: boardId });
    } catch (error) {
      failure = asError(error);
      try {
        tx.abort();
      } catch {
        reject(failure.name === 'ConstraintError' ? new ConflictError(boardId) : failure);
      }
    }
  });
}

/**
 * Folds a board's journal into its record (one transaction: read, apply, write, clear). The head
 * does not move: the board is the same, only kept differently. Only what was applied is cleared:
 * entries past one that does not fit stay, so loading still sees that changes are missing (and
 * says so) instead of the fold hiding it for good. Returns how many entries it folded.
 */
export async function compactJournal(db: OwnershipDatabase, id: BoardId): Promise<number> {
  return db.transaction('rw', db.boards, db.journal, db.heads, async () => {
    const entries = await journalRange(db, id).toArray();
    if (entries.length === 0) return 0;
    const record = await db.boards.get(id);
    // A journal without its record (the board deleted meanwhile) has no board left to apply to.
    if (!record) return journalRange(db, id).delete();
    const folded = applyJournal(record, entries).record;
    if (folded !== record) await db.boards.put(folded);
    const upTo = folded.revision ?? 0;
    // Entries up to the folded revision are in the record now (or were already, left by a fold
    // that did not finish clearing).
    return db.journal.where('[boardId+revision]').between([id, Dexie.minKey], [id, upTo], true, true).delete();
  });
}

/**
 * Writes a whole board (a new board, an import, a retry after a failed save, keeping this window's
 * version after a conflict) and clears its journal. Refuses with ConflictError when the stored head
 * is not `expected`, unless `overwrite` is set. Returns the new head.
 */
export async function writeWholeBoard(
  db: OwnershipDatabase,
  board: Board,
  options: {
    readonly expected: Head | undefined;
    readonly overwrite: boolean;
    readonly token: string;
    /** Also note it as the board to open at the next start (false: a copy or a rename made from the library). */
    readonly noteAsLast?: boolean;
  },
): Promise<Head> {
  return db.transaction('rw', [db.boards, db.journal, db.heads, db.meta], async () => {
    const [stored, head] = await Promise.all([db.boards.get(board.id), db.heads.get(board.id)]);
    const current = stored ? headOf(stored, head) : head;
    if (current && current.token !== options.expected?.token && !options.overwrite) throw new ConflictError(board.id);
    const next: Head = { revision: (current?.revision ?? -1) + 1, token: options.token };
    // Library status belongs to the record, not the board: keep it.
    const record: BoardRecord = {
      id: board.id,
      dataVersion: BOARD_DATA_VERSION,
      revision: next.revision,
      status: stored?.status ?? 'active',
      ...(stored?.trashedAt === undefined ? {} : { trashedAt: stored.trashedAt }),
      title: board.title,
      updatedAt: board.updatedAt,
      board,
    };
    await Promise.all([
      db.boards.put(record),
      journalRange(db, board.id).delete(),
      db.heads.put({ id: board.id, ...next }),
      options.noteAsLast === false ? undefined : db.meta.put({ key: LAST_BOARD_KEY, value: board.id }),
    ]);
    return next;
  });
}

/** Removes boards with their journals and heads (emptying the trash). */
export async function deleteJournalsAndHeads(db: OwnershipDatabase, ids: readonly BoardId[]): Promise<void> {
  await Promise.all([db.heads.bulkDelete([...ids]), ...ids.map((id) => journalRange(db, id).delete())]);
}

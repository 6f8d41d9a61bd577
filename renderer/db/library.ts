/**
 * The board library: every board on this machine with what the home screen shows (title, last
 * edited, outcome count, health score), and the library's moves — create, rename, duplicate,
 * archive, trash with restore, delete for good (one board, or the whole trash: emptyTrash) — and
 * the order the library is listed in. Boards in the trash are kept until deleted.
 */
import { applyIntent } from '../../shared/commands';
import { boardHealth } from '../../shared/health';
import { LIMITS, mapIdOf, sameMap, titleWithSuffix, type Board, type BoardId } from '../../shared/model';
import { TEMPLATE_SUFFIX, templateOf } from '../../shared/template';
import { cutToUnits } from '../../shared/text';
import { announceMoved, ConflictError, loadBoard, readBoardToCopy, saveBoard } from './boards';
import { openDatabase, type BoardRecord, type BoardStatus, type OwnershipDatabase } from './database';
import { deleteJournalsAndHeads, readAllStoredBoards, readStoredBoard } from './journal';
import { LAST_BOARD_KEY, LIBRARY_ORDER_KEY } from './names';
import { DEFAULT_LIBRARY_ORDER, isLibraryOrder, type LibraryOrder } from '../library/order';

export interface BoardSummary {
  readonly id: BoardId;
  readonly title: string;
  /** What the board is for (may be empty): shown under the title, and searched with it. */
  readonly purpose: string;
  readonly updatedAt: string;
  /** When the board was made (a copy: when it was copied; an import: as the file says). */
  readonly createdAt: string;
  readonly status: BoardStatus;
  readonly trashedAt: string | null;
  readonly outcomes: number;
  readonly owned: number;
}

function summarise(record: BoardRecord): BoardSummary {
  const { score } = boardHealth(record.board);
  return {
    id: record.id,
    title: record.title,
    purpose: record.board.purpose,
    updatedAt: record.updatedAt,
    createdAt: record.board.createdAt,
    status: record.status ?? 'active',
    trashedAt: record.trashedAt ?? null,
    outcomes: score.total,
    owned: score.owned,
  };
}

/** All boards, most recently edited first. */
export async function listBoards(): Promise<BoardSummary[]> {
  // Each record with the edits saved since it was last written in full (its journal).
  const records = await readAllStoredBoards(await openDatabase());
  return records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map(summarise);
}

/**
 * These boards as the library shows them now; null for one no longer stored. Reads only them:
 * another window saving one board many times a minute must not have the library read them all.
 */
export async function readSummaries(ids: Iterable<BoardId>): Promise<ReadonlyMap<BoardId, BoardSummary | null>> {
  const db = await openDatabase();
  const read = await Promise.all([...new Set(ids)].map(async (id) => [id, await readStoredBoard(db, id)] as const));
  return new Map(read.map(([id, stored]) => [id, stored ? summarise(stored.record) : null]));
}

/** The library's list with `changes` (from readSummaries) made: each replaced, added or taken out. */
export function withChanges(list: readonly BoardSummary[], changes: ReadonlyMap<BoardId, BoardSummary | null>): BoardSummary[] {
  const next = list.flatMap((board) => {
    const changed = changes.get(board.id);
    return changed === undefined ? [board] : changed === null ? [] : [changed];
  });
  const listed = new Set(list.map((board) => board.id));
  for (const [id, summary] of changes) if (summary && !listed.has(id)) next.push(summary);
  return next;
}

/** Said when a board asked about by id (another version of a map) has gone since it was listed. */
export const BOARD_GONE = 'That board is no longer in your library: it may have been deleted in another window. Nothing was changed.';

/** Another board of the library that is a version of the same map as the board asked about (shared/model sameMap). */
export interface MapVersion {
  readonly id: BoardId;
  readonly title: string;
  readonly updatedAt: string;
  readonly status: Exclude<BoardStatus, 'trashed'>;
  /** The board the map was first made as: the facilitator's own, which the others were sent from. */
  readonly first: boolean;
}

/**
 * The library's other versions of `board`'s map, outside the trash: the board the map was first
 * made as first (a returned file is compared with the board that was sent), then the most
 * recently changed. An archived board is one: a returned file of last year's workshop is still
 * worth comparing with it. One in the trash is not: the person threw it away, and comparing with
 * it would bring back what they chose to be rid of (as a namesake in the trash does not count).
 *
 * Reads the whole library, as its screen does: only when asked (an import done, the History
 * opened), never on an edit's or a drag's path.
 */
export async function otherVersionsOf(board: Pick<Board, 'id' | 'origin'>): Promise<MapVersion[]> {
  const records = await readAllStoredBoards(await openDatabase());
  const map = mapIdOf(board);
  return records
    .flatMap((record): MapVersion[] => {
      const status = record.status ?? 'active';
      if (status === 'trashed' || record.id === board.id || !sameMap(record.board, board)) return [];
      return [{ id: record.id, title: record.title, updatedAt: record.updatedAt, status, first: record.id === map }];
    })
    .sort((a, b) => Number(b.first) - Number(a.first) || b.updatedAt.localeCompare(a.updatedAt));
}

/** The order the person chose for the library, kept across restarts; the default if none (or unreadable). */
export async function readLibraryOrder(): Promise<LibraryOrder> {
  const stored = await (await openDatabase()).meta.get(LIBRARY_ORDER_KEY);
  return isLibraryOrder(stored?.value) ? stored.value : DEFAULT_LIBRARY_ORDER;
}

export async function saveLibraryOrder(order: LibraryOrder): Promise<void> {
  await (await openDatabase()).meta.put({ key: LIBRARY_ORDER_KEY, value: order });
}

/**
 * Whether a board outside the trash is already called `title`: an import of your own board sent
 * back by a colleague opens beside it, and the notice says so, so the two are not mistaken for
 * one another; a rename to it is refused (library/namesakes.ts). Read from the title index,
 * without loading any board. `except`: boards not to count — the one being renamed, and the one
 * open in the window, whose stored title may be one it no longer has (the caller asks the window
 * instead).
 */
export async function hasBoardTitled(title: string, except: readonly (BoardId | null)[] = []): Promise<boolean> {
  const db = await openDatabase();
  const found = await db.boards
    .where('title')
    .equals(title)
    .filter((record) => record.status !== 'trashed' && !except.includes(record.id))
    .first();
  return found !== undefined;
}

/** Moves a board to a section of the library, inside the caller's transaction (which holds the boards table). */
export async function setStatusWithin(db: OwnershipDatabase, id: BoardId, status: BoardStatus, now: string): Promise<void> {
  const record = await db.boards.get(id);
  if (!record) throw new Error('That board is no longer on this computer.');
  const { trashedAt: _dropped, ...rest } = record;
  await db.boards.put(status === 'trashed' ? { ...rest, status, trashedAt: now } : { ...rest, status });
}

async function setStatus(id: BoardId, status: BoardStatus, now: string): Promise<void> {
  const db = await openDatabase();
  await db.transaction('rw', db.boards, () => setStatusWithin(db, id, status, now));
  announceMoved([id]);
}

export const archiveBoard = (id: BoardId, now: string) => setStatus(id, 'archived', now);
export const unarchiveBoard = (id: BoardId, now: string) => setStatus(id, 'active', now);
export const trashBoard = (id: BoardId, now: string) => setStatus(id, 'trashed', now);
export const restoreBoard = (id: BoardId, now: string) => setStatus(id, 'active', now);

/**
 * Deletes for good, with their history, the boards among `ids` that are still in the trash, and
 * returns their ids. Only the boards the person saw and confirmed: under a search the trash holds
 * others, which stay. One restored meanwhile (in another window) is no longer in the trash and stays.
 */
export async function emptyTrash(ids: readonly BoardId[]): Promise<readonly BoardId[]> {
  const db = await openDatabase();
  const deleted = await db.transaction('rw', [db.boards, db.snapshots, db.heads, db.journal, db.meta], async () => {
    const records = await db.boards.bulkGet([...ids]);
    const trashed = records.filter((record): record is BoardRecord => record?.status === 'trashed').map((record) => record.id);
    if (trashed.length === 0) return [];
    await db.boards.bulkDelete(trashed);
    await db.snapshots.where('boardId').anyOf(trashed).delete();
    await deleteJournalsAndHeads(db, trashed);
    // Nothing of them is left behind: not even the note of the board open last, when it was one
    // of them (opened, edited, then trashed from another board).
    const last = await db.meta.get(LAST_BOARD_KEY);
    if (typeof last?.value === 'string' && (trashed as readonly string[]).includes(last.value)) await db.meta.delete(LAST_BOARD_KEY);
    return trashed;
  });
  announceMoved(deleted);
  return deleted;
}

/**
 * Renames a board that is not open in this window (read, change, save on top of what was read).
 * The open board is renamed through the board store instead (see LibraryScreen): written here,
 * behind the store's back, the old title would stay on screen and its next whole save put it back.
 */
export async function renameBoard(id: BoardId, title: string, now: string): Promise<void> {
  const board = await loadBoard(id);
  if (!board) throw new Error('That board is no longer on this computer.');
  // The same rules as a title edited on the board (not empty, one line, at most 200 characters).
  const result = applyIntent(board, { type: 'board/edit', patch: { title } });
  if (!result.ok) throw new Error(result.error.message);
  try {
    await saveBoard({ ...result.board, updatedAt: now }, { noteAsLast: false });
  } catch (error) {
    if (error instanceof ConflictError) throw new Error('The board changed in another window while renaming; try again.');
    throw error;
  }
}

const COPY_SUFFIX = ' (copy)';

/**
 * A copy with fresh ids for the board (entity ids are scoped by board and stay). Its title is the
 * original's with " (copy)", the original shortened to leave room for it.
 *
 * A copy is a new map, without the original's origin (shared/model): Duplicate is how the library
 * starts the next quarter's board, or another room's, from this one. Kept, every file returned for
 * either would have listed the other among "Other versions of this map", the import offered to
 * compare a team's return with a board of another workshop, and a map copied each quarter gathered
 * every quarter's boards as its versions. A version of a map is what travels out as a file and
 * comes back (or a backup restored), which keeps the origin the file names.
 */
export function copyOf(board: Board, newId: BoardId, now: string, title?: string): Board {
  const copyTitle = title === undefined ? titleWithSuffix(board.title, COPY_SUFFIX) : cutToUnits(title, LIMITS.titleLength);
  const { origin: _versionOf, ...rest } = board;
  return { ...rest, id: newId, title: copyTitle, createdAt: now, updatedAt: now };
}

/**
 * What the library's copies are: the whole board (Duplicate), or its outcomes and activities
 * without the people and what they did (Copy as template, shared/template.ts).
 */
export type CopyKind = 'copy' | 'template';

/** What a copy's title ends with: " (copy)", " (template)". */
const COPY_SUFFIXES: Readonly<Record<CopyKind, string>> = { copy: COPY_SUFFIX, template: TEMPLATE_SUFFIX };

/** How many numbered titles a copy tries ("(copy 2)" … ) before it takes the last one tried. */
const COPY_NUMBERS = 1000;

/**
 * A copy's title: the first of "Team A (copy)", "Team A (copy 2)", "Team A (copy 3)"… that is not
 * `taken` (another board's, outside the trash). A board duplicated or copied as a template twice
 * made two boards of one title: two cards alike in every word in the library, and a screen reader's
 * list of buttons held two "Open Team A (template)" (renderer/library/namesakes.ts).
 */
async function untakenCopyTitle(original: string, kind: CopyKind, taken: (title: string) => Promise<boolean>): Promise<string> {
  let title = '';
  for (let number = 1; number <= COPY_NUMBERS; number++) {
    const suffix = COPY_SUFFIXES[kind];
    title = titleWithSuffix(original, number === 1 ? suffix : suffix.replace(/\)$/u, ` ${String(number)})`));
    // One look at a time: the first title free is the one wanted, and it is nearly always the first.
    if (!(await taken(title))) return title;
  }
  return title;
}

/**
 * `taken`: whether a title is another board's (the library's titleTaken); the copy's title is
 * numbered past those. Without it, the copy is titled "(copy)" or "(template)" whatever else is.
 */
export async function duplicateBoard(
  id: BoardId,
  newId: BoardId,
  now: string,
  kind: CopyKind = 'copy',
  taken: (title: string) => Promise<boolean> = () => Promise.resolve(false),
): Promise<Board> {
  const board = await readBoardToCopy(id);
  if (!board) throw new Error('That board is no longer on this computer.');
  const made = kind === 'copy' ? copyOf(board, newId, now) : templateOf(board, newId, now);
  const copy = { ...made, title: await untakenCopyTitle(board.title, kind, taken) };
  await saveBoard(copy, { noteAsLast: false });
  return copy;
}

/** How many boards are stored, in any state. Cheap: the start-up check for an emptied storage. */
export async function countBoards(): Promise<number> {
  return (await openDatabase()).boards.count();
}

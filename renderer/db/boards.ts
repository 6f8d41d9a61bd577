/**
 * Loading and saving boards. The first run seeds the sample board so a newcomer sees the method
 * at work; later runs reopen the board that was open last.
 */
import type { Board, BoardId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import type { BoardPatch } from '../../shared/patch';
import { isolatedInSentence } from '../../shared/text';
import { BOARD_DATA_VERSION, getDatabase, onDatabaseClosed, openDatabase, type BoardRecord, type OwnershipDatabase, type SnapshotReason } from './database';
import { takeEarlyRead } from './earlyRead';
import { LAST_BOARD_KEY } from './names';
import { ConflictError, readAllStoredBoards, storageErrorName, readStoredBoard, storedBoardOf, tokenMaker, writeWholeBoard, type Head, type StoredBoard } from './journal';
import { createPatchSaver, type PatchSaver } from './saver';
import { whenIdle } from '../app/idle';
import { notify } from '../app/notices';

export { ConflictError };

/** The head of each board as this window last read or committed it. */
const knownHeads = new Map<BoardId, Head>();
/** The head each board will have once every patch this window has sent is committed. */
const sentHeads = new Map<BoardId, Head>();
/** The board this window last noted as the one open (so only the first save after opening notes it). */
let notedLast: BoardId | null = null;
const makeToken = tokenMaker();

const channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel('ownership-board') : null;

interface SavedMessage {
  readonly type: 'board-saved';
  readonly id: BoardId;
  readonly revision: number;
  /** Kept over a newer version (the person chose "Keep mine"): what that threw away, in sentences. */
  readonly replacing?: readonly string[];
}

/** Boards moved between the library's sections (archived, trashed, restored) or deleted for good. */
interface MovedMessage {
  readonly type: 'boards-moved';
  readonly ids: readonly BoardId[];
}

function announce(id: BoardId, head: Head, replacing: readonly string[] = []): void {
  channel?.postMessage({ type: 'board-saved', id, revision: head.revision, ...(replacing.length > 0 ? { replacing } : {}) } satisfies SavedMessage);
}

/** Tells the other windows that the library moved or deleted these boards (their saves say the rest). */
export function announceMoved(ids: readonly BoardId[]): void {
  if (ids.length > 0) channel?.postMessage({ type: 'boards-moved', ids } satisfies MovedMessage);
}

/** Listens to the other windows' messages (BroadcastChannel never echoes to the sender). */
function listen(handler: (data: Partial<SavedMessage> | Partial<MovedMessage> | null) => void): () => void {
  if (!channel) return () => undefined;
  const onMessage = (event: MessageEvent<unknown>) => {
    handler(event.data as Partial<SavedMessage> | Partial<MovedMessage> | null);
  };
  channel.addEventListener('message', onMessage);
  return () => {
    channel.removeEventListener('message', onMessage);
  };
}

/**
 * Other windows on this profile saved a board newer than this window knows it; `replacing`: what
 * that save threw away of the version it replaced (a "Keep mine" in a conflict), else empty.
 */
export function onBoardSavedElsewhere(listener: (id: BoardId, revision: number, replacing: readonly string[]) => void): () => void {
  return listen((data) => {
    if (data?.type === 'board-saved' && typeof data.id === 'string' && typeof data.revision === 'number') {
      const replacing = Array.isArray(data.replacing) ? data.replacing.filter((sentence): sentence is string => typeof sentence === 'string') : [];
      if (data.revision > (knownHeads.get(data.id)?.revision ?? -1)) listener(data.id, data.revision, replacing);
    }
  });
}

/**
 * Other windows on this profile changed these boards in any way the library shows: saved (made,
 * renamed, edited, copied, imported), moved between its sections, or deleted. With `movesOnly`,
 * only the moves and deletions (a save never moves a board).
 */
export function onBoardsChangedElsewhere(listener: (ids: readonly BoardId[]) => void, { movesOnly = false } = {}): () => void {
  return listen((data) => {
    if (data?.type === 'board-saved' && typeof data.id === 'string') {
      if (!movesOnly) listener([data.id]);
    } else if (data?.type === 'boards-moved' && Array.isArray(data.ids)) listener(data.ids.filter((id): id is BoardId => typeof id === 'string'));
  });
}

export class StorageError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Names of the failures that mean the app's storage could not be opened at all. */
const CANNOT_OPEN = new Set(['OpenFailedError', 'MissingAPIError', 'SecurityError']);

const COULD_NOT_OPEN =
  'Ownership Board could not open its storage on this computer, so boards can be neither read nor saved here. In a browser, a private window or site data turned off can cause this: use a normal window, or allow this site to keep data, then reload. Otherwise close the app and start it again.';

/**
 * Turns Dexie/IndexedDB failures into something a person can act on. `doing` is what failed:
 * a read (the library's list, a board's history) must not be told as a change not saved.
 */
export function describeStorageError(error: unknown, doing: 'saving' | 'reading' = 'saving'): string {
  if (error instanceof StorageError) return error.message;
  const name = storageErrorName(error);
  const inner = typeof error === 'object' && error !== null ? storageErrorName((error as { inner?: unknown }).inner) : undefined;
  if (name === 'QuotaExceededError') {
    return 'The disk is full or the app ran out of storage space: the change was not saved. Free some space and try again.';
  }
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') {
    return 'The board storage was closed (perhaps by a newer version of the app in another window). Reload to continue.';
  }
  if (name === 'ConflictError') {
    if (error instanceof ConflictError && error.gone) return 'This board was deleted in another window: your latest change was not saved here.';
    return 'This board was changed in another window: your latest change was not saved here.';
  }
  if (name === 'VersionError' || inner === 'VersionError') {
    return 'These boards were saved by a newer version of Ownership Board. Update the app to open them; nothing was changed.';
  }
  // Blocked (a private window, site data turned off), missing, or failing as it opens (Chromium's
  // UnknownError): nothing can be read or saved. Told by the error, or by the connection's own
  // open having failed, and said the same whatever was asked: the start-up read does not say
  // it was a read, and "could not be saved" told people opening the app that a save had failed.
  if ((name !== undefined && CANNOT_OPEN.has(name)) || getDatabase().hasFailed()) return COULD_NOT_OPEN;
  if (doing === 'reading') return 'Your boards could not be read from this computer’s storage; nothing was changed. Reload to try again.';
  return 'The board could not be saved to this computer’s storage. Try again.';
}

/**
 * Boards read with saved changes that could not be applied, whose stored head is past the board
 * shown, and which could not be written back as shown: a patch would build on that head and be
 * lost on the next load (which stops where this one did). Only a whole write may follow.
 */
const wholeWriteNeeded = new Set<BoardId>();

/** Refuses a board saved by a newer version of the app: this one could misread it. */
export function refuseNewer(record: BoardRecord): void {
  if (record.dataVersion > BOARD_DATA_VERSION) {
    throw new StorageError(
      `“${isolatedInSentence(record.title)}” was saved by a newer version of Ownership Board. Update the app to open it; nothing was changed.`,
    );
  }
}

async function fromStored(stored: StoredBoard): Promise<Board> {
  const { record, head } = stored;
  refuseNewer(record);
  // With nothing of ours on its way, later patches build on what was just read.
  if (sentHeads.get(record.id)?.token === knownHeads.get(record.id)?.token) sentHeads.delete(record.id);
  knownHeads.set(record.id, head);
  wholeWriteNeeded.delete(record.id);
  if (stored.skipped > 0) await writeBackAsRead(stored);
  return record.board;
}

/**
 * A board whose saved changes could not all be applied is shown as of the last one that could;
 * its head is further on. It is written back whole, as shown, so storage again holds exactly
 * what is on screen and later edits build on it — and the person is told what happened.
 */
async function writeBackAsRead({ record, skipped }: StoredBoard): Promise<void> {
  const changes = skipped === 1 ? '1 saved change' : `${String(skipped)} saved changes`;
  notify(
    `${changes} to “${isolatedInSentence(record.title)}” could not be read back from this computer’s storage: the board is shown as it was before ${skipped === 1 ? 'it' : 'them'}. Check it and redo what is missing.`,
    { tone: 'error' },
  );
  try {
    await saveBoard(record.board);
  } catch {
    // Not written back (a full disk, another window got there first): the next save is a whole
    // write, which meets the conflict or the failure and says so, instead of a patch on that head.
    wholeWriteNeeded.add(record.id);
  }
}

/**
 * Writes a whole board in one transaction (strict durability) and clears its journal. Refuses
 * with ConflictError when another window saved the board since this one last read or wrote it,
 * unless `overwrite` is set (the user chose to keep this window's version; `replacing` says what of
 * the version overwritten that throws away, for the other windows). Notes the board as
 * the one to open at the next start, unless `noteAsLast` is false: the library copies and
 * renames boards that are not open, and the next start should still open the one worked on.
 */
export async function saveBoard(
  board: Board,
  options: { readonly overwrite?: boolean; readonly noteAsLast?: boolean; readonly replacing?: readonly string[] } = {},
): Promise<void> {
  const db = await openDatabase();
  const noteAsLast = options.noteAsLast !== false;
  const head = await writeWholeBoard(db, board, { expected: knownHeads.get(board.id), overwrite: options.overwrite === true, token: makeToken(), noteAsLast });
  wholeBoardWritten(board.id, head, noteAsLast, options.replacing);
}

/** After a whole write committed: this window saves on its head, and the other windows take it in. */
function wholeBoardWritten(id: BoardId, head: Head, noteAsLast: boolean, replacing?: readonly string[]): void {
  knownHeads.set(id, head);
  sentHeads.delete(id);
  wholeWriteNeeded.delete(id);
  if (noteAsLast) notedLast = id;
  announce(id, head, replacing);
}

/**
 * Writes a whole board inside the caller's transaction (boards, journal, heads, meta), over what is
 * stored: the caller read that in the same transaction, so no other window's save can be in
 * between. Returns what to do once the transaction has committed (see saveBoard).
 */
export async function writeBoardWithin(db: OwnershipDatabase, board: Board, noteAsLast: boolean): Promise<() => void> {
  const head = await writeWholeBoard(db, board, { expected: undefined, overwrite: true, token: makeToken(), noteAsLast });
  return () => {
    wholeBoardWritten(board.id, head, noteAsLast);
  };
}

/**
 * Notes `id` as the board the next start opens, as soon as it is opened (from the library), edited
 * or not: a person who opens a board to look at it, then quits, expects to find it again, not the
 * board they last changed. (An edit's save notes it too, for the window's first save of it.)
 */
export async function noteOpenBoard(id: BoardId): Promise<void> {
  if (notedLast === id) return;
  const db = await openDatabase();
  await db.meta.put({ key: LAST_BOARD_KEY, value: id });
  notedLast = id;
}

let saver: PatchSaver | null = null;

function patchSaver(): PatchSaver {
  saver ??= createPatchSaver({
    open: openDatabase,
    makeWorker:
      typeof Worker === 'function'
        ? () => new Worker(new URL('./saveWorker.ts', import.meta.url), { type: 'module', name: 'ownership-board-saves' })
        : null,
  });
  return saver;
}

// What this window knew of the stored boards goes with the connection.
onDatabaseClosed(() => {
  saver?.dispose();
  saver = null;
  knownHeads.clear();
  sentHeads.clear();
  wholeWriteNeeded.clear();
  notedLast = null;
});

/** When patches were sent and committed (epoch ms), kept only with `?probe` for the benchmark. */
const probing = typeof location !== 'undefined' && new URLSearchParams(location.search).has('probe');
/** Each committed patch: sent by the window, started on by the writer, committed, known to the window (epoch ms). */
const saveProbe: { sentAt: number; receivedAt: number; committedAt: number; answeredAt: number }[] | null = probing ? [] : null;
if (saveProbe && typeof window !== 'undefined') Object.assign(window, { __ownershipBoardSaves: saveProbe });

/**
 * Saves one edit as a patch on top of the last state this window saved or sent (see
 * shared/patch). The write runs in the save worker; the promise settles when it has committed.
 * After a failure, later patches sent before it was known fail too (they build on it): the caller
 * saves the whole board next.
 */
export function saveBoardPatch(boardId: BoardId, patch: BoardPatch): Promise<void> {
  const base = sentHeads.get(boardId) ?? knownHeads.get(boardId);
  if (!base) return Promise.reject(new StorageError('This board has not been saved on this computer yet.'));
  if (wholeWriteNeeded.has(boardId)) {
    return Promise.reject(new StorageError('Part of this board’s storage could not be read back. Retry to save the board as it is shown.'));
  }
  const next: Head = { revision: base.revision + 1, token: makeToken() };
  sentHeads.set(boardId, next);
  const setLast = notedLast !== boardId;
  notedLast = boardId;
  const sentAt = saveProbe ? performance.timeOrigin + performance.now() : 0;
  return patchSaver()
    .append({ boardId, base, next, patch, setLast })
    .then(
      ({ receivedAt, committedAt }) => {
        saveProbe?.push({ sentAt, receivedAt, committedAt, answeredAt: performance.timeOrigin + performance.now() });
        if ((knownHeads.get(boardId)?.revision ?? -1) < next.revision) knownHeads.set(boardId, next);
        announce(boardId, next);
      },
      (error: unknown) => {
        const known = knownHeads.get(boardId);
        if (known) sentHeads.set(boardId, known);
        else sentHeads.delete(boardId);
        if (setLast) notedLast = null;
        throw error;
      },
    );
}

/**
 * Keeps an automatic snapshot of a board as stored, taken by the save worker after the writes sent
 * before it: the window never copies the board, however big.
 */
export function snapshotSavedBoard(boardId: BoardId, reason: Exclude<SnapshotReason, 'named'>, now: string): Promise<void> {
  return patchSaver().snapshot(boardId, reason, now);
}

/** Resolves once the snapshots and saves asked for so far are stored (before showing the history). */
export function settleSaving(): Promise<void> {
  return saver ? saver.flush() : Promise.resolve();
}

/** Folds every journal this window's saves left into its board record (tests, diagnostics). */
export function compactSavedBoards(): Promise<void> {
  return patchSaver().compactAll();
}

export async function loadBoard(id: BoardId): Promise<Board | undefined> {
  const stored = await readStoredBoard(await openDatabase(), id);
  return stored ? await fromStored(stored) : undefined;
}

/**
 * A board as stored, to copy it: read without taking its head as the one this window saves on.
 * (loadBoard does take it: reading the open board there, while its own save had failed or was on
 * its way, made another window's newer save the base of this window's next whole write, which
 * then replaced it unasked.)
 */
export async function readBoardToCopy(id: BoardId): Promise<Board | undefined> {
  const stored = await readStoredBoard(await openDatabase(), id);
  if (!stored) return undefined;
  refuseNewer(stored.record);
  return stored.record.board;
}

/** How long the window's own connection may wait for the window to be idle after start-up (ms). */
const CONNECTION_OPEN_WAIT_MS = 1000;

/**
 * The board to show on start: the last one open, else the most recently edited, else (first run)
 * the sample board, which is saved straight away so it is there next time.
 */
export async function openStartupBoard(now: () => string = () => new Date().toISOString()): Promise<Board> {
  // Read at the very start (earlyRead.ts), while the app's code was still loading.
  const early = await takeEarlyRead();
  if (early && (early.record.status ?? 'active') !== 'trashed') {
    notedLast = early.record.id;
    // The window's own connection (history, library; saves go through the save worker) opens
    // once the window is idle, or on first use: opening it is ~5 ms of Dexie on the main thread
    // (its schema, the version check), which right after the early read ran beside the first
    // drawing of the board, and right after its paint delayed the first input.
    whenIdle(() => {
      void openDatabase().catch(() => undefined);
    }, CONNECTION_OPEN_WAIT_MS);
    return await fromStored(storedBoardOf(early.record, early.journal, early.head));
  }
  const db = await openDatabase();
  const last = await db.meta.get(LAST_BOARD_KEY);
  if (typeof last?.value === 'string') {
    const stored = await readStoredBoard(db, last.value as BoardId);
    if (stored && (stored.record.status ?? 'active') !== 'trashed') {
      notedLast = stored.record.id;
      return await fromStored(stored);
    }
  }
  // Its journal is applied by the read of all boards: only its head is still to read, in the same
  // transaction. Read apart, another window's save in between moved the head past the board read,
  // which was then taken for saved changes that could not be read back, said as such, and written
  // back over that window's save.
  const recent = await db.transaction('r', db.boards, db.journal, db.heads, async () => {
    const newest = (await readAllStoredBoards(db))
      .filter((record) => (record.status ?? 'active') === 'active')
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    return newest ? storedBoardOf(newest, [], await db.heads.get(newest.id)) : undefined;
  });
  if (recent) return await fromStored(recent);
  // Each computer's sample is a map of its own, with an id of its own. With one id on every
  // computer, a map a facilitator made on their sample and sent to a team member was "another
  // version of the same map" as the team member's own untouched sample, which the History then
  // offered to replace with it.
  const sample: Board = { ...createSampleBoard({ now: now() }), id: crypto.randomUUID() as BoardId };
  // Seeded only while there is still no board to open, in the transaction that looks: two windows
  // starting at once on an empty storage would otherwise seed a sample each. The later one opens
  // the first one's.
  const seeded = await db.transaction('rw', [db.boards, db.journal, db.heads, db.meta], async () => {
    const other = await db.boards.filter((record) => (record.status ?? 'active') === 'active').first();
    return other ? { other: other.id } : { written: await writeBoardWithin(db, sample, true) };
  });
  if ('written' in seeded) {
    seeded.written();
    return sample;
  }
  const theirs = await loadBoard(seeded.other);
  if (!theirs) throw new StorageError('The board another window has just made could not be read. Close this window and open the app again.');
  return theirs;
}

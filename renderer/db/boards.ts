/**
 * Loading and saving boards. The first run seeds the sample board so a newcomer sees the method
 * at work; later runs reopen the board that was open last.
 */
import type { Board, BoardId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { BOARD_DATA_VERSION, openDatabase, type BoardRecord } from './database';

const LAST_BOARD_KEY = 'lastBoardId';

/** Another window saved this board since this window last loaded or saved it. */
export class ConflictError extends Error {
  constructor(readonly boardId: BoardId) {
    super('This board was changed in another window since you opened it here.');
    this.name = 'ConflictError';
  }
}

/** The revision of each board as this window last read or wrote it. */
const knownRevisions = new Map<BoardId, number>();

const channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel('ownership-board') : null;

interface SavedMessage {
  readonly type: 'board-saved';
  readonly id: BoardId;
  readonly revision: number;
}

/** Other windows on this profile saved a board (BroadcastChannel never echoes to the sender). */
export function onBoardSavedElsewhere(listener: (id: BoardId, revision: number) => void): () => void {
  if (!channel) return () => undefined;
  const handler = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<SavedMessage> | null;
    if (data?.type === 'board-saved' && typeof data.id === 'string' && typeof data.revision === 'number') {
      if (data.revision > (knownRevisions.get(data.id) ?? -1)) listener(data.id, data.revision);
    }
  };
  channel.addEventListener('message', handler);
  return () => {
    channel.removeEventListener('message', handler);
  };
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

/** Turns Dexie/IndexedDB failures into something a person can act on. */
export function describeStorageError(error: unknown): string {
  if (error instanceof StorageError) return error.message;
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return 'The disk is full or the app ran out of storage space: the change was not saved. Free some space and try again.';
  }
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') {
    return 'The board storage was closed (perhaps by a newer version of the app in another window). Reload to continue.';
  }
  if (name === 'ConflictError') {
    return 'This board was changed in another window: your latest change was not saved here.';
  }
  if (name === 'VersionError') {
    return 'These boards were saved by a newer version of Ownership Board. Update the app to open them; nothing was changed.';
  }
  return 'The board could not be saved to this computer’s storage. Try again.';
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  // Dexie wraps the browser's DOMException as `inner`.
  const innerName = errorName(inner);
  if (innerName === 'QuotaExceededError') return innerName;
  return typeof name === 'string' ? name.replace(/^Dexie\./u, '') : innerName;
}

function toRecord(board: Board, revision: number): BoardRecord {
  return { id: board.id, dataVersion: BOARD_DATA_VERSION, revision, title: board.title, updatedAt: board.updatedAt, board };
}

function fromRecord(record: BoardRecord): Board {
  if (record.dataVersion > BOARD_DATA_VERSION) {
    throw new StorageError(
      `“${record.title}” was saved by a newer version of Ownership Board. Update the app to open it; nothing was changed.`,
    );
  }
  knownRevisions.set(record.id, record.revision ?? 0);
  return record.board;
}

/**
 * Writes a board in one transaction (strict durability). Refuses with ConflictError when another
 * window saved the board since this one last read or wrote it, unless `overwrite` is set (the
 * user chose to keep this window's version).
 */
export async function saveBoard(board: Board, options: { readonly overwrite?: boolean } = {}): Promise<void> {
  const db = await openDatabase();
  const revision = await db.transaction('rw', db.boards, db.meta, async () => {
    const stored = await db.boards.get(board.id);
    const storedRevision = stored ? (stored.revision ?? 0) : -1;
    const known = knownRevisions.get(board.id) ?? -1;
    if (stored && storedRevision !== known && !options.overwrite) throw new ConflictError(board.id);
    const next = storedRevision + 1;
    // Library status belongs to the record, not the board: keep it.
    const status = stored?.status ?? 'active';
    // Both writes go out at once: each awaited step costs a trip through a busy main thread.
    await Promise.all([
      db.boards.put({ ...toRecord(board, next), status, ...(stored?.trashedAt === undefined ? {} : { trashedAt: stored.trashedAt }) }),
      db.meta.put({ key: LAST_BOARD_KEY, value: board.id }),
    ]);
    return next;
  });
  knownRevisions.set(board.id, revision);
  channel?.postMessage({ type: 'board-saved', id: board.id, revision } satisfies SavedMessage);
}

export async function loadBoard(id: BoardId): Promise<Board | undefined> {
  const record = await (await openDatabase()).boards.get(id);
  return record ? fromRecord(record) : undefined;
}

/**
 * The board to show on start: the last one open, else the most recently edited, else (first run)
 * the sample board, which is saved straight away so it is there next time.
 */
export async function openStartupBoard(now: () => string = () => new Date().toISOString()): Promise<Board> {
  const db = await openDatabase();
  const last = await db.meta.get(LAST_BOARD_KEY);
  if (typeof last?.value === 'string') {
    const record = await db.boards.get(last.value as BoardId);
    if (record && (record.status ?? 'active') !== 'trashed') return fromRecord(record);
  }
  const recent = await db.boards
    .orderBy('updatedAt')
    .reverse()
    .filter((record) => (record.status ?? 'active') === 'active')
    .first();
  if (recent) return fromRecord(recent);
  const sample = createSampleBoard({ now: now() });
  try {
    await saveBoard(sample);
  } catch (error) {
    // Another window seeded the sample at the same moment: use theirs.
    const stored = error instanceof ConflictError ? await loadBoard(sample.id) : undefined;
    if (!stored) throw error;
    return stored;
  }
  return sample;
}

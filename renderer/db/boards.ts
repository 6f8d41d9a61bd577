/**
 * Loading and saving boards. The first run seeds the sample board so a newcomer sees the method
 * at work; later runs reopen the board that was open last.
 */
import type { Board, BoardId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { BOARD_DATA_VERSION, getDatabase, type BoardRecord } from './database';

const LAST_BOARD_KEY = 'lastBoardId';

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
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return 'The disk is full or the app ran out of storage space: the change was not saved. Free some space and try again.';
  }
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') {
    return 'The board storage was closed (perhaps by a newer version of the app in another window). Reload to continue.';
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

function toRecord(board: Board): BoardRecord {
  return { id: board.id, dataVersion: BOARD_DATA_VERSION, title: board.title, updatedAt: board.updatedAt, board };
}

function fromRecord(record: BoardRecord): Board {
  if (record.dataVersion > BOARD_DATA_VERSION) {
    throw new StorageError(
      `“${record.title}” was saved by a newer version of Ownership Board. Update the app to open it; nothing was changed.`,
    );
  }
  return record.board;
}

export async function saveBoard(board: Board): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.boards, db.meta, async () => {
    await db.boards.put(toRecord(board));
    await db.meta.put({ key: LAST_BOARD_KEY, value: board.id });
  });
}

export async function loadBoard(id: BoardId): Promise<Board | undefined> {
  const record = await getDatabase().boards.get(id);
  return record ? fromRecord(record) : undefined;
}

/**
 * The board to show on start: the last one open, else the most recently edited, else (first run)
 * the sample board, which is saved straight away so it is there next time.
 */
export async function openStartupBoard(now: () => string = () => new Date().toISOString()): Promise<Board> {
  const db = getDatabase();
  const last = await db.meta.get(LAST_BOARD_KEY);
  if (typeof last?.value === 'string') {
    const board = await loadBoard(last.value as BoardId);
    if (board) return board;
  }
  const recent = await db.boards.orderBy('updatedAt').last();
  if (recent) return fromRecord(recent);
  const sample = createSampleBoard({ now: now() });
  await saveBoard(sample);
  return sample;
}

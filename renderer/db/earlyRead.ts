/**
 * The start-up read, begun before anything else: main.tsx imports this first, so the board that
 * was open last is read from IndexedDB while the rest of the app's code is still being evaluated
 * and React mounts, instead of after. Plain IndexedDB on a connection of its own, read-only, closed
 * as soon as it is done; no Dexie (not loaded yet). Anything unusual — no database yet (first run),
 * a database of a newer version, an error — gives null, and start-up reads the normal way.
 */
import type { BoardId } from '../../shared/model';
import type { BoardRecord, HeadRecord, JournalRecord } from './database';
import { DATABASE_NAME, LAST_BOARD_KEY, SCHEMA_VERSION } from './names';

export interface EarlyRead {
  readonly record: BoardRecord;
  readonly journal: readonly JournalRecord[];
  readonly head: HeadRecord | undefined;
}

let pending: Promise<EarlyRead | null> | null = null;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('IndexedDB request failed'));
    };
  });
}

async function read(idb: IDBFactory): Promise<EarlyRead | null> {
  // Dexie stores schema version n as IndexedDB version n × 10. Only the version this build knows:
  // opening at that version fails for a newer database (VersionError), and needs an upgrade for an
  // older one or none at all (first run). No upgrade from here, ever: it is aborted, which leaves
  // the database as it was (or absent), and start-up's normal path opens it.
  const open = idb.open(DATABASE_NAME, SCHEMA_VERSION * 10);
  open.onupgradeneeded = () => {
    open.transaction?.abort();
  };
  const db = await request(open);
  try {
    const tx = db.transaction(['meta', 'boards', 'journal', 'heads'], 'readonly');
    const last = (await request(tx.objectStore('meta').get(LAST_BOARD_KEY))) as { value?: unknown } | undefined;
    if (typeof last?.value !== 'string') return null;
    const id = last.value as BoardId;
    const range = IDBKeyRange.bound([id], [id, []]);
    const [record, journal, head] = await Promise.all([
      request(tx.objectStore('boards').get(id)) as Promise<BoardRecord | undefined>,
      request(tx.objectStore('journal').getAll(range)) as Promise<JournalRecord[]>,
      request(tx.objectStore('heads').get(id)) as Promise<HeadRecord | undefined>,
    ]);
    return record ? { record, journal, head } : null;
  } finally {
    db.close();
  }
}

/** Starts the read (once). */
export function startEarlyRead(idb: IDBFactory | undefined = typeof indexedDB === 'undefined' ? undefined : indexedDB): void {
  if (pending || !idb) return;
  pending = read(idb).catch(() => null);
}

/** Whether the early read found a board (without taking it): the storage is not empty then. */
export async function earlyReadFoundBoard(): Promise<boolean> {
  return pending ? (await pending) !== null : false;
}

/** The early read's result, handed out once (a later start-up reads the normal way). */
export function takeEarlyRead(): Promise<EarlyRead | null> | null {
  const result = pending;
  pending = null;
  return result;
}

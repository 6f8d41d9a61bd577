/**
 * The only module that imports Dexie: where boards live on this machine (IndexedDB).
 *
 * Each board is one record holding the whole board, stamped with the schema version of the data
 * it holds, so a later version of the app can migrate it and an older one can refuse it rather
 * than misread it. Writes use Chromium's strict durability (the default became "relaxed" in
 * Chrome 121: a crash could lose a write the user saw as saved).
 */
import Dexie, { type Table } from 'dexie';
import type { Board, BoardId } from '../../shared/model';

/** Version of the stored board data (not of the Dexie schema). */
export const BOARD_DATA_VERSION = 1;

export const DATABASE_NAME = 'ownership-board';

export interface BoardRecord {
  readonly id: BoardId;
  readonly dataVersion: number;
  /**
   * Counts the saves of this board. A window saves only on top of the revision it last saw, so
   * two windows on one profile never silently overwrite each other (absent in early records: 0).
   */
  readonly revision?: number;
  readonly title: string;
  readonly updatedAt: string;
  readonly board: Board;
}

export interface MetaRecord {
  readonly key: string;
  readonly value: unknown;
}

export class OwnershipDatabase extends Dexie {
  boards!: Table<BoardRecord, BoardId>;
  meta!: Table<MetaRecord, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      boards: 'id, updatedAt, title',
      meta: 'key',
    });
    // A newer version of the app opened the database in another window: let it upgrade rather
    // than block it, and tell this window (it must reload) instead of hanging.
    this.on('versionchange', () => {
      this.close();
      for (const listener of versionChangeListeners) listener();
      return false;
    });
  }
}

const versionChangeListeners = new Set<() => void>();

/** Called when another window upgrades the database and this connection had to close. */
export function onVersionChange(listener: () => void): () => void {
  versionChangeListeners.add(listener);
  return () => versionChangeListeners.delete(listener);
}

let database: OwnershipDatabase | null = null;

export function getDatabase(): OwnershipDatabase {
  database ??= new OwnershipDatabase();
  return database;
}

/** Closes and forgets the connection (tests, and a versionchange from a newer tab). */
export function closeDatabase(): void {
  database?.close();
  database = null;
}

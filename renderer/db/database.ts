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
import type { BoardPatch } from '../../shared/patch';

import { DATABASE_NAME, SCHEMA_VERSION } from './names';

export { BOARD_DATA_VERSION, DATABASE_NAME, SCHEMA_VERSION } from './names';

export interface BoardRecord {
  readonly id: BoardId;
  readonly dataVersion: number;
  /**
   * Counts the saves of this board. A window saves only on top of the revision it last saw, so
   * two windows on one profile never silently overwrite each other (absent in early records: 0).
   */
  readonly revision?: number;
  /** Where the board is in the library (schema 2; records from schema 1 are upgraded to 'active'). */
  readonly status?: BoardStatus;
  /** When it went into the trash. */
  readonly trashedAt?: string;
  readonly title: string;
  readonly updatedAt: string;
  readonly board: Board;
}

export type BoardStatus = 'active' | 'archived' | 'trashed';

/**
 * Why a snapshot was kept. 'imported': the board as a file brought it in (its first snapshot, in
 * place of 'opened': the History said "When the board was opened" of the facilitator's file as
 * imported, and a team member could not tell the workshop's board from a later opening).
 * 'before-replace': the board as it was before another version of its map took its place (a
 * team's file sent back: library.ts replaceWithVersion), kept like a named one. Stored as
 * a plain string, not indexed: no schema change; older versions never read a newer database.
 */
export type SnapshotReason = 'opened' | 'imported' | 'interval' | 'named' | 'before-import' | 'before-restore' | 'before-replace';

/** A copy of a board at a moment, to go back to (board history). */
export interface SnapshotRecord {
  readonly id?: number;
  readonly boardId: BoardId;
  readonly createdAt: string;
  readonly reason: SnapshotReason;
  /** Only named snapshots have one ("After day 1"). */
  readonly name: string | null;
  /**
   * The board id again, on automatic snapshots only (schema 3): their index holds no named ones,
   * so pruning reads keys, never the boards inside.
   */
  readonly autoBoardId?: BoardId;
  readonly board: Board;
}

/**
 * Where a board's saves have got to. Every save moves the head to a new revision with a fresh
 * token; a window saves only on top of the token it last saw, so two windows on one profile
 * never silently overwrite each other (schema 3).
 */
export interface HeadRecord {
  readonly id: BoardId;
  readonly revision: number;
  readonly token: string;
}

/**
 * One edit saved since the board record was last written in full: the patch from the state of
 * `revision - 1` to `revision` (schema 3). Loading applies the journal to the record; the save
 * worker folds it into the record when edits pause.
 */
export interface JournalRecord {
  readonly boardId: BoardId;
  readonly revision: number;
  readonly patch: BoardPatch;
}

export interface MetaRecord {
  readonly key: string;
  readonly value: unknown;
}

export class OwnershipDatabase extends Dexie {
  boards!: Table<BoardRecord, BoardId>;
  meta!: Table<MetaRecord, string>;
  snapshots!: Table<SnapshotRecord, number>;
  heads!: Table<HeadRecord, BoardId>;
  journal!: Table<JournalRecord, [BoardId, number]>;

  constructor(name: string = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    // Schema history. Never edit a released version: add the next one with its upgrade.
    this.version(1).stores({
      boards: 'id, updatedAt, title',
      meta: 'key',
    });
    // 2: library (status: active / archived / trashed) and board history (snapshots).
    this.version(2)
      .stores({
        boards: 'id, updatedAt, title, status',
        meta: 'key',
        snapshots: '++id, boardId, [boardId+createdAt]',
      })
      .upgrade(async (tx) => {
        await tx
          .table<BoardRecord & { status?: BoardStatus; revision?: number }, BoardId>('boards')
          .toCollection()
          .modify((record) => {
            record.status ??= 'active';
            record.revision ??= 0;
          });
      });
    // 3: small saves. Each edit appends a patch to the journal (a few hundred bytes, not the whole
    // board); heads hold each board's revision so the conflict check needn't read the board;
    // automatic snapshots are indexed apart so pruning them reads keys only.
    this.version(3)
      .stores({
        boards: 'id, updatedAt, title, status',
        meta: 'key',
        snapshots: '++id, boardId, [boardId+createdAt], [autoBoardId+createdAt]',
        heads: 'id',
        journal: '[boardId+revision]',
      })
      .upgrade(async (tx) => {
        await tx
          .table<SnapshotRecord & { autoBoardId?: BoardId }, number>('snapshots')
          .toCollection()
          .modify((snapshot) => {
            if (snapshot.reason !== 'named') snapshot.autoBoardId = snapshot.boardId;
          });
        const records = await tx.table<BoardRecord, BoardId>('boards').toArray();
        await tx.table<HeadRecord, BoardId>('heads').bulkPut(
          records.map((record) => {
            const revision = record.revision ?? 0;
            return { id: record.id, revision, token: `${record.id}@${String(revision)}` };
          }),
        );
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

function newerDataError(): Error {
  const error = new Error('Your boards were saved by a newer version of Ownership Board. Update the app to open them; nothing was changed.');
  error.name = 'VersionError';
  return error;
}

/** The IndexedDB version of an existing database, 0 when there is none (or it can't be told). */
async function storedIdbVersion(name: string): Promise<number> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return 0;
  const databases = await indexedDB.databases();
  return databases.find((db) => db.name === name)?.version ?? 0;
}

const versionChangeListeners = new Set<() => void>();

/** Called when another window upgrades the database and this connection had to close. */
export function onVersionChange(listener: () => void): () => void {
  versionChangeListeners.add(listener);
  return () => versionChangeListeners.delete(listener);
}

let database: OwnershipDatabase | null = null;
let opening: Promise<OwnershipDatabase> | null = null;

/** The connection object (opens itself on first use). Prefer `openDatabase` in app code. */
export function getDatabase(): OwnershipDatabase {
  database ??= new OwnershipDatabase();
  return database;
}

/**
 * The open database, after making sure the data on disk is not from a newer version. Dexie 4
 * opens a database of a newer schema as it is, and may even bump its version to add what it
 * misses; this build doesn't know a newer schema's rules, so it looks first and refuses — never
 * touching, never deleting — when the data is newer than it understands.
 */
export function openDatabase(): Promise<OwnershipDatabase> {
  opening ??= (async () => {
    // Dexie stores schema version n as IndexedDB version n × 10.
    if ((await storedIdbVersion(DATABASE_NAME)) > SCHEMA_VERSION * 10) throw newerDataError();
    const db = getDatabase();
    await db.open();
    return db;
  })();
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

const closeListeners = new Set<() => void>();

/** Called when this window's connection is closed and forgotten. */
export function onDatabaseClosed(listener: () => void): () => void {
  closeListeners.add(listener);
  return () => closeListeners.delete(listener);
}

/** Closes and forgets the connection (tests, and a versionchange from a newer tab). */
export function closeDatabase(): void {
  for (const listener of closeListeners) listener();
  database?.close();
  database = null;
  opening = null;
}

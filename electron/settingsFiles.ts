/**
 * The shell's own small files in userData (window-state.json, recent.json, save-folder.json):
 * read as untrusted JSON, written atomically (nodeFileSystem writes a temporary file and renames
 * it), one write at a time per file, and every write tracked so quitting can wait for it
 * (lifecycle.ts).
 *
 * Board data is NOT here: boards live in the renderer's IndexedDB and its backups.
 */
import path from 'node:path';
import type { FileSystem } from './ipc';

/** Settings files are a few hundred bytes; anything much larger was not written by us. */
const MAX_SETTINGS_BYTES = 256 * 1024;
/** Longer than any path a file system takes (Linux: 4096 bytes); longer is not a path we stored. */
const MAX_PATH_LENGTH = 4096;

/** A JSON object (what every settings file holds at its top). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A settings file's content read back, if it is a record written under `version`; else null. */
export const ofVersion = (raw: unknown, version: number): Record<string, unknown> | null => (isRecord(raw) && raw.version === version ? raw : null);

/** A settings file's text: its fields under the version that reads them back (ofVersion). */
export const settingsText = (version: number, fields: Record<string, unknown>): string => `${JSON.stringify({ version, ...fields }, null, 2)}\n`;

/**
 * A path read back from a settings file: an absolute path string of bounded length, without NUL.
 * Dialogs and the OS hand out absolute paths; anything else was not written by us.
 */
export function isStoredPath(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_PATH_LENGTH && !value.includes('\0') && path.isAbsolute(value);
}

/** Writes that have started and not yet finished, so the app can wait for them before exiting. */
export class PendingWrites {
  private readonly writes = new Set<Promise<void>>();

  get size(): number {
    return this.writes.size;
  }

  /** Tracks a write; its failure is logged here (a lost window position is not worth a dialog). */
  track(write: Promise<unknown>): void {
    const settled = write.then(
      () => undefined,
      (error: unknown) => {
        console.error('A settings file could not be written', error);
      },
    );
    this.writes.add(settled);
    void settled.finally(() => this.writes.delete(settled));
  }

  /** Resolves once every write started so far (and any started meanwhile) has finished. */
  async flush(): Promise<void> {
    while (this.writes.size > 0) await Promise.all([...this.writes]);
  }
}

export interface SettingsFiles {
  /** The parsed JSON, or undefined when the file is missing, unreadable or not JSON. */
  read(name: string): Promise<unknown>;
  /** Starts writing; writes to the same file happen in order. */
  write(name: string, text: string): void;
}

/** The system's code of a failed file operation ("ENOENT", "ENOSPC"), or null when it has none. */
export function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

export function createSettingsFiles(directory: string, files: FileSystem, pending: PendingWrites): SettingsFiles {
  const queues = new Map<string, Promise<void>>();
  return {
    async read(name) {
      const filePath = path.join(directory, name);
      try {
        if ((await files.fileSize(filePath)) > MAX_SETTINGS_BYTES) throw new Error('too large');
        const text = new TextDecoder('utf-8', { fatal: true }).decode(await files.readFile(filePath));
        return JSON.parse(text) as unknown;
      } catch (error) {
        // A missing file is the first run; anything else is a corrupt file we will overwrite.
        if (errorCode(error) !== 'ENOENT') console.warn(`Ignoring ${filePath}: it could not be read`, error);
        return undefined;
      }
    },
    write(name, text) {
      const filePath = path.join(directory, name);
      const previous = queues.get(name) ?? Promise.resolve();
      const next = previous.then(() => files.writeFile(filePath, text));
      const settled = next.catch(() => undefined);
      queues.set(name, settled);
      void settled.then(() => {
        if (queues.get(name) === settled) queues.delete(name);
      });
      pending.track(next);
    },
  };
}

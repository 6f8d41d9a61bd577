// A bridge for the backup tests: a desktop (or browser) shell whose backups live in memory, so a
// test can see every backup the UI wrote and hand it any backup file, hostile ones included.
import { vi, type Mock } from 'vitest';
import type { BackupEntry, DeleteBackupsResult, OpenFileResult, OwnershipBridge, WriteBackupRequest, WriteBackupResult } from '../../shared/ipc';

export interface StoredBackup {
  readonly entry: BackupEntry;
  readonly text: string;
}

export interface FakeBackupBridge extends OwnershipBridge {
  readonly stored: StoredBackup[];
  readonly writeBackup: Mock<(request: WriteBackupRequest) => Promise<WriteBackupResult>>;
  readonly listBackups: Mock<() => Promise<readonly BackupEntry[]>>;
  readonly readBackup: Mock<(id: string) => Promise<OpenFileResult>>;
  readonly deleteBackups: Mock<(boardIds: readonly string[]) => Promise<DeleteBackupsResult>>;
}

/** "2026-03-14T10:15:30.000Z" -> "board/2026-03-14T10-15-30.000Z.ownership.json" */
export const backupId = (boardId: string, savedAt: string): string => `${boardId}/${savedAt.replace(/:/gu, '-')}.ownership.json`;

export function backupOf(boardId: string, title: string, savedAt: string, text: string, boardUpdatedAt: string | null = null): StoredBackup {
  return { entry: { id: backupId(boardId, savedAt), boardId, title, savedAt, boardUpdatedAt, bytes: new TextEncoder().encode(text).length }, text };
}

export function fakeBackupBridge(options: { shell?: 'desktop' | 'web'; backups?: StoredBackup[] } = {}): FakeBackupBridge {
  const stored: StoredBackup[] = [...(options.backups ?? [])];
  const newestFirst = () => [...stored].sort((a, b) => b.entry.savedAt.localeCompare(a.entry.savedAt)).map((backup) => backup.entry);
  return {
    stored,
    info: () => Promise.resolve({ shell: options.shell ?? 'desktop', os: options.shell === 'web' ? 'web' : 'linux', appVersion: '1.2.3' }),
    saveFile: () => Promise.resolve({ status: 'cancelled' }),
    openFile: () => Promise.resolve({ status: 'cancelled' }),
    printToPdf: () => Promise.resolve({ status: 'cancelled' }),
    takePendingFile: () => Promise.resolve(null),
    onMenuCommand: () => () => undefined,
    writeBackup: vi.fn((request: WriteBackupRequest) => {
      const savedAt = new Date().toISOString();
      stored.push(backupOf(request.boardId, request.title, savedAt, request.json, request.boardUpdatedAt));
      return Promise.resolve<WriteBackupResult>({ status: 'saved' });
    }),
    listBackups: vi.fn(() => Promise.resolve<readonly BackupEntry[]>(newestFirst())),
    readBackup: vi.fn((id: string) => {
      const found = stored.find((backup) => backup.entry.id === id);
      return Promise.resolve<OpenFileResult>(
        found ? { status: 'opened', name: id.split('/')[1] ?? id, text: found.text } : { status: 'failed', message: 'The file could not be found.' },
      );
    }),
    deleteBackups: vi.fn((boardIds: readonly string[]) => {
      const kept = stored.filter((backup) => !boardIds.includes(backup.entry.boardId));
      stored.splice(0, stored.length, ...kept);
      return Promise.resolve<DeleteBackupsResult>({ status: 'deleted' });
    }),
    setAppearance: () => Promise.resolve(),
  };
}

/**
 * Boards deleted for good (the trash emptied) leave nothing behind: on the desktop their backups
 * on disk (userData/backups/<board id>) are deleted too. A web page keeps none.
 */
import { isSafeBackupBoardId, MAX_BOARDS_PER_DELETE } from '../../shared/ipc';
import type { BoardId } from '../../shared/model';
import { getBridge } from '../platform/bridge';

/** Deletes the backups of these boards; resolves with what went wrong, or null. */
export async function deleteBackupsOf(boardIds: readonly BoardId[]): Promise<string | null> {
  // Only ids that can name a backup folder ever had backups (writeBackup refuses the others).
  const ids = boardIds.filter((id) => isSafeBackupBoardId(id));
  if (ids.length === 0) return null;
  let problem: string | null = null;
  // In requests of at most MAX_BOARDS_PER_DELETE boards (the main process refuses longer lists).
  for (let start = 0; start < ids.length; start += MAX_BOARDS_PER_DELETE) {
    try {
      const result = await getBridge().deleteBackups(ids.slice(start, start + MAX_BOARDS_PER_DELETE));
      if (result.status === 'failed') problem ??= result.message;
    } catch {
      problem ??= 'The backups of the deleted boards could not be deleted.';
    }
  }
  return problem;
}

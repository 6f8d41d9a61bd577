/**
 * Restoring a backup: the file on disk is untrusted text like any import (it may have been edited,
 * damaged or planted), so it goes through shared/format's parseBoardFile and becomes a NEW board —
 * nothing existing is overwritten. The title says where it came from, so it is not mistaken for
 * the board it was copied from.
 */
import { parseBoardFile } from '../../shared/format';
import type { BackupEntry, OpenFileResult } from '../../shared/ipc';
import { titleWithSuffix, type Board } from '../../shared/model';
import { isolatedInSentence } from '../../shared/text';
import { notify } from '../app/notices';
import { getBridge } from '../platform/bridge';
import { whenBoardSettled } from '../share/importBoard';
import { useShareStore } from '../share/shareStore';
import { formatMoment } from '../library/dates';
import { useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { useBackupOffer } from './offer';

/** "14 Mar 2026, 10:15:30": seconds too, as backups of one board can be a minute apart. */
export function formatBackupTime(savedAt: string): string {
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return 'an unknown time';
  return date.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "Team A (restored 14 Mar 2026 at 10:15)", the title cut so the whole fits the model's limit. */
export function restoredTitle(title: string, savedAt: string): string {
  return titleWithSuffix(title, ` (restored ${formatMoment(savedAt)})`);
}

/**
 * `stored`: the board is in the library, but was not opened (the board on screen holds a change not
 * saved); restoring the same backup again would make a second copy of it.
 */
export type RestoreResult = { readonly ok: true; readonly board: Board } | { readonly ok: false; readonly stored?: true; readonly message: string };

/** Reads, checks and opens one backup as a new board; or says why not and changes nothing. */
export async function restoreBackup(entry: BackupEntry): Promise<RestoreResult> {
  let opened: OpenFileResult;
  try {
    opened = await getBridge().readBackup(entry.id);
  } catch {
    opened = { status: 'failed', message: 'The app could not reach its backups folder.' };
  }
  if (opened.status !== 'opened') {
    return { ok: false, message: `The backup could not be read. ${opened.status === 'failed' ? opened.message : ''}`.trim() };
  }
  const parsed = parseBoardFile(opened.text, { newId: () => crypto.randomUUID(), now: new Date().toISOString() });
  if (!parsed.ok) return { ok: false, message: `This backup cannot be restored: ${parsed.error.message}` };
  const board: Board = { ...parsed.board, title: restoredTitle(parsed.board.title, entry.savedAt) };
  // As with an import: the start-up board must not replace the restored one a moment later.
  await whenBoardSettled();
  const saved = await useBoardStore.getState().openNew(board, { imported: true });
  if (!saved.ok && saved.stored !== true) {
    return { ok: false, message: saved.unsavedHere ? `The backup was not restored. ${saved.message}` : `The restored board could not be saved: ${saved.message}` };
  }
  useBackupOffer.getState().dismiss();
  // Read as any file is, a backup can come back changed (an amount an older version kept past the
  // limit now empty, hidden characters taken out): said as an import says it, never silently.
  if (parsed.warnings.length > 0) {
    useShareStore.getState().showReport({ kind: 'import-warnings', from: 'backup', fileName: opened.name, boardTitle: board.title, warnings: parsed.warnings, count: parsed.warningCount });
  }
  // Restored into the library, not opened: the board on screen holds a change not saved.
  if (!saved.ok) return { ok: false, stored: true, message: saved.message };
  const ui = useUiStore.getState();
  if (ui.screen !== 'board') ui.setScreen('board');
  ui.setView('board');
  notify(`Restored “${isolatedInSentence(board.title)}” as a new board. Your other boards are unchanged.`);
  return { ok: true, board };
}

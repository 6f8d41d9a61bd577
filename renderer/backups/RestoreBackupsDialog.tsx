/**
 * "Restore from backup": every board backup the desktop app kept on this computer, grouped by
 * board (newest first), each with when it was saved and its size. Restoring one adds it as a new
 * board and shows it; a backup that cannot be read or fails the file checks is explained in an
 * alert inside the dialog, and nothing changes. Built on ShareDialog (native modal <dialog>:
 * focus moves in and back, Escape closes).
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { BackupEntry } from '../../shared/ipc';
import { getBridge } from '../platform/bridge';
import { ShareDialog } from '../share/ShareDialog';
import { formatBackupTime, formatBytes, restoreBackup } from './restore';
import '../share/share.css';
import './backups.css';

interface BoardBackups {
  readonly boardId: string;
  /** The title of the newest backup: what the board was last called. */
  readonly title: string;
  readonly entries: readonly BackupEntry[];
}

/** Groups newest-first entries by board, boards ordered by their newest backup. */
export function groupByBoard(entries: readonly BackupEntry[]): BoardBackups[] {
  const groups = new Map<string, { title: string; entries: BackupEntry[] }>();
  for (const entry of entries) {
    const group = groups.get(entry.boardId);
    if (group) group.entries.push(entry);
    else groups.set(entry.boardId, { title: entry.title, entries: [entry] });
  }
  return [...groups].map(([boardId, group]) => ({ boardId, ...group }));
}

export function RestoreBackupsDialog({ onClose }: { readonly onClose: () => void }) {
  const titleId = useId();
  const hintId = useId();
  const [entries, setEntries] = useState<readonly BackupEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  // Backups restored into the library but not opened (the board on screen could not be saved):
  // their button is done with, so a second click cannot make a second copy.
  const [restored, setRestored] = useState<ReadonlySet<string>>(() => new Set());
  const groups = useMemo(() => groupByBoard(entries ?? []), [entries]);

  useEffect(() => {
    let current = true;
    getBridge()
      .listBackups()
      .then(
        (list) => {
          if (current) setEntries(list);
        },
        () => {
          if (!current) return;
          setEntries([]);
          setProblem('The backups on this computer could not be listed.');
        },
      );
    return () => {
      current = false;
    };
  }, []);

  const restore = async (entry: BackupEntry) => {
    setRestoring(entry.id);
    setProblem(null);
    const result = await restoreBackup(entry);
    setRestoring(null);
    if (result.ok) {
      onClose();
      return;
    }
    setProblem(result.message);
    if (result.stored) setRestored((done) => new Set(done).add(entry.id));
  };

  return (
    <ShareDialog labelledBy={titleId} describedBy={hintId} onClose={onClose} className="share-dialog--form backups-dialog">
      <div className="share-dialog__body">
        <h2 id={titleId} className="share-dialog__title">
          Restore from backup
        </h2>
        <p id={hintId} className="muted">
          The desktop app keeps the last 20 copies of each board on this computer. A restored copy is added as a new board; your other
          boards are unchanged.
        </p>
        {problem && (
          <p role="alert" className="form-error backups-dialog__problem">
            {problem}
          </p>
        )}
        {entries === null ? (
          <p aria-busy="true">Looking for backups…</p>
        ) : entries.length === 0 ? (
          <p>There are no backups on this computer yet.</p>
        ) : (
          groups.map((group) => (
            <BoardGroup key={group.boardId} group={group} restoring={restoring} restored={restored} onRestore={(entry) => void restore(entry)} />
          ))
        )}
        <div className="share-dialog__actions">
          <button type="button" data-autofocus onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </ShareDialog>
  );
}

function BoardGroup({
  group,
  restoring,
  restored,
  onRestore,
}: {
  readonly group: BoardBackups;
  readonly restoring: string | null;
  readonly restored: ReadonlySet<string>;
  readonly onRestore: (entry: BackupEntry) => void;
}) {
  const headingId = useId();
  return (
    <section className="backups-dialog__board" aria-labelledby={headingId}>
      <h3 id={headingId} className="backups-dialog__title">
        {group.title}
      </h3>
      <ul className="backups-dialog__list">
        {group.entries.map((entry) => {
          const when = formatBackupTime(entry.savedAt);
          const done = restored.has(entry.id);
          const unavailable = restoring !== null || done;
          return (
            <li key={entry.id} className="backups-dialog__item">
              <span>
                Saved {when} <span className="muted">· {formatBytes(entry.bytes)}</span>
                {entry.title !== group.title && <span className="muted"> · then called “{entry.title}”</span>}
              </span>
              {/* aria-disabled, not disabled: Chromium drops focus from a button as it is disabled, so
                  the Restore just pressed from the keyboard left focus nowhere, and a refused backup's
                  alert was read with no place to go on from. Pressed while unavailable, it does nothing. */}
              <button
                type="button"
                aria-label={done ? `${entry.title}, saved ${when}: restored to your library` : `Restore ${entry.title}, saved ${when}`}
                aria-disabled={unavailable}
                aria-busy={restoring === entry.id}
                onClick={() => {
                  if (!unavailable) onRestore(entry);
                }}
              >
                {restoring === entry.id ? 'Restoring…' : done ? 'Restored' : 'Restore'}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

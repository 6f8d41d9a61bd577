/**
 * A board's history: the copies kept automatically (when opened or imported, every ten minutes of editing,
 * before an import or a restore) and the named ones. Restoring one keeps the current state first
 * and can itself be undone.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { BoardId } from '../../shared/model';
import { listSnapshots, loadSnapshot, onSnapshotsChanged, snapshotName, type SnapshotSummary } from '../db/snapshots';
import { describeStorageError, settleSaving } from '../db/boards';
import { notifyUndoable, useBoardStore } from '../store/boardStore';
import { notify } from '../app/notices';
import { counted, isolate } from '../../shared/text';
import { formatEdited } from '../library/dates';
import { ShareDialog } from '../share/ShareDialog';
import './history.css';

const REASONS: Readonly<Record<SnapshotSummary['reason'], string>> = {
  opened: 'When the board was opened',
  imported: 'As imported from a file',
  interval: 'During editing',
  named: 'Named',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
};

export const SNAPSHOT_GONE = 'That snapshot is no longer in the board’s history: another window may have kept a newer one in its place. Nothing was changed.';

/**
 * What a snapshot is called on screen: its name as it would be kept today (a name kept before
 * bidirectional controls and invisible characters were taken out may still hold them), else why
 * it was taken.
 */
function labelOf(snapshot: SnapshotSummary): { readonly text: string; readonly named: boolean } {
  const name = snapshot.name === null ? null : snapshotName(snapshot.name);
  return name === null ? { text: REASONS[snapshot.reason], named: false } : { text: name, named: true };
}

export function HistoryPanel({ boardId, onClose }: { readonly boardId: BoardId; readonly onClose: () => void }) {
  const [snapshots, setSnapshots] = useState<SnapshotSummary[] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameSnapshot = useBoardStore((s) => s.nameSnapshot);
  const restoreSnapshot = useBoardStore((s) => s.restoreSnapshot);
  const headingId = useId();

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);

  // A snapshot kept meanwhile — named in another window, or by this window's save worker — is listed.
  useEffect(() => onSnapshotsChanged(boardId, refresh), [boardId, refresh]);

  useEffect(() => {
    let current = true;
    // The snapshot taken on opening may still be waiting for start-up to end: take it now.
    settleSaving()
      .catch(() => undefined)
      .then(() => listSnapshots(boardId))
      .then(
        (list) => {
          if (current) setSnapshots(list);
        },
        (e: unknown) => {
          if (current) setError(describeStorageError(e, 'reading'));
        },
      );
    return () => {
      current = false;
    };
  }, [boardId, version]);

  // A copy that cannot be read, or is no longer kept (pruned by another window's automatic one, or
  // its board deleted there), said in the dialog: the button did nothing and said nothing.
  const restore = async (id: number) => {
    let board: Awaited<ReturnType<typeof loadSnapshot>>;
    try {
      board = await loadSnapshot(id);
    } catch (e) {
      setError(describeStorageError(e, 'reading'));
      return;
    }
    if (!board) {
      setError(SNAPSHOT_GONE);
      return;
    }
    await restoreSnapshot(board);
    notifyUndoable('Restored the snapshot. Undo brings back what was there.');
    onClose();
  };

  // A native modal dialog (ShareDialog): the page behind is inert, so Tab stays inside, Escape
  // closes it wherever focus is, and focus goes back to the History button.
  return (
    <ShareDialog labelledBy={headingId} onClose={onClose} className="history-dialog">
      <div className="history">
        <div className="history__head">
          <h2 id={headingId}>Board history</h2>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
        <form
          className="history__name"
          onSubmit={(event) => {
            event.preventDefault();
            void nameSnapshot(name).then((result) => {
              if (!result.ok) {
                setError(result.message);
                return;
              }
              notify(`Kept a snapshot named ${isolate(snapshotName(name) ?? name.trim())}.`);
              setName('');
              setError(null);
              refresh();
            });
          }}
        >
          <label className="field">
            <span>Name this moment</span>
            <input dir="auto" value={name} maxLength={100} placeholder="After day 1" onChange={(e) => { setName(e.target.value); }} />
          </label>
          <button type="submit">Save snapshot</button>
        </form>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {snapshots === null ? (
          <p aria-busy="true">Loading the history…</p>
        ) : snapshots.length === 0 ? (
          <p className="muted">No snapshots yet.</p>
        ) : (
          <ul className="history__list" aria-label="Snapshots, newest first">
            {snapshots.map((snapshot) => {
              const label = labelOf(snapshot);
              return (
                <li key={snapshot.id} className="history__item">
                  <span>
                    {/* A name is the person's text: isolated, so right-to-left letters in it do not
                        reorder the date and counts after it. */}
                    <strong>{label.named ? <bdi>{label.text}</bdi> : label.text}</strong>
                    <span className="muted">
                      {' '}
                      · {formatEdited(snapshot.createdAt)} · {counted(snapshot.outcomes, 'outcome', 'outcomes')}, {counted(snapshot.activities, 'activity', 'activities')}
                    </span>
                  </span>
                  <button
                    type="button"
                    aria-label={`Restore ${label.named ? label.text : label.text.toLowerCase()} from ${formatEdited(snapshot.createdAt)}`}
                    onClick={() => void restore(snapshot.id)}
                  >
                    Restore
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </ShareDialog>
  );
}

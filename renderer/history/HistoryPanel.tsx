/**
 * A board's history: the copies kept automatically (when opened or imported, every ten minutes of
 * editing, before an import or a restore) and the named ones, and the library's other versions of
 * its map (OtherVersions). Each says what changed since it, to the board as it is now
 * (shared/changes), when asked; restoring a snapshot keeps the current state first and can itself
 * be undone.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { BoardId } from '../../shared/model';
import { listSnapshots, loadSnapshot, onSnapshotsChanged, snapshotName, type SnapshotSummary } from '../db/snapshots';
import { describeStorageError, settleSaving } from '../db/boards';
import { notifyUndoable, useBoardStore } from '../store/boardStore';
import { notify } from '../app/notices';
import { counted, isolate, isolatedInSentence } from '../../shared/text';
import { formatEdited } from '../library/dates';
import { ShareDialog } from '../share/ShareDialog';
import { OtherVersions } from './OtherVersions';
import { ChangesPanel, changesCounted, comparedWithShown, useComparisons, WhatChangedButton, type ChangeWords } from './WhatChanged';
import './history.css';

const REASONS: Readonly<Record<SnapshotSummary['reason'], string>> = {
  opened: 'When the board was opened',
  imported: 'As imported from a file',
  interval: 'During editing',
  named: 'Named',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
  'before-replace': 'Before an imported version replaced it',
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

/** The words around a snapshot's changes to the board now. */
const SINCE_SNAPSHOT: ChangeWords = {
  comparing: 'Comparing with the board now…',
  total: (count) => `${changesCounted(count)} since then, to the board as it is now:`,
  nothing: 'Nothing has changed since: the board is as this snapshot holds it.',
};

/**
 * `compareWith`: another version of the map whose changes the dialog opens with, shown and focused
 * (the import notice's "Compare with …"); null for the History button.
 */
export function HistoryPanel({ boardId, compareWith = null, onClose }: { readonly boardId: BoardId; readonly compareWith?: BoardId | null; readonly onClose: () => void }) {
  const [snapshots, setSnapshots] = useState<SnapshotSummary[] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameSnapshot = useBoardStore((s) => s.nameSnapshot);
  const restoreSnapshot = useBoardStore((s) => s.restoreSnapshot);
  const headingId = useId();
  const changesId = useId();
  // The snapshots whose changes are shown, by id (WhatChanged.tsx).
  const { comparisons, toggle, panelOf } = useComparisons<number>();

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

  // Against the board as it is when asked: the dialog is modal, so it changes only by another
  // window's save while it is open, and closing and opening the list again compares anew.
  const toggleChanges = (id: number) => toggle(id, () => comparedWithShown(() => loadSnapshot(id), SNAPSHOT_GONE));

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
        <OtherVersions boardId={boardId} compareWith={compareWith} />
        {snapshots === null ? (
          <p aria-busy="true">Loading the history…</p>
        ) : snapshots.length === 0 ? (
          <p className="muted">No snapshots yet.</p>
        ) : (
          <ul className="history__list" aria-label="Snapshots, newest first">
            {snapshots.map((snapshot) => {
              const label = labelOf(snapshot);
              const when = formatEdited(snapshot.createdAt);
              const comparison = comparisons.get(snapshot.id);
              const panelId = `${changesId}-${String(snapshot.id)}`;
              // Which snapshot, in the names of its "What changed" and "Show all" (a name is the person's text).
              const since = `since ${when} (${label.named ? isolatedInSentence(label.text) : label.text})`;
              return (
                <li key={snapshot.id} className="history__item">
                  <div className="history__row">
                    <span className="history__label">
                      {/* A name is the person's text: isolated, so right-to-left letters in it do not
                          reorder the date and counts after it. */}
                      <strong>{label.named ? <bdi>{label.text}</bdi> : label.text}</strong>
                      <span className="muted">
                        {' '}
                        <span className="history__when">· {when}</span> · {counted(snapshot.outcomes, 'outcome', 'outcomes')}, {counted(snapshot.activities, 'activity', 'activities')}
                      </span>
                    </span>
                    <span className="history__actions">
                      <WhatChangedButton
                        expanded={comparison !== undefined}
                        controls={panelId}
                        label={`What changed ${since}`}
                        onToggle={() => void toggleChanges(snapshot.id)}
                      />
                      <button type="button" aria-label={`Restore ${label.named ? label.text : label.text.toLowerCase()} from ${when}`} onClick={() => void restore(snapshot.id)}>
                        Restore
                      </button>
                    </span>
                  </div>
                  <ChangesPanel id={panelId} words={SINCE_SNAPSHOT} level={3} about={since} {...panelOf(snapshot.id)} />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </ShareDialog>
  );
}

/**
 * A board's history: the copies kept automatically (when opened or imported, every ten minutes of
 * editing, before an import or a restore) and the named ones. Each says what changed since it, to
 * the board as it is now (shared/changes), when asked; restoring one keeps the current state first
 * and can itself be undone.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { flushSync } from 'react-dom';
import { boardChanges, changeCount, CHANGES_SHOWN, firstChanges, moreChanges, type ChangeGroup } from '../../shared/changes';
import type { Board, BoardId } from '../../shared/model';
import { listSnapshots, loadSnapshot, onSnapshotsChanged, snapshotName, type SnapshotSummary } from '../db/snapshots';
import { describeStorageError, settleSaving } from '../db/boards';
import { notifyUndoable, shownBoard, useBoardStore } from '../store/boardStore';
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

/** What a snapshot's "What changed" shows: the comparison on its way, its changes, or why there are none. */
type Comparison =
  | { readonly status: 'comparing' }
  | { readonly status: 'compared'; readonly groups: readonly ChangeGroup[]; readonly all: boolean }
  | { readonly status: 'failed'; readonly message: string };

export function HistoryPanel({ boardId, onClose }: { readonly boardId: BoardId; readonly onClose: () => void }) {
  const [snapshots, setSnapshots] = useState<SnapshotSummary[] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameSnapshot = useBoardStore((s) => s.nameSnapshot);
  const restoreSnapshot = useBoardStore((s) => s.restoreSnapshot);
  const headingId = useId();
  const changesId = useId();
  // The snapshots whose changes are shown, by id. Compared when a person asks, once each time the
  // list is opened (never on a render, nor on an edit's path): a big board's comparison reads the
  // whole snapshot from storage.
  const [comparisons, setComparisons] = useState<ReadonlyMap<number, Comparison>>(new Map());
  const setComparison = useCallback((id: number, comparison: Comparison | null) => {
    setComparisons((shown) => {
      const next = new Map(shown);
      if (comparison === null) next.delete(id);
      else next.set(id, comparison);
      return next;
    });
  }, []);

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
  const toggleChanges = async (id: number) => {
    if (comparisons.has(id)) {
      setComparison(id, null);
      return;
    }
    setComparison(id, { status: 'comparing' });
    let snapshot: Board | undefined;
    try {
      snapshot = await loadSnapshot(id);
    } catch (e) {
      setComparison(id, { status: 'failed', message: describeStorageError(e, 'reading') });
      return;
    }
    const now = shownBoard();
    if (!snapshot || !now) {
      setComparison(id, { status: 'failed', message: SNAPSHOT_GONE });
      return;
    }
    setComparison(id, { status: 'compared', groups: boardChanges(snapshot, now), all: false });
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
              const when = formatEdited(snapshot.createdAt);
              const comparison = comparisons.get(snapshot.id);
              const panelId = `${changesId}-${String(snapshot.id)}`;
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
                      {/* A disclosure: focus stays on it, and the changes follow it in reading
                          order. Its name begins with what it shows ("What changed"), as speech
                          input users say it, then tells the snapshots apart: every row has one. */}
                      <button
                        type="button"
                        className="history__what-changed"
                        aria-expanded={comparison !== undefined}
                        aria-controls={panelId}
                        aria-label={`What changed since ${when} (${label.text})`}
                        onClick={() => void toggleChanges(snapshot.id)}
                      >
                        What changed
                      </button>
                      <button type="button" aria-label={`Restore ${label.named ? label.text : label.text.toLowerCase()} from ${when}`} onClick={() => void restore(snapshot.id)}>
                        Restore
                      </button>
                    </span>
                  </div>
                  <div id={panelId} className="history__changes" hidden={comparison === undefined}>
                    {comparison !== undefined && (
                      <ChangeList
                        comparison={comparison}
                        onShowAll={(all) => {
                          if (comparison.status === 'compared') setComparison(snapshot.id, { ...comparison, all });
                        }}
                      />
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </ShareDialog>
  );
}

/**
 * A snapshot's changes to the board now, by part of the board ("Outcomes", "Activities"), each
 * part's first few and how many more, and a button that lists them all (and only the first again:
 * it stays where it is, so focus is not lost as the list grows, and is kept in view).
 */
function ChangeList({ comparison, onShowAll }: { readonly comparison: Comparison; readonly onShowAll: (all: boolean) => void }) {
  if (comparison.status === 'comparing') return <p aria-busy="true">Comparing with the board now…</p>;
  if (comparison.status === 'failed') return <p className="form-error">{comparison.message}</p>;
  const total = changeCount(comparison.groups);
  if (total === 0) return <p>Nothing has changed since: the board is as this snapshot holds it.</p>;
  const groups = firstChanges(comparison.groups, comparison.all ? Infinity : CHANGES_SHOWN);
  const capped = firstChanges(comparison.groups).some((group) => group.more > 0);
  return (
    <>
      <p className="history__changes-total">{counted(total, 'change', 'changes')} since then, to the board as it is now:</p>
      {groups.map((group) => (
        <section key={group.heading} className="history__group" aria-label={group.heading}>
          <h3>{group.heading}</h3>
          <ul>
            {group.changes.map((change, index) => (
              // By place: a board may say one change twice (two activities of one title both done).
              <li key={index}>{change}</li>
            ))}
          </ul>
          {group.more > 0 && <p className="muted">{moreChanges(group.more)}</p>}
        </section>
      ))}
      {capped && (
        <button
          type="button"
          className="link-button"
          onClick={(event) => {
            const button = event.currentTarget;
            flushSync(() => {
              onShowAll(!comparison.all);
            });
            // The changes shown above it push it down, past the dialog's foot at 1366 × 768: focus
            // stayed on a button out of sight (the dialog scrolls, the window behind it does not).
            button.scrollIntoView({ block: 'nearest' });
          }}
        >
          {comparison.all ? 'Show the first changes only' : `Show all ${String(total)} changes`}
        </button>
      )}
    </>
  );
}

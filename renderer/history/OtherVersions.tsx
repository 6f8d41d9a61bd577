/**
 * The History's "Other versions of this map": the library's other boards of the same map (the
 * facilitator's board and a team's returned file, shared/model sameMap), each with what changed
 * from it to the board open. The team's changes are said in the method's words, as a snapshot's
 * are, without opening the two boards side by side. Not shown when there are none.
 *
 * On the board the map was first made as, the board on screen can take its place (ReplaceOriginal):
 * the team's version kept as the board that was sent.
 *
 * The library is read when the History opens, and a version compared when a person asks (or the
 * import notice's "Compare with …" opened the History for it): never on an edit's or a drag's path.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { BoardId } from '../../shared/model';
import { isolatedInSentence } from '../../shared/text';
import { describeStorageError, readBoardToCopy } from '../db/boards';
import { BOARD_GONE, otherVersionsOf, type MapVersion } from '../db/library';
import { formatEdited } from '../library/dates';
import { withoutImportedStamps } from '../share/importBoard';
import { shownBoard } from '../store/boardStore';
import { ReplaceOriginal } from './ReplaceOriginal';
import { ChangesPanel, changesCounted, comparedWithShown, useComparisons, WhatChangedButton, type ChangeWords } from './WhatChanged';

/** The words around the changes from `version` to the board open. */
function wordsFrom(version: MapVersion): ChangeWords {
  return {
    heading: `From “${isolatedInSentence(version.title)}” to this board`,
    comparing: 'Comparing with this board…',
    total: (count) => `${changesCounted(count)} from that version to this board:`,
    nothing: 'Nothing differs: this board holds the map as that version does.',
  };
}

/**
 * What changed from the stored board `id` to the board on screen now. A title that differs only by
 * the stamp an import gave it ("Team A (imported 2 Dec 2026 at 10:15)", beside the "Team A" sent) is
 * no change of the team's: the app told the two cards apart. It was the first line of every
 * comparison, above what the team did change.
 */
const compareWithShown = (id: BoardId) =>
  comparedWithShown(async () => {
    const other = await readBoardToCopy(id);
    const now = shownBoard();
    if (!other || !now || other.title === now.title || withoutImportedStamps(other.title) !== withoutImportedStamps(now.title)) return other;
    return { ...other, title: now.title };
  }, BOARD_GONE);

export function OtherVersions({ boardId, compareWith }: { readonly boardId: BoardId; readonly compareWith: BoardId | null }) {
  const [versions, setVersions] = useState<readonly MapVersion[]>([]);
  const [error, setError] = useState<string | null>(null);
  const { comparisons, show, toggle, panelOf } = useComparisons<BoardId>();
  const headingId = useId();
  const changesId = useId();
  // Opened for one version (the import notice's "Compare with …"): its changes are shown, and its
  // button takes focus once listed, so the changes are what is read next, and "What changed" folds them away.
  const asked = useRef<HTMLButtonElement>(null);
  const focusAsked = useRef(compareWith !== null);

  useEffect(() => {
    let current = true;
    const board = shownBoard();
    if (board?.id !== boardId) return undefined;
    otherVersionsOf(board).then(
      (list) => {
        if (!current) return;
        setVersions(list);
        if (compareWith !== null && list.some((version) => version.id === compareWith)) void show(compareWith, () => compareWithShown(compareWith));
      },
      (e: unknown) => {
        if (current) setError(describeStorageError(e, 'reading'));
      },
    );
    return () => {
      current = false;
    };
  }, [boardId, compareWith, show]);

  useEffect(() => {
    if (!focusAsked.current || !asked.current) return;
    focusAsked.current = false;
    asked.current.focus();
  }, [versions]);

  if (error !== null) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }
  if (versions.length === 0) return null;
  return (
    <section className="history__versions" aria-labelledby={headingId}>
      <h3 id={headingId}>Other versions of this map</h3>
      <p className="muted">Boards in your library that were exported from this map or imported into it: a file sent to a team and sent back, a backup restored.</p>
      <ul className="history__list">
        {versions.map((version) => {
          const when = formatEdited(version.updatedAt);
          const comparison = comparisons.get(version.id);
          const panelId = `${changesId}-${version.id}`;
          const title = isolatedInSentence(version.title);
          return (
            <li key={version.id} className="history__item">
              <div className="history__row">
                <span className="history__label">
                  {/* The title is the person's text: isolated, so right-to-left letters in it do not reorder what follows. */}
                  <strong>
                    <bdi>{version.title}</bdi>
                  </strong>
                  <span className="muted">
                    {' '}
                    <span className="history__when">· last changed {when}</span>
                    {version.first ? ' · the map as first made' : ''}
                    {version.status === 'archived' ? ' · archived' : ''}
                  </span>
                </span>
                <span className="history__actions">
                  <WhatChangedButton
                    buttonRef={version.id === compareWith ? asked : undefined}
                    expanded={comparison !== undefined}
                    controls={panelId}
                    label={`What changed from “${title}” to this board`}
                    onToggle={() => void toggle(version.id, () => compareWithShown(version.id))}
                  />
                </span>
              </div>
              <ChangesPanel id={panelId} words={wordsFrom(version)} level={5} about={`from “${title}” to this board`} {...panelOf(version.id)} />
              {/* Only onto the board the map was first made as: the one sent, which the team's file comes back to. */}
              {version.first && <ReplaceOriginal original={version} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

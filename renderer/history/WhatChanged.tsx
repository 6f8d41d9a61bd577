/**
 * "What changed": a disclosure button and the changes it shows (shared/changes), the same for a
 * snapshot of the board and for another version of its map (a team's returned file). Compared when
 * a person asks, once each time the list is opened (never on a render, nor on an edit's path): a
 * big board's comparison reads a whole board from storage. Written once, so both lists are read out,
 * folded and capped alike.
 */
import { useCallback, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { boardChanges, changeCount, CHANGES_SHOWN, firstChanges, moreChanges, type ChangeGroup } from '../../shared/changes';
import type { Board } from '../../shared/model';
import { counted } from '../../shared/text';
import { describeStorageError } from '../db/boards';
import { shownBoard } from '../store/boardStore';

/** What a "What changed" shows: the comparison on its way, its changes, or why there are none. */
export type Comparison =
  | { readonly status: 'comparing' }
  | { readonly status: 'compared'; readonly groups: readonly ChangeGroup[]; readonly all: boolean }
  | { readonly status: 'failed'; readonly message: string };

/**
 * What changed from the board `read` gives (a snapshot, another version) to the board on screen
 * now; `gone`, said when there is no such board any more (pruned, deleted in another window).
 */
export async function comparedWithShown(read: () => Promise<Board | undefined>, gone: string): Promise<Comparison> {
  let before: Board | undefined;
  try {
    before = await read();
  } catch (e) {
    return { status: 'failed', message: describeStorageError(e, 'reading') };
  }
  const now = shownBoard();
  if (!before || !now) return { status: 'failed', message: gone };
  return { status: 'compared', groups: boardChanges(before, now), all: false };
}

/** The words around one list's changes: what it compares, said as it compares and as it has. */
export interface ChangeWords {
  /** Above the changes, naming both sides (another version's "From “Team A” to this board"); none for a snapshot. */
  readonly heading?: string;
  readonly comparing: string;
  /** "4 changes since then, to the board as it is now:" */
  readonly total: (count: number) => string;
  readonly nothing: string;
}

/**
 * The comparisons shown, by key (a snapshot's id, a board's id): `show` shows one, comparing it with
 * `compare`; `toggle` shows it or folds it away; `panelOf` gives its panel what it shows, and
 * "Show all" lists all of its changes, or its first again.
 */
export function useComparisons<K>() {
  const [comparisons, setComparisons] = useState<ReadonlyMap<K, Comparison>>(new Map());
  const setComparison = useCallback((key: K, comparison: Comparison | null) => {
    setComparisons((shown) => {
      const next = new Map(shown);
      if (comparison === null) next.delete(key);
      else next.set(key, comparison);
      return next;
    });
  }, []);
  const show = useCallback(
    async (key: K, compare: () => Promise<Comparison>) => {
      setComparison(key, { status: 'comparing' });
      setComparison(key, await compare());
    },
    [setComparison],
  );
  const toggle = useCallback(
    async (key: K, compare: () => Promise<Comparison>) => {
      if (comparisons.has(key)) setComparison(key, null);
      else await show(key, compare);
    },
    [comparisons, setComparison, show],
  );
  const showAll = useCallback(
    (key: K, all: boolean) => {
      const comparison = comparisons.get(key);
      if (comparison?.status === 'compared') setComparison(key, { ...comparison, all });
    },
    [comparisons, setComparison],
  );
  /** What the ChangesPanel of `key` shows, and its "Show all" answered. */
  const panelOf = (key: K) => ({
    comparison: comparisons.get(key),
    onShowAll: (all: boolean) => {
      showAll(key, all);
    },
  });
  return { comparisons, show, toggle, panelOf };
}

/**
 * The "What changed" button: a disclosure. Focus stays on it, and the changes follow it in reading
 * order. Its name (`label`) begins with what it shows ("What changed"), as speech input users say
 * it, then tells the rows apart: every row has one.
 */
export function WhatChangedButton({
  expanded,
  controls,
  label,
  onToggle,
  buttonRef,
}: {
  readonly expanded: boolean;
  readonly controls: string;
  readonly label: string;
  readonly onToggle: () => void;
  readonly buttonRef?: Ref<HTMLButtonElement> | undefined;
}) {
  return (
    <button ref={buttonRef} type="button" className="history__what-changed" aria-expanded={expanded} aria-controls={controls} aria-label={label} onClick={onToggle}>
      What changed
    </button>
  );
}

/**
 * The place the button controls: hidden while folded, the changes while shown. `about`: which
 * comparison it is, as the button's name ends ("since 10:15 (Named “After day 1”)"), ending the
 * names of "Show all" too: every row's read "Show all 24 changes", and a screen reader's list of
 * buttons could not tell them apart.
 */
export function ChangesPanel({
  id,
  comparison,
  words,
  level,
  about,
  onShowAll,
}: {
  readonly id: string;
  readonly comparison: Comparison | undefined;
  readonly words: ChangeWords;
  /** The level of the groups' headings: under the dialog's own (3), or under a section's and `words.heading` (5). */
  readonly level: 3 | 5;
  readonly about?: string | undefined;
  readonly onShowAll: (all: boolean) => void;
}) {
  return (
    <div id={id} className="history__changes" hidden={comparison === undefined}>
      {comparison !== undefined && <ChangeList comparison={comparison} words={words} level={level} about={about} onShowAll={onShowAll} />}
    </div>
  );
}

/**
 * The changes, by part of the board ("Outcomes", "Activities"), each part's first few and how many
 * more, and a button that lists them all (and only the first again: it stays where it is, so focus
 * is not lost as the list grows, and is kept in view).
 */
function ChangeList({
  comparison,
  words,
  level,
  about,
  onShowAll,
}: {
  readonly comparison: Comparison;
  readonly words: ChangeWords;
  readonly level: 3 | 5;
  readonly about: string | undefined;
  readonly onShowAll: (all: boolean) => void;
}) {
  const Heading = level === 3 ? 'h3' : 'h5';
  const heading = words.heading === undefined ? null : <h4 className="history__changes-heading">{words.heading}</h4>;
  if (comparison.status === 'comparing') return <>{heading}<p aria-busy="true">{words.comparing}</p></>;
  if (comparison.status === 'failed') return <>{heading}<p className="form-error">{comparison.message}</p></>;
  const total = changeCount(comparison.groups);
  if (total === 0) return <>{heading}<p>{words.nothing}</p></>;
  const groups = firstChanges(comparison.groups, comparison.all ? Infinity : CHANGES_SHOWN);
  const capped = firstChanges(comparison.groups).some((group) => group.more > 0);
  // What it shows, then which comparison: the name begins with the words on it, as speech input says them.
  const showing = comparison.all ? 'Show the first changes only' : `Show all ${String(total)} changes`;
  const showingName = about === undefined ? undefined : comparison.all ? `${showing}, ${about}` : `${showing} ${about}`;
  return (
    <>
      {heading}
      <p className="history__changes-total">{words.total(total)}</p>
      {groups.map((group) => (
        <section key={group.heading} className="history__group" aria-label={group.heading}>
          <Heading>{group.heading}</Heading>
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
          aria-label={showingName}
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
          {showing}
        </button>
      )}
    </>
  );
}

/** "4 changes", as the totals above a list say them. */
export const changesCounted = (count: number): string => counted(count, 'change', 'changes');

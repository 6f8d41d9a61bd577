/**
 * The board's columns: people, the outcomes (or the people view), the parking lot and the
 * findings. Subscribes to the board itself and hands each card only what it shows, with stable
 * identities, so a change re-renders only the cards it touched.
 */
import { useLayoutEffect, useMemo, useState, useSyncExternalStore, type RefObject } from 'react';
import type { Activity, Person, PersonId } from '../../shared/model';
import { HealthPanel } from '../health/HealthPanel';
import { inDesktopApp } from '../platform/bridge';
import { useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { ActivityGrouping } from './activityGroups';
import { AddOutcome } from './AddOutcome';
import { healthFor } from './healthCache';
import { OutcomeCard } from './OutcomeCard';
import { ParkingLot } from './ParkingLot';
import { PeopleTray } from './PeopleTray';
import { PeopleView } from './PeopleView';
import { ListWindowing, setActiveWindowing, WINDOWING_THRESHOLD, WindowingContext } from './windowing';

/**
 * A window narrower than this (CSS pixels at 100 % zoom; times the zoom) shows the board in one
 * column: people, outcomes, parking lot and findings under each other. Presenting, the side
 * columns are wider (board.css), and three columns need room for the people (16 rem), the parking
 * lot (20 rem) and one card (22 rem) at 20 px a rem. A media query cannot say it: it knows the
 * window's width, not the board's zoom, and a zoomed-in board in a 1280-pixel window left the
 * outcomes a column of no width, their cards drawn over the parking lot.
 */
export const SINGLE_COLUMN_BELOW_PX = { normal: 1120, presenting: 1260 } as const;

function subscribeToResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => {
    window.removeEventListener('resize', onChange);
  };
}

/** The class of the board's layout when it is one column (board.css). */
export const SINGLE_COLUMN_CLASS = 'board-layout--single';

/** Whether a window `width` pixels wide shows the board, at this zoom, in one column (see SINGLE_COLUMN_BELOW_PX). */
export function singleColumnAt(width: number, zoom: number, presenting: boolean): boolean {
  return width < (presenting ? SINGLE_COLUMN_BELOW_PX.presenting : SINGLE_COLUMN_BELOW_PX.normal) * zoom;
}

/** Whether the board, at this zoom, is laid out in one column in this window. */
export function useSingleColumn(zoom: number, presenting: boolean): boolean {
  return useSyncExternalStore(
    subscribeToResize,
    () => singleColumnAt(window.innerWidth, zoom, presenting),
    () => false,
  );
}

/**
 * In a browser (not the desktop app, which has no find bar), a big board says that the browser's
 * Find in page sees only what is drawn: cards far from the screen are shells (windowing.ts), and a
 * search for a far activity finds nothing, with no sign why. Not while presenting (editing chrome).
 */
const FIND_NOTE = 'A large board: cards are drawn as you scroll near them, so the browser’s Find in page finds only those near the screen.';
const inBrowser = !inDesktopApp();

const NO_ACTIVITIES: readonly Activity[] = [];
const NO_PEOPLE: readonly Person[] = [];

export function BoardContent({ layoutRef }: { readonly layoutRef: RefObject<HTMLDivElement | null> }) {
  const board = useBoardStore((s) => (s.load.status === 'ready' ? s.load.board : null));
  const [grouping] = useState(() => new ActivityGrouping());
  const people = board?.people ?? NO_PEOPLE;
  const peopleById = useMemo(() => new Map<PersonId, Person>(people.map((p) => [p.id, p])), [people]);
  const byContainer = useMemo(() => grouping.group(board?.activities ?? NO_ACTIVITIES), [grouping, board?.activities]);
  const zoom = useUiStore((s) => s.zoom);
  const view = useUiStore((s) => s.view);
  const presenting = useUiStore((s) => s.presenting);
  const singleColumn = useSingleColumn(zoom, presenting);
  // Before the first paint, only what is on the screen itself is mounted; the rest of the margin
  // right after it (windowing.ts).
  const [windowing] = useState(() => new ListWindowing({ onScreenFirst: true }));
  const shown = board !== null;
  // A layout effect, after the cards' and chunks' own, in the commit that first shows the board:
  // the cards and chunks of its first render on the screen are shown before the first paint.
  useLayoutEffect(() => {
    if (!shown) return undefined;
    const disconnect = windowing.connect();
    setActiveWindowing(windowing);
    return () => {
      setActiveWindowing(null);
      disconnect();
    };
  }, [windowing, shown]);
  if (!board) return null;
  const health = healthFor(board);

  // Big boards mount only the activities near the viewport (windowing.ts); small ones all of them.
  const windowed = board.activities.length > WINDOWING_THRESHOLD;

  return (
    <WindowingContext value={windowed ? windowing : null}>
      {windowed && inBrowser && <p className="board-find-note muted editing-chrome">{FIND_NOTE}</p>}
      <div
        ref={layoutRef}
        className={`board-layout${windowed ? ' board-layout--windowed' : ''}${singleColumn ? ` ${SINGLE_COLUMN_CLASS}` : ''}`}
        style={{ zoom }}
      >
        <PeopleTray people={board.people} outcomes={board.outcomes} activities={board.activities} />
        {view === 'people' ? (
          <PeopleView board={board} health={health} />
        ) : (
          <main className="board-main" aria-label="Outcomes">
            {board.outcomes.length === 0 ? (
              <p className="board-empty">No outcomes yet. An outcome is a specific, measurable result, like “20 qualified opportunities per month”.</p>
            ) : (
              <ol className="outcome-grid" aria-label="Outcomes on this board">
                {board.outcomes.map((outcome, index) => (
                  <li key={outcome.id} className={windowed ? 'outcome-grid__cell outcome-grid__cell--windowed' : 'outcome-grid__cell'}>
                    <OutcomeCard
                      outcome={outcome}
                      index={index}
                      count={board.outcomes.length}
                      owner={outcome.ownerId ? peopleById.get(outcome.ownerId) : undefined}
                      activities={byContainer.get(outcome.id) ?? NO_ACTIVITIES}
                      peopleById={peopleById}
                    />
                  </li>
                ))}
              </ol>
            )}
            <AddOutcome />
          </main>
        )}
        <aside className="board-side">
          <ParkingLot activities={byContainer.get(null) ?? NO_ACTIVITIES} peopleById={peopleById} />
          <HealthPanel findings={health.findings} score={health.score} deferred={windowed} />
        </aside>
      </div>
    </WindowingContext>
  );
}

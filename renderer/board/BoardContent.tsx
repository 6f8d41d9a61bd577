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
import { useScrollPerView, viewAttributes } from './hiddenView';
import { OutcomeCard } from './OutcomeCard';
import { ParkingLot } from './ParkingLot';
import { PeopleTray } from './PeopleTray';
import { PeopleView } from './PeopleView';
import { FIND_KEYS } from './FindOnBoard';
import { isWindowed, ListWindowing, setActiveWindowing, WindowingContext } from './windowing';

/**
 * The board's layouts. 'three': people | outcomes | parking lot and findings. 'two': the people,
 * and under them the parking lot and findings, in one column beside the outcomes. 'one': all under
 * each other, the people side by side (board.css).
 *
 * Which one a window shows is chosen for what the room came to see, the outcomes. A column beside
 * them costs outcome columns: the people go beside the outcomes only where two columns of cards
 * still fit beside them (narrower, the outcomes take the whole width, under the people), and the
 * parking lot and findings get a column of their own only where three still fit (below that, they
 * sit under the people). Each column beside is no wider than a card column (card and gap), so a
 * wider window never shows fewer outcome columns: where a layout takes over, it shows as many as
 * the one before it did just below. At 100 %: one column below 904 px, three from 1,496 px;
 * presenting (20 px a rem, wider cards), one below 1,260 px and three from 2,120 px. A presenting
 * card is 21 rem, so that a 1280 × 720 projector shows two columns of outcomes beside the people
 * (at 22 rem, fixed widths showed it one, while a 1200-pixel window showed two).
 *
 * The widths are board.css's, in rem. A media query cannot choose: it knows the window's width,
 * not the board's zoom, and a zoomed-in board in a 1280-pixel window left the outcomes a column of
 * no width, their cards drawn over the parking lot.
 */
export const LAYOUT_REM = {
  normal: { rootPx: 16, card: 17.5, people: 16.5, side: 17.5 },
  presenting: { rootPx: 20, card: 21, people: 16, side: 20 },
} as const;
/** The gap between columns and cards, and the layout's padding left and right (board.css). */
const GAP_REM = 1;
const PADDING_REM = 1.5;

export type BoardLayout = 'one' | 'two' | 'three';

/** The class of the board's layout (board.css); three columns is the layout's own. */
export const LAYOUT_CLASS: Record<BoardLayout, string> = { one: 'board-layout--single', two: 'board-layout--two', three: '' };

/** How many columns of outcome cards a layout leaves in a window `width` pixels wide, at this zoom. */
export function outcomeColumns(layout: BoardLayout, width: number, zoom: number, presenting: boolean): number {
  const size = presenting ? LAYOUT_REM.presenting : LAYOUT_REM.normal;
  const beside = layout === 'one' ? 0 : layout === 'two' ? size.people + GAP_REM : size.people + size.side + 2 * GAP_REM;
  const grid = width / (zoom * size.rootPx) - 2 * PADDING_REM - beside;
  // A thousandth of a rem: 1280 / 20 is 64 whatever the floating point says.
  return Math.max(1, Math.floor((grid + GAP_REM + 0.001) / (size.card + GAP_REM)));
}

/** The layout of the board, at this zoom, in a window `width` pixels wide (see LAYOUT_REM). */
export function boardLayoutAt(width: number, zoom: number, presenting: boolean): BoardLayout {
  if (outcomeColumns('three', width, zoom, presenting) >= 3) return 'three';
  if (outcomeColumns('two', width, zoom, presenting) >= 2) return 'two';
  return 'one';
}

/** The window's width the board has: without a scroll bar, where one takes room. */
export function boardWindowWidth(): number {
  return document.documentElement.clientWidth || window.innerWidth;
}

function subscribeToResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => {
    window.removeEventListener('resize', onChange);
  };
}

/** The board's layout, at this zoom, in this window; it follows the window as it is resized. */
export function useBoardLayout(zoom: number, presenting: boolean): BoardLayout {
  return useSyncExternalStore(
    subscribeToResize,
    () => boardLayoutAt(boardWindowWidth(), zoom, presenting),
    () => 'three',
  );
}

/**
 * In a browser (not the desktop app, which has no find bar), a big board says that the browser's
 * Find in page sees only what is drawn: cards far from the screen are shells (windowing.ts), and a
 * search for a far activity finds nothing, with no sign why; and the board's own Find finds all of
 * it (FindOnBoard.tsx). Not while presenting (editing chrome).
 */
const FIND_NOTE = `A large board: cards are drawn as you scroll near them, so the browser’s Find in page finds only those near the screen. The toolbar’s Find (${FIND_KEYS}) finds everything.`;
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
  // The people view mounts when first opened, and stays (hiddenView.ts).
  const [peopleOpened, setPeopleOpened] = useState(view === 'people');
  if (view === 'people' && !peopleOpened) setPeopleOpened(true);
  const layout = useBoardLayout(zoom, presenting);
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
  useScrollPerView(board?.id ?? null, view);
  if (!board) return null;
  const health = healthFor(board);

  // Big boards mount only what is near the viewport (windowing.ts); small ones all of it.
  const windowed = isWindowed(board);

  return (
    <WindowingContext value={windowed ? windowing : null}>
      {windowed && inBrowser && <p className="board-find-note muted editing-chrome">{FIND_NOTE}</p>}
      <div
        ref={layoutRef}
        className={`board-layout${windowed ? ' board-layout--windowed' : ''}${layout === 'three' ? '' : ` ${LAYOUT_CLASS[layout]}`}`}
        style={{ zoom }}
      >
        <PeopleTray people={board.people} outcomes={board.outcomes} activities={board.activities} />
        {/* Both views stay mounted once shown, the one not on screen hidden: see hiddenView.ts. */}
        <div className="board-views">
          {peopleOpened && (
            <div className="board-view" {...viewAttributes(view === 'people')}>
              <PeopleView board={board} health={health} frozen={view !== 'people'} />
            </div>
          )}
          <div className="board-view" {...viewAttributes(view === 'board')}>
            <main className="board-main" aria-label="Outcomes">
              {board.outcomes.length === 0 ? (
                <p className="board-empty">
                  No outcomes yet. An outcome is a specific, measurable result, like “20 qualified opportunities per month”. Add one below. Then
                  give it one owner, with the authority to decide how it is reached, and add the activities (tasks) that serve it.
                </p>
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
          </div>
        </div>
        <aside className="board-side">
          <ParkingLot activities={byContainer.get(null) ?? NO_ACTIVITIES} peopleById={peopleById} boardHasActivities={board.activities.length > 0} />
          <HealthPanel findings={health.findings} score={health.score} deferred={windowed} />
        </aside>
      </div>
    </WindowingContext>
  );
}

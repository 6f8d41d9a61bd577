/**
 * One board on screen: the toolbar, the people tray, the outcomes (or the people view), the
 * parking lot and the health findings, all inside one drag-and-drop context. Cards get only what
 * they show, with stable identities, so a change re-renders only what it touched.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { boardHealth } from '../../shared/health';
import type { Activity, Board, Person, PersonId } from '../../shared/model';
import { HealthPanel } from '../health/HealthPanel';
import { ScoreSummary } from '../health/ScoreSummary';
import { useUiStore } from '../store/uiStore';
import { Notices } from '../app/Notices';
import { ActivityGrouping } from './activityGroups';
import { AddOutcome } from './AddOutcome';
import { BoardToolbar } from './BoardToolbar';
import { OutcomeCard } from './OutcomeCard';
import { ParkingLot } from './ParkingLot';
import { PeopleTray } from './PeopleTray';
import { PeopleView } from './PeopleView';
import { BoardDnd } from './dnd/BoardDnd';
import { useBoardShortcuts } from './useBoardShortcuts';
import './board.css';

const NO_ACTIVITIES: readonly Activity[] = [];

export function BoardScreen({ board }: { readonly board: Board }) {
  const [grouping] = useState(() => new ActivityGrouping());
  const health = useMemo(() => boardHealth(board), [board]);
  const peopleById = useMemo(() => new Map<PersonId, Person>(board.people.map((p) => [p.id, p])), [board.people]);
  const byContainer = useMemo(() => grouping.group(board.activities), [grouping, board.activities]);
  const zoom = useUiStore((s) => s.zoom);
  const presenting = useUiStore((s) => s.presenting);
  const view = useUiStore((s) => s.view);
  const layoutRef = useRef<HTMLDivElement>(null);
  useBoardShortcuts();
  useEffect(() => {
    // Everything is sized in rem, so presentation mode scales the whole page from the root.
    document.documentElement.classList.toggle('presenting', presenting);
  }, [presenting]);

  return (
    <div className={presenting ? 'board-screen board-screen--presenting' : 'board-screen'}>
      <header className="board-header">
        <div className="board-header__titles">
          <p className="board-header__app">Ownership Board</p>
          <h1 className="board-header__title">{board.title}</h1>
          {board.purpose && <p className="board-header__purpose">{board.purpose}</p>}
        </div>
        <ScoreSummary score={health.score} />
      </header>
      <BoardToolbar layoutRef={layoutRef} />
      <BoardDnd>
        <div ref={layoutRef} className="board-layout" style={{ zoom }}>
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
                    <li key={outcome.id} className="outcome-grid__cell">
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
            <HealthPanel findings={health.findings} />
          </aside>
        </div>
      </BoardDnd>
      <Notices />
    </div>
  );
}

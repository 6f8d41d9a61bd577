/**
 * One board on screen: the header with its health score, the people tray, the outcomes, the
 * parking lot and the health findings. Health is computed once per board change and handed down
 * by outcome, so each card gets only what it shows.
 */
import { useMemo } from 'react';
import { boardHealth } from '../../shared/health';
import type { Activity, Board, OutcomeId, Person, PersonId } from '../../shared/model';
import { HealthPanel } from '../health/HealthPanel';
import { ScoreSummary } from '../health/ScoreSummary';
import { OutcomeCard } from './OutcomeCard';
import { ParkingLot } from './ParkingLot';
import { PeopleTray } from './PeopleTray';
import './board.css';

const NO_ACTIVITIES: readonly Activity[] = [];

export function BoardScreen({ board }: { readonly board: Board }) {
  const health = useMemo(() => boardHealth(board), [board]);
  const peopleById = useMemo(() => new Map<PersonId, Person>(board.people.map((p) => [p.id, p])), [board.people]);
  const byContainer = useMemo(() => groupActivities(board.activities), [board.activities]);

  return (
    <div className="board-screen">
      <header className="board-header">
        <div className="board-header__titles">
          <p className="board-header__app">Ownership Board</p>
          <h1 className="board-header__title">{board.title}</h1>
          {board.purpose && <p className="board-header__purpose">{board.purpose}</p>}
        </div>
        <ScoreSummary score={health.score} />
      </header>
      <div className="board-layout">
        <PeopleTray people={board.people} outcomes={board.outcomes} activities={board.activities} />
        <main className="board-main" aria-label="Outcomes">
          {board.outcomes.length === 0 ? (
            <p className="board-empty">No outcomes yet. An outcome is a specific, measurable result, like “20 qualified opportunities per month”.</p>
          ) : (
            <ol className="outcome-grid" aria-label="Outcomes on this board">
              {board.outcomes.map((outcome) => {
                const outcomeHealth = health.outcomes.get(outcome.id);
                if (!outcomeHealth) return null;
                return (
                  <li key={outcome.id} className="outcome-grid__cell">
                    <OutcomeCard
                      outcome={outcome}
                      health={outcomeHealth}
                      owner={outcome.ownerId ? peopleById.get(outcome.ownerId) : undefined}
                      activities={byContainer.get(outcome.id) ?? NO_ACTIVITIES}
                      peopleById={peopleById}
                    />
                  </li>
                );
              })}
            </ol>
          )}
        </main>
        <aside className="board-side">
          <ParkingLot activities={byContainer.get(null) ?? NO_ACTIVITIES} peopleById={peopleById} />
          <HealthPanel findings={health.findings} />
        </aside>
      </div>
    </div>
  );
}

function groupActivities(activities: readonly Activity[]): Map<OutcomeId | null, Activity[]> {
  const groups = new Map<OutcomeId | null, Activity[]>();
  for (const activity of activities) {
    const group = groups.get(activity.outcomeId);
    if (group) group.push(activity);
    else groups.set(activity.outcomeId, [activity]);
  }
  return groups;
}

/**
 * A page per person: what they own (with its verdict and result) and what they are assigned, so
 * each participant can be handed their own sheet after the workshop.
 */
import { memo } from 'react';
import { formatResult } from '../../shared/health';
import { PARKING_LOT_NAME, type Activity, type Outcome, type OutcomeId, type Person } from '../../shared/model';
import { VerdictBadge } from '../health/VerdictBadge';
import { PersonSwatch } from './PersonSwatch';
import type { PrintModel } from './printModel';

const NO_OUTCOMES: readonly Outcome[] = [];
const NO_ACTIVITIES: readonly Activity[] = [];

const PersonSheet = memo(function PersonSheet({ person, model }: { readonly person: Person; readonly model: PrintModel }) {
  const owns = model.ownedBy.get(person.id) ?? NO_OUTCOMES;
  const assigned = model.assignedTo.get(person.id) ?? NO_ACTIVITIES;
  const outcomeTitle = (id: OutcomeId | null) => (id === null ? PARKING_LOT_NAME : (model.outcomesById.get(id)?.title ?? PARKING_LOT_NAME));
  return (
    <section className="print-section print-person" aria-label={person.name}>
      <header className="print-person__header">
        <PersonSwatch person={person} />
        <div>
          <h2 className="print-person__name">
            <bdi>{person.name}</bdi>
          </h2>
          {person.role.trim() !== '' && (
            <p className="print-muted">
              <bdi>{person.role}</bdi>
            </p>
          )}
        </div>
        {person.newToRole && <span className="print-tag">New to the role</span>}
      </header>
      <h3 className="print-subtitle">Owns ({owns.length})</h3>
      {owns.length === 0 ? (
        <p className="print-muted">Owns no outcome.</p>
      ) : (
        <ul className="print-owns">
          {owns.map((outcome) => {
            const health = model.health.outcomes.get(outcome.id);
            const result = formatResult(outcome);
            return (
              <li key={outcome.id} className="print-owns__item">
                <span className="print-owns__title">
                  <bdi>{outcome.title}</bdi>
                </span>
                {health && <VerdictBadge verdict={health.verdict} label={health.label} />}
                <span className="print-owns__result">{result === '' ? 'No measurable result' : result}</span>
              </li>
            );
          })}
        </ul>
      )}
      <h3 className="print-subtitle">Assigned ({assigned.length})</h3>
      {assigned.length === 0 ? (
        <p className="print-muted">No activities assigned.</p>
      ) : (
        <ul className="print-assignments">
          <li className="print-assignments__head" aria-hidden="true">
            <span />
            <span>Activity</span>
            <span>Serves</span>
          </li>
          {assigned.map((activity) => (
            <li key={activity.id} className={activity.done ? 'print-activity print-activity--done' : 'print-activity'}>
              <span className="print-activity__box" aria-hidden="true">
                {activity.done ? '☑' : '☐'}
              </span>
              <span className="print-activity__title">
                <bdi>{activity.title}</bdi>
              </span>
              <span className="print-assignments__outcome">
                <bdi>{outcomeTitle(activity.outcomeId)}</bdi>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

export function PrintPeople({ model }: { readonly model: PrintModel }) {
  if (model.board.people.length === 0) {
    return (
      <section className="print-section print-person">
        <h2 className="print-section__title">People</h2>
        <p className="print-muted">Nobody is on this board yet.</p>
      </section>
    );
  }
  return (
    <>
      {model.board.people.map((person) => (
        <PersonSheet key={person.id} person={person} model={model} />
      ))}
    </>
  );
}

/**
 * A page per person: what they own (with its verdict, result and where it stands) and what they
 * are assigned, so each participant can be handed their own sheet after the workshop.
 */
import { memo } from 'react';
import { formatResult, NO_TARGET_TO_MEASURE, progressText } from '../../shared/health';
import { PARKING_LOT_NAME, type Activity, type Outcome, type OutcomeId, type Person } from '../../shared/model';
import { VerdictBadge } from '../health/VerdictBadge';
import { PrintFinding } from './PrintHealth';
import { ActivityTitle } from './PrintMap';
import { PersonSwatch } from './PersonSwatch';
import { ResultMissed } from './ResultMissed';
import { RunningSheet } from './RunningSheet';
import type { PrintModel } from './printModel';

const NO_OUTCOMES: readonly Outcome[] = [];
const NO_ACTIVITIES: readonly Activity[] = [];
/** The assignments' column headers, each sized as its column (print.css; the first is the tick box's). */
const ASSIGNMENT_COLUMNS = (
  <>
    <span className="print-assignments__head-box" />
    <span className="print-assignments__head-activity">Activity</span>
    <span className="print-assignments__head-serves">Serves</span>
  </>
);

const PersonSheet = memo(function PersonSheet({ person, model }: { readonly person: Person; readonly model: PrintModel }) {
  const owns = model.ownedBy.get(person.id) ?? NO_OUTCOMES;
  const assigned = model.assignedTo.get(person.id) ?? NO_ACTIVITIES;
  const warnings = model.health.findings.filter((finding) => finding.personId === person.id && finding.severity === 'warning');
  const outcomeTitle = (id: OutcomeId | null) => (id === null ? PARKING_LOT_NAME : (model.outcomesById.get(id)?.title ?? PARKING_LOT_NAME));
  return (
    <section className="print-section print-person" aria-label={person.name}>
      <RunningSheet
        head={
          <>
            <bdi>{person.name}</bdi>
            {person.role.trim() !== '' && (
              <>
                {' · '}
                <bdi>{person.role}</bdi>
              </>
            )}
          </>
        }
      >
        <header className="print-person__header">
          <PersonSwatch person={person} />
          <div>
            <h3 className="print-person__name">
              <bdi>{person.name}</bdi>
            </h3>
            {person.role.trim() !== '' && (
              <p className="print-muted">
                <bdi>{person.role}</bdi>
              </p>
            )}
          </div>
          {person.newToRole && <span className="print-tag">New to the role</span>}
        </header>
        {/* What the health check warns of this person (the owner of too many; new to the role and
            holding one with full authority), on the sheet handed to them, as the People view shows
            it. (Its note, "is not the owner of any outcome", the sheet says below.) */}
        {warnings.length > 0 && (
          <ul className="print-findings__list" aria-label={`Warnings for ${person.name}`}>
            {warnings.map((finding, index) => (
              <PrintFinding key={`${finding.kind}-${String(index)}`} finding={finding} />
            ))}
          </ul>
        )}
        {/* Not headings: the outline (built from the headings) lists the people, not "As owner" and "Assigned" under each. */}
        <p className="print-subtitle">As owner ({owns.length})</p>
        {owns.length === 0 ? (
          <p className="print-muted">No outcome.</p>
        ) : (
          <ul className="print-owns">
            {owns.map((outcome) => {
              const health = model.health.outcomes.get(outcome.id);
              const result = formatResult(outcome);
              const standing = progressText(outcome, health);
              return (
                <li key={outcome.id} className="print-owns__item">
                  <span className="print-owns__title">
                    <bdi>{outcome.title}</bdi>
                  </span>
                  {health && <VerdictBadge verdict={health.verdict} label={health.label} />}
                  {/* Where it stands too: the sheet is handed to its owner alone, without the map (a value measured without a target as well). */}
                  <span className="print-owns__result">{standing === NO_TARGET_TO_MEASURE ? 'No measurable result' : `${result || 'No measurable result'} · Current: ${standing}`}</span>
                  {health?.tasksDoneResultMissed === true && <ResultMissed />}
                </li>
              );
            })}
          </ul>
        )}
        <p className="print-subtitle">Assigned ({assigned.length})</p>
        {assigned.length === 0 ? (
          <p className="print-muted">No activities assigned.</p>
        ) : (
          // The column headers over the rows on every page they run onto, under the sheet's head.
          <RunningSheet head={ASSIGNMENT_COLUMNS} headClass="print-assignments__head">
            <ul className="print-assignments">
              {assigned.map((activity) => (
                <li key={activity.id} className={activity.done ? 'print-activity print-activity--done' : 'print-activity'}>
                  <ActivityTitle activity={activity} />
                  <span className="print-assignments__outcome">
                    <bdi>{outcomeTitle(activity.outcomeId)}</bdi>
                  </span>
                </li>
              ))}
            </ul>
          </RunningSheet>
        )}
      </RunningSheet>
    </section>
  );
});

/**
 * The people's pages under one "People" heading, as the map's outcomes are under "The map", so the
 * PDF's outline and a screen reader's list of headings have the section with each person in it.
 * Each sheet has the person's name as its title, so over the first one the section's heading is a
 * small line (printed all the same: Chromium leaves a heading it does not paint out of the outline).
 */
export function PrintPeople({ model }: { readonly model: PrintModel }) {
  const nobody = model.board.people.length === 0;
  return (
    <section className="print-section print-people" aria-labelledby="print-people-title">
      <h2 id="print-people-title" className={nobody ? 'print-section__title' : 'print-people__title'}>
        People
      </h2>
      {nobody ? (
        <p className="print-muted">Nobody is on this board yet.</p>
      ) : (
        model.board.people.map((person) => <PersonSheet key={person.id} person={person} model={model} />)
      )}
    </section>
  );
}

/**
 * The board seen by person: the outcomes each one is the owner of and the activities they are
 * assigned, with the load warnings from the health check. Answers "is anyone holding too much, or
 * nothing?".
 */
import { memo, useMemo } from 'react';
import { progressText, TASKS_DONE_RESULT_MISSED, type BoardHealth } from '../../shared/health';
import { activitiesInMapOrder, groupBy, type Activity, type Board, type Person, type PersonId } from '../../shared/model';
import { VerdictBadge } from '../health/VerdictBadge';
import { PersonAvatar } from './PersonAvatar';

/**
 * "Account Executive · new to the role", "Head of Sales", or "New to the role" for someone with
 * no role: the separator only stands between two things. The role is isolated (<bdi>), as on the
 * PDF's page of the person: a right-to-left one put "· new to the role" before it.
 */
function RoleLine({ person }: { readonly person: Person }) {
  const role = person.role.trim();
  if (role === '') return person.newToRole ? 'New to the role' : '';
  return (
    <>
      <bdi>{role}</bdi>
      {person.newToRole && ' · new to the role'}
    </>
  );
}

/**
 * One of a person's activities, and the outcome it serves ("for Outbound pipeline"), as the PDF's
 * page of the person has it beside each row: a task is there for a result, and a person's load
 * read as bare tasks did not say which results they work towards, or that one serves none yet. A
 * done one is ticked and struck through, as on the board and the PDF, and said to be done; the
 * wall showed done and not done alike. The titles are isolated (<bdi>): an Arabic title ending in
 * "20%" carried its "%" to the line's far end.
 */
function AssignedActivity({ activity, serves }: { readonly activity: Activity; readonly serves: string | null }) {
  return (
    <li className={activity.done ? 'people-view__done' : undefined}>
      <bdi>{activity.title}</bdi>
      {activity.done && <span className="visually-hidden"> (done)</span>}
      <span className="people-view__serves muted">
        {serves === null ? (
          ' in the parking lot, for no outcome yet'
        ) : (
          <>
            {' for '}
            <bdi>{serves}</bdi>
          </>
        )}
      </span>
    </li>
  );
}

interface PeopleViewProps {
  readonly board: Board;
  readonly health: BoardHealth;
  /**
   * Hidden behind the board (hiddenView.ts): it stays as it was, not rendered again for each
   * change on the board (a drop would list 1,500 activities again), and catches up when shown.
   */
  readonly frozen?: boolean;
}

const NONE: readonly never[] = [];

const unchanged = (before: PeopleViewProps, after: PeopleViewProps) => after.frozen === true || (before.board === after.board && before.health === after.health);

export const PeopleView = memo(function PeopleView({ board, health }: PeopleViewProps) {
  const rows = useMemo(() => {
    // Each list built in one pass: a person's items added to a copy of their list, or the findings
    // filtered once a person, took time in the square of the board's size (5,000 people: 25 million
    // findings looked at).
    const owns = groupBy(board.outcomes, (outcome) => (outcome.ownerId ? [outcome.ownerId] : []));
    const assigned = groupBy(activitiesInMapOrder(board), (activity): readonly PersonId[] => activity.assigneeIds);
    const warnings = groupBy(health.findings, (finding) => (finding.personId ? [finding.personId] : []));
    const outcomeTitles = new Map(board.outcomes.map((outcome) => [outcome.id, outcome.title]));
    const serves = (activity: Activity) => (activity.outcomeId === null ? null : (outcomeTitles.get(activity.outcomeId) ?? null));
    return board.people.map((person) => ({
      person,
      owns: owns.get(person.id) ?? NONE,
      assigned: (assigned.get(person.id) ?? NONE).map((activity) => ({ activity, serves: serves(activity) })),
      warnings: warnings.get(person.id) ?? NONE,
    }));
  }, [board, health]);

  return (
    <main className="board-main people-view" aria-label="People view">
      <ul className="people-view__list">
        {rows.map(({ person, owns, assigned, warnings }) => (
          <li key={person.id}>
            <section className="people-view__card" aria-label={person.name}>
              <header className="people-view__header">
                <PersonAvatar person={person} />
                <div>
                  <h2 className="people-view__name">
                    <bdi>{person.name}</bdi>
                  </h2>
                  <p className="muted">
                    <RoleLine person={person} />
                  </p>
                </div>
              </header>
              <h3>As owner ({owns.length})</h3>
              {owns.length === 0 ? (
                <p className="muted">No outcome.</p>
              ) : (
                // Each with its verdict and where it stands, as on the person's page of the PDF:
                // owning an outcome without the authority over it is not ownership, whether its
                // result is met is what the owner answers for, and all tasks done for a missed
                // result is the method's alarm.
                <ul className="people-view__items people-view__owns">
                  {owns.map((outcome) => {
                    const verdict = health.outcomes.get(outcome.id);
                    return (
                      <li key={outcome.id}>
                        <span className="people-view__outcome" dir="auto">
                          {outcome.title}
                        </span>
                        <span className="people-view__standing muted">{progressText(outcome, verdict)}</span>
                        {verdict && <VerdictBadge verdict={verdict.verdict} label={verdict.label} />}
                        {verdict?.tasksDoneResultMissed === true && <span className="people-view__alarm">{TASKS_DONE_RESULT_MISSED}</span>}
                      </li>
                    );
                  })}
                </ul>
              )}
              <h3>Assigned ({assigned.length})</h3>
              {assigned.length === 0 ? <p className="muted">No activity.</p> : <ul className="people-view__items">{assigned.map(({ activity, serves }) => <AssignedActivity key={activity.id} activity={activity} serves={serves} />)}</ul>}
              {warnings.length > 0 && (
                // Named for both kinds it holds: "Load warnings for Leo Fischer" was heard before a
                // list whose one item said "Note".
                <ul className="findings" aria-label={`Load warnings and notes for ${person.name}`}>
                  {warnings.map((finding, i) => (
                    // Warning or note in words, as in the health check: not by the bar's colour alone.
                    <li key={`${finding.kind}-${i}`} className={`finding finding--${finding.severity}`}>
                      <span className="finding__severity">{finding.severity === 'warning' ? 'Warning' : 'Note'}</span>
                      <span>{finding.message}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </li>
        ))}
      </ul>
    </main>
  );
}, unchanged);

/**
 * The board seen by person: the outcomes each one is the owner of and the activities they are
 * assigned, with the load warnings from the health check. Answers "is anyone holding too much, or
 * nothing?". An outcome someone owns takes you to its card on the board, as a finding does.
 */
import { memo, useMemo } from 'react';
import { progressText, TASKS_DONE_RESULT_MISSED, type BoardHealth } from '../../shared/health';
import { activitiesInMapOrder, groupBy, type Activity, type Board, type Outcome, type OutcomeId, type Person, type PersonId } from '../../shared/model';
import { VerdictBadge } from '../health/VerdictBadge';
import { PersonAvatar } from './PersonAvatar';
import { showOutcome } from './showOnBoard';

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
 * One of a person's activities: a done one ticked and struck through, as on the board and the PDF's
 * page of the person, and said to be done; the wall showed done and not done alike. The title is
 * isolated (<bdi>) either way: an Arabic title ending in "20%" carried its "%" to the line's far end.
 */
function AssignedActivity({ activity }: { readonly activity: Activity }) {
  if (!activity.done) {
    return (
      <li>
        <bdi>{activity.title}</bdi>
      </li>
    );
  }
  return (
    <li className="people-view__done">
      <bdi>{activity.title}</bdi>
      <span className="visually-hidden"> (done)</span>
    </li>
  );
}

/** A person's activities that serve one outcome (`outcome` null: the parking lot's), in the map's order. */
interface ServingGroup {
  readonly outcome: Outcome | null;
  readonly activities: readonly Activity[];
}

/**
 * A person's activities under the outcome each serves ("For Outbound pipeline"), or "In the
 * parking lot, for no outcome yet", as the PDF's page of the person has the outcome beside each
 * row: a task is there for a result, and a load read as bare tasks did not say which results
 * someone works towards, or that one serves none yet. `activities` in the map's order, each
 * outcome's together (activitiesInMapOrder).
 */
function servingGroups(activities: readonly Activity[], outcomes: ReadonlyMap<OutcomeId, Outcome>): ServingGroup[] {
  const groups: { outcome: Outcome | null; activities: Activity[] }[] = [];
  for (const activity of activities) {
    const outcome = activity.outcomeId === null ? null : (outcomes.get(activity.outcomeId) ?? null);
    const last = groups.at(-1);
    if (last?.outcome === outcome) last.activities.push(activity);
    else groups.push({ outcome, activities: [activity] });
  }
  return groups;
}

function AssignedList({ groups }: { readonly groups: readonly ServingGroup[] }) {
  return (
    <ul className="people-view__groups">
      {groups.map(({ outcome, activities }) => (
        <li key={outcome?.id ?? 'parking-lot'}>
          <p className="people-view__serves muted">
            {outcome === null ? (
              'In the parking lot, for no outcome yet'
            ) : (
              <>
                For <bdi>{outcome.title}</bdi>
              </>
            )}
          </p>
          <ul className="people-view__items">
            {activities.map((activity) => (
              <AssignedActivity key={activity.id} activity={activity} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/**
 * About how tall a person's card is (rem) until it is first laid out (content-visibility, board.css):
 * its head, a line or two an outcome owned, a line a group's heading and an activity, and two or
 * three a finding. Near enough that a card scrolled to, or found, is where the page put it: with one
 * height for all, the cards laid out on the way grew by hundreds of pixels each, and pushed it out
 * of the window again.
 */
const estimatedHeight = (owns: number, groups: readonly ServingGroup[], warnings: number) =>
  8 + owns * 3.5 + groups.reduce((lines, group) => lines + 1.4 + group.activities.length * 2, 0) + warnings * 3.5;

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
    const outcomes = new Map(board.outcomes.map((outcome) => [outcome.id, outcome]));
    return board.people.map((person) => {
      const ownsOf = owns.get(person.id) ?? NONE;
      const assignedTo = assigned.get(person.id) ?? NONE;
      const groups = servingGroups(assignedTo, outcomes);
      const warningsOf = warnings.get(person.id) ?? NONE;
      return { person, owns: ownsOf, assigned: groups, assignedCount: assignedTo.length, warnings: warningsOf, height: estimatedHeight(ownsOf.length, groups, warningsOf.length) };
    });
  }, [board, health]);

  return (
    <main className="board-main people-view" aria-label="People view">
      <ul className="people-view__list">
        {rows.map(({ person, owns, assigned, assignedCount, warnings, height }) => (
          <li key={person.id}>
            <section className="people-view__card" aria-label={person.name} style={{ containIntrinsicBlockSize: `auto ${String(height)}rem` }}>
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
                        {/* To the card, where its owner, authority and result are settled. */}
                        <button type="button" className="people-view__outcome" dir="auto" onClick={() => { showOutcome(outcome.id); }}>
                          {outcome.title}
                        </button>
                        <span className="people-view__standing muted">{progressText(outcome, verdict)}</span>
                        {verdict && <VerdictBadge verdict={verdict.verdict} label={verdict.label} />}
                        {verdict?.tasksDoneResultMissed === true && <span className="people-view__alarm">{TASKS_DONE_RESULT_MISSED}</span>}
                      </li>
                    );
                  })}
                </ul>
              )}
              <h3>Assigned ({assignedCount})</h3>
              {assigned.length === 0 ? <p className="muted">No activity.</p> : <AssignedList groups={assigned} />}
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

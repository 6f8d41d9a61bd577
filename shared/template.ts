/**
 * A board as a template: what the library's "Copy as template" makes. A facilitator who runs the
 * same workshop for a second team keeps what describes the results and the work (the outcomes,
 * their metric, target, unit, period, direction, revenue-critical mark and notes; the activities,
 * in their outcomes and order, and the parking lot's) and starts without what belonged to the
 * first team: its people, who owned what, their authority, who was assigned what, what was done,
 * and where each result stood. Cleared by hand that was some twenty-five steps.
 *
 * Pure: no storage, no DOM. The library saves what it returns (renderer/db/library.ts).
 */
import { randomId, newActivityId, newOutcomeId, type IdFactory } from './ids';
import { NO_AUTHORITY, titleWithSuffix, type Activity, type Board, type BoardId, type IsoDateTime, type Outcome, type OutcomeId } from './model';

/** What a template's title ends with, as a duplicate's ends with " (copy)". */
export const TEMPLATE_SUFFIX = ' (template)';

/**
 * `board` as a template, with the id `newId`, made `now`: "Team A workshop (template)", the
 * original's title shortened to leave room as a duplicate's is; its purpose kept.
 *
 * Every outcome and activity gets a fresh id (from `makeId`). A duplicate keeps them (they are
 * scoped by board), but a template is the start of another team's board, and nothing in it should
 * point back at the first team's: an activity's outcome is its outcome's new id. An activity whose
 * outcome is not on the board (never saved so; the map shows it in the parking lot) is parked.
 *
 * Each outcome and activity is written out field by field, not spread from the original: a field
 * added to the model later (a second person's role on an outcome, say) does not ride along into a
 * template unnoticed. The compiler asks whoever adds one to decide here whether a template keeps it.
 */
export function templateOf(board: Board, newId: BoardId, now: IsoDateTime, makeId: IdFactory = randomId): Board {
  const outcomeIds = new Map<OutcomeId, OutcomeId>(board.outcomes.map((outcome) => [outcome.id, newOutcomeId(makeId)]));
  const outcomes = board.outcomes.map(
    (outcome): Outcome => ({
      id: outcomeIds.get(outcome.id) ?? newOutcomeId(makeId),
      title: outcome.title,
      metric: outcome.metric,
      target: outcome.target,
      unit: outcome.unit,
      period: outcome.period,
      current: null,
      direction: outcome.direction,
      revenueCritical: outcome.revenueCritical,
      ownerId: null,
      authority: NO_AUTHORITY,
      notes: outcome.notes,
    }),
  );
  const activities = board.activities.map(
    (activity): Activity => ({
      id: newActivityId(makeId),
      title: activity.title,
      outcomeId: activity.outcomeId === null ? null : (outcomeIds.get(activity.outcomeId) ?? null),
      assigneeIds: [],
      done: false,
    }),
  );
  // No origin: a template is the start of another team's map, not a version of this one (compared
  // with it, every owner, tick and current value would read as taken away).
  return {
    id: newId,
    title: titleWithSuffix(board.title, TEMPLATE_SUFFIX),
    purpose: board.purpose,
    createdAt: now,
    updatedAt: now,
    people: [],
    outcomes,
    activities,
  };
}

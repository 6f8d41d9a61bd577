/**
 * What the print view shows, worked out once from the board: each outcome's owner and activities,
 * each person's outcomes and assignments, and the health check. One pass over each list, because a
 * large workshop prints thousands of activities and the PDF window should be ready in a blink.
 */
import { boardHealth, type BoardHealth } from '../../shared/health';
import { activitiesInMapOrder, groupBy, type Activity, type Board, type Outcome, type OutcomeId, type Person, type PersonId } from '../../shared/model';

export interface PrintModel {
  readonly board: Board;
  readonly health: BoardHealth;
  readonly peopleById: ReadonlyMap<PersonId, Person>;
  readonly outcomesById: ReadonlyMap<OutcomeId, Outcome>;
  /** Activities per outcome in board order; the key null is the parking lot. */
  readonly activitiesByOutcome: ReadonlyMap<OutcomeId | null, readonly Activity[]>;
  readonly ownedBy: ReadonlyMap<PersonId, readonly Outcome[]>;
  readonly assignedTo: ReadonlyMap<PersonId, readonly Activity[]>;
}

export function printModel(board: Board): PrintModel {
  const peopleById = new Map<PersonId, Person>();
  for (const person of board.people) if (!peopleById.has(person.id)) peopleById.set(person.id, person);
  const outcomesById = new Map<OutcomeId, Outcome>(board.outcomes.map((outcome) => [outcome.id, outcome]));

  const activitiesByOutcome = groupBy(board.activities, (activity) => [activity.outcomeId]);
  // A person's page lists what they are assigned as the map does: by outcome, then the parking lot.
  const assignedTo = groupBy(activitiesInMapOrder(board), (activity): readonly PersonId[] => activity.assigneeIds);
  const ownedBy = groupBy(board.outcomes, (outcome) => (outcome.ownerId === null ? [] : [outcome.ownerId]));

  return { board, health: boardHealth(board), peopleById, outcomesById, activitiesByOutcome, ownedBy, assignedTo };
}

/** ["Maya Chen", "Leo Fischer"]; people no longer on the board are left out. */
export function namesOf(ids: readonly PersonId[], peopleById: ReadonlyMap<PersonId, Person>): string[] {
  return ids.map((id) => peopleById.get(id)?.name).filter((name): name is string => name !== undefined);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "14 March 2026": one unambiguous form for every reader of a handed-out map (03/04 means two
 * different days on either side of the Atlantic), on this computer's calendar. Unreadable dates
 * print as they are stored. Written out here, as Intl's en-GB long date writes it: in the fresh
 * window a PDF is made in, the first Intl.DateTimeFormat loads the browser's date data, 30–40 ms
 * of the print view's start on the large board (a CPU profile), for one fixed form.
 */
export function printDate(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : `${String(date.getDate())} ${MONTHS[date.getMonth()] ?? ''} ${String(date.getFullYear())}`;
}

/**
 * "2026-03-14" on this computer's calendar, as in the exported file names: a browser offers the
 * page title as the PDF's file name, so the PDF is named like the JSON file beside it.
 */
export function fileDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The board shown on first run. It is a teaching board: its four outcomes give each of the four
 * verdicts once, and one outcome has all its tasks done while the result is missed, so a new
 * facilitator sees every answer the three questions can give before building a board of their own.
 */
import type { IdFactory } from './ids';
import {
  FULL_AUTHORITY,
  NO_AUTHORITY,
  initialsOf,
  personColourAt,
  type Activity,
  type ActivityId,
  type Authority,
  type Board,
  type BoardId,
  type Outcome,
  type OutcomeId,
  type Person,
  type PersonId,
} from './model';

export const SAMPLE_BOARD_TITLE = 'Revenue ownership workshop (sample)';

export const SAMPLE_BOARD_PURPOSE =
  'Sample board: who owns each revenue outcome, and with what authority? ' +
  'Drag activities into the outcomes they serve and give every outcome one owner.';

const DEFAULT_NOW = '2026-01-01T00:00:00.000Z';

/**
 * Ids are readable by default ("sample-person-maya") so a saved sample is easy to recognise in a
 * file; with `makeId` every entity gets a fresh id, so a second sample never collides with a first.
 */
export function createSampleBoard(options?: { readonly makeId?: IdFactory; readonly now?: string }): Board {
  const makeId = options?.makeId;
  const now = options?.now ?? DEFAULT_NOW;
  const id = (readable: string): string => (makeId === undefined ? `sample-${readable}` : makeId());

  const boardId = id('board') as BoardId;

  const person = (key: string, name: string, role: string, index: number, newToRole = false): Person => ({
    id: id(`person-${key}`) as PersonId,
    name,
    role,
    newToRole,
    colour: personColourAt(index),
    initials: initialsOf(name),
  });
  const maya = person('maya', 'Maya Chen', 'Head of Sales', 0);
  const leo = person('leo', 'Leo Fischer', 'Marketing Lead', 1);
  const priya = person('priya', 'Priya Nair', 'RevOps Manager', 2);
  const sam = person('sam', 'Sam Okafor', 'Account Executive', 3, true);

  const outcome = (
    key: string,
    fields: Omit<Outcome, 'id' | 'direction' | 'notes' | 'authority'> & {
      readonly authority?: Authority;
      readonly notes?: string;
    },
  ): Outcome => ({
    id: id(`outcome-${key}`) as OutcomeId,
    direction: 'at-least',
    notes: '',
    authority: NO_AUTHORITY,
    ...fields,
  });

  // Owned: a measurable result, one accountable owner, and the authority to decide how.
  const pipeline = outcome('pipeline', {
    title: 'Outbound pipeline',
    metric: 'Qualified opportunities created',
    target: 20,
    unit: 'qualified opportunities',
    period: 'per month',
    current: 14,
    revenueCritical: true,
    ownerId: maya.id,
    authority: FULL_AUTHORITY,
    notes: 'Maya decides channels and budget for outbound.',
  });
  // Nobody owns it — and its one task is done while the result is missed.
  const deals = outcome('deals', {
    title: 'Deals closed',
    metric: 'New deals closed',
    target: 12,
    unit: 'deals',
    period: 'per quarter',
    current: 5,
    revenueCritical: true,
    ownerId: null,
  });
  // Task, not an outcome: nothing to count, so nothing to reach.
  const proposal = outcome('proposal', {
    title: 'Write the proposal',
    metric: '',
    target: null,
    unit: '',
    period: '',
    current: null,
    revenueCritical: false,
    ownerId: null,
  });
  // Task assignment, not ownership: a named owner who can't decide anything about how.
  const forecast = outcome('forecast', {
    title: 'Forecast accuracy',
    metric: 'Quarters forecast within 10% of actual',
    target: 90,
    unit: '%',
    period: 'per quarter',
    current: 75,
    revenueCritical: false,
    ownerId: priya.id,
    authority: NO_AUTHORITY,
  });

  const activity = (
    key: string,
    title: string,
    outcomeId: OutcomeId | null,
    assignees: readonly Person[],
    done = false,
  ): Activity => ({
    id: id(`activity-${key}`) as ActivityId,
    title,
    outcomeId,
    assigneeIds: assignees.map((assignee) => assignee.id),
    done,
  });

  return {
    id: boardId,
    title: SAMPLE_BOARD_TITLE,
    purpose: SAMPLE_BOARD_PURPOSE,
    createdAt: now,
    updatedAt: now,
    people: [maya, leo, priya, sam],
    outcomes: [pipeline, deals, proposal, forecast],
    activities: [
      // A shared task: activities may have several assignees; outcomes never do.
      activity('campaign', 'Run the campaign', pipeline.id, [leo, sam]),
      activity('calls', 'Schedule the calls', pipeline.id, [sam]),
      activity('proposal', 'Write the proposal', deals.id, [maya], true),
      activity('crm', 'Update the CRM', null, [priya]),
    ],
  };
}

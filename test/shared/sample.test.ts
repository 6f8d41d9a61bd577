// The first-run board teaches the method by example: every verdict once, and tasks done while the
// result is missed. These tests pin the texts a facilitator will read out, and that it is whole.
import { describe, it, expect } from 'vitest';
import { boardHealth, outcomeHealth, type Verdict } from '../../shared/health';
import { sequentialIds } from '../../shared/ids';
import {
  FULL_AUTHORITY,
  LIMITS,
  NO_AUTHORITY,
  PERSON_COLOURS,
  initialsOf,
  type Activity,
  type Board,
  type Outcome,
  type Person,
} from '../../shared/model';
import { SAMPLE_BOARD_TITLE, createSampleBoard } from '../../shared/sample';

function byName(board: Board, name: string): Person {
  const found = board.people.find((person) => person.name === name);
  if (found === undefined) throw new Error(`No ${name} on the sample board`);
  return found;
}

function outcomeTitled(board: Board, title: string): Outcome {
  const found = board.outcomes.find((outcome) => outcome.title === title);
  if (found === undefined) throw new Error(`No outcome "${title}" on the sample board`);
  return found;
}

function activityTitled(board: Board, title: string): Activity {
  const found = board.activities.find((activity) => activity.title === title);
  if (found === undefined) throw new Error(`No activity "${title}" on the sample board`);
  return found;
}

const namesOf = (board: Board, activity: Activity): string[] =>
  activity.assigneeIds.map((id) => board.people.find((person) => person.id === id)?.name ?? '(missing)');

/** Every id on the board: its own, then people, outcomes and activities. */
const idsOf = (board: Board): string[] => [
  board.id,
  ...board.people.map((person) => person.id),
  ...board.outcomes.map((outcome) => outcome.id),
  ...board.activities.map((activity) => activity.id),
];

/** Everything a loaded board must satisfy: unique ids, every reference resolving, sane values. */
function expectStructurallyValid(board: Board): void {
  const ids = idsOf(board);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).not.toBe('');

  const people = new Set<string>(board.people.map((person) => person.id));
  const outcomes = new Set<string>(board.outcomes.map((outcome) => outcome.id));

  expect(board.title.length).toBeLessThanOrEqual(LIMITS.titleLength);
  expect(Number.isNaN(Date.parse(board.createdAt))).toBe(false);
  expect(Number.isNaN(Date.parse(board.updatedAt))).toBe(false);

  for (const person of board.people) {
    expect(person.name.trim()).not.toBe('');
    expect(person.name.length).toBeLessThanOrEqual(LIMITS.nameLength);
    expect(person.role.length).toBeLessThanOrEqual(LIMITS.roleLength);
    expect(person.colour).toMatch(/^#[0-9a-f]{6}$/u);
    expect(PERSON_COLOURS).toContain(person.colour);
    expect(person.initials).toBe(initialsOf(person.name));
  }
  for (const outcome of board.outcomes) {
    expect(outcome.title.trim()).not.toBe('');
    if (outcome.ownerId !== null) expect(people.has(outcome.ownerId)).toBe(true);
    if (outcome.target !== null) expect(Number.isFinite(outcome.target)).toBe(true);
    if (outcome.current !== null) expect(Number.isFinite(outcome.current)).toBe(true);
    for (const text of [outcome.metric, outcome.unit, outcome.period]) {
      expect(text.length).toBeLessThanOrEqual(LIMITS.shortTextLength);
    }
    expect(outcome.notes.length).toBeLessThanOrEqual(LIMITS.notesLength);
  }
  for (const activity of board.activities) {
    expect(activity.title.trim()).not.toBe('');
    if (activity.outcomeId !== null) expect(outcomes.has(activity.outcomeId)).toBe(true);
    expect(new Set(activity.assigneeIds).size).toBe(activity.assigneeIds.length);
    expect(activity.assigneeIds.length).toBeLessThanOrEqual(LIMITS.assigneesPerActivity);
    for (const assignee of activity.assigneeIds) expect(people.has(assignee)).toBe(true);
  }
}

describe('the sample board', () => {
  const board = createSampleBoard();

  it('is titled as a sample, with a purpose in workshop words', () => {
    expect(board.title).toBe('Revenue ownership workshop (sample)');
    expect(SAMPLE_BOARD_TITLE).toBe(board.title);
    expect(board.purpose).toBe(
      'Sample board: who owns each revenue outcome, and with what authority? ' +
        'Drag activities into the outcomes they serve and give every outcome one owner.',
    );
  });

  it('is dated 1 January 2026 unless told otherwise', () => {
    expect(board.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(board.updatedAt).toBe('2026-01-01T00:00:00.000Z');
    const later = createSampleBoard({ now: '2026-11-28T09:30:00.000Z' });
    expect(later.createdAt).toBe('2026-11-28T09:30:00.000Z');
    expect(later.updatedAt).toBe('2026-11-28T09:30:00.000Z');
  });

  it('has four people, one of them new to the role', () => {
    const chips = board.people.map(({ name, role, newToRole, colour, initials }) => ({
      name,
      role,
      newToRole,
      colour,
      initials,
    }));
    expect(chips).toEqual([
      { name: 'Maya Chen', role: 'Head of Sales', newToRole: false, colour: PERSON_COLOURS[0], initials: 'MC' },
      { name: 'Leo Fischer', role: 'Marketing Lead', newToRole: false, colour: PERSON_COLOURS[1], initials: 'LF' },
      { name: 'Priya Nair', role: 'RevOps Manager', newToRole: false, colour: PERSON_COLOURS[2], initials: 'PN' },
      { name: 'Sam Okafor', role: 'Account Executive', newToRole: true, colour: PERSON_COLOURS[3], initials: 'SO' },
    ]);
  });

  it('has its four outcomes in order', () => {
    expect(board.outcomes.map((outcome) => outcome.title)).toEqual([
      'Outbound pipeline',
      'Deals closed',
      'Write the proposal',
      'Forecast accuracy',
    ]);
  });

  it('Outbound pipeline: a measurable result Maya owns with full authority', () => {
    const { id: _id, ...pipeline } = outcomeTitled(board, 'Outbound pipeline');
    expect(pipeline).toEqual({
      title: 'Outbound pipeline',
      metric: 'Qualified opportunities created',
      target: 20,
      unit: 'qualified opportunities',
      period: 'per month',
      current: 14,
      direction: 'at-least',
      revenueCritical: true,
      ownerId: byName(board, 'Maya Chen').id,
      authority: FULL_AUTHORITY,
      notes: 'Maya decides channels and budget for outbound.',
    });
  });

  it('Deals closed: a measurable, revenue-critical result nobody owns', () => {
    expect(outcomeTitled(board, 'Deals closed')).toMatchObject({
      metric: 'New deals closed',
      target: 12,
      unit: 'deals',
      period: 'per quarter',
      current: 5,
      revenueCritical: true,
      ownerId: null,
    });
  });

  it('Write the proposal: nothing to count, nobody owning it', () => {
    expect(outcomeTitled(board, 'Write the proposal')).toMatchObject({
      metric: '',
      target: null,
      current: null,
      ownerId: null,
    });
  });

  it('Forecast accuracy: Priya is named but holds no authority', () => {
    expect(outcomeTitled(board, 'Forecast accuracy')).toMatchObject({
      metric: 'Quarters forecast within 10% of actual',
      target: 90,
      unit: '%',
      period: 'per quarter',
      current: 75,
      ownerId: byName(board, 'Priya Nair').id,
      authority: NO_AUTHORITY,
    });
  });

  it('shows every verdict, one per outcome', () => {
    const verdicts = board.outcomes.map((outcome) => [outcome.title, outcomeHealth(board, outcome).verdict]);
    expect(verdicts).toEqual([
      ['Outbound pipeline', 'owned'],
      ['Deals closed', 'nobody-owns'],
      ['Write the proposal', 'task-not-outcome'],
      ['Forecast accuracy', 'task-assignment'],
    ] satisfies [string, Verdict][]);
  });

  it('reads its reasons out in workshop words', () => {
    const reasons = board.outcomes.map((outcome) => outcomeHealth(board, outcome).reason);
    expect(reasons).toEqual([
      'Maya Chen owns it: a measurable result, one accountable person, and the authority to decide how.',
      'Nobody is accountable for it.',
      'No metric: what will be counted? No target: how many, by when?',
      "Priya Nair can't decide how it is pursued, prioritise resources or choose approaches.",
    ]);
  });

  it('has its activities in order, with who does them and whether they are done', () => {
    const servedBy = (activity: Activity): string | null =>
      activity.outcomeId === null
        ? null
        : (board.outcomes.find((outcome) => outcome.id === activity.outcomeId)?.title ?? '(missing)');
    const rows = board.activities.map((activity) => [
      activity.title,
      servedBy(activity),
      namesOf(board, activity),
      activity.done,
    ]);
    expect(rows).toEqual([
      ['Run the campaign', 'Outbound pipeline', ['Leo Fischer', 'Sam Okafor'], false],
      ['Schedule the calls', 'Outbound pipeline', ['Sam Okafor'], false],
      ['Write the proposal', 'Deals closed', ['Maya Chen'], true],
      ['Update the CRM', null, ['Priya Nair'], false],
    ]);
  });

  it('shares one task between two people — tasks may be shared, outcomes never', () => {
    expect(namesOf(board, activityTitled(board, 'Run the campaign'))).toEqual(['Leo Fischer', 'Sam Okafor']);
  });

  it('keeps one activity in the parking lot', () => {
    expect(board.activities.filter((activity) => activity.outcomeId === null).map((a) => a.title)).toEqual([
      'Update the CRM',
    ]);
  });

  it('shows tasks done while the result is missed on Deals closed', () => {
    const health = boardHealth(board).outcomes.get(outcomeTitled(board, 'Deals closed').id);
    expect(health).toMatchObject({ activityCount: 1, doneCount: 1, resultMet: false, tasksDoneResultMissed: true });
  });

  it('produces exactly these findings', () => {
    expect(boardHealth(board).findings).toEqual([
      {
        kind: 'not-owned',
        severity: 'warning',
        message: '3 of 4 outcomes are not owned yet: Deals closed (nobody owns it), Write the proposal (task, not an outcome) and Forecast accuracy (task assignment, not ownership).',
        outcomeId: outcomeTitled(board, 'Deals closed').id,
      },
      {
        kind: 'tasks-done-result-missed',
        severity: 'warning',
        message: 'Deals closed: its only activity done, result missed (5 of 12 deals).',
        outcomeId: outcomeTitled(board, 'Deals closed').id,
      },
      {
        kind: 'owns-nothing',
        severity: 'info',
        message: 'Leo Fischer is not the owner of any outcome.',
        personId: byName(board, 'Leo Fischer').id,
      },
      {
        kind: 'parking-lot',
        severity: 'info',
        message: 'Update the CRM serves no outcome.',
        activityId: activityTitled(board, 'Update the CRM').id,
      },
    ]);
  });

  it('scores one of four outcomes owned, one of two revenue-critical', () => {
    expect(boardHealth(board).score).toEqual({ owned: 1, total: 4, revenueCritical: { owned: 1, total: 2 }, tasksDoneResultMissed: 1 });
  });

  it('is structurally whole: unique ids, every reference resolves', () => {
    expectStructurallyValid(board);
  });
});

describe('sample ids', () => {
  it('are readable and the same every time without an id factory', () => {
    const board = createSampleBoard();
    expect(board.id).toBe('sample-board');
    expect(byName(board, 'Maya Chen').id).toBe('sample-person-maya');
    expect(board.people.every((person) => person.id.startsWith('sample-person-'))).toBe(true);
    expect(board.outcomes.every((outcome) => outcome.id.startsWith('sample-outcome-'))).toBe(true);
    expect(board.activities.every((activity) => activity.id.startsWith('sample-activity-'))).toBe(true);
    expect(createSampleBoard()).toEqual(board);
  });

  it('are fresh for every entity with an id factory', () => {
    const board = createSampleBoard({ makeId: sequentialIds('fresh') });
    const ids = idsOf(board);
    expect(ids).toHaveLength(13);
    expect(ids.every((id) => id.startsWith('fresh-'))).toBe(true);
    expect(new Set(ids).size).toBe(13);
    expectStructurallyValid(board);
  });

  it('two samples made with fresh ids share none', () => {
    const makeId = sequentialIds('x');
    const first = createSampleBoard({ makeId });
    const second = createSampleBoard({ makeId });
    const firstIds = new Set(idsOf(first));
    expect(idsOf(second).some((id) => firstIds.has(id))).toBe(false);
    // Same board otherwise: the same findings, message for message.
    const messages = (board: Board): string[] => boardHealth(board).findings.map((finding) => finding.message);
    expect(messages(second)).toEqual(messages(first));
  });
});

/**
 * Old files keep opening. Each migration step has a fixture file of the version it starts from;
 * the list of steps is integer and sequential up to FORMAT_VERSION; files from a newer app are
 * refused rather than guessed at.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FORMAT_VERSION,
  MIGRATIONS,
  OLDEST_FORMAT_VERSION,
  migrateFile,
  migrationProblems,
  parseBoardFile,
  type Migration,
} from '../../../shared/format';
import { FULL_AUTHORITY, NO_AUTHORITY, PERSON_COLOURS, type Board } from '../../../shared/model';
import { NEW_BOARD_ID, OPTIONS, edited, editable, expectOpened, expectRefused, record, type JsonRecord } from './files';
import { assertBoardInvariants } from './invariants';

const fixtureUrl = (name: string): URL => new URL(`../../fixtures/files/${name}`, import.meta.url);
const fixture = (name: string): string => readFileSync(fixtureUrl(name), 'utf8');
const versionFile = (version: number): string => `version-${version}-board.ownership.json`;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('the list of migrations', () => {
  it('is integer and sequential, from the oldest version the app opens to FORMAT_VERSION', () => {
    expect(migrationProblems()).toEqual([]);
    expect(MIGRATIONS[0]?.from).toBe(OLDEST_FORMAT_VERSION);
    expect(MIGRATIONS.at(-1)?.to).toBe(FORMAT_VERSION);
  });

  it('the check itself notices a gap, a step that skips a version and a list that stops short', () => {
    const step = (from: number, to: number): Migration => ({ from, to, description: '', up: (file) => ({ ok: true, file }) });
    expect(migrationProblems([step(0, 1), step(2, 3)], 0, 3)).toEqual(['Expected a step from version 1, found one from 2.']);
    expect(migrationProblems([step(0, 2)], 0, 2)).toEqual(['The step from version 0 goes to 2, not 1.']);
    expect(migrationProblems([step(0, 1)], 0, 2)).toEqual(['The steps end at version 1, but the current version is 2.']);
  });

  for (let version = OLDEST_FORMAT_VERSION; version < FORMAT_VERSION; version++) {
    it(`the step from version ${version} exists, has a fixture file, and runs on it`, () => {
      const step = MIGRATIONS.find((migration) => migration.from === version);
      expect(step?.to).toBe(version + 1);
      expect(step?.description.length).toBeGreaterThan(20);
      expect(existsSync(fixtureUrl(versionFile(version)))).toBe(true);
      const file = deepFreeze(record(JSON.parse(fixture(versionFile(version)))));
      // Frozen input: a step that mutated the file it was given would throw here.
      const result = step?.up(file);
      expect(result?.ok).toBe(true);
      const migrated = migrateFile(file, version);
      expect(migrated.ok && migrated.file.version).toBe(FORMAT_VERSION);
    });
  }

  it('every fixture file of an older version opens as a sound board', () => {
    for (let version = OLDEST_FORMAT_VERSION; version < FORMAT_VERSION; version++) {
      const { board } = expectOpened(fixture(versionFile(version)));
      assertBoardInvariants(board);
    }
  });

  it('a version with no step is refused as a result, not an exception', () => {
    const result = migrateFile({ format: 'ownership-board', version: 0 }, 0, []);
    expect(result).toEqual({
      ok: false,
      error: { message: 'Files of format version 0 can no longer be opened by this version of Ownership Board.', path: 'version' },
    });
  });
});

describe('version 0 (pre-release) files', () => {
  it('the version-0 fixture migrates to a faithful version-1 board', () => {
    const { board, warnings } = expectOpened(fixture('version-0-board.ownership.json'));
    expect(warnings).toEqual(['This file was saved in an older format (version 0) and has been brought up to date.']);
    const expected: Board = {
      id: NEW_BOARD_ID,
      // A version of the board the file was saved from: a pre-release file has no origin, but its board's id.
      origin: 'board-offsite-2025',
      title: 'Autumn offsite: who owns growth?',
      purpose: 'Agreed in the room:\n- one owner per outcome\n- review in six weeks',
      createdAt: '2025-09-02T09:00:00.000Z',
      updatedAt: '2025-09-02T16:40:00.000Z',
      people: [
        { id: 'p-ana', name: 'Ana Müller', role: 'Head of Growth', newToRole: false, colour: PERSON_COLOURS[0] ?? '', initials: 'AM' },
        { id: 'p-tom', name: 'Tom Brandt', role: 'Sales Lead', newToRole: true, colour: PERSON_COLOURS[1] ?? '', initials: 'TB' },
        { id: 'p-kai', name: 'Kai', role: '', newToRole: false, colour: PERSON_COLOURS[2] ?? '', initials: 'KA' },
      ],
      outcomes: [
        {
          id: 'o-signups',
          title: 'Trial sign-ups',
          metric: 'New trials started',
          target: 400,
          unit: 'trials',
          period: 'per month',
          current: 310,
          direction: 'at-least',
          revenueCritical: true,
          ownerId: 'p-ana',
          authority: FULL_AUTHORITY,
          notes: 'Ana runs the budget for paid channels.',
        },
        {
          id: 'o-churn',
          title: 'Churn',
          metric: 'Customers lost',
          target: 2.5,
          unit: '%',
          period: 'per quarter',
          current: null,
          direction: 'at-most',
          revenueCritical: true,
          ownerId: 'p-tom',
          authority: { decidesHow: true, prioritisesResources: false, choosesApproaches: false },
          notes: '',
        },
        {
          id: 'o-deck',
          title: 'New pitch deck',
          metric: '',
          target: null,
          unit: '',
          period: '',
          current: null,
          direction: 'at-least',
          revenueCritical: false,
          ownerId: null,
          authority: NO_AUTHORITY,
          notes: '',
        },
      ],
      activities: [
        { id: 'a-ads', title: 'Relaunch search ads', outcomeId: 'o-signups', assigneeIds: ['p-ana', 'p-kai'], done: true },
        { id: 'a-calls', title: 'Call every at-risk account', outcomeId: 'o-churn', assigneeIds: ['p-tom'], done: false },
        { id: 'a-slides', title: 'Draft the slides', outcomeId: 'o-deck', assigneeIds: [], done: false },
        { id: 'a-crm', title: 'Clean up the CRM', outcomeId: null, assigneeIds: ['p-kai'], done: false },
      ],
    } as unknown as Board;
    expect(board).toEqual(expected);
  });

  it('the migrated file has the version-1 envelope: exportedAt from savedAt, and an app', () => {
    const result = migrateFile(record(JSON.parse(fixture('version-0-board.ownership.json'))), 0);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.file.version).toBe(1);
    expect(result.file.exportedAt).toBe('2025-09-02T16:45:00.000Z');
    expect(result.file.app).toEqual({ name: 'Ownership Board', version: 'pre-release' });
    const outcomes = record(result.file.board).outcomes;
    const outcome = record(Array.isArray(outcomes) ? outcomes[0] : null);
    expect(outcome).not.toHaveProperty('owner');
    expect(outcome).not.toHaveProperty('result');
  });

  // A step fills in what the file lacks; it never overwrites what the file already has.
  it('a version-0 file that already names its app keeps that app', () => {
    const file = { ...record(JSON.parse(fixture('version-0-board.ownership.json'))), app: { name: 'Ownership Board', version: '0.0.3' } };
    const result = migrateFile(deepFreeze(file), 0);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.file.app).toEqual({ name: 'Ownership Board', version: '0.0.3' });
  });

  it('a version-0 file with both savedAt and exportedAt keeps its exportedAt (and its savedAt, for validation to judge)', () => {
    const file = { ...record(JSON.parse(fixture('version-0-board.ownership.json'))), exportedAt: '2025-09-03T08:00:00.000Z' };
    const result = migrateFile(deepFreeze(file), 0);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.file.exportedAt).toBe('2025-09-03T08:00:00.000Z');
    expect(result.file.savedAt).toBe('2025-09-02T16:45:00.000Z');
  });

  it('a version-0 outcome with a field both on it and in its result keeps the one on it, even a null', () => {
    const text = edited((file) => Object.assign(record(file.outcomes[0]), { metric: 'Trials started', target: 450, current: null }), fixture('version-0-board.ownership.json'));
    const outcome = expectOpened(text).board.outcomes[0];
    // The result's metric, target and current ("New trials started", 400, 310) do not overwrite them; its unit and period fill in.
    expect(outcome).toMatchObject({ metric: 'Trials started', target: 450, current: null, unit: 'trials', period: 'per month' });
  });

  it('a version-0 outcome naming both owner and ownerId, for different people, is refused as two owners', () => {
    const text = edited((file) => (record(file.outcomes[0]).ownerId = 'p-tom'), fixture('version-0-board.ownership.json'));
    expect(expectRefused(text).message).toMatch(/^The 1st outcome has two owners: an outcome has exactly one owner/u);
  });

  // The fixture holds all three facets or "decides how" alone: the other two could trade places.
  it.each([
    ['decides-how', { decidesHow: true, prioritisesResources: false, choosesApproaches: false }],
    ['prioritises-resources', { decidesHow: false, prioritisesResources: true, choosesApproaches: false }],
    ['chooses-approaches', { decidesHow: false, prioritisesResources: false, choosesApproaches: true }],
  ])('a version-0 facet "%s" becomes that facet and no other', (facet, authority) => {
    const text = edited((file) => (record(file.outcomes[1]).authority = [facet]), fixture('version-0-board.ownership.json'));
    expect(expectOpened(text).board.outcomes[1]?.authority).toEqual(authority);
  });

  it('a version-0 authority facet the app never had is refused with its place', () => {
    const text = edited((file) => (record(file.outcomes[1]).authority = ['decides-how', 'sign-off']), fixture('version-0-board.ownership.json'));
    expect(expectRefused(text)).toEqual({
      message:
        `The 2nd outcome's 2nd kind of authority, "sign-off", is none of decides-how, prioritises-resources or chooses-approaches.`,
      path: 'board.outcomes[1].authority[1]',
    });
  });

  it('a version-0 result that is not an object is refused rather than dropped', () => {
    const text = edited((file) => (record(file.outcomes[0]).result = '400 trials'), fixture('version-0-board.ownership.json'));
    expect(expectRefused(text).path).toBe('board.outcomes[0].result');
  });

  it('a version-0 outcome whose result is null opens with no result', () => {
    const text = edited((file) => (record(file.outcomes[2]).result = null), fixture('version-0-board.ownership.json'));
    expect(expectOpened(text).board.outcomes[2]).toMatchObject({ metric: '', target: null, unit: '', period: '', current: null });
  });

  it('a version-0 outcome or activity that is not an object is passed on for the version-1 rules to name', () => {
    const outcome = editable(fixture('version-0-board.ownership.json'));
    outcome.outcomes[0] = 'Trial sign-ups' as unknown as JsonRecord;
    expect(expectRefused(JSON.stringify(outcome.root))).toEqual({
      message: 'The 1st outcome is text ("Trial sign-ups"), not an outcome\'s details.',
      path: 'board.outcomes[0]',
    });
    const activity = editable(fixture('version-0-board.ownership.json'));
    activity.activities[0] = 'Draft the slides' as unknown as JsonRecord;
    expect(expectRefused(JSON.stringify(activity.root))).toEqual({
      message: 'The 1st activity is text ("Draft the slides"), not an activity\'s details.',
      path: 'board.activities[0]',
    });
  });

  it('a version-0 file with broken parts is judged by the version-1 rules after migrating', () => {
    const text = edited((file) => (record(file.activities[0]).outcome = 'o-missing'), fixture('version-0-board.ownership.json'));
    expect(expectRefused(text).message).toBe(
      `The 1st activity's outcome is not in the file ("o-missing").`,
    );
  });
});

describe('files from a newer app', () => {
  it('a "version": 2 file is refused with the newer-version message', () => {
    const result = parseBoardFile(fixture('version-2-board.ownership.json'), OPTIONS);
    expect(result).toEqual({
      ok: false,
      error: {
        message:
          'This file was made by a newer version of Ownership Board (file format version 2; this app reads up to version 1). ' +
          'Update Ownership Board to open it.',
        path: 'version',
      },
    });
  });
});

/**
 * Old files keep opening: every change to the file's shape is one integer step, from version N
 * to N + 1, applied in order until the file is at FORMAT_VERSION (tldraw's habit). A step is a
 * pure function on the loose, untrusted file; it reshapes what it recognises, never overwrites
 * what is already there, and leaves everything else for the version-1 validation in ./import to
 * judge. A step that meets something it cannot carry forward says so as a result, never throws.
 *
 * Adding a version: bump FORMAT_VERSION, append a step here, add a fixture file of the old
 * version and a test for the step. `migrationProblems()` (tested) keeps the list sequential.
 */
import { APP_NAME, FORMAT_VERSION } from './envelope';
import { isRecord, own, placeStartingSentence, quote, type FormatProblem, type Loose } from './problems';

/** The oldest file version this app still opens. */
export const OLDEST_FORMAT_VERSION = 0;

export type MigrationResult =
  | { readonly ok: true; readonly file: Loose }
  | { readonly ok: false; readonly error: FormatProblem };

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What changed, for the README and for anyone debugging an old file. */
  readonly description: string;
  readonly up: (file: Loose) => MigrationResult;
}

// ---------------------------------------------------------------------------------------------
// Version 0 -> 1
//
// Version 0 is the pre-release shape: `savedAt` instead of `exportedAt` and no `app`; an outcome
// named its owner in `owner`, nested its measure in `result: {metric, target, unit, period,
// current}` and listed authority as facet names (["decides-how", …]); an activity named its
// outcome in `outcome` and its people in `assignees`. People had no colour or initials (version
// 1 derives both when they are missing).

const V0_FACETS: Readonly<Record<string, string>> = {
  'decides-how': 'decidesHow',
  'prioritises-resources': 'prioritisesResources',
  'chooses-approaches': 'choosesApproaches',
};

const V0_RESULT_FIELDS = ['metric', 'target', 'unit', 'period', 'current'] as const;

/**
 * A copy with `from` renamed to `to`, unless `to` is already there: then both stay, and an outcome
 * naming an owner twice is refused by validation instead of one name silently winning.
 */
function rename(record: Loose, from: string, to: string): Record<string, unknown> {
  if (!Object.hasOwn(record, from) || Object.hasOwn(record, to)) return { ...record };
  const { [from]: value, ...rest } = record;
  return { ...rest, [to]: value };
}

function outcomeV0toV1(outcome: Loose, path: string): MigrationResult {
  const { result: _result, ...withoutResult } = rename(outcome, 'owner', 'ownerId');
  const next: Record<string, unknown> = withoutResult;

  const result = own(outcome, 'result');
  if (result !== undefined && result !== null) {
    if (!isRecord(result)) {
      return problem(`${placeStartingSentence(`${path}.result`)} must give the metric and the target.`, `${path}.result`);
    }
    for (const field of V0_RESULT_FIELDS) {
      if (Object.hasOwn(result, field) && !Object.hasOwn(next, field)) next[field] = result[field];
    }
  }

  const authority = own(outcome, 'authority');
  if (Array.isArray(authority)) {
    const facets: Record<string, boolean> = { decidesHow: false, prioritisesResources: false, choosesApproaches: false };
    for (const [index, name] of authority.entries()) {
      const facet = typeof name === 'string' && Object.hasOwn(V0_FACETS, name) ? V0_FACETS[name] : undefined;
      if (facet === undefined) {
        const what = typeof name === 'string' ? `, ${quote(name)},` : '';
        return problem(
          `${placeStartingSentence(`${path}.authority[${index}]`)}${what} is none of decides-how, prioritises-resources or chooses-approaches.`,
          `${path}.authority[${index}]`,
        );
      }
      facets[facet] = true;
    }
    next.authority = facets;
  }
  return { ok: true, file: next };
}

function activityV0toV1(activity: unknown): unknown {
  if (!isRecord(activity)) return activity;
  return rename(rename(activity, 'outcome', 'outcomeId'), 'assignees', 'assigneeIds');
}

function v0toV1(file: Loose): MigrationResult {
  const next = rename(file, 'savedAt', 'exportedAt');
  if (!Object.hasOwn(next, 'app')) next.app = { name: APP_NAME, version: 'pre-release' };

  const board = own(file, 'board');
  if (!isRecord(board)) return { ok: true, file: next };
  const nextBoard: Record<string, unknown> = { ...board };

  const outcomes = own(board, 'outcomes');
  if (Array.isArray(outcomes)) {
    const migrated: unknown[] = [];
    for (const [index, outcome] of outcomes.entries()) {
      if (!isRecord(outcome)) {
        migrated.push(outcome);
        continue;
      }
      const step = outcomeV0toV1(outcome, `board.outcomes[${index}]`);
      if (!step.ok) return step;
      migrated.push(step.file);
    }
    nextBoard.outcomes = migrated;
  }
  const activities = own(board, 'activities');
  if (Array.isArray(activities)) nextBoard.activities = activities.map(activityV0toV1);

  next.board = nextBoard;
  return { ok: true, file: next };
}

// ---------------------------------------------------------------------------------------------

/** Every step, oldest first. Integer, sequential, no gaps: see `migrationProblems`. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    description:
      'Pre-release files: savedAt becomes exportedAt; an outcome\'s owner becomes ownerId, its result ' +
      '{metric, target, unit, period, current} moves onto the outcome, and authority facet names ' +
      'become {decidesHow, prioritisesResources, choosesApproaches}; an activity\'s outcome becomes ' +
      'outcomeId and assignees becomes assigneeIds.',
    up: v0toV1,
  },
];

/**
 * What is wrong with a list of migrations: each step goes up by exactly one, the first starts at
 * `oldest`, the last ends at `current`. Empty when the list is sound.
 */
export function migrationProblems(
  migrations: readonly Migration[] = MIGRATIONS,
  oldest: number = OLDEST_FORMAT_VERSION,
  current: number = FORMAT_VERSION,
): string[] {
  const problems: string[] = [];
  let expected = oldest;
  for (const migration of migrations) {
    if (migration.from !== expected) problems.push(`Expected a step from version ${expected}, found one from ${migration.from}.`);
    if (migration.to !== migration.from + 1) {
      problems.push(`The step from version ${migration.from} goes to ${migration.to}, not ${migration.from + 1}.`);
    }
    expected = migration.to;
  }
  if (expected !== current) problems.push(`The steps end at version ${expected}, but the current version is ${current}.`);
  return problems;
}

/**
 * Brings a file of `fromVersion` (oldest..current, checked by the caller) up to FORMAT_VERSION,
 * one step at a time. The runner, not the step, stamps each new version number.
 */
export function migrateFile(file: Loose, fromVersion: number, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  let current: Loose = file;
  let version = fromVersion;
  while (version < FORMAT_VERSION) {
    const step = migrations.find((migration) => migration.from === version);
    if (step === undefined) {
      return problem(`Files of format version ${version} can no longer be opened by this version of ${APP_NAME}.`, 'version');
    }
    const result = step.up(current);
    if (!result.ok) return result;
    current = { ...result.file, version: step.to };
    version = step.to;
  }
  return { ok: true, file: current };
}

function problem(message: string, path: string): MigrationResult {
  return { ok: false, error: { message, path } };
}

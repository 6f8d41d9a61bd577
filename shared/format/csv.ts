/**
 * The board as spreadsheets: one CSV of outcomes (with their verdicts) and one of activities, for
 * people who track follow-ups in Excel, Numbers or Google Sheets rather than in the app.
 *
 * Two files rather than one with two sections, because a spreadsheet treats a CSV as one table:
 * a second header row in the middle breaks sorting and filtering. Each file is what spreadsheet
 * programs open best: a UTF-8 byte-order mark (without it Excel reads UTF-8 as the local code
 * page and mangles "Müller" and emoji), CRLF line endings and RFC 4180 quoting. Cells are guarded
 * against formula injection: a text cell starting with = + - @ TAB or CR would be run as a
 * formula by the spreadsheet, so it gets a leading apostrophe (OWASP's advice). Numbers the board
 * holds are written as numbers, so a negative target stays a number.
 */
import { boardHealth, heldAuthority, type OutcomeHealth } from '../health';
import { PARKING_LOT_NAME, activitiesInMapOrder, type Board, type Outcome, type Person, type PersonId } from '../model';
import { nameWithSuffix } from './envelope';
import { withoutBlankEdges } from '../text';
import { FILE_KINDS, safeFileName } from '../ipc';

export interface BoardCsv {
  readonly outcomes: string;
  readonly activities: string;
}

export const OUTCOME_COLUMNS = [
  'Outcome',
  'Metric',
  'Target',
  'Unit',
  'Period',
  'Current',
  'Direction',
  'Revenue-critical',
  'Owner',
  'Owner role',
  'Decides how',
  'Prioritises resources',
  'Chooses approaches',
  'Verdict',
  'Activities done',
  'Activities total',
  // Whether the result is reached (empty with no target or nothing measured), and the method's
  // central point: every activity done while it is not. The spreadsheet had the numbers, the
  // direction and the verdict ("Owned"), and left a reader to work both out.
  'Result met',
  'Tasks done but result missed',
  // What the room agreed beyond the numbers ("To be escalated to the CFO"): in the PDF and the
  // JSON, and was in neither spreadsheet.
  'Notes',
] as const;

export const ACTIVITY_COLUMNS = ['Activity', 'Outcome', 'Assignees', 'Done'] as const;

/** Where activities that serve no outcome live, in the Outcome column. */
export const PARKING_LOT_LABEL = PARKING_LOT_NAME;

const BOM = '\uFEFF';
const CRLF = '\r\n';

type Cell = string | number | boolean | null;

/** Text that a spreadsheet would read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/** One cell: numbers as numbers, booleans as Yes/No, text guarded and quoted as needed. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join(CRLF)}${CRLF}`;
}

function outcomeRow(outcome: Outcome, owner: Person | undefined, health: OutcomeHealth | undefined): Cell[] {
  const held = heldAuthority(outcome, owner);
  return [
    outcome.title,
    outcome.metric,
    outcome.target,
    outcome.unit,
    outcome.period,
    outcome.current,
    outcome.direction === 'at-most' ? 'At most' : 'At least',
    outcome.revenueCritical,
    owner?.name ?? '',
    owner?.role ?? '',
    // Nobody holds the authority of an outcome with no owner: the CSV said Yes beside no owner.
    held?.decidesHow ?? false,
    held?.prioritisesResources ?? false,
    held?.choosesApproaches ?? false,
    health?.label ?? '',
    health?.doneCount ?? 0,
    health?.activityCount ?? 0,
    health?.resultMet ?? null,
    health?.tasksDoneResultMissed ?? false,
    withoutBlankEdges(outcome.notes),
  ];
}

/** Both tables. Activities are grouped as on the board: each outcome's in order, then the parking lot. */
export function boardToCsv(board: Board): BoardCsv {
  const health = boardHealth(board);
  const people = new Map<PersonId, Person>();
  for (const person of board.people) if (!people.has(person.id)) people.set(person.id, person);

  const outcomeRows = board.outcomes.map((outcome) => {
    const owner = outcome.ownerId === null ? undefined : people.get(outcome.ownerId);
    return outcomeRow(outcome, owner, health.outcomes.get(outcome.id));
  });

  const outcomeTitles = new Map(board.outcomes.map((outcome) => [outcome.id, outcome.title]));
  // An activity whose outcome is not on the board serves nothing that is there: the parking lot.
  const activityRows = activitiesInMapOrder(board).map((activity): Cell[] => {
    const title = activity.outcomeId === null ? undefined : outcomeTitles.get(activity.outcomeId);
    const assignees = activity.assigneeIds
      .map((id) => people.get(id)?.name)
      .filter((name): name is string => name !== undefined)
      .join('; ');
    return [activity.title, title ?? PARKING_LOT_LABEL, assignees, activity.done];
  });

  return { outcomes: table(OUTCOME_COLUMNS, outcomeRows), activities: table(ACTIVITY_COLUMNS, activityRows) };
}

/** "Revenue workshop - outcomes - 2026-03-14.csv" and "… - activities - ….csv". */
export function csvFileNames(board: Board, date: string): BoardCsv {
  const day = safeFileName(date, 'undated');
  const extension = FILE_KINDS.csv.extension;
  return {
    outcomes: nameWithSuffix(board.title, ` - outcomes - ${day}.${extension}`),
    activities: nameWithSuffix(board.title, ` - activities - ${day}.${extension}`),
  };
}

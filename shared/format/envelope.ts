/**
 * The open file format: what an exported ownership map looks like on disk.
 *
 * A versioned envelope, as excalidraw and tldraw do it: `format` says what the file is, `version`
 * which shape it has, `app` who wrote it. The export type below is strict (exactly these fields,
 * in this order); reading a file is deliberately looser and lives in ./import. Objects are built
 * key by key rather than spread from the board, so the key order is stable (diffs and golden
 * files stay readable) and nothing that happens to ride along on a board object leaks into a file.
 */
import { FILE_KINDS, MAX_FILE_NAME_BYTES, safeFileName } from '../ipc';
import { cutToBytes, utf8Length, withoutBlankEdges } from '../text';
import { mapIdOf, type Activity, type Authority, type Board, type IsoDateTime, type Outcome, type Person, type TargetDirection } from '../model';

export const FORMAT_NAME = 'ownership-board';

/**
 * Whether `text` is an Ownership Board file at all — JSON whose envelope names the format — valid
 * or not. The desktop uses it to keep other JSON files (a .json is opened with the app on macOS)
 * out of "Open Recent": the page refuses them, and choosing them again would only fail again.
 */
export function isBoardFileText(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === FORMAT_NAME;
  } catch {
    return false;
  }
}
export const FORMAT_VERSION = 1;
export const APP_NAME = 'Ownership Board';

export interface ExportedPerson {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly newToRole: boolean;
  readonly colour: string;
  readonly initials: string;
}

export interface ExportedAuthority {
  readonly decidesHow: boolean;
  readonly prioritisesResources: boolean;
  readonly choosesApproaches: boolean;
}

export interface ExportedOutcome {
  readonly id: string;
  readonly title: string;
  readonly metric: string;
  readonly target: number | null;
  readonly unit: string;
  readonly period: string;
  readonly current: number | null;
  readonly direction: TargetDirection;
  readonly revenueCritical: boolean;
  /** One person's id or null: a file cannot name two owners either. */
  readonly ownerId: string | null;
  readonly authority: ExportedAuthority;
  readonly notes: string;
}

export interface ExportedActivity {
  readonly id: string;
  readonly title: string;
  /** null = the parking lot. */
  readonly outcomeId: string | null;
  readonly assigneeIds: readonly string[];
  readonly done: boolean;
}

export interface ExportedBoard {
  readonly id: string;
  /**
   * The id of the board the map was first made as (the board's origin, or its own id): the board a
   * team imports, updates and sends back keeps it, so the facilitator's app can tell the returned
   * file is a version of the map they sent, and say what changed. Version 1 files written before it
   * lack it; older versions of the app ignore it, as they ignore any field they do not know.
   */
  readonly origin: string;
  readonly title: string;
  readonly purpose: string;
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
  readonly people: readonly ExportedPerson[];
  readonly outcomes: readonly ExportedOutcome[];
  readonly activities: readonly ExportedActivity[];
}

/** Version 1 of the file, exactly as written. */
export interface BoardFile {
  readonly format: typeof FORMAT_NAME;
  readonly version: typeof FORMAT_VERSION;
  readonly exportedAt: IsoDateTime;
  readonly app: { readonly name: typeof APP_NAME; readonly version: string };
  readonly board: ExportedBoard;
}

export interface SerializeOptions {
  /** The app's own version ("0.1.0"), so a support question can tell which build wrote a file. */
  readonly appVersion: string;
  /** When the export happened (ISO-8601). Passed in so serialising stays pure and repeatable. */
  readonly now: IsoDateTime;
}

/**
 * The keys of each object in the order they are written. The schema test compares these with
 * shared/format/schema.json, so the file, the schema and the docs cannot drift apart silently.
 */
export const FILE_KEYS = ['format', 'version', 'exportedAt', 'app', 'board'] as const satisfies readonly (keyof BoardFile)[];
export const APP_KEYS = ['name', 'version'] as const satisfies readonly (keyof BoardFile['app'])[];
export const BOARD_KEYS = [
  'id',
  'origin',
  'title',
  'purpose',
  'createdAt',
  'updatedAt',
  'people',
  'outcomes',
  'activities',
] as const satisfies readonly (keyof ExportedBoard)[];
/**
 * Keys the app always writes that a version-1 file may still lack, as files written before they
 * were added do: schema.json lists them among the properties but not as required.
 */
export const OPTIONAL_BOARD_KEYS = ['origin'] as const satisfies readonly (typeof BOARD_KEYS)[number][];
export const PERSON_KEYS = ['id', 'name', 'role', 'newToRole', 'colour', 'initials'] as const satisfies readonly (keyof ExportedPerson)[];
export const OUTCOME_KEYS = [
  'id',
  'title',
  'metric',
  'target',
  'unit',
  'period',
  'current',
  'direction',
  'revenueCritical',
  'ownerId',
  'authority',
  'notes',
] as const satisfies readonly (keyof ExportedOutcome)[];
export const AUTHORITY_KEYS = ['decidesHow', 'prioritisesResources', 'choosesApproaches'] as const satisfies readonly (keyof ExportedAuthority)[];
export const ACTIVITY_KEYS = ['id', 'title', 'outcomeId', 'assigneeIds', 'done'] as const satisfies readonly (keyof ExportedActivity)[];

function exportPerson(person: Person): ExportedPerson {
  return {
    id: person.id,
    name: person.name,
    role: person.role,
    newToRole: person.newToRole,
    colour: person.colour,
    initials: person.initials,
  };
}

function exportAuthority(authority: Authority): ExportedAuthority {
  return {
    decidesHow: authority.decidesHow,
    prioritisesResources: authority.prioritisesResources,
    choosesApproaches: authority.choosesApproaches,
  };
}

function exportOutcome(outcome: Outcome): ExportedOutcome {
  return {
    id: outcome.id,
    title: outcome.title,
    metric: outcome.metric,
    target: outcome.target,
    unit: outcome.unit,
    period: outcome.period,
    current: outcome.current,
    direction: outcome.direction,
    revenueCritical: outcome.revenueCritical,
    ownerId: outcome.ownerId,
    authority: exportAuthority(outcome.authority),
    // Without blank edges, as the purpose below (a board stored before they were taken off holds them).
    notes: withoutBlankEdges(outcome.notes),
  };
}

function exportActivity(activity: Activity): ExportedActivity {
  return {
    id: activity.id,
    title: activity.title,
    outcomeId: activity.outcomeId,
    assigneeIds: [...activity.assigneeIds],
    done: activity.done,
  };
}

/** The board as the version-1 file object (before it becomes text). */
export function toBoardFile(board: Board, options: SerializeOptions): BoardFile {
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    exportedAt: options.now,
    app: { name: APP_NAME, version: options.appVersion },
    board: {
      id: board.id,
      origin: mapIdOf(board),
      title: board.title,
      // Without blank edges, as it is shown and printed: a board stored before they were taken off
      // as it is typed still holds them (the importer takes them off too).
      purpose: withoutBlankEdges(board.purpose),
      createdAt: board.createdAt,
      updatedAt: board.updatedAt,
      people: board.people.map(exportPerson),
      outcomes: board.outcomes.map(exportOutcome),
      activities: board.activities.map(exportActivity),
    },
  };
}

/**
 * The board as file text: pretty JSON (two spaces, so a person can read and diff it) ending in a
 * newline, as text files on every platform expect.
 */
export function serializeBoard(board: Board, options: SerializeOptions): string {
  return `${JSON.stringify(toBoardFile(board, options), null, 2)}\n`;
}

/**
 * "Revenue workshop - ownership map - 2026-03-14.ownership.json". The title is cut so the whole
 * name fits MAX_FILE_NAME_BYTES: the bridge trims longer names, which would cut off the extension.
 */
export function exportFileName(board: Board, date: string): string {
  return nameWithSuffix(board.title, ` - ownership map - ${safeFileName(date, 'undated')}.${FILE_KINDS.json.extension}`);
}

/**
 * A safe title followed by a fixed suffix, the title shortened so the whole name fits. Counted in
 * UTF-8 bytes, as file systems count: 200 characters of a Japanese title are 600 bytes, more than
 * Linux or macOS allow in a name.
 */
export function nameWithSuffix(title: string, suffix: string): string {
  const room = Math.max(1, MAX_FILE_NAME_BYTES - utf8Length(suffix));
  const safe = cutToBytes(safeFileName(title, 'Untitled board'), room).trim();
  return `${safe}${suffix}`;
}

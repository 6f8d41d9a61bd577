/**
 * Reading an ownership map file: untrusted text in, a valid new board or one clear sentence out.
 *
 * Every byte is treated as hostile. The order of the checks is the order of the costs: the size
 * before anything else, the nesting depth before JSON.parse (whose recursion would otherwise
 * overflow the stack), the envelope before the board, a migration for older files, and then every
 * field, as excalidraw's restore does: missing optional fields get their defaults, unknown fields
 * are ignored, and anything that breaks an invariant of shared/commands is refused with the path
 * of the culprit. `parseBoardFile` is total: it returns a result for any input and never throws.
 *
 * Import always makes a new board (a fresh board id), so opening the same file twice never
 * overwrites the first. Ids inside are kept: they are scoped by their board. So are the board's
 * times, when they can be read: its last change is the file's, not the moment of the import.
 */
import { formatNumberInFull, tooLargeAmount } from '../health';
import { MAX_FILE_BYTES } from '../ipc';
import { asHeldText, asOneLine, cutToUnits, showsNothing, utf8Length, withoutBlankEdges } from '../text';
import {
  LIMITS,
  MAX_INITIALS,
  NO_AUTHORITY,
  initialsFit,
  initialsOf,
  isPersonColour,
  nameKey,
  personColourAt,
  type Activity,
  type ActivityId,
  type Authority,
  type Board,
  type BoardId,
  type IsoDateTime,
  type Outcome,
  type OutcomeId,
  type Person,
  type PersonId,
  type TargetDirection,
} from '../model';
import { FORMAT_NAME, FORMAT_VERSION, APP_NAME } from './envelope';
import { foreignTextMessage } from './foreign';
import { OLDEST_FORMAT_VERSION, migrateFile } from './migrations';
import { describeValue, formatCount, isRecord, ordinal, own, placeInFile, placeStartingSentence, quote, type FormatProblem, type Loose } from './problems';

export type ImportError = FormatProblem;

export type ImportResult =
  | {
      readonly ok: true;
      readonly board: Board;
      /**
       * At most IMPORT_LIMITS.maxWarnings lines (and one each for bidirectional controls and lone
       * surrogates), the rest summed up in a last line.
       */
      readonly warnings: string[];
      /** How many warnings there were in all, the summed-up ones too: what a heading counts. */
      readonly warningCount: number;
    }
  | { readonly ok: false; readonly error: ImportError };

export interface ImportOptions {
  /** Makes the new board's id. */
  readonly newId: () => string;
  /** The time of the import (ISO-8601): the board's createdAt and updatedAt where the file's are missing or unreadable. */
  readonly now: IsoDateTime;
}

/**
 * Caps on what a file may hold, beyond the model's LIMITS. Generous for any real workshop (a big
 * one has tens of outcomes and hundreds of activities) and small enough that a hostile file cannot
 * make the board unusably slow. Documented in shared/format/README.md.
 */
export const IMPORT_LIMITS = {
  maxFileBytes: MAX_FILE_BYTES,
  /** A version-1 file is 5 levels deep; the headroom is for unknown fields, which are ignored. */
  maxNesting: 64,
  maxPeople: LIMITS.people,
  maxOutcomes: LIMITS.outcomes,
  maxActivities: LIMITS.activities,
  maxIdLength: 200,
  /** Beyond this many, warnings are summed up in one last line. */
  maxWarnings: 20,
} as const;

export const NOT_JSON_MESSAGE = 'This file is not valid JSON (it may be truncated or not an ownership map).';
export const NOT_OURS_MESSAGE = `This is not an ${APP_NAME} file.`;

/** Reads an ownership map file. Never throws: any input gives a board or a message. */
export function parseBoardFile(text: string, options: ImportOptions): ImportResult {
  try {
    return readBoardFile(text, options);
  } catch (error) {
    // Only a bug (or a hostile newId) gets here; the person still gets a sentence, not a crash.
    return failure(`This file could not be read: ${reasonOf(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Text -> envelope

const MEBIBYTE = 1024 * 1024;
const BYTE_ORDER_MARK = 0xfeff;

function readBoardFile(input: unknown, options: ImportOptions): ImportResult {
  if (typeof input !== 'string') return failure('This file could not be read as text.');
  const tooLarge = sizeProblem(input);
  if (tooLarge !== null) return failure(tooLarge);
  // Notepad and Excel put a byte-order mark in front of UTF-8; it is not part of the JSON.
  const text = input.charCodeAt(0) === BYTE_ORDER_MARK ? input.slice(1) : input;
  const structure = scanStructure(text, IMPORT_LIMITS.maxNesting);
  if (structure?.kind === 'too-deep') return failure(nestedTooDeeply());

  let parsed: unknown;
  try {
    parsed = JSON.parse(text, withoutPrototypeKeys);
  } catch (error) {
    // The depth scan should make RangeError impossible; this is the belt to its braces.
    return failure(error instanceof RangeError ? nestedTooDeeply() : (foreignTextMessage(text) ?? NOT_JSON_MESSAGE));
  }

  if (!isRecord(parsed)) return failure(NOT_OURS_MESSAGE);
  if (own(parsed, 'format') !== FORMAT_NAME) return failure(NOT_OURS_MESSAGE, 'format');
  // Once the file is known to be a map: any other JSON with a key written twice is simply not one.
  if (structure?.kind === 'duplicate-key') {
    const { key, parent } = structure;
    const where = parent === '' ? 'The file' : placeStartingSentence(parent);
    return failure(
      `${where} has ${quote(key)} twice, so it is unclear which one is meant. Remove one of them and import the file again.`,
      parent === '' ? key : `${parent}.${key}`,
    );
  }

  const version = own(parsed, 'version');
  if (version === undefined) {
    return failure(`This ${APP_NAME} file does not say which version of the format it uses.`, 'version');
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return failure(`The file's format version must be a whole number, not ${describeValue(version)}.`, 'version');
  }
  if (version > FORMAT_VERSION) {
    return failure(
      `This file was made by a newer version of ${APP_NAME} (file format version ${version}; this app reads ` +
        `up to version ${FORMAT_VERSION}). Update ${APP_NAME} to open it.`,
      'version',
    );
  }
  if (version < OLDEST_FORMAT_VERSION) {
    return failure(`File format version ${version} is not one ${APP_NAME} has ever written.`, 'version');
  }

  const warnings = new Warnings(IMPORT_LIMITS.maxWarnings);
  let file: Loose = parsed;
  if (version < FORMAT_VERSION) {
    const migrated = migrateFile(parsed, version);
    if (!migrated.ok) return { ok: false, error: migrated.error };
    file = migrated.file;
    warnings.add(`This file was saved in an older format (version ${version}) and has been brought up to date.`);
  }

  const board = own(file, 'board');
  if (board === undefined || board === null) return failure('The file has no board in it.', 'board');
  if (!isRecord(board)) return failure(`The file's board must be an object, not ${describeValue(board)}.`, 'board');
  const reader = new Reader(warnings);
  const result = readBoard(reader, board, options, warnings);
  if (reader.problem !== null || result === null) {
    return { ok: false, error: reader.problem ?? { message: 'The board in this file could not be read.', path: 'board' } };
  }
  // First, and never summed up with the others: they concern what every other line and the board say.
  const first = [
    ...(reader.bidiControlsRemoved === 0 ? [] : [bidiControlsWarning(reader.bidiControlsRemoved)]),
    ...(reader.loneSurrogatesReplaced === 0 ? [] : [loneSurrogatesWarning(reader.loneSurrogatesReplaced)]),
  ];
  return { ok: true, board: result, warnings: [...first, ...warnings.list()], warningCount: warnings.count() + first.length };
}

/**
 * The one line that says halves of surrogate pairs were made "�": the text shows a character the
 * file did not, and this says why (another tool cut an emoji in two, most likely).
 */
function loneSurrogatesWarning(count: number): string {
  return count === 1
    ? 'Replaced 1 broken character (half of an emoji or another character written in two parts) with “�”.'
    : `Replaced ${formatCount(count)} broken characters (halves of emoji or other characters written in two parts) with “�”.`;
}

/** The one line that says bidirectional controls were taken out of the file's text, and what that means. */
function bidiControlsWarning(count: number): string {
  return count === 1
    ? 'Took out 1 hidden character that reverses or reorders text (a bidirectional control, like U+202E): some text may have read differently before.'
    : `Took out ${formatCount(count)} hidden characters that reverse or reorder text (bidirectional controls, like U+202E): some text may have read differently before.`;
}

/** A sentence when the text is over the limit, else null. Cheap: it never encodes the text. */
function sizeProblem(text: string): string | null {
  const limit = IMPORT_LIMITS.maxFileBytes;
  const limitText = `${formatCount(limit / MEBIBYTE)} MB`;
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string is too large without counting.
  if (text.length > limit) {
    return `This file is too large to open: it is more than ${megabytes(text.length)} MB, and ${APP_NAME} opens files up to ${limitText}.`;
  }
  // …and at most three, so only text between a third of the limit and the limit needs counting.
  if (text.length * 3 <= limit) return null;
  const bytes = utf8Length(text);
  if (bytes <= limit) return null;
  // Rounded, a few bytes over read "it is 20.0 MB, and … up to 20 MB": as if it fitted.
  const size = Number(megabytes(bytes)) > limit / MEBIBYTE ? `${megabytes(bytes)} MB` : `just over ${limitText}`;
  return `This file is too large to open: it is ${size}, and ${APP_NAME} opens files up to ${limitText}.`;
}

function megabytes(bytes: number): string {
  return (bytes / MEBIBYTE).toFixed(1);
}

type Structure =
  | { readonly kind: 'too-deep' }
  | { readonly kind: 'duplicate-key'; readonly key: string; readonly parent: string }
  | null;

/** One open object or list while the text is scanned: the keys seen so far, or the list's index. */
interface OpenContainer {
  readonly keys: Set<string> | null;
  /** The key or index under which the container's current value sits, for a path in a message. */
  at: string | number | null;
  index: number;
}

/**
 * Scans the text once, iteratively, before JSON.parse sees it. It counts bracket depth outside
 * strings (a file of 100,000 nested arrays would otherwise recurse in the parser and in any walk
 * after it) and notices a key written twice in one object: JSON.parse silently keeps the last, so
 * `"ownerId": "p-1", "ownerId": "p-2"` would quietly choose one of two owners, and a hand edit
 * meant to change a field could be undone by a copy further down. Only meaningful for text that
 * parses; the caller reports a duplicate after JSON.parse accepted the text.
 */
function scanStructure(text: string, maxDepth: number): Structure {
  const open: OpenContainer[] = [];
  let expectKey = false;
  let duplicate: Structure = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      const start = i + 1;
      let escaped = false;
      for (i = start; i < text.length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === 0x5c) {
          escaped = true;
          i++; // the next unit is escaped, even a quote
        } else if (inner === 0x22) break;
      }
      const top = open.at(-1);
      if (expectKey && top?.keys && duplicate === null) {
        const key = escaped ? decodeKey(text.slice(start, i)) : text.slice(start, i);
        if (key !== null && top.keys.has(key)) duplicate = { kind: 'duplicate-key', key, parent: pathOf(open) };
        else if (key !== null) top.keys.add(key);
        top.at = key;
      }
      expectKey = false;
    } else if (code === 0x7b || code === 0x5b) {
      const isObject = code === 0x7b;
      open.push({ keys: isObject ? new Set() : null, at: isObject ? null : 0, index: 0 });
      if (open.length > maxDepth) return { kind: 'too-deep' };
      expectKey = isObject;
    } else if (code === 0x7d || code === 0x5d) {
      open.pop();
      expectKey = false;
    } else if (code === 0x2c) {
      const top = open.at(-1);
      if (top?.keys) expectKey = true;
      else if (top) top.at = ++top.index;
    }
  }
  return duplicate;
}

/** A key written with escapes ("own\u0065rId") as JSON.parse reads it, or null if malformed. */
function decodeKey(raw: string): string | null {
  try {
    const key: unknown = JSON.parse(`"${raw}"`);
    return typeof key === 'string' ? key : null;
  } catch {
    return null;
  }
}

/** "board.outcomes[1]": the object being read, from the file's root ("" for the root itself). */
function pathOf(open: readonly OpenContainer[]): string {
  let path = '';
  // The root container has no key of its own; each deeper one sits under its parent's `at`.
  for (const container of open.slice(0, -1)) {
    const at = container.at;
    if (typeof at === 'number') path += `[${at}]`;
    else if (at !== null) path += path === '' ? at : `.${at}`;
  }
  return path;
}

function nestedTooDeeply(): string {
  return `This file is nested too deeply (more than ${IMPORT_LIMITS.maxNesting} levels) to be an ownership map.`;
}

const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse reviver that drops keys which mean something to JavaScript objects. JSON.parse itself
 * never pollutes a prototype, but code that later copies or merges the parsed objects could; with
 * these keys gone at the source, no migration or future change can be tricked into doing so.
 */
function withoutPrototypeKeys(key: string, value: unknown): unknown {
  return PROTOTYPE_KEYS.has(key) ? undefined : value;
}

// ---------------------------------------------------------------------------------------------
// Envelope -> board

/**
 * Remembers the first problem. Readers keep returning placeholder values after it so they stay
 * simple; the entity loops stop at the first problem, and a reader's result is only used when
 * there was none. Field readers that fix something up say so in `warnings`.
 */
class Reader {
  problem: FormatProblem | null = null;
  /** Bidirectional controls taken out of the file's text (readText), summed up in one warning. */
  bidiControlsRemoved = 0;
  /** Halves of surrogate pairs on their own made U+FFFD in the file's text, summed up in one warning. */
  loneSurrogatesReplaced = 0;

  constructor(readonly warnings: Warnings) {}

  fail(path: string, message: string): void {
    this.problem ??= { message, path };
  }

  /** Fails with a sentence about the place `path` names: "The 4th outcome's title" + `predicate`. */
  failAt(path: string, predicate: string): void {
    this.problem ??= { message: `${placeStartingSentence(path)} ${predicate}`, path };
  }

  // A method, not a getter: TypeScript would narrow a getter to false after the first check.
  failed(): boolean {
    return this.problem !== null;
  }
}

class Warnings {
  private readonly items: string[] = [];
  private dropped = 0;

  constructor(private readonly max: number) {}

  add(message: string): void {
    if (this.items.length < this.max) this.items.push(message);
    else this.dropped++;
  }

  /** Every warning added, the ones summed up too. */
  count(): number {
    return this.items.length + this.dropped;
  }

  list(): string[] {
    if (this.dropped === 0) return [...this.items];
    return [...this.items, `…and ${formatCount(this.dropped)} more like these.`];
  }
}

interface RawActivity {
  readonly path: string;
  readonly activity: Omit<Activity, 'outcomeId' | 'assigneeIds'>;
  readonly outcomeId: string | null;
  readonly assigneeIds: readonly string[];
}

interface RawOutcome {
  readonly path: string;
  readonly outcome: Omit<Outcome, 'ownerId'>;
  readonly ownerId: string | null;
}

function readBoard(reader: Reader, board: Loose, options: ImportOptions, warnings: Warnings): Board | null {
  const title = readText(reader, board, 'title', 'board', BOARD_TITLE);
  const purpose = readText(reader, board, 'purpose', 'board', PURPOSE);
  const createdAt = readCreatedAt(own(board, 'createdAt'), options.now, warnings);
  const updatedAt = readUpdatedAt(own(board, 'updatedAt'), createdAt, options.now, warnings);
  if (reader.failed()) return null;

  const peopleList = readList(reader, board, 'people', IMPORT_LIMITS.maxPeople, 'people');
  const outcomeList = readList(reader, board, 'outcomes', IMPORT_LIMITS.maxOutcomes, 'outcomes');
  const activityList = readList(reader, board, 'activities', IMPORT_LIMITS.maxActivities, 'activities');
  if (reader.failed()) return null;

  const people: Person[] = [];
  for (const [index, value] of peopleList.entries()) {
    const person = readPerson(reader, value, `board.people[${index}]`, index);
    if (person === null) return null;
    people.push(person);
  }
  const outcomes: RawOutcome[] = [];
  for (const [index, value] of outcomeList.entries()) {
    const outcome = readOutcome(reader, value, `board.outcomes[${index}]`);
    if (outcome === null) return null;
    outcomes.push(outcome);
  }
  const activities: RawActivity[] = [];
  for (const [index, value] of activityList.entries()) {
    const activity = readActivity(reader, value, `board.activities[${index}]`);
    if (activity === null) return null;
    activities.push(activity);
  }

  if (!checkUniqueIds(reader, people, outcomes, activities)) return null;
  tellNamesakesApart(people, warnings);

  const peopleById = new Map<string, Person>(people.map((person) => [person.id, person]));
  const outcomeIds = new Set<string>(outcomes.map((raw) => raw.outcome.id));

  const linkedOutcomes: Outcome[] = [];
  for (const raw of outcomes) {
    if (raw.ownerId !== null && !peopleById.has(raw.ownerId)) {
      reader.failAt(`${raw.path}.ownerId`, `is a person who is not in the file (${quote(raw.ownerId)}).`);
      return null;
    }
    linkedOutcomes.push({ ...raw.outcome, ownerId: raw.ownerId as PersonId | null });
  }

  const linkedActivities: Activity[] = [];
  for (const raw of activities) {
    if (raw.outcomeId !== null && !outcomeIds.has(raw.outcomeId)) {
      reader.failAt(`${raw.path}.outcomeId`, `is not in the file (${quote(raw.outcomeId)}).`);
      return null;
    }
    const assigneeIds = linkAssignees(reader, raw, peopleById, warnings);
    if (assigneeIds === null) return null;
    linkedActivities.push({ ...raw.activity, outcomeId: raw.outcomeId as OutcomeId | null, assigneeIds });
  }

  const id = options.newId() as BoardId;
  const origin = readOrigin(reader, board);
  if (reader.failed()) return null;
  return {
    id,
    // Never the board's own id: a board is its own map's first version without one (shared/model).
    ...(origin === null || origin === id ? {} : { origin }),
    title,
    purpose,
    createdAt,
    updatedAt,
    people,
    outcomes: linkedOutcomes,
    activities: linkedActivities,
  };
}

/**
 * The map the file's board is a version of, for the new board's origin: the file's `origin`, else
 * the id of the board it was exported from (every version-1 file before `origin` was written has
 * one), else null (a file written by hand, without either: a map of its own).
 *
 * `origin` is an id like any other in the file, and refused as one is (readId): text, not empty, at
 * most IMPORT_LIMITS.maxIdLength characters; it is only ever compared, never shown. The board's
 * own `id` was never read before: the import gives the board a fresh one. A file whose id no
 * version of the app wrote (a number, 10,000 characters) still opens, as it always did, as a map
 * of its own.
 */
function readOrigin(reader: Reader, board: Loose): BoardId | null {
  const origin = own(board, 'origin');
  // Missing, null or empty: not stated, as for any optional field.
  if (origin !== undefined && origin !== null && origin !== '') return readId(reader, board, 'board', 'a board', 'origin') as BoardId;
  const fileId = own(board, 'id');
  return typeof fileId === 'string' && fileId.length > 0 && fileId.length <= IMPORT_LIMITS.maxIdLength ? (fileId as BoardId) : null;
}

/**
 * A person assigned twice is de-duplicated with a warning rather than refused: what the file
 * means is clear (they work on it), and the board keeps each person at most once.
 */
function linkAssignees(
  reader: Reader,
  raw: RawActivity,
  peopleById: ReadonlyMap<string, Person>,
  warnings: Warnings,
): PersonId[] | null {
  const seen = new Set<string>();
  for (const [index, id] of raw.assigneeIds.entries()) {
    const where = `${raw.path}.assigneeIds[${index}]`;
    const person = peopleById.get(id);
    if (person === undefined) {
      reader.failAt(where, `is a person who is not in the file (${quote(id)}).`);
      return null;
    }
    if (seen.has(id)) {
      warnings.add(`${placeStartingSentence(raw.path)} names ${quote(person.name)} among its assignees more than once; they are assigned once.`);
      continue;
    }
    seen.add(id);
  }
  if (seen.size > LIMITS.assigneesPerActivity) {
    reader.fail(
      `${raw.path}.assigneeIds`,
      `${placeStartingSentence(raw.path)} has ${formatCount(seen.size)} people assigned; an activity can have at most ${LIMITS.assigneesPerActivity}.`,
    );
    return null;
  }
  return [...seen] as PersonId[];
}

/**
 * Two people of one name (spaces and case aside) are both kept — they may well be two people, and
 * merging them would merge their outcomes — but every one after the first is renamed with their
 * role ("Maya Chen (Engineer)"), or a number when that does not tell them apart, and the import's
 * warnings say so. The app itself refuses a second "Maya Chen"; with two, the chips, "Set owner…"
 * and "Assign" would offer two identical names. Ids, and so ownership and assignments, are kept.
 */
function tellNamesakesApart(people: Person[], warnings: Warnings): void {
  const taken = new Set(people.map((person) => nameKey(person.name)));
  // Each name's first holder, whose role a namesake's must differ from to tell the two apart.
  const kept = new Map<string, Person>();
  // The number each name's next namesake tries first: the ones below are taken, and stay taken.
  // Counting from 2 for each made 5,000 people of one 100-letter name take minutes to open.
  const nextNumber = new Map<string, number>();
  for (const [index, person] of people.entries()) {
    const key = nameKey(person.name);
    const first = kept.get(key);
    if (first === undefined) {
      kept.set(key, person);
      continue;
    }
    const name = distinctName(person, first, taken, nextNumber, key);
    const renamedKey = nameKey(name);
    taken.add(renamedKey);
    kept.set(renamedKey, { ...person, name });
    people[index] = { ...person, name };
    // Both names as written: a case or accent twin ("ZOË" beside "Zoë") was "called" the later
    // one's name alone, which the first person is not called.
    const called = person.name === first.name ? quote(person.name) : `${quote(first.name)} and ${quote(person.name)}`;
    warnings.add(
      `Two people in the file are called ${called}; the later one (the ${ordinal(index + 1)} person) is now ` +
        `${quote(name)}, so that they can be told apart. Rename them on the board if you like.`,
    );
  }
}

/**
 * The person's name with their role when it differs from the first namesake's, else with the first
 * free number; cut to fit the name limit.
 */
function distinctName(
  person: Person,
  first: Person,
  taken: ReadonlySet<string>,
  nextNumber: Map<string, number>,
  key: string,
): string {
  const within = (suffix: string) => `${cutToUnits(person.name, LIMITS.nameLength - suffix.length).trim()}${suffix}`;
  // A long role would push the name itself out; it is then left to the number.
  const roleTells = person.role !== '' && nameKey(person.role) !== nameKey(first.role);
  if (roleTells && person.role.length <= LIMITS.nameLength / 2) {
    const withRole = within(` (${person.role})`);
    if (!taken.has(nameKey(withRole))) return withRole;
  }
  for (let number = nextNumber.get(key) ?? 2; ; number++) {
    const numbered = within(` (${number})`);
    if (!taken.has(nameKey(numbered))) {
      nextNumber.set(key, number + 1);
      return numbered;
    }
  }
}

/**
 * Ids are unique across the whole board, as shared/commands requires: views and drag-and-drop put
 * people, outcomes and activities in one id space.
 */
function checkUniqueIds(
  reader: Reader,
  people: readonly Person[],
  outcomes: readonly RawOutcome[],
  activities: readonly RawActivity[],
): boolean {
  const firstUse = new Map<string, string>();
  const entries: [string, string][] = [
    ...people.map((person, index): [string, string] => [person.id, `board.people[${index}]`]),
    ...outcomes.map((raw): [string, string] => [raw.outcome.id, raw.path]),
    ...activities.map((raw): [string, string] => [raw.activity.id, raw.path]),
  ];
  for (const [id, path] of entries) {
    const earlier = firstUse.get(id);
    if (earlier !== undefined) {
      reader.failAt(`${path}.id`, `${quote(id)} is already the id of ${placeInFile(earlier)}: every id in the file must be unique.`);
      return false;
    }
    firstUse.set(id, path);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Entities

function readPerson(reader: Reader, value: unknown, path: string, index: number): Person | null {
  if (!isRecord(value)) {
    reader.failAt(path, `is ${describeValue(value)}, not a person's details.`);
    return null;
  }
  const id = readId(reader, value, path, 'a person');
  const name = readText(reader, value, 'name', path, PERSON_NAME);
  const role = readText(reader, value, 'role', path, ROLE);
  const newToRole = readBoolean(reader, value, 'newToRole', path);
  const colour = readColour(reader, value, path, index);
  const initials = readInitials(reader, value, path, name);
  if (reader.failed()) return null;
  return { id: id as PersonId, name, role, newToRole, colour, initials };
}

function readOutcome(reader: Reader, value: unknown, path: string): RawOutcome | null {
  if (!isRecord(value)) {
    reader.failAt(path, `is ${describeValue(value)}, not an outcome's details.`);
    return null;
  }
  const outcome: Omit<Outcome, 'ownerId'> = {
    id: readId(reader, value, path, 'an outcome') as OutcomeId,
    title: readText(reader, value, 'title', path, OUTCOME_TITLE),
    metric: readText(reader, value, 'metric', path, SHORT_TEXT),
    target: readNumber(reader, value, 'target', path),
    unit: readText(reader, value, 'unit', path, SHORT_TEXT),
    period: readText(reader, value, 'period', path, SHORT_TEXT),
    current: readNumber(reader, value, 'current', path),
    direction: readDirection(reader, value, path),
    revenueCritical: readBoolean(reader, value, 'revenueCritical', path),
    authority: readAuthority(reader, value, path),
    notes: readText(reader, value, 'notes', path, NOTES),
  };
  const ownerId = readOwner(reader, value, path);
  if (reader.failed()) return null;
  return { path, outcome, ownerId };
}

function readActivity(reader: Reader, value: unknown, path: string): RawActivity | null {
  if (!isRecord(value)) {
    reader.failAt(path, `is ${describeValue(value)}, not an activity's details.`);
    return null;
  }
  const activity = {
    id: readId(reader, value, path, 'an activity') as ActivityId,
    title: readText(reader, value, 'title', path, ACTIVITY_TITLE),
    done: readBoolean(reader, value, 'done', path),
  };
  const outcomeId = readOutcomeRef(reader, value, path);
  const assigneeIds = readIdList(reader, value, 'assigneeIds', path);
  if (reader.failed()) return null;
  return { path, activity, outcomeId, assigneeIds };
}

// ---------------------------------------------------------------------------------------------
// Fields. Each reads one key, reports a problem naming the key's path, and returns the value as it
// will be stored (or a placeholder after a problem).

interface TextRule {
  readonly max: number;
  /**
   * Single-line text is stored trimmed, as shared/commands stores it, and with no line breaks or
   * other control characters, which its one-line field cannot hold.
   */
  readonly trim: boolean;
  /** Multi-line text stored without blank lines before it or whitespace after it (withoutBlankEdges). */
  readonly trimBlankEdges?: true;
  /** Present when the text is required: why, in the workshop's words. */
  readonly required?: string;
}

const BOARD_TITLE: TextRule = { max: LIMITS.titleLength, trim: true, required: 'a board needs a title' };
const OUTCOME_TITLE: TextRule = { max: LIMITS.titleLength, trim: true, required: 'an outcome needs a title' };
const ACTIVITY_TITLE: TextRule = { max: LIMITS.titleLength, trim: true, required: 'an activity needs a title' };
const PERSON_NAME: TextRule = { max: LIMITS.nameLength, trim: true, required: 'a person needs a name' };
const ROLE: TextRule = { max: LIMITS.roleLength, trim: true };
const SHORT_TEXT: TextRule = { max: LIMITS.shortTextLength, trim: true };
// Purpose and notes keep their whitespace: it is the author's layout. They drop blank lines before
// them and whitespace after them, as shared/commands stores them: an empty line under the title, an
// empty line or two at the foot of a card's notes, on the board and in the PDF.
const PURPOSE: TextRule = { max: LIMITS.notesLength, trim: false, trimBlankEdges: true };
const NOTES: TextRule = { max: LIMITS.notesLength, trim: false, trimBlankEdges: true };

function readText(reader: Reader, record: Loose, key: string, parent: string, rule: TextRule): string {
  const path = `${parent}.${key}`;
  const value = own(record, key);
  if (value === undefined || value === null) {
    if (rule.required !== undefined) reader.failAt(path, `is missing: ${rule.required}.`);
    return '';
  }
  if (typeof value !== 'string') {
    reader.failAt(path, `must be text, not ${describeValue(value)}.`);
    return '';
  }
  const visible = visibleText(reader, value);
  const text = rule.trim ? singleLine(reader, visible, path) : rule.trimBlankEdges === true ? withoutBlankEdges(visible) : visible;
  // Lengths are UTF-16 units, as shared/commands counts them, so a board that imports can be edited.
  if (text.length > rule.max) {
    reader.failAt(path, `is ${formatCount(text.length)} characters long; the limit is ${formatCount(rule.max)}.`);
    return '';
  }
  if (rule.required !== undefined && showsNothing(text)) {
    // A zero-width space alone, say: a person named so was a blank chip, a board so titled a blank card.
    reader.failAt(path, text.length === 0 ? `is empty: ${rule.required}.` : `shows nothing (only characters that are not seen): ${rule.required}.`);
  }
  return text;
}

/**
 * The text without its bidirectional controls, counted for the import's warning. Taken out of every
 * text field of the file, as shared/commands takes them out of what is typed: an override (U+202E)
 * or even an isolate or a mark, none of them seen, can make a title read differently from what it
 * holds ("Board [RLO]gnp.exe" read "Board exe.png"). Which ones and why all of them: shared/text.
 * Half of a surrogate pair on its own ("\ud800" in the JSON) is made "�", as shared/commands makes
 * one pasted: it is no character, showed as a box, and UTF-8 (the CSV, the PDF, a file name) could
 * only write it as "�". Counted too, and the file still opens. Both by shared/text's asHeldText,
 * the rule typed text follows.
 */
function visibleText(reader: Reader, value: string): string {
  const { text, replaced, removed } = asHeldText(value);
  reader.loneSurrogatesReplaced += replaced;
  reader.bidiControlsRemoved += removed;
  return text;
}

/**
 * Single-line text as its field would hold it: trimmed, and a line break (or NUL, or any other
 * control character) made a space. The app's one-line fields cannot hold them (an input drops a
 * pasted line break), so a file that has them was written by hand or by another tool; the text is
 * kept readable, with a warning, rather than refused.
 */
function singleLine(reader: Reader, value: string, path: string): string {
  const text = value.trim();
  const cleaned = asOneLine(text);
  if (cleaned !== text) {
    reader.warnings.add(`${placeStartingSentence(path)} had line breaks or control characters in one line of text; they are now spaces.`);
  }
  return cleaned;
}

function readId(reader: Reader, record: Loose, parent: string, what: string, key = 'id'): string {
  const path = `${parent}.${key}`;
  const value = own(record, key);
  if (value === undefined || value === null) {
    reader.failAt(path, `is missing: ${what} needs an id.`);
    return '';
  }
  if (typeof value !== 'string') {
    reader.failAt(path, `must be text, not ${describeValue(value)}.`);
    return '';
  }
  if (value.length === 0) {
    reader.failAt(path, `is empty: ${what} needs an id.`);
    return '';
  }
  if (value.length > IMPORT_LIMITS.maxIdLength) {
    reader.failAt(path, `is ${formatCount(value.length)} characters long; the limit for an id is ${IMPORT_LIMITS.maxIdLength}.`);
    return '';
  }
  return value;
}

function readBoolean(reader: Reader, record: Loose, key: string, parent: string): boolean {
  const path = `${parent}.${key}`;
  const value = own(record, key);
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') {
    reader.failAt(path, `must be true or false, not ${describeValue(value)}.`);
    return false;
  }
  return value;
}

function readNumber(reader: Reader, record: Loose, key: string, parent: string): number | null {
  const path = `${parent}.${key}`;
  const value = own(record, key);
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number') {
    reader.failAt(path, `must be a number or left empty, not ${describeValue(value)}.`);
    return null;
  }
  // JSON has no Infinity, but 1e400 parses to it: no version of the app ever wrote that.
  if (!Number.isFinite(value)) {
    reader.fail(path, tooLargeAmount(placeStartingSentence(path)));
    return null;
  }
  // Past LIMITS.amount (1e308, 1e21) is a number no board holds now, but one the app saved before
  // amounts were limited, and its own export then could not be opened again. The rest of the board
  // is the workshop's work: it opens, this one amount left empty, and the warning gives it back.
  if (Math.abs(value) > LIMITS.amount) {
    reader.warnings.add(`${tooLargeAmount(`${placeStartingSentence(path)}, ${tooLargeInWords(value)},`)} It is now empty: set it again on the board.`);
    return null;
  }
  // -0 and 0 are the same target; only 0 survives a JSON round trip anyway.
  return value === 0 ? 0 : value;
}

/**
 * An amount past LIMITS.amount as the warning quotes it: every digit, grouped as a card writes
 * amounts (the file's "1e+21" meant nothing to most people in the room, beside a limit written in
 * digits), up to 30 digits; past that ("1e308", a slip of the keyboard) how many digits, not all 309 of them.
 */
function tooLargeInWords(value: number): string {
  const digits = Math.floor(Math.log10(Math.abs(value))) + 1;
  if (digits <= WARNING_DIGITS) return formatNumberInFull(value);
  return `${value < 0 ? 'a negative number' : 'a number'} of ${String(digits)} digits`;
}

/** The most digits of an amount a warning writes out. */
const WARNING_DIGITS = 30;

function readDirection(reader: Reader, record: Loose, parent: string): TargetDirection {
  const path = `${parent}.direction`;
  const value = own(record, 'direction');
  if (value === undefined || value === null) return 'at-least';
  if (value === 'at-least' || value === 'at-most') return value;
  reader.failAt(path, `must be "at-least" or "at-most", not ${describeValue(value)}.`);
  return 'at-least';
}

function readAuthority(reader: Reader, record: Loose, parent: string): Authority {
  const path = `${parent}.authority`;
  const value = own(record, 'authority');
  if (value === undefined || value === null) return NO_AUTHORITY;
  if (!isRecord(value)) {
    reader.failAt(path, `must say which kinds the owner holds, like {"decidesHow": true, …}, not ${describeValue(value)}.`);
    return NO_AUTHORITY;
  }
  // Built key by key: only the three facets can end up in the authority.
  return {
    decidesHow: readBoolean(reader, value, 'decidesHow', path),
    prioritisesResources: readBoolean(reader, value, 'prioritisesResources', path),
    choosesApproaches: readBoolean(reader, value, 'choosesApproaches', path),
  };
}

/**
 * Keys that name an outcome's owner. Only `ownerId` is written, but a hand-edited or foreign file
 * may say `owner` or `owners`; any of them is read, and naming two different people is refused
 * rather than one of them silently winning.
 */
const OWNER_KEYS = ['ownerId', 'owner', 'owners', 'ownerIds'] as const;

function readOwner(reader: Reader, record: Loose, parent: string): string | null {
  const named: string[] = [];
  for (const key of OWNER_KEYS) {
    const value = own(record, key);
    if (value === undefined || value === null) continue;
    const values: readonly unknown[] = Array.isArray(value) ? value : [value];
    // A list is read for the owner keys so "owners": ["p-1"] works; an empty "owners" list plainly
    // means nobody, but an empty ownerId or owner names no one where one id (or null) belongs.
    if (values.length === 0 && (key === 'ownerId' || key === 'owner')) {
      reader.failAt(`${parent}.${key}`, `must be one person's id or nothing, not an empty list.`);
      return null;
    }
    for (const [index, id] of values.entries()) {
      const where = Array.isArray(value) ? `${parent}.${key}[${index}]` : `${parent}.${key}`;
      if (typeof id !== 'string') {
        reader.failAt(where, `must be a person's id or nothing, not ${describeValue(id)}.`);
        return null;
      }
      if (!named.includes(id)) named.push(id);
      const [first, second] = named;
      if (first !== undefined && second !== undefined) {
        reader.fail(
          `${parent}.${key}`,
          `${placeStartingSentence(parent)} has two owners: an outcome has exactly one owner. It names ${quote(first)} and ${quote(second)}.`,
        );
        return null;
      }
    }
  }
  return named[0] ?? null;
}

function readOutcomeRef(reader: Reader, record: Loose, parent: string): string | null {
  const path = `${parent}.outcomeId`;
  const value = own(record, 'outcomeId');
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length > 1) {
    reader.fail(path, `${placeStartingSentence(parent)} serves two outcomes: an activity serves at most one outcome.`);
    return null;
  }
  reader.failAt(path, `must be an outcome's id or nothing, not ${describeValue(value)}.`);
  return null;
}

function readIdList(reader: Reader, record: Loose, key: string, parent: string): string[] {
  const path = `${parent}.${key}`;
  const value = own(record, key);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reader.failAt(path, `must be a list of people's ids, not ${describeValue(value)}.`);
    return [];
  }
  const ids: string[] = [];
  for (const [index, id] of (value as readonly unknown[]).entries()) {
    if (typeof id !== 'string') {
      reader.failAt(`${path}[${index}]`, `must be a person's id, not ${describeValue(id)}.`);
      return [];
    }
    ids.push(id);
  }
  return ids;
}

function readList(reader: Reader, record: Loose, key: string, max: number, label: string): readonly unknown[] {
  const path = `board.${key}`;
  const value = own(record, key);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reader.failAt(path, `is ${describeValue(value)}, not a list.`);
    return [];
  }
  if (value.length > max) {
    reader.fail(path, `The file has ${formatCount(value.length)} ${label}; a board holds at most ${formatCount(max)}.`);
    return [];
  }
  return value as readonly unknown[];
}

function readColour(reader: Reader, record: Loose, parent: string, index: number): string {
  const path = `${parent}.colour`;
  const value = own(record, 'colour');
  // Missing: the colour a person added at this place would get (as makePerson picks it).
  if (value === undefined || value === null || value === '') {
    return personColourAt(index);
  }
  if (typeof value === 'string' && isPersonColour(value)) return value;
  reader.failAt(path, `must be a colour written like #1d4ed8, not ${describeValue(value)}.`);
  return '#1d4ed8';
}

function readInitials(reader: Reader, record: Loose, parent: string, name: string): string {
  const path = `${parent}.initials`;
  const value = own(record, 'initials');
  // One line, like every single-line field: a chip cannot show a bell or an escape sequence.
  const given = typeof value === 'string' ? singleLine(reader, visibleText(reader, value), path) : value;
  if (given === undefined || given === null || given === '') {
    // The initials a person of this name gets in the app, which the check below always accepts.
    return initialsOf(name);
  }
  if (typeof given !== 'string') {
    reader.failAt(path, `must be text, not ${describeValue(value)}.`);
    return '?';
  }
  // Counted in letters a person sees, as shared/commands counts them (initialsFit): a flag or a
  // Devanagari conjunct is one, and a file giving one was refused whole.
  if (!initialsFit(given)) {
    reader.failAt(path, `can be at most ${MAX_INITIALS} letters, not ${quote(given)}.`);
    return '?';
  }
  return given;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/u;

/**
 * The file's creation time when it is a real ISO timestamp (normalised to UTC), else now.
 * (exportedAt only describes the file.)
 */
function readCreatedAt(value: unknown, now: IsoDateTime, warnings: Warnings): IsoDateTime {
  if (value === undefined || value === null) return now;
  const time = readTimestamp(value);
  if (time !== null) return time;
  warnings.add(`The board's creation date could not be read, so it is set to the time of import.`);
  return now;
}

/**
 * When the board was last changed, as the file says: the PDF's cover tells a recipient so ("Board
 * last changed"), and the library lists the board by it. The time of import said every imported
 * board was changed that day. Never before the board was created nor after now (a clock ahead on
 * the machine that wrote it); missing, the time of import, as before; unreadable, the same, with a
 * warning.
 */
function readUpdatedAt(value: unknown, createdAt: IsoDateTime, now: IsoDateTime, warnings: Warnings): IsoDateTime {
  if (value === undefined || value === null) return now;
  const time = readTimestamp(value);
  if (time === null) {
    warnings.add(`The board's last change date could not be read, so it is set to the time of import.`);
    return now;
  }
  const [at, created, latest] = [time, createdAt, now].map((iso) => Date.parse(iso)) as [number, number, number];
  if (at > latest) return now;
  return at < created && created <= latest ? createdAt : time;
}

/**
 * An ISO timestamp written in UTC, or null when `value` is not one or names a moment that does
 * not exist. Date.parse alone is not enough: it rolls "2026-02-30" over to 2 March and "24:00"
 * over to the next day, so the board would silently get a date nobody wrote.
 */
function readTimestamp(value: unknown): IsoDateTime | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const match = ISO_DATE_TIME.exec(value);
  if (match === null) return null;
  // Seconds and the offset may be left out (or "Z"): a missing part reads as 0.
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [1, 2, 3, 4, 5, 6, 7, 8].map((group) =>
    Number(match[group] ?? '0'),
  ) as [number, number, number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return null;
  const time = Date.parse(value);
  if (!Number.isFinite(time)) return null;
  const utc = new Date(time).toISOString();
  // An offset can move year 0000 or 9999 out of four digits ("-000001-…"), which no file may hold.
  return ISO_DATE_TIME.test(utc) ? utc : null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// ---------------------------------------------------------------------------------------------

function failure(message: string, path?: string): ImportResult {
  return { ok: false, error: path === undefined ? { message } : { message, path } };
}

function reasonOf(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.message === 'string' && error.message !== '') return error.message;
  } catch {
    // A getter that throws while we explain an error: fall through to the generic reason.
  }
  return 'an unexpected error';
}

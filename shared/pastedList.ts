/**
 * A list pasted into one of the board's quick-add fields: the room's sticky notes, typed into a doc
 * or a chat during the workshop, become one activity, outcome or person per line. A one-line field
 * would otherwise run the whole list together into one long title.
 *
 * Pure: it reads the pasted text and the names already on the board, and says what to add. The
 * store adds it all as one change (one undo step); the commands still check every item.
 */
import { LIMITS, nameKey, type Outcome, type Person } from './model';
import { asOneLine, cutToUnits, showsNothing } from './text';

/** Most lines added by one paste: more is likely the wrong thing on the clipboard (a whole document). */
export const PASTE_LIMIT = 200;

// Any line break a document, a chat or a spreadsheet may put on the clipboard.
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/u;

// What a list puts before its items: a bullet ("- ", "* ", "• "), a number ("1. ", "2) ", in any
// script's digits: "١. ", "१. ", "１．"), a checkbox ("[ ] ", "[x] ", "☐ "), or a bullet and a
// checkbox ("- [ ] ", a Markdown task). Japanese lists' "・", circled numbers ("①") and full-width
// numbers ("１．", not "１．５倍") go with or without a space after them.
const MARKER = /^(?:(?:[-*+•◦▪▫‣·–—]|\p{Nd}{1,3}[.)])(?:\s+|$)|\p{Nd}{1,3}[．）](?!\p{Nd})\s*|[・\u2460-\u2473]\s*)/u;
const CHECKBOX = /^(?:\[[ xX✓✔]?\]|[☐☑☒])(?:\s+|$)/u;

/** What a pasted list adds, or why it adds nothing. Null: one line, which the field takes as ever. */
export type Pasted<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string } | null;

/**
 * The line without its list marker. A tab at its start is kept: in a spreadsheet's row it is an
 * empty first cell (a role without a name), not indentation.
 */
function withoutMarker(line: string): string {
  return line.replace(/^[^\S\t]+/u, '').replace(MARKER, '').replace(CHECKBOX, '');
}

/** The non-empty lines of a paste, markers stripped; null when there are fewer than two. */
function pastedLines(text: string): Pasted<readonly string[]> {
  const lines = text
    .split(LINE_BREAK)
    .map(withoutMarker)
    // Blank, or nothing to see once made one line (a control character, a zero-width space): a
    // title no one could read, which the commands would refuse, and the whole paste with it.
    .filter((line) => !showsNothing(asOneLine(line.replace(/\t/gu, ' '))));
  if (lines.length < 2) return null;
  if (lines.length > PASTE_LIMIT) {
    return { ok: false, message: `That is a list of ${lines.length} lines; at most ${PASTE_LIMIT} can be added at once. Paste it in parts.` };
  }
  return { ok: true, value: lines };
}

/** One line of a field: tabs and control characters made spaces, cut to the field's limit between two characters. */
function fieldText(text: string, limit: number): string {
  return cutToUnits(asOneLine(text.replace(/\t/gu, ' ')), limit).trimEnd();
}

/** Titles of activities or outcomes, one a line, each cut to the title's limit. */
export function pastedTitles(text: string): Pasted<readonly string[]> {
  const lines = pastedLines(text);
  if (!lines?.ok) return lines;
  return { ok: true, value: lines.value.map((line) => fieldText(line, LIMITS.titleLength)) };
}

export interface PastedPerson {
  readonly name: string;
  readonly role: string;
}

// "Maya Chen – Head of Sales": a dash with a space either side (a hyphen inside a name, as in
// "Anne-Marie", is no separator).
const SPACED_DASH = /^(.*?)\s+[-–—]\s+(.*)$/u;
// "Maya Chen (Head of Sales)", "佐藤花子（マーケティング部長）" (full-width brackets)
const IN_BRACKETS = /^(.*?)\s*[(（]([^()（）]*)[)）]$/u;
// "Maya Chen, Head of Sales", "سارة أحمد، مديرة التسويق" (Arabic comma), "李伟，销售总监" (full-width), "、"
const COMMA = /[,،，、]/u;
const LINE_READ = 4 * (LIMITS.nameLength + LIMITS.roleLength);

/**
 * "Maya Chen, Head of Sales", "Maya Chen – Head of Sales", "Maya Chen (Head of Sales)", or two
 * cells of a spreadsheet row ("Maya Chen<tab>Head of Sales"; further cells are left out); the
 * comma and brackets of Arabic and of Chinese and Japanese text too.
 */
export function personOfLine(pastedLine: string): PastedPerson {
  // What lies past this could only be cut off; and the patterns below take time growing with the
  // square of a line's length (a line of spaces), which a stray paste must not freeze the board for.
  const line = pastedLine.slice(0, LINE_READ);
  let name = line;
  let role = '';
  if (line.includes('\t')) {
    const [first = '', ...rest] = line.split('\t');
    name = first;
    role = rest.find((cell) => cell.trim() !== '') ?? '';
  } else {
    const parts = SPACED_DASH.exec(line) ?? IN_BRACKETS.exec(line);
    const comma = line.search(COMMA);
    if (parts) {
      name = parts[1] ?? '';
      role = parts[2] ?? '';
    } else if (comma >= 0) {
      name = line.slice(0, comma);
      role = line.slice(comma + 1);
    }
  }
  return { name: fieldText(name, LIMITS.nameLength), role: fieldText(role, LIMITS.roleLength) };
}

/** What a pasted list adds once the names the board holds already, or the list held before, are left out. */
export interface LeftOut<T> {
  readonly kept: readonly T[];
  /** Names left out because the board holds that name (each once, as first pasted). */
  readonly onBoard: readonly string[];
  /** Names left out because the list held them before (added then; each once, as pasted again). */
  readonly repeated: readonly string[];
}

/**
 * `items` without those whose name (spaces and case aside: see nameKey) is one of `taken`, or an
 * earlier item's: a second person or outcome of a name the room could not tell from the first.
 * Each name left out is said once, under the one reason that holds.
 */
function withoutNamesakes<T>(items: readonly T[], nameOf: (item: T) => string, taken: Iterable<string>): LeftOut<T> {
  const onBoardKeys = new Set(Array.from(taken, nameKey));
  const leftOut = new Set<string>();
  const added = new Set<string>();
  const kept: T[] = [];
  const onBoard: string[] = [];
  const repeated: string[] = [];
  for (const item of items) {
    const key = nameKey(nameOf(item));
    if (onBoardKeys.has(key) || added.has(key)) {
      if (!leftOut.has(key)) (onBoardKeys.has(key) ? onBoard : repeated).push(nameOf(item));
      leftOut.add(key);
    } else {
      added.add(key);
      kept.push(item);
    }
  }
  return { kept, onBoard, repeated };
}

/**
 * Outcomes' titles, one a line, as pastedTitles reads them; a title an outcome on the board has
 * already, or the list had before, is left out, as the commands refuse a second outcome of one
 * title.
 */
export function pastedOutcomeTitles(text: string, onBoard: readonly Outcome[]): Pasted<LeftOut<string>> {
  const titles = pastedTitles(text);
  if (!titles?.ok) return titles;
  return {
    ok: true,
    value: withoutNamesakes(
      titles.value,
      (title) => title,
      onBoard.map((outcome) => outcome.title),
    ),
  };
}

export interface PastedPeople extends Omit<LeftOut<PastedPerson>, 'kept'> {
  readonly people: readonly PastedPerson[];
  /** Lines with a role but no name ("– Head of Sales"). */
  readonly nameless: number;
}

/**
 * People, one a line, each with a role when the line has one. A name already on the board (spaces
 * and case aside: see nameKey) is skipped, as the people form refuses it, and so is a name the list
 * holds twice.
 */
export function pastedPeople(text: string, onBoard: readonly Person[]): Pasted<PastedPeople> {
  const lines = pastedLines(text);
  if (!lines?.ok) return lines;
  const read = lines.value.map(personOfLine);
  const named = read.filter((person) => nameKey(person.name) !== '');
  const { kept, ...leftOut } = withoutNamesakes(
    named,
    (person) => person.name,
    onBoard.map((person) => person.name),
  );
  return { ok: true, value: { people: kept, ...leftOut, nameless: read.length - named.length } };
}

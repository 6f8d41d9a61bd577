/**
 * The workshop's vocabulary as types: board, outcome, activity, person, authority.
 *
 * Invariants are modelled so the wrong state cannot be written: an outcome has `ownerId:
 * PersonId | null` (a second owner is unrepresentable), an activity serves at most one outcome
 * (`outcomeId: OutcomeId | null`, null = parking lot), and ids are branded so an outcome id can't
 * be passed where a person id is expected. Order is the order of the arrays: `outcomes` is the
 * board's order, and the activities of one container keep their relative order in `activities`.
 *
 * Pure TypeScript: no DOM, no React, no Dexie, no Electron. Both sides import it.
 */
import { asOneLine, cutToUnits, firstGraphemes } from './text';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type BoardId = Brand<string, 'BoardId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type OutcomeId = Brand<string, 'OutcomeId'>;
export type ActivityId = Brand<string, 'ActivityId'>;

/** ISO-8601 timestamp, e.g. "2026-11-28T09:30:00.000Z". Strings survive JSON and IndexedDB alike. */
export type IsoDateTime = string;

export interface Person {
  readonly id: PersonId;
  readonly name: string;
  /** Job title in the workshop's words: "Head of Sales". */
  readonly role: string;
  /**
   * Still learning the role. The method: task assignment is right for people who are new; full
   * ownership comes once they know the territory, so health flags new people who own outcomes.
   */
  readonly newToRole: boolean;
  /** A CSS hex colour (#rrggbb) for the person's chip. */
  readonly colour: string;
  /** One to three letters shown on the chip; derived from the name unless set. */
  readonly initials: string;
}

/**
 * Which side of the target is success. "20 qualified opportunities per month" is `at-least`;
 * "churn at most 2% per quarter" is `at-most`.
 */
export type TargetDirection = 'at-least' | 'at-most';

/**
 * The three facets of authority. Ownership needs all three: the owner decides how the outcome is
 * pursued, prioritises the resources for it, and chooses the approaches.
 */
export interface Authority {
  readonly decidesHow: boolean;
  readonly prioritisesResources: boolean;
  readonly choosesApproaches: boolean;
}

export type AuthorityFacet = keyof Authority;

export const AUTHORITY_FACETS: readonly AuthorityFacet[] = [
  'decidesHow',
  'prioritisesResources',
  'choosesApproaches',
];

export const NO_AUTHORITY: Authority = {
  decidesHow: false,
  prioritisesResources: false,
  choosesApproaches: false,
};

export const FULL_AUTHORITY: Authority = {
  decidesHow: true,
  prioritisesResources: true,
  choosesApproaches: true,
};

export interface Outcome {
  readonly id: OutcomeId;
  readonly title: string;
  /** What is counted: "Qualified opportunities created". Empty = not stated. */
  readonly metric: string;
  /** The number to reach; null = no target (then it is a task, not an outcome). */
  readonly target: number | null;
  /** What the number counts: "qualified opportunities", "%", "€". */
  readonly unit: string;
  /** The time frame: "per month", "by end of Q2". */
  readonly period: string;
  /** Where it stands today; null = not measured yet. */
  readonly current: number | null;
  readonly direction: TargetDirection;
  readonly revenueCritical: boolean;
  /** Exactly one accountable person, or nobody. Never two. */
  readonly ownerId: PersonId | null;
  readonly authority: Authority;
  readonly notes: string;
}

export interface Activity {
  readonly id: ActivityId;
  readonly title: string;
  /** The outcome this activity serves; null = the parking lot. */
  readonly outcomeId: OutcomeId | null;
  /** Tasks may be shared: any number of assignees, each at most once. */
  readonly assigneeIds: readonly PersonId[];
  readonly done: boolean;
}

export interface Board {
  readonly id: BoardId;
  /**
   * The id of the board this map was first made as, when this board is another version of it: a
   * file imported (the facilitator's map, back from the team that updated it) gets the file's
   * origin, or the id of the board the file was exported from. Absent on a board made here (a new
   * board, the sample, a duplicate, a template): it is its own map's first version, and its id is
   * the map's (mapIdOf). Never this board's own id, and never changed after the board is made: no
   * command, undo or restore touches it, so a saved patch need not carry it (shared/patch.ts).
   */
  readonly origin?: BoardId;
  readonly title: string;
  /** Why the workshop is held, agreements, notes for the exported map. */
  readonly purpose: string;
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
  readonly people: readonly Person[];
  /** In board order. */
  readonly outcomes: readonly Outcome[];
  /** The activities of one container appear in their container order. */
  readonly activities: readonly Activity[];
}

/** Limits that keep a board printable and an imported file harmless. */
export const LIMITS = {
  titleLength: 200,
  nameLength: 100,
  roleLength: 100,
  shortTextLength: 100,
  notesLength: 5000,
  assigneesPerActivity: 50,
  /**
   * Most people, outcomes and activities on one board: far past any workshop (a big one has tens of
   * outcomes and hundreds of activities), and what a file may hold (shared/format's IMPORT_LIMITS),
   * so that every board the app makes can be exported and imported again.
   */
  people: 5_000,
  outcomes: 1_000,
  activities: 50_000,
  /**
   * The largest target or current value either side of zero, 10^20: any count or amount a
   * workshop names, in any currency, with room to spare. Past it, an amount is a slip of the
   * keyboard ("1e308"): the editor and the commands refuse it, and an import empties it with a
   * warning. Cards, the health check and the PDF write every amount in digits, grouped in threes
   * (shared/health.ts), also one stored before this limit (where JavaScript writes "1e+21").
   */
  amount: 1e20,
} as const;

/** What the board, the print view and the CSV call the place of activities that serve no outcome. */
export const PARKING_LOT_NAME = 'Parking lot';

/** A blank board's title until it is given one. */
export const UNTITLED_BOARD = 'Untitled board';

/**
 * `title` and then `suffix`, the title shortened so that the whole fits the model's limit (never
 * inside a letter: cutToUnits). What the library's copies are called, " (copy)" and " (template)",
 * and a board that arrives from outside (an imported file, a restored backup) beside one of the
 * same title: "Team A (imported 14 Mar 2026 at 10:15)", "… (restored …)". Without a suffix the
 * library showed two cards alike in every word, and a screen reader heard two identical "Open
 * Team A" buttons.
 */
export function titleWithSuffix(title: string, suffix: string): string {
  return `${cutToUnits(title, LIMITS.titleLength - suffix.length).trim() || UNTITLED_BOARD}${suffix}`;
}

/** What "New board" makes, in the library and in the desktop's menu alike: nothing on it yet. */
export function createBlankBoard(id: BoardId, now: IsoDateTime): Board {
  return { id, title: UNTITLED_BOARD, purpose: '', createdAt: now, updatedAt: now, people: [], outcomes: [], activities: [] };
}

/**
 * The map a board is a version of: its origin, or its own id when it was made here. What the
 * export writes as the file's `origin`, so every copy that travels and comes back keeps it.
 */
export const mapIdOf = (board: Pick<Board, 'id' | 'origin'>): BoardId => board.origin ?? board.id;

/**
 * Whether two boards are versions of the same map: the facilitator's board and the one a team
 * sent back, two teams' returns, or a board and a backup of it restored. Their people, outcomes and
 * activities keep their ids through export and import, so shared/changes can say what changed.
 */
export const sameMap = (a: Pick<Board, 'id' | 'origin'>, b: Pick<Board, 'id' | 'origin'>): boolean => mapIdOf(a) === mapIdOf(b);

/** The activities of one container (an outcome, or the parking lot for null), in order. */
export function activitiesIn(board: Board, outcomeId: OutcomeId | null): Activity[] {
  return board.activities.filter((activity) => activity.outcomeId === outcomeId);
}

/** `items` listed under each key `keysOf` gives (none, one or several), each list in the items' order. */
export function groupBy<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * Every activity as the map shows them: each outcome's in the outcomes' order, then the parking
 * lot's. The board keeps them in the order they were added (an outcome's first activity added after
 * some parked ones comes after those), so a list by person in the stored order mixed outcomes and
 * parked ideas, and an outcome moved to the top still had its activities listed last.
 */
export function activitiesInMapOrder(board: Board): Activity[] {
  const containers = [...board.outcomes.map((outcome) => outcome.id), null];
  const onBoard = new Set(containers);
  // An activity of an outcome not on the board (never saved so) serves nothing there: the parking lot's.
  const byContainer = groupBy(board.activities, (activity) => [onBoard.has(activity.outcomeId) ? activity.outcomeId : null]);
  return containers.flatMap((container) => byContainer.get(container) ?? []);
}

export function findPerson(board: Board, id: PersonId): Person | undefined {
  return board.people.find((person) => person.id === id);
}

export function findOutcome(board: Board, id: OutcomeId): Outcome | undefined {
  return board.outcomes.find((outcome) => outcome.id === id);
}

export function findActivity(board: Board, id: ActivityId): Activity | undefined {
  return board.activities.find((activity) => activity.id === id);
}

/**
 * Most letters on a chip, counted as a person sees them (graphemes): "🏳️‍🌈" or "क्षि" is one, though
 * several code points. The editing commands and the importer count typed initials so (initialsFit),
 * so whatever initialsOf makes is accepted by both.
 */
export const MAX_INITIALS = 3;

/** Most UTF-16 units initials may take, whatever they show: three emoji families fit. */
export const MAX_INITIALS_UNITS = 48;

/** Whether initials fit on a chip: MAX_INITIALS letters as a person sees them, MAX_INITIALS_UNITS at most. */
export function initialsFit(initials: string): boolean {
  return initials.length <= MAX_INITIALS_UNITS && firstGraphemes(initials, MAX_INITIALS + 1).length <= MAX_INITIALS;
}

/**
 * Thai vowels written before the consonant they follow in speech (เ แ โ ใ ไ): a word's initial is
 * the consonant after them, as a Thai reader takes it ("เกียรติ" -> "กี", the consonant with its
 * vowel mark, not "เ").
 */
const LEADING_THAI_VOWEL = /^[\u0e40-\u0e44](?=\p{L})/u;

/**
 * Punctuation and maths signs before a word's first letter: a name pasted in quotes or brackets
 * ("“Bob” Smith", "(Maya) Chen", "<Maya>") had a quote, a bracket or "<" for an initial. A word of
 * nothing else keeps them.
 */
const LEADING_MARKS = /^[\p{P}\p{Sm}]+(?=[^\p{P}\p{Sm}])/u;

/**
 * The Arabic article "ال" at the start of a family name ("الحداد", al-Haddad): an Arabic reader
 * takes the initial from the name after it ("يوسف الحداد" -> "يح", not "يا"). Only before two
 * letters at least, so a short word that merely begins so keeps its own; the article's vowel marks
 * go with it (a sukun left alone was the initial).
 */
const ARABIC_ARTICLE = /^\u0627\u0644\p{M}*(?=\p{L}\p{M}*\p{L})/u;

/**
 * "Maya Chen" -> "MC", "Prince" -> "PR", "  " -> "?". Whole letters as a person sees them: a
 * flag or an emoji family stays itself ("🏳️‍🌈" is not cut to a white flag, "👩🏽‍💻" keeps its
 * tone), a Devanagari conjunct its marks. Never more than the chip takes (initialsFit):
 * upper-casing can grow a letter ("ß" -> "SS"), and initials the app makes but then refuses would
 * make its own export impossible to import again.
 */
export function initialsOf(name: string): string {
  const words = initialWords(name);
  const first = words[0];
  const last = words.at(-1);
  if (first === undefined || last === undefined) return '?';
  const picked = words.length === 1 ? firstGraphemes(first, 2) : [...firstGraphemes(first, 1), ...firstGraphemes(last, 1)];
  const letters = picked.map(capital);
  const whole = letters.join('');
  if (initialsFit(whole)) return whole;
  // Too long even so (a letter with a hundred marks): each letter's base character.
  return letters.map((letter) => Array.from(letter)[0] ?? '').join('');
}

/**
 * The words of a name as initials are taken from them: NFKC undoes ligatures pasted from PDFs
 * ("ﬁona ﬂynn" -> "fiona flynn") and full-width letters; quotes and brackets before a word, a
 * leading Thai vowel and the Arabic article of a family name are not its initial.
 */
function initialWords(name: string): string[] {
  const words = name
    .normalize('NFKC')
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => word.replace(LEADING_MARKS, '').replace(LEADING_THAI_VOWEL, ''));
  if (words.length > 1) words[words.length - 1] = (words.at(-1) ?? '').replace(ARABIC_ARTICLE, '');
  return words;
}

// One letter stays one letter: "ß" upper-cases to "SS", of which the initial is "S".
const capital = (letter: string) => firstGraphemes(letter.toUpperCase().normalize('NFC'), 1).join('');
const small = (letter: string) => firstGraphemes(letter.toLowerCase().normalize('NFC'), 1).join('');

/**
 * Longer initials for a name whose own (initialsOf) are someone else's too, best first: Tom Baker
 * and Tom Becker are both "TB" and told apart on an activity only by the chips' colours (not on a
 * projector, not by a colour-blind reader, not in a black-and-white PDF). The family name's second
 * letter first ("TBa", "TBe": the family name is what tells people apart in a room), then the
 * first name's ("ToB", "TiB"); a one-word name its third letter ("Prince" -> "PRi"). The added
 * letter is small, so "TBa" still reads as T. B. and a. Only those that fit a chip (initialsFit),
 * and none that is the name's own initials again (a one-letter family name has no second letter).
 */
export function longerInitialsOf(name: string): string[] {
  const words = initialWords(name);
  const first = words[0];
  const last = words.at(-1);
  if (first === undefined || last === undefined) return [];
  const [f1 = '', f2 = '', f3 = ''] = firstGraphemes(first, 3);
  const [l1 = '', l2 = ''] = firstGraphemes(last, 2);
  const made =
    words.length === 1
      ? [f3 === '' ? '' : capital(f1) + capital(f2) + small(f3)]
      : [l2 === '' ? '' : capital(f1) + capital(l1) + small(l2), f2 === '' ? '' : capital(f1) + small(f2) + capital(l1)];
  const own = initialsOf(name);
  return made.filter((initials, index) => initials !== '' && initials !== own && initialsFit(initials) && made.indexOf(initials) === index);
}

/**
 * Initials as two chips are compared: "TBA" and "TBa" are not told apart at a glance across a
 * room, so they count as the same.
 */
export const initialsKey = (initials: string): string => initials.normalize('NFC').toUpperCase();

/**
 * A name as two names are compared: spaces and case aside. Two people whose names share a key
 * cannot be told apart on their chips, in "Set owner…" or "Assign", or in the health check's
 * sentences, so a board holds each key once (the people form refuses a second, the importer
 * renames it).
 */
export function nameKey(name: string): string {
  // Control characters made spaces, as the board would hold them, and none of the characters that
  // are not seen (format characters: the bidirectional controls shared/commands takes out, a
  // zero-width space, a word joiner, a soft hyphen). The forms compare what was typed: "Maya
  // [LRM]Chen" pasted beside a "Maya Chen" was let in as someone new, and an imported "Maya Chen"
  // with a zero-width space after it was a second "Maya Chen" on the chips.
  // Not toLocaleLowerCase: the same file would be read differently on a computer set to Turkish.
  // NFC: an "é" typed as one character and one written as "e" and an accent (macOS file names,
  // some keyboards, pasted Vietnamese) look the same: "José García" twice, on identical chips.
  return asOneLine(name).replace(/\p{Cf}/gu, '').normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** Chip colours with enough contrast for white initials (WCAG AA on 14px bold). */
export const PERSON_COLOURS: readonly string[] = [
  '#1d4ed8',
  '#047857',
  '#b45309',
  '#7c3aed',
  '#be123c',
  '#0e7490',
  '#4d7c0f',
  '#a21caf',
];

const HEX_COLOUR = /^#[0-9a-f]{6}$/iu;

/** A person's colour as the board holds it: a CSS hex colour written #rrggbb (either case). */
export function isPersonColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

/** Dark initials, for a light chip colour a file brought (the print's and the board's text colour). */
export const DARK_INITIALS = '#111827';

/** WCAG's relative luminance of a #rrggbb colour. */
function luminanceOf(hex: string): number {
  const [red, green, blue] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

const DARK_LUMINANCE = luminanceOf(DARK_INITIALS);

/**
 * White initials on a chip of `background` (#rrggbb), or dark ones where they read better. The
 * board's own colours are dark enough for white (PERSON_COLOURS), but a file may bring any #rrggbb:
 * white "MC" on a yellow #fde047 was 1.3:1, on the board and in the PDF, and gone printed in grey.
 */
export function initialsColour(background: string): string {
  const luminance = luminanceOf(background);
  const onWhite = 1.05 / (luminance + 0.05);
  const onDark = (luminance + 0.05) / (DARK_LUMINANCE + 0.05);
  return onWhite >= onDark ? '#fff' : DARK_INITIALS;
}

/** The chip colour of the person added at `index`: the colours in turn, so neighbours differ. */
export function personColourAt(index: number): string {
  // The first colour is a safe fallback: PERSON_COLOURS is never empty, but indexing can't know that.
  return PERSON_COLOURS[index % PERSON_COLOURS.length] ?? '#1d4ed8';
}

/**
 * How far apart, relative to their size, two amounts may be and still be the same amount: the
 * last of a computed number's 17 digits are noise (a spreadsheet's 0.1 + 0.2 is
 * 0.30000000000000004, a hundred-millionth of a millionth off), while a number a person types
 * differs from another in its first 14 digits (999999999999.9 is not a trillion).
 */
const NOISE = 1e-14;

/**
 * The same amount, but for the noise in a computed number's last digits. Below 1 the allowance
 * stays that of 1 (1e-14): a spreadsheet's 0.1 + 0.2 - 0.3 is 5.55e-17, not above "at most 0".
 */
export function sameAmount(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= NOISE * Math.max(Math.abs(a), Math.abs(b), 1);
}

/**
 * The outcome's target reached? null when it can't be told (no target or no current value). A
 * current value equal to the target meets it in either direction, noise aside: an imported churn
 * of 0.30000000000000004% was over its ceiling of 0.3%, and the board showed "0.3%, target at most
 * 0.3%" as missed.
 */
export function isResultMet(outcome: Outcome): boolean | null {
  const { target, current } = outcome;
  if (target === null || current === null) return null;
  if (sameAmount(current, target)) return true;
  return outcome.direction === 'at-least' ? current > target : current < target;
}

/**
 * Whether two values hold the same, as the board file would write them: key order aside, and a
 * key holding undefined as one not there (JSON leaves both out).
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = (value: Record<string, unknown>) => Object.keys(value).filter((key) => value[key] !== undefined);
  const leftKeys = keys(left);
  return leftKeys.length === keys(right).length && leftKeys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]));
}

/**
 * Whether two states of a board hold the same board, when it was last edited aside: an edit and its
 * undo, or a restore of the board as it was, give the same board with a later `updatedAt`. A
 * snapshot of it would be a second copy of one restore point (db/snapshots.ts skips it), and
 * shared/changes lists no change between them. Here, not in shared/changes, so the save worker,
 * which skips those snapshots, does not carry the health check's code.
 */
export function sameBoardContent(a: Board, b: Board): boolean {
  return a === b || sameValue({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });
}

/**
 * Whether two versions of a map (sameMap) hold the same map: as sameBoardContent, their ids aside.
 * A returned file the team did not change is another board, with an id of its own, and still
 * nothing changed: shared/changes says so rather than "small changes only".
 */
export function sameMapContent(a: Board, b: Board): boolean {
  const identity = { id: '', origin: '', updatedAt: '' };
  return a === b || sameValue({ ...a, ...identity }, { ...b, ...identity });
}

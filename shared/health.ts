/**
 * The method's three questions, asked of every outcome, and what the board as a whole says about
 * ownership. The facilitator reads these out live, so every verdict, reason and finding is a
 * sentence in the workshop's words, and the same board always gives the same words in the same
 * order (the exported map and screen readers repeat them).
 *
 * Pure and derived: nothing here is stored. The board is the truth; health is recomputed from it.
 */
import {
  AUTHORITY_FACETS,
  activitiesIn,
  findPerson,
  isResultMet,
  LIMITS,
  sameAmount,
  type Activity,
  type ActivityId,
  type Authority,
  type AuthorityFacet,
  type Board,
  type Outcome,
  type OutcomeId,
  type Person,
  type PersonId,
} from './model';
import { counted, isolatedInSentence, listInSentence } from './text';

export type Verdict = 'owned' | 'task-not-outcome' | 'nobody-owns' | 'task-assignment';

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  owned: 'Owned',
  'task-not-outcome': 'Task, not an outcome',
  'nobody-owns': 'Nobody owns it',
  'task-assignment': 'Task assignment, not ownership',
};

export const QUESTIONS: readonly [string, string, string] = [
  'Is there a specific, measurable result?',
  'Is there one named person accountable for it?',
  'Does that person have genuine authority to decide how?',
];

export interface QuestionCheck {
  readonly question: 1 | 2 | 3;
  readonly asks: string;
  readonly passed: boolean;
  readonly reason: string;
}

export interface OutcomeHealth {
  readonly outcomeId: OutcomeId;
  readonly verdict: Verdict;
  readonly label: string;
  /** The first failing question's reason, or why it is owned. */
  readonly reason: string;
  readonly questions: readonly [QuestionCheck, QuestionCheck, QuestionCheck];
  readonly activityCount: number;
  readonly doneCount: number;
  /** `isResultMet`: null when there is no target or no current value. */
  readonly resultMet: boolean | null;
  /**
   * At least one activity, all of them done, and the result missed. The method's central point:
   * busy is not the same as owned, and the board must show it.
   */
  readonly tasksDoneResultMissed: boolean;
  /**
   * What to do about it, in one line for someone who was not in the room ("Next: name one person
   * accountable for it."), or "" for an outcome owned and on its way. See nextStepOf.
   */
  readonly nextStep: string;
}

/**
 * "(met)" or "(not met yet)", said after where an outcome stands (its resultMet); '' when it is not
 * measured against a target. The PDF says it after every result; the board's card where it has no
 * bar to show it (a ceiling, a goal of zero or below): "7 days, target at most 5 days" looked met.
 */
export function standingWords(resultMet: boolean | null): string {
  if (resultMet === null) return '';
  return resultMet ? '(met)' : '(not met yet)';
}

/** Where an outcome without a target stands, when nothing was measured either (progressText). */
export const NO_TARGET_TO_MEASURE = 'No target to measure against';

/**
 * Where an outcome stands, with whether its result is met: "14 of 20 qualified opportunities (not
 * met yet)", "38 points (no target to measure against)", or NO_TARGET_TO_MEASURE. The PDF's card
 * ("Current") and its owner's sheet say it; so does the People view, under each outcome a person
 * is the owner of.
 */
export function progressText(outcome: Outcome, health: OutcomeHealth | undefined): string {
  const progress = formatProgress(outcome);
  if (progress === '') return formatMeasuredWithoutTarget(outcome) || NO_TARGET_TO_MEASURE;
  const standing = standingWords(health?.resultMet ?? null);
  return standing === '' ? progress : `${progress} ${standing}`;
}

/**
 * What an outcome with `tasksDoneResultMissed` says of itself, in these words wherever it stands:
 * on its card on the board, on its card in the PDF, under its verdict in the PDF's three questions
 * and on its owner's page (a verdict of "Owned" beside all tasks ticked read as all well).
 */
export const TASKS_DONE_RESULT_MISSED = 'Tasks done, result missed';

/**
 * What an outcome with every task done and its result not measured says on its card: the board
 * can't tell whether the result came, and that is the question to ask. A screen reader heard it as
 * the last task was ticked, and the health check listed it, while the card showed only "Not
 * measured yet", as it does before any task is done.
 */
export const TASKS_DONE_NOT_MEASURED = 'Tasks done, result not measured: is it reached?';

/** Whether every task of an outcome with a target is done while its result is not measured. */
export function tasksDoneNotMeasured(outcome: Outcome, health: OutcomeHealth): boolean {
  return health.resultMet === null && hasTarget(outcome) && health.activityCount > 0 && health.doneCount === health.activityCount;
}

export type FindingKind = 'not-owned' | 'parking-lot' | 'owns-nothing' | 'owns-too-much' | 'new-owner' | 'tasks-done-result-missed' | 'tasks-done-not-measured';

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: 'warning' | 'info';
  readonly message: string;
  readonly outcomeId?: OutcomeId;
  readonly personId?: PersonId;
  /** The parking-lot finding (one for all parked activities): the first of them, in board order. */
  readonly activityId?: ActivityId;
}

export interface HealthScore {
  readonly owned: number;
  readonly total: number;
  readonly revenueCritical: { readonly owned: number; readonly total: number };
  /**
   * Outcomes with every activity done and the result missed (tasksDoneResultMissed): the method's
   * central point, in the board's header beside the score, so the room sees it from the back.
   */
  readonly tasksDoneResultMissed: number;
}

/** The score of a board with no outcomes, in the header and the PDF: not "0 of 0 outcomes owned". */
export const NO_OUTCOMES_YET = 'No outcomes yet';

export interface BoardHealth {
  readonly outcomes: ReadonlyMap<OutcomeId, OutcomeHealth>;
  readonly findings: readonly Finding[];
  readonly score: HealthScore;
}

/**
 * More outcomes than this and one person can't really hold them all. The finding states the line
 * ("more than 3 is hard to hold"); boardHealth takes another, but the app has no setting for it yet.
 */
export const DEFAULT_MAX_OWNED = 3;

/**
 * The order findings are listed in: warnings (things to fix in the room) before info (things to
 * notice), and within each, one kind after another so the list doesn't reshuffle as people talk.
 */
export const FINDING_ORDER: readonly FindingKind[] = [
  'not-owned',
  'tasks-done-result-missed',
  'owns-too-much',
  'new-owner',
  'tasks-done-not-measured',
  'owns-nothing',
  'parking-lot',
];

/** The authority facets' short names, as the board, the print view and the CSV show them. */
export const AUTHORITY_FACET_LABELS: Readonly<Record<AuthorityFacet, string>> = {
  decidesHow: 'Decides how',
  prioritisesResources: 'Prioritises resources',
  choosesApproaches: 'Chooses approaches',
};

// The same facets as a verb after "can't" and after a name, so reasons read as one sentence.
const FACET_CANNOT: Readonly<Record<AuthorityFacet, string>> = {
  decidesHow: 'decide how it is pursued',
  prioritisesResources: 'prioritise resources',
  choosesApproaches: 'choose approaches',
};
const FACET_CAN: Readonly<Record<AuthorityFacet, string>> = {
  decidesHow: 'decides how it is pursued',
  prioritisesResources: 'prioritises resources',
  choosesApproaches: 'chooses approaches',
};

/**
 * 0.5, 20, 1234.5, 0.001, 2 500 000: two decimals, or more where a small value needs them (up to
 * six significant digits, and MOST_DECIMALS at most), no trailing zeros, and no locale's grouping,
 * so the text is the same on every machine (tests, exports and the facilitator's laptop agree). Two
 * decimals alone printed a target of 0.001 % as "at most 0%" beside a verdict of "not met yet".
 *
 * For people reading, not for machines: the CSV and the board file keep numbers as numbers, and
 * the outcome editor's fields hold plainNumber(value).
 */
export function formatNumber(value: number): string {
  return numberText(value, SIGNIFICANT_DIGITS);
}

const SIGNIFICANT_DIGITS = 6;
/** A double holds no more: past this, two different numbers can't be written apart. */
const MOST_DIGITS = 17;
/**
 * The most decimals an amount is written with: 0.00000000000000000001 (10^-20) is the smallest
 * written, as 10^20 (LIMITS.amount) is the largest a board takes. A stored 5e-324 (from a file, or
 * typed as "5e-324") was written with all its 325 digits, which ran down its card, the health
 * check and the PDF; it is "0" now, as the board judges it (sameAmount: no further from 0 than
 * noise). Two amounts judged apart differ by more than 10^-14, so they are still written apart.
 */
const MOST_DECIMALS = 20;

/**
 * Why a target or current value past LIMITS.amount (or Infinity) is refused, `what` naming it ("The
 * target"): the largest written as a card writes it (no words: a "trillion" is 10^12 to some
 * readers and 10^18 to others).
 */
export const tooLargeAmount = (what: string): string => `${what} is too large: a board holds amounts up to ${formatNumber(LIMITS.amount)}, either side of zero.`;

/** formatNumber with `digits` significant digits in place of six. */
function numberText(value: number, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0'; // -0 too
  const magnitude = Math.abs(value);
  // From 1e21, where JavaScript writes a number in its exponent notation and toFixed gives up too:
  // the significant digits written out in full, as a person reads amounts ("1e+21" on a card meant
  // nothing to most people in the room). A board refuses amounts past LIMITS.amount now, but keeps
  // those it stored before.
  if (magnitude >= 1e21) return groupedByThree(inFull(Number(value.toPrecision(digits))));
  const decimals = Math.min(MOST_DECIMALS, Math.max(2, digits - 1 - Math.floor(Math.log10(magnitude))));
  return groupedByThree(fixed(value, decimals));
}

/** toFixed without trailing zeros (20.00 -> 20, 0.500 -> 0.5), and "0" for what rounds to zero either side of it. */
function fixed(value: number, decimals: number): string {
  const text = value.toFixed(decimals).replace(/\.?0+$/u, '');
  return text === '-0' ? '0' : text;
}

/**
 * A target or current value as the outcome editor's field holds it: plain digits, ungrouped, and
 * every digit the number holds (String(value)), so the field keeps what the card rounds away, but
 * never JavaScript's exponent notation: a stored 1e21 or 1.5e-7 showed as "1e+21" and "1.5e-7" in
 * the field, beside a card that wrote them in digits. Past MOST_DECIMALS (5e-324 has 324), the
 * field holds what the card writes, "0": a field left as it is keeps the stored value (the editor
 * writes only fields that were changed).
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const full = inFull(value);
  const point = full.indexOf('.');
  return point === -1 || full.length - point - 1 <= MOST_DECIMALS ? full : fixed(value, MOST_DECIMALS);
}

/**
 * Every digit of an amount (plainNumber), grouped as a card groups them: where the exact amount
 * must be given back, as the importer's warning about an amount it left empty does.
 */
export const formatNumberInFull = (value: number): string => groupedByThree(plainNumber(value));

/** 1e+21 -> "1000000000000000000000", -1.5e-7 -> "-0.00000015": a number's exponent notation in digits. */
function inFull(value: number): string {
  const text = String(value);
  const parts = /^(-?)(\d)(?:\.(\d+))?e([-+]\d+)$/u.exec(text);
  if (!parts) return text;
  const [, sign = '', lead = '', rest = '', exponent = '0'] = parts;
  const digits = lead + rest;
  const power = Number(exponent);
  // From 1e21 a double holds at most 17 significant digits: the rest are zeros.
  return power >= 0 ? sign + digits.padEnd(power + 1, '0') : `${sign}0.${'0'.repeat(-power - 1)}${digits}`;
}

/**
 * A narrow no-break space between groups of three digits: on a wall 2500000 and 250000 look
 * alike, "2 500 000" and "250 000" don't. The same mark for readers of a decimal point and of a
 * decimal comma (SI's advice), and it never breaks a line inside a number. The outcome editor reads
 * it back (parseNumber) should someone copy a written amount into a field.
 */
const DIGIT_GROUP = '\u202f';

/**
 * "12345.678" -> "12 345.678": the whole part, from five digits up ("1234" reads fine as it
 * is, and style guides leave four digits whole); never the decimals.
 */
function groupedByThree(plain: string): string {
  return plain.replace(/^(-?)(\d{5,})/u, groupWhole);
}

const groupWhole = (_match: string, sign: string, whole: string): string => sign + whole.replace(/\B(?=(?:\d{3})+$)/gu, DIGIT_GROUP);

/**
 * Two amounts of one line grouped alike: "9 500 of 12 000 €", where the rule above alone wrote
 * "9500 of 12 000 €", which read as a typo on the wall. A four-digit whole part is grouped too
 * once the other amount is (one grouped already starts with at most three digits: left as it is).
 */
function groupedAlike(pair: readonly [string, string]): readonly [string, string] {
  if (!pair[0].includes(DIGIT_GROUP) && !pair[1].includes(DIGIT_GROUP)) return pair;
  const group = (text: string) => text.replace(/^(-?)(\d{4})(?!\d)/u, groupWhole);
  return [group(pair[0]), group(pair[1])];
}

/**
 * A current value and its target, written as formatNumber writes them, but with as many more
 * digits as it takes to write two different amounts apart: a current of 89.99999 against 90 was
 * "90 of 90%" beside "result missed", and a ceiling of 2 with 2.000001 "2%, target at most 2%".
 * Amounts the same but for noise (sameAmount) are written alike, the target's way, as they are
 * judged alike.
 */
function amountsApart(current: number, target: number): readonly [string, string] {
  if (sameAmount(current, target)) return [formatNumber(target), formatNumber(target)];
  for (let digits = SIGNIFICANT_DIGITS; ; digits += 1) {
    const written = [numberText(current, digits), numberText(target, digits)] as const;
    if (written[0] !== written[1] || digits >= MOST_DIGITS) return groupedAlike(written);
  }
}

function hasTarget(outcome: Outcome): outcome is Outcome & { readonly target: number } {
  return outcome.target !== null && Number.isFinite(outcome.target);
}

/** "5 deals", "12 345 €", "90%": an amount as the card writes it, with its unit. */
export const formatAmount = (value: number, unit: string): string => withUnit(formatNumber(value), unit);

/**
 * Currency signs written before the amount in English ("$250 000", "-£50", "at least -$50"); "€"
 * and any other unit stand after it ("2 500 000 €", "20 deals"). A US board showed "250 000 $".
 */
const SIGNS_BEFORE: ReadonlySet<string> = new Set(['$', 'US$', 'C$', 'A$', 'NZ$', '£', '¥', '₹']);

const signBefore = (unit: string): boolean => SIGNS_BEFORE.has(unit.trim());

/**
 * How long a unit's first word may be and still be a symbol or an abbreviation ("€", "h", "k€",
 * "kWh", "FTE", the "$" of "$ ARR"), held to its amount by a no-break space (SI's advice): a line
 * ended on the number and put the unit alone on the next ("1 250 000 of 25 000 000" and "€" under
 * it, on a card at 1280 × 720). A unit of words ("deals", "qualified opportunities") wraps as words
 * do: held to a 21-digit amount it made a run longer than a card's line, which broke after the
 * no-break space and began the next line with a space.
 */
const HELD_UNIT_LENGTH = 4;

/** The space between an amount and its unit: one the line cannot break at before a short unit. */
function spaceBefore(unit: string): string {
  const [first = ''] = unit.split(/\s/u);
  return Array.from(first).length <= HELD_UNIT_LENGTH ? '\u00a0' : ' ';
}

/** "20 deals", "90%", "$250 000", "12 €": a percent sign sits on the number, a dollar before it, other units stand apart. */
function withUnit(amount: string, unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === '%') return `${amount}%`;
  // Before the digits, after a minus and any bound ("at least -$50").
  if (signBefore(trimmed)) return amount.replace(/-?(?=\d)/u, (minus) => `${minus}${trimmed}`);
  return trimmed === '' ? amount : `${amount}${spaceBefore(trimmed)}${trimmed}`;
}

function joinWords(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

/**
 * "20 qualified opportunities per month", "at most 2% per quarter", "at least -50 k€ this year",
 * or "" with no target. A positive goal is reached upwards; one of zero or below says which way
 * (a bare "-50 k€" read as the loss to make).
 */
export function formatResult(outcome: Outcome): string {
  if (!hasTarget(outcome)) return '';
  return joinWords([withUnit(`${boundWord(outcome)}${targetText(outcome)}`, outcome.unit), outcome.period]);
}

/**
 * The metric to write after the card's result ("90% per quarter · Quarters forecast within 10% of
 * actual"), or '' where the card says what is counted already. A unit that is a word names it ("20
 * qualified opportunities per month"); one without a letter (%, €, $) names nothing counted, nor
 * does no unit: "90% per quarter", "50 000 € by end of Q3" and "5 per quarter" said nothing of what
 * they measured, the metric written only in the editor and the PDF. Nor where the outcome's title,
 * the card's heading right above, holds the metric already ("Churn below 2% per quarter": "Churn").
 */
export function metricBesideResult(outcome: Outcome): string {
  const metric = outcome.metric.trim();
  if (metric === '' || !hasTarget(outcome) || /\p{L}/u.test(outcome.unit)) return '';
  return outcome.title.toLocaleLowerCase().includes(metric.toLocaleLowerCase()) ? '' : metric;
}

/**
 * The target as the progress line writes it beside the current value (amountsApart), so the card's
 * "Result" and "Current" never write one target two ways ("90%" above "90 of 90.0000001%").
 */
function targetText(outcome: Outcome & { readonly target: number }): string {
  const { current, target } = outcome;
  return current === null || !Number.isFinite(current) ? formatNumber(target) : amountsApart(current, target)[1];
}

/** "at most ", "at least " before a target that is not a positive amount to reach, or nothing. */
function boundWord(outcome: Outcome & { readonly target: number }): string {
  if (outcome.direction === 'at-most') return 'at most ';
  return outcome.target > 0 ? '' : 'at least ';
}

/** "14 of 20 qualified opportunities", "Not measured yet", or "" with no target. */
export function formatProgress(outcome: Outcome): string {
  if (!hasTarget(outcome)) return '';
  if (outcome.current === null || !Number.isFinite(outcome.current)) return 'Not measured yet';
  const [current, target] = amountsApart(outcome.current, outcome.target);
  // "14 of 20" is a share of a goal, and reads wrong with a ceiling ("3 of at most 2%") or a goal
  // that is not a positive amount ("-100 of -50 €" for a loss to bring down, "0 of 0"): there,
  // say where it stands and what the target is.
  if (outcome.direction === 'at-least' && outcome.target > 0 && outcome.current >= 0) {
    // "$180 000 of $250 000": a sign before the number goes on both; "14 of 20 deals" says its unit once.
    return joinWords([signBefore(outcome.unit) ? withUnit(current, outcome.unit) : current, 'of', withUnit(target, outcome.unit)]);
  }
  const bound = outcome.direction === 'at-most' ? 'at most' : 'at least';
  return `${withUnit(current, outcome.unit)}, target ${bound} ${withUnit(target, outcome.unit)}`;
}

/**
 * Where an outcome without a target stands when the room measured it all the same ("38 points (no
 * target to measure against)"); '' when it has a target (formatProgress says it) or nothing was
 * measured. The board's and the PDF's "Current" said nothing of such a value.
 */
export function formatMeasuredWithoutTarget(outcome: Outcome): string {
  if (hasTarget(outcome) || outcome.current === null || !Number.isFinite(outcome.current)) return '';
  return `${formatAmount(outcome.current, outcome.unit)} (no target to measure against)`;
}

/** A person's name inside one of our sentences (isolated if it could reorder it: shared/text.ts). */
function nameOf(person: Person): string {
  return isolatedInSentence(person.name.trim() || 'Someone without a name');
}

/** What an outcome with no title is called inside a sentence, or a list of titles in one. */
export const UNTITLED_OUTCOME = 'an untitled outcome';

/** A title inside one of our sentences (isolated if it could reorder it). */
function titleOf(item: { readonly title: string }, fallback: string): string {
  return isolatedInSentence(item.title.trim() || fallback);
}

/** "a", "a or b", "a, b or c" */
function listWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;
}

const NO_METRIC = 'No metric: what will be counted?';
const NO_TARGET = 'No target: how many, by when?';

/** What keeps an outcome's result from being measurable (question 1): its metric, its target, both, or nothing. */
export function missingFromResult(outcome: Outcome): readonly ('metric' | 'target')[] {
  const missing: ('metric' | 'target')[] = [];
  if (outcome.metric.trim() === '') missing.push('metric');
  if (!hasTarget(outcome)) missing.push('target');
  return missing;
}

function checkResult(outcome: Outcome): QuestionCheck {
  const missing = missingFromResult(outcome);
  const base = { question: 1, asks: QUESTIONS[0] } as const;
  if (missing.length > 0) return { ...base, passed: false, reason: missing.map((field) => (field === 'metric' ? NO_METRIC : NO_TARGET)).join(' ') };
  const result = formatResult(outcome);
  // Measurable without a period still counts, but "by when?" is the next thing the room should ask.
  const reason = outcome.period.trim() === '' ? `${result}. By when? Add a period.` : result;
  return { ...base, passed: true, reason };
}

function checkOwner(outcome: Outcome, owner: Person | undefined): QuestionCheck {
  const base = { question: 2, asks: QUESTIONS[1] } as const;
  if (owner === undefined) {
    // An owner id with no person behind it (they left the board) is no owner at all.
    const reason =
      outcome.ownerId === null
        ? 'Nobody is accountable for it.'
        : 'Nobody is accountable for it: the named owner is no longer on the board.';
    return { ...base, passed: false, reason };
  }
  const role = owner.role.trim();
  const who = role === '' ? nameOf(owner) : `${nameOf(owner)} (${isolatedInSentence(role)})`;
  return { ...base, passed: true, reason: `${who} is accountable.` };
}

/**
 * The authority an outcome's owner holds, or null when it has no owner (none, or one no longer on
 * the board): then nobody holds it, whatever was agreed for whoever takes it (a colleague's file may
 * carry it), as question 3 says ("No owner, so nobody holds the authority."). The PDF's card and
 * the outcomes CSV say it so.
 */
export function heldAuthority(outcome: Outcome, owner: Person | undefined): Authority | null {
  return owner === undefined ? null : outcome.authority;
}

function checkAuthority(outcome: Outcome, owner: Person | undefined): QuestionCheck {
  const base = { question: 3, asks: QUESTIONS[2] } as const;
  if (owner === undefined) return { ...base, passed: false, reason: 'No owner, so nobody holds the authority.' };
  const missing = AUTHORITY_FACETS.filter((facet) => !outcome.authority[facet]);
  if (missing.length > 0) {
    const cannot = listWords(
      missing.map((facet) => FACET_CANNOT[facet]),
      'or',
    );
    return { ...base, passed: false, reason: `${nameOf(owner)} can't ${cannot}.` };
  }
  const can = listWords(
    AUTHORITY_FACETS.map((facet) => FACET_CAN[facet]),
    'and',
  );
  return { ...base, passed: true, reason: `${nameOf(owner)} ${can}.` };
}

/** How a next step begins, so a page can set the word apart (the PDF prints it in bold). */
export const NEXT = 'Next:';

/**
 * What to do about an outcome, after the reasons say what is wrong: the PDF went to colleagues who
 * were not in the workshop, and "Nobody is accountable for it." left them to guess what the room
 * meant to do. On screen the buttons under "Why?"'s questions take that step; on paper (and in
 * Present, which hides those buttons) this line says it. Every failing question's step in the
 * method's order, in one line (a question 3 without an owner has no step of its own: naming the
 * owner is it); with all three passed and every task done for a missed result, the question the
 * method asks next. Plain and without blame: what to agree, not who failed.
 */
function nextStepOf(outcome: Outcome, owner: Person | undefined, measurable: boolean, tasksDoneResultMissed: boolean): string {
  const steps: string[] = [];
  if (!measurable) steps.push(resultStep(missingFromResult(outcome)));
  if (owner === undefined) {
    // The owner who left the board is no answer: someone still on it is.
    steps.push(outcome.ownerId === null ? 'name one person accountable for it' : 'name one person on the board accountable for it');
  } else {
    const missing = AUTHORITY_FACETS.filter((facet) => !outcome.authority[facet]);
    // Someone new to the role is meant to hold it as a task while they learn (the health check's
    // advice): the authority follows once they know the role, not at once.
    const when = owner.newToRole ? ' once they know the role' : '';
    // The reason's "can't" turned round ("let Priya Nair prioritise resources"); all three, which
    // the reason lists, in a few words, so the step stays one line on paper.
    if (missing.length === AUTHORITY_FACETS.length) {
      steps.push(`give ${nameOf(owner)} full authority over it${when}, or choose an owner who has it`);
    } else if (missing.length > 0) {
      const facets = listWords(
        missing.map((facet) => FACET_CANNOT[facet]),
        'and',
      );
      steps.push(`let ${nameOf(owner)} ${facets}${when}, or choose an owner who can`);
    } else if (steps.length === 0 && tasksDoneResultMissed) {
      steps.push(`ask ${nameOf(owner)} what else would move the result`);
    }
  }
  return steps.length === 0 ? '' : `${NEXT} ${steps.join(', then ')}.`;
}

/** Question 1's step, by what keeps the result from being measurable (missingFromResult). */
function resultStep(missing: readonly ('metric' | 'target')[]): string {
  if (!missing.includes('metric')) return 'agree the target to reach';
  return missing.includes('target') ? 'agree what to count and the target to reach' : 'agree what to count towards the target';
}

const VERDICT_BY_QUESTION: readonly [Verdict, Verdict, Verdict] = [
  'task-not-outcome',
  'nobody-owns',
  'task-assignment',
];

interface Tally {
  count: number;
  done: number;
}

/** The shared core of outcomeHealth and boardHealth: the owner and activity tally are looked up by the caller. */
function evaluate(outcome: Outcome, owner: Person | undefined, tally: Tally): OutcomeHealth {
  const questions = [checkResult(outcome), checkOwner(outcome, owner), checkAuthority(outcome, owner)] as const;
  const failing = questions.findIndex((check) => !check.passed);
  const verdict: Verdict = failing === -1 ? 'owned' : (VERDICT_BY_QUESTION[failing] ?? 'owned');
  const reason =
    owner !== undefined && verdict === 'owned'
      ? `${nameOf(owner)} owns it: a measurable result, one accountable person, and the authority to decide how.`
      : (questions[failing]?.reason ?? '');
  const resultMet = isResultMet(outcome);
  const tasksDoneResultMissed = tally.count > 0 && tally.done === tally.count && resultMet === false;
  return {
    outcomeId: outcome.id,
    verdict,
    label: VERDICT_LABELS[verdict],
    reason,
    questions,
    activityCount: tally.count,
    doneCount: tally.done,
    resultMet,
    tasksDoneResultMissed,
    nextStep: nextStepOf(outcome, owner, questions[0].passed, tasksDoneResultMissed),
  };
}

function tallyOf(activities: readonly Activity[]): Tally {
  return { count: activities.length, done: activities.filter((activity) => activity.done).length };
}

/**
 * The three questions for one outcome from exactly what they depend on: the outcome, its owner and
 * its activities. The board view calls this per card so an untouched card keeps its result.
 */
export function healthOf(outcome: Outcome, owner: Person | undefined, activities: readonly Activity[]): OutcomeHealth {
  return evaluate(outcome, owner, tallyOf(activities));
}

/** The three questions for one outcome. For the whole board use `boardHealth`, which is O(n). */
export function outcomeHealth(board: Board, outcome: Outcome): OutcomeHealth {
  const owner = outcome.ownerId === null ? undefined : findPerson(board, outcome.ownerId);
  return evaluate(outcome, owner, tallyOf(activitiesIn(board, outcome.id)));
}

/**
 * Every task of an outcome done while its result is missed — or not measured, when whether it came
 * is the question the method asks next (unmeasured, the board can't show "result missed") — as the
 * health check says it; null otherwise. Said also as the last task is ticked (ActivityCard).
 */
export function tasksDoneFinding(outcome: Outcome, health: OutcomeHealth): { readonly kind: FindingKind; readonly message: string } | null {
  const title = titleOf(outcome, 'An untitled outcome');
  if (health.tasksDoneResultMissed) {
    return { kind: 'tasks-done-result-missed', message: `${title}: ${allDone(health.activityCount)} done, result missed (${formatProgress(outcome)}).` };
  }
  if (tasksDoneNotMeasured(outcome, health)) {
    return { kind: 'tasks-done-not-measured', message: `${title}: ${allDone(health.activityCount)} done, and the result is not measured yet: is it reached?` };
  }
  return null;
}

/** "all 3 activities", but "its only activity" (not "all 1 activity") and "both activities" (not "all 2"). */
function allDone(count: number): string {
  if (count === 1) return 'its only activity';
  return count === 2 ? 'both activities' : `all ${counted(count, 'activity', 'activities')}`;
}

const SEVERITY: Readonly<Record<FindingKind, Finding['severity']>> = {
  'not-owned': 'warning',
  'tasks-done-result-missed': 'warning',
  'owns-too-much': 'warning',
  'new-owner': 'warning',
  'tasks-done-not-measured': 'info',
  'owns-nothing': 'info',
  'parking-lot': 'info',
};

/** How many outcomes the not-owned line names before "and 4 more": a line of a to-do list, not a second board. */
const NOT_OWNED_NAMED = 3;

/**
 * "3 of 6 outcomes are not owned yet: Improve marketing (task, not an outcome), Hire 3 engineers
 * (nobody owns it) and Churn (task assignment, not ownership).": the score's other side, as the
 * first line of the findings (the health panel and the PDF), said whatever else the board has to
 * say. It was said only when there was nothing else, so one note about a loose activity hid that
 * half the outcomes had no owner. The count is the score's (every verdict but "Owned"). Each title
 * named carries its card's verdict, in the card's words: a bare "not owned yet: …, Churn" beside a
 * card that says "Owner: Leo Fischer" read as a contradiction, in the room and in the PDF, where
 * the verdict says why (he lacks the authority). A few are named and the finding takes you to the
 * first.
 */
function notOwnedMessage(notOwned: readonly { readonly title: string; readonly verdict: Verdict }[], total: number): string {
  const outcomes = total === 1 ? 'outcome' : 'outcomes';
  const be = notOwned.length === 1 ? 'is' : 'are';
  const list = listInSentence(
    notOwned.map((outcome) => outcome.title),
    { most: NOT_OWNED_NAMED, notes: notOwned.map((outcome) => `(${verdictInSentence(outcome.verdict)})`) },
  );
  return `${String(notOwned.length)} of ${String(total)} ${outcomes} ${be} not owned yet: ${list}.`;
}

/** A card's verdict label inside a sentence: "nobody owns it", "task, not an outcome". */
function verdictInSentence(verdict: Verdict): string {
  const label = VERDICT_LABELS[verdict];
  return `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** How many activities named in the parking-lot finding; the rest are counted ("and 23 more"). */
const PARKED_NAMED = 3;

/**
 * "Update the CRM serves no outcome." for one; for more, how many, naming the first few in board
 * order: "5 activities in the parking lot serve no outcome: A, B, C and 2 more."
 */
function parkingLotMessage(parked: readonly Activity[]): string {
  const [only] = parked;
  if (parked.length === 1 && only !== undefined) return `${titleOf(only, 'An untitled activity')} serves no outcome.`;
  const titles = parked.map((activity) => activity.title.trim() || 'an untitled activity');
  return `${String(parked.length)} activities in the parking lot serve no outcome: ${listInSentence(titles, { most: PARKED_NAMED })}.`;
}

/**
 * What the health check says when it has no findings. Outcomes that are not owned are a finding of
 * their own (notOwnedMessage), so from boardHealth this is about a board with every outcome owned,
 * or none; for any other score (a list and a score that disagree), "nothing to flag" must still not
 * claim that every outcome is owned.
 */
export function noFindingsSentence(score: HealthScore): string {
  if (score.total === 0) return 'Nothing to flag yet: the board has no outcomes.';
  const notOwned = score.total - score.owned;
  if (notOwned === 0) return 'Nothing to flag: every outcome has one owner with authority, and every activity serves one.';
  const one = notOwned === 1;
  // The noun follows the total, as in the score beside it: "1 of 1 outcome", "1 of 3 outcomes".
  const outcomes = score.total === 1 ? 'outcome' : 'outcomes';
  return `Nothing else to flag, but ${String(notOwned)} of ${String(score.total)} ${outcomes} ${one ? 'is' : 'are'} not owned yet (see ${one ? 'its verdict' : 'their verdicts'}).`;
}

/**
 * Every outcome's verdict, what the board says about its people and loose activities, and the
 * score. One pass over people, outcomes and activities each: boards run to thousands of activities.
 */
export function boardHealth(board: Board, options?: { readonly maxOwnedPerPerson?: number }): BoardHealth {
  const maxOwned = options?.maxOwnedPerPerson ?? DEFAULT_MAX_OWNED;

  // The first person with an id wins, as in findPerson.
  const people = new Map<PersonId, Person>();
  for (const person of board.people) if (!people.has(person.id)) people.set(person.id, person);

  const tallies = new Map<OutcomeId | null, Tally>();
  for (const activity of board.activities) {
    let tally = tallies.get(activity.outcomeId);
    if (tally === undefined) {
      tally = { count: 0, done: 0 };
      tallies.set(activity.outcomeId, tally);
    }
    tally.count += 1;
    if (activity.done) tally.done += 1;
  }

  const byKind = new Map<FindingKind, Finding[]>(FINDING_ORDER.map((kind) => [kind, []]));
  const report = (finding: Omit<Finding, 'severity'>): void => {
    byKind.get(finding.kind)?.push({ ...finding, severity: SEVERITY[finding.kind] });
  };

  const outcomes = new Map<OutcomeId, OutcomeHealth>();
  const ownedBy = new Map<PersonId, number>();
  const notOwned: { readonly outcome: Outcome; readonly verdict: Verdict }[] = [];
  const score = { owned: 0, total: 0, revenueCritical: { owned: 0, total: 0 }, tasksDoneResultMissed: 0 };

  for (const outcome of board.outcomes) {
    const owner = outcome.ownerId === null ? undefined : people.get(outcome.ownerId);
    const health = evaluate(outcome, owner, tallies.get(outcome.id) ?? { count: 0, done: 0 });
    outcomes.set(outcome.id, health);

    const owned = health.verdict === 'owned' ? 1 : 0;
    if (owned === 0) notOwned.push({ outcome, verdict: health.verdict });
    score.total += 1;
    score.owned += owned;
    if (outcome.revenueCritical) {
      score.revenueCritical.total += 1;
      score.revenueCritical.owned += owned;
    }
    if (health.tasksDoneResultMissed) score.tasksDoneResultMissed += 1;

    const tasksDone = tasksDoneFinding(outcome, health);
    if (tasksDone) report({ ...tasksDone, outcomeId: outcome.id });
    if (owner !== undefined) {
      ownedBy.set(owner.id, (ownedBy.get(owner.id) ?? 0) + 1);
      // Only over an outcome they hold with full authority: without it, it is the task assignment
      // this advises (its verdict says so, and its next step waits until they know the role).
      // Warned of whatever the authority, the advice stood beside the verdict it asked for.
      if (owner.newToRole && health.questions[2].passed) {
        report({
          kind: 'new-owner',
          message:
            `${nameOf(owner)} is new to the role and has full authority over ` +
            `${titleOf(outcome, UNTITLED_OUTCOME)}: consider task assignment while they learn.`,
          outcomeId: outcome.id,
          personId: owner.id,
        });
      }
    }
  }

  const [firstNotOwned] = notOwned;
  if (firstNotOwned !== undefined) {
    report({
      kind: 'not-owned',
      // listInSentence isolates each title; the fallback is mid-sentence, after the colon.
      message: notOwnedMessage(
        notOwned.map(({ outcome, verdict }) => ({ title: outcome.title.trim() || UNTITLED_OUTCOME, verdict })),
        score.total,
      ),
      outcomeId: firstNotOwned.outcome.id,
    });
  }

  for (const person of people.values()) {
    const count = ownedBy.get(person.id) ?? 0;
    if (count > maxOwned) {
      report({
        kind: 'owns-too-much',
        message:
          `${nameOf(person)} is the owner of ${counted(count, 'outcome', 'outcomes')} — ` +
          `more than ${formatNumber(maxOwned)} is hard to hold.`,
        personId: person.id,
      });
    }
    // People still learning the role are meant to hold tasks, not outcomes: owning nothing is right.
    if (count === 0 && !person.newToRole) {
      report({ kind: 'owns-nothing', message: `${nameOf(person)} is not the owner of any outcome.`, personId: person.id });
    }
  }

  // One finding for the whole parking lot: one per parked activity flooded the list on a workshop's
  // board (26 "serves no outcome." pushed who owns nothing and "tasks done, result missed" off the
  // screen). The parking lot itself lists them; the finding names up to three and takes you there.
  const parked = board.activities.filter((activity) => activity.outcomeId === null);
  const [firstParked] = parked;
  if (firstParked !== undefined) {
    report({ kind: 'parking-lot', message: parkingLotMessage(parked), activityId: firstParked.id });
  }

  const findings = FINDING_ORDER.flatMap((kind) => byKind.get(kind) ?? []);
  return { outcomes, findings, score };
}

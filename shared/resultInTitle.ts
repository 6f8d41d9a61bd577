/**
 * The measurable result an outcome's title already states, read into the fields question 1 asks
 * for. A room types its outcomes as it says them: "20 qualified opportunities per month", "Churn
 * below 2% per quarter" (the app's own examples). Added so, each was called "Task, not an outcome.
 * No metric: what will be counted? No target: how many, by when?" — the result was there, in
 * the title, and the facilitator had to type it again in the editor.
 *
 * Read only where a title has one plain shape: [what is counted] [below/above/at least/… or "to"]
 * <number>[%] [unit or what is counted] [period: "per month", "by Q3", "each week", "monthly"…].
 * A title it does not read ("Better marketing", "Launch in 2 weeks", "2026 plan", "Top 5
 * accounts") gets nothing, and question 1 asks as before. Nothing is guessed that a person would
 * have to undo: a year, a deadline ("in 6 weeks"), a rank ("top 5"), a change by an amount ("cut
 * costs 10%", "grow revenue 10% per year"), a number glued to letters ("250k", "v2") or a second
 * number in the words.
 */
import { LIMITS, type TargetDirection } from './model';

export interface ResultInTitle {
  readonly metric: string;
  readonly target: number;
  readonly unit: string;
  readonly period: string;
  readonly direction: TargetDirection;
}

/**
 * The first number standing alone: an optional currency sign glued before it, thousands grouped by
 * three (",", ".", a space) or a decimal of one or two digits, an optional "%", then a space, the
 * end, or a punctuation mark that ends the title or is followed by a space.
 */
const NUMBER = /(?<=^|\s)(?<sign>[$€£¥])?(?<digits>\d{1,3}(?:[,. \u00a0\u202f]\d{3})+|\d+(?:[.,]\d{1,2})?)(?<percent>\s?%)?(?=$|\s|[,;:!?.](?:\s|$))/u;

/** Words a period begins with ("per month", "by Q3", "each week", "this year"), or is ("monthly"). */
const PERIOD = /^(?:(?:per|a|an|each|every|by|in|within|before|until|till|this|next)\s+\S|(?:daily|weekly|monthly|quarterly|yearly|annually)(?:\s|$))/iu;

/** A comparator at the end of what comes before the number: the direction of the target. */
const AT_MOST = /(?:^|\s)(?:below|under|less than|fewer than|at most|no more than|max(?:imum)?|≤|<=?)$/iu;
const AT_LEAST = /(?:^|\s)(?:above|over|more than|at least|min(?:imum)?|≥|>=?)$/iu;
const TO = /(?:^|\s)to$/iu;

/** Before the number, a word that makes it a deadline, a rank, a version or a part, not a target. */
const NOT_A_TARGET = /(?:^|\s)(?:in|by|within|before|until|till|for|per|every|each|at|on|of|from|after|since|top|bottom|best|phase|step|stage|version|release|sprint|week|day|month|quarter|year|q)$/iu;

/** A verb that brings a number down: with "to" the target is a ceiling; without, it is a change by an amount (not read). */
const BRINGS_DOWN = /^(?:reduce|cut|lower|decrease|shrink|halve|drop|trim)\b/iu;
/**
 * A verb that brings a number up: with "to" the target is a floor; without, a change by an amount
 * too ("Grow revenue 10% per year": a growth rate, not a revenue of 10 %, which a current value of
 * 1,200,000 showed as met).
 */
const BRINGS_UP = /^(?:increase|raise|grow|improve|boost|expand|lift|double|triple)\b/iu;

/** A verb before what is counted ("Increase signups to 500"), left out of the metric when something follows it. */
const LEADING_VERB = /^(?:increase|raise|grow|improve|reach|hit|get|achieve|reduce|cut|lower|decrease|shrink|trim|drop|keep|hold|bring)\s+(?=\S)/iu;

const EDGE_PUNCTUATION = /^[\s:–—-]+|[\s:;,.!?–—-]+$/gu;

/** "Qualified opportunities": the first letter up, the rest as typed; a first word with a capital in it kept ("iPhone sales", "eNPS"). */
const sentenceCase = (text: string) => (/^\p{Ll}+(?:[\s-]|$)/u.test(text) ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text);

function readNumber(digits: string): number | null {
  // Groups of three: thousands ("1,000", "1.000", "10 000"); otherwise one decimal mark ("2.5", "2,5").
  const grouped = /^\d{1,3}(?:[,. \u00a0\u202f]\d{3})+$/u.test(digits);
  const value = Number(grouped ? digits.replace(/[,. \u00a0\u202f]/gu, '') : digits.replace(',', '.'));
  return Number.isFinite(value) && value <= LIMITS.amount ? value : null;
}

/** The result `title` states, or null when it states none in a shape read here (see the top). */
export function resultInTitle(title: string): ResultInTitle | null {
  const text = title.trim().replace(/\s+/gu, ' ');
  const match = NUMBER.exec(text);
  if (!match?.groups) return null;
  const { sign, digits = '', percent } = match.groups;
  const target = readNumber(digits);
  if (target === null) return null;
  if (sign === undefined && percent === undefined && Number.isInteger(target) && target >= 1900 && target <= 2100) return null;

  let before = text.slice(0, match.index).replace(EDGE_PUNCTUATION, '');
  const after = text.slice(match.index + match[0].length).replace(EDGE_PUNCTUATION, '');
  if (NOT_A_TARGET.test(before)) return null;

  let direction: TargetDirection | null = null;
  const bound = AT_MOST.test(before) ? AT_MOST : AT_LEAST.test(before) ? AT_LEAST : null;
  if (bound !== null) {
    direction = bound === AT_MOST ? 'at-most' : 'at-least';
    before = before.replace(bound, '');
  } else if (TO.test(before)) {
    direction = BRINGS_DOWN.test(before) ? 'at-most' : 'at-least';
    before = before.replace(TO, '');
  } else if (BRINGS_DOWN.test(before) || BRINGS_UP.test(before)) {
    return null;
  }
  before = before.replace(EDGE_PUNCTUATION, '').replace(LEADING_VERB, '');

  // After the number: words (a unit, or what is counted after a % or a sign), then a period.
  const words: string[] = [];
  let rest = after;
  while (rest !== '' && !PERIOD.test(rest)) {
    const [word = '', ...others] = rest.split(' ');
    words.push(word);
    rest = others.join(' ');
  }
  const counted = words.join(' ').replace(EDGE_PUNCTUATION, '');
  const period = rest.replace(EDGE_PUNCTUATION, '');
  // A second number in the words or before ("3 of 5 tenders", "2 teams 4 releases"): not one result.
  if (/\d/u.test(counted) || /\d/u.test(before)) return null;

  const unit = percent !== undefined ? '%' : (sign ?? counted);
  // What is counted: the words before a bound ("Response time under 4 hours": "Response time",
  // in hours); else those before the number and after it ("Hire 3 engineers": "Hire engineers").
  const metric = sentenceCase(direction !== null && before !== '' ? before : [before, counted].filter((part) => part !== '').join(' '));
  if (metric === '' || [metric, unit, period].some((field) => field.length > LIMITS.shortTextLength)) return null;
  // "0 incidents per month": a goal of none is a ceiling.
  return { metric, target, unit, period, direction: direction ?? (target === 0 ? 'at-most' : 'at-least') };
}

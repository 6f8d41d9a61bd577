/**
 * Editing an outcome in place: title, the measurable result (metric, target, unit, period,
 * current), direction, revenue-critical and notes. One Save is one undo step; a refused edit
 * says which field is wrong and changes nothing.
 */
import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { LIMITS, type Outcome, type TargetDirection } from '../../shared/model';
import { formatAmount, formatNumber, plainNumber, tasksDoneFinding, tooLargeAmount } from '../../shared/health';
import type { OutcomeFields } from '../../shared/intents';
import { resultInTitle } from '../../shared/resultInTitle';
import { isolatedInSentence } from '../../shared/text';
import { shownBoard, useBoardStore } from '../store/boardStore';
import { isEscape, submitOnModEnter } from '../app/keys';
import { useDraftEditor, type KeptDraft } from './draftBack';
import { FormFooter } from './FormFooter';
import { useFormProblem, type FormProblem } from './formProblem';
import { announce } from './dnd/announcements';
import { healthFor } from './healthCache';
import { describeChanges } from './undoRedo';

/** The editor's fields as typed; each field's name in the form is its key here. */
export interface OutcomeDraft {
  title: string;
  metric: string;
  target: string;
  unit: string;
  period: string;
  current: string;
  direction: TargetDirection;
  revenueCritical: boolean;
  notes: string;
}

/** A stored amount in its field: every digit, plain, never "1e+21" or "1.5e-7" (plainNumber). */
const numberText = (value: number | null) => (value === null ? '' : plainNumber(value));

/** The fields as the saved outcome fills them in. */
const draftOf = (outcome: Outcome): OutcomeDraft => ({
  title: outcome.title,
  metric: outcome.metric,
  target: numberText(outcome.target),
  unit: outcome.unit,
  period: outcome.period,
  current: numberText(outcome.current),
  direction: outcome.direction,
  revenueCritical: outcome.revenueCritical,
  notes: outcome.notes,
});

/** The fields of the measurable result, as the title may state it (shared/resultInTitle). */
type ResultDraft = Pick<OutcomeDraft, 'metric' | 'target' | 'unit' | 'period' | 'direction'>;
const RESULT_FIELDS = ['metric', 'target', 'unit', 'period', 'direction'] as const satisfies readonly (keyof ResultDraft)[];

/** The result `title` states, as the editor's fields hold it; null where it states none. */
function resultFieldsIn(title: string): ResultDraft | null {
  const read = resultInTitle(title);
  return read && { metric: read.metric, target: numberText(read.target), unit: read.unit, period: read.period, direction: read.direction };
}

/** Whether the result in the fields is the one the title states (read from it when it was added). */
function resultIsTheTitles(draft: OutcomeDraft): boolean {
  const read = resultFieldsIn(draft.title);
  return read !== null && RESULT_FIELDS.every((field) => draft[field] === read[field]);
}

/** What a typed number turned out to be: a number, nothing (empty), or why it can't be read. */
export type ParsedNumber =
  | { readonly value: number | null }
  | { readonly problem: 'not-a-number' }
  /** "12.500": thousands grouped (12500), or a decimal mark (12.5). */
  | { readonly problem: 'ambiguous'; readonly readings: readonly [grouped: number, decimal: number] }
  /** Past LIMITS.amount ("1e308", or "1e999", which no double holds). */
  | { readonly problem: 'too-large' };

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/iu;

/**
 * Reads a typed number. "" is nothing; "1.5" and "1,5" are one and a half (a decimal comma is
 * common in a room); thousands grouped by three with commas, dots, spaces or apostrophes are read
 * as such ("1,000,000", "12,345.67", "12.345,67", "1 000"). A lone comma or dot before exactly
 * three digits, after a whole number of one to three digits ("1,000", "1.000", "12.500"), is a
 * thousand to some and one to others: that is refused with both readings, never guessed ("1,000"
 * was read as 1, and a target of 1 is met at once; "500.000", a European half million, as 500).
 * "0.125", "2.5" and "1.000.000" are read as ever.
 */
export function parseNumber(text: string): ParsedNumber {
  let body = text.trim();
  if (body === '') return { value: null };
  const sign = /^[-+]/u.test(body) ? body.slice(0, 1) : '';
  body = body.slice(sign.length);
  // Spaces or apostrophes between groups of three digits are thousands separators.
  if (/^\d{1,3}([ \u00a0\u202f\u2009'’]\d{3})+([.,]\d+)?$/u.test(body)) body = body.replace(/[ \u00a0\u202f\u2009'’]/gu, '');
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  let plain: string | null = null;
  if (commas + dots === 0) plain = body;
  else if (commas > 0 && dots > 0) {
    // Both: the last one is the decimal mark, the other groups thousands.
    const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole = '', fraction = '', ...rest] = body.split(decimal);
    if (rest.length === 0 && groupedByThree(whole, group) && /^\d+$/u.test(fraction)) plain = `${whole.split(group).join('')}.${fraction}`;
  } else if (commas + dots > 1) {
    // One kind, more than once: thousands ("1,000,000", "1.000.000").
    const group = commas > 0 ? ',' : '.';
    if (groupedByThree(body, group)) plain = body.split(group).join('');
  } else {
    // One comma or one dot: the decimal mark, unless three digits follow it after a whole number ("1,000", "1.000").
    const [whole = '', fraction = ''] = body.split(commas > 0 ? ',' : '.');
    if (/^[1-9]\d{0,2}$/u.test(whole) && /^\d{3}$/u.test(fraction)) {
      return { problem: 'ambiguous', readings: [Number(`${sign}${whole}${fraction}`), Number(`${sign}${whole}.${fraction}`)] };
    }
    plain = `${whole}.${fraction}`;
  }
  if (plain === null || !DECIMAL.test(plain)) return { problem: 'not-a-number' };
  const value = Number(sign + plain);
  if (Number.isNaN(value)) return { problem: 'not-a-number' };
  // Infinity too: "1e999" is a number, only too large, and the room should be told so.
  return Math.abs(value) > LIMITS.amount ? { problem: 'too-large' } : { value };
}

function groupedByThree(text: string, separator: string): boolean {
  const [first = '', ...groups] = text.split(separator);
  return /^\d{1,3}$/u.test(first) && groups.length > 0 && groups.every((group) => /^\d{3}$/u.test(group));
}

/** An amount the editor can save in place of what was typed: the number, and the sign or unit's words typed with it ("$", "days"), if any. */
interface Reading {
  readonly value: number;
  readonly sign: string | null;
}

/** The unit a chosen reading is saved with: its sign in an empty Unit, as the message asks; else Unit as it is now. */
const unitFor = (reading: Reading, unit: string): string => (reading.sign !== null && unit.trim() === '' ? reading.sign : unit);

/** Why a number field was refused, and the readings of what was typed that one click saves (none: retype it). */
interface NumberProblem {
  readonly message: string;
  readonly readings: readonly Reading[];
}

/**
 * Why a number field was refused, in the field's own words (`what`, "The target"): for "12.500",
 * both readings, each written so that it is read back as itself, and offered to choose.
 */
function numberProblem(parsed: Extract<ParsedNumber, { problem: string }>, typed: string, what: string, example: string, unit: string): NumberProblem {
  if (parsed.problem === 'not-a-number') return signOrShorthandProblem(typed, what, unit) ?? { message: example, readings: [] };
  if (parsed.problem === 'too-large') return { message: tooLargeAmount(what), readings: [] };
  return {
    message: `“${typed.trim()}” could mean ${unambiguous(parsed.readings[0])} or ${unambiguous(parsed.readings[1])}: choose or type the one you mean.`,
    readings: parsed.readings.map((value) => ({ value, sign: null })),
  };
}

/** A currency sign or a percent typed with the number ("$250,000", "-€5", "95%"): it belongs in Unit. */
const SIGN_BEFORE = /^([-+]?)\s*([$€£¥₹])\s*(.+)$/u;
const SIGN_AFTER = /^(.+?)\s*([$€£¥₹%])$/u;
/** "250k", "1.5M": thousands and millions written as a letter (a lower-case m may be minutes or metres). */
const SHORTHAND = /^(.*\d)\s*([kKM])$/u;
/**
 * "16 days", "3 deals signed": the unit's words typed after the number. A lone "m" is not one: it
 * may be metres, minutes or millions ("1.1m"), and a click on "Use 1.1 m" would save a guess.
 */
const WORDS_AFTER = /^(.*\d)\s*(\p{L}[\p{L}\p{M}\s'’-]*)$/u;

/**
 * What to type instead of a number written as a price tag, a shorthand or with its unit ("$250,000",
 * "95%", "250k", "$1.5M", "16 days"), or null when the text is not one of those. These were refused
 * as "must be a number, like 20 or 2.5", which did not say that the sign, the letter or the words
 * were the trouble. The number is offered as it would be read (both readings of "$250,000", whose
 * comma is asked about as ever); the sign or words go in Unit, unless Unit says them already.
 */
function signOrShorthandProblem(typed: string, what: string, unit: string): NumberProblem | null {
  let body = typed.trim();
  let sign: string | null = null;
  const before = SIGN_BEFORE.exec(body);
  const after = before ? null : SIGN_AFTER.exec(body);
  if (before) {
    sign = before[2] ?? null;
    body = `${before[1] ?? ''}${before[3] ?? ''}`;
  } else if (after) {
    sign = after[2] ?? null;
    body = after[1] ?? '';
  }
  let power = 0;
  const short = SHORTHAND.exec(body);
  if (short) {
    power = short[2] === 'M' ? 6 : 3;
    body = short[1] ?? '';
  }
  const words = sign === null && power === 0 ? WORDS_AFTER.exec(body) : null;
  const unitWords = words?.[2]?.trim() ?? '';
  if (words && unitWords !== 'm') {
    sign = unitWords;
    body = words[1] ?? '';
  }
  if (sign === null && power === 0) return null;
  const parsed = parseNumber(body);
  if ('problem' in parsed && parsed.problem !== 'ambiguous') return parsed.problem === 'too-large' ? { message: tooLargeAmount(what), readings: [] } : null;
  const readings = 'value' in parsed ? (parsed.value === null ? [] : [parsed.value]) : parsed.readings;
  if (readings.length === 0) return null;
  // 0.3 × 1000 is 300.00000000000006 in binary: the scaled amount is rounded back to what was meant.
  const scaled = readings.map((value) => (power === 0 ? value : Number((value * 10 ** power).toPrecision(15))));
  if (scaled.some((value) => Math.abs(value) > LIMITS.amount)) return { message: tooLargeAmount(what), readings: [] };
  const number = scaled.length === 1 ? unambiguous(scaled[0] ?? 0) : `${unambiguous(scaled[0] ?? 0)} or ${unambiguous(scaled[1] ?? 0)} (the one you mean)`;
  const how = power === 0 ? 'the number alone' : 'the number in full';
  const signNote = sign === null ? '' : unitNote(sign, unit.trim());
  return { message: `“${typed.trim()}”: type ${how}, ${number}${signNote}.`, readings: scaled.map((value) => ({ value, sign })) };
}

/**
 * Where the sign or words typed with a number go: in Unit, or nowhere where Unit says them already
 * (in any case: "16 Days" beside "days"). Words beside another unit are not asked to replace it
 * ("16 days" in a field whose Unit says "weeks": the room may have meant 16 weeks).
 */
function unitNote(typed: string, unit: string): string {
  if (unit.toLocaleLowerCase() === typed.toLocaleLowerCase()) return ` (Unit says “${unit}” already)`;
  if (unit !== '' && /\p{L}/u.test(typed)) return ` (Unit says “${unit}”)`;
  return `, and “${typed}” in Unit`;
}

/** A number as the editor reads it back: 1.125 would be asked about again, 1.1250 is not. */
function unambiguous(value: number): string {
  const text = plainNumber(value);
  return 'problem' in parseNumber(text) ? `${text}0` : text;
}

/**
 * An outcome's "every task done" finding on the board shown now (result missed, or not measured), if
 * any: from the board's health as the cards draw it (healthFor, computed once a board state).
 */
function tasksDoneNow(outcomeId: Outcome['id']): ReturnType<typeof tasksDoneFinding> {
  const board = shownBoard();
  if (!board) return null;
  const outcome = board.outcomes.find((candidate) => candidate.id === outcomeId);
  const health = healthFor(board).outcomes.get(outcomeId);
  return outcome && health ? tasksDoneFinding(outcome, health) : null;
}

/**
 * `kept`: a draft closed without saving, brought back from its notice (draftBack.ts). `firstField`:
 * where focus goes when the editor opens afresh, the title unless told (the health check's "Add a
 * metric and target" opens it on the first of the two that is empty, "Update current value" on that). `onDone`: saved, or closed by
 * Escape or Cancel (which says so, with a way back, if anything was changed).
 */
export function OutcomeEditor({
  outcome,
  kept,
  firstField = 'title',
  onDone,
}: {
  readonly outcome: Outcome;
  readonly kept?: KeptDraft<OutcomeDraft> | undefined;
  readonly firstField?: 'title' | 'metric' | 'target' | 'current';
  readonly onDone: () => void;
}) {
  const dispatch = useBoardStore((s) => s.dispatch);
  // What differs from the fields the editor opened with is what was typed here; a change made
  // meanwhile elsewhere (another window, an undo) is not. Closing the window asks first while they
  // differ; the editor taken away says they were not saved. Focus comes to the title (or
  // `firstField`) when the editor opens (it stayed on the actions button, two Tab stops above the
  // form, and a screen reader was not told the editor had opened), or back where it was.
  const editor = useDraftEditor<OutcomeDraft>({
    editor: `outcome:${outcome.id}`,
    what: `“${isolatedInSentence(outcome.title)}”`,
    kept,
    fresh: () => draftOf(outcome),
    caret: () => ({ field: firstField }),
  });
  const { draft, update, changed, form } = editor;
  /**
   * A result read from the title ("30 demos booked per month", AddOutcome.tsx) follows the title as
   * it is retyped, until a field of the result is typed in: renamed "40 demos booked per month", the
   * card said 40 in its title and 30 as its result, and so did the PDF, and the facilitator had not
   * typed the 30 anywhere. A title that states no result leaves the fields as they are.
   */
  const resultFollowsTitle = useRef<boolean | null>(null);
  resultFollowsTitle.current ??= resultIsTheTitles(draft);
  const updateTitle = (title: string) => {
    const read = resultFollowsTitle.current === true ? resultFieldsIn(title) : null;
    update({ title, ...read });
  };
  const updateResult = (patch: Partial<OutcomeDraft>) => {
    resultFollowsTitle.current = false;
    update(patch);
  };
  // A refused Save says why and takes focus to the field that is wrong, as the title form does (formProblem.ts).
  const { problem: error, problemId: errorId, invalid, refuse } = useFormProblem<FormProblem & { readonly readings?: readonly Reading[] }>(form);
  const done = () => {
    editor.settle();
    onDone();
  };
  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    // Only what was typed here since the editor opened is written: a field left as it was keeps what
    // is saved now, another window's change to it included (the whole form overwrote it with the
    // value it opened with), and a saved number the parser would now ask about (1.125) is not read.
    const target = changed.includes('target') ? parseNumber(draft.target) : { value: outcome.target };
    const current = changed.includes('current') ? parseNumber(draft.current) : { value: outcome.current };
    if ('problem' in target) {
      refuse({ field: 'target', ...numberProblem(target, draft.target, 'The target', 'The target must be a number, like 20 or 2.5.', draft.unit) });
      return;
    }
    if ('problem' in current) {
      refuse({ field: 'current', ...numberProblem(current, draft.current, 'The current value', 'The current value must be a number, like 14, or empty.', draft.unit) });
      return;
    }
    if (changed.length === 0) {
      done();
      return;
    }
    const values: OutcomeFields = { ...draft, target: target.value, current: current.value };
    const patch = Object.fromEntries(changed.map((field) => [field, values[field]])) as Partial<OutcomeFields>;
    const findingBefore = tasksDoneNow(outcome.id);
    const before = shownBoard();
    const result = dispatch({ type: 'outcome/edit', outcomeId: outcome.id, patch });
    if (!result.ok) {
      refuse({ field: result.error.field, message: result.error.message });
      return;
    }
    // Every task done, and now a current value (or target) that misses the result: said, as the
    // last task ticked says it. The card turned to "Tasks done, result missed" in silence.
    // Else what the save changed, as an Undo of it would say it ("Deals closed stands at 12 of 12
    // deals."): a screen reader heard only focus come back to the ⋯ button, and not whether the
    // value was saved, nor what the card says of it now (Update current value, mid-workshop).
    const finding = tasksDoneNow(outcome.id);
    const after = shownBoard();
    if (finding && finding.kind !== findingBefore?.kind) announce(finding.message);
    else if (before && after) announce(describeChanges(before, after).join(' '));
    done();
  };

  // Closes at once, as asked; what was typed is said to be lost, with a way back.
  const cancel = () => {
    editor.cancel();
    onDone();
  };

  /**
   * "Use 1000": the field gets the reading (and an empty Unit its sign), keeps focus, and the form is
   * saved as if it had been typed so: sent once the field holds it (drawn at once, flushSync).
   */
  const choose = (field: 'target' | 'current', reading: Reading) => {
    flushSync(() => {
      updateResult({ [field]: unambiguous(reading.value), unit: unitFor(reading, draft.unit) });
    });
    const input = form.current?.elements.namedItem(field);
    if (input instanceof HTMLInputElement) input.focus();
    form.current?.requestSubmit();
  };
  const readingField = error?.field === 'target' || error?.field === 'current' ? error.field : null;
  const remedy =
    readingField !== null && error?.readings !== undefined && error.readings.length > 0 ? (
      <div className="form-error__readings field--wide">
        {error.readings.map((reading) => {
          const unit = unitFor(reading, draft.unit);
          return (
            <button
              key={reading.value}
              type="button"
              onClick={() => {
                choose(readingField, reading);
              }}
            >
              {/* With its unit where the choice puts one in Unit ("Use $250 000"). */}
              Use {unit === draft.unit ? formatNumber(reading.value) : formatAmount(reading.value, unit)}
            </button>
          );
        })}
      </div>
    ) : null;

  return (
    <form
      ref={form}
      className="outcome-editor editing-chrome"
      aria-label={`Edit ${outcome.title}`}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (isEscape(event)) {
          event.stopPropagation();
          cancel();
        }
      }}
    >
      <label className="field field--wide">
        <span>Title</span>
        <input name="title" dir="auto" value={draft.title} maxLength={LIMITS.titleLength} required {...invalid('title')} onChange={(e) => { updateTitle(e.target.value); }} />
      </label>
      <label className="field field--wide">
        <span>Metric (what is counted)</span>
        <input name="metric" dir="auto" value={draft.metric} maxLength={LIMITS.shortTextLength} placeholder="e.g. Qualified opportunities created" {...invalid('metric')} onChange={(e) => { updateResult({ metric: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Direction</span>
        <select name="direction" value={draft.direction} onChange={(e) => { updateResult({ direction: e.target.value as TargetDirection }); }}>
          <option value="at-least">At least</option>
          <option value="at-most">At most</option>
        </select>
      </label>
      <label className="field">
        <span>Target</span>
        <input name="target" value={draft.target} inputMode="decimal" placeholder="e.g. 20" {...invalid('target')} onChange={(e) => { updateResult({ target: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Unit</span>
        <input name="unit" dir="auto" value={draft.unit} maxLength={LIMITS.shortTextLength} placeholder="e.g. opportunities" {...invalid('unit')} onChange={(e) => { updateResult({ unit: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Period</span>
        <input name="period" dir="auto" value={draft.period} maxLength={LIMITS.shortTextLength} placeholder="e.g. per month" {...invalid('period')} onChange={(e) => { updateResult({ period: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Current value</span>
        <input name="current" value={draft.current} inputMode="decimal" placeholder="e.g. 14" {...invalid('current')} onChange={(e) => { update({ current: e.target.value }); }} />
      </label>
      {/* A row of its own: beside Current value, in half a card's width, "Revenue-critical" broke at its hyphen. */}
      <label className="field field--check field--wide">
        <input name="revenueCritical" type="checkbox" checked={draft.revenueCritical} onChange={(e) => { update({ revenueCritical: e.target.checked }); }} />
        <span>Revenue-critical</span>
      </label>
      <label className="field field--wide">
        <span>Notes</span>
        <textarea name="notes" dir="auto" value={draft.notes} maxLength={LIMITS.notesLength} rows={2} {...invalid('notes')} onChange={(e) => { update({ notes: e.target.value }); }} onKeyDown={submitOnModEnter} />
      </label>
      <FormFooter errorId={errorId} error={error?.message ?? null} remedy={remedy} buttonsClassName="outcome-editor__buttons" wide onCancel={cancel} />
    </form>
  );
}

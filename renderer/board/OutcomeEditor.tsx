/**
 * Editing an outcome in place: title, the measurable result (metric, target, unit, period,
 * current), direction, revenue-critical and notes. One Save is one undo step; a refused edit
 * says which field is wrong and changes nothing.
 */
import { useId, useState } from 'react';
import { LIMITS, type Outcome, type TargetDirection } from '../../shared/model';
import type { OutcomeFields } from '../../shared/intents';
import { useBoardStore } from '../store/boardStore';
import { FormFooter } from './FormFooter';

interface Draft {
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

const numberText = (value: number | null) => (value === null ? '' : String(value));

/** What a typed number turned out to be: a number, nothing (empty), or why it can't be read. */
export type ParsedNumber = { readonly value: number | null } | { readonly problem: 'not-a-number' | 'ambiguous' };

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/iu;

/**
 * Reads a typed number. "" is nothing; "1.5" and "1,5" are one and a half (a decimal comma is
 * common in a room); thousands grouped by three with commas, dots, spaces or apostrophes are read
 * as such ("1,000,000", "12,345.67", "12.345,67", "1 000"). A lone comma before exactly three
 * digits ("1,000") is a thousand to some and one to others: that is refused with a word on how to
 * write it, never guessed (it was read as 1, and a target of 1 is met at once). A lone dot is
 * always the decimal point, as everywhere else in the app.
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
  if (commas === 0 && dots <= 1) plain = body;
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
    // One comma: a decimal comma, unless three digits follow it after a whole number ("1,000").
    const [whole = '', fraction = ''] = body.split(',');
    if (/^[1-9]\d{0,2}$/u.test(whole) && /^\d{3}$/u.test(fraction)) return { problem: 'ambiguous' };
    plain = `${whole}.${fraction}`;
  }
  if (plain === null || !DECIMAL.test(plain)) return { problem: 'not-a-number' };
  const value = Number(sign + plain);
  return Number.isFinite(value) ? { value } : { problem: 'not-a-number' };
}

function groupedByThree(text: string, separator: string): boolean {
  const [first = '', ...groups] = text.split(separator);
  return /^\d{1,3}$/u.test(first) && groups.length > 0 && groups.every((group) => /^\d{3}$/u.test(group));
}

/** Why a number field was refused, in the field's own words. */
function numberProblem(parsed: Extract<ParsedNumber, { problem: string }>, typed: string, example: string): string {
  if (parsed.problem === 'ambiguous') return `“${typed.trim()}” could be a thousand or one: write 1000 for a thousand, or 1.0 for one.`;
  return example;
}

/**
 * `firstField`: where focus goes when the editor opens, the title unless told (the health check's
 * "Add a metric and target" opens it on the first of the two that is empty).
 */
export function OutcomeEditor({ outcome, onDone, firstField = 'title' }: { readonly outcome: Outcome; readonly onDone: () => void; readonly firstField?: 'title' | 'metric' | 'target' }) {
  const dispatch = useBoardStore((s) => s.dispatch);
  const errorId = useId();
  const [draft, setDraft] = useState<Draft>({
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
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };

  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const target = parseNumber(draft.target);
    const current = parseNumber(draft.current);
    if ('problem' in target) {
      setError({ field: 'target', message: numberProblem(target, draft.target, 'The target must be a number, like 20 or 2.5.') });
      return;
    }
    if ('problem' in current) {
      setError({ field: 'current', message: numberProblem(current, draft.current, 'The current value must be a number, like 14, or empty.') });
      return;
    }
    const patch: Partial<OutcomeFields> = { ...draft, target: target.value, current: current.value };
    const result = dispatch({ type: 'outcome/edit', outcomeId: outcome.id, patch });
    if (!result.ok) {
      setError(result.error.field === undefined ? { message: result.error.message } : { field: result.error.field, message: result.error.message });
      return;
    }
    onDone();
  };

  const invalid = (field: string) => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});

  return (
    <form
      className="outcome-editor editing-chrome"
      aria-label={`Edit ${outcome.title}`}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <label className="field field--wide">
        <span>Title</span>
        {/* Focus comes here when the editor opens: it stayed on the actions button, two Tab stops
            above the form, and a screen reader was not told the editor had opened. */}
        <input value={draft.title} maxLength={LIMITS.titleLength} required autoFocus={firstField === 'title'} {...invalid('title')} onChange={(e) => { update({ title: e.target.value }); }} />
      </label>
      <label className="field field--wide">
        <span>Metric (what is counted)</span>
        <input value={draft.metric} maxLength={LIMITS.shortTextLength} placeholder="e.g. Qualified opportunities created" autoFocus={firstField === 'metric'} {...invalid('metric')} onChange={(e) => { update({ metric: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Direction</span>
        <select value={draft.direction} onChange={(e) => { update({ direction: e.target.value as TargetDirection }); }}>
          <option value="at-least">At least</option>
          <option value="at-most">At most</option>
        </select>
      </label>
      <label className="field">
        <span>Target</span>
        <input value={draft.target} inputMode="decimal" placeholder="e.g. 20" autoFocus={firstField === 'target'} {...invalid('target')} onChange={(e) => { update({ target: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Unit</span>
        <input value={draft.unit} maxLength={LIMITS.shortTextLength} placeholder="e.g. opportunities" {...invalid('unit')} onChange={(e) => { update({ unit: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Period</span>
        <input value={draft.period} maxLength={LIMITS.shortTextLength} placeholder="e.g. per month" {...invalid('period')} onChange={(e) => { update({ period: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Current value</span>
        <input value={draft.current} inputMode="decimal" placeholder="e.g. 14" {...invalid('current')} onChange={(e) => { update({ current: e.target.value }); }} />
      </label>
      <label className="field field--check">
        <input type="checkbox" checked={draft.revenueCritical} onChange={(e) => { update({ revenueCritical: e.target.checked }); }} />
        <span>Revenue-critical</span>
      </label>
      <label className="field field--wide">
        <span>Notes</span>
        <textarea value={draft.notes} maxLength={LIMITS.notesLength} rows={2} {...invalid('notes')} onChange={(e) => { update({ notes: e.target.value }); }} />
      </label>
      <FormFooter errorId={errorId} error={error?.message ?? null} buttonsClassName="outcome-editor__buttons" wide onCancel={onDone} />
    </form>
  );
}

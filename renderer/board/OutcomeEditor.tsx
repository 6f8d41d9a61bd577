/**
 * Editing an outcome in place: title, the measurable result (metric, target, unit, period,
 * current), direction, revenue-critical and notes. One Save is one undo step; a refused edit
 * says which field is wrong and changes nothing.
 */
import { useId, useState } from 'react';
import { LIMITS, type Outcome, type TargetDirection } from '../../shared/model';
import type { OutcomeFields } from '../../shared/intents';
import { useBoardStore } from '../store/boardStore';

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

/** "" -> null, "1,5" or "1.5" -> 1.5, anything else -> undefined (not a number). */
export function parseNumber(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/iu.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export function OutcomeEditor({ outcome, onDone }: { readonly outcome: Outcome; readonly onDone: () => void }) {
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
    if (target === undefined) {
      setError({ field: 'target', message: 'The target must be a number, like 20 or 2.5.' });
      return;
    }
    if (current === undefined) {
      setError({ field: 'current', message: 'The current value must be a number, like 14, or empty.' });
      return;
    }
    const patch: Partial<OutcomeFields> = { ...draft, target, current };
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
      className="outcome-editor"
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
        <input value={draft.title} maxLength={LIMITS.titleLength} required {...invalid('title')} onChange={(e) => { update({ title: e.target.value }); }} />
      </label>
      <label className="field field--wide">
        <span>Metric (what is counted)</span>
        <input value={draft.metric} maxLength={LIMITS.shortTextLength} placeholder="Qualified opportunities created" {...invalid('metric')} onChange={(e) => { update({ metric: e.target.value }); }} />
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
        <input value={draft.target} inputMode="decimal" placeholder="20" {...invalid('target')} onChange={(e) => { update({ target: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Unit</span>
        <input value={draft.unit} maxLength={LIMITS.shortTextLength} placeholder="opportunities" {...invalid('unit')} onChange={(e) => { update({ unit: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Period</span>
        <input value={draft.period} maxLength={LIMITS.shortTextLength} placeholder="per month" {...invalid('period')} onChange={(e) => { update({ period: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Current value</span>
        <input value={draft.current} inputMode="decimal" placeholder="14" {...invalid('current')} onChange={(e) => { update({ current: e.target.value }); }} />
      </label>
      <label className="field field--check">
        <input type="checkbox" checked={draft.revenueCritical} onChange={(e) => { update({ revenueCritical: e.target.checked }); }} />
        <span>Revenue-critical</span>
      </label>
      <label className="field field--wide">
        <span>Notes</span>
        <textarea value={draft.notes} maxLength={LIMITS.notesLength} rows={2} {...invalid('notes')} onChange={(e) => { update({ notes: e.target.value }); }} />
      </label>
      {error && (
        <p id={errorId} className="form-error field--wide" role="alert">
          {error.message}
        </p>
      )}
      <div className="outcome-editor__buttons field--wide">
        <button type="submit" className="primary-button">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

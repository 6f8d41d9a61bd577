/** Adding an outcome: a title now, the measurable result in the card's editor. */
import { useState } from 'react';
import { LIMITS, type OutcomeId } from '../../shared/model';
import { useBoardStore } from '../store/boardStore';
import { notify } from '../app/notices';

export function AddOutcome() {
  const dispatch = useBoardStore((s) => s.dispatch);
  const [title, setTitle] = useState('');
  return (
    <form
      className="add-outcome editing-chrome"
      aria-label="Add an outcome"
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim() === '') return;
        const result = dispatch({ type: 'outcome/add', id: crypto.randomUUID() as OutcomeId, fields: { title } });
        if (result.ok) setTitle('');
        else notify(result.error.message, { tone: 'error' });
      }}
    >
      <input
        aria-label="New outcome title"
        placeholder="New outcome, e.g. “Churn below 2% per quarter”"
        value={title}
        maxLength={LIMITS.titleLength}
        onChange={(e) => {
          setTitle(e.target.value);
        }}
      />
      <button type="submit">Add outcome</button>
    </form>
  );
}

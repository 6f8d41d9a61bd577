/** Adding an outcome: a title now, the measurable result in the card's editor. Or a pasted list, one outcome a line. */
import { useRef, useState } from 'react';
import type { Intent } from '../../shared/intents';
import { LIMITS, type OutcomeId } from '../../shared/model';
import type { Pasted } from '../../shared/pastedList';
import { useBoardStore } from '../store/boardStore';
import { notify } from '../app/notices';
import { useUnsavedTyping } from './draftBack';
import { useKeptInSight } from './inView';
import { titlesPasted, useListPaste, type PasteBatch } from './listPaste';

/** A pasted list as outcomes at the end of the board, in the list's order. */
function outcomesPasted(text: string): Pasted<PasteBatch> {
  return titlesPasted(text, (title): Intent => ({ type: 'outcome/add', id: crypto.randomUUID() as OutcomeId, fields: { title } }), ['outcome', 'outcomes']);
}

export function AddOutcome() {
  const dispatch = useBoardStore((s) => s.dispatch);
  const [title, setTitle] = useState('');
  // A title typed and not added: closing the window asks first.
  useUnsavedTyping(title.trim() !== '');
  // Each outcome added is a card above the field, which pushes it down.
  const inputRef = useRef<HTMLInputElement>(null);
  const added = useKeptInSight(inputRef);
  const { typedAdded, ...paste } = useListPaste(outcomesPasted, added);
  return (
    <form
      className="add-outcome editing-chrome"
      aria-label="Add an outcome"
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim() === '') return;
        const result = dispatch({ type: 'outcome/add', id: crypto.randomUUID() as OutcomeId, fields: { title } });
        if (result.ok) {
          added();
          typedAdded();
          setTitle('');
        } else notify(result.error.message, { tone: 'error' });
      }}
    >
      <input
        ref={inputRef}
        aria-label="New outcome title"
        placeholder="New outcome, e.g. “Churn below 2% per quarter”"
        value={title}
        maxLength={LIMITS.titleLength}
        onChange={(e) => {
          setTitle(e.target.value);
        }}
        {...paste}
      />
      <button type="submit">Add outcome</button>
    </form>
  );
}

/**
 * Adding an outcome: a title now, the measurable result in the card's editor, or read from the
 * title where it states one ("20 qualified opportunities per month": shared/resultInTitle). Or a
 * pasted list, one outcome a line, each read so too.
 */
import type { Intent } from '../../shared/intents';
import type { OutcomeId } from '../../shared/model';
import type { Pasted } from '../../shared/pastedList';
import { resultInTitle } from '../../shared/resultInTitle';
import { isolatedInSentence } from '../../shared/text';
import { titlesPasted, type PasteBatch } from './listPaste';
import { useQuickAddTitle } from './quickAdd';

const newOutcome = (title: string): Intent => ({ type: 'outcome/add', id: crypto.randomUUID() as OutcomeId, fields: { title, ...resultInTitle(title) } });

/** A pasted list as outcomes at the end of the board, in the list's order. */
function outcomesPasted(text: string): Pasted<PasteBatch> {
  return titlesPasted(text, newOutcome, ['outcome', 'outcomes']);
}

/** What a screen reader hears when one is typed and added. */
const outcomeAdded = (title: string) => `Added outcome ${isolatedInSentence(title)}.`;

export function AddOutcome() {
  const { onSubmit, field } = useQuickAddTitle('add-outcome', newOutcome, outcomesPasted, outcomeAdded);
  return (
    <form className="add-outcome editing-chrome" aria-label="Add an outcome" onSubmit={onSubmit}>
      <input dir="auto" aria-label="New outcome title" placeholder="New outcome, e.g. “Churn below 2% per quarter”" {...field} />
      <button type="submit">Add outcome</button>
    </form>
  );
}

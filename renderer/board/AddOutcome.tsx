/**
 * Adding an outcome: a title now, the measurable result in the card's editor, or read from the
 * title where it states one ("20 qualified opportunities per month": shared/resultInTitle). Or a
 * pasted list, one outcome a line, each read so too.
 */
import type { Intent } from '../../shared/intents';
import type { Board, OutcomeId } from '../../shared/model';
import { pastedOutcomeTitles, type Pasted } from '../../shared/pastedList';
import { resultInTitle } from '../../shared/resultInTitle';
import { counted, isolatedInSentence } from '../../shared/text';
import { addedSentences, leftOutSentences, type PasteBatch } from './listPaste';
import { useQuickAddTitle } from './quickAdd';
import { QuickAddProblem } from './QuickAddProblem';

const newOutcome = (title: string): Intent => ({ type: 'outcome/add', id: crypto.randomUUID() as OutcomeId, fields: { title, ...resultInTitle(title) } });

/**
 * A pasted list as outcomes at the end of the board, in the list's order. A title the board has
 * already, or the list had before, is left out (the commands refuse a second outcome of one title,
 * and would refuse the whole paste with it), and the notice says which.
 */
function outcomesPasted(text: string, board: Board): Pasted<PasteBatch> {
  const pasted = pastedOutcomeTitles(text, board.outcomes);
  if (!pasted?.ok) return pasted;
  const { kept, ...leftOut } = pasted.value;
  const added = kept.length > 0 ? `Added ${counted(kept.length, 'outcome', 'outcomes')}` : 'No outcome added';
  return { ok: true, value: { intents: kept.map(newOutcome), ...addedSentences(added, kept, leftOutSentences(leftOut).join(' ')) } };
}

/** What a screen reader hears when one is typed and added. */
const outcomeAdded = (title: string) => `Added outcome ${isolatedInSentence(title)}.`;

const SEND = 'Add outcome';

export function AddOutcome() {
  const { onSubmit, field, nothingTyped } = useQuickAddTitle('add-outcome', newOutcome, outcomesPasted, outcomeAdded, SEND);
  return (
    <form className="add-outcome editing-chrome" aria-label="Add an outcome" onSubmit={onSubmit}>
      <input dir="auto" aria-label="New outcome title" placeholder="New outcome, e.g. “Churn below 2% per quarter”" {...field} />
      <button type="submit">{SEND}</button>
      <QuickAddProblem problem={nothingTyped} />
    </form>
  );
}

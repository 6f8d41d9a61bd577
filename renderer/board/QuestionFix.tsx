/**
 * Under a question of "Why?" answered No, a button that takes the first step of putting it right.
 * A new facilitator read "No metric: what will be counted?" and could not find where a metric is
 * typed (the outcome's editor, behind ⋯); nor which of the card's controls names an owner or
 * grants authority. Editing chrome: not in Present. Each is named for its outcome, as "Why?" is.
 */
import { missingFromResult, type QuestionCheck } from '../../shared/health';
import type { Outcome, Person } from '../../shared/model';
import { authorityNotGranted, newPersonName, ownerSelect } from './focus';
import { shownMatch } from './hiddenView';

interface QuestionFixProps {
  readonly check: QuestionCheck;
  readonly outcome: Outcome;
  readonly owner: Person | undefined;
  /** Someone on the board could own it: without anyone, the owner select lists nobody. */
  readonly anyoneToOwn: boolean;
  /** Opens the outcome's editor with focus in `field`. */
  readonly editResult: (field: 'metric' | 'target') => void;
}

export function QuestionFix({ check, outcome, owner, anyoneToOwn, editResult }: QuestionFixProps) {
  const focus = (selector: string) => () => shownMatch(selector)?.focus();
  switch (check.question) {
    case 1: {
      const missing = missingFromResult(outcome);
      const [first] = missing;
      if (first === undefined) return null;
      const text = missing.length > 1 ? 'Add a metric and target' : first === 'metric' ? 'Add a metric' : 'Add a target';
      return <FixButton text={text} forWhat={`for ${outcome.title}`} onClick={() => { editResult(first); }} />;
    }
    case 2:
      return anyoneToOwn ? (
        <FixButton text="Choose an owner" forWhat={`for ${outcome.title}`} onClick={focus(ownerSelect(outcome.id))} />
      ) : (
        <FixButton text="Add a person" forWhat={`to own ${outcome.title}`} onClick={focus(newPersonName)} />
      );
    case 3:
      // With no owner there is no authority to grant yet: question 2's button comes first.
      return owner === undefined ? null : <FixButton text="Set authority" forWhat={`for ${outcome.title}`} onClick={focus(authorityNotGranted(outcome.id))} />;
  }
}

function FixButton({ text, forWhat, onClick }: { readonly text: string; readonly forWhat: string; readonly onClick: () => void }) {
  return (
    <button type="button" className="questions__fix editing-chrome" onClick={onClick}>
      {text}{' '}
      <span className="visually-hidden">{forWhat}</span>
    </button>
  );
}

/** The three questions of the method for one outcome, each answered with its reason. */
import type { QuestionCheck } from '../../shared/health';

export function QuestionList({ id, questions }: { readonly id: string; readonly questions: readonly QuestionCheck[] }) {
  return (
    <ol id={id} className="questions" aria-label="The three questions">
      {questions.map((check) => (
        <li key={check.question} className={check.passed ? 'questions__item questions__item--yes' : 'questions__item questions__item--no'}>
          <span className="questions__answer">
            <span aria-hidden="true">{check.passed ? '✓' : '✗'}</span> {check.passed ? 'Yes' : 'No'}
          </span>
          <span className="questions__ask">{check.asks}</span>
          <span className="questions__reason">{check.reason}</span>
        </li>
      ))}
    </ol>
  );
}

/** The three questions of the method for one outcome, each answered with its reason. */
import type { ReactNode } from 'react';
import type { QuestionCheck } from '../../shared/health';

export function QuestionList({
  id,
  questions,
  fix,
}: {
  readonly id: string;
  readonly questions: readonly QuestionCheck[];
  /** Under a question answered No: what starts to put it right (a button), or nothing. */
  readonly fix?: (check: QuestionCheck) => ReactNode;
}) {
  return (
    <ol id={id} className="questions" aria-label="The three questions">
      {questions.map((check) => (
        <li key={check.question} className={check.passed ? 'questions__item questions__item--yes' : 'questions__item questions__item--no'}>
          <span className="questions__answer">
            <span aria-hidden="true">{check.passed ? '✓' : '✗'}</span> {check.passed ? 'Yes' : 'No'}
          </span>
          <span className="questions__ask">{check.asks}</span>
          <span className="questions__reason">{check.reason}</span>
          {!check.passed && fix?.(check)}
        </li>
      ))}
    </ol>
  );
}

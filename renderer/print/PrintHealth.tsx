/**
 * The health check on paper: the method's three questions asked of every outcome with the answer
 * and its reason, the verdict and what to do next, what the board says as a whole (findings) and
 * the score — the part of the handout people argue about afterwards, so every answer is spelled out
 * in words.
 */
import { noFindingsSentence, type Finding } from '../../shared/health';
import { NextStep } from '../health/NextStep';
import { VerdictBadge } from '../health/VerdictBadge';
import { scoreSentence } from './PrintCover';
import { ResultMissed } from './ResultMissed';
import type { PrintModel } from './printModel';

const SEVERITY_LABELS: Readonly<Record<Finding['severity'], string>> = { warning: 'Warning', info: 'Note' };

/** One finding, its severity in words (not by the bar's colour alone). */
export function PrintFinding({ finding }: { readonly finding: Finding }) {
  return (
    <li className={`print-finding print-finding--${finding.severity}`}>
      <span className="print-finding__severity">{SEVERITY_LABELS[finding.severity]}</span>
      <span>{finding.message}</span>
    </li>
  );
}

export function PrintHealth({ model }: { readonly model: PrintModel }) {
  const { board, health } = model;
  return (
    <section className="print-section print-health" aria-labelledby="print-health-title">
      <h2 id="print-health-title" className="print-section__title">
        Health check
      </h2>
      <p className="print-score">
        <span className="print-score__label">Score</span> {scoreSentence(health.score)}
      </p>
      <section className="print-findings" aria-labelledby="print-findings-title">
        <h3 id="print-findings-title" className="print-subtitle">
          What the board says
        </h3>
        {health.findings.length === 0 ? (
          <p className="print-muted">{noFindingsSentence(health.score)}</p>
        ) : (
          <ul className="print-findings__list">
            {health.findings.map((finding, index) => (
              // Findings have no id of their own; their order is stable for a given board.
              <PrintFinding key={`${finding.kind}-${index}`} finding={finding} />
            ))}
          </ul>
        )}
      </section>
      <h3 className="print-subtitle">The three questions, outcome by outcome</h3>
      {/* As the map says it: a heading with nothing under it read like a page that failed to print. */}
      {board.outcomes.length === 0 && <p className="print-muted">No outcomes on this board yet.</p>}
      <ol className="print-checks">
        {board.outcomes.map((outcome) => {
          const check = health.outcomes.get(outcome.id);
          if (!check) return null;
          return (
            <li key={outcome.id} className="print-check">
              <div className="print-check__header">
                <h4 className="print-check__title">
                  <bdi>{outcome.title}</bdi>
                </h4>
                <VerdictBadge verdict={check.verdict} label={check.label} />
              </div>
              {/* "Owned" and three passes, and every task done for nothing: said under the verdict. */}
              {check.tasksDoneResultMissed && <ResultMissed />}
              <p className="print-check__reason">{check.reason}</p>
              {/* What to do about it, for a reader who was not in the room: one line, under the reason. */}
              <NextStep step={check.nextStep} className="print-check__next" />
              <ol className="print-questions">
                {check.questions.map((question) => (
                  <li key={question.question} className={question.passed ? 'print-question print-question--pass' : 'print-question print-question--fail'}>
                    <span className="print-question__answer">{question.passed ? '✓ Pass' : '✗ Fail'}</span>
                    <span className="print-question__asks">
                      {question.question}. {question.asks}
                    </span>
                    <span className="print-question__reason">{question.reason}</span>
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * "1 of 4 outcomes owned": the board's ownership score, among revenue-critical outcomes, and how
 * many outcomes have every task done while their result is missed.
 */
import { NO_OUTCOMES_YET, type HealthScore } from '../../shared/health';

export function ScoreSummary({ score }: { readonly score: HealthScore }) {
  const { revenueCritical } = score;
  return (
    // Read whole when any of it changes: the count of tasks done, results missed alone said nothing of the score.
    <div className="score" role="status" aria-label="Ownership score" aria-atomic="true">
      {/* "0 of 0 outcomes owned" read as a failing score on a board just started. */}
      {score.total === 0 ? (
        <p className="score__main">{NO_OUTCOMES_YET}</p>
      ) : (
        <p className="score__main">
          <strong>
            {score.owned} of {score.total}
          </strong>{' '}
          {/* The noun follows the total, as the PDF's score says it: "0 of 1 outcome owned". */}
          {score.total === 1 ? 'outcome' : 'outcomes'} owned
        </p>
      )}
      {(revenueCritical.total > 0 || score.tasksDoneResultMissed > 0) && (
        <div className="score__subs">
          {revenueCritical.total > 0 && (
            <p className="score__sub">
              {revenueCritical.owned} of {revenueCritical.total} revenue-critical
            </p>
          )}
          {/*
           * The method's central point, where the room looks first: "4 of 4 outcomes owned" over a
           * board whose tasks are all ticked while its results are missed read as all well. Each such
           * card says it, and the health check names them; this counts them for the whole board.
           */}
          {score.tasksDoneResultMissed > 0 && <p className="score__sub score__missed">{score.tasksDoneResultMissed} with tasks done, result missed</p>}
        </div>
      )}
    </div>
  );
}

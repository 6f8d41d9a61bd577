/**
 * The board card's alarm on paper: every task of an outcome done while its result is missed. The
 * method's central point (busy is not owned), so the handout says it on the outcome itself, in the
 * card's words, not only in a line of the findings: a verdict of "✓ Owned" beside "2 of 2 done"
 * read as all well. A bordered box, a sign and bold words, so it reads in black and white too.
 */
import { TASKS_DONE_RESULT_MISSED } from '../../shared/health';

export function ResultMissed() {
  return (
    <p className="print-alarm">
      <span className="print-alarm__sign" aria-hidden="true">
        ⚠
      </span>{' '}
      {TASKS_DONE_RESULT_MISSED}
    </p>
  );
}

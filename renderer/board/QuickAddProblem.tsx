/**
 * Under a quick-add field: why Enter added nothing (quickAdd.ts, `nothingTyped`), shown as the
 * board's editing forms show a refusal. Not role="alert": the board's live region says it already.
 */
import type { QuickAddTitle } from './quickAdd';

export function QuickAddProblem({ problem }: { readonly problem: QuickAddTitle['nothingTyped'] }) {
  if (problem === null) return null;
  return (
    <p id={problem.id} className="form-error quick-add__problem">
      {problem.message}
    </p>
  );
}

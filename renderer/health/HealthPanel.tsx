/**
 * What the board says about ownership beyond single outcomes: the findings, warnings first.
 * A finding about an outcome takes you there: the board scrolls to it and highlights it.
 */
import { memo, useId } from 'react';
import type { Finding } from '../../shared/health';
import { useUiStore } from '../store/uiStore';

const HIGHLIGHT_MS = 2500;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

function showOutcome(outcomeId: string): void {
  const ui = useUiStore.getState();
  ui.setView('board');
  ui.highlight(outcomeId);
  const heading = document.querySelector<HTMLElement>(`[data-outcome-id="${CSS.escape(outcomeId)}"] h2`);
  heading?.focus({ preventScroll: true });
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => {
    useUiStore.getState().highlight(null);
  }, HIGHLIGHT_MS);
}

export const HealthPanel = memo(function HealthPanel({ findings, deferred = false }: { readonly findings: readonly Finding[]; readonly deferred?: boolean }) {
  const headingId = useId();
  return (
    <section className="panel health-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Health check
      </h2>
      {findings.length === 0 ? (
        <p className="muted">Nothing to flag: every outcome has one owner with authority.</p>
      ) : (
        // On a big board, laid out only near the screen (health.css); until then it keeps about its
        // height (4 rem a finding).
        <ul className={deferred ? 'findings findings--deferred' : 'findings'} style={deferred ? { containIntrinsicSize: `auto ${String(findings.length * 4)}rem` } : undefined}>
          {findings.map((finding, index) => {
            const { outcomeId } = finding;
            return (
              <li key={`${finding.kind}-${index}`} className={`finding finding--${finding.severity}`}>
                <span className="finding__severity">{finding.severity === 'warning' ? 'Warning' : 'Note'}</span>
                {outcomeId ? (
                  <button type="button" className="finding__link" onClick={() => { showOutcome(outcomeId); }}>
                    {finding.message}
                  </button>
                ) : (
                  <span>{finding.message}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});

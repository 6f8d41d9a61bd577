/**
 * What the board says about ownership beyond single outcomes: the findings, warnings first.
 * A finding about an outcome takes you there: the board scrolls to it and highlights it. The
 * parking lot's one finding (however many activities wait there) takes you to the parking lot,
 * which lists each of them.
 */
import { memo, startTransition, useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { noFindingsSentence, type Finding, type HealthScore } from '../../shared/health';
import { whenIdle } from '../app/idle';
import { showOutcome, showParkingLot } from '../board/showOnBoard';

/** How long the findings of a big board may wait for an idle moment after the board is shown (ms). */
const FINDINGS_WAIT_MS = 500;

/**
 * Whether to list the findings: at once, or — `later`, a big board — once the board is shown and
 * the window is idle (an interruptible update). There they are hundreds of elements far below the
 * screen, and the board's first screen is shown without waiting for them. Unless the list starts
 * on the first screen (a short parking lot above it): then it is listed before the first paint,
 * and nothing pops in after.
 */
function useListedWhenIdle(later: boolean, list: RefObject<HTMLElement | null>): boolean {
  const [listed, setListed] = useState(!later);
  useLayoutEffect(() => {
    if (listed) return;
    // Where the board's first layout puts it (the windowing reads the same layout right after).
    const top = list.current?.getBoundingClientRect().top;
    // Measuring the layout before the paint and rendering again is what a layout effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (top !== undefined && top < window.innerHeight) setListed(true);
    // Only where the board first showed it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (listed) return undefined;
    const list = () => {
      startTransition(() => {
        setListed(true);
      });
    };
    return whenIdle(list, FINDINGS_WAIT_MS);
  }, [listed]);
  return listed;
}

export const HealthPanel = memo(function HealthPanel({ findings, score, deferred = false }: { readonly findings: readonly Finding[]; readonly score: HealthScore; readonly deferred?: boolean }) {
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const listed = useListedWhenIdle(deferred, listRef);
  return (
    <section className="panel health-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Health check
      </h2>
      {findings.length === 0 ? (
        <p className="muted">{noFindingsSentence(score)}</p>
      ) : (
        // On a big board, listed once the window is idle after showing the board, and laid out only
        // near the screen (health.css); until then the list keeps about its height (4 rem a finding).
        <ul ref={listRef} className={deferred ? 'findings findings--deferred' : 'findings'} style={deferred ? { containIntrinsicBlockSize: `auto ${String(findings.length * 4)}rem` } : undefined}>
          {listed && findings.map((finding, index) => {
            const { outcomeId } = finding;
            const show = outcomeId ? () => { showOutcome(outcomeId); } : finding.kind === 'parking-lot' ? showParkingLot : undefined;
            return (
              <li key={`${finding.kind}-${index}`} className={`finding finding--${finding.severity}`}>
                <span className="finding__severity">{finding.severity === 'warning' ? 'Warning' : 'Note'}</span>
                {show ? (
                  <button type="button" className="finding__link" onClick={show}>
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

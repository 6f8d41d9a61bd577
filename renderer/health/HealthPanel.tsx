/** What the board says about ownership beyond single outcomes: the findings, warnings first. */
import { memo, useId } from 'react';
import type { Finding } from '../../shared/health';

export const HealthPanel = memo(function HealthPanel({ findings }: { readonly findings: readonly Finding[] }) {
  const headingId = useId();
  return (
    <section className="panel health-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Health check
      </h2>
      {findings.length === 0 ? (
        <p className="muted">Nothing to flag: every outcome has one owner with authority.</p>
      ) : (
        <ul className="findings">
          {findings.map((finding, index) => (
            <li key={`${finding.kind}-${index}`} className={`finding finding--${finding.severity}`}>
              <span className="finding__severity">{finding.severity === 'warning' ? 'Warning' : 'Note'}</span>
              <span>{finding.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

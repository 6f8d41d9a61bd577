/** The method's verdict on one outcome, in words and a symbol, never colour alone. */
import type { Verdict } from '../../shared/health';
import './health.css';

const SYMBOLS: Readonly<Record<Verdict, string>> = {
  owned: '✓',
  'task-not-outcome': '◇',
  'nobody-owns': '!',
  'task-assignment': '△',
};

export function VerdictBadge({ verdict, label }: { readonly verdict: Verdict; readonly label: string }) {
  return (
    <span className={`verdict verdict--${verdict}`}>
      <span className="verdict__symbol" aria-hidden="true">
        {SYMBOLS[verdict]}
      </span>
      <span className="verdict__label">{label}</span>
    </span>
  );
}

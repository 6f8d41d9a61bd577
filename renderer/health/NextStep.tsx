/**
 * What to do about an outcome (OutcomeHealth.nextStep), its "Next:" in bold so it reads as the thing
 * to do, in black and white too: on paper under the reason, and in Present, where the buttons under
 * the three questions are hidden, under the questions.
 */
import { NEXT } from '../../shared/health';

export function NextStep({ step, className }: { readonly step: string; readonly className: string }) {
  if (step === '') return null;
  return (
    <p className={className}>
      <strong>{NEXT}</strong>
      {step.slice(NEXT.length)}
    </p>
  );
}

/**
 * The health panel's words when it has no findings (true of the board shown, whatever its score),
 * and the header's score, in the same words as the PDF.
 */
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { HealthPanel } from '../../renderer/health/HealthPanel';
import { ScoreSummary } from '../../renderer/health/ScoreSummary';

describe('health panel without findings', () => {
  it('does not say every outcome is owned when none is', () => {
    render(<HealthPanel findings={[]} score={{ owned: 0, total: 4, revenueCritical: { owned: 0, total: 2 } }} />);
    const panel = screen.getByRole('region', { name: 'Health check' });
    expect(panel.textContent).toContain('Nothing else to flag, but 4 of 4 outcomes are not owned yet (see their verdicts).');
    expect(panel.textContent).not.toContain('every outcome has one owner');
  });

  it('says so when every outcome is owned', () => {
    render(<HealthPanel findings={[]} score={{ owned: 3, total: 3, revenueCritical: { owned: 1, total: 1 } }} />);
    expect(screen.getByRole('region', { name: 'Health check' }).textContent).toContain('every outcome has one owner with authority');
  });
});

describe('the header score', () => {
  // The PDF's cover and health section say "0 of 1 outcome owned"; the header said "outcomes".
  it('says "outcome" for a board of one outcome, as the PDF does', () => {
    render(<ScoreSummary score={{ owned: 0, total: 1, revenueCritical: { owned: 0, total: 0 } }} />);
    expect(screen.getByRole('status', { name: 'Ownership score' }).textContent).toBe('0 of 1 outcome owned');
  });

  it('says "outcomes" otherwise, and the revenue-critical share when there are any', () => {
    render(<ScoreSummary score={{ owned: 1, total: 4, revenueCritical: { owned: 1, total: 2 } }} />);
    expect(screen.getByRole('status', { name: 'Ownership score' }).textContent).toBe('1 of 4 outcomes owned1 of 2 revenue-critical');
  });
});

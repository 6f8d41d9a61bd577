/** The health panel's words when it has no findings: true of the board shown, whatever its score. */
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { HealthPanel } from '../../renderer/health/HealthPanel';

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

/**
 * The PDF's dates ("14 March 2026" on the cover and in every page's footer) are written out by the
 * print view itself, not by Intl (printModel.ts says why): the same words Intl's en-GB long date
 * writes, on this computer's calendar.
 */
import { describe, expect, it } from 'vitest';
import { printDate } from '../../renderer/print/printModel';

const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

describe('printDate', () => {
  it('writes a day of every month, the first and the last, as Intl’s en-GB long date does', () => {
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 9, 10, 28]) {
        const date = new Date(2026, month, day, 12);
        expect(printDate(date)).toBe(intl.format(date));
      }
      const last = new Date(2027, month + 1, 0, 23, 59);
      expect(printDate(last)).toBe(intl.format(last));
    }
  });

  it('reads a stored time on this computer’s calendar, as the board shows it', () => {
    for (const stored of ['2026-03-14T12:00:00.000Z', '2026-12-31T23:30:00.000Z', '2026-01-01T00:15:00.000Z', '2024-02-29T10:00:00Z']) {
      expect(printDate(stored)).toBe(intl.format(new Date(stored)));
    }
    expect(printDate('2026-03-14T12:00:00.000Z')).toMatch(/^1[45] March 2026$/u);
  });

  it('prints a date it cannot read as it is stored', () => {
    expect(printDate('not a date')).toBe('not a date');
  });
});

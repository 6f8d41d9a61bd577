/**
 * "Last edited" as a person reads it, on the computer's own calendar: today, yesterday (also just
 * after midnight, across a new year and the nights the clocks change), else the date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEdited } from '../../renderer/library/dates';

let zone: string | undefined;
beforeAll(() => {
  zone = process.env.TZ;
  // Berlin: clocks go forward on 29 March 2026 and back on 25 October 2026.
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const said = (edited: string, now: string) => formatEdited(edited, new Date(now)).replace(/\d\d:\d\d( [AP]M)?/u, 'hh:mm');

describe('when a board was last edited', () => {
  it('says today and yesterday by the calendar, also at half past midnight and across a new year', () => {
    expect(said('2026-06-15T07:00:00+02:00', '2026-06-15T10:00:00+02:00')).toBe('today at hh:mm');
    expect(said('2026-06-14T23:50:00+02:00', '2026-06-15T00:30:00+02:00')).toBe('yesterday at hh:mm');
    expect(said('2026-06-13T23:50:00+02:00', '2026-06-15T00:30:00+02:00')).toMatch(/^13 Jun 2026$|^Jun 13, 2026$/u);
    expect(said('2026-12-31T23:50:00+01:00', '2027-01-01T00:30:00+01:00')).toBe('yesterday at hh:mm');
    expect(said('2026-12-30T12:00:00+01:00', '2027-01-01T00:30:00+01:00')).toMatch(/2026/u);
  });

  it('counts the day the clocks go forward (23 hours) and back (25 hours) as one day', () => {
    // The morning after the clocks went forward: late on 28 March was two days ago.
    expect(said('2026-03-28T23:30:00+01:00', '2026-03-30T10:00:00+02:00')).not.toMatch(/yesterday/iu);
    // The morning after they went back: just after midnight on 25 October was yesterday.
    expect(said('2026-10-25T00:30:00+02:00', '2026-10-26T10:00:00+01:00')).toBe('yesterday at hh:mm');
  });

  it('gives a time after today its date, not "today"', () => {
    expect(said('2026-06-20T09:00:00+02:00', '2026-06-15T10:00:00+02:00')).not.toMatch(/today/iu);
  });
});

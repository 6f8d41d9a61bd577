/**
 * "today at 14:05", "yesterday at 09:12", "3 Nov 2026": when a board was last edited (or a snapshot
 * taken), for people, on this computer's calendar and clock. Lower case: it is read inside a
 * sentence ("Last edited today at 14:05", "in the trash since yesterday at 09:12").
 */
export function formatEdited(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown';
  const time = clockOf(date);
  // Days by the calendar, not 24-hour steps back from midnight: the day a clock goes forward has
  // 23 hours and the day it goes back 25, and "yesterday" was a day off across either.
  const startOfDay = (offset: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset).getTime();
  const at = date.getTime();
  // A time after today (a board from a computer whose clock was ahead) gets its date, not "today".
  if (at >= startOfDay(0) && at < startOfDay(1)) return `today at ${time}`;
  if (at >= startOfDay(-1) && at < startOfDay(0)) return `yesterday at ${time}`;
  return dayOf(date);
}

/** "14:05", "02:05 PM" in the US: the time of day as this computer's locale writes it. */
const clockOf = (date: Date) => date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** "3 Nov 2026", "Nov 3, 2026" in the US. */
const dayOf = (date: Date) => date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * "3 Nov 2026 at 14:05" ("Nov 3, 2026 at 02:05 PM" in the US): a moment in the words the library
 * uses for "last edited", but one that stays true whenever it is read (never "today"), for a title
 * that says when a board arrived ("Team A (imported …)"). Plain spaces only: some browsers put a
 * narrow no-break space before "PM", which a person searching for the title does not type.
 */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown date';
  return `${dayOf(date)} at ${clockOf(date)}`.replace(/\s/gu, ' ');
}

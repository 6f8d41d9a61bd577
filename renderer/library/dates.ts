/**
 * "today at 14:05", "yesterday at 09:12", "3 Nov 2026": when a board was last edited (or a snapshot
 * taken), for people, on this computer's calendar and clock. Lower case: it is read inside a
 * sentence ("Last edited today at 14:05", "in the trash since yesterday at 09:12").
 */
export function formatEdited(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown';
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  // Days by the calendar, not 24-hour steps back from midnight: the day a clock goes forward has
  // 23 hours and the day it goes back 25, and "yesterday" was a day off across either.
  const startOfDay = (offset: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset).getTime();
  const at = date.getTime();
  // A time after today (a board from a computer whose clock was ahead) gets its date, not "today".
  if (at >= startOfDay(0) && at < startOfDay(1)) return `today at ${time}`;
  if (at >= startOfDay(-1) && at < startOfDay(0)) return `yesterday at ${time}`;
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

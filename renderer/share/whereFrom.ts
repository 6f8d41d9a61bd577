/**
 * A board that arrives from outside (an imported file, a restored backup) beside one of the same
 * title gets a title that says where it came from: "Team A (imported 2026-03-14 10:15)", as a
 * restored one says "(restored …)". Without it the library showed two cards alike in every word,
 * and a screen reader heard two identical "Open Team A" buttons.
 */
import { LIMITS } from '../../shared/model';
import { cutToUnits } from '../../shared/text';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-03-14 10:15" in this computer's time zone: when the board arrived, or was backed up. */
export function localStamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown date';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `title` and then `suffix`, the title shortened so that the whole fits the model's limit. */
export function titleWithSuffix(title: string, suffix: string): string {
  return `${cutToUnits(title, LIMITS.titleLength - suffix.length).trim() || 'Untitled board'}${suffix}`;
}

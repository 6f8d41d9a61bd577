/**
 * A board that arrives from outside (an imported file, a restored backup) beside one of the same
 * title gets a title that says where it came from: "Team A (imported 14 Mar 2026 at 10:15)", as a
 * restored one says "(restored …)". Without it the library showed two cards alike in every word,
 * and a screen reader heard two identical "Open Team A" buttons.
 */
import { LIMITS, UNTITLED_BOARD } from '../../shared/model';
import { cutToUnits } from '../../shared/text';

/** `title` and then `suffix`, the title shortened so that the whole fits the model's limit. */
export function titleWithSuffix(title: string, suffix: string): string {
  return `${cutToUnits(title, LIMITS.titleLength - suffix.length).trim() || UNTITLED_BOARD}${suffix}`;
}

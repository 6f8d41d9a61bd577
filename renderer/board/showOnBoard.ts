/**
 * Taking someone from a line about an outcome to the outcome itself: a finding of the health check,
 * or an outcome a person owns in the People view. The board is shown (from the People view), the
 * card scrolled into view and highlighted a moment, and its heading takes focus, so the next Tab
 * is in the card, where it is fixed.
 */
import { flushSync } from 'react-dom';
import { useUiStore } from '../store/uiStore';
import { outcomeHeading } from './focus';
import { PARKING_LOT_HEADING, skipTo } from './SkipLinks';

const HIGHLIGHT_MS = 2500;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * From the people view: the board is drawn now, so that a heading on it can take focus; with
 * `withPeople`, its people list too (hidden, a person's chip has nowhere to be).
 */
export function showBoard(withPeople = false): void {
  flushSync(() => {
    const ui = useUiStore.getState();
    ui.setView('board');
    if (withPeople) ui.setPeopleShown(true);
  });
}

export function showParkingLot(): void {
  showBoard();
  skipTo(PARKING_LOT_HEADING);
}

export function showOutcome(outcomeId: string): void {
  const ui = useUiStore.getState();
  showBoard();
  // A new request each time (uiStore's highlightRequest): the card scrolls into view even when it is
  // still highlighted from a finding a moment ago, and its highlight lasts HIGHLIGHT_MS from now.
  ui.highlight(outcomeId);
  const heading = document.querySelector<HTMLElement>(outcomeHeading(outcomeId));
  heading?.focus({ preventScroll: true });
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => {
    useUiStore.getState().highlight(null);
  }, HIGHLIGHT_MS);
}

/**
 * "Skip to" for keyboard users: the first thing Tab reaches on a board, shown only while it has
 * focus. Without it the parking lot was some 37 Tabs away at 1366 × 768, through every person and
 * outcome before it (a screen reader has the landmarks; a sighted keyboard user has none). Each
 * takes focus to the part's heading, so the next Tab goes on inside it. Buttons, not links: the
 * address's hash is the app's route (the print view).
 *
 * In Present too: a facilitator at the wall with a keyboard jumps to the parking lot or the
 * health check as at the desk. There it follows the board's title (BoardScreen.tsx), where Present
 * leaves focus, so the first Tab after Present shows it.
 */
import { useLayoutEffect, useRef } from 'react';
import { boardTitle, focusAfterChange, presentButton } from './focus';
import { shownMatch } from './hiddenView';

export const PARKING_LOT_HEADING = '.parking-lot h2';

const PARTS: readonly { readonly label: string; readonly heading: string }[] = [
  // The board's outcomes, or the people view when that is the view shown.
  { label: 'The board', heading: 'main.board-main' },
  { label: 'People', heading: '.people-tray h2' },
  { label: 'Parking lot', heading: PARKING_LOT_HEADING },
  { label: 'Health check', heading: '.health-panel h2' },
];

/** Focus on a part's heading (the health check's parking-lot finding goes there too). */
export function skipTo(selector: string): void {
  const target = shownMatch(selector);
  if (!target) return;
  // Focusable from script only: not a stop of its own for Tab.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

export function SkipLinks() {
  const nav = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = nav.current;
    // Present's ends with focus here (Escape on "Parking lot"): it would fall to the page's body;
    // it goes back to the Present button, as from the presentation's own controls.
    return () => {
      if (element?.contains(document.activeElement)) focusAfterChange(presentButton, boardTitle);
    };
  }, []);
  return (
    <nav ref={nav} className="skip-links" aria-label="Skip to">
      <span className="skip-links__lead" aria-hidden="true">
        Skip to:
      </span>
      {PARTS.map((part) => (
        <button
          key={part.label}
          type="button"
          onClick={() => {
            skipTo(part.heading);
          }}
        >
          {part.label}
        </button>
      ))}
    </nav>
  );
}

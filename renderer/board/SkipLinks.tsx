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
import { boardTitle, focusAfterChange, presentButton, tabbables } from './focus';
import { shownMatch } from './hiddenView';

export const PARKING_LOT_HEADING = '.parking-lot h2';

/** Each part: its name in "Skip to", where focus goes (its heading), and what it takes in (for F6). */
const PARTS: readonly { readonly label: string; readonly heading: string; readonly area: string }[] = [
  // The board's outcomes, or the people view when that is the view shown.
  { label: 'The board', heading: 'main.board-main', area: 'main.board-main' },
  { label: 'People', heading: '.people-tray h2', area: '.people-tray' },
  { label: 'Parking lot', heading: PARKING_LOT_HEADING, area: '.parking-lot' },
  { label: 'Health check', heading: '.health-panel h2', area: '.health-panel' },
];

/**
 * Where F6 and Shift+F6 go (useBoardShortcuts), round: the board's tools (their first control),
 * then the parts "Skip to" offers, in its order. "Skip to" is the first Tab on the page only: from
 * a card deep in a board, the toolbar was some 60 Shift+Tabs away for a keyboard user without a
 * screen reader's landmarks. F6 moves between a window's parts in desktop apps and browsers alike.
 */
const AREAS: readonly { readonly area: string; readonly heading: string | null }[] = [{ area: 'section.toolbar', heading: null }, ...PARTS];

/** Focus to the next part of the board after the one it is in (or the first), or the one before it. */
export function focusNextPart(backwards: boolean): void {
  const shown = AREAS.flatMap(({ area, heading }) => {
    const element = shownMatch(area);
    // The tools are hidden in Present (editing chrome): a part with nothing to focus is passed by.
    const target = element === null ? null : heading === null ? (tabbables(element)[0] ?? null) : shownMatch(heading);
    return element === null || target === null ? [] : [{ element, target }];
  });
  const active = document.activeElement;
  const here = shown.findIndex(({ element }) => active !== null && element.contains(active));
  const next = here === -1 ? (backwards ? shown.length - 1 : 0) : (here + (backwards ? -1 : 1) + shown.length) % shown.length;
  const part = shown[next];
  if (part !== undefined) focusPart(part.target);
}

/** Focus on a part's heading (the health check's parking-lot finding goes there too). */
export function skipTo(selector: string): void {
  const target = shownMatch(selector);
  if (target) focusPart(target);
}

function focusPart(target: HTMLElement): void {
  // A heading is made focusable from script only: not a stop of its own for Tab. (A control, the
  // tools' first, is focusable already.)
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
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

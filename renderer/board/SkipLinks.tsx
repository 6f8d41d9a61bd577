/**
 * "Skip to" for keyboard users: the first thing Tab reaches on a board, shown only while it has
 * focus. Without it the parking lot was some 37 Tabs away at 1366 × 768, through every person and
 * outcome before it (a screen reader has the landmarks; a sighted keyboard user has none). Each
 * takes focus to the part's heading, so the next Tab goes on inside it. Buttons, not links: the
 * address's hash is the app's route (the print view).
 */
import { shownMatch } from './hiddenView';

const PARTS: readonly { readonly label: string; readonly heading: string }[] = [
  // The board's outcomes, or the people view when that is the view shown.
  { label: 'The board', heading: 'main.board-main' },
  { label: 'People', heading: '.people-tray h2' },
  { label: 'Parking lot', heading: '.parking-lot h2' },
  { label: 'Health check', heading: '.health-panel h2' },
];

function skipTo(selector: string): void {
  const target = shownMatch(selector);
  if (!target) return;
  // Focusable from script only: not a stop of its own for Tab.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

export function SkipLinks() {
  return (
    <nav className="skip-links editing-chrome" aria-label="Skip to">
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

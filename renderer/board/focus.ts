import type { Board } from '../../shared/model';
import { isTextEntry, lendUndoToBoard } from './fieldUndo';
import { shownMatch } from './hiddenView';
import { coveredTop, nearestScroll } from './inView';

/** The frame request of a focusAfterChange not yet run. */
let pendingFocus: number | null = null;

/**
 * Where keyboard focus goes after a change that takes away the element holding it: a delete, a
 * move to another card (by its menu or a keyboard drag), an editor closing. React unmounts that
 * element and the browser drops focus to the page's body, so a keyboard or screen-reader user
 * would start again from the top of the page. After the change is drawn, focus goes to the first
 * of `places` that is on the page — unless focus is already somewhere (the user moved it, or the
 * element survived). A place is a selector, or an element itself (if still on the page). Of two
 * changes before the next frame, the later decides: Present, then Exit at once, goes back to
 * Present, not to the board's title where Present alone would have put it.
 */
export function focusAfterChange(...places: readonly (string | HTMLElement | null)[]): void {
  focusLater(places);
}

/**
 * focusAfterChange, but focus goes to the first of `places` even where it still is on the page, if
 * it is still on `from`: a delete undone by Ctrl+Z brings the item back where the neighbour holding
 * focus cannot tell (undoRedo.ts). Moved elsewhere meanwhile, it stays there.
 */
export function focusMovedAfterChange(from: Element | null, ...places: readonly (string | HTMLElement | null)[]): void {
  focusLater(places, focusOn, from);
}

/**
 * focusAfterChange after a delete made here (removeFromMenu.ts). A text field that takes focus (its
 * list's field for a new item, the last item gone) lends Ctrl+Z to the board until something is
 * typed in it or focus leaves it, so the key takes the delete back (fieldUndo.ts).
 */
export function focusAfterDelete(...places: readonly (string | HTMLElement | null)[]): void {
  focusLater(places, (element) => {
    if (!focusOn(element)) return false;
    if (isTextEntry(element)) lendUndoToBoard(element);
    return true;
  });
}

/**
 * focusAfterChange for an activity dropped with the mouse or a finger, `droppedAt` px down the
 * window (where the pointer let go). Focus follows it, so a keyboard can go on from there, but the
 * page moves only as little as shows the whole of its card, and only if the place it was dropped
 * at stays on the screen. The browser's focus scrolled to it wherever it was: dropped on a card's
 * header, an activity goes to the end of the card's list, often far below the window's edge, and
 * the page jumped 600–1,700 px away from where the facilitator was working.
 */
export function focusAfterDrop(place: string, droppedAt: number): void {
  focusLater([place], (element) => {
    element.focus({ preventScroll: true });
    if (document.activeElement !== element) return false;
    const by = nearestScroll(element.closest('[data-activity-id]') ?? element);
    const stays = droppedAt - by >= coveredTop() && droppedAt - by <= window.innerHeight;
    if (by !== 0 && stays) window.scrollBy({ top: by, behavior: 'instant' });
    return true;
  });
}

/** Focuses an element; whether focus is there now. */
const focusOn = (element: HTMLElement): boolean => {
  element.focus();
  return document.activeElement === element;
};

function focusLater(places: readonly (string | HTMLElement | null)[], focus: (element: HTMLElement) => boolean = focusOn, from: Element | null = null): void {
  if (pendingFocus !== null) cancelAnimationFrame(pendingFocus);
  pendingFocus = requestAnimationFrame(() => {
    pendingFocus = null;
    const active = document.activeElement;
    if (active !== null && active !== document.body && (from === null || active !== from)) return;
    for (const place of places) {
      // Not one in a hidden view (hiddenView.ts); one that cannot take focus passes it on.
      const element = typeof place === 'string' ? shownMatch(place) : place?.isConnected ? place : null;
      if (element && focus(element)) return;
    }
  });
}

/**
 * Where focus goes as a presentation starts, if Present takes away the element holding it: the
 * editing chrome is hidden (board.css) — an open outcome editor with the field being typed in (the
 * typing is kept for after) — and the board's tools give way to the presentation's, the Present
 * button among them. The browser would drop focus to the page's body; instead it goes to the
 * heading of the outcome card it was in, so the facilitator stays where they were, or else to the
 * board's title. Called before the presentation is drawn: focus leaves the element at once, as it
 * would when hidden, and lands once the presentation is on screen.
 */
export function focusForPresenting(): void {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || !focused.closest('.editing-chrome, .toolbar')) return;
  const cardId = focused.closest('section[data-outcome-id]')?.getAttribute('data-outcome-id');
  focused.blur();
  focusAfterChange(...(cardId ? [outcomeHeading(cardId)] : []), boardTitle);
}

/**
 * A value for an attribute selector, quoted (`[data-board-id="…"]`). By hand rather than with
 * CSS.escape, which jsdom (the component tests) does not have; inside double quotes only the
 * backslash and the quote need escaping, and ids hold no line breaks.
 */
export const quoted = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** An activity's draggable title button. */
export const activityButton = (id: string) => `[data-drag-activity=${quoted(id)}]`;
/** A person's draggable chip in the people tray. */
export const personChip = (id: string) => `[data-drag-person=${quoted(id)}]`;
/** The board toolbar's Present button. */
export const presentButton = 'button[data-present]';
/** The board's title, its page's heading (focusable from script). */
export const boardTitle = '.board-header__title';
/** An outcome's card (a far card's shell too). */
export const outcomeCard = (id: string) => `section[data-outcome-id=${quoted(id)}]`;
/** An outcome card's heading (focusable from script). */
export const outcomeHeading = (id: string) => `${outcomeCard(id)} h2`;
/** An outcome card's actions (⋯) button. */
export const outcomeActions = (id: string) => `${outcomeCard(id)} .outcome-card__header .popover > button`;
/** An outcome card's "Why?" button (it shows and hides the three questions). */
export const outcomeWhy = (id: string) => `${outcomeCard(id)} .outcome-card__verdict button`;
/** An outcome card's "Set owner of …" select. */
export const ownerSelect = (id: string) => `${outcomeCard(id)} .owner-slot select`;
/** The first of an outcome card's authority toggles that is off. */
export const authorityNotGranted = (id: string) => `${outcomeCard(id)} .authority button[aria-pressed="false"]`;
/** The people tray's field for a new person's name. */
export const newPersonName = 'input[aria-label="New person\'s name"]';
/** A container's quick-add field (an outcome card's, or the parking lot's), then the card's heading. */
export const containerPlaces = (outcomeId: string | null) =>
  outcomeId === null ? ['.parking-lot .quick-add__input'] : [`${outcomeCard(outcomeId)} .quick-add__input`, outcomeHeading(outcomeId)];

/** The ids before and after `id` in `ids`: the neighbours that take focus when it goes. */
export function neighbours(ids: readonly string[], id: string): string[] {
  const at = ids.indexOf(id);
  if (at < 0) return [];
  return [ids[at + 1], ids[at - 1]].filter((n): n is string => n !== undefined);
}

/** The board's field for a new outcome's title. */
export const newOutcomeTitle = 'input[aria-label="New outcome title"]';

/**
 * Where focus goes when the activity, person or outcome `id` of `before` (the board as it was) is
 * gone from its list — deleted here or in another window, or an activity moved to another list: a
 * neighbour in that list, else the list's own field for a new one (or the card's heading).
 */
export function placesWhenGone(before: Board, id: string): string[] {
  const activity = before.activities.find((item) => item.id === id);
  if (activity) {
    const siblings = before.activities.filter((item) => item.outcomeId === activity.outcomeId).map((item) => item.id);
    return [...neighbours(siblings, id).map(activityButton), ...containerPlaces(activity.outcomeId)];
  }
  if (before.people.some((person) => person.id === id)) return [...neighbours(before.people.map((person) => person.id), id).map(personChip), newPersonName];
  return [...neighbours(before.outcomes.map((outcome) => outcome.id), id).map(outcomeHeading), newOutcomeTitle];
}

/** What Tab stops at inside `root`, in order: enabled controls and elements with a tab index of 0 or more, as laid out (not hidden). */
export function tabbables(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')).filter(
    (element) => element.tabIndex >= 0 && !element.matches(':disabled') && element.getClientRects().length > 0,
  );
}

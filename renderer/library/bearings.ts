/**
 * Focus and the place on the page, kept while another window's change is drawn in the library.
 * The new order moves cards (a board edited there goes to the top), and React moves a card by
 * taking it out of the list and putting it back: the button in it that had focus loses it, and
 * Chromium's blur, fired while most cards are out, lays out a short page and scrolls it to the
 * top. So, before: what had focus, and a card on the screen and where it was; after: focus back,
 * and the page scrolled so that card is where it was.
 */
import type { BoardId } from '../../shared/model';
import { focusAfterChange, quoted } from '../board/focus';

export interface Bearings {
  /** What had focus (the page's body: nothing in particular). */
  readonly focused: Element | null;
  /** Where focus goes if that element is gone (see placesAround). */
  readonly places: readonly string[];
  /** A card on the screen that the change did not touch, and how far from the top it was. */
  readonly anchor: { readonly selector: string; readonly top: number } | null;
}

/** A card of the library: its section and board. */
const cardAt = (section: string, id: string) => `[data-library-section=${quoted(section)}] [data-board-id=${quoted(id)}]`;

/**
 * Where focus goes when the change takes away the card holding it (the board moved to another
 * section, or deleted): its neighbours in the section it was in, else that section's heading, else
 * the board's card wherever it is now.
 */
function placesAround(element: Element): string[] {
  const item = element.closest('[data-board-id]');
  const section = element.closest('[data-library-section]')?.getAttribute('data-library-section');
  const id = item?.getAttribute('data-board-id');
  if (!item || !section || !id) return [];
  const besides = [item.nextElementSibling, item.previousElementSibling].map((other) => other?.getAttribute('data-board-id')).filter((other) => typeof other === 'string');
  // Where the person was first: a board trashed there would otherwise take focus, and the page,
  // down to the trash (the library's own moves follow the board: the person moved it).
  return [...besides.map((other) => `${cardAt(section, other)} button`), `[data-library-section=${quoted(section)}] h2`, `[data-board-id=${quoted(id)}] button`];
}

/** The card `element` is in, if it is a card of a board the change leaves alone: its selector. */
function steadyCard(element: Element | null, changed: ReadonlySet<BoardId>): string | null {
  const item = element?.closest('[data-board-id]');
  const section = item?.closest('[data-library-section]')?.getAttribute('data-library-section');
  const id = item?.getAttribute('data-board-id');
  return section && id && !changed.has(id as BoardId) ? cardAt(section, id) : null;
}

const onScreen = (element: Element) => {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
};

/** Before the change is drawn: focus, and the card to keep in place (the focused one, if on the screen). */
export function takeBearings(changed: ReadonlySet<BoardId>): Bearings {
  const focused = document.activeElement;
  // At the top of the page, the page stays at its top: a board edited there comes into sight
  // above the others, as the browser's own scroll anchoring leaves it at offset 0.
  if (scrollY === 0) return { focused, places: focused ? placesAround(focused) : [], anchor: null };
  const candidates = [focused, ...document.querySelectorAll('[data-library-section] [data-board-id]')];
  let anchor: Bearings['anchor'] = null;
  for (const candidate of candidates) {
    const selector = steadyCard(candidate, changed);
    const card = selector === null ? null : document.querySelector(selector);
    if (selector !== null && card && onScreen(card)) {
      anchor = { selector, top: card.getBoundingClientRect().top };
      break;
    }
  }
  return { focused, places: focused ? placesAround(focused) : [], anchor };
}

/** Once the change is drawn (a layout effect: before it is painted). */
export function keepBearings({ focused, places, anchor }: Bearings): void {
  const card = anchor && document.querySelector(anchor.selector);
  if (anchor && card) {
    const moved = card.getBoundingClientRect().top - anchor.top;
    if (moved !== 0) scrollBy({ top: moved, behavior: 'instant' });
  }
  const now = document.activeElement;
  // Not if focus was nowhere in particular, or is somewhere now (kept, or moved by the person).
  if (!(focused instanceof HTMLElement) || focused === document.body || (now !== null && now !== document.body)) return;
  if (focused.isConnected) focused.focus({ preventScroll: true });
  else focusAfterChange(...places);
}

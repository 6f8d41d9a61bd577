/**
 * Bringing something on the board into view. The toolbar is sticky at the top of the window
 * (board.css) and covers what the browser scrolls to the window's top edge: these place it below.
 * They read the layout and scroll the window at once (behavior 'instant'), unless told to glide.
 */
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** Room left between what is brought into view and the edge it is brought to (px). */
const GAP = 8;

/**
 * How tall (CSS px) the bar across the window's top is in Present, with the head scrolled past: the
 * board's title and the way out (BoardToolbar.tsx; board.css's .presenting-bar, 2.2rem of Present's
 * 20 px). Kept clear as the toolbar's height is, whether the bar shows yet or not: what is scrolled
 * to the top would be under it once the head is gone.
 */
export const PRESENTING_BAR_PX = 44;

/** The part of the window's top (px) that the sticky toolbar (or, presenting, the bar) covers; 0 if none does. */
export function coveredTop(doc: Document = document): number {
  if (doc.querySelector('.toolbar--presenting')) return PRESENTING_BAR_PX;
  const toolbar = doc.querySelector('.toolbar');
  const view = doc.defaultView;
  if (!toolbar || !view || view.getComputedStyle(toolbar).position !== 'sticky') return 0;
  return Math.max(0, toolbar.getBoundingClientRect().bottom);
}

/**
 * How to scroll where the page may glide: at once for a person whose system asks for reduced
 * motion (a glide across a board can make them sick), smoothly for everyone else.
 */
export function glide(view: Window = window): ScrollBehavior {
  return typeof view.matchMedia === 'function' && view.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
}

/** Whether any of `element` is within the window. */
export function onScreen(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const height = element.ownerDocument.defaultView?.innerHeight ?? 0;
  return rect.bottom > 0 && rect.top < height && (rect.height > 0 || rect.width > 0);
}

/**
 * How far (px, down if positive) the window must scroll, the least, to show `element` below the
 * toolbar — whole, or its top if it is taller than the room there. 0 if it is shown so already.
 */
export function nearestScroll(element: Element): number {
  const view = element.ownerDocument.defaultView;
  if (!view) return 0;
  const rect = element.getBoundingClientRect();
  const top = coveredTop(element.ownerDocument) + GAP;
  const bottom = view.innerHeight - GAP;
  if (rect.top < top) return rect.top - top;
  if (rect.bottom > bottom) return Math.min(rect.bottom - bottom, rect.top - top);
  return 0;
}

/** Scrolls the window the least that shows `element` below the toolbar (nearestScroll). */
export function scrollIntoViewNearest(element: Element, behavior: ScrollBehavior = 'instant'): void {
  const by = nearestScroll(element);
  if (by !== 0) element.ownerDocument.defaultView?.scrollBy({ top: by, behavior });
}

/**
 * Scrolls the window so that `element` is in the middle of the room below the toolbar, or, if it
 * is taller than that room, so that its top is just below the toolbar: its beginning (a card's
 * heading) is what shows.
 */
export function scrollIntoViewCentred(element: Element, behavior: ScrollBehavior = 'instant'): void {
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  const rect = element.getBoundingClientRect();
  const top = coveredTop(element.ownerDocument);
  const room = view.innerHeight - top;
  const by = rect.height + 2 * GAP > room ? rect.top - top - GAP : rect.top - top - (room - rect.height) / 2;
  if (Math.abs(by) >= 1) view.scrollBy({ top: by, behavior });
}

/**
 * Brings the element holding focus back into sight, in the middle of the room below the toolbar,
 * if the layout moved it out (Present entered or left: three columns of cards become two, or two
 * three, and an activity focused in one went a thousand pixels up or down, with nothing on the
 * screen showing where the next key would act). Nothing if focus is on the page's body or in the
 * toolbar, or is in sight already.
 */
export function focusBackInSight(doc: Document = document): void {
  const focused = doc.activeElement;
  const view = doc.defaultView;
  if (!view || !(focused instanceof HTMLElement) || focused === doc.body || focused.closest('.toolbar')) return;
  const rect = focused.getBoundingClientRect();
  if (rect.top >= coveredTop(doc) && rect.bottom <= view.innerHeight) return;
  scrollIntoViewCentred(focused);
}

/**
 * Keeps the browser's own scrolling clear of the sticky toolbar: Tab and Shift+Tab (and
 * scrollIntoView) bring a control into view below it, not under it. The window's scroll padding
 * follows the toolbar's height, which changes as its buttons wrap. Returns how to stop.
 */
export function padScrollingBelow(toolbar: HTMLElement): () => void {
  const root = toolbar.ownerDocument.documentElement;
  const view = toolbar.ownerDocument.defaultView;
  const update = () => {
    // A toolbar that would cover more than a quarter of the window scrolls away with the page, as
    // in a small window (board.css): a projector's browser at 200 % (1024 × 768: 512 × 384 CSS px)
    // wrapped it onto three lines, 35 % of the wall, that stayed over the board.
    toolbar.classList.toggle('toolbar--scrolls', view !== null && toolbar.offsetHeight > view.innerHeight / 4);
    const sticky = view?.getComputedStyle(toolbar).position === 'sticky';
    root.style.scrollPaddingTop = sticky ? `${String(toolbar.offsetHeight + GAP)}px` : '';
  };
  // The observer reports the toolbar's size once observed, after the frame's layout: reading it
  // here, in the commit that mounts the board, would lay the whole page out an extra time before
  // the board's first paint.
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
  if (observer) observer.observe(toolbar);
  else update();
  // A window made shorter or taller than board.css's small-window rule stops or starts the sticking
  // without the toolbar changing size, which the observer alone would not hear of.
  view?.addEventListener('resize', update);
  return () => {
    observer?.disconnect();
    view?.removeEventListener('resize', update);
    toolbar.classList.remove('toolbar--scrolls');
    root.style.scrollPaddingTop = '';
  };
}

/**
 * A quick-add field that stays in sight as what is added through it pushes it down: at the window's
 * bottom edge it went out of sight while focus stayed in it (a pasted list pushes it down by a whole
 * screen). Returns `added`, to call after an add: the commit that shows the new items brings the
 * field back into view, before it is painted, if it still has focus.
 */
export function useKeptInSight(field: RefObject<HTMLElement | null>): () => void {
  // A count of adds: the field's own component renders again for each (its parent would as a rule,
  // showing the new items, but a memoised field would not), and the effect runs in that commit.
  const [adds, setAdds] = useState(0);
  useLayoutEffect(() => {
    if (adds === 0) return;
    const element = field.current;
    if (element && element === element.ownerDocument.activeElement) scrollIntoViewNearest(element);
  }, [adds, field]);
  return useCallback(() => {
    setAdds((count) => count + 1);
  }, []);
}

/**
 * The board's two views, the outcomes and the people, stay mounted once shown: the one not on
 * screen is hidden (board.css: `content-visibility: hidden` on this attribute) but kept laid out
 * and up to date, so switching back is a style flip, not the large board mounted anew (50–80 ms in
 * front of the room). Hidden that way, a view is not drawn, hit, focusable, in the accessibility
 * tree or found by Find in page; but its elements are still in the DOM, with their layout: what
 * looks for elements by selector or by rectangle (a drag's drop targets, the windowing's
 * observers, focus after a change) must pass over those of a hidden view.
 *
 * Each view also comes back where it was scrolled to, as a person expects of a tab.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { BoardId } from '../../shared/model';
import { useUiStore, type BoardView } from '../store/uiStore';

/** The attribute that hides a view (board.css). */
export const HIDDEN_VIEW_ATTRIBUTE = 'data-hidden-view';

/** The attributes of a view's element: hidden unless `shown`. */
export const viewAttributes = (shown: boolean): Record<string, string> => (shown ? {} : { [HIDDEN_VIEW_ATTRIBUTE]: '' });

/** Whether an element belongs to a view that is mounted but hidden. */
export const inHiddenView = (element: Element): boolean => element.closest(`[${HIDDEN_VIEW_ATTRIBUTE}]`) !== null;

/**
 * The first element matching `selector` that is not in a hidden view: what a person could reach.
 * (The first match of all may lie in the hidden view, with another on the screen.)
 */
export function shownMatch(selector: string): HTMLElement | null {
  for (const element of document.querySelectorAll<HTMLElement>(selector)) if (!inHiddenView(element)) return element;
  return null;
}

/**
 * Keeps the window's scroll position of each view of this board: noted as the view is left (from
 * the store, before anything has changed on the page), restored as the other shows (before it is
 * painted). A view not seen yet on this board opens at its top.
 */
export function useScrollPerView(boardId: BoardId | null, view: BoardView): void {
  const positions = useRef<{ boardId: BoardId | null; byView: Map<BoardView, number> }>({ boardId, byView: new Map() });
  useEffect(
    () =>
      useUiStore.subscribe((state, previous) => {
        if (state.view !== previous.view) positions.current.byView.set(previous.view, window.scrollY);
      }),
    [],
  );
  const shownView = useRef(view);
  useLayoutEffect(() => {
    const kept = positions.current;
    if (kept.boardId !== boardId) {
      // Another board: what was noted is the last one's.
      positions.current = { boardId, byView: new Map() };
      shownView.current = view;
      return;
    }
    if (shownView.current === view) return;
    shownView.current = view;
    window.scrollTo({ top: kept.byView.get(view) ?? 0, behavior: 'instant' });
  }, [boardId, view]);
}

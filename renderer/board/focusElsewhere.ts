/**
 * Focus kept on the page through a change made in another window. When the other window deletes
 * the activity, person or outcome that has focus here, or moves the activity to another list, React
 * takes away the element holding focus and the browser drops it to the page's body: a keyboard or
 * screen-reader user starts again from the top of a board of hundreds of activities. Focus goes to
 * the item itself if it is still in its list (reordered, renamed), else to its neighbour there, else
 * to the list's quick-add field or the card's heading — where the person was, not where the other
 * window took the item (the notice says the board was updated).
 */
import { useEffect } from 'react';
import type { Board } from '../../shared/model';
import { useBoardStore } from '../store/boardStore';
import { focusAfterChange, placesWhenGone } from './focus';
import { focusedItem } from './undoRedo';

/**
 * Where focus goes when the item focused here (`kept`, on `before`) is changed on `after`: itself,
 * if still in its list (an activity moved to another list is not followed there), else where it
 * would go had it been deleted here.
 */
function placesAfter(before: Board, after: Board, kept: { readonly id: string; readonly place: string }): string[] {
  const activity = before.activities.find((item) => item.id === kept.id);
  const movedAway = activity !== undefined && !after.activities.some((item) => item.id === kept.id && item.outcomeId === activity.outcomeId);
  return [...(movedAway ? [] : [kept.place]), ...placesWhenGone(before, kept.id)];
}

/** While a board is open: keeps focus on it through another window's change (see above). */
export function useFocusKeptThroughChangesElsewhere(): void {
  useEffect(
    () =>
      useBoardStore.subscribe((state, previous) => {
        if (state.load.status !== 'ready' || previous.load.status !== 'ready') return;
        const after = state.load.board;
        const before = previous.load.board;
        // Another window's version, taken in: the same board, and a history started anew.
        if (after === before || after.id !== before.id || state.past.length > 0 || state.future.length > 0) return;
        // Read now, before React draws the change (it does so after the store's listeners).
        const kept = focusedItem();
        if (kept) focusAfterChange(...placesAfter(before, after, kept));
      }),
    [],
  );
}

/**
 * Focus kept on the page through a change made in another window. When the other window deletes
 * the activity, person or outcome that has focus here, or moves the activity to another list, React
 * takes away the element holding focus and the browser drops it to the page's body: a keyboard or
 * screen-reader user starts again from the top of a board of hundreds of activities. Focus goes to
 * the item itself if it is still in its list (reordered, renamed), else to its neighbour there, else
 * to the list's quick-add field or the card's heading — where the person was, not where the other
 * window took the item (the notice says what changed).
 *
 * And what changed is said: "Changed in another window: Activity “Draft the outline” was added."
 * (the bare "Updated with changes saved in another window." left a screen-reader user to search a
 * board of hundreds of activities for it). Once for a burst of the other window's saves (three
 * activities typed in a row there: "3 activities were added."), when it has paused for a moment
 * (app/changesElsewhere.ts).
 */
import { useEffect } from 'react';
import type { Board } from '../../shared/model';
import { sharingUnchanged } from '../../shared/patch';
import { changedElsewhere, sayChangesElsewhere } from '../app/changesElsewhere';
import { takenInUnsaid, useBoardStore, type BoardState } from '../store/boardStore';
import { focusAfterChange, placesWhenGone } from './focus';
import { describeChanges, focusedItem } from './undoRedo';

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

/**
 * The board shown before and after a store change that changed it, and whether the change is
 * another window's version taken in (the same board, and a history started anew) rather than an
 * edit here or another board opened. Null when the shown board did not change.
 */
function boardChange(state: BoardState, previous: BoardState): { readonly before: Board; readonly after: Board; readonly takenIn: boolean } | null {
  if (state.load.status !== 'ready' || previous.load.status !== 'ready') return null;
  const after = state.load.board;
  const before = previous.load.board;
  if (after === before) return null;
  return { before, after, takenIn: after.id === before.id && state.past.length === 0 && state.future.length === 0 };
}

/** While a board is open: keeps focus on it through another window's change (see above). */
export function useFocusKeptThroughChangesElsewhere(): void {
  useEffect(
    () =>
      useBoardStore.subscribe((state, previous) => {
        const change = boardChange(state, previous);
        if (!change?.takenIn) return;
        // Read now, before React draws the change (it does so after the store's listeners).
        const kept = focusedItem();
        if (kept) focusAfterChange(...placesAfter(change.before, change.after, kept));
      }),
    [],
  );
}

/** Another window's saves taken in one after another, not said yet (see the module comment). */
interface Burst {
  /** The board shown before the first of them. */
  readonly since: Board;
  /** The newest taken in. */
  readonly until: Board;
  /** A step of this window's history went with one of them: Undo starts again. */
  readonly undoLost: boolean;
}

/** What the burst changed, as one notice; null when there is nothing to say. */
function burstMessage({ since, until, undoLost }: Burst): string | null {
  // Said already by the store (a conflict answered, a change of this window's thrown away).
  if (!takenInUnsaid.has(until)) return null;
  const sentences = describeChanges(since, sharingUnchanged(since, until));
  const undo = undoLost ? ' Undo starts again from here.' : '';
  if (sentences.length === 0) return undoLost ? `Updated with changes saved in another window.${undo}` : null;
  return `${changedElsewhere(sentences)}${undo}`;
}

/** While a board is open: says what another window changed on it (see the module comment). */
export function useChangesElsewhereSaid(): void {
  useEffect(() => {
    const burst = sayChangesElsewhere(burstMessage);
    const stop = useBoardStore.subscribe((state, previous) => {
      const change = boardChange(state, previous);
      if (!change) return;
      // Another board, or a change made here: what came before is said first (it is not this one's).
      if (!change.takenIn || burst.pending()?.until.id !== change.after.id) burst.say();
      if (!change.takenIn) return;
      burst.add((gathered) => ({
        since: gathered?.since ?? change.before,
        until: change.after,
        undoLost: (gathered?.undoLost ?? false) || previous.past.length > 0,
      }));
    });
    return () => {
      stop();
      burst.stop();
    };
  }, []);
}

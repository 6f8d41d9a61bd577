/**
 * Leaving the page (closing the window, quitting, reloading) while a change to the open board is
 * not stored asks first — on every screen: the library renames the open board too, and a rename
 * is saved like any edit. Active while the app runs, whichever screen is shown.
 *
 * - A write on its way: the browser asks; the desktop app retries its close until the write has
 *   committed (electron/lifecycle.ts; the contract is written down in shared/ipc.ts).
 * - A save that failed (a full disk, another window's change): the change exists only on screen.
 *   The browser asks "Leave site?"; the desktop app, seeing the page hold on past a write's time,
 *   asks whether to keep the window open (to retry or export) or close without the change.
 * - Typing in an open editor, not saved (board/draftBack.ts): the browser asks; so does the desktop
 *   app, as for a save that failed.
 */
import { useEffect } from 'react';
import { useBoardStore, type SaveState } from '../store/boardStore';
import { holdsUnsavedTyping } from '../board/draftBack';

/**
 * Whether leaving is held: a change is on its way to storage, or could not be stored, or an editor
 * holds typing not saved yet (the outcome's Notes typed, Save not pressed: it was lost without a word
 * while the toolbar said "Saved"). `writing`: a write still on its way of a board left just before
 * (another opened, "Saved" about that one: see BoardState.writing).
 */
export function holdsUnload(save: SaveState, writing = false): boolean {
  return writing || save.status === 'saving' || save.status === 'failed' || holdsUnsavedTyping();
}

export function useUnloadGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const { save, writing } = useBoardStore.getState();
      if (holdsUnload(save, writing())) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}

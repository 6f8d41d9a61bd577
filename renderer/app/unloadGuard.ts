/**
 * Leaving the page (closing the window, quitting, reloading) while a change to the open board is
 * not stored asks first — on every screen: the library renames the open board too, and a rename
 * is saved like any edit. Active while the app runs, whichever screen is shown.
 *
 * - A write on its way: the browser asks, and the desktop app retries its close until the write
 *   has committed (electron/lifecycle.ts; the contract is written down in shared/ipc.ts).
 * - A save that failed (a full disk, another window's change): the change exists only on screen.
 *   The browser asks. The desktop app does not: it has no question to ask, only its retries, and
 *   would hold the close for its grace period and then close anyway — a wait for nothing.
 */
import { useEffect } from 'react';
import { desktopInfo } from '../backups/desktop';
import { useBoardStore, type SaveState } from '../store/boardStore';

/** Whether leaving is held: `desktop` when the page runs in the desktop app. */
export function holdsUnload(save: SaveState, desktop: boolean): boolean {
  if (save.status === 'saving') return true;
  return save.status === 'failed' && !desktop;
}

export function useUnloadGuard(): void {
  useEffect(() => {
    // A browser until the desktop shell says otherwise (it answers at once).
    let desktop = false;
    let current = true;
    void desktopInfo().then((info) => {
      if (current) desktop = info !== null;
    });
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (holdsUnload(useBoardStore.getState().save, desktop)) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      current = false;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}

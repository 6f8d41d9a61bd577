/**
 * The app's frame: opens the last board (or the sample on first run) and shows it, or says
 * clearly why it can't. A print address (`#print?…`) shows the print view instead. On the desktop,
 * a storage that lost every board while backups exist on disk opens on the library, which offers
 * them (renderer/backups/offer.ts).
 */
import { useEffect, useRef } from 'react';
import { useBoardStore } from '../store/boardStore';
import { BoardScreen } from '../board/BoardScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { useUiStore } from '../store/uiStore';
import { PrintView } from '../print/PrintView';
import { usePrintAddress } from '../print/printRoute';
import { ShareLayer } from '../share/ShareLayer';
import { RestoreFromBackupButton } from '../backups/BackupOffer';
import { backupsToOfferAtStartup, useBackupOffer } from '../backups/offer';
import { requestPersistentStorage } from './persistence';
import { warnOfLowSpaceWhenIdle } from './storageSpace';
import { useUnloadGuard } from './unloadGuard';
import { keepPastesWithinLimit } from './pasteWithinLimit';

export function App() {
  const print = usePrintAddress();
  // The print view reads its board itself and must not open the startup board, take the OS's
  // pending file or listen to the menu: the desktop app prints from a hidden second window.
  if (print) return <PrintView request={print.request} unseen={print.unseen} />;
  return (
    <>
      <BoardApp />
      {/* Import/export dialogs, file drop and menu commands, whatever the board is doing. */}
      <ShareLayer />
    </>
  );
}

/**
 * Opens the start-up board; resolves with whether to offer the desktop's backups (an empty storage
 * while backups exist). Asked before opening: on an empty storage open() seeds the sample, and then
 * it is not empty. `wanted` is asked again before opening (a start abandoned meanwhile opens nothing).
 */
function startUp(wanted: () => boolean = () => true): Promise<boolean> {
  void requestPersistentStorage();
  // Nothing is shown as open while the start-up board is chosen (as open() itself would say).
  useBoardStore.setState({ load: { status: 'loading' } });
  return backupsToOfferAtStartup().then(async (offer) => {
    if (!wanted()) return false;
    await useBoardStore.getState().open();
    // Warned while saves still work, not only once one fails; asked once the board is drawn.
    warnOfLowSpaceWhenIdle();
    return offer;
  });
}

/** The start begun by main.tsx before React's first render (see startUpEarly). */
let earlyStart: Promise<boolean> | null = null;

/**
 * Begins opening the start-up board now, before React has rendered anything: called by main.tsx.
 * Otherwise BoardApp starts it from an effect, which runs only after React's first commit — often
 * after a frame has painted "Opening your board…" — while the board was already read.
 */
export function startUpEarly(): void {
  earlyStart ??= startUp();
}

function BoardApp() {
  const load = useBoardStore((state) => state.load);
  const open = useBoardStore((state) => state.open);
  const screen = useUiStore((state) => state.screen);
  const setScreen = useUiStore((state) => state.setScreen);
  // Here, not on the board screen: the library changes the open board too (a rename).
  useUnloadGuard();
  // Every field of both screens: a paste too long for one is cut between whole characters.
  useEffect(() => keepPastesWithinLimit(window), []);

  // Going to the other screen (All boards, Open, New board, Back to the open board) takes away the
  // button that had focus, and the browser dropped focus to the page's body: a screen reader said
  // nothing of the new screen, and Tab started again from the top. Focus goes to the new screen's
  // heading ("Your boards", or the board's title), which is read out. Not at start-up: nothing had
  // focus to lose.
  // So too for another board in place of the one on screen, the screen the same: an import (the
  // desktop's Open / Import… or New board from the menu with focus on a card, a file dropped). The
  // card that had focus went with its board, and focus fell to the page's body, before the import's
  // report and again when it was dismissed (it gives focus back to what had it as it opened). Then
  // only if focus is nowhere (not on the toolbar's Import, nor in a dialog); and here, before the
  // report's dialog takes focus, so it gives it back to the title.
  const boardShown = load.status === 'ready' ? load.board.id : null;
  const shown = useRef({ screen, board: boardShown });
  useEffect(() => {
    if (screen === 'board' && boardShown === null) return;
    const before = shown.current;
    shown.current = { screen, board: boardShown ?? before.board };
    const switched = before.screen !== screen;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    const replaced = screen === 'board' && before.board !== null && before.board !== boardShown && focusLost;
    if (switched || replaced) document.querySelector<HTMLElement>('h1')?.focus();
  }, [screen, boardShown]);

  useEffect(() => {
    let active = true;
    // The page's one early start, if main.tsx made it (mounting again does not open the board
    // again); else a start of its own (tests, which render <App /> without main.tsx).
    const started = earlyStart ?? startUp(() => active);
    void started.then((offer) => {
      if (active && offer) {
        useBackupOffer.getState().offer();
        setScreen('library');
      }
    });
    return () => {
      active = false;
    };
  }, [setScreen]);

  if (screen === 'library') return <LibraryScreen />;
  if (load.status === 'loading') {
    return (
      <main className="app-message" aria-busy="true">
        <p>Opening your board…</p>
      </main>
    );
  }
  if (load.status === 'failed') {
    return (
      <main className="app-message">
        <div role="alert">
          <h1>The board could not be opened</h1>
          <p>{load.message}</p>
        </div>
        <div className="app-message__actions">
          <button type="button" onClick={() => void open()}>
            Try again
          </button>
          <button type="button" onClick={() => { setScreen('library'); }}>
            All boards
          </button>
          <RestoreFromBackupButton />
        </div>
      </main>
    );
  }
  // A screen of its own for each board: another board opened (an import) closes what was open on
  // this one, its editors with their typing among them, rather than leave them over the other board
  // (the title form's Save renamed the imported board).
  return <BoardScreen key={load.board.id} board={load.board} />;
}

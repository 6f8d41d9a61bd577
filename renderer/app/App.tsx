/**
 * The app's frame: opens the last board (or the sample on first run) and shows it, or says
 * clearly why it can't. A print address (`#print?…`) shows the print view instead. On the desktop,
 * a storage that lost every board while backups exist on disk opens on the library, which offers
 * them (renderer/backups/offer.ts).
 */
import { useEffect } from 'react';
import { useBoardStore } from '../store/boardStore';
import { BoardScreen } from '../board/BoardScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { useUiStore } from '../store/uiStore';
import { PrintView } from '../print/PrintView';
import { usePrintRequest } from '../print/printRoute';
import { ShareLayer } from '../share/ShareLayer';
import { RestoreFromBackupButton } from '../backups/BackupOffer';
import { backupsToOfferAtStartup, useBackupOffer } from '../backups/offer';
import { requestPersistentStorage } from './persistence';

export function App() {
  const printRequest = usePrintRequest();
  // The print view reads its board itself and must not open the startup board, take the OS's
  // pending file or listen to the menu: the desktop app prints from a hidden second window.
  if (printRequest) return <PrintView request={printRequest} />;
  return (
    <>
      <BoardApp />
      {/* Import/export dialogs, file drop and menu commands, whatever the board is doing. */}
      <ShareLayer />
    </>
  );
}

function BoardApp() {
  const load = useBoardStore((state) => state.load);
  const open = useBoardStore((state) => state.open);
  const screen = useUiStore((state) => state.screen);
  const setScreen = useUiStore((state) => state.setScreen);

  useEffect(() => {
    let active = true;
    void requestPersistentStorage();
    // Nothing is shown as open while the start-up board is chosen (as open() itself would say).
    useBoardStore.setState({ load: { status: 'loading' } });
    // Asked before open(): on an empty storage open() seeds the sample, and then it is not empty.
    void backupsToOfferAtStartup().then(async (offer) => {
      if (!active) return;
      await open();
      if (offer) {
        useBackupOffer.getState().offer();
        setScreen('library');
      }
    });
    return () => {
      active = false;
    };
  }, [open, setScreen]);

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
  return <BoardScreen board={load.board} />;
}

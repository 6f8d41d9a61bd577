/**
 * The app's frame: opens the last board (or the sample on first run) and shows it, or says
 * clearly why it can't. A print address (`#print?…`) shows the print view instead.
 */
import { useEffect } from 'react';
import { useBoardStore } from '../store/boardStore';
import { BoardScreen } from '../board/BoardScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { useUiStore } from '../store/uiStore';
import { PrintView } from '../print/PrintView';
import { usePrintRequest } from '../print/printRoute';
import { ShareLayer } from '../share/ShareLayer';
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
    void open();
    void requestPersistentStorage();
  }, [open]);

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
        </div>
      </main>
    );
  }
  return <BoardScreen board={load.board} />;
}

/**
 * The app's frame: opens the last board (or the sample on first run) and shows it, or says
 * clearly why it can't.
 */
import { useEffect } from 'react';
import { useBoardStore } from '../store/boardStore';
import { BoardScreen } from '../board/BoardScreen';
import { requestPersistentStorage } from './persistence';

export function App() {
  const load = useBoardStore((state) => state.load);
  const open = useBoardStore((state) => state.open);

  useEffect(() => {
    void open();
    void requestPersistentStorage();
  }, [open]);

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
        <button type="button" onClick={() => void open()}>
          Try again
        </button>
      </main>
    );
  }
  return <BoardScreen board={load.board} />;
}

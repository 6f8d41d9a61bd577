/**
 * When another window saved this board while this one had a change on its way, nothing is
 * overwritten silently: the person chooses whose version to keep. When the other window deleted
 * it for good, the choice is to keep it (saved again, with this window's changes) or to leave it.
 */
import { useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';

export function SyncBanner() {
  const conflict = useBoardStore((s) => s.save.status === 'failed' && s.save.conflict === true);
  const gone = useBoardStore((s) => s.save.status === 'failed' && s.save.gone === true);
  const resolve = useBoardStore((s) => s.resolveConflict);
  const setScreen = useUiStore((s) => s.setScreen);
  if (!conflict) return null;
  // Deleted for good in another window: there is no other version, only this window's.
  const text = gone
    ? { what: 'deleted', question: 'Keep the board, with your changes, or leave it?', other: 'Leave it and open another board', mine: 'Keep it, with my changes' }
    : { what: 'changed', question: 'Which version do you want to keep?', other: 'Load the other window’s version', mine: 'Keep mine and save it' };
  return (
    <div className="sync-banner" role="alert">
      <p>
        <strong>This board was {text.what} in another window.</strong> Your latest change here is not saved. {text.question}
      </p>
      <div className="sync-banner__actions">
        <button
          type="button"
          onClick={() => {
            if (gone) setScreen('library');
            else void resolve('theirs');
          }}
        >
          {text.other}
        </button>
        <button type="button" className="primary-button" onClick={() => void resolve('mine')}>
          {text.mine}
        </button>
      </div>
    </div>
  );
}

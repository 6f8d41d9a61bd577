/**
 * When another window saved this board while this one had a change on its way, nothing is
 * overwritten silently: the person chooses whose version to keep.
 */
import { useBoardStore } from '../store/boardStore';

export function SyncBanner() {
  const conflict = useBoardStore((s) => s.save.status === 'failed' && s.save.conflict === true);
  const resolve = useBoardStore((s) => s.resolveConflict);
  if (!conflict) return null;
  return (
    <div className="sync-banner" role="alert">
      <p>
        <strong>This board was changed in another window.</strong> Your latest change here is not saved. Which version do you want
        to keep?
      </p>
      <div className="sync-banner__actions">
        <button type="button" onClick={() => void resolve('theirs')}>
          Load the other window’s version
        </button>
        <button type="button" className="primary-button" onClick={() => void resolve('mine')}>
          Keep mine and save it
        </button>
      </div>
    </div>
  );
}

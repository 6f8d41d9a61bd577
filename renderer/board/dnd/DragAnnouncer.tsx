/** The board's live region for drags: one place where every drag step is said. */
import { useEffect } from 'react';
import { useAnnouncer } from './announcements';

/**
 * Each message is its own node, keyed by its count: a live region whose text is set to what it
 * already says changes nothing in the accessibility tree, so a repeated message ("Nothing to
 * undo.", the same drop refused twice) would go unheard. Replacing the node is a change.
 */
export function DragAnnouncer() {
  const message = useAnnouncer((s) => s.message);
  const said = useAnnouncer((s) => s.said);
  // Its last message goes with the board screen: shown again (back from All boards, another board
  // opened), the region held "Moving … was cancelled." of a board no longer there, met by a screen
  // reader browsing the page (a region is not heard saying what it comes with, only read).
  useEffect(
    () => () => {
      useAnnouncer.setState({ message: '' });
    },
    [],
  );
  return (
    <div id="board-drag-announcer" className="visually-hidden" role="status" aria-live="assertive" aria-atomic="true">
      {message === '' ? null : <span key={said}>{message}</span>}
    </div>
  );
}

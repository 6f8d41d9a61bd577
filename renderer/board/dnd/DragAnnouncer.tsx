/** The board's live region for drags: one place where every drag step is said. */
import { useAnnouncer } from './announcements';

export function DragAnnouncer() {
  const message = useAnnouncer((s) => s.message);
  return (
    <div id="board-drag-announcer" className="visually-hidden" role="status" aria-live="assertive" aria-atomic="true">
      {message}
    </div>
  );
}

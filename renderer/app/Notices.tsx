/**
 * The toasts: polite, dismissable, and with Undo where the change can be undone (or another way back).
 * A screen reader is told each message alone, through a live region that holds only the messages:
 * with the buttons inside it, every notice was read out with their names ("… Undo Dismiss"), and
 * each new one read out the others again. The buttons stay beside their message in the toast,
 * reached by Tab, and say which notice they belong to (their description is its message).
 *
 * The toast's copy of the message is for the eye only (aria-hidden): a screen-reader user browsing
 * the page met every message twice, in the live region and again in its toast. The buttons'
 * description still reads it (a description may name hidden text).
 */
import { useEffect, useRef, useState } from 'react';
import { sameState, useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { stepHistory } from '../board/undoRedo';
import { useCanReopen } from '../board/draftBack';
import { onTheLibrary, useNotices, type Notice } from './notices';

const VISIBLE_MS = 8000;

function NoticeItem({ notice }: { readonly notice: Notice }) {
  const dismiss = useNotices((s) => s.dismiss);
  // The button (Undo) is offered only while the board shown is in the state it belongs to: an
  // earlier toast's Undo must not undo a later change (that one has its own toast, or the toolbar's
  // Undo). And only on the board screen: on the library it would change the open board out of sight.
  // A way back on the library (a board card's Rename) is offered only there, while that Rename is.
  const { action } = notice;
  const offer = action?.offeredWhile ?? null;
  const boardState = offer === null || onTheLibrary(offer) ? null : offer;
  const libraryEditor = offer !== null && onTheLibrary(offer) ? offer.editor : undefined;
  const onItsScreen = useUiStore((s) => s.screen === (libraryEditor === undefined ? 'board' : 'library'));
  const boardAsLeft = useBoardStore((s) => boardState !== null && s.load.status === 'ready' && sameState(s.load.board, boardState));
  const editorThere = useCanReopen(libraryEditor);
  const asLeft = libraryEditor === undefined ? boardAsLeft : editorThere;
  // Its change undone another way (Ctrl+Z, the toolbar, the menu): the notice goes, as its own Undo
  // takes it, rather than go on saying the change was made. The undo said what it undid; a redo says
  // what it redid, and the toolbar's Undo is there for it.
  const undoneWhile = action?.undoneWhile;
  const undone = useBoardStore((s) => undoneWhile !== undefined && s.load.status === 'ready' && sameState(s.load.board, undoneWhile));
  useEffect(() => {
    if (undone) dismiss(notice.id);
  }, [dismiss, notice.id, undone]);
  // "Bring them back" for an editor taken away as the board was left for the library waits there, the
  // board as left, until the board is shown again, and its time starts then: it was gone before
  // someone came back for it. (Undo has the toolbar's Undo on the board too.) The same for the
  // library's Rename taken away as the library was left: whether its card is still there is known
  // only on the library.
  const waiting = action !== null && action.run !== 'undo' && !onItsScreen && (libraryEditor !== undefined || boardAsLeft);
  useEffect(() => {
    if (waiting) return;
    const timer = setTimeout(() => {
      dismiss(notice.id);
    }, VISIBLE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [dismiss, notice.id, waiting]);
  const messageId = `notice-${notice.id}`;
  return (
    <li className={`notice notice--${notice.tone}`}>
      {/* Met once by a screen reader, in the live region (see above); described the buttons still. */}
      <span className="notice__message" id={messageId} aria-hidden="true">
        {notice.message}
      </span>
      {action !== null && onItsScreen && asLeft && (
        <button
          type="button"
          className="notice__action"
          aria-describedby={messageId}
          onClick={() => {
            const { load } = useBoardStore.getState();
            // Undo says what it undid, and takes focus (on this button, about to go) to what came back.
            // (A way back on the library opens its Rename only if still there: draftBack.ts.)
            if (boardState === null || (load.status === 'ready' && sameState(load.board, boardState))) {
              if (action.run === 'undo') stepHistory('undo');
              else action.run();
            }
            dismiss(notice.id);
          }}
        >
          {action.label}
        </button>
      )}
      <button type="button" className="notice__close" aria-label="Dismiss" aria-describedby={messageId} onClick={() => { dismiss(notice.id); }}>
        ×
      </button>
    </li>
  );
}

type Side = 'end' | 'start';

/** Whether two boxes on the screen share some area (a box of no size shares none). */
const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The side of the window the notices stand on: the end (bottom right) unless there they would cover
 * what has keyboard focus (an owner chosen in the right-hand outcome at 1280 × 720: its notice hid
 * the owner's list and the authority toggles Tab reached next, for 8 s) or the outcome the pointer
 * last let go on (a new owner dropped by mouse on the right-hand outcome in Present at 1366 × 768:
 * "Owner of Deals closed changed…" hid the authority toggles the room was to settle next, and the
 * focus stayed on the person's chip in the people column), then the start (bottom left) if clear
 * there. What has focus comes first: the notices leave it uncovered if only one can be. The stack
 * is as far from either edge, so its box there is its mirror image.
 */
function clearSide(stack: DOMRect, side: Side, focused: DOMRect | null, pointed: DOMRect | null): Side {
  const width = document.documentElement.clientWidth;
  const mirrored = { left: width - stack.right, right: width - stack.left, top: stack.top, bottom: stack.bottom };
  const atEnd = side === 'end' ? stack : mirrored;
  const atStart = side === 'start' ? stack : mirrored;
  const clearOfAll = (at: typeof atEnd, boxes: readonly (DOMRect | null)[]) => boxes.every((box) => box === null || !overlap(at, box));
  for (const boxes of [[focused, pointed], [focused]]) {
    if (!clearOfAll(atEnd, boxes) && clearOfAll(atStart, boxes)) return 'start';
  }
  return 'end';
}

/** Where the pointer was last let go (a click, a drop), in the window. */
interface Point {
  readonly x: number;
  readonly y: number;
}

/** The outcome card under where the pointer was let go (or what is there, if no card), not a notice. */
function pointedBox(stack: HTMLElement, release: Point | null): DOMRect | null {
  if (!release) return null;
  const under = document.elementsFromPoint(release.x, release.y).find((element) => !stack.contains(element));
  if (!under || under === document.body || under === document.documentElement) return null;
  return (under.closest('section[data-outcome-id]') ?? under).getBoundingClientRect();
}

/**
 * Keeps the notices off what has keyboard focus and the outcome the pointer let go on: measured when
 * a notice comes or goes, when focus moves and when the pointer is let go (once, in the next frame,
 * after the browser has scrolled the focused control into view), never on every frame.
 */
function useSideClearOfFocus(notices: readonly Notice[]) {
  const stackRef = useRef<HTMLElement>(null);
  const [side, setSide] = useState<Side>('end');
  // Null before any release, and once a key is pressed (the keyboard's focus is then what is worked on).
  const lastRelease = useRef<Point | null>(null);
  useEffect(() => {
    const release = (event: PointerEvent) => {
      lastRelease.current = { x: event.clientX, y: event.clientY };
    };
    const key = () => {
      lastRelease.current = null;
    };
    window.addEventListener('pointerup', release, { capture: true, passive: true });
    window.addEventListener('keydown', key, { capture: true, passive: true });
    return () => {
      window.removeEventListener('pointerup', release, { capture: true });
      window.removeEventListener('keydown', key, { capture: true });
    };
  }, []);
  useEffect(() => {
    if (notices.length === 0) return;
    let frame = 0;
    const place = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const stack = stackRef.current;
        if (!stack) return;
        const active = document.activeElement;
        const focused = active && active !== document.body && !stack.contains(active) ? active.getBoundingClientRect() : null;
        const pointed = pointedBox(stack, lastRelease.current);
        if (!focused && !pointed) return;
        setSide((now) => clearSide(stack.getBoundingClientRect(), now, focused, pointed));
      });
    };
    place();
    document.addEventListener('focusin', place);
    window.addEventListener('pointerup', place, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', place);
      window.removeEventListener('pointerup', place);
    };
  }, [notices]);
  return { stackRef, side };
}

export function Notices() {
  const notices = useNotices((s) => s.notices);
  const { stackRef, side } = useSideClearOfFocus(notices);
  return (
    <>
      {/* Each message added is said alone (a status is read whole at each change unless not atomic). */}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="false">
        {notices.map((notice) => (
          <p key={notice.id}>{notice.message}</p>
        ))}
      </div>
      <section ref={stackRef} className={side === 'start' ? 'notices notices--start' : 'notices'} aria-label="Notifications">
        <ul>
          {notices.map((notice) => (
            <NoticeItem key={notice.id} notice={notice} />
          ))}
        </ul>
      </section>
    </>
  );
}

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
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { sameState, useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { stepHistory } from '../board/undoRedo';
import { useCanReopen } from '../board/draftBack';
import { coveredTop, glide } from '../board/inView';
import { outcomeCard } from '../board/focus';
import { useOpenDialog } from '../share/ShareDialog';
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
  // what it redid, and the toolbar's Undo is there for it. So it does when the change can no longer
  // be undone at all — another board opened, or this one again, with a history of its own: "Restored
  // the snapshot. Undo brings back what was there." stayed, with no Undo anywhere. Either way the
  // board before the change has left the history.
  const undoneWhile = action?.undoneWhile;
  const gone = useBoardStore((s) => undoneWhile !== undefined && !s.past.some((board) => sameState(board, undoneWhile)));
  useEffect(() => {
    if (gone) dismiss(notice.id);
  }, [dismiss, notice.id, gone]);
  // "Bring them back" for an editor taken away as the board was left for the library waits there, the
  // board as left, until the board is shown again, and its time starts then: it was gone before
  // someone came back for it. (Undo has the toolbar's Undo on the board too.) The same for the
  // library's Rename taken away as the library was left: whether its card is still there is known
  // only on the library.
  const waiting = action !== null && action.run !== 'undo' && !onItsScreen && (libraryEditor !== undefined || boardAsLeft);
  // Held while the pointer rests on it or focus is in it, and given its whole time again after:
  // it went after 8 s with focus on its Undo (a keyboard user reaches it many Tabs away) and took
  // focus with it to the page.
  const [pointed, setPointed] = useState(false);
  const [focused, setFocused] = useState(false);
  // "Bring them back" is the only way back to typing never saved (Undo has Ctrl+Z and the
  // toolbar's): it stays while it can still bring them back, and its time starts when it no longer
  // can (the board changed, or the library's Rename went). A keyboard user reached it some 50 Tabs
  // away, after its 8 s, and the typing was lost.
  const lasting = action !== null && action.run !== 'undo' && onItsScreen && asLeft;
  const held = waiting || lasting || pointed || focused || notice.kind === 'progress';
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => {
      dismiss(notice.id);
    }, VISIBLE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [dismiss, notice.id, held]);
  const messageId = `notice-${notice.id}`;
  return (
    <li
      className={`notice notice--${notice.tone}`}
      onPointerEnter={() => { setPointed(true); }}
      onPointerLeave={() => { setPointed(false); }}
      onFocus={() => { setFocused(true); }}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setFocused(false);
      }}
    >
      {/* Met once by a screen reader, in the live region (see above); described the buttons still. */}
      <span className="notice__message" id={messageId} aria-hidden="true">
        {notice.message}
      </span>
      <span className="notice__buttons">
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
      </span>
    </li>
  );
}

/**
 * A notice that goes with focus in it (Dismiss, its Undo undone another way) took focus with it to
 * the page: a keyboard user started again from the top. Focus goes to the next notice's first button
 * (the one now where it was), else back to where it came into the notices from, else to the screen's
 * heading.
 */
function useFocusKeptByNotices(stackRef: RefObject<HTMLElement | null>, notices: readonly Notice[]): void {
  const inside = useRef(false);
  const cameFrom = useRef<HTMLElement | null>(null);
  const index = useRef(0);
  useEffect(() => {
    const stack = stackRef.current;
    if (!stack) return;
    const focusIn = (event: FocusEvent) => {
      inside.current = true;
      const from = event.relatedTarget;
      if (from instanceof HTMLElement && !stack.contains(from)) cameFrom.current = from;
      const item = event.target instanceof Element ? event.target.closest('li') : null;
      index.current = item ? [...stack.querySelectorAll('li')].indexOf(item) : 0;
    };
    const focusOut = (event: FocusEvent) => {
      const to = event.relatedTarget;
      if (to instanceof Node && stack.contains(to)) return;
      if (to !== null) {
        inside.current = false;
        return;
      }
      // To nowhere: a click on the page's background (the button is still there), or the button
      // taken away with its notice (then the layout effect below, which comes first, hands focus on).
      const left = event.target;
      queueMicrotask(() => {
        if (left instanceof Node && left.isConnected) inside.current = false;
      });
    };
    stack.addEventListener('focusin', focusIn);
    stack.addEventListener('focusout', focusOut);
    return () => {
      stack.removeEventListener('focusin', focusIn);
      stack.removeEventListener('focusout', focusOut);
    };
  }, [stackRef]);
  useLayoutEffect(() => {
    const stack = stackRef.current;
    if (!inside.current || !stack) return;
    const lost = () => {
      const active = document.activeElement;
      return active === null || active === document.body || !active.isConnected;
    };
    if (!lost()) return;
    inside.current = false;
    const items = [...stack.querySelectorAll('li')];
    const next = items[Math.min(index.current, items.length - 1)]?.querySelector('button');
    const back = cameFrom.current?.isConnected ? cameFrom.current : null;
    // In the next frame, as focusAfterChange places it, and only if nothing has placed it by then:
    // a notice's Undo takes focus to what came back (undoRedo.ts), and that comes first.
    requestAnimationFrame(() => {
      if (lost()) (next ?? back ?? document.querySelector<HTMLElement>('h1[tabindex]'))?.focus();
    });
  }, [stackRef, notices]);
}

type Side = 'end' | 'start';

/** Where the notices stand: a bottom corner, and whether across the window (see .notices--wide). */
interface Placement {
  readonly side: Side;
  readonly wide: boolean;
}

/** A box on the screen, as getBoundingClientRect gives one. */
interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Room (px) left between what is kept clear of the notices and their top, or the bar above. */
const GAP = 8;

/** Whether two boxes on the screen share some area (a box of no size shares none). */
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The side of the window the notices stand on: the end (bottom right) unless there they would cover
 * what has keyboard focus (an owner chosen in the right-hand outcome at 1280 × 720: its notice hid
 * the owner's list and the authority toggles Tab reached next, for 8 s), the outcome the pointer
 * last let go on (a new owner dropped by mouse on the right-hand outcome in Present at 1366 × 768:
 * "Owner of Deals closed changed…" hid the authority toggles the room was to settle next, and the
 * focus stayed on the person's chip in the people column) or the outcome whose owner a notice
 * says changed (the same, dropped by keyboard: nothing was let go), then the start (bottom left) if
 * clear there. What has focus comes first: the notices leave it uncovered if only one can be. The
 * stack is as far from either edge, so its box there is its mirror image.
 */
function clearSide(stack: Box, side: Side, levels: readonly (readonly (Box | null)[])[]): Side {
  const width = document.documentElement.clientWidth;
  const mirrored = { left: width - stack.right, right: width - stack.left, top: stack.top, bottom: stack.bottom };
  const atEnd = side === 'end' ? stack : mirrored;
  const atStart = side === 'start' ? stack : mirrored;
  const clearOfAll = (at: Box, boxes: readonly (Box | null)[]) => boxes.every((box) => box === null || !overlap(at, box));
  for (const boxes of levels) {
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

/** `box` once the window is scrolled `by` px down. */
const scrolled = (box: Box, by: number): Box => ({ left: box.left, right: box.right, top: box.top - by, bottom: box.bottom - by });

/**
 * Whether a notice offers nothing now but Dismiss: no button, or one for a board the board shown
 * has changed from since (an Undo after a later change). Not an error, which stays its time, nor
 * work still running (a PDF being made), shown until the code doing it takes it away.
 */
function offersNothing(notice: Notice): boolean {
  if (notice.tone === 'error' || notice.kind === 'progress') return false;
  const offer = notice.action?.offeredWhile;
  if (offer === undefined) return true;
  if (onTheLibrary(offer)) return false;
  const { load } = useBoardStore.getState();
  return load.status === 'ready' && !sameState(load.board, offer);
}

/** The newest notice about an outcome (its owner changed), with that outcome's card if it is on the board shown. */
function changedOutcome(notices: readonly Notice[]): { readonly notice: Notice; readonly card: Element } | null {
  const notice = notices.findLast((candidate) => candidate.about !== undefined);
  if (notice?.about === undefined) return null;
  const card = document.querySelector(outcomeCard(notice.about));
  return card ? { notice, card } : null;
}

/** A card's owner and the authority toggles under it, in one box (the card's, if it has neither: a far card's shell). */
function ownerPart(card: Element): DOMRect {
  const parts = [card.querySelector('.owner-slot'), card.querySelector('.authority')].flatMap((part) => (part ? [part.getBoundingClientRect()] : []));
  if (parts.length === 0) return card.getBoundingClientRect();
  const left = Math.min(...parts.map((box) => box.left));
  const top = Math.min(...parts.map((box) => box.top));
  return new DOMRect(left, top, Math.max(...parts.map((box) => box.right)) - left, Math.max(...parts.map((box) => box.bottom)) - top);
}

/** The root's font size (px): what 1rem is in app.css. */
const rootRem = (): number => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/**
 * How wide the notices stand in a corner (app.css's .notices: a third of the window, 28rem at
 * most, 19rem at least), and so the box a corner's notices may cover across the window.
 */
function cornerWidth(): number {
  const rem = rootRem();
  return Math.min(28 * rem, Math.max(window.innerWidth / 3, 19 * rem));
}

/**
 * Whether `box` is as wide as the column a corner's notices stand over on either side: a board of
 * one column (Present on a 1280 × 720 projector at 200 %, a window 700 px wide), where the changed
 * card or the focused control is covered at the bottom left as much as at the bottom right.
 */
function acrossBothCorners(box: Box): boolean {
  const rem = rootRem();
  const width = document.documentElement.clientWidth;
  const corner = cornerWidth();
  return box.left < rem + corner && box.right > width - rem - corner;
}

/** Whether scrolling the window moves `element` (not in a fixed or sticky box, nor in a modal dialog). */
function movesWithPage(element: Element): boolean {
  for (let at: Element | null = element; at && at !== document.body; at = at.parentElement) {
    if (at instanceof HTMLDialogElement && at.open) return false;
    const { position } = getComputedStyle(at);
    if (position === 'fixed' || position === 'sticky') return false;
  }
  return true;
}

/**
 * The least scroll of the window (px, down is positive) that shows each box, most wanted first,
 * between the bar at the window's top and the notices' top, each as far as the ones before it
 * allow; one taller than that room shows its top. A box the notices do not cover is only kept from
 * going further out of that room. Zero if none is covered.
 */
function scrollClear(boxes: readonly Box[], stack: Box, roomTop: number): number {
  const roomBottom = stack.top - GAP;
  if (!boxes.some((box) => overlap(box, stack))) return 0;
  let low = -Infinity;
  let high = Infinity;
  for (const box of boxes) {
    let wantLow = box.bottom - roomBottom;
    let wantHigh = box.top - roomTop;
    if (!overlap(box, stack)) {
      wantLow = Math.min(0, wantLow);
      wantHigh = Math.max(0, wantHigh);
    }
    if (wantLow > wantHigh) wantLow = wantHigh;
    if (wantLow > high || wantHigh < low) {
      // Not both: the one before keeps its place, this one comes as near as that allows.
      const nearest = wantLow > high ? high : low;
      low = nearest;
      high = nearest;
    } else {
      low = Math.max(low, wantLow);
      high = Math.min(high, wantHigh);
    }
  }
  return Math.min(Math.max(0, low), high);
}

/**
 * Keeps the notices off what has keyboard focus, the outcome the pointer let go on and the owner a
 * notice says changed: measured when a notice comes or goes, when focus moves, when the pointer is
 * let go and when a key moves the focused control (once, in the next frame, after the browser has
 * scrolled the focused control into view), never on every frame. On a board of one column, where
 * either corner covers the column, the notices stand across the window (shorter, their lines
 * longer) and the page is scrolled the least that shows the focused control, and the changed owner
 * and authority once as the notice comes, above them.
 */
function useSideClearOfFocus(notices: readonly Notice[]) {
  const stackRef = useRef<HTMLElement>(null);
  const [placement, setPlacement] = useState<Placement>({ side: 'end', wide: false });
  const placed = useRef(placement);
  // Null before any release, and once a key is pressed (the keyboard's focus is then what is worked on).
  const lastRelease = useRef<Point | null>(null);
  // The notice whose changed owner has been scrolled clear of the notices already: only as it comes,
  // not at every move of focus after it (the page would follow that card as the person Tabs away).
  const scrolledFor = useRef<number | null>(null);
  // What to do once the notices stand where they were just put (their height is known then).
  const afterPlacing = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const then = afterPlacing.current;
    afterPlacing.current = null;
    then?.();
  }, [placement]);
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
  const dismiss = useNotices((s) => s.dismiss);
  useEffect(() => {
    if (notices.length === 0) {
      // The next notice starts in a corner, and stands across the window only if it too needs to.
      if (placed.current.wide) {
        placed.current = { ...placed.current, wide: false };
        setPlacement(placed.current);
      }
      return;
    }
    let frame = 0;
    /** What has focus, outside the notices. */
    const focusedElement = (stack: HTMLElement): Element | null => {
      const active = document.activeElement;
      if (!active || active === document.body || stack.contains(active)) return null;
      return active;
    };
    const clearable = (box: Box) => box.bottom - box.top <= window.innerHeight / 2;
    /** Scrolls what the notices cover, of the focused control and the changed owner, above them. */
    const scrollAbove = (stack: HTMLElement) => {
      const active = focusedElement(stack);
      const focused = active?.getBoundingClientRect();
      const boxes: Box[] = [];
      if (active && focused && clearable(focused) && focused.bottom > 0 && focused.top < window.innerHeight && movesWithPage(active)) boxes.push(focused);
      const changed = changedOutcome(notices);
      if (changed && scrolledFor.current !== changed.notice.id) {
        scrolledFor.current = changed.notice.id;
        const part = ownerPart(changed.card);
        if (part.bottom > 0 && part.top < window.innerHeight) boxes.push(part);
      }
      if (boxes.length === 0) return;
      const box = stack.getBoundingClientRect();
      const by = scrollClear(boxes, box, coveredTop() + GAP);
      if (Math.abs(by) >= 1) window.scrollBy({ top: by, behavior: glide() });
      // Still covered (a window 360 px tall: the changed owner and two notices do not fit one above
      // the other): the older notices that offer nothing now give way to the newest, their news
      // older than the change the room is looking at, and already said to a screen reader.
      const reach = document.documentElement.scrollHeight - window.innerHeight - window.scrollY;
      const after = Math.min(by, Math.max(0, reach));
      if (!placed.current.wide || !boxes.some((one) => overlap(scrolled(one, after), box))) return;
      const giving = notices.slice(0, -1).filter(offersNothing);
      if (giving.length === 0) return;
      scrolledFor.current = null;
      for (const notice of giving) dismiss(notice.id);
    };
    // Where the focused control stood on the page (not in the window: the page may be gliding) when
    // the notices were last placed.
    let placedBy: { readonly element: Element; readonly left: number; readonly top: number } | null = null;
    const onPage = (element: Element) => {
      const box = element.getBoundingClientRect();
      return { element, left: box.left + window.scrollX, top: box.top + window.scrollY };
    };
    // A placing asked for after a key only (`moved`) is skipped in its frame if the focused control
    // has not moved on the page; it never replaces a full placing already asked for.
    let asked: 'all' | 'moved' | null = null;
    const place = (only: 'all' | 'moved' = 'all') => {
      if (only === 'moved' && asked === 'all') return;
      asked = only;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        asked = null;
        const stack = stackRef.current;
        if (!stack) return;
        const active = focusedElement(stack);
        const at = active ? onPage(active) : null;
        if (only === 'moved' && (at === null || (placedBy?.element === at.element && Math.abs(at.left - placedBy.left) < 1 && Math.abs(at.top - placedBy.top) < 1))) return;
        placedBy = at;
        const focused = active ? active.getBoundingClientRect() : null;
        const pointed = pointedBox(stack, lastRelease.current);
        const changed = changedOutcome(notices);
        const card = changed ? changed.card.getBoundingClientRect() : null;
        const part = changed ? ownerPart(changed.card) : null;
        if (!focused && !pointed && !part) return;
        const now = placed.current;
        const box = stack.getBoundingClientRect();
        // Across the window for a changed owner on a board of one column, and for a focused control
        // as wide as the column that a corner's notices cover (or did, before they stood across).
        const focusSpans = focused !== null && clearable(focused) && acrossBothCorners(focused) && (now.wide || overlap(focused, box));
        const wide = focusSpans || (part !== null && acrossBothCorners(part));
        const levels = [[focused, pointed ?? card, part], [focused, part], [focused, pointed], [focused]];
        const side = clearSide(box, now.side, levels);
        if (side === now.side && wide === now.wide) {
          scrollAbove(stack);
          return;
        }
        afterPlacing.current = () => {
          scrollAbove(stack);
        };
        placed.current = { side, wide };
        setPlacement(placed.current);
      });
    };
    // A key can move the focused control without moving focus: Enter in "Add an activity…" adds the
    // activity above it, and the field went down under the notices. Placed again only then: after
    // any key, the page still gliding from the last placing, they went back over what they had left.
    // Measured in the next frame with the rest, not at each key (typing forced a layout a key).
    const afterKey = () => {
      place('moved');
    };
    const placeAll = () => {
      place();
    };
    placeAll();
    document.addEventListener('focusin', placeAll);
    window.addEventListener('pointerup', placeAll, { passive: true });
    window.addEventListener('keyup', afterKey, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', placeAll);
      window.removeEventListener('pointerup', placeAll);
      window.removeEventListener('keyup', afterKey);
    };
  }, [dismiss, notices]);
  return { stackRef, placement };
}

/**
 * A new notice takes the place of the older ones that offer nothing now (their Undo gone with the
 * change after it, their message said to a screen reader already), unless the pointer or focus is
 * on one. An error stays its time, and so does a way back still offered ("Bring them back"), an
 * Undo still offered, and work still running (a PDF being made). A new error takes the place of
 * none: it tells what went wrong with what the one before says was done ("Deleted 1 board for
 * good." and "Some backups could not be deleted: …"). In Present three owners changed
 * in a row stood three notices, 210 px of a 720 px projector, over the cards; at the desk, at
 * 1366 × 768, three owners set within 8 s stood three notices at the bottom left, over the People
 * and the authority toggles of the outcome the first of them named, where the facilitator worked
 * next (notices-burst.e2e.ts). The cards show each change; the newest notice, with its Undo, says
 * the last, and the toolbar's Undo steps back through the others.
 */
function useNewestOnly(stackRef: RefObject<HTMLElement | null>, notices: readonly Notice[]): void {
  const dismiss = useNotices((s) => s.dismiss);
  useEffect(() => {
    if (notices.length < 2 || notices.at(-1)?.tone === 'error') return;
    const items = [...(stackRef.current?.querySelectorAll('li') ?? [])];
    const inUse = (index: number) => items[index]?.matches(':hover, :focus-within') === true;
    notices.slice(0, -1).forEach((notice, index) => {
      if (offersNothing(notice) && !inUse(index)) dismiss(notice.id);
    });
  }, [dismiss, notices, stackRef]);
}

/** How long a message not yet heard waits, once the live region has moved, to be added to it (ms). */
const AFTER_MOVE_MS = 100;
const NONE_HELD: ReadonlySet<number> = new Set();

/**
 * The notices held out of the live region for a moment after it moves (a dialog opened or closed):
 * those it never held where it could be heard. A region comes with what it holds, and that is not
 * said: "Restored the snapshot. …", added as the History closed (in the dialog on its way out), was
 * never heard. Added to the moved region a moment later, they are said; those it was heard holding
 * before are not said again.
 */
function useHeldAfterMove(container: Element | null, notices: readonly Notice[], region: RefObject<HTMLElement | null>): ReadonlySet<number> {
  const heard = useRef<ReadonlySet<number>>(NONE_HELD);
  const [held, setHeld] = useState<{ readonly container: Element | null; readonly ids: ReadonlySet<number> }>({ container, ids: NONE_HELD });
  // Before the moved region is painted: hold what it was never heard holding.
  useLayoutEffect(() => {
    if (held.container === container) return;
    const ids = new Set(notices.filter((notice) => !heard.current.has(notice.id)).map((notice) => notice.id));
    setHeld({ container, ids: ids.size === 0 ? NONE_HELD : ids });
  }, [container, held.container, notices]);
  useEffect(() => {
    if (held.ids.size === 0) return undefined;
    const timer = setTimeout(() => {
      setHeld((now) => ({ ...now, ids: NONE_HELD }));
    }, AFTER_MOVE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [held.ids]);
  // After each change: what the region holds, if it is where it can be heard (not in a dialog
  // already taken off the page).
  useEffect(() => {
    if (region.current?.isConnected === true) heard.current = new Set(notices.filter((notice) => !held.ids.has(notice.id)).map((notice) => notice.id));
  });
  return held.ids;
}

export function Notices() {
  const notices = useNotices((s) => s.notices);
  const { stackRef, placement } = useSideClearOfFocus(notices);
  useFocusKeptByNotices(stackRef, notices);
  useNewestOnly(stackRef, notices);
  const dialog = useOpenDialog();
  const classes = ['notices'];
  if (placement.side === 'start') classes.push('notices--start');
  if (placement.wide) classes.push('notices--wide');
  // Each message added is said alone (a status is read whole at each change unless not atomic). In
  // the dialog open over the page while there is one: a modal dialog makes the rest of the page
  // inert, and a live region there is not heard ("Kept a snapshot named …", said with the History
  // open, reached no screen reader). Moved there, the messages already in it are not said again (a
  // live region says what is added to it, not what it comes with).
  const liveRef = useRef<HTMLDivElement>(null);
  const held = useHeldAfterMove(dialog, notices, liveRef);
  const live = (
    <div ref={liveRef} className="visually-hidden" role="status" aria-live="polite" aria-atomic="false">
      {notices
        .filter((notice) => notice.said !== true && !held.has(notice.id))
        .map((notice) => (
          <p key={notice.id}>{notice.message}</p>
        ))}
    </div>
  );
  return (
    <>
      {dialog ? createPortal(live, dialog) : live}
      <section ref={stackRef} className={classes.join(' ')} aria-label="Notifications">
        <ul>
          {notices.map((notice) => (
            <NoticeItem key={notice.id} notice={notice} />
          ))}
        </ul>
      </section>
    </>
  );
}

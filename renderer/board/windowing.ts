/**
 * Windowing of big boards. On a board with more than WINDOWING_THRESHOLD activities, each long
 * list — an outcome's activities, the parking lot's, the people — is cut into chunks of
 * CHUNK_SIZE (WindowedList.tsx), and a chunk far from the viewport is not mounted: it is a
 * placeholder of the chunk's height that says how many rows it stands for. The card around it —
 * frame, heading, verdict, owner slot, counts — is always there, so the board's shape and its
 * landmarks are complete; only its dnd-kit drop targets wait until it is near (useCardNear).
 *
 * - A chunk is shown when it comes within one viewport of the screen (an IntersectionObserver
 *   with a generous root margin) and hidden again only when it is more than two viewports away
 *   (a second observer), so scrolling back and forth near the edge does not flap. Chunks that
 *   are near when they mount are shown in the same commit, before the first paint (`place`).
 * - A chunk's real height is measured while it is shown (a ResizeObserver) and its placeholder
 *   keeps that height, so hiding it never moves the page. A chunk never shown is estimated from
 *   its number of rows × the average row height of the chunks shown now (a custom property on
 *   each placeholder, updated in place after the frame that measured it).
 * - Nothing is hidden while a drag is on or while focus is inside the chunk's card; focus entering
 *   a card shows its list (around the focus, for a long one); a keyboard drag reveals the chunk
 *   and the card it hops to (revealSlot), synchronously.
 *
 * Small boards (every workshop) are never windowed: everything stays mounted, as before. Neither
 * is the print view, which does not use these components.
 */
import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Board, OutcomeId } from '../../shared/model';
import { useDragState } from './dnd/dragState';
import { dropId } from './dnd/types';

/** Boards with more activities than this are windowed. */
export const WINDOWING_THRESHOLD = 300;
/** Activities per chunk: the unit that is mounted or not. */
export const CHUNK_SIZE = 25;
/** What a windowed list lists: its rows are estimated apart (an activity card, a person card). */
export type RowKind = 'activity' | 'person';
/** Height of one row with its gap (px) until one has been measured. */
const DEFAULT_ROW_HEIGHT: Readonly<Record<RowKind, number>> = { activity: 48, person: 64 };
const ROW_HEIGHT_PROPERTY = '--window-row-height';

/**
 * The row height as CSS, for a placeholder's estimate: the estimate when it was rendered, updated
 * in place (a custom property on the placeholder itself) when better measurements come in.
 */
export const rowHeightCss = (px: number) => `var(${ROW_HEIGHT_PROPERTY}, ${px}px)`;
/** Focus entering a card shows its whole list up to this many chunks, and around the focus beyond. */
const FOCUS_SHOWS_ALL = 4;
/** Mount what comes within one viewport of the screen... */
const NEAR_MARGIN = '100% 0px 100% 0px';
/** ...and unmount only what is more than two viewports away. */
const FAR_MARGIN = '200% 0px 200% 0px';

export interface Measured {
  readonly height: number;
  readonly count: number;
}

/** The index of a card's own entry: the card frame's drop targets, mounted while it is near. */
export const CARD = -1;

/** What a chunk (or a card frame, index CARD) lets the windowing do to it. */
export interface ChunkHandle {
  /** The container's drop id (`container:<outcome id | parking-lot>`). */
  readonly container: string;
  /** The chunk's place in the list, or CARD. */
  readonly index: number;
  /** What the chunk lists (absent for a card frame). */
  readonly kind?: RowKind;
  readonly show: () => void;
  readonly hide: (measured: Measured | null) => void;
}

interface Entry {
  readonly handle: ChunkHandle;
  readonly element: Element;
  shown: boolean;
  /** More than two viewports away, as the far observer last said. */
  far: boolean;
  /** The chunk's height when it was last laid out with its activities. */
  measured: Measured | null;
  /** What its rows are, for chunks (whose height is worth remembering); null for card frames. */
  readonly kind: RowKind | null;
}

const cardOf = (element: Element) => element.closest('section');

export class ListWindowing {
  private readonly entries = new Map<Element, Entry>();
  private near: IntersectionObserver | null = null;
  private far: IntersectionObserver | null = null;
  private sizes: ResizeObserver | null = null;
  private connected = 0;
  private unsubscribeDrag: (() => void) | null = null;
  /** Where this windowing lives (the board layout); null until connected. */
  private root: Document | null = null;

  /** True where windowing can work (IntersectionObserver exists); elsewhere everything is shown. */
  readonly supported = typeof IntersectionObserver === 'function';

  /** The average height of one row with its gap, as measured (px), by kind. */
  private readonly rowHeights: Record<RowKind, number> = { ...DEFAULT_ROW_HEIGHT };
  private readonly published: Record<RowKind, number> = { ...DEFAULT_ROW_HEIGHT };

  rowHeight(kind: RowKind): number {
    return this.rowHeights[kind];
  }

  /** Starts observing (one board at a time); the returned function stops. */
  connect(doc: Document = document): () => void {
    this.connected++;
    if (this.connected === 1 && this.supported) {
      this.root = doc;
      this.near = new IntersectionObserver(this.onNear, { rootMargin: NEAR_MARGIN });
      this.far = new IntersectionObserver(this.onFar, { rootMargin: FAR_MARGIN });
      if (typeof ResizeObserver === 'function') this.sizes = new ResizeObserver(this.onResize);
      doc.addEventListener('focusin', this.onFocusIn);
      this.unsubscribeDrag = useDragState.subscribe((state, previous) => {
        if (previous.active !== null && state.active === null) this.settle();
      });
      // The chunks of the first render are placed now, before the first paint: those near the
      // screen mount in this very commit, instead of a frame later when the observer first reports.
      for (const entry of this.entries.values()) {
        this.watch(entry);
        this.place(entry);
      }
    }
    return () => {
      this.connected--;
      if (this.connected > 0) return;
      this.near?.disconnect();
      this.far?.disconnect();
      this.sizes?.disconnect();
      this.near = this.far = this.sizes = null;
      this.root?.removeEventListener('focusin', this.onFocusIn);
      this.root = null;
      if (this.publishTimer !== null) clearTimeout(this.publishTimer);
      this.publishTimer = null;
      this.unsubscribeDrag?.();
      this.unsubscribeDrag = null;
    };
  }

  /**
   * Registers a chunk's element (shown or not), from a layout effect; the returned function
   * forgets it. A chunk near the screen is shown before the browser paints.
   */
  observe(element: Element, handle: ChunkHandle, shown: boolean): () => void {
    const entry: Entry = { handle, element, shown, far: false, measured: null, kind: handle.index === CARD ? null : (handle.kind ?? 'activity') };
    this.entries.set(element, entry);
    if (this.near) {
      this.watch(entry);
      this.place(entry);
    }
    return () => {
      this.entries.delete(element);
      this.near?.unobserve(element);
      this.far?.unobserve(element);
      this.sizes?.unobserve(element);
    };
  }

  /**
   * Shows, at once (synchronously), the card of `container` (its drop targets) and the chunks of
   * its list that hold the given positions.
   */
  reveal(container: string, positions: readonly number[]): void {
    const wanted = new Set([CARD, ...positions.map((p) => Math.floor(p / CHUNK_SIZE))]);
    const hidden = [...this.entries.values()].filter((e) => e.handle.container === container && wanted.has(e.handle.index) && !e.shown);
    if (hidden.length === 0) return;
    flushSync(() => {
      for (const entry of hidden) this.show(entry);
    });
  }

  private watch(entry: Entry): void {
    this.near?.observe(entry.element);
    this.far?.observe(entry.element);
    if (entry.kind) this.sizes?.observe(entry.element);
  }

  /**
   * Shows the chunk if it is within one viewport of the screen now. Reads the layout: the first
   * read after a commit lays the page out (which the coming frame would do anyway), the others
   * are cheap, since nothing changes the DOM in between.
   */
  private place(entry: Entry): void {
    if (entry.shown) return;
    const height = this.root?.defaultView?.innerHeight ?? 0;
    const near = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.bottom >= -height && rect.top <= 2 * height;
    };
    // The card first: a chunk of a far card is far too.
    const card = entry.handle.index === CARD ? null : cardOf(entry.element);
    if (card && !near(card)) return;
    if (near(entry.element)) this.show(entry);
  }

  private show(entry: Entry): void {
    if (entry.shown) return;
    entry.shown = true;
    entry.handle.show();
  }

  private hide(entry: Entry): void {
    if (!entry.shown || this.pinned(entry)) return;
    entry.shown = false;
    this.stamp(entry);
    entry.handle.hide(entry.measured);
  }

  /** A drag is on, or focus is in the chunk's card: keep it. */
  private pinned(entry: Entry): boolean {
    if (useDragState.getState().active !== null) return true;
    const focused = this.root?.activeElement;
    if (!focused || focused === this.root?.body) return false;
    return cardOf(entry.element)?.contains(focused) ?? false;
  }

  /** Hides what is far and no longer pinned (after a drag, or when focus moved on). */
  private settle(): void {
    for (const entry of this.entries.values()) if (entry.far) this.hide(entry);
  }

  private readonly onNear = (records: IntersectionObserverEntry[]) => {
    for (const record of records) {
      const entry = this.entries.get(record.target);
      if (entry && record.isIntersecting) this.show(entry);
    }
  };

  private readonly onFar = (records: IntersectionObserverEntry[]) => {
    for (const record of records) {
      const entry = this.entries.get(record.target);
      if (!entry) continue;
      entry.far = !record.isIntersecting;
      if (entry.far) this.hide(entry);
    }
  };

  private readonly onResize = (records: ResizeObserverEntry[]) => {
    for (const record of records) {
      const entry = this.entries.get(record.target);
      const element = record.target as HTMLElement;
      // Only a chunk laid out with its rows tells its real height (not its placeholder).
      if (!entry || element.dataset.windowChunk !== 'shown') continue;
      const count = Number(element.dataset.count);
      // The border box in the element's own CSS pixels (fractional, and not scaled by the board's
      // zoom): what its placeholder's height must be for the page not to move.
      const height = record.borderBoxSize[0]?.blockSize ?? element.offsetHeight;
      if (count > 0 && height > 0) entry.measured = { height, count };
    }
    // The row height for chunks never seen: the average of the chunks shown now (the current
    // zoom, type size and column width), by kind.
    for (const kind of ['activity', 'person'] as const) {
      let height = 0;
      let count = 0;
      for (const entry of this.entries.values()) {
        if (entry.kind === kind && entry.shown && entry.measured) {
          height += entry.measured.height;
          count += entry.measured.count;
        }
      }
      if (count === 0) continue;
      this.rowHeights[kind] = Math.round((height / count) * 10) / 10;
      if (Math.abs(this.rowHeights[kind] - this.published[kind]) >= 1 && this.publishTimer === null) {
        // After this frame has painted, not inside it (that would lay the page out again).
        this.publishTimer = setTimeout(this.publish, 0);
      }
    }
  };

  private publishTimer: ReturnType<typeof setTimeout> | null = null;

  /** Gives every placeholder the row height measured now (each on its own element: cheap to restyle). */
  private readonly publish = () => {
    this.publishTimer = null;
    this.published.activity = this.rowHeights.activity;
    this.published.person = this.rowHeights.person;
    for (const entry of this.entries.values()) if (!entry.shown) this.stamp(entry);
  };

  private stamp(entry: Entry): void {
    if (entry.kind && entry.element instanceof HTMLElement) entry.element.style.setProperty(ROW_HEIGHT_PROPERTY, `${this.published[entry.kind]}px`);
  }

  /**
   * Focus entering a card (or panel) shows its list, and lets go of the cards it left. A long list
   * (the parking lot or the people of a huge board) is shown around the focus only — the chunk
   * holding it and its neighbours, or the list's first or last chunk when focus is above or below
   * it — so that Tab and Shift+Tab walk through it without mounting a thousand rows at once.
   */
  private readonly onFocusIn = (event: FocusEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const card = target ? cardOf(target) : null;
    const inCard = card ? [...this.entries.values()].filter((entry) => card.contains(entry.element)) : [];
    const chunks = inCard.filter((entry) => entry.kind !== null);
    if (target === null || chunks.length <= FOCUS_SHOWS_ALL) {
      for (const entry of inCard) this.show(entry);
    } else {
      const own = chunks.find((entry) => entry.element.contains(target));
      const last = Math.max(...chunks.map((entry) => entry.handle.index));
      const first = chunks.reduce((a, b) => (b.handle.index < a.handle.index ? b : a));
      const below = first.element.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING;
      const around = own ? own.handle.index : below ? last : 0;
      for (const entry of inCard) if (entry.kind === null || Math.abs(entry.handle.index - around) <= 1) this.show(entry);
    }
    this.settle();
  };
}

/** The board's windowing, or null when every activity is mounted (small boards, the print view). */
export const WindowingContext = createContext<ListWindowing | null>(null);

/** The windowing of the board on screen, for code outside React (the keyboard sensor). */
let active: ListWindowing | null = null;

export function setActiveWindowing(windowing: ListWindowing | null): void {
  active = windowing;
}

/**
 * Makes sure the drop slot a keyboard drag is about to aim at is in the DOM: the activity a slot
 * names (and, for the end of a container, its last activities) is mounted synchronously.
 */
export function revealSlot(board: Board, slot: string): void {
  if (!active) return;
  const at = slot.indexOf(':');
  const kind = slot.slice(0, at);
  const rest = slot.slice(at + 1);
  if (kind === 'activity') {
    const activity = board.activities.find((a) => a.id === rest);
    if (!activity) return;
    const siblings = board.activities.filter((a) => a.outcomeId === activity.outcomeId);
    active.reveal(dropId.container(activity.outcomeId), [siblings.indexOf(activity)]);
  } else if (kind === 'container') {
    const outcomeId = rest === 'parking-lot' ? null : rest;
    const count = board.activities.filter((a) => a.outcomeId === outcomeId).length;
    active.reveal(slot, count > 0 ? [count - 1, Math.max(0, count - 2)] : []);
  } else if (kind === 'owner' || kind === 'outcome-slot') {
    active.reveal(dropId.container(rest as OutcomeId), []);
  }
}

/**
 * Whether a card is near the screen: always on a board that is not windowed; on a windowed one,
 * while the card is within a viewport or two of the screen, or holds focus, or is revealed. A card
 * that is not near leaves out its dnd-kit drop targets (hooks that re-render on every step of
 * every drag); it cannot be under the pointer, and a keyboard drag reveals it before aiming at it.
 */
export function useCardNear(container: string, node: Element | null): boolean {
  const windowing = useContext(WindowingContext);
  const [near, setNear] = useState(false);
  const shown = useRef(false);
  useLayoutEffect(() => {
    shown.current = near;
  });
  useLayoutEffect(() => {
    if (!windowing?.supported || !node) return undefined;
    return windowing.observe(
      node,
      {
        container,
        index: CARD,
        show: () => {
          setNear(true);
        },
        hide: () => {
          setNear(false);
        },
      },
      shown.current,
    );
  }, [windowing, container, node]);
  return !windowing?.supported || near;
}

/** Whether the card around is near the screen (see useCardNear); true outside any card. */
export const CardNearContext = createContext(true);

/** Splits a list into chunks of CHUNK_SIZE. */
export function chunksOf<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK_SIZE) chunks.push(items.slice(i, i + CHUNK_SIZE));
  return chunks;
}

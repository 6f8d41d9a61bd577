/**
 * Windowing of big boards. On a board with more than WINDOWING_THRESHOLD activities or people, or
 * more than OUTCOME_WINDOWING_THRESHOLD outcomes (isWindowed), each long list — an outcome's
 * activities, the parking lot's, the people — is cut into chunks of CHUNK_SIZE (WindowedList.tsx),
 * and a chunk far from the viewport is not mounted: it is a placeholder of the chunk's height that
 * says how many rows it stands for. An outcome card far from the viewport is a light shell
 * (useCardNear, OutcomeCard.tsx): the same region with its heading, drag handle and quick-add
 * field, a one-line summary (verdict, owner, activities) and the card's height; its content —
 * verdict, owner slot, authority, activity list — and its dnd-kit drop targets mount when it comes
 * near, like a chunk. So the board's shape and its landmarks are complete, and Tab reaches every
 * card (the handle is the same element in the shell and the card).
 *
 * - A chunk is shown when it comes within one viewport of the screen (an IntersectionObserver
 *   with a generous root margin) and hidden again only when it is more than two viewports away
 *   (a second observer), so scrolling back and forth near the edge does not flap. Chunks that
 *   are near when they mount are shown in the same commit, before the first paint (`place`).
 * - A chunk's real height is measured while it is shown (a ResizeObserver) and its placeholder
 *   keeps that height, so hiding it never moves the page. A chunk never shown is estimated from
 *   its number of rows × the average row height of the chunks shown now (a custom property on
 *   each placeholder, updated in place after the frame that measured it). Cards likewise: a shell
 *   keeps its card's measured height, or is estimated as the average card without its list plus
 *   its activities × the row height.
 * - On the first render, only what is on the screen itself is mounted before the first paint; the
 *   rest of the one-viewport margin follows right after it (the observers' first report).
 * - Nothing is hidden while a drag is on or while focus is inside the chunk's card; focus entering
 *   a card fills it in and shows its list (around the focus, for a long one or for a pointer's
 *   focus: showAroundFocus); a keyboard drag reveals the card and the chunk it hops to
 *   (revealSlot), synchronously; a pointer drag over a shell fills it in (dnd/geometry.ts).
 * - What focus fills in does not push the focused control off the screen: a shell's quick-add
 *   field, with the card's content mounting above it, or the parking lot's, with the rows above it
 *   growing from their estimates, would end a screen or more further down. For a moment after focus
 *   comes to a control on the screen (until the person scrolls, types or clicks), the windowing
 *   brings it back into view after each change it lays out (keepInPlace). The browser's scroll
 *   anchoring does not: the card around the control changes height, and the anchor is often in
 *   another column.
 *
 * Small boards (every workshop) are never windowed: everything stays mounted, as before. Neither
 * is the print view, which does not use these components.
 */
import { createContext, useContext, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Board, OutcomeId } from '../../shared/model';
import { useDragState } from './dnd/dragState';
import { dropId } from './dnd/types';
import { inHiddenView } from './hiddenView';
import { onScreen, scrollIntoViewNearest } from './inView';

/** Boards with more activities than this, or more people, are windowed. */
export const WINDOWING_THRESHOLD = 300;
/** Boards with more outcomes than this are windowed too: a card in full is ~40 elements, a row ~8. */
export const OUTCOME_WINDOWING_THRESHOLD = 100;

/**
 * Whether a board is windowed. Many people or many outcomes alone make a big board too: 5,000
 * people (the most a board holds) mounted in the people list were 55,000 elements, and the board
 * took ~5 s to show; 1,000 outcomes with no activity, 39,000 elements and ~3 s.
 */
export function isWindowed(board: Pick<Board, 'activities' | 'people' | 'outcomes'>): boolean {
  return board.activities.length > WINDOWING_THRESHOLD || board.people.length > WINDOWING_THRESHOLD || board.outcomes.length > OUTCOME_WINDOWING_THRESHOLD;
}

/**
 * Activities per chunk: the unit that is mounted or not. Small, so that before the first paint a
 * card on the screen mounts little more than what shows of it (25 measured ~10 ms slower on the
 * large board's load; 6 no faster than 10).
 */
export const CHUNK_SIZE = 10;
/** What a windowed list lists: its rows are estimated apart (an activity card, a person card). */
export type RowKind = 'activity' | 'person';
/** Height of one row with its gap (px) until one has been measured. */
const DEFAULT_ROW_HEIGHT: Readonly<Record<RowKind, number>> = { activity: 48, person: 64 };
const ROW_HEIGHT_PROPERTY = '--window-row-height';
/** An outcome card without its activity list (px), until one has been measured (474–662 on the large board at 1920 px). */
const DEFAULT_CARD_BASE = 500;
/** What a shell's estimate is made of, set on its grid cell (see cardHeightCss). */
const CARD_BASE_PROPERTY = '--window-card-base';
const CARD_ROW_PROPERTY = '--window-card-row';

/**
 * The row height as CSS, for a placeholder's estimate: the estimate when it was rendered, updated
 * in place (a custom property on the placeholder itself) when better measurements come in.
 */
export const rowHeightCss = (px: number) => `var(${ROW_HEIGHT_PROPERTY}, ${px}px)`;
/**
 * Focus entering a card from the keyboard shows its whole list up to this many chunks (100 rows),
 * and around the focus beyond (see showAroundFocus).
 */
const FOCUS_SHOWS_ALL = Math.ceil(100 / CHUNK_SIZE);
/** Mount what comes within one viewport of the screen... */
const NEAR_MARGIN = '100% 0px 100% 0px';
/** ...and unmount only what is more than two viewports away. */
const FAR_MARGIN = '200% 0px 200% 0px';
/** How long the windowing keeps in view what focus came to or what was scrolled to (ms): what that fills in, and what comes near after it, lays out within a few frames. */
const KEEP_MS = 1000;
/** What the person does to move on, after which what was kept in view is theirs to scroll away from. */
const MOVING_ON = ['wheel', 'touchmove', 'pointerdown', 'keydown'] as const;

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
  /** A card measured with every chunk of its list shown: its height tells a card without its list. */
  complete: boolean;
  /** What its rows are, for chunks (whose height is worth remembering); null for card frames. */
  readonly kind: RowKind | null;
  /** A card's own entry (index CARD): its height is remembered too, for its shell. */
  readonly card: boolean;
  /** A chunk of an outcome card's list (whose rows make a card's height; the parking lot's are wider). */
  readonly inCard: boolean;
}

const cardOf = (element: Element) => element.closest('section');

/** A chunk's (or a card's) place: its list and its index there. */
const placeKey = (handle: Pick<ChunkHandle, 'container' | 'index'>) => `${handle.container}#${String(handle.index)}`;

export class ListWindowing {
  private readonly entries = new Map<Element, Entry>();
  /** The same entries by their place (placeKey). */
  private readonly byPlace = new Map<string, Entry>();
  private near: IntersectionObserver | null = null;
  private far: IntersectionObserver | null = null;
  private sizes: ResizeObserver | null = null;
  private connected = 0;
  private unsubscribeDrag: (() => void) | null = null;
  /** Where this windowing lives (the board layout); null until connected. */
  private root: Document | null = null;
  /** Until the first frame after connecting: mount only what is on the screen (see place). */
  private firstPaint = false;
  /**
   * Where a card was (its shell's top, relative to the viewport) when it was shown, by container,
   * until its content has mounted: the chunks of its list decide from it, and the estimated place
   * of each in the card, whether they mount with it — in the same commit, without laying the page
   * out again (see chunkShownOnMount).
   */
  private readonly filling = new Map<string, number>();
  /**
   * What is kept in view for a moment (see keepInView): the control focus has just come to, on the
   * screen (kept while it has focus), or what was scrolled to; how; and until when.
   */
  private keep: { readonly element: Element; readonly focused: boolean; readonly place: (element: Element) => void; readonly until: number } | null = null;

  /**
   * `onScreenFirst`: before the first paint, mount only what is on the screen itself; the rest of
   * the margin follows right after that paint, when the observers first report.
   */
  constructor(private readonly options: { readonly onScreenFirst?: boolean } = {}) {}

  /** True where windowing can work (IntersectionObserver exists); elsewhere everything is shown. */
  readonly supported = typeof IntersectionObserver === 'function';

  /** The average height of one row with its gap, as measured (px), by kind. */
  private readonly rowHeights: Record<RowKind, number> = { ...DEFAULT_ROW_HEIGHT };
  private readonly published: Record<RowKind, number> = { ...DEFAULT_ROW_HEIGHT };
  /** The average outcome card without its activity list (px), as measured. */
  private cardBase = DEFAULT_CARD_BASE;
  private publishedCardBase = DEFAULT_CARD_BASE;
  /** The average activity row in an outcome card (px), as measured. */
  private cardRow = DEFAULT_ROW_HEIGHT.activity;
  private publishedCardRow = DEFAULT_ROW_HEIGHT.activity;

  rowHeight(kind: RowKind): number {
    return this.rowHeights[kind];
  }

  /** Each windowed list's chunks, by container: their rows' keys (see stableChunks) and where each starts in the list. */
  private readonly lists = new Map<string, { readonly keys: readonly (readonly string[])[]; readonly starts: readonly number[] }>();

  /** The chunks of a list, each with its first item's position (see stableChunks), remembered for its next render and for reveal. */
  chunk<T>(container: string, items: readonly T[], keyOf: (item: T) => string): { readonly items: readonly T[]; readonly start: number }[] {
    let start = 0;
    const chunks = stableChunks(this.lists.get(container)?.keys, items, keyOf).map((chunk) => {
      start += chunk.length;
      return { items: chunk, start: start - chunk.length };
    });
    this.lists.set(container, { keys: chunks.map((chunk) => chunk.items.map(keyOf)), starts: chunks.map((chunk) => chunk.start) });
    return chunks;
  }

  /** The index of the chunk that holds position `position` of a list (fixed cuts for a list not rendered yet). */
  private chunkAt(container: string, position: number): number {
    const starts = this.lists.get(container)?.starts;
    if (!starts) return Math.floor(position / CHUNK_SIZE);
    let index = 0;
    while (index + 1 < starts.length && (starts[index + 1] as number) <= position) index++;
    return index;
  }

  /**
   * The height of an outcome card's shell, as CSS: the card's own height when it was last shown,
   * corrected by the activities added or removed since; else the average card without its list
   * plus its activities × the row height measured on this board (custom properties on its grid
   * cell, updated in place when better measurements come in).
   */
  cardHeightCss(count: number, measured: Measured | null): string {
    const row = `var(${CARD_ROW_PROPERTY}, ${this.cardRow}px)`;
    if (measured) return `max(0px, calc(${measured.height}px + ${count - measured.count} * ${row}))`;
    return `calc(var(${CARD_BASE_PROPERTY}, ${this.cardBase}px) + ${count} * ${row})`;
  }

  /** Starts observing (one board at a time); the returned function stops. */
  connect(doc: Document = document): () => void {
    this.connected++;
    if (this.connected === 1 && this.supported) {
      this.root = doc;
      this.near = new IntersectionObserver(this.onNear, { rootMargin: NEAR_MARGIN });
      this.far = new IntersectionObserver(this.onFar, { rootMargin: FAR_MARGIN });
      if (typeof ResizeObserver === 'function') this.sizes = new ResizeObserver(this.onResize);
      if (this.options.onScreenFirst && typeof requestAnimationFrame === 'function') {
        this.firstPaint = true;
        requestAnimationFrame(() => {
          this.firstPaint = false;
        });
      }
      doc.addEventListener('focusin', this.onFocusIn);
      for (const type of MOVING_ON) doc.addEventListener(type, this.letGo, { capture: true, passive: true });
      this.unsubscribeDrag = useDragState.subscribe((state, previous) => {
        if (previous.active !== null && state.active === null) this.settle();
      });
      // The cards and chunks of the first render are placed now, before the first paint: those on
      // the screen mount in this very commit (and the chunks of the cards they fill in, in the
      // next, still before the paint), instead of a frame later when the observer first reports.
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
      this.firstPaint = false;
      this.root?.removeEventListener('focusin', this.onFocusIn);
      for (const type of MOVING_ON) this.root?.removeEventListener(type, this.letGo, { capture: true });
      this.keep = null;
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
    const card = handle.index === CARD;
    const inCard = !card && element.closest('section[data-outcome-id]') !== null;
    const entry: Entry = { handle, element, shown, far: false, measured: null, complete: false, kind: card ? null : (handle.kind ?? 'activity'), card, inCard };
    this.entries.set(element, entry);
    const place = placeKey(handle);
    this.byPlace.set(place, entry);
    if (this.near) {
      this.watch(entry);
      // A chunk of a card that is filling in has decided already (chunkShownOnMount); what it got
      // wrong, settleFirstScreen puts right before the first paint, the observer right after any
      // other frame.
      if (card || !this.filling.has(handle.container)) this.place(entry);
    }
    return () => {
      this.entries.delete(element);
      if (this.byPlace.get(place) === entry) this.byPlace.delete(place);
      this.near?.unobserve(element);
      this.far?.unobserve(element);
      this.sizes?.unobserve(element);
    };
  }

  /**
   * Whether a chunk mounting in a card that is filling in is shown at once (in the same render):
   * if its estimated place — the card's top, plus a card without its list, plus the rows above it
   * — is within reach of the screen, give or take half a screen; before the first paint, if it is
   * on the screen itself (what the estimate gets wrong there is put right before the paint, see
   * settleFirstScreen). Reads no layout.
   */
  chunkShownOnMount(container: string, start: number, count: number): boolean {
    const cardTop = this.filling.get(container);
    if (cardTop === undefined) return false;
    const height = this.root?.defaultView?.innerHeight ?? 0;
    const reach = this.firstPaint ? 0 : height + height / 2;
    const row = this.cardRow;
    const top = cardTop + this.cardBase + start * row;
    return top + count * row >= -reach && top <= height + reach;
  }

  /**
   * Shows, at once (synchronously), the card of `container` (its drop targets) and the chunks of
   * its list that hold the given positions.
   */
  reveal(container: string, positions: readonly number[]): void {
    // Twice at most: a card's shell fills in first, and only then are the chunks of its list there.
    for (let pass = 0; pass < 2; pass++) {
      const wanted = new Set([CARD, ...positions.map((p) => this.chunkAt(container, p))]);
      const hidden = [...this.entries.values()].filter((e) => e.handle.container === container && wanted.has(e.handle.index) && !e.shown);
      if (hidden.length === 0) return;
      flushSync(() => {
        for (const entry of hidden) this.show(entry);
      });
    }
  }

  /**
   * A card has filled in (its content is mounted, from a layout effect after its chunks'): if focus
   * is inside it, its list is shown as focus entering it would have shown it.
   */
  filled(container: string, card: Element): void {
    this.filling.delete(container);
    this.settleFirstScreen(container, -1);
    const focused = this.root?.activeElement;
    if (focused && card.contains(focused)) this.showAroundFocus(focused);
    this.keepInPlace();
  }

  /**
   * A chunk has just been laid out with its rows (from its layout effect, in the commit that
   * showed it). Before the first paint, the chunks after it in its list are placed again, now that
   * it has its real height instead of its placeholder's estimate.
   */
  laidOut(container: string, index: number): void {
    if (!this.filling.has(container)) this.settleFirstScreen(container, index);
    this.keepInPlace();
  }

  /**
   * Scrolls to `element` now (`place` scrolls), and places it so again after each change the
   * windowing lays out for a moment, until the person scrolls, types or clicks: a card scrolled to
   * from far away fills in, and the cards around it after it, in place of their estimates, and
   * move it. (A smooth scroll there would pass and fill in dozens of cards on the way, and end
   * where the card was before they did.)
   */
  keepInView(element: Element, place: (element: Element) => void): void {
    place(element);
    this.keep = { element, focused: false, place, until: performance.now() + KEEP_MS };
  }

  /**
   * After the windowing laid something out anew (a card filled in, a chunk shown, from their layout
   * effects; placeholders grown, from the ResizeObserver): if focus came to a control on the screen
   * a moment ago and this pushed it off, it is brought back, just into view (see the top comment);
   * what keepInView keeps is placed again.
   */
  private keepInPlace(): void {
    const keep = this.keep;
    if (!keep) return;
    if ((keep.focused && this.root?.activeElement !== keep.element) || !keep.element.isConnected || performance.now() > keep.until) {
      this.keep = null;
      return;
    }
    keep.place(keep.element);
  }

  /** The person scrolls, types or clicks: what was kept in view is theirs to scroll away from. */
  private readonly letGo = () => {
    this.keep = null;
  };

  /**
   * Before the first paint only: the chunks of a list after `after` that are not shown are placed
   * from the layout (the first read lays out the page, which the coming frame would do anyway).
   * A chunk that turns out to be on the screen is shown before the paint; once laid out, it places
   * the ones after it (laidOut), and so on. So the first frame shows every row on the screen,
   * however wrong the estimated row heights were, and little more; the rest of the margin follows
   * right after the paint. (Before, chunks up to half a screen below the estimated screen were
   * mounted as a safety margin: on the large benchmark board ~100 activity cards where 50 do.)
   */
  private settleFirstScreen(container: string, after: number): void {
    if (!this.firstPaint) return;
    for (let index = after + 1; ; index++) {
      const entry = this.byPlace.get(placeKey({ container, index }));
      if (!entry) return;
      if (!entry.shown) this.place(entry);
      // Shown (now, or before) but not rendered yet: what comes after it is placed once it is (laidOut).
      if (this.rendering(entry)) return;
    }
  }

  /** Shown, but still a placeholder in the DOM (of estimated height) until React renders it. */
  private rendering(entry: Entry): boolean {
    return entry.shown && entry.element.getAttribute('data-window-chunk') === 'placeholder';
  }

  /** Whether the chunk before this one in its list is shown but not rendered with its rows yet. */
  private showingBefore(handle: ChunkHandle): boolean {
    const before = this.byPlace.get(placeKey({ container: handle.container, index: handle.index - 1 }));
    return before !== undefined && this.rendering(before);
  }

  private watch(entry: Entry): void {
    this.near?.observe(entry.element);
    this.far?.observe(entry.element);
    if (entry.kind || entry.card) this.sizes?.observe(entry.element);
  }

  /**
   * Shows the chunk (or card) if it is within one viewport of the screen now — before the first
   * paint, only if it is on the screen itself, and a chunk after one that is about to show (still
   * a placeholder of estimated height) not yet: it is placed once that one is laid out (laidOut).
   * Reads the layout: the first read after a commit lays the page out (which the coming frame
   * would do anyway), the others are cheap, since nothing changes the DOM in between.
   */
  private place(entry: Entry): void {
    if (entry.shown) return;
    if (this.firstPaint && !entry.card && this.showingBefore(entry.handle)) return;
    const height = this.root?.defaultView?.innerHeight ?? 0;
    const margin = this.firstPaint ? 0 : height;
    const near = (rect: DOMRectReadOnly) => rect.bottom >= -margin && rect.top <= height + margin;
    // The card first: a chunk of a far card is far too.
    const card = entry.handle.index === CARD ? null : cardOf(entry.element);
    if (card && !near(card.getBoundingClientRect())) return;
    const rect = entry.element.getBoundingClientRect();
    if (!near(rect)) return;
    if (entry.card) this.fill(entry, rect);
    else this.show(entry);
  }

  /** Shows a card, remembering where its shell is for the chunks that mount with its content. */
  private fill(entry: Entry, rect: DOMRectReadOnly): void {
    if (entry.shown) return;
    this.filling.set(entry.handle.container, rect.top);
    this.show(entry);
  }

  private show(entry: Entry): void {
    if (entry.shown) return;
    entry.shown = true;
    entry.handle.show();
  }

  private hide(entry: Entry): void {
    if (!entry.shown || this.pinned(entry)) return;
    entry.shown = false;
    if (entry.card) this.filling.delete(entry.handle.container);
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
      if (entry && record.isIntersecting) {
        if (entry.card) this.fill(entry, record.boundingClientRect);
        else this.show(entry);
      }
    }
  };

  private readonly onFar = (records: IntersectionObserverEntry[]) => {
    for (const record of records) {
      const entry = this.entries.get(record.target);
      // In a hidden view (the outcomes while the people view shows; hiddenView.ts) a chunk is
      // nowhere to the observers: it keeps what it shows, for the view's return.
      if (!entry || inHiddenView(record.target)) continue;
      entry.far = !record.isIntersecting;
      if (entry.far) this.hide(entry);
    }
  };

  private readonly onResize = (records: ResizeObserverEntry[]) => {
    // During a drag, a card filling in or a list showing moves what is below it (and the page
    // scroll, which the browser anchors): the drop targets must be measured again.
    if (useDragState.getState().active !== null) shiftListener?.();
    this.keepInPlace();
    for (const record of records) {
      const entry = this.entries.get(record.target);
      const element = record.target as HTMLElement;
      // Only a chunk laid out with its rows tells its real height (not its placeholder), and only a
      // card laid out with its content (not its shell).
      if (!entry || (entry.card ? element.dataset.windowCard !== 'full' : element.dataset.windowChunk !== 'shown')) continue;
      const count = Number(element.dataset.count);
      // The border box in the element's own CSS pixels (fractional, and not scaled by the board's
      // zoom): what its placeholder's height must be for the page not to move.
      const height = record.borderBoxSize[0]?.blockSize ?? element.offsetHeight;
      if ((count > 0 || entry.card) && height > 0) entry.measured = { height, count };
      if (entry.card) entry.complete = element.querySelector('[data-window-chunk="placeholder"]') === null;
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
      if (Math.abs(this.rowHeights[kind] - this.published[kind]) >= 1) this.schedulePublish();
    }
    // For cards never seen: an activity row in a card, and a card without its list, as the
    // averages of those shown now.
    let rows = 0;
    let rowCount = 0;
    for (const entry of this.entries.values()) {
      if (entry.inCard && entry.shown && entry.measured) {
        rows += entry.measured.height;
        rowCount += entry.measured.count;
      }
    }
    if (rowCount > 0) this.cardRow = Math.round((rows / rowCount) * 10) / 10;
    let base = 0;
    let cards = 0;
    for (const entry of this.entries.values()) {
      if (entry.card && entry.shown && entry.measured && entry.complete) {
        base += entry.measured.height - entry.measured.count * this.cardRow;
        cards++;
      }
    }
    if (cards > 0) this.cardBase = Math.max(0, Math.round(base / cards));
    if (Math.abs(this.cardBase - this.publishedCardBase) >= 1 || Math.abs(this.cardRow - this.publishedCardRow) >= 1) this.schedulePublish();
  };

  private schedulePublish(): void {
    // After this frame has painted, not inside it (that would lay the page out again).
    this.publishTimer ??= setTimeout(this.publish, 0);
  }

  private publishTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * Gives every placeholder and shell below the screen the estimates measured now (each on its own
   * element: cheap to restyle). Not those above it or on it: a new estimate there changes their
   * height, and so moves what is below them. The browser's scroll anchoring keeps one element still
   * — the first on the screen, in the outcomes' column (board.css) — and so moves every column
   * beside it. On the large benchmark board, a parking-lot chunk shown below the screen (294 px
   * taller than its estimate) brought new estimates; the shells above the screen, never measured,
   * shrank by 10–16 px each (about a tenth of a pixel less a row, times a hundred rows and more),
   * the outcomes' rows above the screen by 24 px in all, the page scrolled up 24 px with them, and
   * the parking lot moved 24 px down the screen: the Done box Tab had just brought to the window's
   * bottom edge was below it (put back by keepInPlace while it keeps focus in view, a second after
   * a Tab; for good after that). Below the screen, a new estimate moves nothing on it. What is
   * above keeps the estimate it has: it is shown, and measured, once within a screen of it, before
   * it can come onto it; if a jump up puts it below, it takes the next estimates.
   */
  private readonly publish = () => {
    this.publishTimer = null;
    this.published.activity = this.rowHeights.activity;
    this.published.person = this.rowHeights.person;
    this.publishedCardBase = this.cardBase;
    this.publishedCardRow = this.cardRow;
    // Every place read before any is changed: one layout (none, as a rule, after a paint), not one each.
    const height = this.root?.defaultView?.innerHeight ?? 0;
    const below = [...this.entries.values()].filter((entry) => !entry.shown && this.belowScreen(entry.element, height));
    for (const entry of below) this.stamp(entry);
  };

  /**
   * Whether `element` is below the screen — or not laid out with the page (in a hidden view, or
   * with no box): where its height moves nothing on the screen.
   */
  private belowScreen(element: Element, height: number): boolean {
    if (inHiddenView(element)) return true;
    const rect = element.getBoundingClientRect();
    return rect.top >= height || (rect.width === 0 && rect.height === 0);
  }

  private stamp(entry: Entry): void {
    if (entry.kind && entry.element instanceof HTMLElement) entry.element.style.setProperty(ROW_HEIGHT_PROPERTY, `${this.published[entry.kind]}px`);
    // A shell's height is its spacer's, beside it in the card's grid cell: the cell carries the estimate.
    const cell = entry.card ? entry.element.parentElement : null;
    if (cell) {
      cell.style.setProperty(CARD_BASE_PROPERTY, `${this.publishedCardBase}px`);
      cell.style.setProperty(CARD_ROW_PROPERTY, `${this.publishedCardRow}px`);
    }
  }

  /**
   * Focus entering a card (or panel) shows its list, and lets go of the cards it left. A long list
   * (the parking lot or the people of a huge board) is shown around the focus only — the chunk
   * holding it and its neighbours, or the list's first or last chunk when focus is above or below
   * it — so that Tab and Shift+Tab walk through it without mounting a thousand rows at once.
   */
  private readonly onFocusIn = (event: FocusEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    this.showAroundFocus(target);
    this.settle();
    // The browser has scrolled to it (before this event), unless told not to (preventScroll: the
    // one who focused it scrolls, as the health check's findings do).
    if (target && this.entries.size > 0 && onScreen(target)) this.keep = { element: target, focused: true, place: scrollIntoViewNearest, until: performance.now() + KEEP_MS };
    else if (this.keep?.focused) this.keep = null;
  };

  /**
   * Shows the list of the card focus is in: the whole list when it is short (up to
   * FOCUS_SHOWS_ALL chunks) and focus came from the keyboard, for reading it through; otherwise
   * around the focus. Focus a pointer gave — a press on an activity, which focuses its button, or
   * focus following an activity dropped with the mouse — is no sign of reading: mounting up to 100
   * rows for it made the first frame of every drag, and the frame after every drop, on a big board
   * long (20–50 ms of style and layout). The keyboard's next Tab shows the rest.
   */
  private showAroundFocus(target: Element | null): void {
    const card = target ? cardOf(target) : null;
    const inCard = card ? [...this.entries.values()].filter((entry) => card.contains(entry.element)) : [];
    const chunks = inCard.filter((entry) => entry.kind !== null);
    if (target === null || chunks.length === 0 || (chunks.length <= FOCUS_SHOWS_ALL && fromKeyboard(target))) {
      for (const entry of inCard) this.show(entry);
    } else {
      const own = chunks.find((entry) => entry.element.contains(target));
      const last = Math.max(...chunks.map((entry) => entry.handle.index));
      const first = chunks.reduce((a, b) => (b.handle.index < a.handle.index ? b : a));
      const below = first.element.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING;
      const around = own ? own.handle.index : below ? last : 0;
      for (const entry of inCard) if (entry.kind === null || Math.abs(entry.handle.index - around) <= 1) this.show(entry);
    }
  }
}

/**
 * Whether focus on `element` is the keyboard's, as the browser judges it for drawing the focus
 * ring (`:focus-visible`): Tab, or focus moved by the app after a key. A mouse press on a button,
 * or focus the app moves after a pointer action, is not. Where the selector is unknown, the keyboard's.
 */
function fromKeyboard(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** The board's windowing, or null when every activity is mounted (small boards, the print view). */
export const WindowingContext = createContext<ListWindowing | null>(null);

let shiftListener: (() => void) | null = null;

/**
 * Called when the windowing changed the size of a card or list during a drag, which moves the drop
 * targets around it (after the frame that laid it out). One listener: the board's drag and drop.
 */
export function onWindowingShift(listener: (() => void) | null): void {
  shiftListener = listener;
}

/** The windowing of the board on screen, for code outside React (the keyboard sensor). */
let active: ListWindowing | null = null;

export function setActiveWindowing(windowing: ListWindowing | null): void {
  active = windowing;
}

/**
 * Makes sure the drop slot a keyboard drag is about to aim at is in the DOM: the activity a slot
 * names (and, for the end of a container, its last activities) is mounted synchronously. Also a
 * person's row (`person:<id>`), for the editor in its ⋯ menu (draftBack.ts).
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
  } else if (kind === 'person') {
    const index = board.people.findIndex((person) => person.id === rest);
    if (index >= 0) active.reveal('people', [index]);
  }
}

/**
 * Fills in the card of `container` (a pointer drag is over its shell), after the current render:
 * the collision detection that finds it runs while dnd-kit renders.
 */
export function revealCardSoon(container: string): void {
  const windowing = active;
  if (!windowing) return;
  queueMicrotask(() => {
    windowing.reveal(container, []);
  });
}

/** What the windowing says about a card: whether it is near, and its height when last shown. */
export interface CardWindow {
  readonly near: boolean;
  readonly measured: Measured | null;
}

const ALWAYS_NEAR: CardWindow = { near: true, measured: null };

/**
 * Whether a card is near the screen: always on a board that is not windowed; on a windowed one,
 * while the card is within a viewport or two of the screen, or holds focus, or is revealed. A card
 * that is not near is a shell (OutcomeCard.tsx) and leaves out its dnd-kit drop targets (hooks
 * that re-render on every step of every drag); a keyboard drag reveals it before aiming at it, and
 * a pointer over it fills it in. Also its height when it was last laid out in full, for its shell.
 */
export function useCardNear(container: string, ref: RefObject<Element | null>): CardWindow {
  const windowing = useContext(WindowingContext);
  const [state, setState] = useState<CardWindow>({ near: false, measured: null });
  const shown = useRef(false);
  useLayoutEffect(() => {
    shown.current = state.near;
  });
  // From the ref, in the commit that mounts the card: its first placing (BoardContent connecting
  // the windowing, after every card's and chunk's layout effects) then reads the layout only once.
  useLayoutEffect(() => {
    const node = ref.current;
    if (!windowing?.supported || !node) return undefined;
    return windowing.observe(
      node,
      {
        container,
        index: CARD,
        show: () => {
          setState((s) => (s.near ? s : { ...s, near: true }));
        },
        hide: (measured) => {
          setState((s) => (s.near ? { near: false, measured: measured ?? s.measured } : s));
        },
      },
      shown.current,
    );
  }, [windowing, container, ref]);
  // After the chunks of the content that just mounted have registered (their layout effects run
  // first): if focus is in the card, they show around it.
  useLayoutEffect(() => {
    const node = ref.current;
    if (state.near && node) windowing?.filled(container, node);
  }, [windowing, state.near, ref, container]);
  return windowing?.supported ? state : ALWAYS_NEAR;
}

/** Whether the card around is near the screen (see useCardNear); true outside any card. */
export const CardNearContext = createContext(true);

/** Splits a list into chunks of CHUNK_SIZE. */
export function chunksOf<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK_SIZE) chunks.push(items.slice(i, i + CHUNK_SIZE));
  return chunks;
}

/**
 * Splits a list into chunks that keep what they held before (`before`: each chunk's keys, from the
 * last time), so that a change mounts and unmounts only the rows it touches. Cut at fixed places,
 * an activity added or removed near the top of a list moved every later chunk's boundary by one:
 * each shown chunk after it lost its first row and gained the next chunk's (a remount of both),
 * 5 activity cards taken down and put up again for each drop on the large board, 17 on the huge.
 *
 * The rows that stay in order stay in their chunks (the longest run of rows, in the list's order,
 * whose chunks never go back); a row added or moved joins the chunk of the row before it (at the
 * top, the first row's). A chunk grown past twice CHUNK_SIZE is cut again, and a list whose chunks
 * have grown too many for its length (more than twice as many, plus one, as fixed cuts give) is
 * cut afresh. A chunk left empty goes. Idempotent: the same rows again give the same chunks.
 */
export function stableChunks<T>(before: readonly (readonly string[])[] | undefined, items: readonly T[], keyOf: (item: T) => string): T[][] {
  if (!before || before.length === 0) return chunksOf(items);
  const was = new Map<string, number>();
  before.forEach((keys, chunk) => {
    for (const key of keys) was.set(key, chunk);
  });
  const labels = items.map((item) => was.get(keyOf(item)) ?? -1);
  const kept = inOrder(labels);
  const first = kept.indexOf(true);
  let current = first >= 0 ? (labels[first] as number) : 0;
  const groups: T[][] = [];
  let open = Number.NaN;
  items.forEach((item, i) => {
    if (kept[i]) current = labels[i] as number;
    if (current !== open) {
      groups.push([]);
      open = current;
    }
    (groups.at(-1) as T[]).push(item);
  });
  const chunks: T[][] = [];
  for (const group of groups) {
    if (group.length > 2 * CHUNK_SIZE) chunks.push(...chunksOf(group));
    else chunks.push(group);
  }
  return chunks.length > 2 * Math.ceil(items.length / CHUNK_SIZE) + 1 ? chunksOf(items) : chunks;
}

/**
 * Which of the labels (chunk indexes; -1 for none) make the longest run that never goes back, in
 * order: true for each of them. Patience sorting, O(n log n).
 */
function inOrder(labels: readonly number[]): boolean[] {
  /** tails[k]: the index of the last label of the best run of length k + 1 found so far. */
  const tails: number[] = [];
  const previous = new Array<number>(labels.length).fill(-1);
  labels.forEach((label, i) => {
    if (label < 0) return;
    // The first run whose last label is greater than this one (non-decreasing runs may repeat a label).
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((labels[tails[middle] as number] as number) <= label) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1] as number;
    tails[low] = i;
  });
  const kept = new Array<boolean>(labels.length).fill(false);
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] as number) kept[i] = true;
  return kept;
}

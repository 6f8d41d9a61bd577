/**
 * The window scrolls while a pointer drag is held near its edge. dnd-kit's own auto-scroll measures
 * its zones from the window's edges: at the top, a tenth of the window, most of which the sticky
 * toolbar covers (51 of the 77 px at 1366 × 768). A card dragged up from the parking lot below the
 * fold reached the outcomes above only if it was held in the 26 px between the toolbar and the
 * cards, or over the toolbar's buttons, and slowly there (a third of the speed at the toolbar's
 * edge; held 15 px below it, 35 s to come up 10,000 px of the large board). Here the top zone
 * reaches a twenty-fifth of the window (31 px) below what covers the window's top (coveredTop: the
 * toolbar, or Present's bar), three quarters of the full speed at its edge, and over the toolbar
 * the page scrolls faster still, to the full speed at the window's top.
 *
 * As dnd-kit's: the zones at the bottom and the sides are a tenth of the window's height (width)
 * from its edge — no deeper, so a card a person aims at near an edge does not slide away under the
 * pointer (BoardDnd.tsx) — and the speed grows toward the edge. Unlike dnd-kit's, the page starts slowly and gathers speed while the
 * pointer stays (EDGE_RAMP_MS), so that a card aimed at inside a zone stays under the pointer for a
 * drop; it scrolls only toward an edge the pointer has moved toward by INTENT_PX during the drag (a
 * hand's jitter is not a move); and only the pointer that drags counts.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useDndMonitor, type DragStartEvent } from '@dnd-kit/core';
import { coveredTop } from '../inView';

/** How deep each zone is: a tenth of the window's height (width), as dnd-kit's threshold here. */
export const EDGE_ZONE = 0.1;
/**
 * The depth of the top zone below what covers the window's top, at least: a twenty-fifth of the
 * window's height (31 px at 768, to 82 px down the window where dnd-kit's ended at 77), a card
 * title's line and a bit. Deeper (38 px), a card aimed at 25 px under the toolbar and held for half
 * a second slid away before the drop.
 */
export const EDGE_ZONE_BELOW_COVER = 0.04;
/**
 * The top zone's speed at the lower edge of what covers the window's top, as a part of the full
 * speed: it grows from nothing at the zone's lower end to three quarters there, and to the full
 * speed over the toolbar, at the window's top. At the full speed already under the toolbar, a card
 * held 15 px under it came up 1,200 px a second, and a person's 300 ms to let go overshot 400 px.
 */
export const SPEED_AT_COVER = 0.75;
/** The fastest scroll, at the window's edge: 2 px a millisecond (dnd-kit's 10 px every 5 ms). */
export const EDGE_SPEED_PX_PER_MS = 2;
/**
 * How long the pointer is held in a zone before the page scrolls at the zone's speed there: it
 * starts slowly, growing with the square of the time held (a ninth of the speed at a third of it).
 * A card aimed at near an edge and held still for the 300 ms of a drop moves a few pixels; at the
 * zone's speed at once it slid 100–370 px away from under the pointer (at the bottom, 126–421 px
 * with dnd-kit's auto-scroll).
 */
export const EDGE_RAMP_MS = 800;
/**
 * How far (px) the pointer must move toward an edge before the page scrolls that way: a hand's
 * jitter of a pixel or two, carrying a card sideways just under the toolbar, scrolled the page
 * 1,400 px up.
 */
export const INTENT_PX = 10;
/** A longer frame (a busy machine) moves the page no further than this many milliseconds' worth. */
const LONGEST_STEP_MS = 50;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The directions the pointer has moved in since the drag began, on each axis. */
export interface Intent {
  readonly up: boolean;
  readonly down: boolean;
  readonly left: boolean;
  readonly right: boolean;
}

export const NO_INTENT: Intent = { up: false, down: false, left: false, right: false };

/** Where the pointer has been during a drag: the intent so far, and its furthest point each way. */
export interface Track {
  readonly intent: Intent;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** A drag's track as it begins, the pointer at `start`. */
export const startTrack = (start: Point): Track => ({ intent: NO_INTENT, top: start.y, bottom: start.y, left: start.x, right: start.x });

/**
 * The track after the pointer moved to `to`: it means to go a way once it has moved INTENT_PX that
 * way from the furthest it had been the other way; a way once meant stays meant for the drag.
 */
export function nextTrack(track: Track, to: Point): Track {
  const top = Math.min(track.top, to.y);
  const bottom = Math.max(track.bottom, to.y);
  const left = Math.min(track.left, to.x);
  const right = Math.max(track.right, to.x);
  const was = track.intent;
  const up = was.up || bottom - to.y >= INTENT_PX;
  const down = was.down || to.y - top >= INTENT_PX;
  const toLeft = was.left || right - to.x >= INTENT_PX;
  const toRight = was.right || to.x - left >= INTENT_PX;
  const intent = up === was.up && down === was.down && toLeft === was.left && toRight === was.right ? was : { up, down, left: toLeft, right: toRight };
  return { intent, top, bottom, left, right };
}

/** How much of a zone's speed the page scrolls at, `heldMs` after the pointer came into the zone (EDGE_RAMP_MS). */
export function rampAfter(heldMs: number): number {
  const part = Math.min(1, Math.max(0, heldMs) / EDGE_RAMP_MS);
  return part * part;
}

/** The window as the zones need it: its size, what covers its top, and where it can still scroll to. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
  /** How far down from the window's top the toolbar (or Present's bar) covers it, px. */
  readonly covered: number;
  readonly canScroll: Intent;
}

/** How far from `edge` the pointer is within a zone `depth` deep, as a part of the zone: 0 at its inner side, 1 at the edge or beyond. */
function depthIn(distanceFromEdge: number, depth: number): number {
  if (depth <= 0 || distanceFromEdge >= depth) return 0;
  return Math.min(1, (depth - distanceFromEdge) / depth);
}

/**
 * How fast (a part of the full speed) the page scrolls up for a pointer `y` px down the window, the
 * top zone ending `zoneEnd` px down, what covers the window's top `covered` px high.
 */
function upSpeed(y: number, covered: number, zoneEnd: number): number {
  if (covered <= 0) return depthIn(y, zoneEnd);
  if (y >= covered) return SPEED_AT_COVER * depthIn(y - covered, zoneEnd - covered);
  return SPEED_AT_COVER + (1 - SPEED_AT_COVER) * Math.min(1, (covered - y) / covered);
}

/**
 * The scroll speed (px a millisecond, negative up or left) for a pointer at `pointer` in the
 * window: zero outside the zones, growing toward the edge within one, and at the top on through
 * what covers it to the full speed at the window's edge.
 */
export function edgeVelocity(pointer: Point, viewport: Viewport, intent: Intent): Point {
  const { width, height, covered, canScroll } = viewport;
  const zoneX = width * EDGE_ZONE;
  const zoneY = height * EDGE_ZONE;
  // The top zone: to a tenth of the window, or a twenty-fifth below the cover if that is further down.
  const topZoneEnd = Math.max(zoneY, covered + height * EDGE_ZONE_BELOW_COVER);
  const up = canScroll.up && intent.up ? upSpeed(pointer.y, covered, topZoneEnd) : 0;
  const down = canScroll.down && intent.down && up === 0 ? depthIn(height - pointer.y, zoneY) : 0;
  const right = canScroll.right && intent.right ? depthIn(width - pointer.x, zoneX) : 0;
  const left = canScroll.left && intent.left && right === 0 ? depthIn(pointer.x, zoneX) : 0;
  return { x: (right - left) * EDGE_SPEED_PX_PER_MS, y: (down - up) * EDGE_SPEED_PX_PER_MS };
}

/** Every way open: to find whether the pointer is in a zone at all, before the page's extent is read. */
const EVERY_WAY: Intent = { up: true, down: true, left: true, right: true };

/** Where the window can still scroll to (its extent read now: a layout read). */
function scrollRoom(view: Window): Intent {
  const root = scrollingElementOf(view.document);
  const maxX = root.scrollWidth - view.innerWidth;
  const maxY = root.scrollHeight - view.innerHeight;
  return { up: view.scrollY > 0, down: view.scrollY < maxY - 0.5, left: view.scrollX > 0, right: view.scrollX < maxX - 0.5 };
}

/**
 * Scrolls `view` while a pointer drag is held near its edges, from the pointer's position at
 * `start`, until the returned function is called.
 */
export function scrollAtEdges(view: Window, start: Point, pointerId: number | null = null): () => void {
  let pointer = start;
  let track = startTrack(start);
  let frame = 0;
  let last = 0;
  // When the page began to scroll this time (0: it is not scrolling).
  let since = 0;
  // What covers the window's top (coveredTop looks through the whole page for the toolbar), read
  // again only once the page has scrolled or the window changed size (null: to read).
  let covered: number | null = null;
  const uncover = () => {
    covered = null;
  };
  /**
   * The scroll speed now. Most of a drag is outside every zone: that is found from the window's
   * size and the cover alone; the page's extent is read only where the pointer is in a zone.
   */
  const velocityNow = (): Point => {
    covered ??= coveredTop(view.document);
    const size = { width: view.innerWidth, height: view.innerHeight, covered };
    const anyWay = edgeVelocity(pointer, { ...size, canScroll: EVERY_WAY }, track.intent);
    return anyWay.x === 0 && anyWay.y === 0 ? anyWay : edgeVelocity(pointer, { ...size, canScroll: scrollRoom(view) }, track.intent);
  };
  const step = (now: number) => {
    frame = 0;
    const velocity = velocityNow();
    if (velocity.x === 0 && velocity.y === 0) {
      last = 0;
      since = 0;
      return;
    }
    if (since === 0) since = now;
    const elapsed = last === 0 ? 1000 / 60 : Math.min(now - last, LONGEST_STEP_MS);
    last = now;
    const ramp = rampAfter(now - since + elapsed);
    view.scrollBy({ left: velocity.x * ramp * elapsed, top: velocity.y * ramp * elapsed, behavior: 'instant' });
    frame = view.requestAnimationFrame(step);
  };
  const onMove = (event: PointerEvent) => {
    // Only the pointer that drags: a second finger on a touch screen scrolls nothing (nor does it
    // move the drag: BoardPointerSensor).
    if (pointerId !== null && event.pointerId !== pointerId) return;
    pointer = { x: event.clientX, y: event.clientY };
    track = nextTrack(track, pointer);
    if (frame === 0) frame = view.requestAnimationFrame(step);
  };
  view.addEventListener('pointermove', onMove, { capture: true, passive: true });
  view.addEventListener('scroll', uncover, { passive: true });
  view.addEventListener('resize', uncover, { passive: true });
  return () => {
    view.removeEventListener('pointermove', onMove, { capture: true });
    view.removeEventListener('scroll', uncover);
    view.removeEventListener('resize', uncover);
    if (frame !== 0) view.cancelAnimationFrame(frame);
    frame = 0;
  };
}

/**
 * Where a drag's activating press was, and which pointer made it (a mouse's press, as some tests
 * make it, has no pointer id), if a pointer's: a keyboard drag scrolls as its sensor moves
 * (keyboardSensor.ts).
 */
function pointerStart(event: DragStartEvent): { readonly at: Point; readonly pointerId: number | null } | null {
  const activator = event.activatorEvent;
  if (!(activator instanceof MouseEvent)) return null;
  return { at: { x: activator.clientX, y: activator.clientY }, pointerId: activator instanceof PointerEvent ? activator.pointerId : null };
}

/** Inside the board's DndContext: the window's scrolling at its edges during each pointer drag. */
export function EdgeScroll() {
  const stopScrolling = useRef<(() => void) | null>(null);
  const stop = useCallback(() => {
    stopScrolling.current?.();
    stopScrolling.current = null;
  }, []);
  useEffect(() => stop, [stop]);
  useDndMonitor({
    onDragStart(event) {
      stop();
      const start = pointerStart(event);
      if (start) stopScrolling.current = scrollAtEdges(window, start.at, start.pointerId);
    },
    onDragEnd: stop,
    onDragCancel: stop,
  });
  return null;
}

/**
 * What dnd-kit's own auto-scroll may scroll (DndContext's autoScroll.canScroll): anything but the
 * window, which EdgeScroll scrolls.
 */
export const notTheWindow = (element: Element): boolean => element !== scrollingElementOf(element.ownerDocument);

/** What scrolls the window: the root element (a document without scrollingElement: jsdom's). */
const scrollingElementOf = (doc: Document): Element => doc.scrollingElement ?? doc.documentElement;

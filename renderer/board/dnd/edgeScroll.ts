/**
 * The window scrolls while a pointer drag is held near its edge. dnd-kit's own auto-scroll measures
 * its zones from the window's edges: at the top, a tenth of the window, most of which the sticky
 * toolbar covers (51 of the 77 px at 1366 × 768). A card dragged up from the parking lot below the
 * fold reached the outcomes above only if it was held in the 26 px between the toolbar and the
 * cards, or over the toolbar's buttons. Here the top zone reaches a twentieth of the window (38 px)
 * below what covers the window's top (coveredTop: the toolbar, or Present's bar), and over the
 * toolbar itself the page scrolls at full speed.
 *
 * The rest is dnd-kit's behaviour, kept: a zone is a tenth of the window's height (width) from its
 * edge — no deeper, so a card a person aims at near an edge does not slide away under the pointer
 * (BoardDnd.tsx) — the speed grows toward the edge, and the page scrolls only toward where the
 * pointer has moved during this drag (picked up in a zone, the page stays put until the pointer
 * moves toward that edge).
 */
import { useCallback, useEffect, useRef } from 'react';
import { useDndMonitor, type DragStartEvent } from '@dnd-kit/core';
import { coveredTop } from '../inView';

/** How deep each zone is: a tenth of the window's height (width), as dnd-kit's threshold here. */
export const EDGE_ZONE = 0.1;
/**
 * The depth of the top zone below what covers the window's top, at least: a twentieth of the
 * window's height (38 px at 768), a card title's line and a half, where nothing is aimed at that
 * the toolbar does not already half hide.
 */
export const EDGE_ZONE_BELOW_COVER = 0.05;
/** The fastest scroll, at the edge or over the toolbar: 2 px a millisecond (dnd-kit's 10 px every 5 ms). */
export const EDGE_SPEED_PX_PER_MS = 2;
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

/** The intent after the pointer moved from `from` to `to`: directions once moved in stay. */
export function nextIntent(intent: Intent, from: Point, to: Point): Intent {
  const up = intent.up || to.y < from.y;
  const down = intent.down || to.y > from.y;
  const left = intent.left || to.x < from.x;
  const right = intent.right || to.x > from.x;
  return up === intent.up && down === intent.down && left === intent.left && right === intent.right ? intent : { up, down, left, right };
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
 * The scroll speed (px a millisecond, negative up or left) for a pointer at `pointer` in the
 * window: zero outside the zones, growing toward the edge within one, full over what covers the top.
 */
export function edgeVelocity(pointer: Point, viewport: Viewport, intent: Intent): Point {
  const { width, height, covered, canScroll } = viewport;
  const zoneX = width * EDGE_ZONE;
  const zoneY = height * EDGE_ZONE;
  // The top zone: to a tenth of the window, or a twentieth below the cover if that is further down.
  const topZoneEnd = Math.max(zoneY, covered + height * EDGE_ZONE_BELOW_COVER);
  const up = canScroll.up && intent.up ? depthIn(pointer.y - covered, topZoneEnd - covered) : 0;
  const down = canScroll.down && intent.down && up === 0 ? depthIn(height - pointer.y, zoneY) : 0;
  const right = canScroll.right && intent.right ? depthIn(width - pointer.x, zoneX) : 0;
  const left = canScroll.left && intent.left && right === 0 ? depthIn(pointer.x, zoneX) : 0;
  return { x: (right - left) * EDGE_SPEED_PX_PER_MS, y: (down - up) * EDGE_SPEED_PX_PER_MS };
}

/** The window's viewport, read now. */
function viewportOf(view: Window): Viewport {
  const root = scrollingElementOf(view.document);
  const maxX = root.scrollWidth - view.innerWidth;
  const maxY = root.scrollHeight - view.innerHeight;
  return {
    width: view.innerWidth,
    height: view.innerHeight,
    covered: coveredTop(view.document),
    canScroll: { up: view.scrollY > 0, down: view.scrollY < maxY - 0.5, left: view.scrollX > 0, right: view.scrollX < maxX - 0.5 },
  };
}

/**
 * Scrolls `view` while a pointer drag is held near its edges, from the pointer's position at
 * `start`, until the returned function is called.
 */
export function scrollAtEdges(view: Window, start: Point): () => void {
  let pointer = start;
  let intent = NO_INTENT;
  let frame = 0;
  let last = 0;
  const step = (now: number) => {
    frame = 0;
    const velocity = edgeVelocity(pointer, viewportOf(view), intent);
    if (velocity.x === 0 && velocity.y === 0) {
      last = 0;
      return;
    }
    const elapsed = last === 0 ? 1000 / 60 : Math.min(now - last, LONGEST_STEP_MS);
    last = now;
    view.scrollBy({ left: velocity.x * elapsed, top: velocity.y * elapsed, behavior: 'instant' });
    frame = view.requestAnimationFrame(step);
  };
  const onMove = (event: PointerEvent) => {
    const to = { x: event.clientX, y: event.clientY };
    intent = nextIntent(intent, pointer, to);
    pointer = to;
    if (frame === 0) frame = view.requestAnimationFrame(step);
  };
  view.addEventListener('pointermove', onMove, { capture: true, passive: true });
  return () => {
    view.removeEventListener('pointermove', onMove, { capture: true });
    if (frame !== 0) view.cancelAnimationFrame(frame);
    frame = 0;
  };
}

/** Where a drag's activating event was, if a pointer's (a keyboard drag scrolls as its sensor moves: keyboardSensor.ts). */
function pointerStart(event: DragStartEvent): Point | null {
  const activator = event.activatorEvent;
  return activator instanceof MouseEvent ? { x: activator.clientX, y: activator.clientY } : null;
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
      if (start) stopScrolling.current = scrollAtEdges(window, start);
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

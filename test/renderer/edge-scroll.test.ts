/**
 * The window's scrolling at its edges during a pointer drag (edgeScroll.ts): where the zones are
 * (the top one below the sticky toolbar), how fast, in which directions, and the loop that scrolls.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EDGE_RAMP_MS, EDGE_SPEED_PX_PER_MS, edgeVelocity, INTENT_PX, NO_INTENT, nextTrack, notTheWindow, rampAfter, scrollAtEdges, SPEED_AT_COVER, startTrack, type Intent, type Point, type Viewport } from '../../renderer/board/dnd/edgeScroll';

const EVERY_WAY: Intent = { up: true, down: true, left: true, right: true };
/** 1366 × 768 scrolled part way, the toolbar's 51 px stuck at the top. */
const viewport: Viewport = { width: 1366, height: 768, covered: 51, canScroll: EVERY_WAY };
const at = (x: number, y: number) => ({ x, y });

describe('where the window scrolls during a drag', () => {
  it('reaches below the toolbar at the top: a twenty-fifth of the window under it (51 + 31 px), not a tenth of it from the edge (77 px)', () => {
    // In the strip under the toolbar that dnd-kit's zone left out (77–82 px): it scrolls up.
    expect(edgeVelocity(at(600, 81), viewport, EVERY_WAY).y).toBeLessThan(0);
    expect(edgeVelocity(at(600, 78), viewport, EVERY_WAY).y).toBeLessThan(0);
    // Below it, over the cards: still.
    expect(edgeVelocity(at(600, 82), viewport, EVERY_WAY)).toEqual({ x: 0, y: 0 });
    expect(edgeVelocity(at(600, 400), viewport, EVERY_WAY)).toEqual({ x: 0, y: 0 });
  });

  it('faster nearer the toolbar, three quarters of the full speed at its edge, the full speed at the window’s top', () => {
    const speed = (y: number) => -edgeVelocity(at(600, y), viewport, EVERY_WAY).y;
    expect(speed(78)).toBeLessThan(speed(70));
    expect(speed(70)).toBeLessThan(speed(52));
    expect(speed(51)).toBe(EDGE_SPEED_PX_PER_MS * SPEED_AT_COVER);
    // Half way through the zone under the toolbar, half that.
    expect(speed(51 + (768 * 0.04) / 2)).toBeCloseTo((EDGE_SPEED_PX_PER_MS * SPEED_AT_COVER) / 2);
    // Over the toolbar, faster still, to the full speed at the window's edge and beyond it.
    expect(speed(26)).toBeGreaterThan(speed(51));
    expect(speed(26)).toBeLessThan(EDGE_SPEED_PX_PER_MS);
    expect(speed(0)).toBe(EDGE_SPEED_PX_PER_MS);
    expect(speed(-5)).toBe(EDGE_SPEED_PX_PER_MS);
  });

  it('with nothing covering the top, a tenth of the window from its edge, as at the other edges', () => {
    const open = { ...viewport, covered: 0 };
    expect(edgeVelocity(at(600, 76), open, EVERY_WAY).y).toBeLessThan(0);
    expect(edgeVelocity(at(600, 77), open, EVERY_WAY).y).toBe(0);
    expect(-edgeVelocity(at(600, 0), open, EVERY_WAY).y).toBe(EDGE_SPEED_PX_PER_MS);
    // A short cover (a twenty-fifth under it still within a tenth): the tenth.
    expect(edgeVelocity(at(600, 76), { ...viewport, covered: 20 }, EVERY_WAY).y).toBeLessThan(0);
  });

  it('at the bottom and the sides, a tenth of the window from the edge', () => {
    expect(edgeVelocity(at(600, 700), viewport, EVERY_WAY).y).toBeGreaterThan(0);
    expect(edgeVelocity(at(600, 691), viewport, EVERY_WAY).y).toBe(0);
    expect(edgeVelocity(at(600, 768), viewport, EVERY_WAY).y).toBe(EDGE_SPEED_PX_PER_MS);
    expect(edgeVelocity(at(1300, 400), viewport, EVERY_WAY).x).toBeGreaterThan(0);
    expect(edgeVelocity(at(100, 400), viewport, EVERY_WAY).x).toBeLessThan(0);
    expect(edgeVelocity(at(137, 400), viewport, EVERY_WAY).x).toBe(0);
  });

  it('only toward where the pointer has moved during the drag, and only where the page can still go', () => {
    // Picked up under the toolbar and not moved up yet: the page stays put.
    expect(edgeVelocity(at(600, 80), viewport, { ...NO_INTENT, down: true })).toEqual({ x: 0, y: 0 });
    // Already at the top.
    expect(edgeVelocity(at(600, 20), { ...viewport, canScroll: { ...EVERY_WAY, up: false } }, EVERY_WAY)).toEqual({ x: 0, y: 0 });
    expect(edgeVelocity(at(600, 760), { ...viewport, canScroll: { ...EVERY_WAY, down: false } }, EVERY_WAY)).toEqual({ x: 0, y: 0 });
  });

  it('means a way once the pointer has gone 10 px that way, and keeps meaning it', () => {
    const along = (points: readonly Point[]) => points.reduce(nextTrack, startTrack(at(100, 100))).intent;
    // A hand's jitter carrying a card sideways: a pixel or two up and down means neither.
    expect(along([at(120, 99), at(160, 101), at(200, 99), at(260, 100), at(300, 98)])).toEqual({ ...NO_INTENT, right: true });
    // Up by 10 px from the lowest point: up.
    expect(along([at(100, 104), at(100, 94)])).toEqual({ ...NO_INTENT, up: true });
    expect(along([at(100, 104), at(100, 95)])).toEqual(NO_INTENT);
    // Both ways, each once meant.
    expect(along([at(100, 100 - INTENT_PX), at(100, 100), at(100, 100 + 1)])).toEqual({ ...NO_INTENT, up: true, down: true });
    expect(along([at(100 - INTENT_PX, 100), at(100, 100)])).toEqual({ ...NO_INTENT, left: true, right: true });
    // No new way: the same intent (nothing for the loop to notice).
    const track = nextTrack(startTrack(at(100, 100)), at(100, 80));
    expect(nextTrack(track, at(101, 81)).intent).toBe(track.intent);
  });

  it('gathers speed while held: slowly at first, the zone’s full speed after EDGE_RAMP_MS', () => {
    expect(rampAfter(0)).toBe(0);
    expect(rampAfter(EDGE_RAMP_MS / 3)).toBeCloseTo(1 / 9);
    expect(rampAfter(EDGE_RAMP_MS / 2)).toBeCloseTo(1 / 4);
    expect(rampAfter(EDGE_RAMP_MS)).toBe(1);
    expect(rampAfter(EDGE_RAMP_MS * 5)).toBe(1);
  });
});

describe('the scrolling loop', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** A window 1366 × 768 over a page 3,000 px tall scrolled to 1,500, its frames run by hand. */
  function fakeWindow() {
    const frames = new Map<number, FrameRequestCallback>();
    let next = 1;
    const scrolls: { left: number; top: number }[] = [];
    const listeners = new Set<(event: PointerEvent) => void>();
    const view = {
      innerWidth: 1366,
      innerHeight: 768,
      scrollX: 0,
      scrollY: 1500,
      document: { scrollingElement: { scrollWidth: 1366, scrollHeight: 3000 }, documentElement: {}, querySelector: () => null, defaultView: null },
      requestAnimationFrame: (callback: FrameRequestCallback) => {
        frames.set(next, callback);
        return next++;
      },
      cancelAnimationFrame: (handle: number) => frames.delete(handle),
      scrollBy: ({ left, top }: { left: number; top: number }) => {
        scrolls.push({ left, top });
        view.scrollY += top;
      },
      addEventListener: (_type: string, listener: (event: PointerEvent) => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: (event: PointerEvent) => void) => listeners.delete(listener),
    };
    const move = (x: number, y: number, pointerId = 1) => {
      for (const listener of listeners) listener({ clientX: x, clientY: y, pointerId } as PointerEvent);
    };
    const runFrames = (now: number) => {
      const due = [...frames.entries()];
      frames.clear();
      for (const [, callback] of due) callback(now);
    };
    return { view: view as unknown as Window, scrolls, move, runFrames, frames, listeners };
  }

  it('scrolls up every frame while held at the top, gathering speed, and stops when moved away or told to', () => {
    const { view, scrolls, move, runFrames, frames, listeners } = fakeWindow();
    const stop = scrollAtEdges(view, at(600, 400));
    // Moved up to the window's edge: the full speed, once held for EDGE_RAMP_MS.
    move(600, 200);
    move(600, 0);
    runFrames(1000);
    runFrames(1016);
    runFrames(1032);
    const full = -EDGE_SPEED_PX_PER_MS;
    expect(scrolls.map((s) => s.top)).toEqual([full * (1000 / 60) * rampAfter(1000 / 60), full * 16 * rampAfter(32), full * 16 * rampAfter(48)]);
    runFrames(1000 + EDGE_RAMP_MS);
    expect(scrolls.at(-1)?.top).toBe(full * 50);
    runFrames(1016 + EDGE_RAMP_MS);
    expect(scrolls.at(-1)?.top).toBe(full * 16);
    // Held still, it goes on: a frame is waiting.
    expect(frames.size).toBe(1);
    // Moved to the middle: the next frame scrolls nothing and asks for no other.
    move(600, 400);
    runFrames(1048 + EDGE_RAMP_MS);
    expect(scrolls).toHaveLength(5);
    expect(frames.size).toBe(0);
    // Back at the edge: slowly again at first.
    move(600, 0);
    expect(frames.size).toBe(1);
    runFrames(5000);
    expect(scrolls.at(-1)?.top).toBe(full * (1000 / 60) * rampAfter(1000 / 60));
    stop();
    expect(frames.size).toBe(0);
    expect(listeners.size).toBe(0);
  });

  it('follows only the pointer that drags: a second finger at the edge scrolls nothing', () => {
    const { view, scrolls, move, runFrames, frames } = fakeWindow();
    const stop = scrollAtEdges(view, at(600, 400), 1);
    move(600, 200, 2);
    move(600, 0, 2);
    runFrames(1000);
    expect(scrolls).toEqual([]);
    expect(frames.size).toBe(0);
    move(600, 200, 1);
    move(600, 0, 1);
    runFrames(1016);
    expect(scrolls).toHaveLength(1);
    stop();
  });

  it('leaves the window to itself for dnd-kit, anything else is dnd-kit’s', () => {
    expect(notTheWindow(document.documentElement)).toBe(false);
    expect(notTheWindow(document.body)).toBe(true);
  });
});

// The measurements, one browser page at a time. Each function drives the page the way a person
// would (navigation, mouse, keyboard) and reads timings the page itself took (performance.now()
// inside Chromium), so the round trips of the automation protocol are not in the figures.
/* global window, document, CSS, innerHeight -- in the functions handed to page.evaluate, which run in Chromium. */
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boardRecord } from './boards.mjs';
import {
  armDropWatch,
  armUndoWatch,
  containerOf,
  dropResult,
  heapFromPerformanceMemory,
  idleFrames,
  installLoadProbe,
  seedBoard,
  startFrames,
  stopFrames,
  timeDexiePuts,
  timeStrictPuts,
  undoResult,
  waitPrintReady,
} from './inpage.mjs';
import { intervals, median } from './stats.mjs';
import { BLANK_PAGE, DEXIE_MODULE, DROP_FLOOR_PAGE, prepareWebRoot } from './build.mjs';
import { startServer } from '../serve.mjs';
import { countPdfPages, PDF_OPTIONS, pdfHash } from './pdf.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

/** A wall display or projector, as in a workshop room: four outcome columns side by side. */
export const VIEWPORT = { width: 1920, height: 1080 };

/**
 * Chromium with a profile on disk, so IndexedDB writes really go to disk with strict durability
 * (an incognito context keeps IndexedDB in memory, which would flatter every save figure).
 */
export async function launch() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'ownership-board-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
  });
  await context.addInitScript(installLoadProbe);
  const problems = [];
  /** The page's errors go into the run's problems. */
  const watched = (page) => {
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    return page;
  };
  const page = watched(context.pages()[0] ?? (await context.newPage()));
  const cdp = await context.newCDPSession(page);
  return {
    context,
    page,
    cdp,
    problems,
    /**
     * A new tab: a renderer process of its own (navigating the run's page, even through
     * about:blank, keeps the renderer that has run the app), as the desktop's hidden PDF window is
     * a new window.
     */
    newPage: async () => watched(await context.newPage()),
    version: context.browser()?.version() ?? 'unknown',
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * For the diagnostic scripts (diagnose.mjs, bound.mjs): a private copy of the web build, served,
 * and a browser, handed to `use` and closed afterwards, whatever happens.
 */
export async function withServedApp({ minify = true } = {}, use) {
  const web = await prepareWebRoot({ minify });
  try {
    const server = await startServer({ root: web.root, port: 0 });
    try {
      const browser = await launch();
      try {
        return await use({ web, server, browser });
      } finally {
        await browser.close();
      }
    } finally {
      await server.close();
    }
  } finally {
    await web.dispose();
  }
}

/** Runs a script's `main`: a failure is printed under the script's name and the exit code is 1. */
export async function runScript(name, main) {
  try {
    await main();
  } catch (error) {
    process.stderr.write(`[${name}] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}

/**
 * Waits for the load probe's moment over plain CDP (Runtime.evaluate awaiting its promise): no
 * Playwright helper script is put into the page while it loads. (waitForFunction injects one, and
 * compiling it took 8-10 ms of the page's main thread in the middle of the start-up it measured.)
 */
export async function waitForLoad(page, timeoutMs) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const evaluation = cdp.send('Runtime.evaluate', { expression: 'window.__bench.loaded', awaitPromise: true, returnByValue: true });
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`The page did not finish loading within ${String(timeoutMs)} ms.`));
      }, timeoutMs);
    });
    try {
      const { result, exceptionDetails } = await Promise.race([evaluation, timeout]);
      if (exceptionDetails || typeof result.value !== 'number') throw new Error(`The load probe gave no time: ${exceptionDetails?.text ?? JSON.stringify(result)}`);
      return result.value;
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * One load of `url` from an empty page, as the desktop app starts (going from a page to itself
 * would also time tearing down the previous document, ≈ 25 ms for the large board), until the load
 * probe's moment (ms after navigation). The blank floor and the app's loads are both taken so.
 */
export async function loadFresh(page, url, timeoutMs) {
  await page.goto('about:blank');
  await page.goto(url);
  return waitForLoad(page, timeoutMs);
}

/** The app's address on the bench's server, with the probes on (`?probe`: the save times, the render counts). */
export const appUrl = (baseUrl) => `${baseUrl}/?probe`;

/** One load of the blank page: to parsed, painted and idle. */
export const loadBlank = (page, baseUrl) => loadFresh(page, `${baseUrl}/${BLANK_PAGE}`, 10_000);

/** One load of the app, likewise: to the board shown and interactive. */
export const loadApp = (page, baseUrl, timeoutMs) => loadFresh(page, appUrl(baseUrl), timeoutMs);

/** Blank page loads, `runs` times (after one uncounted). */
export async function measureBlankLoad(page, baseUrl, runs) {
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    const ms = await loadBlank(page, baseUrl);
    if (i > 0) times.push(ms);
  }
  return times;
}

/** Idle frame intervals on the current page. */
export async function measureIdleFrames(page, ms) {
  return intervals(await page.evaluate(idleFrames, { ms }));
}

/** Raw IndexedDB puts of one record, durability 'strict' (the first is a warm-up, not counted). */
export async function measureStrictPuts(page, runs, record) {
  const times = await page.evaluate(timeStrictPuts, { runs: runs + 1, record });
  return times.slice(1);
}

/** The same through Dexie (the put floor): on a page of the bench's server, which serves Dexie too. */
export async function measureDexiePuts(page, baseUrl, runs) {
  const times = await page.evaluate(timeDexiePuts, { runs: runs + 1, dexieUrl: `${baseUrl}/${DEXIE_MODULE}` });
  return times.slice(1);
}

/**
 * The drops' gesture, up to the release: press at `from`, a first step past the activation
 * distance, then `steps` moves in all to `to`. The caller releases (after arming what it watches).
 */
export async function pressAndMove(page, from, to, steps) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (const point of pathPoints([from, { x: from.x + 8, y: from.y + 8 }, to], steps)) await page.mouse.move(point.x, point.y);
}

/**
 * The drop floor (drop-floor/page.js): `count` drags of `steps` moves, like measureDrops, on a page
 * with one card, each saved at the release by one strict put in a worker. Returns, per drop, the
 * time from the release to the put committed, and to the worker starting on it (ms).
 */
export async function measureDropFloor(page, baseUrl, { count, steps }) {
  await page.goto(`${baseUrl}/${DROP_FLOOR_PAGE}`);
  await page.evaluate(() => window.__dropFloor.ready);
  const { card, zone } = await page.evaluate(() => ({ card: window.__dropFloor.card(), zone: window.__dropFloor.zone() }));
  const from = { x: card.x + card.width / 2, y: card.y + card.height / 2 };
  const to = { x: zone.x + zone.width / 2, y: zone.y + 24 };
  for (let i = 0; i < count; i++) {
    await pressAndMove(page, from, to, steps);
    await page.mouse.up();
    await page.waitForFunction((n) => window.__dropFloor.results.length >= n, i + 1, { timeout: 10_000 });
    await page.waitForTimeout(30);
  }
  const results = await page.evaluate(() => window.__dropFloor.results);
  return results.map((r) => ({ dropToSavedMs: r.committedAt - r.upAt, dropToReceivedMs: r.receivedAt - r.upAt }));
}

/** Opens the app once (it creates its database), then stores `board` as the last open board. */
export async function seed(page, baseUrl, board) {
  await page.goto(appUrl(baseUrl));
  await page.getByRole('status', { name: 'Save status' }).waitFor({ timeout: 30_000 });
  await page.evaluate(seedBoard, { record: boardRecord(board) });
  await page.evaluate(
    (expected) => {
      sessionStorage.setItem('bench-expect', JSON.stringify(expected));
    },
    { outcomes: board.outcomes.length, activities: board.activities.length, containers: expectedContainers(board) },
  );
}

/**
 * What the load probe expects of each container (outcome id, or 'parking-lot'): its activity ids
 * in order, so it can tell that what falls within the viewport is shown on a board that mounts
 * only the activities near the viewport.
 */
export function expectedContainers(board) {
  const containers = { 'parking-lot': [] };
  for (const outcome of board.outcomes) containers[outcome.id] = [];
  for (const activity of board.activities) containers[activity.outcomeId ?? 'parking-lot']?.push(activity.id);
  return containers;
}

/**
 * App load: navigation to the board shown (every card, every activity within the viewport) and
 * interactive, `runs` times (after a warm-up if asked), stopping early once `boxMs` have passed
 * and at least one load was counted. Each counted load is paired with a load of the blank page
 * just before it, in the same browser at the same moment: the floor the load is judged against
 * (`blank`), measured under the same conditions as the load itself rather than once at the start,
 * when the freshly launched browser is still busy with its own start-up.
 */
export async function measureLoad(page, baseUrl, { runs, warmup, timeoutMs, boxMs = Infinity }) {
  const times = [];
  const blank = [];
  const skip = warmup ? 1 : 0;
  const began = Date.now();
  for (let i = 0; i < runs + skip; i++) {
    if (times.length > 0 && Date.now() - began > boxMs) break;
    const blankMs = i >= skip ? await loadBlank(page, baseUrl) : null;
    const ms = await loadApp(page, baseUrl, timeoutMs);
    if (blankMs !== null) {
      times.push(ms);
      blank.push(blankMs);
    }
  }
  return { times, blank };
}

/** JS heap in use after a garbage collection, in bytes (CDP Performance.getMetrics). */
export async function measureHeap(page, cdp) {
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.disable');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.send('Performance.disable');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
    if (used) return { bytes: used.value, source: 'CDP' };
  } catch {
    // fall through to performance.memory
  }
  const bytes = await page.evaluate(heapFromPerformanceMemory);
  return { bytes, source: 'performance.memory' };
}

async function centreOf(locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('An element the drag needs is not on screen.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

/** Points along a polyline, `steps` of them, evenly spaced by length (the last is the end). */
export function pathPoints(waypoints, steps) {
  const lengths = [];
  let total = 0;
  for (let i = 1; i < waypoints.length; i++) {
    const length = Math.hypot(waypoints[i].x - waypoints[i - 1].x, waypoints[i].y - waypoints[i - 1].y);
    lengths.push(length);
    total += length;
  }
  const points = [];
  for (let s = 1; s <= steps; s++) {
    let distance = (total * s) / steps;
    let segment = 0;
    while (segment < lengths.length - 1 && distance > lengths[segment]) {
      distance -= lengths[segment];
      segment++;
    }
    const from = waypoints[segment];
    const to = waypoints[segment + 1];
    const t = lengths[segment] === 0 ? 1 : Math.min(1, distance / lengths[segment]);
    points.push({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t });
  }
  return points;
}

/** The outcome cards whose top part is on screen, in reading order: [{ id, box }]. */
async function visibleOutcomes(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('section[data-outcome-id]')]
      .map((section) => {
        const rect = section.getBoundingClientRect();
        const first = section.querySelector('.activity-card__title');
        const firstRect = first?.getBoundingClientRect();
        return {
          id: section.getAttribute('data-outcome-id'),
          box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
          firstActivity: firstRect ? { x: firstRect.x, y: firstRect.y, width: firstRect.width, height: firstRect.height } : null,
          firstActivityId: first?.closest('[data-activity-id]')?.getAttribute('data-activity-id') ?? null,
        };
      })
      .filter((card) => card.box.y >= 0 && card.firstActivity !== null && card.firstActivity.y + card.firstActivity.height < innerHeight - 40),
  );
}

/**
 * The drag the frame figures come from: press on the first activity of the first outcome, move in
 * `steps` steps across the other outcome cards in view (up to four; three on the 1920 × 1080
 * screen), through their middles, and drop it before the first activity of the last card crossed. Returns frame intervals, the time it took,
 * the drop's save timing and render counts for the whole gesture and for the drop alone.
 */
export async function measureDragFrames(page, steps) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const cards = await visibleOutcomes(page);
  if (cards.length < 2) throw new Error(`Only ${cards.length} outcome card(s) with activities are on screen; the drag needs 2.`);
  const [source, ...others] = cards;
  const activityId = source.firstActivityId;
  const button = page.locator(`[data-activity-id="${activityId}"] .activity-card__title`);
  const start = await centreOf(button);
  const crossed = others.slice(0, 4);
  const last = crossed[crossed.length - 1];
  // Inside the middle band of the screen: dnd-kit scrolls the page when the pointer comes within
  // a fifth of the viewport of its edge, and a scrolling page is not what this measures.
  const middleY = (card) => Math.max(VIEWPORT.height * 0.3, Math.min(card.box.y + card.box.height / 2, VIEWPORT.height * 0.7));
  const waypoints = [
    { x: start.x, y: start.y },
    { x: start.x + 8, y: start.y + 8 },
    ...crossed.slice(0, -1).map((card) => ({ x: card.box.x + card.box.width / 2, y: middleY(card) })),
    // End: on the upper half of the last card's first activity (insert before it).
    { x: last.firstActivity.x + last.firstActivity.width / 2, y: last.firstActivity.y + 4 },
  ];
  const points = pathPoints(waypoints, steps);

  await page.evaluate(() => window.__ownershipBoardRenders?.counts.clear());
  await page.evaluate(startFrames);
  const began = Date.now();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (const point of points) await page.mouse.move(point.x, point.y);
  const gestureRenders = await page.evaluate(() => (window.__ownershipBoardRenders ? Object.fromEntries(window.__ownershipBoardRenders.counts) : null));
  await page.evaluate(armDropWatch, { activityId, toId: last.id });
  await page.mouse.up();
  const frames = await page.evaluate(stopFrames, { settleFrames: 3 });
  const tookMs = Date.now() - began;
  const drop = await page.evaluate(dropResult, { timeoutMs: 15_000 });
  const landed = await page.evaluate(containerOf, { activityId });
  if (landed.outcomeId !== last.id) {
    throw new Error(`The scripted drag did not land: ${activityId} is in ${landed.outcomeId ?? 'the parking lot'}, not ${last.id}.`);
  }
  // dnd-kit swallows the click right after a drop; the next gesture comes later, as a person's does.
  await page.waitForTimeout(100);
  return { intervals: intervals(frames), frameCount: frames.length, tookMs, dragRenders: gestureRenders, drop, crossed: crossed.length };
}

/**
 * Drops for the save figures: the same activity dragged back and forth between the first two
 * outcome cards on screen, each time before the other card's first activity, `count` times (or
 * fewer, but at least `minCount`, when `boxMs` run out). Each drop gives drop -> "Saved" and the
 * render counts since just before the release.
 */
export async function measureDrops(page, { count, steps: stepsPerDrag, boxMs = Infinity, minCount = 1 }) {
  const began = Date.now();
  await page.evaluate(() => window.scrollTo(0, 0));
  const cards = await visibleOutcomes(page);
  if (cards.length < 2) throw new Error('Fewer than two outcome cards are on screen.');
  const [a, b] = cards;
  const activityId = a.firstActivityId;
  const results = [];
  let from = a;
  let to = b;
  for (let i = 0; i < count; i++) {
    if (results.length >= minCount && Date.now() - began > boxMs) break;
    const [fresh] = await page.evaluate(
      ({ fromId, toId, activityId: id }) => {
        const buttonOf = (activity) => activity?.querySelector('.activity-card__title')?.getBoundingClientRect() ?? null;
        const target = document.querySelector(`section[data-outcome-id="${CSS.escape(toId)}"] [data-activity-id]`);
        const source = document.querySelector(`section[data-outcome-id="${CSS.escape(fromId)}"] [data-activity-id="${CSS.escape(id)}"]`);
        const s = buttonOf(source);
        const t = buttonOf(target);
        return [s && t ? { s: { x: s.x + s.width / 2, y: s.y + s.height / 2 }, t: { x: t.x + t.width / 2, y: t.y + 4 } } : null];
      },
      { fromId: from.id, toId: to.id, activityId },
    );
    if (!fresh) throw new Error(`Drop ${i + 1}: the activity or the target is not on screen.`);
    await pressAndMove(page, fresh.s, fresh.t, stepsPerDrag);
    await page.evaluate(armDropWatch, { activityId, toId: to.id });
    await page.mouse.up();
    const drop = await page.evaluate(dropResult, { timeoutMs: 15_000 });
    const landed = await page.evaluate(containerOf, { activityId });
    if (landed.outcomeId !== to.id) throw new Error(`Drop ${i + 1} did not land in ${to.id} (it is in ${landed.outcomeId ?? 'the parking lot'}).`);
    if (drop.failed) throw new Error(`Drop ${i + 1}: saving failed: ${drop.failed}`);
    if (drop.savedAt === null || drop.upAt === null) throw new Error(`Drop ${i + 1}: the drop was never shown with the save status "Saved".`);
    results.push({
      // Drop -> transaction committed (the save worker's commit time); without it, drop -> "Saved" shown.
      dropToSavedMs: (drop.committedAt ?? drop.savedAt) - drop.upAt,
      committed: drop.committedAt !== null,
      dropToSavedShownMs: drop.savedAt - drop.upAt,
      dropToSentMs: drop.sentAt == null ? null : drop.sentAt - drop.upAt,
      dropToReceivedMs: drop.receivedAt == null ? null : drop.receivedAt - drop.upAt,
      dropToAnsweredMs: drop.answeredAt == null ? null : drop.answeredAt - drop.upAt,
      dropToDrawnMs: drop.drawnAt - drop.upAt,
      renders: drop.renders,
    });
    [from, to] = [to, from];
    await page.waitForTimeout(30);
  }
  return { activityId, results };
}

/** Ctrl+Z, `count` times, each timed from keydown to the DOM showing the activity back (and the next frame). */
export async function measureUndo(page, activityId, count) {
  const results = [];
  for (let i = 0; i < count; i++) {
    await page.evaluate(armUndoWatch, { activityId });
    await page.keyboard.press('Control+z');
    const watch = await page.evaluate(undoResult, { timeoutMs: 10_000 });
    if (watch.domAt === null || watch.keyAt === null) throw new Error(`Undo ${i + 1}: the board did not change.`);
    results.push({ domMs: watch.domAt - watch.keyAt, frameMs: watch.frameAt === null ? null : watch.frameAt - watch.keyAt });
    await page.waitForTimeout(50);
  }
  return results;
}

/**
 * The print view to PDF, as the desktop app makes it: in a new tab, navigation to the print
 * route, its printReady flag, page.pdf. Returns { state: 'timeout' | 'failed' } when the view
 * never says it is ready within `readyTimeoutMs` or says it cannot print.
 */
export async function measurePdf(browser, baseUrl, boardId, readyTimeoutMs) {
  const hash = pdfHash(boardId);
  // A new tab: a fresh renderer, as the desktop's new hidden window is. PDFs made one after the
  // other in the same renderer get faster as its caches warm (the large board's, each after a load
  // of the app in that tab: 5.7, 4.9, 5.0, 4.2, 3.9 s; each in a new tab: 5.9, 5.1, 5.2, 5.2, 5.4).
  const page = await browser.newPage();
  try {
    const began = Date.now();
    await page.goto(`${baseUrl}/${hash}`);
    const ready = await page.evaluate(waitPrintReady, { timeoutMs: readyTimeoutMs });
    if (ready.state !== 'true') return { state: ready.state };
    const readyMs = Date.now() - began;
    const pdf = await page.pdf(PDF_OPTIONS);
    const totalMs = Date.now() - began;
    return { state: 'ready', totalMs, readyMs, pdfOnlyMs: totalMs - readyMs, pages: countPdfPages(pdf), bytes: pdf.length };
  } finally {
    await page.close();
  }
}

export { median };

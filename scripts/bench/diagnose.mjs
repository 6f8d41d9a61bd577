#!/usr/bin/env node
// Why the figures are what they are: the evidence behind docs/performance.md.
//
//   node scripts/bench/diagnose.mjs [--size large] [--out DIR]
//
// Builds the renderer unminified (readable function names), opens a generated board in Chromium
// and records, for one load and one drag-and-drop (press, 4 moves, release):
//   - which React components rendered in each commit, by name (a stand-in DevTools hook);
//   - the renderer main thread's work by kind (script, style, layout, paint, GC) from a trace;
//   - the long tasks of the gesture, and the IndexedDB events of the save after the drop;
//   - the functions with the most self time during the gesture (CPU profile).
// Prints a report; with --out also writes the trace and the CPU profile for DevTools.
/* global window, document -- in the functions handed to page.evaluate, which run in Chromium. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateBoard } from './boards.mjs';
import { armDropWatch, dropResult, installRenderCounter } from './inpage.mjs';
import { appUrl, pressAndMove, runScript, seed, waitForLoad, withServedApp } from './session.mjs';
import { topSelfTime } from './stats.mjs';

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'IndexedDB', 'toplevel'];

/** Main-thread event names, grouped the way DevTools' summary groups them. */
const KIND = [
  [/^(FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.run|V8\.Execute|v8\.callFunction|V8\.StackGuard|V8\.HandleInterrupts)$/u, 'script'],
  [/^(v8\.compile|V8\.CompileCode|v8\.parseOnBackground|V8\.ParseFunction|V8\.CompileLazy|v8\.produceCache|v8\.compileModule|V8\.CompileModule|CompileScript)/u, 'compile'],
  [/GC|Scavenger|Sweep|Mark/u, 'gc'],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/u, 'style'],
  [/^(Layout|UpdateLayerTree|IntersectionObserverController::computeIntersections)$/u, 'layout'],
  [/^(PrePaint|Paint|Layerize|Commit|CompositeLayers|UpdateLayer|PaintImage)$/u, 'paint'],
  [/^ParseHTML$/u, 'html'],
  [/^IDB/u, 'indexeddb'],
];

function kindOf(name) {
  for (const [pattern, kind] of KIND) if (pattern.test(name)) return kind;
  return null;
}

async function trace(cdp, during) {
  const events = [];
  const onData = (message) => events.push(...message.value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES } });
  const result = await during();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  return { events, result };
}

/** The renderer main thread of the page (the one that ran our pointer events or the page's scripts). */
function mainThreadEvents(events) {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // The busiest renderer main thread is the page's (others are about:blank or extensions).
  const busy = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key) && e.ph === 'X') busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  const [page] = [...busy].sort((a, b) => b[1] - a[1])[0] ?? [];
  return events.filter((e) => `${e.pid}:${e.tid}` === page && (e.ph === 'X' || e.ph === 'I' || e.ph === 'i')).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/**
 * Self time by kind between two trace timestamps (µs): each complete event's own time (its
 * duration minus its children's), under its kind or, for generic events, its parent's kind.
 */
function selfTimeByKind(events, from, to) {
  const result = {};
  const open = [];
  const flush = (upTo) => {
    while (open.length > 0 && open.at(-1).end <= upTo) {
      const frame = open.pop();
      if (frame.kind) result[frame.kind] = (result[frame.kind] ?? 0) + Math.max(0, frame.dur - frame.childTime);
    }
  };
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < from || e.ts > to) continue;
    flush(e.ts);
    const parent = open.at(-1);
    const kind = kindOf(e.name) ?? parent?.kind ?? null;
    if (parent) parent.childTime += e.dur ?? 0;
    open.push({ end: e.ts + (e.dur ?? 0), kind, dur: e.dur ?? 0, childTime: 0 });
  }
  flush(Infinity);
  return Object.fromEntries(
    Object.entries(result)
      .map(([kind, us]) => [kind, Math.round(us / 100) / 10])
      .sort((a, b) => b[1] - a[1]),
  );
}

function longTasks(events, from, to, thresholdMs = 16) {
  return events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts >= from && e.ts <= to && (e.dur ?? 0) >= thresholdMs * 1000)
    .map((e) => ({ atMs: Math.round((e.ts - from) / 100) / 10, durMs: Math.round(e.dur / 100) / 10 }));
}

function sumCounts(commits) {
  const total = {};
  for (const commit of commits) for (const [name, n] of Object.entries(commit.counts)) total[name] = (total[name] ?? 0) + n;
  return Object.fromEntries(Object.entries(total).sort((a, b) => b[1] - a[1]));
}

function print(title, value) {
  process.stdout.write(`\n## ${title}\n${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}\n`);
}

async function main() {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { size: { type: 'string', default: 'large' }, out: { type: 'string' } } });
  const size = values.size;
  const board = generateBoard(size);
  await withServedApp({ minify: false }, async ({ server, browser }) => {
    const { page, cdp, context } = browser;
    await context.addInitScript(installRenderCounter);
    await seed(page, server.url, board);
    print('Board', `${size}: ${board.outcomes.length} outcomes, ${board.activities.length} activities, ${board.people.length} people (unminified build, Chromium ${browser.version})`);

    // 1. Load.
    const load = await trace(cdp, async () => {
      await page.goto(appUrl(server.url));
      await waitForLoad(page, 90_000);
      return page.evaluate(() => ({ loadMs: window.__bench.loadMs, origin: performance.timeOrigin, commits: window.__benchCommits }));
    });
    const loadMain = mainThreadEvents(load.events);
    const navStart = load.events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts ?? loadMain[0]?.ts ?? 0;
    const loadWalk = load.result.commits.reduce((sum, c) => sum + c.walkMs, 0);
    print('Load: navigation to board shown and interactive', `${Math.round(load.result.loadMs)} ms (this build, with the render counter's own ${Math.round(loadWalk)} ms of fiber walking)`);
    print('Load: main-thread self time by kind (ms)', selfTimeByKind(loadMain, navStart, navStart + load.result.loadMs * 1000));
    print('Load: long tasks (ms from navigation)', longTasks(loadMain, navStart, navStart + load.result.loadMs * 1000, 50));
    print('Load: components rendered', { commits: load.result.commits.length, ...sumCounts(load.result.commits) });

    // 2. One drag and drop between the first two cards: press, 4 moves, release.
    await page.evaluate(() => window.scrollTo(0, 0));
    const points = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('section[data-outcome-id]')].slice(0, 2);
      const [a, b] = cards.map((card) => card.querySelector('.activity-card__title')?.getBoundingClientRect());
      const activityId = cards[0]?.querySelector('[data-activity-id]')?.getAttribute('data-activity-id');
      const toId = cards[1]?.getAttribute('data-outcome-id');
      return a && b ? { s: { x: a.x + a.width / 2, y: a.y + a.height / 2 }, t: { x: b.x + b.width / 2, y: b.y + 4 }, activityId, toId } : null;
    });
    if (!points) throw new Error('The first two outcome cards have no activities on screen.');
    await page.evaluate(() => {
      window.__benchCommits.length = 0;
      window.__benchMarks = {};
      for (const type of ['pointerdown', 'pointerup']) {
        window.addEventListener(type, () => { window.__benchMarks[type] = performance.now(); }, { capture: true, once: true });
      }
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    const gesture = await trace(cdp, async () => {
      await pressAndMove(page, points.s, points.t, 4);
      await page.evaluate(armDropWatch, { activityId: points.activityId, toId: points.toId });
      await page.mouse.up();
      const drop = await page.evaluate(dropResult, { timeoutMs: 30_000 });
      return { drop, marks: await page.evaluate(() => window.__benchMarks), commits: await page.evaluate(() => window.__benchCommits), origin: await page.evaluate(() => performance.timeOrigin) };
    });
    const { profile } = await cdp.send('Profiler.stop');
    const { drop, marks, commits } = gesture.result;
    const main = mainThreadEvents(gesture.events);
    // Trace timestamps are µs on the same clock as performance.timeOrigin + performance.now() (ms).
    const downEvent = main.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown');
    const upEvent = main.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerup');
    const toTrace = (ms) => (downEvent ? downEvent.ts + (ms - marks.pointerdown) * 1000 : 0);
    const phases = {
      'press + moves (drag start, drag over)': [toTrace(marks.pointerdown), upEvent?.ts ?? toTrace(marks.pointerup)],
      'release -> "Saved"': [upEvent?.ts ?? toTrace(marks.pointerup), toTrace(drop.savedAt ?? marks.pointerup)],
    };
    const byPhase = (from, to) => commits.filter((c) => c.at >= from && c.at <= to);
    print('Drag and drop: commits and components rendered, by phase', {
      'press + moves': { commits: byPhase(marks.pointerdown, marks.pointerup).length, ...sumCounts(byPhase(marks.pointerdown, marks.pointerup)) },
      'release -> Saved': { commits: byPhase(marks.pointerup, Infinity).length, ...sumCounts(byPhase(marks.pointerup, Infinity)) },
      perCommit: commits.map((c) => ({ atMs: Math.round(c.at - marks.pointerdown), ActivityCard: c.counts.ActivityCard ?? 0, OutcomeCard: c.counts.OutcomeCard ?? 0, total: Object.values(c.counts).reduce((a, b) => a + b, 0) })),
    });
    for (const [phase, [from, to]] of Object.entries(phases)) {
      print(`Drag and drop, ${phase}: ${Math.round((to - from) / 1000)} ms; main-thread self time by kind (ms)`, selfTimeByKind(main, from, to));
      print(`Drag and drop, ${phase}: long tasks (ms from the start of the phase)`, longTasks(main, from, to));
    }
    const [upFrom, savedTo] = phases['release -> "Saved"'];
    const idb = main
      .filter((e) => e.ts >= upFrom && e.ts <= savedTo + 5000 && /^IDB|IndexedDB/u.test(e.name))
      .map((e) => `${(Math.round((e.ts - upFrom) / 100) / 10).toFixed(1).padStart(8)} ms  ${e.name}${e.dur ? ` (${Math.round(e.dur / 100) / 10} ms)` : ''}`);
    print('Release -> Saved: IndexedDB on the main thread (ms after pointerup)', [`drop -> drawn ${Math.round(drop.drawnAt - drop.upAt)} ms, -> "Saved" shown ${Math.round(drop.savedAt - drop.upAt)} ms`, ...idb].join('\n'));
    print('Drag and drop: top self time (CPU profile, ms)', topSelfTime(profile, 25));

    if (values.out) {
      const out = resolve(values.out);
      await mkdir(out, { recursive: true });
      await writeFile(join(out, `load-${size}.trace.json`), JSON.stringify({ traceEvents: load.events }));
      await writeFile(join(out, `drop-${size}.trace.json`), JSON.stringify({ traceEvents: gesture.events }));
      await writeFile(join(out, `drop-${size}.cpuprofile`), JSON.stringify(profile));
      process.stderr.write(`[diagnose] wrote traces and the CPU profile to ${out}\n`);
    }
  });
}

await runScript('diagnose', main);

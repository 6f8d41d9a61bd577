#!/usr/bin/env node
// The performance benchmark: `npm run bench` (after `npm run build:web`).
//
//   node scripts/bench/run.mjs [--smoke] [--json FILE] [--sizes small,large] [--build] [--time-box SECONDS]
//
// Serves a private copy of the browser build (dist/web) on loopback, drives Debian's Chromium
// through playwright-core, and measures, for generated boards of four sizes: load, frame intervals
// during a 60-step mouse drag, renders per drop, drop -> "Saved", undo, JSON export/import (in
// Node, on the app's own shared/format code), PDF of the print view, JS heap and bundle size —
// next to the floors measured in the same run (blank page load, a strict IndexedDB put, the idle
// frame). Prints a table with the budget; `--json FILE` writes the figures (and FILE's
// `.details.json` sibling the raw samples). A budget miss never fails the command; a measure that
// could not be taken does (exit code 1). `--smoke` measures only the small board, briefly, for CI.
// `--build` builds a fresh copy instead of using dist/web. The run keeps to a time box (285 s, smoke
// 55 s): a measure that would not fit is skipped with a note, not counted as broken.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { boardRecord, generateBoard, SIZES } from './boards.mjs';
import { bundleSize, compileFormat, prepareWebRoot } from './build.mjs';
import { checkBudgets, formatReport, SIZE_ORDER } from './budgets.mjs';
import {
  launch,
  measureBlankLoad,
  measureDexiePuts,
  measureDragFrames,
  measureDropFloor,
  measureDrops,
  measureHeap,
  measureIdleFrames,
  measureLoad,
  measurePdf,
  measureStrictPuts,
  measureUndo,
  seed,
  VIEWPORT,
} from './session.mjs';
import { median, percentile, round, summarise } from './stats.mjs';
import { startServer } from '../serve.mjs';

/**
 * Repetitions per size: enough for stable medians while the whole run stays under five minutes on
 * two cores. On the huge board one drag costs seconds (see docs/performance.md), so it gets fewer.
 * `loadWarmup`: one extra, uncounted load first (code cache, disk cache). Loads are cheap and
 * spread wide (one run's large loads over 10–16 ms, in two groups), so they get 15: with 5, the
 * median moved by up to 9 ms from run to run, more than the margin it is judged by. `pdfRuns`: the
 * large board's PDF, made alone, ranged over a second from one to the next (4.1–6.3 s), so its
 * figure is the median of five, each in a new tab.
 */
const FULL_PLAN = {
  blankRuns: 7,
  floorPuts: 30,
  floorDrops: 30,
  idleFrameMs: 1500,
  sizes: {
    small: { loadRuns: 15, loadWarmup: true, loadBoxMs: 30_000, drags: 3, drops: 30, dropBoxMs: 60_000, minDrops: 10, undos: 10, formatRuns: 30, boardPuts: 5, pdfRuns: 5 },
    workshop: { loadRuns: 15, loadWarmup: true, loadBoxMs: 30_000, drags: 3, drops: 30, dropBoxMs: 60_000, minDrops: 10, undos: 10, formatRuns: 30, boardPuts: 5, pdfRuns: 5 },
    large: { loadRuns: 15, loadWarmup: true, loadBoxMs: 30_000, drags: 3, drops: 30, dropBoxMs: 60_000, minDrops: 10, undos: 10, formatRuns: 15, boardPuts: 5, pdfRuns: 5 },
    huge: { loadRuns: 2, loadWarmup: false, loadBoxMs: 12_000, drags: 1, drops: 8, dropBoxMs: 35_000, minDrops: 4, undos: 5, formatRuns: 5, boardPuts: 3, pdfRuns: 1 },
  },
};

const SMOKE_PLAN = {
  blankRuns: 3,
  floorPuts: 10,
  floorDrops: 3,
  idleFrameMs: 500,
  sizes: {
    small: { loadRuns: 2, loadWarmup: true, loadBoxMs: 10_000, drags: 1, drops: 5, dropBoxMs: 10_000, minDrops: 3, undos: 3, formatRuns: 5, boardPuts: 2, pdfRuns: 1 },
  },
};

const DRAG_STEPS = 60;
/** Steps of the drags for the save figures: enough to start a drag and cross to the other card. */
const STEPS_PER_DROP = 4;
const PRINT_READY_TIMEOUT_MS = 20_000;
const FORMAT_OPTIONS = { appVersion: 'bench', now: '2026-03-14T10:00:00.000Z' };

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function parseCli(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: false },
      json: { type: 'string' },
      sizes: { type: 'string' },
      build: { type: 'boolean', default: false },
      'time-box': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  return values;
}

/** Times fn() `runs` times (after one warm-up) and returns the samples in ms. */
function timeRuns(runs, fn) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** JSON export and import+validation of `board`, with the app's own shared/format, in Node. */
function measureFormat(format, board, runs) {
  let text = '';
  const exportSamples = timeRuns(runs, () => {
    text = format.serializeBoard(board, FORMAT_OPTIONS);
  });
  let ids = 0;
  let result = null;
  const importSamples = timeRuns(runs, () => {
    result = format.parseBoardFile(text, { newId: () => `bench-import-${++ids}`, now: FORMAT_OPTIONS.now });
  });
  if (!result?.ok) throw new Error(`The generated board does not import: ${result?.error?.message ?? 'unknown'}`);
  if (result.warnings.length > 0) throw new Error(`The generated board imports with warnings: ${result.warnings.join(' ')}`);
  return { exportSamples, importSamples, bytes: Buffer.byteLength(text) };
}

/** The bundle mentions the print view's ready flag: otherwise there is no print view to wait for. */
async function bundleHasPrintView(root, files) {
  for (const file of files) {
    const text = await readFile(resolve(root, 'assets', file.name), 'utf8');
    if (text.includes('printReady') || text.includes('print-ready')) return true;
  }
  return false;
}

async function measureSize(name, plan, ctx) {
  const { browser, server, format, notes, details, hasPrintView, pairedBlankLoads } = ctx;
  const skipped = [];
  const heavy = SIZES[name].activities >= 5_000;
  const board = generateBoard(name);
  const figures = {
    loadMs: null,
    dragFrameP50Ms: null,
    dragFrameP95Ms: null,
    dragFrameMaxMs: null,
    rendersPerDrop: null,
    dropToSavedP50Ms: null,
    dropToSavedP95Ms: null,
    undoMs: null,
    exportJsonMs: null,
    importJsonMs: null,
    pdfMs: null,
    pdfPages: null,
    heapMB: null,
  };
  const detail = { board: SIZES[name], timings: {} };
  const extra = { undoToFrameMs: null, dropToDrawnP50Ms: null, dropToDrawnP95Ms: null, dropToSavedShownP50Ms: null, dropToSavedShownP95Ms: null, boardPutMs: null, dragLongFrameSharePct: null, rendersPerDrag: null };
  details.sizes[name] = detail;
  const failures = [];
  /** Runs one measure; skips it (a note, not a failure) when the run's time box can't hold `needsMs` more. */
  const step = async (label, fn, needsMs = 5_000) => {
    const started = Date.now();
    if (started + needsMs > ctx.deadline) {
      notes.push(`${name}: ${label} skipped to keep the run inside its time box (${Math.round((ctx.deadline - ctx.began) / 1000)} s).`);
      skipped.push(label);
      log(`${name}: ${label} skipped (time box)`);
      return;
    }
    try {
      await fn();
    } catch (error) {
      const message = `${name}: ${label} could not be measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      failures.push(message);
      notes.push(message);
    } finally {
      detail.timings[label] = Date.now() - started;
      log(`${name}: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  };

  await step('JSON export/import (Node)', async () => {
    const measured = measureFormat(format, board, plan.formatRuns);
    figures.exportJsonMs = round(median(measured.exportSamples), 2);
    figures.importJsonMs = round(median(measured.importSamples), 2);
    detail.format = { runtime: `Node ${process.version}`, fileBytes: measured.bytes, export: summaryOf(measured.exportSamples), import: summaryOf(measured.importSamples) };
  });

  const { page, cdp } = browser;
  let seeded = false;
  await step('seed', async () => {
    await seed(page, server.url, board);
    seeded = true;
  });
  if (!seeded) return { figures, failures, extra, skipped };

  await step('load', async () => {
    const { times: samples, blank } = await measureLoad(page, server.url, { runs: plan.loadRuns, warmup: plan.loadWarmup, timeoutMs: 90_000, boxMs: plan.loadBoxMs });
    if (samples.length < plan.loadRuns) notes.push(`${name}: ${samples.length} of ${plan.loadRuns} loads fitted in the time box.`);
    figures.loadMs = round(median(samples));
    pairedBlankLoads.push(...blank);
    detail.load = { samples: samples.map((s) => round(s)), blankBeforeEach: blank.map((s) => round(s)) };
  }, heavy ? 20_000 : 5_000);

  await step('heap', async () => {
    const heap = await measureHeap(page, cdp);
    if (typeof heap.bytes !== 'number') throw new Error('no heap figure from CDP or performance.memory');
    figures.heapMB = round(heap.bytes / (1024 * 1024));
    detail.heap = { bytes: heap.bytes, source: heap.source, note: 'MB = MiB (2^20 bytes), after a forced garbage collection' };
  });

  await step('drag frames', async () => {
    const all = [];
    const drags = [];
    for (let i = 0; i < plan.drags; i++) {
      const drag = await measureDragFrames(page, DRAG_STEPS);
      all.push(...drag.intervals);
      drags.push({
        frames: drag.frameCount,
        tookMs: drag.tookMs,
        crossedCards: drag.crossed,
        ...roundAll(summarise(drag.intervals)),
        firstFrameMs: round(drag.intervals[0] ?? null),
        longFramesOver50Ms: drag.intervals.filter((v) => v > 50).map((v) => round(v, 0)),
        // Percentiles count frames, not time: a few very long frames hide in p95. This is the time.
        shareOfGestureInFramesOver50MsPct: round((100 * sumOf(drag.intervals.filter((v) => v > 50))) / Math.max(1, sumOf(drag.intervals))),
        rendersDuringGesture: sumRenders(drag.dragRenders),
        rendersDuringGestureByKey: distinctCounts(drag.dragRenders),
        dropToSavedMs: drag.drop.savedAt !== null && drag.drop.upAt !== null ? round(drag.drop.savedAt - drag.drop.upAt) : null,
        rendersAtDrop: sumRenders(drag.drop.renders),
      });
    }
    const summary = summarise(all);
    extra.dragLongFrameSharePct = round((100 * sumOf(all.filter((v) => v > 50))) / Math.max(1, sumOf(all)));
    extra.rendersPerDrag = round(median(drags.map((d) => (d.rendersDuringGesture ?? Number.NaN) + (d.rendersAtDrop ?? Number.NaN))), 0);
    figures.dragFrameP50Ms = round(summary.p50);
    figures.dragFrameP95Ms = round(summary.p95);
    figures.dragFrameMaxMs = round(summary.max);
    detail.drag = { steps: DRAG_STEPS, drags };
  }, heavy ? 30_000 : 5_000);

  let moved = null;
  let dropsDone = 0;
  await step('drops', async () => {
    // Leave room for what follows (undo, the PDF) inside the run's time box.
    const boxMs = Math.max(0, Math.min(plan.dropBoxMs, ctx.deadline - Date.now() - (heavy ? 60_000 : 20_000)));
    const { activityId, results } = await measureDrops(page, { count: plan.drops, steps: STEPS_PER_DROP, boxMs, minCount: plan.minDrops });
    if (results.length < plan.drops) notes.push(`${name}: ${results.length} of ${plan.drops} drops fitted in the time box.`);
    moved = activityId;
    dropsDone = results.length;
    const saved = results.map((r) => r.dropToSavedMs);
    const renders = results.map((r) => sumRenders(r.renders));
    figures.dropToSavedP50Ms = round(percentile(saved, 50));
    figures.dropToSavedP95Ms = round(percentile(saved, 95));
    figures.rendersPerDrop = round(median(renders), 0);
    const drawn = results.map((r) => r.dropToDrawnMs);
    extra.dropToDrawnP50Ms = round(percentile(drawn, 50));
    extra.dropToDrawnP95Ms = round(percentile(drawn, 95));
    const shown = results.map((r) => r.dropToSavedShownMs);
    extra.dropToSavedShownP50Ms = round(percentile(shown, 50));
    extra.dropToSavedShownP95Ms = round(percentile(shown, 95));
    const uncommitted = results.filter((r) => !r.committed).length;
    if (uncommitted > 0) notes.push(`${name}: ${uncommitted} of ${results.length} drops reported no commit time (an older build?); drop -> saved used "Saved" shown for those.`);
    const last = results.at(-1)?.renders ?? {};
    detail.drops = {
      count: results.length,
      dropToSavedMs: saved.map((v) => round(v)),
      dropToSavedShownMs: shown.map((v) => round(v)),
      // From the drop to the patch being handed to the save worker (the window's share of drop -> saved).
      dropToSentMs: results.map((r) => round(r.dropToSentMs)),
      // ... and to the save worker starting on it (the rest, to drop -> saved, is the storage).
      dropToReceivedMs: results.map((r) => round(r.dropToReceivedMs)),
      // ... and to the window hearing that it committed.
      dropToAnsweredMs: results.map((r) => round(r.dropToAnsweredMs)),
      // From the drop to the DOM showing the activity in its new card.
      dropToDrawnMs: drawn.map((v) => round(v)),
      rendersPerDrop: renders,
      renderedKeysOnLastDrop: Object.keys(last).length,
      cardsTouchedPerDrop: 2,
      rendersByKeyOnLastDrop: distinctCounts(last),
    };
  });

  await step('undo', async () => {
    if (moved === null) {
      if (skipped.includes('drops')) {
        skipped.push('undo');
        return;
      }
      throw new Error('no drop to undo');
    }
    // Each undo takes back one of these drops (the history's newest entries); no further.
    const results = await measureUndo(page, moved, Math.min(plan.undos, dropsDone));
    figures.undoMs = round(median(results.map((r) => r.domMs)));
    detail.undo = {
      keydownToDomMs: results.map((r) => round(r.domMs)),
      keydownToNextFrameMs: results.map((r) => round(r.frameMs)),
      medianToNextFrameMs: round(median(results.map((r) => r.frameMs ?? Number.NaN))),
    };
    extra.undoToFrameMs = detail.undo.medianToNextFrameMs;
  });

  await step('strict put of the board record', async () => {
    const samples = await measureStrictPuts(page, plan.boardPuts, boardRecord(board));
    detail.boardRecordPut = { medianMs: round(median(samples)), samples: samples.map((s) => round(s)) };
    extra.boardPutMs = detail.boardRecordPut.medianMs;
  });

  await step('PDF', async () => {
    if (!hasPrintView.value) return;
    // Each in a new tab (measurePdf); the median of those that fit the time box, at least one.
    const made = [];
    while (made.length < plan.pdfRuns) {
      const longest = Math.max(0, ...made.map((pdf) => pdf.totalMs));
      if (made.length > 0 && Date.now() + longest > ctx.deadline) break;
      const pdf = await measurePdf(browser, server.url, board.id, PRINT_READY_TIMEOUT_MS);
      if (pdf.state === 'timeout') {
        notes.push(`${name}: the print view never set document.documentElement.dataset.printReady = 'true' within ${PRINT_READY_TIMEOUT_MS / 1000} s: pdfMs/pdfPages are null.`);
        return;
      }
      if (pdf.state === 'failed') throw new Error("the print view set printReady = 'failed' (it could not print the board)");
      made.push(pdf);
    }
    if (made.length < plan.pdfRuns) notes.push(`${name}: ${made.length} of ${plan.pdfRuns} PDFs fitted in the time box.`);
    if (new Set(made.map((pdf) => pdf.pages)).size > 1) throw new Error(`the same board printed to different page counts: ${made.map((pdf) => pdf.pages).join(', ')}`);
    figures.pdfMs = round(median(made.map((pdf) => pdf.totalMs)), 0);
    figures.pdfPages = made[0].pages;
    detail.pdf = {
      runs: made.length,
      totalMs: made.map((pdf) => pdf.totalMs),
      readyMs: made.map((pdf) => pdf.readyMs),
      pdfOnlyMs: made.map((pdf) => pdf.pdfOnlyMs),
      pages: made[0].pages,
      bytes: made[0].bytes,
    };
  }, heavy ? 45_000 : 15_000);

  return { figures, failures, extra, skipped };
}

function summaryOf(samples) {
  return roundAll(summarise(samples));
}

function roundAll(summary) {
  return { count: summary.count, p50: round(summary.p50), p95: round(summary.p95), max: round(summary.max) };
}

function sumOf(values) {
  return values.reduce((sum, v) => sum + v, 0);
}

function sumRenders(renders) {
  if (!renders) return null;
  return Object.values(renders).reduce((sum, n) => sum + n, 0);
}

/** { "outcome:*": n } style summary: how many keys rendered how many times. */
function distinctCounts(renders) {
  if (!renders) return null;
  const byCount = {};
  for (const [key, count] of Object.entries(renders)) {
    const kind = key.startsWith('outcome:') ? 'outcome cards' : key;
    const label = `${kind} × ${count}`;
    byCount[label] = (byCount[label] ?? 0) + 1;
  }
  return byCount;
}

async function main() {
  const options = parseCli(process.argv.slice(2));
  if (options.help) {
    process.stdout.write('Usage: node scripts/bench/run.mjs [--smoke] [--json FILE] [--sizes small,workshop,large,huge] [--build] [--time-box SECONDS]\n');
    return 0;
  }
  const began = Date.now();
  const plan = options.smoke ? SMOKE_PLAN : FULL_PLAN;
  // The whole run must fit in five minutes (one in smoke mode): measures that would not fit are
  // skipped with a note. Figures skipped that way are null, not broken.
  const timeBoxSeconds = Number(options['time-box'] ?? (options.smoke ? 55 : 285));
  if (!Number.isFinite(timeBoxSeconds) || timeBoxSeconds <= 0) throw new Error('--time-box takes a number of seconds');
  const deadline = began + timeBoxSeconds * 1000;
  const sizes = options.sizes ? options.sizes.split(',').map((s) => s.trim()).filter(Boolean) : Object.keys(plan.sizes);
  for (const size of sizes) {
    if (!SIZE_ORDER.includes(size)) throw new Error(`Unknown size "${size}" (sizes: ${SIZE_ORDER.join(', ')})`);
  }
  const notes = [];
  const failures = [];
  const details = {
    environment: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      viewport: VIEWPORT,
      mode: options.smoke ? 'smoke' : 'full',
      loadAverageAtStart: round(loadavg()[0], 2),
    },
    sizes: {},
  };
  const results = { floor: { blankLoadMs: null, dexiePutMs: null, frameMs: null } };
  const extras = {};
  const floorExtras = {};
  /** The blank page loaded at the start of the run (a warm-up; the floor only if no app load was measured). */
  let blankAtStart = [];
  const skippedBySize = {};

  const web = await prepareWebRoot({ fresh: options.build });
  log(web.built ? 'built a fresh browser version' : 'serving a copy of dist/web (run `npm run build:web` first for the current code)');
  let server = null;
  let browser = null;
  try {
    const bundle = await bundleSize(web.root);
    results.bundleGzipKB = round(bundle.totalKB);
    details.bundle = bundle;
    const hasPrintView = { value: await bundleHasPrintView(web.root, bundle.files) };
    if (!hasPrintView.value) {
      notes.push(
        "PDF: the build has no print view yet (nothing in the bundle sets dataset.printReady), so pdfMs/pdfPages are null. The bench opens #print?board=<id>&paper=A4&orientation=portrait&sections=cover,map,health,people, waits up to 20 s for printReady and times page.pdf once there is one.",
      );
    }
    const format = await compileFormat(web.workDir);
    notes.push('JSON export/import are timed in Node on shared/format compiled by Vite (the code the app bundles): serializeBoard and parseBoardFile (import = validation + building the board).');

    server = await startServer({ root: web.root, port: 0 });
    browser = await launch();
    details.environment.chromium = browser.version;
    log(`Chromium ${browser.version} at ${server.url}`);

    // Floors: a blank page from the same server, strict puts on the same origin, idle frames.
    try {
      // The blank page's loads at the start warm the browser up, and are the floor only if no app
      // load is measured: the floor is the blank loads paired with the app's (after the sizes).
      blankAtStart = await measureBlankLoad(browser.page, server.url, plan.blankRuns);
      const idle = await measureIdleFrames(browser.page, plan.idleFrameMs);
      results.floor.frameMs = round(median(idle));
      // The put floor as the issue defines it, a Dexie put; beside it the same put in raw IndexedDB
      // (the floor until the eighth session: stricter, and what the save worker writes with).
      const dexiePuts = await measureDexiePuts(browser.page, server.url, plan.floorPuts);
      const puts = await measureStrictPuts(browser.page, plan.floorPuts);
      results.floor.dexiePutMs = round(median(dexiePuts));
      floorExtras.idbPutMs = round(median(puts));
      details.floor = { blankLoadAtStartMs: blankAtStart.map((v) => round(v)), idleFrames: summaryOf(idle), dexiePutMs: summaryOf(dexiePuts), strictPutMs: summaryOf(puts) };
      // Not a budget floor: the same kind of put, sent at the release of the drops' scripted drag
      // on an empty page. What any app's drop -> saved would be at best on this machine.
      const drops = await measureDropFloor(browser.page, server.url, { count: plan.floorDrops, steps: STEPS_PER_DROP });
      const dropSaved = drops.map((d) => d.dropToSavedMs);
      floorExtras.dropPutP50Ms = round(percentile(dropSaved, 50));
      floorExtras.dropPutP95Ms = round(percentile(dropSaved, 95));
      details.floor.dropPut = { dropToSavedMs: dropSaved.map((v) => round(v)), dropToReceivedMs: drops.map((d) => round(d.dropToReceivedMs)) };
      log('floors');
    } catch (error) {
      const message = `floors could not be measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      failures.push(message);
      notes.push(message);
    }

    const pairedBlankLoads = [];
    for (const size of sizes) {
      const sizePlan = plan.sizes[size] ?? FULL_PLAN.sizes[size];
      const measured = await measureSize(size, sizePlan, { browser, server, format, notes, details, hasPrintView, pairedBlankLoads, began, deadline });
      results[size] = measured.figures;
      skippedBySize[size] = measured.skipped;
      extras[size] = measured.extra;
      failures.push(...measured.failures);
    }
    if (pairedBlankLoads.length > 0) {
      floorExtras.blankLoads = pairedBlankLoads.length;
      details.floor = { ...details.floor, blankLoadMs: pairedBlankLoads.map((v) => round(v)) };
    }
    const blankFloor = pairedBlankLoads.length > 0 ? pairedBlankLoads : blankAtStart;
    if (blankFloor.length > 0) results.floor.blankLoadMs = round(median(blankFloor));
    if (browser.problems.length > 0) {
      const distinct = [...new Set(browser.problems)];
      notes.push(`The page reported ${browser.problems.length} error(s): ${distinct.slice(0, 5).join(' | ')}`);
      details.pageProblems = distinct;
    }
  } finally {
    await browser?.close();
    await server?.close();
    await web.dispose();
  }

  // Every figure the run was asked for must be there: not the PDF while there is no print view (or
  // it never got ready), nor what the time box skipped.
  const SKIPPABLE = {
    load: ['loadMs'],
    'drag frames': ['dragFrameP50Ms', 'dragFrameP95Ms', 'dragFrameMaxMs'],
    drops: ['dropToSavedP50Ms', 'dropToSavedP95Ms', 'rendersPerDrop', 'undoMs'],
    undo: ['undoMs'],
    heap: ['heapMB'],
    PDF: ['pdfMs', 'pdfPages'],
  };
  for (const size of sizes) {
    const skippedHere = skippedBySize[size] ?? [];
    const excused = new Set(skippedHere.includes('seed') ? Object.keys(results[size] ?? {}) : skippedHere.flatMap((label) => SKIPPABLE[label] ?? []));
    for (const [key, value] of Object.entries(results[size] ?? {})) {
      if (value !== null || excused.has(key)) continue;
      if ((key === 'pdfMs' || key === 'pdfPages') && !failures.some((f) => f.startsWith(`${size}: PDF`))) continue;
      const message = `${size}: ${key} is missing`;
      if (!failures.some((f) => f.startsWith(`${size}:`))) failures.push(message);
    }
  }
  if (results.bundleGzipKB === null) failures.push('bundle size is missing');

  const ordered = { floor: results.floor };
  for (const size of SIZE_ORDER) if (results[size]) ordered[size] = results[size];
  ordered.bundleGzipKB = results.bundleGzipKB;

  details.budget = checkBudgets(ordered);
  details.elapsedSeconds = round((Date.now() - began) / 1000);
  details.environment.loadAverageAtEnd = round(loadavg()[0], 2);
  const busiest = Math.max(details.environment.loadAverageAtStart ?? 0, details.environment.loadAverageAtEnd ?? 0);
  if (busiest > details.environment.cpus * 0.75) {
    notes.push(`The machine was busy besides the bench (1-minute load average up to ${busiest} on ${details.environment.cpus} CPUs): figures are pessimistic and noisier than on an idle machine.`);
  }
  notes.push(`Run took ${details.elapsedSeconds} s; Chromium ${details.environment.chromium ?? '?'}, ${details.environment.cpus} CPUs, viewport ${VIEWPORT.width}×${VIEWPORT.height}.`);
  process.stdout.write(`${formatReport(ordered, { notes, extras, floorExtras })}\n`);

  if (options.json) {
    const file = resolve(process.cwd(), options.json);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(ordered, null, 2)}\n`);
    const detailsFile = file.endsWith('.json') ? `${file.slice(0, -'.json'.length)}.details.json` : `${file}.details.json`;
    await writeFile(detailsFile, `${JSON.stringify({ ...details, notes }, null, 2)}\n`);
    log(`wrote ${file} and ${detailsFile}`);
  }

  if (failures.length > 0) {
    process.stderr.write(`\nBroken: ${failures.length} measure(s) could not be taken:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}

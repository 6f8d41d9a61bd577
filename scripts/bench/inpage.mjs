// Code that runs inside the page (handed to page.evaluate / addInitScript). Every function here
// must be self-contained: Playwright sends its source text, not its closure.
/* global window, document, location, indexedDB, CSS, MutationObserver, requestAnimationFrame, innerHeight, innerWidth -- these functions run in Chromium, not in Node. */

/**
 * Installed before any page script runs. Marks the moment the page is shown and interactive:
 * for the blank page, when its DOM is parsed; for the app, when the board is on screen: every
 * outcome card is in the DOM, the save status is shown, and every activity that falls within the
 * viewport is in the DOM — for each container (outcome card or parking lot) that intersects the
 * viewport, the activities mounted in it are an unbroken stretch of its list that covers the
 * viewport (all of them, on a board that mounts everything). A big board mounts only the
 * activities near the viewport (renderer/board/windowing.ts); a small one mounts all. The expected
 * cards and each container's activity ids, in order, come from sessionStorage, set by the bench
 * before navigating. The geometry is checked in the next animation frame after a DOM change; the
 * moment is the task after the frame that shows the board (painted, and the main thread free to
 * handle input), as performance.now(), which counts from the start of the navigation. (The blank
 * page: DOM parsed, the next frame, a task after it.)
 */
export function installLoadProbe() {
  let settle = () => undefined;
  // Resolves with loadMs: what the bench awaits (over CDP, see waitForLoad in session.mjs).
  const loaded = new Promise((resolve) => {
    settle = resolve;
  });
  const bench = { loadMs: null, shownMs: null, loaded };
  Object.defineProperty(window, '__bench', { value: bench, configurable: true });
  if (location.hash.startsWith('#print')) return;
  const isBlank = location.pathname.endsWith('/bench-blank.html');
  let expected = null;
  try {
    expected = JSON.parse(sessionStorage.getItem('bench-expect') ?? 'null');
  } catch {
    expected = null;
  }
  if (!isBlank && !expected) return;
  /** Called in the frame that paints the page: loaded at the next task, when the main thread is free. */
  const loadedAtNextTask = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      bench.loadMs = performance.now();
      settle(bench.loadMs);
    };
    channel.port2.postMessage(null);
  };
  const finish = () => {
    bench.shownMs = performance.now();
    requestAnimationFrame(loadedAtNextTask);
  };
  if (isBlank) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', finish, { once: true });
    else finish();
    return;
  }
  /**
   * Every activity of this container that falls within the viewport is in the DOM: the mounted
   * ones are an unbroken stretch of its list that starts at its first activity (or above the
   * viewport) and ends at its last one (or below the viewport, or where the next one would start
   * below it: the placeholder that stands for the rows after the stretch begins there — a list's
   * gap between two rows can be all there is of the list at the screen's bottom edge).
   */
  const containerShown = (section, ids) => {
    if (!ids || ids.length === 0) return true;
    const rect = section.getBoundingClientRect();
    if (rect.bottom <= 0 || rect.top >= innerHeight || rect.right <= 0 || rect.left >= innerWidth) return true;
    const mounted = section.querySelectorAll('[data-activity-id]');
    if (mounted.length === 0) return false;
    const start = ids.indexOf(mounted[0].getAttribute('data-activity-id'));
    if (start < 0) return false;
    for (let i = 1; i < mounted.length; i++) {
      if (ids[start + i] !== mounted[i].getAttribute('data-activity-id')) return false;
    }
    const reachesTop = start === 0 || mounted[0].getBoundingClientRect().top <= 0;
    const last = mounted[mounted.length - 1];
    const after = last.closest('[data-window-chunk]')?.nextElementSibling;
    const reachesBottom =
      start + mounted.length === ids.length ||
      last.getBoundingClientRect().bottom >= innerHeight ||
      (after?.getAttribute('data-window-chunk') === 'placeholder' && after.getBoundingClientRect().top >= innerHeight);
    return reachesTop && reachesBottom;
  };
  /** Everything but the geometry: cheap enough for every DOM mutation. */
  const built = () =>
    document.querySelector('[aria-label="Save status"]') !== null && document.querySelectorAll('section[data-outcome-id]').length === expected.outcomes;
  /** The geometry, read in an animation frame (where the frame's own layout is reused). */
  const shown = () => {
    if (!built()) return false;
    const sections = document.querySelectorAll('section[data-outcome-id]');
    for (const section of sections) {
      if (!containerShown(section, expected.containers[section.getAttribute('data-outcome-id')])) return false;
    }
    const parked = expected.containers['parking-lot'];
    if (!parked || parked.length === 0) return true;
    const parkingLot = document.querySelector('[aria-label="Activities in the parking lot"]')?.closest('section');
    return parkingLot ? containerShown(parkingLot, parked) : false;
  };
  // Reading rectangles in the mutation callback would force a layout after every commit; in an
  // animation frame callback it costs nothing extra (the frame lays out anyway). When the board is
  // shown there, that very frame paints it, and the task after it finds the main thread free.
  let checking = false;
  const check = () => {
    checking = false;
    if (!shown()) return;
    observer.disconnect();
    bench.shownMs = performance.now();
    loadedAtNextTask();
  };
  const observer = new MutationObserver(() => {
    if (checking || !built()) return;
    checking = true;
    requestAnimationFrame(check);
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Puts a board record into the app's database, as the app itself would have saved it. */
export async function seedBoard({ record }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('ownership-board');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    request.onblocked = () => reject(new Error('indexedDB.open blocked'));
  });
  try {
    if (!db.objectStoreNames.contains('boards') || !db.objectStoreNames.contains('meta')) {
      throw new Error(`The app's database has stores [${[...db.objectStoreNames].join(', ')}], not boards and meta.`);
    }
    await new Promise((resolve, reject) => {
      // Since schema 3 every board has a head record (its revision and the token of its last save).
      const withHead = db.objectStoreNames.contains('heads');
      const tx = db.transaction(withHead ? ['boards', 'meta', 'heads', 'journal'] : ['boards', 'meta'], 'readwrite', { durability: 'strict' });
      tx.objectStore('boards').clear();
      tx.objectStore('boards').put(record);
      tx.objectStore('meta').put({ key: 'lastBoardId', value: record.id });
      if (withHead) {
        tx.objectStore('journal').clear();
        tx.objectStore('heads').clear();
        tx.objectStore('heads').put({ id: record.id, revision: record.revision ?? 0, token: `${record.id}@${record.revision ?? 0}` });
      }
      tx.oncomplete = () => resolve(undefined);
      tx.onerror = () => reject(tx.error ?? new Error('seeding failed'));
      tx.onabort = () => reject(tx.error ?? new Error('seeding aborted'));
    });
  } finally {
    db.close();
  }
}

/**
 * Single-record puts with strict durability on a database of their own in raw IndexedDB (what
 * Dexie runs underneath, and what the save worker writes with), each in its own transaction, timed
 * from the transaction's creation to its `complete` event: a detail beside the put floor (a Dexie
 * put, timeDexiePuts), and what the drop floor's page sends. `record` defaults to a small one; pass
 * a board record to see what writing a board of that size costs without the app around it.
 */
export async function timeStrictPuts({ runs, record }) {
  const name = 'ownership-board-bench-floor';
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('records', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
  });
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const value = record ?? { id: 'floor', title: 'A small record', updatedAt: new Date().toISOString(), n: i };
      const start = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
        tx.objectStore('records').put({ ...value, id: 'floor' });
        tx.oncomplete = () => resolve(undefined);
        tx.onerror = () => reject(tx.error ?? new Error('put failed'));
      });
      times.push(performance.now() - start);
    }
  } finally {
    db.close();
  }
  return times;
}

/**
 * The put floor as the issue defines it: a Dexie put of one small record, with the durability the
 * app writes with ('strict', Dexie's chromeTransactionDurability), each in its own transaction,
 * timed from the call to its promise settling. Dexie is the app's own version (build.mjs).
 */
export async function timeDexiePuts({ runs, dexieUrl }) {
  const { default: Dexie } = await import(dexieUrl);
  const db = new Dexie('ownership-board-bench-dexie-floor', { chromeTransactionDurability: 'strict' });
  db.version(1).stores({ records: 'id' });
  await db.open();
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const value = { id: 'floor', title: 'A small record', updatedAt: new Date().toISOString(), n: i };
      const start = performance.now();
      await db.table('records').put(value);
      times.push(performance.now() - start);
    }
  } finally {
    db.close();
  }
  return times;
}

/** Starts recording requestAnimationFrame timestamps into window.__benchFrames. */
export function startFrames() {
  const frames = [];
  let running = true;
  const tick = (time) => {
    frames.push(time);
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__benchFrames = {
    frames,
    stop: () => {
      running = false;
      return frames;
    },
  };
}

/** Stops the recording after `settleFrames` more frames (the drop's own frame) and returns it. */
export async function stopFrames({ settleFrames }) {
  const recorder = window.__benchFrames;
  if (!recorder) throw new Error('The frame recorder is not running.');
  const target = recorder.frames.length + settleFrames;
  await new Promise((resolve) => {
    const wait = () => {
      if (recorder.frames.length >= target) resolve(undefined);
      else requestAnimationFrame(wait);
    };
    requestAnimationFrame(wait);
  });
  return recorder.stop();
}

/** Records frame timestamps for `ms` milliseconds of doing nothing. */
export async function idleFrames({ ms }) {
  const frames = [];
  await new Promise((resolve) => {
    const start = performance.now();
    const tick = (time) => {
      frames.push(time);
      if (performance.now() - start < ms) requestAnimationFrame(tick);
      else resolve(undefined);
    };
    requestAnimationFrame(tick);
  });
  return frames;
}

/**
 * Arms the drop watch for a drag of `activityId` into the outcome `toId`: the time of the next
 * pointerup (capture phase, before the app sees it), when the DOM first shows the activity in
 * that card (the drop drawn), and when the drop is drawn and the save status reads "Saved" (at
 * once if the save committed before the drop was drawn, else when "Saving…" turns to "Saved").
 * Also resets the render probe so the counts read afterwards are the drop's.
 */
export function armDropWatch({ activityId, toId }) {
  const status = () => document.querySelector('[aria-label="Save status"]')?.textContent ?? '';
  const drawn = () =>
    document.querySelector(`[data-activity-id="${CSS.escape(activityId)}"]`)?.closest('section[data-outcome-id]')?.getAttribute('data-outcome-id') === toId;
  const watch = { upAt: null, drawnAt: null, savedAt: null, committedAt: null, failed: null };
  window.__benchDrop = watch;
  const probe = window.__ownershipBoardRenders;
  if (probe) probe.counts.clear();
  const onUp = () => {
    watch.upAt = performance.now();
  };
  window.addEventListener('pointerup', onUp, { capture: true, once: true });
  const check = () => {
    if (watch.upAt === null) return;
    const now = performance.now();
    const text = status();
    if (watch.drawnAt === null && drawn()) watch.drawnAt = now;
    if (watch.drawnAt !== null && text === 'Saved') {
      watch.savedAt = now;
      observer.disconnect();
    } else if (document.querySelector('.save-status--failed')) {
      watch.failed = document.querySelector('.save-status--failed')?.textContent ?? 'failed';
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

/** Resolves with the drop watch once the save is done (or failed), and the render counts since arming. */
export async function dropResult({ timeoutMs }) {
  const watch = window.__benchDrop;
  const start = performance.now();
  while (watch.savedAt === null && watch.failed === null && performance.now() - start < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  // One more frame: renders the drop scheduled for after the save are counted too.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  // The transaction's commit, on this page's clock: the first commit reported after the drop.
  // The first save the app reports (?probe) that was sent after the drop; epoch ms to page time.
  const up = watch.upAt === null ? null : watch.upAt + performance.timeOrigin;
  const save = up === null ? undefined : window.__ownershipBoardSaves?.find((entry) => entry.sentAt >= up);
  const pageTime = (epoch) => (save ? epoch - performance.timeOrigin : null);
  watch.committedAt = pageTime(save?.committedAt);
  watch.sentAt = pageTime(save?.sentAt);
  watch.receivedAt = pageTime(save?.receivedAt);
  watch.answeredAt = pageTime(save?.answeredAt);
  const probe = window.__ownershipBoardRenders;
  return { ...watch, renders: probe ? Object.fromEntries(probe.counts) : null };
}

/** The outcome (data-outcome-id) whose card holds the activity, or null for the parking lot / none. */
export function containerOf({ activityId }) {
  const card = document.querySelector(`[data-activity-id="${CSS.escape(activityId)}"]`);
  if (!card) return { found: false, outcomeId: null };
  const section = card.closest('section[data-outcome-id]');
  return { found: true, outcomeId: section ? section.getAttribute('data-outcome-id') : null };
}

/**
 * Arms the undo watch: the keydown of Ctrl+Z (capture phase), then the first DOM mutation after
 * which the activity sits in a different container than now, then the frame after that.
 */
export function armUndoWatch({ activityId }) {
  const where = () => {
    const card = document.querySelector(`[data-activity-id="${CSS.escape(activityId)}"]`);
    return card ? (card.closest('section[data-outcome-id]')?.getAttribute('data-outcome-id') ?? 'parking-lot') : 'missing';
  };
  const before = where();
  const watch = { before, after: null, keyAt: null, domAt: null, frameAt: null };
  window.__benchUndo = watch;
  window.addEventListener(
    'keydown',
    () => {
      watch.keyAt = performance.now();
    },
    { capture: true, once: true },
  );
  const observer = new MutationObserver(() => {
    if (watch.keyAt === null) return;
    const now = where();
    if (now === before || now === 'missing') return;
    watch.domAt = performance.now();
    watch.after = now;
    observer.disconnect();
    requestAnimationFrame(() => {
      watch.frameAt = performance.now();
    });
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

export async function undoResult({ timeoutMs }) {
  const watch = window.__benchUndo;
  const start = performance.now();
  while (watch.frameAt === null && performance.now() - start < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { ...watch };
}

/**
 * Waits for the print view to say it is ready (document.documentElement.dataset.printReady is
 * 'true'), or that it cannot print ('failed'). Returns { state, at } with state 'true', 'failed'
 * or 'timeout'.
 */
export async function waitPrintReady({ timeoutMs }) {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    const state = document.documentElement.dataset.printReady;
    if (state === 'true' || state === 'failed') return { state, at: performance.now() };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { state: 'timeout', at: null };
}

/** JS heap in use, from the non-standard performance.memory (the CDP figure is preferred). */
export function heapFromPerformanceMemory() {
  const memory = performance.memory;
  return memory ? memory.usedJSHeapSize : null;
}

/**
 * Diagnosis only (scripts/bench/diagnose.mjs, unminified build): a stand-in for the React DevTools
 * hook that, after every commit, walks the fibers the commit touched and counts which function
 * components rendered, by name, into window.__benchCommits. React calls this hook in production
 * builds too. An untouched subtree keeps its fibers (child === alternate.child) and is skipped.
 */
export function installRenderCounter() {
  const commits = [];
  Object.defineProperty(window, '__benchCommits', { value: commits, configurable: true });
  const PERFORMED_WORK = 1;
  const COMPONENT_TAGS = new Set([0, 11, 14, 15]);
  const nameOf = (fiber) => {
    const type = fiber.type;
    const inner = type?.type ?? type?.render ?? type;
    return inner?.displayName ?? inner?.name ?? 'Anonymous';
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id, root) => {
      const started = performance.now();
      const counts = {};
      const stack = [root.current];
      while (stack.length > 0) {
        const fiber = stack.pop();
        if (COMPONENT_TAGS.has(fiber.tag) && (fiber.alternate === null || (fiber.flags & PERFORMED_WORK) !== 0)) {
          const name = nameOf(fiber);
          counts[name] = (counts[name] ?? 0) + 1;
        }
        const untouched = fiber.alternate !== null && fiber.child === fiber.alternate.child;
        if (!untouched) {
          for (let child = fiber.child; child !== null; child = child.sibling) stack.push(child);
        }
      }
      commits.push({ at: started, counts, walkMs: performance.now() - started });
    },
  };
}

/**
 * Arms the watch for one everyday edit (scripts/bench/interactions.mjs): the time of the next
 * `event` (capture phase, before the app sees it: keydown, click or change), then of the first DOM
 * mutation after which `expect` holds, then of the frame that paints it (requestAnimationFrame)
 * and of the task after that frame (painted, main thread free again). `expect` is data, not a
 * function: { selector, text?, attribute?: [name, value], absent? } — some element matching
 * `selector` (whose text includes `text`, whose attribute equals the value), or none when
 * `absent`. Or { afterEvent: 'input' }: no DOM change to wait for (a keystroke in a controlled
 * field), the moment is when that event has bubbled to the window (the app's handlers have run).
 * Clears the render probe, so the counts read afterwards are the edit's.
 */
export function armInteractionWatch({ event, expect }) {
  const seen = () => {
    const matches = [...document.querySelectorAll(expect.selector)].filter(
      (element) =>
        (expect.text === undefined || (element.textContent ?? '').includes(expect.text)) &&
        (expect.attribute === undefined || element.getAttribute(expect.attribute[0]) === expect.attribute[1]),
    );
    return expect.absent ? matches.length === 0 : matches.length > 0;
  };
  const watch = { inputAt: null, domAt: null, frameAt: null, taskAt: null };
  window.__benchInteraction = watch;
  window.__ownershipBoardRenders?.counts.clear();
  const painted = () => {
    watch.domAt = performance.now();
    requestAnimationFrame(() => {
      watch.frameAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        watch.taskAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  };
  window.addEventListener(
    event,
    () => {
      watch.inputAt = performance.now();
    },
    { capture: true, once: true },
  );
  if (expect.afterEvent) {
    window.addEventListener(expect.afterEvent, painted, { once: true });
    return;
  }
  const observer = new MutationObserver(() => {
    if (watch.inputAt === null || !seen()) return;
    observer.disconnect();
    painted();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

/** Resolves with the interaction watch once the task after the painted frame ran, and the render counts. */
export async function interactionResult({ timeoutMs }) {
  const watch = window.__benchInteraction;
  const start = performance.now();
  while (watch.taskAt === null && performance.now() - start < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const probe = window.__ownershipBoardRenders;
  return { ...watch, renders: probe ? Object.fromEntries(probe.counts) : null };
}

#!/usr/bin/env node
// Does an everyday edit respond at once? The edits a facilitator makes a hundred times a session —
// ticking an activity done, a keystroke and Enter in a quick-add field, opening the outcome editor
// and saving a new current value, "Set owner…", an authority facet, "Why?", Board ↔ People view,
// zoom + and − — each timed as a person feels it: from the input event (a capture listener on
// keydown, click or change, before the app sees it) to the task after the frame that paints the
// change (a MutationObserver that sees it, requestAnimationFrame, a task), as the bench times undo.
// A diagnostic, not part of `npm run bench` (its JSON is unchanged).
//
//   npm run build:web && node scripts/bench/interactions.mjs [--sizes workshop,large] [--reps 12]
//   node scripts/bench/interactions.mjs --only "tick done" --profile "tick done" --unminified --out /tmp/prof
//   node scripts/bench/interactions.mjs --before /tmp/before [--after DIR] --only "tick done"   # interleaved A/B
//
// Each size: the bench's generated board (boards.mjs), 1920 × 1080, `?probe` (renders per edit:
// the outcome cards and the parking lot that rendered). With --before, the two builds run in two
// browsers side by side and take turns rep by rep, the order alternating. --components counts
// every component that rendered per edit (a stand-in React DevTools hook; its fiber walk adds to
// the times, so read the times of a run without it).
/* global window, document, innerHeight -- in the functions handed to page.evaluate, which run in Chromium. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateBoard, SIZES } from './boards.mjs';
import { prepareWebRoot } from './build.mjs';
import { armInteractionWatch, installRenderCounter, interactionResult } from './inpage.mjs';
import { latencyComparison, latencySummary, latencyTable, probeRenders } from './latency.mjs';
import { launch, loadApp, runScript, seed } from './session.mjs';
import { median, round } from './stats.mjs';
import { startServer } from '../serve.mjs';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'workshop,large' },
    reps: { type: 'string', default: '12' },
    only: { type: 'string' },
    before: { type: 'string' },
    after: { type: 'string' },
    unminified: { type: 'boolean', default: false },
    components: { type: 'boolean', default: false },
    profile: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'string' },
  },
});

const LOAD_TIMEOUT_MS = 60_000;
const WATCH_TIMEOUT_MS = 10_000;
const WARM_UP_REPS = 2;

/** The outcome card the edits are made on: the first on screen with an owner and activities, filled in. */
async function findTarget(page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const target = await page.evaluate(() => {
    for (const section of document.querySelectorAll('section[data-outcome-id]')) {
      const rect = section.getBoundingClientRect();
      if (rect.top < 0 || rect.top > innerHeight - 400) continue;
      if (section.classList.contains('outcome-card--shell') || !section.querySelector('.authority')) continue;
      const activity = section.querySelector('[data-activity-id]');
      if (!activity) continue;
      return {
        outcomeId: section.getAttribute('data-outcome-id'),
        title: section.querySelector('.outcome-card__title')?.textContent ?? '',
        activityId: activity.getAttribute('data-activity-id'),
      };
    }
    return null;
  });
  if (!target) throw new Error('No outcome card with an owner and activities is on screen.');
  return target;
}

const card = (t) => `section[data-outcome-id="${t.outcomeId}"]`;

/** Leaves the page as a person would find it between two edits: saved, and a moment later. */
async function settle(page) {
  await page.waitForFunction(() => document.querySelector('[aria-label="Save status"]')?.textContent === 'Saved', undefined, { timeout: 15_000 });
  await page.waitForTimeout(60);
}

/**
 * What each view shows, on screen: a view once shown stays in the DOM, hidden (data-hidden-view,
 * renderer/board/hiddenView.ts), while the other shows. (Builds from before that: only the view shown is there.)
 */
const SHOWN_VIEW = {
  people: ':not([data-hidden-view]) > main[aria-label="People view"]',
  board: ':not([data-hidden-view]) > main[aria-label="Outcomes"] > ol.outcome-grid',
};

async function ensureView(page, view) {
  const button = page.getByRole('button', { name: view === 'people' ? 'People view' : 'Board', exact: true });
  if ((await button.getAttribute('aria-pressed')) !== 'true') {
    await button.click();
    await page.locator(SHOWN_VIEW[view]).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  }
}

async function ensureZoom(page, percent) {
  const level = page.locator('[aria-label="Zoom level"]');
  for (let i = 0; i < 10 && (await level.textContent()) !== `${percent}%`; i++) {
    const now = Number.parseInt((await level.textContent()) ?? '100', 10);
    await page.getByRole('button', { name: now < percent ? 'Zoom in' : 'Zoom out' }).click();
  }
}

/**
 * The edits. Each `prepare` does what comes before the timed input (untimed) and returns the event
 * that starts the clock, what the DOM shows when the edit is done, and the input itself; `after`
 * tidies up (untimed). Each can be repeated: toggles alternate, values take turns.
 */
const INTERACTIONS = [
  {
    name: 'tick done',
    async prepare(page, t) {
      const done = await page.locator(`[data-activity-id="${t.activityId}"].activity-card--done`).count();
      const selector = `[data-activity-id="${t.activityId}"].activity-card--done`;
      return {
        event: 'click',
        expect: done ? { selector, absent: true } : { selector },
        act: () => page.locator(`[data-activity-id="${t.activityId}"] input.activity-card__done`).click(),
      };
    },
  },
  {
    name: 'quick-add keystroke',
    async prepare(page, t) {
      const input = page.getByRole('textbox', { name: `Add activity to ${t.title}`, exact: true });
      await input.fill('');
      await input.focus();
      return { event: 'keydown', expect: { afterEvent: 'input' }, act: () => page.keyboard.press('k') };
    },
    after: (page, t) => page.getByRole('textbox', { name: `Add activity to ${t.title}`, exact: true }).fill(''),
  },
  {
    name: 'quick-add Enter',
    async prepare(page, t, i) {
      const subhead = await page.locator(`${card(t)} .outcome-card__subhead .muted`).textContent();
      const count = Number(/of (\d+) done/u.exec(subhead ?? '')?.[1]);
      const input = page.getByRole('textbox', { name: `Add activity to ${t.title}`, exact: true });
      await input.fill(`Quick add ${String(i + 1)}`);
      return { event: 'keydown', expect: { selector: `${card(t)} .outcome-card__subhead`, text: ` of ${String(count + 1)} done` }, act: () => input.press('Enter') };
    },
  },
  {
    name: 'open outcome editor',
    async prepare(page, t) {
      await page.getByRole('button', { name: `Actions for outcome ${t.title}`, exact: true }).click();
      return {
        event: 'click',
        expect: { selector: `${card(t)} form.outcome-editor` },
        act: () => page.locator(card(t)).getByRole('button', { name: 'Edit outcome', exact: true }).click(),
      };
    },
    after: (page) => page.keyboard.press('Escape'),
  },
  {
    name: 'save outcome editor',
    async prepare(page, t, i) {
      await page.getByRole('button', { name: `Actions for outcome ${t.title}`, exact: true }).click();
      await page.locator(card(t)).getByRole('button', { name: 'Edit outcome', exact: true }).click();
      const field = page.locator(card(t)).getByRole('textbox', { name: 'Current value', exact: true });
      await field.fill(String(7 + (i % 2)));
      return { event: 'keydown', expect: { selector: `${card(t)} .outcome-card__facts` }, act: () => field.press('Enter') };
    },
  },
  {
    name: 'set owner',
    async prepare(page, t, i) {
      const select = page.getByRole('combobox', { name: `Set owner of ${t.title}`, exact: true });
      await select.focus();
      const options = await select.locator('option').evaluateAll((all) => all.filter((o) => o.value !== '').map((o) => ({ value: o.value, name: o.textContent })));
      const person = options[i % 2];
      return {
        event: 'change',
        expect: { selector: `${card(t)} .owner-slot__label`, text: `Owner: ${person.name}` },
        act: () => select.selectOption(person.value),
      };
    },
  },
  {
    name: 'authority facet',
    async prepare(page, t) {
      const facet = page.locator(`${card(t)} .authority button`).first();
      const pressed = await facet.getAttribute('aria-pressed');
      return {
        event: 'click',
        expect: { selector: `${card(t)} .authority button:first-child`, attribute: ['aria-pressed', pressed === 'true' ? 'false' : 'true'] },
        act: () => facet.click(),
      };
    },
  },
  {
    name: 'Why?',
    async prepare(page, t) {
      const button = page.locator(`${card(t)} .outcome-card__verdict button`);
      const open = (await button.getAttribute('aria-expanded')) === 'true';
      return { event: 'click', expect: { selector: `${card(t)} ol.questions`, absent: open }, act: () => button.click() };
    },
  },
  {
    name: 'view: board → people',
    async prepare(page) {
      await ensureView(page, 'board');
      return {
        event: 'click',
        expect: { selector: SHOWN_VIEW.people },
        act: () => page.getByRole('button', { name: 'People view', exact: true }).click(),
      };
    },
  },
  {
    // The people view, kept hidden behind the board, is not rendered for each change on the board:
    // shown after one (an activity ticked done, untimed), it catches up then.
    name: 'view: edit → people',
    async prepare(page, t) {
      await ensureView(page, 'board');
      await page.locator(`[data-activity-id="${t.activityId}"] input.activity-card__done`).click();
      await settle(page);
      return {
        event: 'click',
        expect: { selector: SHOWN_VIEW.people },
        act: () => page.getByRole('button', { name: 'People view', exact: true }).click(),
      };
    },
  },
  {
    name: 'view: people → board',
    async prepare(page) {
      await ensureView(page, 'people');
      return { event: 'click', expect: { selector: SHOWN_VIEW.board }, act: () => page.getByRole('button', { name: 'Board', exact: true }).click() };
    },
    after: (page) => page.evaluate(() => window.scrollTo(0, 0)),
  },
  {
    name: 'zoom +',
    async prepare(page) {
      await ensureZoom(page, 100);
      return { event: 'click', expect: { selector: '[aria-label="Zoom level"]', text: '110%' }, act: () => page.getByRole('button', { name: 'Zoom in', exact: true }).click() };
    },
  },
  {
    name: 'zoom −',
    async prepare(page) {
      await ensureZoom(page, 110);
      return { event: 'click', expect: { selector: '[aria-label="Zoom level"]', text: '100%' }, act: () => page.getByRole('button', { name: 'Zoom out', exact: true }).click() };
    },
    after: (page) => ensureZoom(page, 100),
  },
];

/** One timed edit: prepared, the watch armed, the input, the watch's times and the renders it caused. */
async function measureOnce(session, interaction, i, profile = false) {
  const { page, cdp } = session;
  const step = await interaction.prepare(page, session.target, i);
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  if (args.components) await page.evaluate(() => window.__benchCommits?.splice(0));
  const metricsBefore = await mainThreadMetrics(session.cdp);
  await page.evaluate(armInteractionWatch, { event: step.event, expect: step.expect });
  await step.act();
  const watch = await page.evaluate(interactionResult, { timeoutMs: WATCH_TIMEOUT_MS });
  const cpu = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
  if (watch.inputAt === null) throw new Error(`${interaction.name}: the input event (${step.event}) never came.`);
  if (watch.taskAt === null) throw new Error(`${interaction.name}: the page never showed ${JSON.stringify(step.expect)}.`);
  const metricsAfter = await mainThreadMetrics(session.cdp);
  const components = args.components ? await page.evaluate(() => window.__benchCommits?.splice(0) ?? []) : null;
  await interaction.after?.(page, session.target);
  await settle(page);
  return {
    inputToPaintMs: watch.taskAt - watch.inputAt,
    inputToDomMs: watch.domAt - watch.inputAt,
    inputToFrameMs: watch.frameAt - watch.inputAt,
    renders: probeRenders(watch.renders),
    probe: watch.renders,
    components: components && sumComponents(components),
    // Main-thread time from arming the watch to reading it (the edit, and a few ms of the watch's polling).
    ...(cpu ? { profile: cpu } : {}),
    mainThreadMs: Object.fromEntries(Object.entries(metricsAfter).map(([kind, s]) => [kind, (s - metricsBefore[kind]) * 1000])),
  };
}

/**
 * The functions with the most self time over several CPU profiles (ms), each with the chain of
 * its callers in the heaviest stack (a forced layout is the self time of the function that read
 * the layout: its callers say which component or effect it was).
 */
function topSelfTimeOfAll(profiles, limit) {
  const totals = new Map();
  for (const profile of profiles) {
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const label = (node) => `${node.callFrame.functionName || '(anonymous)'}${node.callFrame.url ? `:${String(node.callFrame.lineNumber + 1)}` : ''}`;
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      const name = label(node);
      if (name === '(idle)' || name === '(program)') return;
      const chain = [];
      for (let up = parent.get(node.id); up && chain.length < 6; up = parent.get(up.id)) chain.push(label(up));
      const key = chain.join(' < ');
      const entry = totals.get(name) ?? { us: 0, stacks: new Map() };
      entry.us += profile.timeDeltas[i] ?? 0;
      entry.stacks.set(key, (entry.stacks.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
      totals.set(name, entry);
    });
  }
  return [...totals]
    .sort((a, b) => b[1].us - a[1].us)
    .slice(0, limit)
    .map(([name, { us, stacks }]) => ({ name, ms: round(us / 1000), callers: [...stacks].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '' }));
}

/** The renderer's cumulative main-thread time by kind (s), from CDP Performance.getMetrics. */
async function mainThreadMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const of = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { script: of('ScriptDuration'), style: of('RecalcStyleDuration'), layout: of('LayoutDuration'), task: of('TaskDuration'), layouts: of('LayoutCount') / 1000 };
}

/** The median of each kind of main-thread time over the samples (ms), for the printed line. */
function medianMainThread(samples) {
  const kinds = ['script', 'style', 'layout', 'task', 'layouts'];
  return kinds.map((kind) => `${kind} ${String(round(median(samples.map((s) => s.mainThreadMs[kind]))))}`).join(', ');
}

function sumComponents(commits) {
  const total = {};
  for (const commit of commits) for (const [name, n] of Object.entries(commit.counts)) total[name] = (total[name] ?? 0) + n;
  return Object.fromEntries(Object.entries(total).sort((a, b) => b[1] - a[1]));
}

async function openSession(build, board) {
  const server = await startServer({ root: build.web.root, port: 0 });
  const browser = await launch();
  if (args.components) await browser.context.addInitScript(installRenderCounter);
  await seed(browser.page, server.url, board);
  await loadApp(browser.page, server.url, LOAD_TIMEOUT_MS);
  const target = await findTarget(browser.page);
  await browser.cdp.send('Performance.enable');
  return {
    label: build.label,
    page: browser.page,
    cdp: browser.cdp,
    target,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

await runScript('interactions', async () => {
  const sizes = args.sizes.split(',').map((s) => s.trim());
  for (const size of sizes) if (!(size in SIZES)) throw new Error(`Unknown size ${size}: one of ${Object.keys(SIZES).join(', ')}.`);
  const reps = Number(args.reps);
  if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps must be a whole number of at least 1.');
  const only = args.only ? args.only.split(',').map((s) => s.trim()) : null;
  const interactions = only ? INTERACTIONS.filter((x) => only.includes(x.name)) : INTERACTIONS;
  if (interactions.length === 0) throw new Error(`--only names none of: ${INTERACTIONS.map((x) => x.name).join(', ')}.`);
  if (args.profile && !args.out) throw new Error('--profile needs --out DIR for the CPU profile.');

  const builds = [];
  try {
    if (args.before) builds.push({ label: 'before', web: await prepareWebRoot({ from: args.before }) });
    builds.push({
      label: args.before ? 'after' : 'this build',
      web: await prepareWebRoot(args.after ? { from: args.after } : { fresh: args.unminified, minify: !args.unminified }),
    });
    const labels = builds.map((b) => b.label);
    const rows = [];
    const details = [];
    for (const size of sizes) {
      const board = generateBoard(size);
      const sessions = [];
      try {
        for (const build of builds) sessions.push(await openSession(build, board));
        for (const interaction of interactions) {
          const samples = Object.fromEntries(labels.map((label) => [label, []]));
          const profiling = args.profile === interaction.name;
          for (let r = 0; r < WARM_UP_REPS + reps; r++) {
            const order = r % 2 === 0 ? sessions : [...sessions].reverse();
            for (const session of order) {
              const counted = r >= WARM_UP_REPS;
              const sample = await measureOnce(session, interaction, r, profiling && counted);
              if (counted) samples[session.label].push(sample);
            }
          }
          if (profiling) {
            for (const session of sessions) {
              const profiles = samples[session.label].map((sample) => sample.profile);
              const out = resolve(args.out);
              await mkdir(out, { recursive: true });
              const file = join(out, `${interaction.name.replace(/\W+/gu, '-')}-${size}-${session.label.replace(/\W+/gu, '-')}.cpuprofile`);
              await writeFile(file, JSON.stringify(profiles[0]));
              process.stdout.write(`\n${interaction.name}, ${size}, ${session.label}: top self time, input to painted, over ${String(reps)} reps (ms); the first rep's profile in ${file}\n`);
              for (const { name, ms, callers } of topSelfTimeOfAll(profiles, 15)) process.stdout.write(`  ${String(ms).padStart(7)}  ${name}\n           ${callers}\n`);
              for (const sample of samples[session.label]) delete sample.profile;
            }
          }
          const summaries = Object.fromEntries(labels.map((label) => [label, latencySummary(samples[label])]));
          rows.push({ interaction: interaction.name, size, summaries });
          details.push({ interaction: interaction.name, size, samples });
          const line = labels
            .map((label) => {
              const s = summaries[label];
              return `${label}: ${String(round(s.medianMs))} / ${String(round(s.p95Ms))} ms (DOM ${String(round(s.domMedianMs))}; ${medianMainThread(samples[label])}), renders ${String(s.rendersMedian)}`;
            })
            .join('; ');
          const ab = labels.length === 2 ? latencyComparison(samples.before, samples.after) : null;
          process.stdout.write(`${size.padEnd(9)} ${interaction.name.padEnd(22)} ${line}${ab ? `; after faster in ${String(ab.afterFasterIn)} of ${String(ab.rounds)}` : ''}\n`);
          if (args.components) {
            for (const label of labels) process.stdout.write(`    ${label} components (last rep): ${JSON.stringify(samples[label].at(-1)?.components)}\n`);
          }
        }
      } finally {
        for (const session of sessions) await session.close();
      }
    }
    process.stdout.write(`\nInput event -> task after the frame that paints the change; median and p95 of ${String(reps)} reps; renders: outcome cards and parking lot (probe), median per edit.\n\n`);
    process.stdout.write(`${latencyTable(rows, labels)}\n`);
    if (args.json) await writeFile(args.json, JSON.stringify({ rows, details }, null, 2));
  } finally {
    for (const build of builds) await build.web.dispose();
  }
});

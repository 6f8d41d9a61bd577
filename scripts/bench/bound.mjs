#!/usr/bin/env node
// How fast could any renderer show the board's first screen? The evidence behind the load verdict
// in docs/performance.md.
//
//   node scripts/bench/bound.mjs [--size large] [--rounds 16]
//
// Loads the app once, takes the DOM it shows at the load probe's moment, and writes it into pages
// that show the same first screen with none of the app: no React, no store, no IndexedDB read. A
// small script puts the markup into #root with one innerHTML right after DOMContentLoaded (when the
// app's render also comes: DOMContentLoaded of a page whose forms are already there has Chromium
// scan all of them, which the app never pays), and then sets the inline styles through the CSSOM,
// as React does (a style attribute in markup is refused by the Content-Security-Policy, and each
// refusal is reported). Then blank page, app and these pages are loaded in turn, `rounds` times,
// each from about:blank, and timed by the bench's own load probe, so every figure means what
// loadMs means. Variants of the first screen with parts taken away tell what each part costs.
/* global document, innerHeight -- in the functions handed to page.evaluate, which run in Chromium. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateBoard } from './boards.mjs';
import { BLANK_PAGE } from './build.mjs';
import { appUrl, loadApp, loadFresh, runScript, seed, withServedApp } from './session.mjs';
import { median } from './stats.mjs';

/** In the page, at the load probe's moment: the first screen, whole and with parts taken away. */
function firstScreens() {
  const root = document.getElementById('root');
  const head = document.head.cloneNode(true);
  for (const script of head.querySelectorAll('script')) script.remove();
  const edits = {
    'the first screen': () => undefined,
    'without the people': (r) => {
      for (const list of r.querySelectorAll('.people-list')) list.replaceChildren();
    },
    'off-screen shells bare (section and heading)': (r) => {
      for (const shell of r.querySelectorAll('.outcome-card--shell')) shell.replaceChildren(shell.querySelector('h2'));
    },
    'only the activity cards on the screen': (r, original) => {
      // Each container keeps its cards down to the first one that starts below the screen (the
      // load probe wants an unbroken stretch that reaches the screen's bottom edge).
      const below = new Set();
      for (const container of original.querySelectorAll('section')) {
        let reached = false;
        for (const card of container.querySelectorAll('[data-activity-id]')) {
          if (reached) below.add(card.getAttribute('data-activity-id'));
          else if (card.getBoundingClientRect().top >= innerHeight) reached = true;
        }
      }
      for (const card of r.querySelectorAll('[data-activity-id]')) if (below.has(card.getAttribute('data-activity-id'))) card.parentElement.remove();
    },
  };
  const screens = {};
  for (const [name, edit] of Object.entries(edits)) {
    const copy = root.cloneNode(true);
    edit(copy, root);
    // Inline styles go through the CSSOM (see the top of this file): data-bound-style in markup.
    for (const styled of copy.querySelectorAll('[style]')) {
      styled.setAttribute('data-bound-style', styled.getAttribute('style'));
      styled.removeAttribute('style');
    }
    screens[name] = { head: head.innerHTML, body: copy.innerHTML, elements: copy.querySelectorAll('*').length };
  }
  screens['the first screen, no style sheet'] = { ...screens['the first screen'], head: head.innerHTML.replace(/<link rel="stylesheet"[^>]*>/u, '') };
  return screens;
}

const injector = (body) => `document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
  const root = document.getElementById('root');
  root.innerHTML = ${JSON.stringify(body)};
  for (const el of root.querySelectorAll('[data-bound-style]')) el.style.cssText = el.getAttribute('data-bound-style');
}));
`;

async function main() {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { size: { type: 'string', default: 'large' }, rounds: { type: 'string', default: '16' } } });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 3) throw new Error('--rounds takes a whole number of at least 3.');
  await withServedApp({}, async ({ web, server, browser }) => {
    const { page } = browser;
    await seed(page, server.url, generateBoard(values.size));
    await loadApp(page, server.url, 30_000);
    const screens = await page.evaluate(firstScreens);
    const urls = { 'blank page': `${server.url}/${BLANK_PAGE}`, 'the app': appUrl(server.url) };
    const elements = {};
    let n = 0;
    for (const [name, screen] of Object.entries(screens)) {
      n += 1;
      await writeFile(join(web.root, `bound-${String(n)}.js`), injector(screen.body));
      await writeFile(join(web.root, `bound-${String(n)}.html`), `<!doctype html><html lang="en"><head>${screen.head}</head><body><div id="root"></div><script src="./bound-${String(n)}.js"></script></body></html>`);
      urls[name] = `${server.url}/bound-${String(n)}.html`;
      elements[name] = screen.elements;
    }
    const times = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
    // Two uncounted rounds fill the caches; then the pages take turns, so drift hits all alike.
    for (let round = 0; round < rounds + 2; round++) {
      for (const [name, url] of Object.entries(urls)) {
        const ms = await loadFresh(page, url, 30_000).catch((error) => { throw new Error(`${name}: ${error.message}`); });
        if (round >= 2) times[name].push(ms);
      }
    }
    const blank = median(times['blank page']);
    process.stdout.write(`${values.size} board, ${String(rounds)} rounds, Chromium ${browser.version}; load probe medians (ms)\n\n`);
    process.stdout.write(`| Page | elements in #root | load, median | × blank | range |\n| --- | --: | --: | --: | --- |\n`);
    for (const [name, list] of Object.entries(times)) {
      const sorted = [...list].sort((a, b) => a - b);
      const row = [name, elements[name] ?? (name === 'the app' ? elements['the first screen'] : ''), median(list).toFixed(1), (median(list) / blank).toFixed(2), `${sorted[0].toFixed(0)}–${sorted.at(-1).toFixed(0)}`];
      process.stdout.write(`| ${row.join(' | ')} |\n`);
    }
    if (browser.problems.length > 0) process.stdout.write(`\nProblems in the page: ${browser.problems.join('; ')}\n`);
  });
}

await runScript('bound', main);

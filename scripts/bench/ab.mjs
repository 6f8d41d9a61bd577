#!/usr/bin/env node
// Did a change make the load faster? An interleaved A/B of two builds: the evidence behind each
// "before → after (after faster in k of n)" in docs/performance.md.
//
//   npm run build:web && cp -r dist/web /tmp/before      # the build before the change
//   …change the code…
//   node scripts/bench/ab.mjs --before /tmp/before [--after DIR] [--size large] [--rounds 20] [--measure load|pdf]
//
// Without --after, the working tree is built afresh. The two builds are served side by side, each a
// private copy with the blank page, on ports of their own: two origins, so each has its own
// database, with the board seeded into both. In one browser, each round loads the blank page and
// then the app, from about:blank as the bench does, for each build in turn, the order alternating
// from round to round; three uncounted loads of each build first fill the caches. Run-to-run noise
// on this machine is ±3 ms: read the "faster in" count with the medians, and trust a difference
// only when it holds in a second run. With `--measure pdf` each round makes the board's PDF instead,
// as the bench does (measurePdf: a new tab, the print view, page.pdf), timed to the PDF's bytes.
import { parseArgs } from 'node:util';
import { generateBoard, SIZES } from './boards.mjs';
import { prepareWebRoot } from './build.mjs';
import { launch, loadApp, loadBlank, measurePdf, runScript, seed } from './session.mjs';
import { compareRounds, median, round } from './stats.mjs';
import { startServer } from '../serve.mjs';

const { values: args } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    size: { type: 'string', default: 'large' },
    rounds: { type: 'string', default: '20' },
    measure: { type: 'string', default: 'load' },
  },
});

const WARM_UP_LOADS = 3;
const LOAD_TIMEOUT_MS = 60_000;

await runScript('ab', async () => {
  if (!args.before) throw new Error('Give the build before the change: --before DIR (a copy of dist/web).');
  if (!(args.size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}.`);
  const rounds = Number(args.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a whole number of at least 1.');
  if (args.measure !== 'load' && args.measure !== 'pdf') throw new Error('--measure must be load or pdf.');
  const pdf = args.measure === 'pdf';
  const webs = [await prepareWebRoot({ from: args.before }), await prepareWebRoot(args.after ? { from: args.after } : { fresh: true })];
  const servers = [];
  let browser = null;
  try {
    for (const web of webs) servers.push(await startServer({ root: web.root, port: 0 }));
    browser = await launch();
    const { page } = browser;
    const board = generateBoard(args.size);
    /** One PDF of the board from `url`: { totalMs (to its bytes), readyMs (the print view ready) }. */
    const makePdf = async (url) => {
      const made = await measurePdf(browser, url, board.id, LOAD_TIMEOUT_MS);
      if (made.state !== 'ready') throw new Error(`The print view at ${url} never got ready (${made.state}).`);
      return made;
    };
    for (const server of servers) {
      await seed(page, server.url, board);
      for (let i = 0; i < WARM_UP_LOADS; i++) await loadApp(page, server.url, LOAD_TIMEOUT_MS);
      if (pdf) await makePdf(server.url);
    }
    const loads = [[], []];
    /** Each build's print views' ready times (ms from navigation), with --measure pdf. */
    const readies = [[], []];
    const blank = [];
    for (let r = 0; r < rounds; r++) {
      for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
        if (pdf) {
          const made = await makePdf(servers[k].url);
          loads[k].push(made.totalMs);
          readies[k].push(made.readyMs);
        } else {
          blank.push(await loadBlank(page, servers[k].url));
          loads[k].push(await loadApp(page, servers[k].url, LOAD_TIMEOUT_MS));
        }
      }
    }
    const result = compareRounds(loads[0], loads[1]);
    const ms = (values) => values.map((v) => round(v, 0)).join(' ');
    process.stdout.write(
      [
        `${args.size} board, ${pdf ? 'PDF' : 'load'}, ${String(rounds)} rounds: before ${String(round(result.before))} ms, after ${String(round(result.after))} ms (median); after faster in ${String(result.afterFasterIn)} of ${String(rounds)}${pdf ? '' : `; blank page ${String(round(median(blank)))} ms`}`,
        ...(pdf ? [`print view ready (median): before ${String(round(median(readies[0])))} ms, after ${String(round(median(readies[1])))} ms`] : []),
        `before: ${ms(loads[0])}`,
        `after:  ${ms(loads[1])}`,
        '',
      ].join('\n'),
    );
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    for (const web of webs) await web.dispose();
  }
});

/**
 * The PDF people hand out. The print route (`#print?…`, shared/print.ts) is rendered in Chromium
 * and printed with page.pdf(), the same CDP Page.printToPDF the desktop app calls; poppler reads
 * the result back: every outcome, owner, result and verdict is in the text (so it is selectable),
 * page numbers come from the stylesheet's page-margin boxes, sections can be left out, Letter
 * landscape comes out as Letter landscape, and a large workshop prints to a sane number of pages.
 * Pages 1 and 2 are rendered to PNG in test-results/pdf/ for a person to look at.
 *
 * The PDFs are made with the desktop app's own settings (electron/pdf.ts pdfOptions): no
 * `displayHeaderFooter` (the print view numbers its pages itself with CSS @page margin boxes, which
 * Chromium draws since 131; Chromium's footer template would print a second footer over them),
 * tagged, with an outline of bookmarks.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { serializeBoard } from '../../shared/format';
import { QUESTIONS, VERDICT_LABELS } from '../../shared/health';
import { printHash, type PrintRequest } from '../../shared/print';
import { AUTHORITY_FACETS, NO_AUTHORITY, type Activity, type ActivityId, type BoardId, type OutcomeId, type Person, type PersonId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { launchBrowser } from './browser';
import { openBoard } from './helpers';
import {
  ensurePdfDir,
  importBoard,
  importFile,
  largeBoard,
  openBoardId,
  openPrintView,
  outlineLines,
  pdfAlternateTexts,
  pdfInfo,
  pdfLanguage,
  pdfOutline,
  pdfText,
  pdfWords,
  printPdf,
  renderPages,
  seriousViolations,
  storedBoards,
} from './pdf-helpers';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = await ensurePdfDir();
});

afterAll(async () => {
  await browser.close();
});


describe('the PDF of the sample board', () => {
  it('has every outcome, owner, result, verdict and question as selectable text, with page numbers', async () => {
    const { page, problems } = await openBoard(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const request: PrintRequest = { boardId: await openBoardId(page), paper: 'A4', orientation: 'portrait', sections: ['cover', 'map', 'health', 'people'] };
    // As a browser tab shows it, so the page itself can be checked below.
    await openPrintView(page, request, { shown: true });
    // The bundled fonts, loaded from the app itself before "ready": nothing from the network.
    const faces = await page.evaluate(() => Array.from(document.fonts, (face) => `${face.family} ${face.weight} ${face.status}`));
    expect(faces).toEqual(['Ownership Print Sans 400 loaded', 'Ownership Print Sans 700 loaded']);
    expect(requested.filter((url) => url.endsWith('.ttf'))).toHaveLength(2);
    expect(requested.filter((url) => !url.startsWith(inject('baseUrl')) && url !== 'about:blank')).toEqual([]);
    const path = await printPdf(page, request, 'sample.pdf');
    const { pages, pageSize } = await pdfInfo(path);
    expect(pageSize).toContain('(A4)');
    // Cover, the map (2 pages), health (1–2), a page per person (4).
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(10);

    const text = await pdfText(path);
    for (const title of ['Outbound pipeline', 'Deals closed', 'Write the proposal', 'Forecast accuracy', 'Parking lot', 'Update the CRM']) {
      expect(text).toContain(title);
    }
    for (const name of ['Maya Chen', 'Leo Fischer', 'Priya Nair', 'Sam Okafor']) expect(text).toContain(name);
    expect(text).toContain('20 qualified opportunities per month');
    expect(text).toContain('14 of 20 qualified opportunities');
    for (const label of Object.values(VERDICT_LABELS)) expect(text).toContain(label);
    for (const question of QUESTIONS) expect(text).toContain(question);
    expect(text).toContain('Decides how');
    expect(text).toContain('Revenue ownership workshop (sample)');
    expect(text).toContain('Participants (4)');
    expect(text).toMatch(new RegExp(`Page 1 of ${String(pages)}`, 'u'));
    expect(text).toMatch(new RegExp(`Page ${String(pages)} of ${String(pages)}`, 'u'));

    await renderPages(path, join(dir, 'sample'), 1, 2);
    // The print view is a page too (browser mode shows it in a window): headings, landmarks, contrast.
    await expect(seriousViolations(page)).resolves.toEqual([]);
    expect(problems).toEqual([]);
  });

  it('is a document a recipient can find their way in: tagged, titled with the board, in English, bookmarked by part, outcome and person', async () => {
    const { page, problems } = await openBoard(browser);
    const request: PrintRequest = { boardId: await openBoardId(page), paper: 'A4', orientation: 'portrait', sections: ['cover', 'map', 'health', 'people'] };
    await openPrintView(page, request);
    const path = await printPdf(page, request, 'sample-document.pdf');
    const info = await pdfInfo(path);
    // Tagged: a screen reader reads it in order, with its headings and lists (was "Tagged: no").
    expect(info.tagged).toBe(true);
    expect(info.title).toMatch(/^Revenue ownership workshop \(sample\) - ownership map - \d{4}-\d{2}-\d{2}$/u);
    await expect(pdfLanguage(path)).resolves.toBe('en');
    // A done activity's tick box is a figure whose alternate text says "Done", on the map and on
    // each assignee's page (an open one says nothing more); each authority mark one that says "Yes"
    // or "No", on an outcome with an owner (without one, nobody holds it, and no mark is printed).
    // (Their visually hidden "(done)", ": yes" and ": no" were never printed: a screen reader
    // reading the PDF could not tell done from open, or authority held from not.)
    const sample = createSampleBoard();
    const doneRows = sample.activities.filter((activity) => activity.done).reduce((rows, activity) => rows + 1 + activity.assigneeIds.length, 0);
    const owned = sample.outcomes.filter((item) => item.ownerId !== null);
    expect(owned.length).toBeLessThan(sample.outcomes.length);
    const facets = owned.flatMap((item) => AUTHORITY_FACETS.map((facet) => item.authority[facet]));
    const alternates = await pdfAlternateTexts(path);
    expect(doneRows).toBeGreaterThan(0);
    expect((await pdfText(path)).split('☑')).toHaveLength(doneRows + 1);
    expect(alternates.filter((alt) => alt === 'Done')).toHaveLength(doneRows);
    expect(facets.filter((held) => !held).length).toBeGreaterThan(0);
    expect(alternates.filter((alt) => alt === 'Yes')).toHaveLength(facets.filter(Boolean).length);
    expect(alternates.filter((alt) => alt === 'No')).toHaveLength(facets.filter((held) => !held).length);
    expect(alternates).toHaveLength(doneRows + facets.length);
    // The bookmarks: the board, its parts, each outcome and person (there were none). The cover's
    // title wraps before "(sample)", and its bookmark keeps the space.
    expect(outlineLines(await pdfOutline(path))).toEqual([
      'Revenue ownership workshop (sample)',
      '  Purpose',
      '  Participants (4)',
      '  The map',
      '    Outbound pipeline',
      '    Deals closed',
      '    Write the proposal',
      '    Forecast accuracy',
      '    Parking lot',
      '  Health check',
      '    What the board says',
      '    The three questions, outcome by outcome',
      '      Outbound pipeline',
      '      Deals closed',
      '      Write the proposal',
      '      Forecast accuracy',
      '  People',
      '    Maya Chen',
      '    Leo Fischer',
      '    Priya Nair',
      '    Sam Okafor',
    ]);
    // Nothing of this machine or of the app's insides: no address, file path or board id.
    const raw = (await readFile(path)).toString('latin1');
    for (const leak of [request.boardId, 'file:', 'http', '/tmp', '/home', 'print-']) expect(raw, leak).not.toContain(leak);
    expect(problems).toEqual([]);
  });

  it('from the desktop’s hidden window, is laid out for paper only and is the same PDF as a tab showing the map makes', async () => {
    const { page, problems } = await openBoard(browser);
    const request: PrintRequest = { boardId: await openBoardId(page), paper: 'A4', orientation: 'portrait', sections: ['cover', 'map', 'health', 'people'] };
    await openPrintView(page, request, { shown: true });
    await expect(page.getByRole('main', { name: /^Ownership map:/u }).isVisible()).resolves.toBe(true);
    const shown = await printPdf(page, request, 'sample-shown.pdf');

    await openPrintView(page, request);
    // Nothing for the screen: the map is in the document, ready, but has no box until it is printed.
    await expect(page.locator('main').count()).resolves.toBe(1);
    await expect(page.locator('main').isVisible()).resolves.toBe(false);
    await expect(page.locator('main').evaluate((main) => main.getBoundingClientRect().height)).resolves.toBe(0);
    const unseen = await printPdf(page, request, 'sample-unseen.pdf');

    await expect(pdfText(unseen)).resolves.toBe(await pdfText(shown));
    expect(outlineLines(await pdfOutline(unseen))).toEqual(outlineLines(await pdfOutline(shown)));
    expect(await pdfInfo(unseen)).toEqual(await pdfInfo(shown));
    // Drawn the same, page by page.
    const { pages } = await pdfInfo(shown);
    await renderPages(shown, join(dir, 'sample-shown'), 1, pages);
    await renderPages(unseen, join(dir, 'sample-unseen'), 1, pages);
    for (let k = 1; k <= pages; k++) {
      const png = (prefix: string) => readFile(join(dir, `${prefix}-${String(k).padStart(String(pages).length, '0')}.png`));
      expect((await png('sample-unseen')).equals(await png('sample-shown')), `page ${String(k)}`).toBe(true);
    }
    expect(problems).toEqual([]);
  });

  it('without the cover, the board’s title still heads the first page and the bookmarks', async () => {
    const { page, problems } = await openBoard(browser);
    const request: PrintRequest = { boardId: await openBoardId(page), paper: 'A4', orientation: 'portrait', sections: ['map', 'people'] };
    await openPrintView(page, request);
    const path = await printPdf(page, request, 'sample-map-people.pdf');
    const outline = await pdfOutline(path);
    expect(outline.map((entry) => entry.title)).toEqual(['Revenue ownership workshop (sample)']);
    expect(outlineLines(outline[0]?.children ?? [])).toEqual(expect.arrayContaining(['The map', '  Parking lot', 'People', '  Sam Okafor']));
    expect((await pdfText(path)).split('\f')[0]).toMatch(/OWNERSHIP MAP\s+Revenue ownership workshop \(sample\)\s+The map/u);
    await renderPages(path, join(dir, 'sample-map-people'), 1, 1);
    expect(problems).toEqual([]);
  });

  it('leaves out the parts that are not chosen: cover and map only has no health check or person pages', async () => {
    const { page } = await openBoard(browser);
    const request: PrintRequest = { boardId: await openBoardId(page), paper: 'A4', orientation: 'portrait', sections: ['cover', 'map'] };
    await openPrintView(page, request);
    const path = await printPdf(page, request, 'sample-cover-map.pdf');
    const text = await pdfText(path);
    expect(text).toContain('The map');
    expect(text).toContain('Outbound pipeline');
    expect(text).not.toContain('Health check');
    expect(text).not.toContain(QUESTIONS[0]);
    expect(text).not.toContain('As owner (');
    const { pages } = await pdfInfo(path);
    expect(pages).toBeLessThanOrEqual(3);
  });

  it('prints on Letter landscape, the size the stylesheet asks for too', async () => {
    const { page } = await openBoard(browser);
    const request: PrintRequest = { boardId: await openBoardId(page), paper: 'Letter', orientation: 'landscape', sections: ['map', 'health'] };
    await openPrintView(page, request);
    const path = await printPdf(page, request, 'sample-letter-landscape.pdf');
    expect((await pdfInfo(path)).pageSize).toMatch(/^792 x 612 pts/u);
    // The @page size alone (what a browser's print dialog uses) gives the same paper.
    const cssPath = join(dir, 'sample-letter-landscape-css.pdf');
    await page.pdf({ path: cssPath, preferCSSPageSize: true, printBackground: true });
    expect((await pdfInfo(cssPath)).pageSize).toMatch(/^792 x 612 pts/u);
    const text = await pdfText(path);
    expect(text).toContain('Forecast accuracy');
    expect(text).not.toContain('Participants');
    await renderPages(path, join(dir, 'sample-letter-landscape'), 1, 1);
  });

  it('in landscape’s narrow columns, an outcome’s tags go under its title instead of squeezing it', async () => {
    const { page, problems } = await openBoard(browser);
    const sample = createSampleBoard();
    // Both long tags: task assignment (the owner has no authority) and revenue-critical.
    const board = {
      ...sample,
      title: 'Narrow columns',
      outcomes: sample.outcomes.map((o, i) => (i === 0 ? { ...o, title: 'Outbound pipeline one', authority: NO_AUTHORITY, revenueCritical: true } : o)),
    };
    const file = join(dir, 'narrow-columns.ownership.json');
    await writeFile(file, serializeBoard(board, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
    await importFile(page, file);
    await page.getByRole('heading', { level: 1, name: 'Narrow columns' }).waitFor();
    const { last } = await storedBoards(page);
    if (last === null) throw new Error('the imported board was not stored');
    const request: PrintRequest = { boardId: last as BoardId, paper: 'Letter', orientation: 'landscape', sections: ['map'] };
    await openPrintView(page, request);
    const path = await printPdf(page, request, 'narrow-columns.pdf');
    // The title reads on one line of the page's text (it was "Outbound" over "pipeline one").
    expect(await pdfText(path)).toMatch(/Outbound pipeline one/u);
    await renderPages(path, join(dir, 'narrow-columns'), 1, 1);
    expect(problems).toEqual([]);
  });

  it('a name carrying a right-to-left override reverses nothing after it: the next assignee and the role read as written', async () => {
    const { page, problems } = await openBoard(browser);
    const file = join(dir, 'bidi-names.ownership.json');
    await writeFile(file, serializeBoard({ ...createSampleBoard(), title: 'Bidi names' }, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
    await importFile(page, file);
    await page.getByRole('heading', { level: 1, name: 'Bidi names' }).waitFor();
    const { last } = await storedBoards(page);
    if (last === null) throw new Error('the imported board was not stored');
    // U+202E, unclosed, as text pasted from elsewhere carried before the app took such characters
    // out of what is typed and imported: a board stored then still holds it. It reversed the rest of
    // the line: "Leo Fischer, rafokO maS" under "Run the campaign", "daeL gnitekraM ·" on the cover.
    await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ownership-board');
        request.onsuccess = () => { resolve(request.result); };
        request.onerror = () => { reject(request.error ?? new Error('indexedDB.open failed')); };
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('boards', 'readwrite');
        const boards = tx.objectStore('boards');
        const read = boards.get(id);
        read.onsuccess = () => {
          const record = read.result as { board: { people: { name: string }[] } };
          for (const person of record.board.people) if (person.name === 'Leo Fischer') person.name = 'Leo Fischer\u202e';
          boards.put(record);
        };
        tx.oncomplete = () => { resolve(); };
        tx.onerror = () => { reject(tx.error ?? new Error('the board could not be changed')); };
      });
      db.close();
    }, last);
    const request: PrintRequest = { boardId: last as BoardId, paper: 'A4', orientation: 'portrait', sections: ['cover', 'map', 'health'] };
    await openPrintView(page, request);
    const path = await printPdf(page, request, 'bidi-names.pdf');
    const lines = (await pdfText(path)).split('\n');
    const line = (words: string) => lines.find((l) => l.includes(words)) ?? '';
    expect(line('Run the campaign')).toMatch(/Leo Fischer\W*, Sam Okafor/u);
    expect(line('Leo Fischer')).toContain('Marketing Lead');
    // The health check's sentences, composed around the name in shared/health.ts: "Leo Fischer
    // .emoctuo on snwo" before the name was isolated there.
    expect(lines.filter((l) => l.includes('Leo Fischer') && l.includes('outcome'))).toEqual([expect.stringMatching(/Leo Fischer\W*is not the owner of any outcome\.$/u)]);
    await renderPages(path, join(dir, 'bidi-names'), 1, 2);
    expect(problems).toEqual([]);
  });

  it('says so, and signals "failed", for a board that is not on this computer', async () => {
    const { page } = await openBoard(browser);
    await page.goto(`${inject('baseUrl')}${printHash({ boardId: 'no-such-board' as BoardId, paper: 'A4', orientation: 'portrait', sections: ['map'] })}`);
    await page.waitForSelector('html[data-print-ready="failed"]');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('The ownership map could not be printed');
  });
});

/** The bidirectional controls (marks, embeddings, overrides, isolates): none is seen, and none is to be copied. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

describe('the footer as text (copied from the PDF, searched, read aloud)', () => {
  // The title went into every page's footer between FIRST STRONG ISOLATE and POP DIRECTIONAL
  // ISOLATE, which Chromium puts in the PDF's text: copied or read by pdftotext, the footer was
  // "\u2068Revenue ownership workshop (sample)\u2069· 29 November 2026", two invisible characters
  // around the title, and the space before "·" gone.
  it('a left-to-right title reads as written, with no invisible marks, on every page', async () => {
    const { page, problems } = await openBoard(browser);
    const request: PrintRequest = { boardId: await openBoardId(page), paper: 'A4', orientation: 'portrait', sections: ['cover', 'map', 'health', 'people'] };
    await openPrintView(page, request);
    const path = await printPdf(page, request, 'footer-ltr.pdf');
    const { pages } = await pdfInfo(path);
    const footers = (await pdfText(path)).split('\n').filter((line) => /Page \d+ of \d+\s*$/u.test(line));
    expect(footers).toHaveLength(pages);
    for (const footer of footers) expect(footer).toMatch(/^Revenue ownership workshop \(sample\) ·\s\d{1,2}\s\p{L}+\s\d{4}\s+Page \d+ of \d+\s*$/u);
    expect((await pdfText(path)).match(BIDI_CONTROLS)).toBeNull();
    expect(problems).toEqual([]);
  });

  // Isolated still where it could reorder the line: without it an Arabic title ending in "20%" put
  // its "%" at the far end of the footer, after the date.
  it('a right-to-left title still reads right to left, its "20%" at its end, then the date and the page number', async () => {
    const { page, problems } = await openBoard(browser);
    const title = 'خطة المبيعات 2026 بنسبة 20%';
    const boardId = await importBoard(page, { ...createSampleBoard(), title }, 'footer-rtl');
    const request: PrintRequest = { boardId, paper: 'A4', orientation: 'portrait', sections: ['cover'] };
    await openPrintView(page, request);
    const path = await printPdf(page, request, 'footer-rtl.pdf');
    const [first] = await pdfWords(path);
    if (!first) throw new Error('the PDF has no page');
    const footerTop = Math.max(...first.words.map((word) => word.yMin));
    // The footer's words from left to right, each as drawn (pdftotext gives an Arabic word's letters
    // in the order they stand on the page, right to left: reversed here to read).
    const drawn = first.words
      .filter((word) => word.yMin === footerTop)
      .sort((a, b) => a.xMin - b.xMin)
      .map((word) => word.text.replace(BIDI_CONTROLS, ''))
      .map((word) => (/\p{Script=Arabic}/u.test(word) ? Array.from(word).reverse().join('') : word));
    // Read right to left from the "·": خطة المبيعات 2026 بنسبة 20% (the percent sign on its number's left, as Arabic writes it).
    expect(drawn.slice(0, 6)).toEqual(['%20', 'بنسبة', '2026', 'المبيعات', 'خطة', '·']);
    expect(drawn.slice(-4)).toEqual(['Page', '1', 'of', '1']);
    await renderPages(path, join(dir, 'footer-rtl'), 1, 1);
    expect(problems).toEqual([]);
  });
});

describe('the PDF of a large workshop', () => {
  it('a board with a very long title keeps its page numbers whole in the footer (the title is shortened there)', async () => {
    const { page, problems } = await openBoard(browser);
    const title = 'T'.repeat(150);
    const file = join(dir, 'long-title.ownership.json');
    await writeFile(file, serializeBoard({ ...createSampleBoard(), title }, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
    await importFile(page, file);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const { last } = await storedBoards(page);
    if (last === null) throw new Error('the imported board was not stored');
    const request: PrintRequest = { boardId: last as BoardId, paper: 'A4', orientation: 'portrait', sections: ['cover', 'map'] };
    await openPrintView(page, request);
    const path = await printPdf(page, request, 'long-title.pdf');
    const { pages } = await pdfInfo(path);
    const text = await pdfText(path);
    // Each page's number on one line of text, beside the shortened title.
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${String(n)} of ${String(pages)}`);
    expect(text).toMatch(/T{50,}…/u);
    await renderPages(path, join(dir, 'long-title'), 1, 1);
    expect(problems).toEqual([]);
  });

  it('a person’s "Assigned" heading and column header never close a page without the assignments under them', async () => {
    const { page, problems } = await openBoard(browser);
    // 14 people who own 14, 15, … 27 outcomes and have 3 assignments each: the assignments start
    // at a different height on each person's page, so some "Assigned (3)" falls at a page's foot.
    const sample = createSampleBoard();
    const [outcome] = sample.outcomes;
    if (outcome === undefined) throw new Error('the sample board has outcomes');
    const people: Person[] = Array.from({ length: 14 }, (_, k) => ({ id: `p-${String(k)}` as PersonId, name: `Person ${String.fromCharCode(65 + k)}`, role: '', newToRole: false, colour: '#1d4ed8', initials: 'P' }));
    const outcomes = people.flatMap((person, k) =>
      Array.from({ length: 14 + k }, (_, j) => ({ ...outcome, id: `o-${String(k)}-${String(j)}` as OutcomeId, title: `Outcome ${String(j)} of ${person.name}`, ownerId: person.id })),
    );
    const activities = people.flatMap((person, k) =>
      Array.from({ length: 3 }, (_, j) => ({ id: `a-${String(k)}-${String(j)}` as ActivityId, title: `Assignment ${String(j)} of ${person.name}`, outcomeId: null, assigneeIds: [person.id], done: false })),
    );
    const file = join(dir, 'assigned-heading.ownership.json');
    await writeFile(file, serializeBoard({ ...sample, title: 'Assigned headings', people, outcomes, activities }, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
    await importFile(page, file);
    await page.getByRole('heading', { level: 1, name: 'Assigned headings' }).waitFor();
    const { last } = await storedBoards(page);
    if (last === null) throw new Error('the imported board was not stored');
    const request: PrintRequest = { boardId: last as BoardId, paper: 'A4', orientation: 'portrait', sections: ['people'] };
    await openPrintView(page, request);
    const path = await printPdf(page, request, 'assigned-heading.pdf');
    // Each person starts a page, so the k-th page with "Assigned (3)" is the k-th person's.
    const headed = (await pdfText(path)).split('\f').filter((text) => text.includes('Assigned (3)'));
    expect(headed).toHaveLength(people.length);
    // Was: "Assigned (3)" and "Activity  Serves" at the foot of one page, the rows on the next.
    people.forEach((person, k) => {
      expect(headed[k], person.name).toContain(`Assignment 0 of ${person.name}`);
    });
    await renderPages(path, join(dir, 'assigned-heading'), 1, 2);
    expect(problems).toEqual([]);
  });

  it('60 outcomes, 1,500 activities and 80 people print to a sane number of pages', async () => {
    const { page, problems } = await openBoard(browser);
    const board = largeBoard();
    const file = join(dir, 'large.ownership.json');
    await writeFile(file, serializeBoard(board, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
    await importFile(page, file);
    await page.getByRole('heading', { level: 1, name: 'Large workshop' }).waitFor({ timeout: 30_000 });
    const { last } = await storedBoards(page);
    if (last === null) throw new Error('the imported board was not stored');

    const request: PrintRequest = { boardId: last as BoardId, paper: 'A4', orientation: 'portrait', sections: ['cover', 'map', 'health', 'people'] };
    const started = Date.now();
    await openPrintView(page, request, { timeout: 60_000 });
    const readyMs = Date.now() - started;
    const path = await printPdf(page, request, 'large.pdf');
    const { pages } = await pdfInfo(path);
    console.info(`large board: print view ready in ${String(readyMs)} ms, ${String(pages)} A4 portrait pages`);
    expect(pages).toBeGreaterThan(10);
    expect(pages).toBeLessThan(400);
    const text = await pdfText(path);
    expect(text).toContain('Outcome 60: a measurable result for the quarter');
    expect(text).toContain('Activity 1500 for the outcome');
    expect(text).toContain('Person 80 Example');
    expect(text).toContain(`Page ${String(pages)} of ${String(pages)}`);
    await renderPages(path, join(dir, 'large'), 2, 3);

    // Only the map: far fewer pages than with a page per person.
    const mapOnly: PrintRequest = { ...request, sections: ['map'] };
    await openPrintView(page, mapOnly, { timeout: 60_000 });
    const mapPath = await printPdf(page, mapOnly, 'large-map-only.pdf');
    const mapPages = (await pdfInfo(mapPath)).pages;
    console.info(`large board, map only: ${String(mapPages)} pages`);
    expect(mapPages).toBeLessThan(pages);
    expect(problems).toEqual([]);
  });
});

describe('a person’s sheet longer than a page', () => {
  // 120 more activities serving Outbound pipeline, all Leo Fischer's: his sheet runs over three pages.
  async function longBoard(page: Page): Promise<BoardId> {
    const sample = createSampleBoard();
    const pipeline = sample.outcomes.find((o) => o.title === 'Outbound pipeline');
    const leo = sample.people.find((p) => p.name === 'Leo Fischer');
    if (!pipeline || !leo) throw new Error('the sample board has Outbound pipeline and Leo Fischer');
    const calls: Activity[] = Array.from({ length: 120 }, (_, k) => ({ id: `a-call-${String(k)}` as ActivityId, title: `Follow-up call ${String(k + 1)}`, outcomeId: pipeline.id, assigneeIds: [leo.id], done: false }));
    const file = join(dir, 'long-sheets.ownership.json');
    await writeFile(file, serializeBoard({ ...sample, title: 'Long sheets', activities: [...sample.activities, ...calls] }, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
    await importFile(page, file);
    await page.getByRole('heading', { level: 1, name: 'Long sheets' }).waitFor();
    const { last } = await storedBoards(page);
    if (last === null) throw new Error('the imported board was not stored');
    return last as BoardId;
  }

  /** The text of each page that lists some of the follow-up calls. */
  const pagesWithCalls = async (path: string) => (await pdfText(path)).split('\f').filter((text) => text.includes('Follow-up call'));

  it('says whose it is at the top of every page: the person’s name over their rows', async () => {
    const { page, problems } = await openBoard(browser);
    const boardId = await longBoard(page);

    const people: PrintRequest = { boardId, paper: 'A4', orientation: 'portrait', sections: ['people'] };
    await openPrintView(page, people);
    const sheetPath = await printPdf(page, people, 'long-person-sheet.pdf');
    const sheet = await pagesWithCalls(sheetPath);
    expect(sheet.length).toBeGreaterThanOrEqual(3);
    // Was: the second and third pages were rows of calls with no name on them.
    sheet.forEach((text, k) => {
      expect(text.trimStart().split('\n')[0], `page ${String(k + 1)} of the sheet`).toMatch(/^Leo Fischer\W+Marketing Lead$/u);
    });
    // The sheet's rows all there, once each.
    expect(sheet.join('\n').match(/Follow-up call \d+\b/gu)).toHaveLength(120);
    await renderPages(sheetPath, join(dir, 'long-person-sheet'), 2, 3);

    // The bookmarks name him once, where his sheet starts: the running head is not a heading.
    expect(outlineLines(await pdfOutline(sheetPath)).filter((line) => line.includes('Leo Fischer'))).toEqual(['    Leo Fischer']);
    expect(problems).toEqual([]);
  });

  it('says whose they are at the top of every page an outcome’s activities run onto', async () => {
    const { page, problems } = await openBoard(browser);
    const boardId = await longBoard(page);

    const map: PrintRequest = { boardId, paper: 'A4', orientation: 'portrait', sections: ['map'] };
    await openPrintView(page, map);
    const mapPath = await printPdf(page, map, 'long-outcome-card.pdf');
    const pages = await pagesWithCalls(mapPath);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // Was: the pages after the card's first were rows of calls with nothing to say whose.
    pages.slice(1).forEach((text, k) => {
      expect(text.trimStart().split('\n')[0], `page ${String(k + 2)} of the card`).toBe('Outbound pipeline (continued)');
    });
    expect(pages.join('\n').match(/Follow-up call \d+\b/gu)).toHaveLength(120);
    // The card starts under the map's heading on the first page: moved whole to the next page, it
    // left the first page empty but for the document's kicker.
    expect((await pdfText(mapPath)).split('\f')[0]).toMatch(/The map[\s\S]*Outbound pipeline[\s\S]*Follow-up call 1\b/u);
    await renderPages(mapPath, join(dir, 'long-outcome-card'), 1, 3);
    // One bookmark for the outcome: the running head is not a heading.
    expect(outlineLines(await pdfOutline(mapPath)).filter((line) => line.includes('Outbound pipeline'))).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});

describe('Export → PDF… in browser mode', () => {
  it('asks for paper and sections, then opens the print view in a new window and its print dialog', async () => {
    const { page, problems } = await openBoard(browser);
    // The print dialog itself can't be driven headless: record that it was asked for instead.
    await page.context().addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset.printCalled = 'true';
      };
    });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: /^PDF…/u }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Letter' }).check();
    await dialog.getByRole('radio', { name: 'Landscape' }).check();
    await dialog.getByRole('checkbox', { name: 'A page per person' }).uncheck();
    const [popup] = await Promise.all([page.waitForEvent('popup'), dialog.getByRole('button', { name: 'Save PDF' }).click()]);
    await popup.waitForSelector('html[data-print-ready="true"]');
    await popup.waitForSelector('html[data-print-called="true"]');
    expect(decodeURIComponent(new URL(popup.url()).hash)).toBe(`#print?board=${await openBoardId(page)}&paper=Letter&orientation=landscape&sections=cover,map,health`);
    await expect(popup.getByRole('heading', { name: 'Health check' }).isVisible()).resolves.toBe(true);
    await expect(popup.getByRole('heading', { name: 'Maya Chen', level: 3 }).count()).resolves.toBe(0);
    await page.getByRole('region', { name: 'Notifications' }).getByText('The print dialog opened in a new window: choose “Save as PDF” as the printer.').waitFor();
    expect(problems).toEqual([]);
  });
});

/**
 * The PDF as the person who was not in the workshop reads it: a colleague who gets it by e-mail,
 * or one sheet of it handed on. Every page has to say what it is and when it was made, and a list
 * that runs onto the next page has to say whose its rows are. Made with the desktop app's own
 * printToPDF settings and read back with poppler (pdf-helpers.ts); pages are rendered to PNG in
 * test-results/pdf/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { FULL_AUTHORITY, type ActivityId, type BoardId } from '../../shared/model';
import type { PrintRequest } from '../../shared/print';
import { createSampleBoard } from '../../shared/sample';
import { launchBrowser } from './browser';
import { openBoard } from './helpers';
import { importBoard, openBoardId, openPrintView, PDF_DIR, pdfInfo, pdfText, printPdf, renderPages } from './pdf-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Today as the cover writes it ("29 November 2026"), on the page's calendar. */
const printedToday = (page: Page) =>
  page.evaluate(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()));

/** The date's words as a pattern: the footer writes them with no-break spaces. */
const words = (date: string) => date.split(' ').join('\\s');

/** A board's PDF on A4 portrait with these sections, as the desktop app makes it: test-results/pdf/`name`.pdf. */
async function a4Pdf(page: Page, boardId: BoardId, sections: PrintRequest['sections'], name: string): Promise<string> {
  const request: PrintRequest = { boardId, paper: 'A4', orientation: 'portrait', sections };
  await openPrintView(page, request);
  return printPdf(page, request, `${name}.pdf`);
}

describe('a PDF handed to someone who was not there', () => {
  it('says on every page when it was printed, also without the cover, beside the board’s title and the page number', async () => {
    const { page, problems } = await openBoard(browser);
    const path = await a4Pdf(page, await openBoardId(page), ['map', 'health', 'people'], 'recipient-no-cover');
    const { pages } = await pdfInfo(path);
    const today = await printedToday(page);
    // Was: only the cover said when; without it (or on one person's sheet passed on) no page did.
    const sheets = (await pdfText(path)).split('\f').slice(0, pages);
    expect(sheets).toHaveLength(pages);
    sheets.forEach((text, k) => {
      expect(text, `page ${String(k + 1)}`).toMatch(new RegExp(`Revenue ownership workshop \\(sample\\)\\W*·\\s${words(today)}\\s+Page ${String(k + 1)} of ${String(pages)}`, 'u'));
    });
    await renderPages(path, join(PDF_DIR, 'recipient-no-cover'), 1, 1);
    expect(problems).toEqual([]);
  });

  it('beside the widest title the footer has room for, the date goes whole onto a second line and the page number stays whole', async () => {
    const { page, problems } = await openBoard(browser);
    const boardId = await importBoard(page, { ...createSampleBoard(), title: 'W'.repeat(150) }, 'recipient-wide-title');
    const path = await a4Pdf(page, boardId, ['cover', 'map'], 'recipient-wide-title');
    const { pages } = await pdfInfo(path);
    const text = await pdfText(path);
    // Was (with the date beside the title): "Page 1" over "of 3", and "29" apart from "November 2026".
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${String(n)} of ${String(pages)}`);
    expect(text).toMatch(new RegExp(`^·\\s${words(await printedToday(page))}$`, 'mu'));
    await renderPages(path, join(PDF_DIR, 'recipient-wide-title'), 1, 1);
    expect(problems).toEqual([]);
  });

  it('a long parking lot says it is the parking lot at the top of every page its activities run onto', async () => {
    const { page, problems } = await openBoard(browser);
    const sample = createSampleBoard();
    // A pasted list of ideas nobody has placed yet: 120 rows, three pages of A4.
    const ideas = Array.from({ length: 120 }, (_, k) => ({ id: `idea-${String(k)}` as ActivityId, title: `Idea ${String(k + 1)} from the wall`, outcomeId: null, assigneeIds: [], done: false }));
    const boardId = await importBoard(page, { ...sample, title: 'Many ideas parked', activities: [...sample.activities, ...ideas] }, 'recipient-parking-lot');
    const path = await a4Pdf(page, boardId, ['map'], 'recipient-parking-lot');
    const pages = (await pdfText(path)).split('\f').filter((text) => /Idea \d+ from the wall/u.test(text));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // Was: the second and third pages were rows of ideas with nothing to say where they stand.
    pages.slice(1).forEach((text, k) => {
      expect(text.trimStart().split('\n')[0], `page ${String(k + 2)} of the parking lot`).toBe('Parking lot (continued)');
    });
    expect(pages.join('\n').match(/Idea \d+ from the wall/gu)).toHaveLength(120);
    await renderPages(path, join(PDF_DIR, 'recipient-parking-lot'), 2, 4);
    expect(problems).toEqual([]);
  });

  it('a person’s sheet, handed to them alone, says where each outcome they own stands, not only its target', async () => {
    const { page, problems } = await openBoard(browser);
    const path = await a4Pdf(page, await openBoardId(page), ['people'], 'recipient-owner-sheet');
    const sheets = (await pdfText(path)).split('\f').map((text) => text.replace(/\s+/gu, ' '));
    const sheetOf = (name: string) => sheets.find((text) => text.includes(`${name} · `)) ?? '';
    // Was: "20 qualified opportunities per month" and nothing of the 14 there are.
    expect(sheetOf('Maya Chen')).toContain('Outbound pipeline ✓ Owned 20 qualified opportunities per month · Current: 14 of 20 qualified opportunities (not met yet)');
    expect(sheetOf('Priya Nair')).toContain('90% per quarter · Current: 75 of 90% (not met yet)');
    await renderPages(path, join(PDF_DIR, 'recipient-owner-sheet'), 1, 1);
    expect(problems).toEqual([]);
  });

  it('says after each reason what to do next, in one line an outcome, and nothing where all is well', async () => {
    const { page, problems } = await openBoard(browser);
    const path = await a4Pdf(page, await openBoardId(page), ['health'], 'recipient-next-steps');
    const text = await pdfText(path);
    const flat = text.replace(/\s+/gu, ' ');
    // Was: "Nobody is accountable for it." and the recipient left to guess what the room meant to do.
    expect(flat).toContain('Deals closed ! Nobody owns it ⚠ Tasks done, result missed Nobody is accountable for it. Next: name one person accountable for it. ✓ Pass');
    expect(flat).toContain(
      'Write the proposal ◇ Task, not an outcome No metric: what will be counted? No target: how many, by when? Next: agree what to count and the target to reach, then name one person accountable for it. ✗ Fail',
    );
    expect(flat).toContain(
      "Forecast accuracy △ Task assignment, not ownership Priya Nair can't decide how it is pursued, prioritise resources or choose approaches. Next: give Priya Nair full authority over it, or choose an owner who has it. ✓ Pass",
    );
    // One line each (pdftotext keeps the lines), and none under Outbound pipeline, which is owned.
    expect(text.match(/^\s*Next: .*\.$/gmu)).toHaveLength(3);
    expect(flat).toMatch(/Outbound pipeline ✓ Owned Maya Chen owns it: [^.]*\. ✓ Pass/u);
    await renderPages(path, join(PDF_DIR, 'recipient-next-steps'), 1, 2);
    expect(problems).toEqual([]);
  });

  it('an owned outcome with every task done and its result missed says to ask its owner what else would move it', async () => {
    const { page, problems } = await openBoard(browser);
    const sample = createSampleBoard();
    // The room gave Deals closed to Priya Nair with every authority; its one task is done, 5 of 12 deals.
    const outcomes = sample.outcomes.map((outcome) =>
      outcome.title === 'Deals closed' ? { ...outcome, ownerId: sample.people[2]?.id ?? null, authority: FULL_AUTHORITY } : outcome,
    );
    const boardId = await importBoard(page, { ...sample, title: 'Deals given an owner', outcomes }, 'recipient-ask-owner');
    const path = await a4Pdf(page, boardId, ['health'], 'recipient-ask-owner');
    const flat = (await pdfText(path)).replace(/\s+/gu, ' ');
    expect(flat).toContain(
      'Deals closed ✓ Owned ⚠ Tasks done, result missed Priya Nair owns it: a measurable result, one accountable person, and the authority to decide how. Next: ask Priya Nair what else would move the result. ✓ Pass',
    );
    await renderPages(path, join(PDF_DIR, 'recipient-ask-owner'), 1, 1);
    expect(problems).toEqual([]);
  });
});

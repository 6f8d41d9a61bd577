/**
 * The PDF read by someone who was not in the room, on boards written at length: an outcome card
 * taller than a page with only a few activities, a board that came in a colleague's file, an
 * outcome title of three lines on its owner's sheet. Made with the desktop app's own printToPDF
 * settings and read back with poppler (pdf-helpers.ts); pages rendered to PNG in test-results/pdf/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { initialsOf, personColourAt, type ActivityId, type Board, type BoardId, type Person, type PersonId } from '../../shared/model';
import type { Orientation, PaperSize, PrintRequest } from '../../shared/print';
import { createSampleBoard } from '../../shared/sample';
import { launchBrowser } from './browser';
import { openBoard } from './helpers';
import { importBoard, openPrintView, PDF_DIR, pdfText, pdfWords, printPdf, renderPages, type PlacedWord } from './pdf-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** `text` said over and over, cut at a word to `length` characters. */
const atLength = (text: string, length: number) => `${text} `.repeat(Math.ceil(length / (text.length + 1))).slice(0, length).trimEnd();

/** A board's PDF with these sections, as the desktop app makes it: test-results/pdf/`name`.pdf. */
async function boardPdf(page: Page, boardId: BoardId, paper: PaperSize, orientation: Orientation, sections: PrintRequest['sections'], name: string): Promise<string> {
  const request: PrintRequest = { boardId, paper, orientation, sections };
  await openPrintView(page, request);
  return printPdf(page, request, `${name}.pdf`);
}

describe('an outcome written at length', () => {
  /**
   * Outbound pipeline as a room that writes a lot leaves it: a description of 2,500 characters and
   * ten activities whose titles run over three lines, each shared by all four people. Ten is fewer
   * than the 15 that made a list long, but the card is taller than a page.
   */
  function wordyBoard(): Board {
    const sample = createSampleBoard();
    const pipeline = sample.outcomes[0];
    if (pipeline === undefined) throw new Error('the sample board has outcomes');
    const notes = atLength('The room agreed that this outcome is measured every month and reviewed by the whole leadership team, the regional leads reporting in turn.', 2500);
    const wordy = Array.from({ length: 10 }, (_, k) => ({
      id: `wordy-${String(k)}` as ActivityId,
      title: `Step ${String(k + 1)}: ${atLength('call back every lead from the spring campaign that has not answered yet and write down why', 180)}`,
      outcomeId: pipeline.id,
      assigneeIds: sample.people.map((person) => person.id),
      done: k % 2 === 0,
    }));
    return {
      ...sample,
      title: 'A wordy workshop',
      outcomes: sample.outcomes.map((outcome) => (outcome.id === pipeline.id ? { ...outcome, notes } : outcome)),
      activities: [...sample.activities, ...wordy],
    };
  }

  it.each([
    ['A4', 'portrait'],
    ['Letter', 'landscape'],
  ] as const)('with ten activities taller than a page says whose they are at the top of every page they run onto (%s %s)', async (paper, orientation) => {
    const { page, problems } = await openBoard(browser);
    const boardId = await importBoard(page, wordyBoard(), `wordy-card-${paper}`);
    const path = await boardPdf(page, boardId, paper, orientation, ['map'], `wordy-card-${paper}-${orientation}`);
    const pages = (await pdfText(path)).split('\f');
    // The pages, or the landscape columns, that hold some of the ten steps, after the card's first.
    const later = pages.filter((text) => /Step \d+:/u.test(text)).slice(1);
    expect(later.length).toBeGreaterThanOrEqual(1);
    // Was: the rows on the next page, under nothing that said which outcome they serve.
    later.forEach((text, k) => {
      expect(text.trimStart().split('\n')[0], `page ${String(k + 2)} of the card`).toMatch(/^Outbound pipeline \(continued\)/u);
    });
    expect(pages.join('\n').match(/Step \d+:/gu)).toHaveLength(10);
    await renderPages(path, join(PDF_DIR, `wordy-card-${paper}-${orientation}`), 1, 3);
    expect(problems).toEqual([]);
  });
});

describe('an outcome’s notes as their author laid them out', () => {
  it('keep their indents and blank lines on paper, as on the card', async () => {
    const sample = createSampleBoard();
    const notes = 'Agreed in the room:\n  Maya chooses the channels\n      within the quarterly budget\n\nReviewed every month.';
    const board: Board = { ...sample, title: 'Notes laid out', outcomes: sample.outcomes.map((outcome, k) => (k === 0 ? { ...outcome, notes } : outcome)) };
    const { page, problems } = await openBoard(browser);
    const boardId = await importBoard(page, board, 'notes-laid-out');
    const path = await boardPdf(page, boardId, 'A4', 'portrait', ['map'], 'notes-laid-out');
    const all = (await pdfWords(path)).flatMap((sheet) => sheet.words);
    // The notes' words, in reading order from their first ("Maya Chen" owns the card above them).
    const words = all.slice(all.findIndex((word) => word.text === 'Agreed'));
    const first = (text: string) => {
      const word = words.find((candidate) => candidate.text === text);
      if (!word) throw new Error(`"${text}" is not in the PDF`);
      return word;
    };
    const [agreed, maya, within, reviewed] = ['Agreed', 'Maya', 'within', 'Reviewed'].map(first) as [PlacedWord, PlacedWord, PlacedWord, PlacedWord];
    // Was: every line flush left (white-space: pre-line), the list's levels gone.
    expect(maya.xMin - agreed.xMin).toBeGreaterThan(4);
    expect(within.xMin - maya.xMin).toBeGreaterThan(8);
    expect(reviewed.xMin).toBeCloseTo(agreed.xMin, 0);
    // The blank line before the last stays: more than a line's height between them.
    const lineHeight = maya.yMin - agreed.yMin;
    expect(reviewed.yMin - within.yMin).toBeGreaterThan(1.5 * lineHeight);
    await renderPages(path, join(PDF_DIR, 'notes-laid-out'), 1, 1);
    expect(problems).toEqual([]);
  });
});

describe('a board that came in a colleague’s file', () => {
  it('has the cover say when the board was started and last changed, not when it was imported; once changed here, that day', async () => {
    const { page, problems } = await openBoard(browser);
    // Exported by a colleague in March, after their last change that morning.
    const boardId = await importBoard(page, { ...createSampleBoard(), title: 'Spring workshop', createdAt: '2026-03-02T08:00:00.000Z', updatedAt: '2026-03-14T09:41:00.000Z' }, 'imported-last-change');
    const cover = async (name: string) => {
      const path = await boardPdf(page, boardId, 'A4', 'portrait', ['cover'], name);
      await renderPages(path, join(PDF_DIR, name), 1, 1);
      return (await pdfText(path)).replace(/\s+/gu, ' ');
    };
    // Was: the day of the import, as if the board had been changed then.
    // And the day the board was started, the workshop's, which the cover printed nowhere.
    expect(await cover('imported-last-change')).toContain('Board started 2 March 2026, last changed 14 March 2026');

    // A person here ticks an activity: now the board was last changed today.
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { level: 1, name: 'Spring workshop' }).waitFor();
    await page.getByRole('checkbox', { name: 'Done: Run the campaign' }).check();
    await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    const today = await page.evaluate(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()));
    expect(await cover('imported-then-changed')).toContain(`Board started 2 March 2026, last changed ${today}`);
    expect(problems).toEqual([]);
  });
});

describe('an owner’s sheet', () => {
  it('beside an outcome title of three lines, the verdict stays a one-line badge at the top, not a blob as tall as the title', async () => {
    const { page, problems } = await openBoard(browser);
    const sample = createSampleBoard();
    const title = atLength('Outbound pipeline across every region and every channel we sell through', 195);
    const outcomes = sample.outcomes.map((outcome, k) => (k === 0 ? { ...outcome, title } : outcome));
    const boardId = await importBoard(page, { ...sample, title: 'Long outcome titles', outcomes }, 'owner-sheet-badge');
    const request: PrintRequest = { boardId, paper: 'A4', orientation: 'portrait', sections: ['people'] };
    // As a tab shows it, laid out as on A4 paper (182 mm between the margins), to see where the badge is drawn.
    await page.setViewportSize({ width: Math.round((182 / 25.4) * 96), height: 1000 });
    await openPrintView(page, request, { shown: true });
    await page.emulateMedia({ media: 'print' });
    const owned = page.getByRole('region', { name: 'Maya Chen' }).getByRole('listitem').filter({ hasText: title });
    const titleBox = await owned.getByText(title).boundingBox();
    const badgeBox = await owned.getByText('Owned', { exact: true }).locator('..').boundingBox();
    if (!titleBox || !badgeBox) throw new Error('the owner’s sheet shows the outcome and its verdict');
    // Was: the badge stretched over the title's three lines (a green oval 17 mm tall).
    expect(titleBox.height).toBeGreaterThan(40);
    expect(badgeBox.height).toBeLessThan(titleBox.height / 2);
    expect(Math.abs(badgeBox.y - titleBox.y)).toBeLessThan(4);
    await page.emulateMedia({ media: 'screen' });
    const path = await printPdf(page, request, 'owner-sheet-badge.pdf');
    await renderPages(path, join(PDF_DIR, 'owner-sheet-badge'), 1, 1);
    expect(problems).toEqual([]);
  });
});

describe('the cover', () => {
  /** The sample's four people and 46 guests: the denser grid of three columns on A4. */
  function crowdedBoard(purposeLength: number): Board {
    const sample = createSampleBoard();
    const guests = Array.from({ length: 46 }, (_, k): Person => {
      const name = `Guest ${String(k + 1)} Example`;
      return { id: `guest-${String(k)}` as PersonId, name, role: 'Visitor', newToRole: false, colour: personColourAt(k), initials: initialsOf(name) };
    });
    const purpose = atLength('Every team that sells, serves or bills a customer agrees here who owns each result and with what authority.', purposeLength);
    return { ...sample, id: `crowded-${String(purposeLength)}` as BoardId, title: `A crowded workshop ${String(purposeLength)}`, purpose, people: [...sample.people, ...guests] };
  }

  it('under a long purpose, keeps two rows of participants at least under their heading at the foot of the page', async () => {
    const { page, problems } = await openBoard(browser);
    // From about three rows' room under the heading at the foot of page 1 to none, a line of the purpose at a time.
    for (const length of [3100, 3200, 3300, 3400, 3500, 3600]) {
      const name = `crowded-cover-${String(length)}`;
      const boardId = await importBoard(page, crowdedBoard(length), name);
      const path = await boardPdf(page, boardId, 'A4', 'portrait', ['cover'], name);
      const pages = await pdfWords(path);
      const first = pages.findIndex(({ words }) => words.some((word) => word.text === 'Participants'));
      const sheet = pages[first];
      const heading = sheet?.words.find((word) => word.text === 'Participants');
      if (!sheet || !heading) throw new Error('the cover has its participants');
      // A participant's row is the line of their "Name · Role" (the footer, 16 mm high, has a "·" too).
      const rows = new Set(sheet.words.filter((word) => word.text === '·' && word.yMin > heading.yMax && word.yMax < sheet.height - 45).map((word) => Math.round(word.yMin)));
      // Was: with 3,300 characters of purpose, "Participants (50)" and one row of three at the foot of page 1, the other 47 on page 2.
      expect(rows.size, `rows under the heading on page ${String(first + 1)}, ${String(length)} characters of purpose`).toBeGreaterThanOrEqual(2);
      await renderPages(path, join(PDF_DIR, name), 1, 2);
      await page.goto(inject('baseUrl'));
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    expect(problems).toEqual([]);
  });

  // In landscape the cover's 30 mm of room above the title pushed the last row of eight participants
  // to a page of its own, no heading on it, the map starting on the page after.
  it('in landscape a short board’s eight participants all stand on the cover, under a two-line title and a purpose of three lines', async () => {
    const { page, problems } = await openBoard(browser);
    const sample = createSampleBoard();
    const people: [string, string][] = [
      ['José Álvarez-Núñez', 'Director de Ventas Internacionales'],
      ['محمد الأحمد', 'مدير العمليات'],
      ['Zoë Brontë', 'Growth Lead'],
      ['Łukasz Żółkiewski', 'Head of Customer Success & Renewals (EMEA)'],
      ['Siobhán Ní Bhriain', 'Finance Business Partner'],
      ['דנה כהן', 'Product Marketing Manager'],
      ['Björn Ångström', 'CTO'],
      ['Anna-Maria Papadopoulou-Konstantinidou', 'Chief Revenue Officer and Executive Sponsor of the Workshop'],
    ];
    const board: Board = {
      ...sample,
      id: 'landscape-cover' as BoardId,
      title: 'Q1 2027 Go-to-market ownership workshop — Europe, Middle East & Africa (Zürich offsite)',
      purpose: 'Decide who owns each revenue outcome for EMEA next year.\nEvery outcome gets exactly one owner with real authority.\nParticipants: leadership team plus regional leads.',
      people: people.map(([name, role], k): Person => ({ id: `p-${String(k)}` as PersonId, name, role, newToRole: k === 2 || k === 5, colour: personColourAt(k), initials: initialsOf(name) })),
      outcomes: sample.outcomes.map((outcome) => ({ ...outcome, ownerId: null, authority: { decidesHow: false, prioritisesResources: false, choosesApproaches: false } })),
      activities: sample.activities.map((activity) => ({ ...activity, assigneeIds: [] })),
    };
    const boardId = await importBoard(page, board, 'landscape-cover');
    for (const paper of ['A4', 'Letter'] as const) {
      const path = await boardPdf(page, boardId, paper, 'landscape', ['cover', 'map'], `landscape-cover-${paper}`);
      const pages = await pdfWords(path);
      const onCover = new Set(pages[0]?.words.map((word) => word.text));
      // Each participant's first word on the cover (a last row on a page of its own had "Björn" and
      // "Anna-Maria"), those in Latin letters: poppler gives right-to-left words in another order.
      const latin = people.map(([name]) => name.split(' ')[0] ?? '').filter((first) => /^\p{Script=Latin}/u.test(first));
      expect(latin).toHaveLength(6);
      expect(latin.filter((first) => !onCover.has(first)), `on the ${paper} cover`).toEqual([]);
      await renderPages(path, join(PDF_DIR, `landscape-cover-${paper}`), 1, 2);
      await page.goto(inject('baseUrl'));
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    expect(problems).toEqual([]);
  });
});

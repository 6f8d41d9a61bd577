/**
 * The PDF's continued pages, as someone reads them who was not in the room: a page that carries on
 * an outcome's card or a person's sheet has to say at its top whose it is and, for a table, which
 * column is which. Made with the desktop app's own printToPDF settings and read back with poppler
 * (pdf-helpers.ts); pages rendered to PNG in test-results/pdf/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import type { Activity, ActivityId, Board, BoardId } from '../../shared/model';
import type { Orientation, PaperSize, PrintRequest } from '../../shared/print';
import { createSampleBoard } from '../../shared/sample';
import { createRandom, generateBoard } from '../../scripts/bench/boards.mjs';
import { launchBrowser } from './browser';
import { openBoard } from './helpers';
import { PAGE_MARGIN_MM } from '../../renderer/print/pageRule';
import { importBoard, openPrintView, PDF_DIR, pdfText, pdfWords, printPdf, renderPages } from './pdf-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** A board's PDF on A4 portrait with these sections, as the desktop app makes it: test-results/pdf/`name`.pdf. */
async function a4Pdf(page: Page, boardId: BoardId, sections: PrintRequest['sections'], name: string): Promise<string> {
  const request: PrintRequest = { boardId, paper: 'A4', orientation: 'portrait', sections };
  await openPrintView(page, request);
  return printPdf(page, request, `${name}.pdf`);
}

/** Each page's lines, without the blank ones. */
const pageLines = async (path: string) =>
  (await pdfText(path)).split('\f').map((text) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );

/** `text` said over and over, cut at a word to `length` characters. */
const atLength = (text: string, length: number) => `${text} `.repeat(Math.ceil(length / (text.length + 1))).slice(0, length).trimEnd();

/** The sample board, titled `title`, with `count` follow-up calls serving `outcome`, each assigned to `person`. */
function sampleWithCalls(title: string, count: number, outcome: string, person: string): { board: Board; calls: Activity[] } {
  const sample = createSampleBoard();
  const serves = sample.outcomes.find((o) => o.title === outcome);
  const assignee = sample.people.find((p) => p.name === person);
  if (!serves || !assignee) throw new Error(`the sample board has ${outcome} and ${person}`);
  const calls: Activity[] = Array.from({ length: count }, (_, k) => ({ id: `a-call-${String(k)}` as ActivityId, title: `Follow-up call ${String(k + 1)}`, outcomeId: serves.id, assigneeIds: [assignee.id], done: false }));
  return { board: { ...sample, title, activities: [...sample.activities, ...calls] }, calls };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** What the notes of the boards below say, over and over. */
const NOTES = 'Agreed in the room: the regional leads report in turn, every month, to the whole team.';
/** A line of those notes: only their words. */
const isNotesLine = (text: string) => text.split(' ').every((word) => NOTES.split(' ').includes(word));

/**
 * The benchmark's workshop (scripts/bench/boards.mjs, seed `seed`) with notes of one to fourteen
 * sentences on about half its outcomes: long cards whose notes and lists end anywhere on a page or
 * column. Deterministic, so the PDF comes out the same from run to run.
 */
function workshopWithNotes(seed: number): Board {
  const random = createRandom(seed);
  const sentence = `${NOTES} `;
  const board = generateBoard('workshop', { seed: seed + 1000 });
  const outcomes = board.outcomes.map((outcome) => (random.chance(0.5) ? { ...outcome, notes: sentence.repeat(1 + random.int(14)).trim() } : outcome));
  return { ...board, outcomes };
}

/**
 * A smaller generated board (14 outcomes, 50 activities, seed `seed`) with notes of 300 to 5,000
 * characters on most outcomes: long cards whose notes run to the foot of a page, most with only a
 * few activities under them.
 */
function boardWithLongNotes(seed: number): Board {
  const random = createRandom(seed * 11 + 5);
  const text = `${NOTES} `;
  const board = generateBoard({ outcomes: 14, activities: 50, people: 10 }, { seed: seed + 7000 });
  const outcomes = board.outcomes.map((outcome) => (random.chance(0.6) ? { ...outcome, notes: text.repeat(60).slice(0, 300 + random.int(4700)).trim() } : outcome));
  return { ...board, title: 'Long notes', outcomes };
}

/** A line of a PDF's column: its words, and whether they are all in the running head's small type (7.5 pt, under 9.3 pt tall). */
interface ColumnLine {
  readonly text: string;
  readonly small: boolean;
}

/** A list's row (its tick box first), in a column's lines. */
const isRow = (line: ColumnLine | undefined) => line !== undefined && /^[☐☑]/u.test(line.text);
/** A list's "Activities (n of m done)", in a column's lines. */
const isSubhead = (line: ColumnLine | undefined) => line !== undefined && /^Activities( \(\d+ of \d+ done\))?$/u.test(line.text);

/**
 * Each page's columns (one in portrait, the map's two in landscape), each the lines in it from the
 * top, read from the words' places (pdftotext -layout runs two columns' lines together). Without
 * the footer, in the bottom margin.
 */
async function columnLines(path: string, columns: number): Promise<ColumnLine[][][]> {
  const mm = 72 / 25.4;
  return (await pdfWords(path)).map(({ width, height, words }) => {
    const bottom = height - PAGE_MARGIN_MM.bottom * mm;
    const placed = words.filter((word) => word.yMin < bottom).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    return Array.from({ length: columns }, (_, column) => {
      const lines: { y: number; words: typeof placed }[] = [];
      for (const word of placed.filter((w) => Math.min(columns - 1, Math.floor((w.xMin / width) * columns)) === column)) {
        const middle = (word.yMin + word.yMax) / 2;
        const line = lines.find((l) => Math.abs(l.y - middle) < 2.5);
        if (line) line.words.push(word);
        else lines.push({ y: middle, words: [word] });
      }
      return lines
        .sort((a, b) => a.y - b.y)
        .map((line) => ({
          text: line.words
            .sort((a, b) => a.xMin - b.xMin)
            .map((word) => word.text)
            .join(' '),
          small: line.words.every((word) => word.yMax - word.yMin < 9.3),
        }));
    });
  });
}

describe('a person’s sheet whose assignments run onto the next page', () => {
  it('has the assignments’ column headers at the top of every page they run onto, under the person’s name', async () => {
    const { page, problems } = await openBoard(browser);
    // 120 more activities serving Outbound pipeline, all Leo Fischer's: his sheet runs over three pages.
    const { board } = sampleWithCalls('Long assignments', 120, 'Outbound pipeline', 'Leo Fischer');
    const boardId = await importBoard(page, board, 'continued-assignments');
    const path = await a4Pdf(page, boardId, ['people'], 'continued-assignments');
    const sheet = (await pageLines(path)).filter((lines) => lines.some((line) => line.includes('Follow-up call')));
    expect(sheet.length).toBeGreaterThanOrEqual(3);
    // Was: "Activity  Serves" over the first page's rows only; the next pages' rows under the name alone.
    sheet.forEach((lines, k) => {
      const header = lines.findIndex((line) => /^Activity\s+Serves$/u.test(line));
      const firstRow = lines.findIndex((line) => /^[☐☑]/u.test(line));
      expect(lines[0], `page ${String(k + 1)} of the sheet`).toMatch(/^Leo Fischer\W+Marketing Lead$/u);
      expect(header, `page ${String(k + 1)} of the sheet: its column headers`).toBeGreaterThan(0);
      expect(header, `page ${String(k + 1)} of the sheet: its column headers over its rows`).toBeLessThan(firstRow);
    });
    // Once a page, not twice on the first.
    expect(sheet.map((lines) => lines.filter((line) => /^Activity\s+Serves$/u.test(line)).length)).toEqual(sheet.map(() => 1));
    expect(sheet.flat().filter((line) => /Follow-up call \d+\b/u.test(line))).toHaveLength(120);
    await renderPages(path, join(PDF_DIR, 'continued-assignments'), 1, 3);
    expect(problems).toEqual([]);
  });
});

describe('an outcome card that runs onto the next page', () => {
  it('has the outcome named over its notes at the top of every page they run onto', async () => {
    const { page, problems } = await openBoard(browser);
    // Outbound pipeline with notes as long as the app takes (5,000 characters): taller than a page on their own.
    const sample = createSampleBoard();
    const notes = atLength('Agreed in the room: the regional leads report the pipeline in turn, every month, to the whole team.', 5000);
    const board: Board = { ...sample, title: 'Long notes', outcomes: sample.outcomes.map((outcome, k) => (k === 0 ? { ...outcome, notes } : outcome)) };
    const boardId = await importBoard(page, board, 'continued-notes');
    const path = await a4Pdf(page, boardId, ['map'], 'continued-notes');
    const pages = (await pageLines(path)).filter((lines) => lines.some((line) => line.includes('the regional leads report')));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // Was: the second page began in the middle of the notes, with no outcome named above them.
    pages.slice(1).forEach((lines, k) => {
      expect(lines[0], `page ${String(k + 2)} of the card`).toBe('Outbound pipeline (continued)');
    });
    await renderPages(path, join(PDF_DIR, 'continued-notes'), 1, 2);
    expect(problems).toEqual([]);
  });

  it('on the workshop-sized board, every page of the map says at its top which outcome it carries on, and none carries a lone row', async () => {
    const { page, problems } = await openBoard(browser);
    // The benchmark's workshop (scripts/bench/boards.mjs): 20 outcomes, 200 activities, 15 people.
    const board = generateBoard('workshop');
    const boardId = await importBoard(page, board, 'continued-workshop');
    const path = await a4Pdf(page, boardId, ['cover', 'map'], 'continued-workshop');
    const names = [...board.outcomes.map((outcome) => outcome.title), 'Parking lot'].map(escape).join('|');
    const start = new RegExp(`^(The map|(${names})\\b)`, 'u');
    // The cover is the first page; the map's pages after it.
    const map = (await pageLines(path)).slice(1).filter((lines) => lines.length > 1);
    expect(map.length).toBeGreaterThanOrEqual(5);
    // Was: a page began "Activities (7 of 12 done)", the running head naming the outcome a line below.
    map.forEach((lines, k) => {
      expect(lines[0], `page ${String(k + 2)}`).toMatch(start);
    });
    // Its notes are a line each, which a page break does not split: a running head is over rows carried on, never over a card's notes.
    const isRowOrSubhead = (line: string | undefined) => line !== undefined && /^([☐☑]|Activities \(\d+ of \d+ done\)$)/u.test(line);
    map.forEach((lines, k) => {
      if (lines[0]?.endsWith(' (continued)') === true) expect(isRowOrSubhead(lines[1]), `page ${String(k + 2)}: "${lines[1] ?? ''}" under "${lines[0]}"`).toBe(true);
    });
    // A card's list broken by the page keeps two rows at least on each side, as a paragraph keeps two lines.
    // Was: page 5 carried one row of Partner-sourced deals 7 under its running head, the next card under it.
    const isRow = (line: string) => /^[☐☑]/u.test(line);
    map.forEach((lines, k) => {
      if (lines[0]?.endsWith(' (continued)') === true) {
        const carried = lines.slice(1).findIndex((line) => !isRow(line));
        expect(carried, `page ${String(k + 2)}: rows carried over under "${lines[0]}"`).not.toBe(1);
      }
      // The last card's list, when it goes on over the page: its rows on this one (the footer after them).
      const subhead = lines.findLastIndex((line) => /^Activities \(\d+ of \d+ done\)$/u.test(line));
      const total = Number(/of (\d+) done/u.exec(lines[subhead] ?? '')?.[1] ?? 0);
      const rows = lines.slice(subhead + 1, -1).filter((line) => !line.endsWith(' (continued)'));
      if (rows.every(isRow) && rows.length < total) expect(rows.length, `page ${String(k + 2)}: rows ending it`).not.toBe(1);
    });
    await renderPages(path, join(PDF_DIR, 'continued-workshop'), 2, 10);
    expect(problems).toEqual([]);
  });
});

describe('a long card’s running heads', () => {
  // The benchmark's workshop with long notes, seed 15: with the heads as they were, its A4 PDFs had
  // the faults below (a head over nothing of its notes, on portrait pages 3 and 7; a head alone at
  // the foot of a landscape column), beside a head at the start of every long card's parts. (Each
  // part had a head of its own then: "· Notes", "· Activities". Now the card's notes and list are one
  // sheet under one head, "(continued)", PrintMap.tsx.)
  it.each<[Orientation, number]>([
    ['portrait', 1],
    ['landscape', 2],
  ])('are at the top of a page or column the card carries on onto, never where its notes or list start, and always over some of them (A4 %s)', async (orientation, columns) => {
    const { page, problems } = await openBoard(browser);
    const boardId = await importBoard(page, { ...workshopWithNotes(15), title: 'Long notes workshop' }, `running-heads-${orientation}`);
    const request: PrintRequest = { boardId, paper: 'A4', orientation, sections: ['map'] };
    await openPrintView(page, request);
    const path = await printPdf(page, request, `running-heads-${orientation}.pdf`);
    await renderPages(path, join(PDF_DIR, `running-heads-${orientation}`), 1, 8);
    const isHead = (line: ColumnLine) => line.small && / \(continued\)$/u.test(line.text);
    const faults: string[] = [];
    let continued = 0;
    (await columnLines(path, columns)).forEach((pageColumns, p) => {
      pageColumns.forEach((lines, c) => {
        const where = `page ${String(p + 1)}${columns > 1 ? `, column ${String(c + 1)}` : ''}`;
        lines.forEach((line, k) => {
          if (!isHead(line)) return;
          // Was: the head under the card's title and facts, where its notes or list start.
          if (k > 0) faults.push(`${where}: "${line.text}" where the notes or list start, under "${lines[k - 1]?.text ?? ''}"`);
          const next = lines[k + 1];
          // Was: alone at the foot of a column, the part starting in the next one under the same head again.
          if (next === undefined) faults.push(`${where}: "${line.text}" over nothing`);
          // Was: over the next card's "Activities (2 of 8 done)", the notes' last margin carried over alone.
          // Now over the card's notes, its list's subhead or its rows, never over the next card.
          else if (next.small || !(isNotesLine(next.text) || isSubhead(next) || isRow(next))) faults.push(`${where}: "${line.text}" over "${next.text}"`);
          else if (k === 0) continued += 1;
        });
        // Rows or a list's "Activities (n of m done)" at the top under no name, that subhead alone at the foot.
        if (isRow(lines[0]) || isSubhead(lines[0])) faults.push(`${where}: begins with "${lines[0]?.text ?? ''}", under no head`);
        if (isSubhead(lines.at(-1))) faults.push(`${where}: ends with "${lines.at(-1)?.text ?? ''}"`);
      });
    });
    expect(faults).toEqual([]);
    // Cards do carry on under their heads: the board has long ones that break.
    expect(continued).toBeGreaterThanOrEqual(5);
    expect(problems).toEqual([]);
  });
});

describe('a long card whose notes end at the foot of a page or column', () => {
  // Where the notes filled a page or column down to its foot and the list's first rows did not fit
  // under them, the list went on in the next: before the last session the page began with its rows
  // under no name (seed 7 on Letter: page 9, Forecast accuracy 11's seven rows); until this one,
  // with "Activities (1 of 1 done)" and its rows under no name (seed 8 on A4: page 3, Deals closed
  // 2's; seed 10 on A4 landscape: page 3's second column, Forecast accuracy 3's five), the notes and
  // the list each a sheet whose head was cut off where it starts (PrintMap.tsx). Or the subhead was
  // left at the column's foot, its one row in the next (seed 13 on A4 landscape: page 6, Outbound
  // pipeline 9). Now the notes and the list are one sheet, and its head names the card over them.
  it.each<[number, PaperSize, Orientation, string, string]>([
    [7, 'Letter', 'portrait', 'Forecast accuracy 11', 'notes'],
    [8, 'A4', 'portrait', 'Deals closed 2', 'Activities (1 of 1 done)'],
    [10, 'A4', 'landscape', 'Forecast accuracy 3', 'Activities (1 of 5 done)'],
    [13, 'A4', 'landscape', 'Outbound pipeline 9', 'Activities (0 of 1 done)'],
  ])('never begins a page or column with its rows or its subhead under no head, nor ends one with its subhead (seed %i, %s %s)', async (seed, paper, orientation, outcome, under) => {
    const { page, problems } = await openBoard(browser);
    const name = `notes-foot-${String(seed)}-${paper}-${orientation}`;
    const boardId = await importBoard(page, boardWithLongNotes(seed), name);
    const request: PrintRequest = { boardId, paper, orientation, sections: ['map'] };
    await openPrintView(page, request);
    const path = await printPdf(page, request, `${name}.pdf`);
    const columns = (await columnLines(path, orientation === 'landscape' ? 2 : 1)).flat();
    await renderPages(path, join(PDF_DIR, name), 1, columns.length);
    const faults = columns.flatMap((lines, k) => [
      ...(isRow(lines[0]) || isSubhead(lines[0]) ? [`column ${String(k + 1)} begins with "${lines[0]?.text ?? ''}", under no head`] : []),
      ...(isSubhead(lines.at(-1)) ? [`column ${String(k + 1)} ends with "${lines.at(-1)?.text ?? ''}"`] : []),
    ]);
    expect(faults).toEqual([]);
    // The card carried on under its name, what it carries on with straight under it.
    const carried = columns.filter((lines) => lines[0]?.text === `${outcome} (continued)`).map((lines) => lines[1]?.text ?? '');
    expect(carried.some((next) => (under === 'notes' ? isNotesLine(next) : next === under)), `"${under}" under "${outcome} (continued)" (under it: ${JSON.stringify(carried)})`).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('an outcome card that does not fit in the rest of the page', () => {
  it('breaks between its rows instead of moving whole and leaving a third of the page blank; the short cards stay whole', async () => {
    const { page, problems } = await openBoard(browser);
    // The sample board with 12 follow-up calls serving its third outcome: a card a third of an A4
    // page tall, which comes after two cards that fill two thirds of page 1.
    const { board, calls } = sampleWithCalls('Twelve calls', 12, 'Write the proposal', 'Maya Chen');
    const boardId = await importBoard(page, board, 'continued-blank');
    const path = await a4Pdf(page, boardId, ['map'], 'continued-blank');
    await renderPages(path, join(PDF_DIR, 'continued-blank'), 1, 2);
    const pages = await pageLines(path);
    expect(pages.length).toBeGreaterThanOrEqual(2);

    // What is left blank at the foot of every page but the last, above the footer (in its margin).
    const mm = 72 / 25.4;
    const writing = (297 - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom) * mm;
    const placed = await pdfWords(path);
    placed.slice(0, -1).forEach(({ height, words }, k) => {
      const bottom = height - PAGE_MARGIN_MM.bottom * mm;
      const lowest = Math.max(...words.filter((word) => word.yMin < bottom).map((word) => word.yMax));
      // Was: 91 mm (a third of the page) under "Deals closed", the calls' card moved whole to page 2.
      expect((bottom - lowest) / mm, `mm left blank at the foot of page ${String(k + 1)}`).toBeLessThan(writing / 4 / mm);
    });

    // Each call once, its name beside it on its line: a page break went between rows, not through one.
    const isCall = (line: string) => /^☐\s+Follow-up call \d+\s+Maya Chen$/u.test(line);
    expect(pages.flat().filter(isCall).map((line) => Number(/call (\d+)/u.exec(line)?.[1]))).toEqual(calls.map((_, k) => k + 1));
    const isHeading = (line: string) => /^Write the proposal\s+◇ Task, not an outcome$/u.test(line);
    const first = pages.findIndex((lines) => lines.some(isHeading));
    const start = pages[first] ?? [];
    // The card starts where its heading is, with two rows at least under its list's subhead, not the heading alone.
    const subhead = start.indexOf('Activities (0 of 12 done)');
    expect(subhead).toBeGreaterThan(start.findIndex(isHeading));
    expect(start.slice(subhead).filter(isCall).length).toBeGreaterThanOrEqual(2);
    // The rest on the next page, under the outcome's name, two rows at least.
    const next = pages[first + 1] ?? [];
    expect(next[0]).toBe('Write the proposal (continued)');
    expect(next.filter(isCall).length).toBeGreaterThanOrEqual(2);

    // The short cards are whole: each one's title, its list's subhead and its last line on one page.
    const short: [string, string, string][] = [
      ['Outbound pipeline', 'Activities (0 of 2 done)', 'Schedule the calls'],
      ['Deals closed', 'Activities (1 of 1 done)', 'Write the proposal'],
      ['Forecast accuracy', 'Activities', 'No activities.'],
      ['Parking lot', 'Activities that serve no outcome yet.', 'Update the CRM'],
    ];
    for (const [title, ...rest] of short) {
      const on = pages.filter((lines) => lines.some((line) => line.startsWith(title)));
      expect(on, title).toHaveLength(1);
      for (const text of rest) expect(on[0]?.some((line) => line.replace(/^[☐☑]\s+/u, '').startsWith(text)), `${title}: ${text}`).toBe(true);
    }
    expect(problems).toEqual([]);
  });
});

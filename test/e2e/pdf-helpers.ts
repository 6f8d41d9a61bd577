/**
 * What the sharing tests need beyond a browser: importing a file the way a person does (the Import
 * control's file chooser), looking into the page's IndexedDB to count boards, a generated large
 * workshop, poppler's pdftotext/pdfinfo/pdftoppm to read the PDFs Chromium writes, and axe-core
 * for the menus and dialogs.
 */
import type { Download, Page } from 'playwright-core';
import { inject } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Activity, ActivityId, Board, BoardId, Outcome, OutcomeId, Person, PersonId } from '../../shared/model';
import { FULL_AUTHORITY, NO_AUTHORITY, PERSON_COLOURS, initialsOf } from '../../shared/model';
import { serializeBoard } from '../../shared/format';
import { printHash, type PrintRequest } from '../../shared/print';
import { pdfOptions, printUrl } from '../../electron/pdf';
import { playwrightPdfOptions } from '../../scripts/bench/pdf.mjs';

const run = promisify(execFile);

export const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'import');
export const PDF_DIR = join(process.cwd(), 'test-results', 'pdf');

export async function ensurePdfDir(): Promise<string> {
  await mkdir(PDF_DIR, { recursive: true });
  return PDF_DIR;
}

/**
 * Goes to the print address of a board and waits until the view says it is ready to print. By
 * default the address the desktop app's hidden PDF window loads (electron/pdf.ts printUrl: a
 * window nobody sees, laid out for paper only); `shown` is a browser tab's, which shows the map
 * on screen as well. A fresh load, as the desktop app's window makes: a hash change alone would
 * leave the previous view's "ready" standing for a moment.
 */
export async function openPrintView(page: Page, request: PrintRequest, { shown = false, timeout = 30_000 } = {}): Promise<void> {
  await page.goto('about:blank');
  await page.goto(shown ? `${inject('baseUrl')}${printHash(request)}` : printUrl(inject('baseUrl'), request));
  await page.waitForSelector('html[data-print-ready="true"]', { timeout, state: 'attached' });
}

/** Prints the open print view with the desktop app's own printToPDF settings (electron/pdf.ts), in Playwright's words, to test-results/pdf/`name`. */
export async function printPdf(page: Page, request: PrintRequest, name: string): Promise<string> {
  const path = join(await ensurePdfDir(), name);
  await page.pdf({ path, ...playwrightPdfOptions(pdfOptions(request)) });
  return path;
}

/** Waits until the toolbar says the board is saved. */
export async function saved(page: Page): Promise<void> {
  await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
}

/** Export → JSON once saved, the file kept as `name` (the file that is sent); gives its path. */
export async function exportJson(page: Page, name: string): Promise<string> {
  await saved(page);
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: /^JSON/u }).click();
  const download: Download = await downloaded;
  const path = join(await ensurePdfDir(), name);
  await download.saveAs(path);
  return path;
}

/** Clicks Import and picks the file in the chooser, as a person does. */
export async function importFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import', exact: true }).click()]);
  await chooser.setFiles(path);
}

/** Imports `board` as a colleague's file (`name`.ownership.json), as a person does; returns the id it is stored under. */
export async function importBoard(page: Page, board: Board, name: string): Promise<BoardId> {
  const file = join(await ensurePdfDir(), `${name}.ownership.json`);
  await writeFile(file, serializeBoard(board, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
  await importFile(page, file);
  await page.getByRole('heading', { level: 1, name: board.title }).waitFor();
  return openBoardId(page);
}

/**
 * The id of the board noted as open: on a fresh profile, the sample the app made on its first run,
 * whose id is its own on every computer (renderer/db/boards.ts openStartupBoard).
 */
export async function openBoardId(page: Page): Promise<BoardId> {
  const { last } = await storedBoards(page);
  if (last === null) throw new Error('no board is noted as open');
  return last as BoardId;
}

/** The ids of every board stored in the page's IndexedDB, and the one open last. */
export async function storedBoards(page: Page): Promise<{ ids: string[]; last: string | null }> {
  return page.evaluate(
    () =>
      new Promise<{ ids: string[]; last: string | null }>((resolve, reject) => {
        const request = indexedDB.open('ownership-board');
        request.onerror = () => {
          reject(new Error(request.error?.message ?? 'indexedDB.open failed'));
        };
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['boards', 'meta'], 'readonly');
          const keys = tx.objectStore('boards').getAllKeys();
          const last = tx.objectStore('meta').get('lastBoardId');
          tx.oncomplete = () => {
            const meta = last.result as { value?: unknown } | undefined;
            resolve({ ids: keys.result.map(String).sort(), last: typeof meta?.value === 'string' ? meta.value : null });
            db.close();
          };
          tx.onerror = () => {
            reject(new Error(tx.error?.message ?? 'transaction failed'));
          };
        };
      }),
  );
}

/** Today's date in the page, as the app names files (the page's calendar, not UTC). */
export async function pageLocalDate(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** A word on a PDF page and where it is, in points from the page's top left. */
export interface PlacedWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** Each page's width and height (points) and its words with their place, read with pdftotext -bbox. */
export async function pdfWords(path: string): Promise<{ width: number; height: number; words: PlacedWord[] }[]> {
  const { stdout } = await run('pdftotext', ['-bbox', path, '-'], { maxBuffer: 256 * 1024 * 1024 });
  return stdout
    .split('<page ')
    .slice(1)
    .map((page) => ({
      width: Number(/width="([\d.]+)"/u.exec(page)?.[1] ?? NaN),
      height: Number(/height="([\d.]+)"/u.exec(page)?.[1] ?? NaN),
      words: [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map(([, xMin, yMin, yMax, text]) => ({
        text: text ?? '',
        xMin: Number(xMin),
        yMin: Number(yMin),
        yMax: Number(yMax),
      })),
    }));
}

export async function pdfInfo(path: string): Promise<{ pages: number; pageSize: string; title: string; tagged: boolean }> {
  const { stdout } = await run('pdfinfo', [path]);
  const pages = Number(/^Pages:\s+(\d+)/mu.exec(stdout)?.[1] ?? NaN);
  const pageSize = /^Page size:\s+(.+)$/mu.exec(stdout)?.[1]?.trim() ?? '';
  const title = /^Title:\s+(.+)$/mu.exec(stdout)?.[1]?.trim() ?? '';
  const tagged = /^Tagged:\s+yes$/mu.test(stdout);
  return { pages, pageSize, title, tagged };
}

/** The document's language, as a screen reader is told it (the catalog's /Lang). */
export async function pdfLanguage(path: string): Promise<string | null> {
  const raw = (await readFile(path)).toString('latin1');
  return /\/Lang\s*\(([^)]*)\)/u.exec(raw)?.[1] ?? null;
}

/** The alternate texts of the PDF's tagged figures (each /Alt string, in the file's order). */
export async function pdfAlternateTexts(path: string): Promise<string[]> {
  const raw = (await readFile(path)).toString('latin1');
  return Array.from(raw.matchAll(/\/Alt\s*\(([^)]*)\)/gu), (match) => match[1] ?? '');
}

/** A bookmark in the PDF's outline: its title, the page it opens, the bookmarks under it. */
export interface OutlineEntry {
  readonly title: string;
  readonly page: number;
  readonly children: OutlineEntry[];
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The PDF's outline (its bookmarks), read with poppler's pdftohtml. */
export async function pdfOutline(path: string): Promise<OutlineEntry[]> {
  const { stdout } = await run('pdftohtml', ['-xml', '-i', '-q', '-stdout', path], { maxBuffer: 256 * 1024 * 1024 });
  const root: OutlineEntry[] = [];
  const levels: OutlineEntry[][] = [];
  let last: OutlineEntry | undefined;
  // <outline> opens the bookmarks under the entry just read (or the top level); </outline> closes them.
  for (const [token, page, title] of stdout.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/gu)) {
    if (token === '<outline>') levels.push(levels.length === 0 ? root : (last?.children ?? root));
    else if (token === '</outline>') levels.pop();
    else {
      last = { title: (title ?? '').replace(/&(\w+);/gu, (entity, name: string) => XML_ENTITIES[name] ?? entity), page: Number(page), children: [] };
      levels.at(-1)?.push(last);
    }
  }
  return root;
}

/** The outline as indented lines ("  The map"), easy to compare and to read in a failure. */
export function outlineLines(entries: readonly OutlineEntry[], depth = 0): string[] {
  return entries.flatMap((entry) => [`${'  '.repeat(depth)}${entry.title}`, ...outlineLines(entry.children, depth + 1)]);
}

/** Renders pages to PNG (`<prefix>-<n>.png`) so a person can look at them. */
export async function renderPages(path: string, prefix: string, first: number, last: number): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), path, prefix]);
}

/**
 * A large workshop: 80 people, 60 outcomes, 1,500 activities (25 per outcome, 1 to 3 assignees,
 * a third done). Deterministic, so page counts compare from run to run.
 */
export function largeBoard(): Board {
  const now = '2026-03-14T09:00:00.000Z';
  const people: Person[] = Array.from({ length: 80 }, (_, i) => {
    const name = `Person ${String(i + 1).padStart(2, '0')} Example`;
    return {
      id: `p-${String(i)}` as PersonId,
      name,
      role: i % 4 === 0 ? 'Team lead' : 'Specialist',
      newToRole: i % 9 === 0,
      colour: PERSON_COLOURS[i % PERSON_COLOURS.length] ?? '#1d4ed8',
      initials: initialsOf(name),
    };
  });
  const outcomes: Outcome[] = Array.from({ length: 60 }, (_, i) => ({
    id: `o-${String(i)}` as OutcomeId,
    title: `Outcome ${String(i + 1)}: a measurable result for the quarter`,
    metric: 'Things counted',
    target: i % 5 === 0 ? null : 100 + i,
    unit: 'things',
    period: 'per quarter',
    current: i % 3 === 0 ? null : 50 + i,
    direction: 'at-least',
    revenueCritical: i % 2 === 0,
    ownerId: i % 7 === 0 ? null : (`p-${String(i % 80)}` as PersonId),
    authority: i % 4 === 0 ? NO_AUTHORITY : FULL_AUTHORITY,
    notes: i % 10 === 0 ? 'Agreed in the room; review at the next workshop.' : '',
  }));
  const activities: Activity[] = Array.from({ length: 1500 }, (_, i) => ({
    id: `a-${String(i)}` as ActivityId,
    title: `Activity ${String(i + 1)} for the outcome`,
    outcomeId: `o-${String(i % 60)}` as OutcomeId,
    assigneeIds: Array.from({ length: 1 + (i % 3) }, (_, k) => `p-${String((i + k * 17) % 80)}` as PersonId),
    done: i % 3 === 0,
  }));
  return { id: 'b-large' as BoardId, title: 'Large workshop', purpose: 'Every team in the company.', createdAt: now, updatedAt: now, people, outcomes, activities };
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Serious and critical axe-core violations on the page as it is now, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not apply to.
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')})`);
}

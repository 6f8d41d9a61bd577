/**
 * The dark theme, as a person meets it: with the computer dark the board, the People view, the
 * Health check, a menu and a dialog are dark and every word on them readable (axe-core's colour
 * contrast among the serious violations); Light chosen in the library's Appearance keeps the app
 * light on a dark computer, for a projector, and is still chosen after a reload; Dark chosen on a
 * light computer is dark, from the first frame drawn; and the PDF handed out stays white on a dark
 * computer with Dark chosen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PrintRequest } from '../../shared/print';
import { launchBrowser } from './browser';
import { contrast, luminance } from './contrast';
import { openBoard, openOutcomeEditor, outcome, present, reload } from './helpers';
import { ensurePdfDir, openBoardId, openPrintView, printPdf, seriousViolations } from './pdf-helpers';

const run = promisify(execFile);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** The relative luminance (WCAG) of an element's own background colour, 0 (black) to 1 (white). */
async function groundOf(target: Locator): Promise<number> {
  return luminance(await target.evaluate((element) => getComputedStyle(element).backgroundColor));
}

/** Each empty field's placeholder, its colour and its field's ground, as the page paints them. */
const placeholders = (page: Page) =>
  page.locator('input[placeholder], textarea[placeholder]').evaluateAll((fields) =>
    fields
      .filter((field) => field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)
      .filter((field) => field.value === '' && field.getClientRects().length > 0)
      .map((field) => ({
        placeholder: field.getAttribute('placeholder') ?? '',
        colour: getComputedStyle(field, '::placeholder').color,
        ground: getComputedStyle(field).backgroundColor,
      })),
  );

/** The page's ground (the canvas behind the cards) and the first outcome's card, dark or light. */
async function looks(page: Page): Promise<'dark' | 'light' | 'mixed'> {
  const grounds = [await groundOf(page.locator('html')), await groundOf(outcome(page, 'Outbound pipeline'))];
  if (grounds.every((ground) => ground < 0.05)) return 'dark';
  if (grounds.every((ground) => ground > 0.75)) return 'light';
  return 'mixed';
}

const appearance = (page: Page) => page.getByRole('combobox', { name: 'Appearance' });

/** All boards → Appearance → `label` → back to the board, as a person does it. */
async function choose(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'All boards' }).click();
  await appearance(page).selectOption({ label });
  await page.getByRole('button', { name: 'Back to the open board' }).click();
  await outcome(page, 'Outbound pipeline').waitFor();
}

describe('the dark theme', () => {
  it('follows a dark computer at once, and every text on the board, the People view, the Health check, a menu and a dialog is readable', async () => {
    const { page, problems } = await openBoard(browser);
    await expect(looks(page)).resolves.toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(looks(page)).resolves.toBe('dark');
    await expect(groundOf(page.getByRole('region', { name: 'Health check' }))).resolves.toBeLessThan(0.05);
    await expect(seriousViolations(page)).resolves.toEqual([]);

    await page.getByRole('button', { name: 'Actions for outcome Write the proposal' }).click();
    await expect(groundOf(page.getByRole('group', { name: /Write the proposal/u }))).resolves.toBeLessThan(0.05);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    // An outcome's form open from the menu, and another's three questions.
    await page.getByRole('button', { name: 'Edit outcome' }).click();
    await outcome(page, 'Deals closed').getByRole('button', { name: 'Why?' }).click();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'People view' }).click();
    await page.getByRole('main', { name: 'People view' }).waitFor();
    await expect(groundOf(page.getByRole('region', { name: 'Maya Chen' }))).resolves.toBeLessThan(0.05);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Board', exact: true }).click();

    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'Board history' });
    await dialog.waitFor();
    await expect(groundOf(dialog)).resolves.toBeLessThan(0.05);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');

    // And back, as the computer turns light again in the morning.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(looks(page)).resolves.toBe('light');
    expect(problems).toEqual([]);
  });

  it('keeps Light, chosen by its label, on a dark computer (a projector), after a reload too; System follows the computer again', async () => {
    const { page, problems } = await openBoard(browser);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'All boards' }).click();
    // Its name said as it is reached, and System until a person chooses.
    await expect(appearance(page).inputValue()).resolves.toBe('system');
    await expect(groundOf(page.locator('html'))).resolves.toBeLessThan(0.05);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Back to the open board' }).click();

    // Light for the wall; then System, and the dark computer's look is back.
    for (const [label, look] of [['Light', 'light'], ['System', 'dark']] as const) {
      await choose(page, label);
      await expect(looks(page)).resolves.toBe(look);
      await reload(page);
      await outcome(page, 'Outbound pipeline').waitFor();
      await expect(looks(page)).resolves.toBe(look);
    }
    expect(problems).toEqual([]);
  });

  it('is dark with Dark chosen on a light computer, the library and the Present view readable', async () => {
    const { page, problems } = await openBoard(browser);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'All boards' }).click();
    await appearance(page).selectOption({ label: 'Dark' });
    await expect(groundOf(page.locator('html'))).resolves.toBeLessThan(0.05);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Back to the open board' }).click();
    await outcome(page, 'Outbound pipeline').waitFor();
    await expect(looks(page)).resolves.toBe('dark');
    await present(page);
    await expect(looks(page)).resolves.toBe('dark');
    await expect(seriousViolations(page)).resolves.toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows an empty field’s hint (its placeholder) as readable in the dark as the other words: 4.5:1 at least, and the light’s grey unchanged', async () => {
    const { page, problems } = await openBoard(browser);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(looks(page)).resolves.toBe('dark');
    // The people's Name and Role, each outcome's "Add an activity…", the new outcome's title; then
    // the library's search; the outcome editor's fields.
    const seen: Awaited<ReturnType<typeof placeholders>> = [];
    seen.push(...(await placeholders(page)));
    await page.getByRole('button', { name: 'All boards' }).click();
    seen.push(...(await placeholders(page)));
    await page.getByRole('button', { name: 'Back to the open board' }).click();
    await openOutcomeEditor(page, 'Write the proposal');
    seen.push(...(await placeholders(page)));
    expect(seen.map(({ placeholder }) => placeholder)).toEqual(expect.arrayContaining(['Name', 'Role', 'Add an activity…', 'Search boards by title or purpose']));
    const faint = seen.filter(({ colour, ground }) => contrast(colour, ground) < 4.5).map(({ placeholder, colour, ground }) => `${placeholder}: ${colour} on ${ground}`);
    expect(faint).toEqual([]);
    // The light keeps the browser's own grey, 4.6:1 on white.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(placeholders(page)).resolves.toContainEqual({ placeholder: 'Name', colour: 'rgb(117, 117, 117)', ground: 'rgb(255, 255, 255)' });
    expect(problems).toEqual([]);
  });

  it('shows where keyboard focus is on the dark board: each control reached by Tab ringed at 3:1 at least against the ground around it', async () => {
    const { page, problems } = await openBoard(browser, { width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark' });
    const rings: string[] = [];
    for (let press = 0; press < 40; press += 1) {
      await page.keyboard.press('Tab');
      rings.push(
        await page.evaluate(() => {
          const focused = document.activeElement;
          if (!(focused instanceof HTMLElement)) return 'nothing focused';
          const style = getComputedStyle(focused);
          // The ring stands outside the control (its offset): on the first painted ground around it.
          let ground = getComputedStyle(document.documentElement).backgroundColor;
          for (let around = focused.parentElement; around; around = around.parentElement) {
            const colour = getComputedStyle(around).backgroundColor;
            if (!/rgba\(0, 0, 0, 0\)/u.test(colour)) {
              ground = colour;
              break;
            }
          }
          const name = focused.getAttribute('aria-label') ?? focused.textContent.trim().slice(0, 30);
          return `${name}|${style.outlineStyle}|${style.outlineWidth}|${style.outlineColor}|${ground}`;
        }),
      );
    }
    const weak = rings.filter((ring) => {
      const [, outlineStyle = '', width = '0', colour = '', ground = ''] = ring.split('|');
      return outlineStyle === 'none' || Number.parseFloat(width) < 2 || contrast(colour, ground) < 3;
    });
    expect(weak).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('opens on Dark, chosen before, from the first frame drawn: no flash of the light computer’s canvas', async () => {
    // The choice kept before the app starts, and the page's ground noted just before its first frame.
    const { page } = await openBoard(browser, { width: 1440, height: 1300 }, () => {
      localStorage.setItem('ownership-board.theme', 'dark');
      requestAnimationFrame(() => {
        (window as unknown as { firstGround?: string }).firstGround = getComputedStyle(document.documentElement).backgroundColor;
      });
    });
    await expect(page.evaluate(() => (window as unknown as { firstGround?: string }).firstGround)).resolves.toBe('rgb(18, 21, 27)');
    await expect(looks(page)).resolves.toBe('dark');
  });

  it('prints a white PDF, dark letters on white paper, on a dark computer with Dark chosen', async () => {
    const { page } = await openBoard(browser);
    await page.emulateMedia({ colorScheme: 'dark' });
    await choose(page, 'Dark');
    await expect(looks(page)).resolves.toBe('dark');
    const request: PrintRequest = { boardId: await openBoardId(page), paper: 'A4', orientation: 'portrait', sections: ['cover', 'map', 'health', 'people'] };
    await openPrintView(page, request);
    // The desktop app prints with the print media applied: both the screen's and the paper's look.
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media, colorScheme: 'dark' });
      await expect(groundOf(page.locator('html'))).resolves.toBeGreaterThan(0.95);
      await expect(page.locator('.print').evaluate((element) => getComputedStyle(element).color)).resolves.toBe('rgb(17, 24, 39)');
      await expect(page.locator('html').evaluate((element) => getComputedStyle(element).colorScheme)).resolves.toBe('light');
    }
    const path = await printPdf(page, request, 'dark-computer.pdf');
    // The cover and the map, in grey at 20 dpi: white paper, a little ink.
    for (const pageNumber of ['1', '2']) {
      const prefix = join(await ensurePdfDir(), `dark-computer-${pageNumber}`);
      await run('pdftoppm', ['-gray', '-r', '20', '-singlefile', '-f', pageNumber, '-l', pageNumber, path, prefix]);
      await expect(meanGrey(`${prefix}.pgm`)).resolves.toBeGreaterThan(200);
    }
  });
});

/** The mean grey (0 black to 255 white) of a binary PGM, as pdftoppm -gray writes it. */
async function meanGrey(path: string): Promise<number> {
  const file = await readFile(path);
  // The header: "P5", width, height, the largest value, each after white space; the pixels follow.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(file.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${path} is not a binary PGM`);
  const pixels = file.subarray(header[0].length);
  return pixels.reduce((sum, value) => sum + value, 0) / pixels.length;
}

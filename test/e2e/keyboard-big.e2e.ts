/**
 * A keyboard and screen-reader user on a big board (the benchmark's 'large' board,
 * scripts/bench/boards.mjs: 60 outcomes, 1,500 activities, windowed), at 1,440 × 900 and
 * 1,920 × 1,080, with the same board open in a second window.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeBoard } from '../../shared/format';
import type { Board } from '../../shared/model';
import { generateBoard } from '../../scripts/bench/boards.mjs';
import { launchBrowser, SCREENSHOT_DIR, watch } from './browser';
import { dragKey, hasFocus, lastAnnouncement, pickUp } from './helpers';
import { importFile } from './pdf-helpers';

let browser: Browser;
let dir: string;
let file: string;
const board: Board = generateBoard('large');

beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'ownership-board-keyboard-'));
  file = join(dir, 'large.ownership.json');
  await writeFile(file, serializeBoard(board, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
});

afterAll(async () => {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
});

/** The titles of the activities of the board's `index`th outcome, in order. */
function titlesOf(index: number): string[] {
  const id = board.outcomes[index]?.id;
  return board.activities.filter((activity) => activity.outcomeId === id).map((activity) => activity.title);
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const notices = (page: Page) => page.getByRole('region', { name: 'Notifications' }).locator('.notice__message').allInnerTexts();
const focusOnBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

/** The large board in one window of `viewport`'s size, scrolled to the top. */
async function oneWindow(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = watch(await context.newPage()).page;
  await page.goto(inject('baseUrl'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  await importFile(page, file);
  await page.getByRole('heading', { level: 1, name: board.title }).waitFor({ timeout: 30_000 });
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
  return { context, page };
}

/** Two windows of one profile, both showing the large board (imported in the first). */
async function twoWindows(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; here: Page; there: Page }> {
  const { context, page: here } = await oneWindow(viewport);
  const there = watch(await context.newPage()).page;
  await there.goto(inject('baseUrl'));
  await there.getByRole('heading', { level: 1, name: board.title }).waitFor({ timeout: 30_000 });
  return { context, here, there };
}

/** Whether the button `name` is in the window, below the sticky toolbar. */
const inSight = (page: Page, name: string) =>
  button(page, name).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const toolbar = document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
    return box.top >= toolbar && box.bottom <= window.innerHeight;
  });

describe('undo and redo of a keyboard drag into a far card', () => {
  it('keep focus on the activity, brought back into its first card (a shell by then) and out again, in sight', async () => {
    const { context, page } = await oneWindow({ width: 1440, height: 900 });
    const [moved] = titlesOf(0);
    const far = board.outcomes[12]?.title;
    if (moved === undefined || far === undefined) throw new Error('the board has too few outcomes');
    await pickUp(page, moved);
    for (let card = 0; card < 12; card++) await dragKey(page, 'ArrowRight');
    expect(await dragKey(page, 'Space')).toContain(`${moved} moved to ${far}`);
    await expect.poll(() => hasFocus(button(page, moved))).toBe(true);

    await page.keyboard.press('Control+z');
    await expect.poll(() => lastAnnouncement(page)).toBe(`Undone: ${moved} is in ${board.outcomes[0]?.title ?? ''}, position 1 of ${String(titlesOf(0).length)}.`);
    await expect.poll(() => hasFocus(button(page, moved))).toBe(true);
    await expect.poll(() => inSight(page, moved)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-big-undo.png') });

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => lastAnnouncement(page)).toContain(`Redone: ${moved} is in ${far}`);
    await expect.poll(() => hasFocus(button(page, moved))).toBe(true);
    await expect.poll(() => inSight(page, moved)).toBe(true);
    await context.close();
  });
});

describe('a keyboard drag cancelled with Escape after hopping far', () => {
  it('leaves the person dragged in sight, below the toolbar, with focus', async () => {
    const { context, page } = await oneWindow({ width: 1440, height: 900 });
    const name = board.people[0]?.name ?? '';
    await pickUp(page, name);
    for (let target = 0; target < 6; target++) await dragKey(page, 'ArrowRight');
    expect(await dragKey(page, 'Escape')).toBe(`Moving ${name} was cancelled. Nothing changed.`);
    await expect.poll(() => hasFocus(button(page, name))).toBe(true);
    await expect.poll(() => inSight(page, name)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-big-cancelled.png') });
    await context.close();
  });
});

describe('a change made in another window to what has focus here', () => {
  it('an activity deleted there: focus goes to the next one in its list, not to the top of the page', async () => {
    const { context, here, there } = await twoWindows({ width: 1440, height: 900 });
    const [, , focused, next] = titlesOf(1);
    if (focused === undefined || next === undefined) throw new Error('the second outcome has too few activities');
    await button(here, focused).focus();
    await button(there, `Actions for ${focused}`).click();
    await button(there, 'Delete activity').click();
    await expect.poll(() => notices(here), { timeout: 3000 }).toEqual([`Changed in another window: Activity ${focused} was deleted.`]);
    await expect.poll(() => hasFocus(button(here, next))).toBe(true);
    expect(await focusOnBody(here)).toBe(false);
    await here.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-big-deleted-elsewhere.png') });
    await context.close();
  });

  it('an activity moved there to another outcome by keyboard: focus stays in its list here, on its neighbour', async () => {
    const { context, here, there } = await twoWindows({ width: 1920, height: 1080 });
    const [, , focused, next] = titlesOf(1);
    if (focused === undefined || next === undefined) throw new Error('the second outcome has too few activities');
    await button(here, focused).focus();
    await pickUp(there, focused);
    await dragKey(there, 'ArrowRight');
    await dragKey(there, 'Space');
    await expect.poll(() => notices(here), { timeout: 3000 }).toEqual([expect.stringContaining(`Changed in another window: ${focused} is in `)]);
    await expect.poll(() => hasFocus(button(here, next))).toBe(true);
    // Tab goes on from there, not from the top of the page.
    await here.keyboard.press('Tab');
    expect(await focusOnBody(here)).toBe(false);
    await context.close();
  });

  it('an outcome deleted there: focus goes to the next outcome’s heading', async () => {
    const { context, here, there } = await twoWindows({ width: 1440, height: 900 });
    const [, deleted, next] = board.outcomes.map((item) => item.title);
    if (deleted === undefined || next === undefined) throw new Error('the board has too few outcomes');
    await button(here, `Move outcome ${deleted}`).focus();
    there.once('dialog', (dialog) => void dialog.accept());
    await button(there, `Actions for outcome ${deleted}`).click();
    await button(there, 'Delete outcome').click();
    await expect.poll(() => notices(here), { timeout: 3000 }).toEqual([`Changed in another window: Outcome ${deleted} was deleted. ${titlesOf(1).length} activities are in Parking lot.`]);
    await expect.poll(() => hasFocus(here.getByRole('heading', { level: 2, name: next, exact: true }))).toBe(true);
    await context.close();
  });
});

/**
 * The way out of Present ("Exit presentation", Esc) and Zoom to fit, which show while the pointer
 * moves: the facilitator moves the mouse to point at a card, and they come up. Below 1150 px (a
 * 1024 × 768 projector), and on every wall with the head scrolled past, they were fixed in the
 * window's bottom-left corner, over the card or the parking lot there. They now have a place in
 * the head at every width, and a slim bar across the window's top once the head is scrolled past.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { hasFocus, openBoard, outcome } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const WALLS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** What the room reads: the outcomes, their activities, the people and the panels beside them. */
const CONTENT = 'section[data-outcome-id], .activity-card, .person-card, .panel';

async function removePurpose(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Edit title/u }).click();
  const form = page.getByRole('form', { name: 'Board title and purpose' });
  await form.getByRole('textbox', { name: /^Purpose/u }).fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
}

/** The sample board, its purpose taken away unless `purpose`, presented by mouse: the pointer in the window's middle. */
async function presentSample(viewport: { width: number; height: number }, purpose: boolean) {
  const watched = await openBoard(browser, viewport);
  const { page } = watched;
  if (!purpose) await removePurpose(page);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
  await page.mouse.move(viewport.width / 2, viewport.height / 2, { steps: 2 });
  return watched;
}

const controlsOpacity = (page: Page) =>
  page.getByRole('region', { name: 'Presentation' }).evaluate((section) => getComputedStyle(section).opacity);

/** The facilitator points at a card, across it, as a hand does: the controls come up. */
async function pointAt(page: Page, title: string): Promise<void> {
  const card = await outcome(page, title).boundingBox();
  if (!card) throw new Error(`${title} is not shown`);
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const y = Math.min(Math.max(card.y + 60, 80), viewport.height - 20);
  await page.mouse.move(card.x + 20, y, { steps: 3 });
  await page.mouse.move(card.x + card.width / 2, y + 10, { steps: 3 });
  await expect.poll(() => controlsOpacity(page)).toBe('1');
}

/** The cards, activities, people and panels whose boxes the controls' buttons overlap, by name. */
const contentUnderControls = (page: Page) =>
  page.evaluate((content) => {
    const buttons = [...document.querySelectorAll('section[aria-label="Presentation"] button')].map((button) => button.getBoundingClientRect());
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return [...document.querySelectorAll(content)]
      .filter((element) => buttons.some((button) => overlap(button, element.getBoundingClientRect())))
      .map((element) => element.getAttribute('aria-label') ?? element.textContent.trim().slice(0, 40));
  }, CONTENT);

/**
 * What the controls are drawn over, every 6 px across each button: the first thing under them
 * there that is not theirs. Named if it is part of a card, an activity, a person or a panel.
 */
const contentBeneathControls = (page: Page) =>
  page.evaluate((content) => {
    const section = document.querySelector('section[aria-label="Presentation"]');
    const found = new Set<string>();
    for (const button of section?.querySelectorAll('button') ?? []) {
      const box = button.getBoundingClientRect();
      for (let x = box.left + 1; x < box.right - 1; x += 6) {
        for (let y = box.top + 1; y < box.bottom - 1; y += 6) {
          const beneath = document.elementsFromPoint(x, y).find((element) => !section?.contains(element));
          const part = beneath?.closest(content);
          if (part) found.add(part.getAttribute('aria-label') ?? part.textContent.trim().slice(0, 40));
        }
      }
    }
    return [...found];
  }, CONTENT);

describe('the way out and Zoom to fit, shown as the facilitator points, in Present', () => {
  // The controls fading as the pointer rests (2.5 s) is the same at every size: waited for on two.
  it.each(WALLS.flatMap((wall) => [{ ...wall, purpose: true, rests: wall.width === 1024 || wall.width === 1920 }, { ...wall, purpose: false, rests: false }]))(
    'at $width × $height (purpose: $purpose) they cover no card, activity, person or panel, with the head in view and scrolled past; in reach there',
    async ({ width, height, purpose, rests }) => {
      const { page, problems } = await presentSample({ width, height }, purpose);
      const controls = page.getByRole('region', { name: 'Presentation' });
      const exit = controls.getByRole('button', { name: 'Exit presentation' });
      const fit = controls.getByRole('button', { name: 'Zoom to fit' });
      const name = `${String(width)}x${String(height)}${purpose ? '' : '-no-purpose'}`;

      // The head in view: the controls are in it, over nothing of the board.
      await pointAt(page, 'Outbound pipeline');
      // Before: at 1024 × 768 in the bottom-left corner, over "Outbound pipeline" (its result).
      await expect(contentUnderControls(page)).resolves.toEqual([]);
      await expect(contentBeneathControls(page)).resolves.toEqual([]);
      const head = await page.locator('header.board-header').boundingBox();
      for (const button of [exit, fit]) {
        const box = await button.boundingBox();
        expect(box && head && box.y >= head.y && box.y + box.height <= head.y + head.height && box.x + box.width <= width).toBe(true);
      }
      await page.screenshot({ path: join(SCREENSHOT_DIR, `present-way-out-${name}.png`) });

      // Scrolled down the board, past the head: the controls are in a bar across the window's top,
      // which stays when they fade. The board scrolls under it as under the window's edge; where
      // the controls come up, nothing of the board shows, however the pointer moves.
      await page.mouse.wheel(0, 400);
      await expect.poll(() => page.evaluate(() => document.querySelector('header.board-header')?.getBoundingClientRect().bottom ?? 0)).toBeLessThan(0);
      await page.mouse.move(width / 3, height / 2, { steps: 2 });
      await page.mouse.move(width / 2, height / 2 + 20, { steps: 3 });
      await expect.poll(() => controlsOpacity(page)).toBe('1');
      // Before: in the bottom-left corner again, over the health check, a person or a card.
      await expect(contentBeneathControls(page)).resolves.toEqual([]);
      const [exitBox, fitBox] = await Promise.all([exit.boundingBox(), fit.boundingBox()]);
      for (const box of [exitBox, fitBox]) expect(box && box.y >= 0 && box.y + box.height <= 50 && box.x + box.width <= width).toBe(true);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `present-way-out-${name}-scrolled.png`) });
      if (rests) {
        // The pointer rests: they fade, and what shows where they were is still not the board.
        await expect.poll(() => controlsOpacity(page), { timeout: 6000 }).toBe('0');
        await expect(contentBeneathControls(page)).resolves.toEqual([]);
      }
      // In reach by keyboard (focus shows them) and by pointer.
      await exit.focus();
      await expect.poll(() => controlsOpacity(page)).toBe('1');
      await page.mouse.move(width / 2, height / 2, { steps: 2 });
      await exit.click();
      await page.getByRole('button', { name: 'Present', exact: true }).waitFor();
      await expect.poll(() => hasFocus(page.getByRole('button', { name: 'Present', exact: true }))).toBe(true);
      expect(problems).toEqual([]);
    },
  );
});

describe('a board with no purpose, in Present on a 1920 × 1080 wall', () => {
  it('the way out shares the title’s line: the head keeps no row for it alone', async () => {
    const { page, problems } = await presentSample({ width: 1920, height: 1080 }, false);
    const exit = page.getByRole('button', { name: 'Exit presentation' });
    const [title, exitBox, head] = await Promise.all([
      page.getByRole('heading', { level: 1 }).boundingBox(),
      exit.boundingBox(),
      page.locator('header.board-header').boundingBox(),
    ]);
    if (!title || !exitBox || !head) throw new Error('the head is not shown');
    // Before: a row of 35 px under the title for the way out alone, the head 94 px high.
    expect(exitBox.y + exitBox.height / 2).toBeGreaterThan(title.y);
    expect(exitBox.y + exitBox.height / 2).toBeLessThan(title.y + title.height);
    expect(head.height).toBeLessThan(85);
    expect(problems).toEqual([]);
  });
});

describe('a board with no purpose, in Present on a 1280 × 720 projector', () => {
  it('the board does not move as the head is scrolled past and the way out leaves its row for the bar, nor back', async () => {
    const { page, problems } = await presentSample({ width: 1280, height: 720 }, false);
    // Where the first card is in the page: its place in the window and how far the window is scrolled.
    const cardInPage = () => page.evaluate(() => Math.round((document.querySelector('section[data-outcome-id]')?.getBoundingClientRect().top ?? NaN) + window.scrollY));
    const start = await cardInPage();
    const bar = page.locator('.presenting-bar');
    for (const by of [20, 20, 20, 20, -20, -20, -20, -20]) {
      await page.mouse.wheel(0, by);
      await page.waitForTimeout(150);
      // Without the head's height held, the card moved up 9 px under the room's eyes as the bar came.
      await expect.poll(cardInPage).toBe(start);
    }
    await page.mouse.wheel(0, 60);
    await expect.poll(() => bar.count()).toBe(1);
    await expect(cardInPage()).resolves.toBe(start);
    expect(problems).toEqual([]);
  });
});

describe('the zoom chosen for the wall', () => {
  it('stays the wall’s: after Present, the board at the desk is back at the zoom it had', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    const level = () => page.getByRole('status', { name: 'Zoom level' }).innerText();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(level).toBe('110%');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    // On the wall the whole board is made to fit: its cards are drawn at another size.
    const cardWidth = async () => (await outcome(page, 'Outbound pipeline').boundingBox())?.width ?? 0;
    const before = await cardWidth();
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await expect.poll(cardWidth).not.toBe(before);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).waitFor();
    await expect.poll(level).toBe('110%');
    expect(problems).toEqual([]);
  });
});

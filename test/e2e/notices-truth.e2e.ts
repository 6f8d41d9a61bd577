/**
 * A notice tells the truth and keeps out of the way: once its change is undone it no longer says the
 * change was made, and it does not cover the control that has keyboard focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { chooseByTyping, lastAnnouncement, openBoard, outcome } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const notices = (page: Page) => page.getByRole('region', { name: 'Notifications' });

/** Whether the notices' box and the focused control's box share any area. */
const coversFocus = (page: Page) =>
  page.evaluate(() => {
    const stack = document.querySelector('section[aria-label="Notifications"]')?.getBoundingClientRect();
    const focused = document.activeElement?.getBoundingClientRect();
    if (!stack || !focused) return false;
    return stack.left < focused.right && focused.left < stack.right && stack.top < focused.bottom && focused.top < stack.bottom;
  });

/** Scrolls with the wheel until `target` sits just above the window's bottom edge. */
async function scrollToBottomEdge(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  if (!box) throw new Error('not shown');
  await page.mouse.move(640, 300);
  await page.mouse.wheel(0, box.y + box.height - (height - 30));
  await expect.poll(async () => Math.round((await target.boundingBox())?.y ?? 0)).toBeGreaterThan(height - 120);
}

describe('a notice whose change is undone', () => {
  it('goes when Ctrl+Z undoes its change, rather than go on saying the change was made; a redo does not bring it back', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    const card = outcome(page, 'Forecast accuracy');
    const said = 'Owner of Forecast accuracy changed from Priya Nair to Leo Fischer, who has no authority over it yet.';
    await card.getByRole('combobox', { name: 'Set owner of Forecast accuracy' }).focus();
    await chooseByTyping(page, 'Leo Fischer');
    await notices(page).getByText(said, { exact: true }).waitFor();
    await expect(card.getByText('Owner: Leo Fischer').isVisible()).resolves.toBe(true);

    await page.keyboard.press('Control+z');
    await expect.poll(() => card.getByText('Owner: Priya Nair').isVisible()).toBe(true);
    await expect.poll(() => notices(page).getByText(said).count()).toBe(0);
    // Said once, by the undo itself; the notices' live region no longer holds the change either.
    await expect.poll(() => lastAnnouncement(page)).toMatch(/^Undone: /u);
    await expect(page.getByRole('status').filter({ hasText: said }).count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'notices-truth-undone.png') });

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => card.getByText('Owner: Leo Fischer').isVisible()).toBe(true);
    await expect.poll(() => lastAnnouncement(page)).toMatch(/^Redone: /u);
    await expect(notices(page).getByText(said).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('a notice and keyboard focus', () => {
  it('at 1280 × 720, an owner chosen by keyboard in the right-hand outcome: the notice stands clear of the owner list and of the toggles Tab reaches next', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    // Two more outcomes: the last is in the right-hand column, below the others.
    for (const title of ['Churn below 2%', 'Renewals on time']) {
      await page.getByRole('textbox', { name: 'New outcome title' }).fill(title);
      await page.keyboard.press('Enter');
      await outcome(page, title).waitFor();
    }
    const card = outcome(page, 'Renewals on time');
    const owner = card.getByRole('combobox', { name: 'Set owner of Renewals on time' });
    await owner.selectOption({ label: 'Priya Nair' });
    await notices(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notices(page).getByRole('listitem').count()).toBe(0);
    await scrollToBottomEdge(page, owner);
    await owner.focus();
    await chooseByTyping(page, 'Leo Fischer');
    await notices(page).getByText('Owner of Renewals on time changed from Priya Nair to Leo Fischer, who has no authority over it yet.', { exact: true }).waitFor();
    // The notices take their side in the frame after they come or focus moves.
    await expect.poll(() => coversFocus(page), { timeout: 5000 }).toBe(false);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'notices-truth-clear-of-focus.png') });
    await expect(notices(page).isVisible()).resolves.toBe(true);
    for (let step = 0; step < 4; step += 1) {
      await page.keyboard.press('Tab');
      await expect.poll(() => coversFocus(page), { timeout: 5000 }).toBe(false);
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'notices-truth-clear-of-focus-tab.png') });
    expect(problems).toEqual([]);
  });
});

describe('a notice and a field that Enter moves', () => {
  it('at 1280 × 720, "Add an activity…" pushed down under the notice by the activity Enter adds: the notice moves clear of it', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    await outcome(page, 'Forecast accuracy').getByRole('combobox', { name: 'Set owner of Forecast accuracy' }).selectOption({ label: 'Leo Fischer' });
    const notice = notices(page).getByRole('listitem');
    await notice.waitFor();
    const stack = await notice.boundingBox();
    if (!stack) throw new Error('no notice shown');
    // A quick-add field in the notice's column, scrolled to just above it: clear of it, for now.
    const fields = await page.getByRole('textbox', { name: /^Add activity to /u }).all();
    let field: Locator | undefined;
    for (const candidate of fields) {
      const box = await candidate.boundingBox();
      if (box && box.x < stack.x + stack.width && stack.x < box.x + box.width) field = candidate;
    }
    if (!field) throw new Error('no quick-add field under the notice');
    // Activities added one after another, as in a workshop, each pushing the field down a row,
    // until the next one takes it under the notice.
    await field.click();
    const bottom = async () => {
      const box = await field.boundingBox();
      return box ? box.y + box.height : 0;
    };
    let added = 0;
    while ((await bottom()) + 60 < stack.y && added < 12) {
      const before = await bottom();
      await page.keyboard.type(`Task ${String(++added)}`);
      await page.keyboard.press('Enter');
      await expect.poll(bottom).toBeGreaterThan(before);
    }
    await expect(coversFocus(page)).resolves.toBe(false);
    await page.keyboard.type('Call the top ten');
    await page.keyboard.press('Enter');
    await expect.poll(() => field.inputValue()).toBe('');
    await expect.poll(() => coversFocus(page), { timeout: 5000 }).toBe(false);
    expect(problems).toEqual([]);
  });
});

describe('a notice dismissed by keyboard', () => {
  it('hands focus back to where the person came to it from, not to the page', async () => {
    const { page, problems } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Run the campaign' }).click();
    await page.getByRole('button', { name: 'Delete activity' }).click();
    const next = page.getByRole('button', { name: 'Schedule the calls', exact: true });
    await expect.poll(() => next.evaluate((button) => button === document.activeElement)).toBe(true);
    const notice = notices(page).getByRole('listitem').filter({ hasText: 'Run the campaign' });
    await notice.getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    await expect(notice.count()).resolves.toBe(0);
    await expect.poll(() => next.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
  });
});

/**
 * "Skip to" in Present: a facilitator at the wall with a keyboard jumps to the parking lot or the
 * health check as at the desk, not through every person and outcome. All by keyboard, as they would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { focusedName, hasFocus, openBoard, skipIntoParkingLot } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Present, pressed from the keyboard (Enter on the toolbar's Present button). */
async function presentByKeyboard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Present', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
  // Present leaves focus on the board's title once it is drawn: a Tab before that (a CI run on a
  // loaded machine) went on from the Present button's place, to the first person.
  await expect.poll(() => hasFocus(page.getByRole('heading', { level: 1 }))).toBe(true);
}

describe('skip to a part of the board while presenting', () => {
  it('the first Tab after Present shows "Skip to"; Enter on "Parking lot" takes the next Tab into the parking lot', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    await presentByKeyboard(page);
    const skip = page.getByRole('navigation', { name: 'Skip to' });
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedName(page)).toBe('The board');
    // Shown over the top of the wall while it has focus.
    const shown = await skip.boundingBox();
    expect(shown && shown.width > 200 && shown.y >= 0 && shown.y < 100).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'present-skip-links.png') });
    await skipIntoParkingLot(page);
    // Still presenting, the parking lot's activity on the wall, and "Skip to" out of sight again.
    await expect(page.getByRole('button', { name: 'Exit presentation' }).count()).resolves.toBe(1);
    const activity = await page.getByRole('button', { name: 'Update the CRM', exact: true }).boundingBox();
    expect(activity && activity.y >= 0 && activity.y + activity.height <= 720).toBe(true);
    await expect(skip.boundingBox().then((box) => box !== null && box.y + box.height <= 0)).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('"Health check" takes the next Tab to the first finding; Escape on "Skip to" leaves with focus back on Present', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    await presentByKeyboard(page);
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    await expect.poll(() => focusedName(page)).toBe('Health check');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const health = page.getByRole('region', { name: 'Health check', exact: true });
    await expect(health.evaluate((panel) => panel.contains(document.activeElement))).resolves.toBe(true);
    // Back up to "Skip to" (Shift+Tab from the board's top), and out of the presentation from there.
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedName(page)).toBe('The board');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).waitFor();
    await expect.poll(() => focusedName(page)).toBe('Present');
    expect(problems).toEqual([]);
  });
});

/**
 * Weeks after the workshop, an owner updates where their result stands, on a 1280 × 800 laptop:
 * the outcome's menu opens the editor on Current value (its seventh field: six Tabs past the
 * title and the result), and the editor is brought whole into the window, Save and all (it was left
 * 40 px below the window, and the page did not move).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { focusedName, hasFocus, openBoard, openOutcomeEditor, outcome } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Whether `target` is drawn whole between the sticky toolbar and the window's bottom edge. */
async function wholeInWindow(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const toolbar = await page.getByRole('region', { name: 'Board tools' }).boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && toolbar !== null && box.y >= toolbar.y + toolbar.height && box.y + box.height <= height;
}

describe('updating where a result stands', () => {
  it('"Update current value" opens the editor on Current value, Save in the window; saved, the card says it and focus is back on the menu', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 800 });
    const pipeline = outcome(page, 'Outbound pipeline');
    await pipeline.getByRole('button', { name: 'Actions for outcome Outbound pipeline' }).click();
    await page.getByRole('button', { name: 'Update current value' }).click();
    const editor = pipeline.getByRole('form', { name: 'Edit Outbound pipeline' });
    const current = editor.getByRole('textbox', { name: 'Current value', exact: true });
    await expect.poll(() => hasFocus(current)).toBe(true);
    await expect(current.inputValue()).resolves.toBe('14');
    await expect(wholeInWindow(page, editor.getByRole('button', { name: 'Save' }))).resolves.toBe(true);
    await expect(wholeInWindow(page, current)).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'follow-up-current-value.png') });
    await current.fill('17');
    await page.keyboard.press('Enter');
    await pipeline.getByText('17 of 20 qualified opportunities', { exact: true }).waitFor();
    await expect.poll(() => focusedName(page)).toBe('Actions for outcome Outbound pipeline');
    expect(problems).toEqual([]);
  });

  it('"Edit outcome" brings the editor whole into the window where it fits, its title still in sight', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 800 });
    const card = await openOutcomeEditor(page, 'Forecast accuracy');
    const editor = card.getByRole('form', { name: 'Edit Forecast accuracy' });
    await expect.poll(() => hasFocus(editor.getByRole('textbox', { name: 'Title', exact: true }))).toBe(true);
    await expect(wholeInWindow(page, editor.getByRole('button', { name: 'Save' }))).resolves.toBe(true);
    await expect(wholeInWindow(page, editor.getByRole('textbox', { name: 'Title', exact: true }))).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});

/**
 * The end-to-end tests' own promise (helpers.ts, openBoard): a page handed on from one test to the
 * next starts as a fresh profile's — the sample board as the app makes it, no keys or buttons held,
 * no listeners of the test before — and a page whose test changed what outlives a navigation is
 * not handed on; and the files of a worker share its browser, each closing only what it made. The
 * tests of this file run in order and each relies on the one before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { activityTitles, dragKey, openOutcomeEditor, openBoard, outcome, pickUp } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('a page handed from one test to the next', () => {
  let used: Page | undefined;
  let emulated: Page | undefined;

  it('(a test that saves a move, leaves typing not saved, answers dialogs, and ends holding Shift and the mouse button)', async () => {
    const { page } = await openBoard(browser);
    used = page;
    await pickUp(page, 'Schedule the calls');
    await expect(dragKey(page, 'ArrowRight')).resolves.toContain('Deals closed');
    await page.keyboard.press('Space');
    await expect.poll(() => activityTitles(outcome(page, 'Deals closed'))).toEqual(['Write the proposal', 'Schedule the calls']);
    await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    // Typing not saved: leaving asks first (beforeunload), and this test's answer is "stay" (and
    // "OK" to anything else).
    page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.dismiss() : dialog.accept()));
    const card = await openOutcomeEditor(page, 'Outbound pipeline');
    await card.getByRole('textbox', { name: 'Notes' }).click();
    await page.keyboard.type('Not saved');
    const box = await outcome(page, 'Forecast accuracy').boundingBox();
    if (!box) throw new Error('no card');
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.keyboard.down('Shift');
    await page.mouse.down();
  });

  it('the next test gets that page, on the sample board as a fresh profile has it, with nothing held', async () => {
    const { page, problems } = await openBoard(browser);
    expect(page).toBe(used);
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    await expect(activityTitles(outcome(page, 'Deals closed'))).resolves.toEqual(['Write the proposal']);
    await expect(page.getByRole('form', { name: 'Edit Outbound pipeline' }).count()).resolves.toBe(0);
    // Shift is not held: the A key types a small letter.
    const quickAdd = page.getByRole('textbox', { name: 'Add activity to the parking lot' });
    await quickAdd.click();
    await page.keyboard.press('KeyA');
    await expect(quickAdd.inputValue()).resolves.toBe('a');
    // The last test's answers to dialogs are gone: a question is answered as in a fresh page (no).
    await expect(page.evaluate(() => confirm('Answered by the test before?'))).resolves.toBe(false);
    expect(problems).toEqual([]);
    emulated = page;
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  it('a page whose test emulated media (or a window size, routes, scripts, the clock, permissions) gets no further', async () => {
    const { page } = await openBoard(browser);
    expect(page).not.toBe(emulated);
    await expect(page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).resolves.toBe(false);
  });
});

describe('the worker’s browser, shared by its files', () => {
  const SIZE = { width: 1200, height: 1000 };
  let other: Browser;
  let handed: Page | undefined;
  let made: BrowserContext | undefined;

  it('(another file’s handle: a page of it handed on, a context of its own left open)', async () => {
    other = await launchBrowser();
    // A size no page handed on has: a page of its own.
    const { page } = await openBoard(other, SIZE);
    handed = page;
    made = await other.newContext();
  });

  it('that file’s close() closes the contexts it made, keeps the page it handed on, and leaves the browser running', async () => {
    await other.close();
    expect(browser.isConnected()).toBe(true);
    await expect(made?.newPage()).rejects.toThrow();
    const { page, problems } = await openBoard(browser, SIZE);
    expect(page).toBe(handed);
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    expect(problems).toEqual([]);
  });
});

/**
 * "Find" on the board (and Ctrl/Cmd+F): every outcome, activity and person whose name holds what is
 * typed, and a way to each, by keyboard or mouse. On a large board the browser's Find in page finds
 * only the cards drawn near the screen, and the desktop app has none: big-board.e2e.ts goes to a far
 * activity of the large board.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { focusedName, hasFocus, openBoard, outcome } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('Find on this board', () => {
  it('Ctrl+F opens it; Enter goes to the first match, with focus on it; Escape closes it back to Find', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    await page.keyboard.press('Control+f');
    const field = page.getByRole('searchbox', { name: 'Find on this board' });
    await expect.poll(() => hasFocus(field)).toBe(true);
    const count = page.getByRole('dialog', { name: 'Find on this board' }).getByRole('status');
    await expect(count.innerText()).resolves.toBe('Type part of an outcome’s, an activity’s or a person’s name.');
    await page.keyboard.type('crm');
    const matches = page.getByRole('list', { name: 'Matches' }).getByRole('button');
    await expect(matches.allInnerTexts()).resolves.toEqual(['Update the CRM\nActivity in the parking lot']);
    await expect(count.innerText()).resolves.toBe('1 match.');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'find-crm.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Update the CRM');
    await expect(page.getByRole('dialog', { name: 'Find on this board' }).count()).resolves.toBe(0);
    // The activity is on the screen, below the toolbar, not only focused.
    const crm = page.getByRole('region', { name: 'Parking lot' }).getByRole('button', { name: 'Update the CRM', exact: true });
    const box = await crm.boundingBox();
    expect(box && box.y > 0 && box.y + box.height <= 768).toBe(true);

    const find = page.getByRole('button', { name: 'Find', exact: true });
    await find.click();
    await expect(find.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.type('zzz');
    await expect(count.innerText()).resolves.toBe('Nothing on this board is called that.');
    await page.keyboard.press('Escape');
    await expect.poll(() => hasFocus(find)).toBe(true);
    await expect(find.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(problems).toEqual([]);
  });

  it('↓ walks the matches; a person is gone to with the people shown again, an outcome from the People view on the board', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Hide people' }).click();
    const find = page.getByRole('button', { name: 'Find', exact: true });
    await find.click();
    // Accents and case aside, every word in any order.
    await page.keyboard.type('NAIR priya');
    await page.keyboard.press('ArrowDown');
    await expect(focusedName(page)).resolves.toBe('Priya NairPerson · RevOps Manager');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('PNPriya Nair');
    await expect(page.getByRole('button', { name: 'Hide people' }).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'People view' }).click();
    await find.click();
    await page.keyboard.type('the');
    const matches = page.getByRole('list', { name: 'Matches' }).getByRole('button');
    await expect(matches.allInnerTexts()).resolves.toEqual([
      'Write the proposal\nOutcome',
      'Run the campaign\nActivity in Outbound pipeline',
      'Schedule the calls\nActivity in Outbound pipeline',
      'Write the proposal\nActivity in Deals closed',
      'Update the CRM\nActivity in the parking lot',
    ]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(focusedName(page)).resolves.toBe('Find on this board');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('main', { name: 'People view' }).waitFor({ state: 'hidden' });
    await expect.poll(() => focusedName(page)).toBe('Write the proposal');
    await expect(outcome(page, 'Write the proposal').evaluate((card) => card.classList.contains('outcome-card--highlighted'))).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});

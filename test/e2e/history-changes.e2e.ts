/**
 * A team member updating the board weeks after the workshop: they import the facilitator's file,
 * edit it over several sessions, and ask History what changed since the workshop. The file's board
 * is listed "As imported from a file", an edit taken back adds no second copy of the same board,
 * and each snapshot lists its changes to the board now, by keyboard as by mouse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { createSampleBoard } from '../../shared/sample';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { openBoard, outcome, reload } from './helpers';
import { importBoard } from './pdf-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const TITLE = 'Q3 revenue workshop';

async function saved(page: Page): Promise<void> {
  await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
}

/** Reloads the page (a new session) and waits for the board to be back. */
async function newSession(page: Page): Promise<void> {
  await saved(page);
  await reload(page);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await outcome(page, 'Deals closed').waitFor();
}

describe('History after the workshop', () => {
  it('calls the imported board so, keeps no copy of a board an Undo put back, and says what changed since each snapshot', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    await importBoard(page, { ...createSampleBoard(), title: TITLE }, 'q3-workshop');

    // The first session after the workshop: an owner named, a task done, a current value measured.
    await page.getByRole('combobox', { name: 'Set owner of Deals closed' }).selectOption({ label: 'Maya Chen' });
    await page.getByRole('checkbox', { name: 'Done: Run the campaign' }).click();
    await saved(page);
    // The next session: opened (a snapshot), a slip taken back with Undo, and opened again.
    await newSession(page);
    await page.getByRole('checkbox', { name: 'Done: Schedule the calls' }).click();
    await saved(page);
    await page.keyboard.press('Control+z');
    await newSession(page);

    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'Board history' });
    const list = dialog.getByRole('list', { name: 'Snapshots, newest first' });
    await list.getByText('As imported from a file').waitFor();
    // Two copies: the file as imported, and the board as the first reopening found it. The second
    // reopening found that same board again (the slip undone) and kept no copy of it.
    await expect
      .poll(async () => (await list.locator(':scope > li').allInnerTexts()).map((text) => text.split(' · ')[0]))
      .toEqual(['When the board was opened', 'As imported from a file']);

    const whatChanged = list.getByRole('button', { name: /^What changed since .+ \(As imported from a file\)$/u });
    await expect(whatChanged.getAttribute('aria-expanded')).resolves.toBe('false');
    await whatChanged.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => whatChanged.getAttribute('aria-expanded')).toBe('true');
    const outcomes = list.getByRole('region', { name: 'Outcomes' });
    await expect.poll(() => outcomes.getByRole('listitem').allInnerTexts()).toEqual([
      'Deals closed: owner nobody → Maya Chen',
      'Deals closed: verdict Nobody owns it → Task assignment, not ownership',
    ]);
    await expect(list.getByRole('region', { name: 'Activities' }).getByRole('listitem').allInnerTexts()).resolves.toEqual(['“Run the campaign” marked done']);
    await expect(whatChanged.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'history-what-changed.png') });

    // The snapshot of the first reopening already holds those changes: nothing since.
    await list.getByRole('button', { name: /^What changed since .+ \(When the board was opened\)$/u }).click();
    await list.getByText('Nothing has changed since: the board is as this snapshot holds it.').waitFor();

    // Restore is as it was: the board as imported comes back.
    await list.getByRole('button', { name: /^Restore as imported from a file from /u }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Set owner of Deals closed' }).inputValue()).toBe('');
    expect(problems).toEqual([]);
  });
});

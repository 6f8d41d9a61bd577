/**
 * The newest features as a keyboard-only facilitator and a screen-reader user meet them at 1366 ×
 * 768, keys only: Ctrl+Z after the last activity of an outcome (or the last person) was deleted from
 * its menu, with focus in that list's field for a new one; History's "Show all … changes" pressed
 * at the foot of the dialog; the library's Copy as template (and Duplicate) pressed twice; a value
 * saved with an outcome's Update current value, heard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { activityTitles, focusedName, hasFocus, lastAnnouncement, openBoard, outcome } from './helpers';
import { card, cardButton, section, toLibrary } from './library-helpers';

const LAPTOP = { width: 1366, height: 768 };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Opens an item's ⋯ menu with Enter and presses one of its buttons, as a keyboard user does: Tab to it, Enter. */
async function pressInMenu(page: Page, menu: string, button: string): Promise<void> {
  await page.getByRole('button', { name: menu, exact: true }).focus();
  await page.keyboard.press('Enter');
  for (let tab = 0; tab < 12 && (await focusedName(page)) !== button; tab++) await page.keyboard.press('Tab');
  await expect(focusedName(page)).resolves.toBe(button);
  await page.keyboard.press('Enter');
}

describe('Ctrl+Z after a delete that left focus in a field for a new item', () => {
  it('brings back the outcome’s only activity, deleted from its menu, and takes focus to it; once typed in, the field’s Ctrl+Z is its own', async () => {
    const { page, problems } = await openBoard(browser, LAPTOP);
    const deals = outcome(page, 'Deals closed');
    await pressInMenu(page, 'Actions for Write the proposal', 'Delete activity');
    // Its only activity gone, focus goes to the card's field for a new one.
    await expect.poll(() => focusedName(page)).toBe('Add activity to Deals closed');
    await expect(activityTitles(deals)).resolves.toEqual([]);

    // Ctrl+Z there did nothing: the field kept its own undo, and it had nothing to take back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => activityTitles(deals)).toEqual(['Write the proposal']);
    await expect.poll(() => lastAnnouncement(page)).toBe('Undone: Activity Write the proposal is back.');
    await expect.poll(() => focusedName(page)).toBe('Write the proposal');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-ctrl-z-last-activity.png') });

    // Deleted again, and a title typed in the field: Ctrl+Z takes back the typing, not the delete.
    await pressInMenu(page, 'Actions for Write the proposal', 'Delete activity');
    await expect.poll(() => focusedName(page)).toBe('Add activity to Deals closed');
    await page.keyboard.type('Call');
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('textbox', { name: 'Add activity to Deals closed' }).inputValue()).resolves.toBe('');
    await expect(activityTitles(deals)).resolves.toEqual([]);
    expect(problems).toEqual([]);
  });

  it('brings back the last person, removed from their menu, with focus in the field for a new person’s name', async () => {
    const { page, problems } = await openBoard(browser, LAPTOP);
    // The sample's people, the last one first: each removal leaves focus on the one before.
    for (const name of ['Sam Okafor', 'Priya Nair', 'Leo Fischer', 'Maya Chen']) await pressInMenu(page, `Actions for ${name}`, `Remove ${name}`);
    await expect.poll(() => focusedName(page)).toBe("New person's name");
    await page.keyboard.press('Control+z');
    await expect.poll(() => lastAnnouncement(page)).toBe('Undone: Maya Chen is back.');
    await expect.poll(() => hasFocus(page.getByRole('button', { name: 'Maya Chen', exact: true }))).toBe(true);
    expect(problems).toEqual([]);
  });
});

/** Whether the element holding focus is shown whole inside the open dialog's box (it scrolls; the window behind it does not). */
const focusInDialogsView = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    const dialog = document.querySelector('dialog[open]');
    if (!focused || !dialog) return false;
    const box = focused.getBoundingClientRect();
    const view = dialog.getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom && box.bottom <= window.innerHeight;
  });

describe('History’s “What changed”, by keyboard', () => {
  it('“Show all … changes” keeps itself in view as the changes it shows push it down the dialog', async () => {
    const { page, problems } = await openBoard(browser, LAPTOP);
    const field = page.getByRole('textbox', { name: 'Add activity to the parking lot' });
    await field.focus();
    // More changes than the dialog has room for at 1366 × 768, once all are shown.
    for (let task = 1; task <= 24; task++) {
      await page.keyboard.type(`Task ${String(task)}`);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => activityTitles(page.getByRole('region', { name: 'Parking lot' }))).toHaveLength(25);
    await page.getByRole('button', { name: 'History', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Board history' });
    const whatChanged = dialog.getByRole('button', { name: /^What changed since / }).last();
    await whatChanged.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => whatChanged.getAttribute('aria-expanded')).toBe('true');
    // Expanded at once, the changes are listed once compared (a read of the snapshot): Tab waits
    // for them, as a person waits for the list to show (CI's second run tabbed past "Comparing…").
    await dialog.getByRole('button', { name: /^Show all 24 changes since / }).waitFor();
    // Past Restore, to the button under the changes.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toMatch(/^Show all 24 changes since .+ \(When the board was opened\)$/u);
    await expect.poll(() => focusInDialogsView(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(focusedName(page)).resolves.toMatch(/^Show the first changes only, since .+ \(When the board was opened\)$/u);
    await expect.poll(() => focusInDialogsView(page)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-history-show-all.png') });
    await page.keyboard.press('Enter');
    await expect(focusedName(page)).resolves.toMatch(/^Show all 24 changes since .+ \(When the board was opened\)$/u);
    await expect.poll(() => focusInDialogsView(page)).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('the library’s copies, made twice', () => {
  it('Copy as template and Duplicate pressed twice make boards a screen reader’s list of buttons tells apart', async () => {
    const { page, problems } = await openBoard(browser, LAPTOP);
    const sample = 'Revenue ownership workshop (sample)';
    await toLibrary(page);
    const copies = [
      ['Copy as template', `${sample} (template)`],
      ['Copy as template', `${sample} (template 2)`],
      ['Duplicate', `${sample} (copy)`],
      ['Duplicate', `${sample} (copy 2)`],
    ] as const;
    for (const [action, title] of copies) {
      await cardButton(page, sample, action).focus();
      await page.keyboard.press('Enter');
      // Focus goes to the new board's Rename, whose name says which board it is.
      await card(page, title).waitFor();
      await expect.poll(() => focusedName(page)).toBe(`Rename ${title}`);
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-library-copies-twice.png') });
    const names = await section(page, 'Boards').getByRole('button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent));
    expect(names).toHaveLength(5 * 6);
    expect(new Set(names).size).toBe(names.length);
    expect(problems).toEqual([]);
  });
});

describe('Update current value, heard', () => {
  it('says the value saved as the card now writes it, and focus goes back to the ⋯ button', async () => {
    const { page, problems } = await openBoard(browser, LAPTOP);
    const deals = outcome(page, 'Deals closed');
    await pressInMenu(page, 'Actions for outcome Deals closed', 'Update current value');
    await expect.poll(() => hasFocus(deals.getByRole('textbox', { name: 'Current value' }))).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    // Met: "Tasks done, result missed" goes from the card, and the value is said (nothing was).
    await expect.poll(() => lastAnnouncement(page)).toBe('Deals closed stands at 12 of 12 deals.');
    await expect.poll(() => focusedName(page)).toBe('Actions for outcome Deals closed');
    await expect(deals.getByText('Tasks done, result missed').count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-update-current-said.png') });
    expect(problems).toEqual([]);
  });
});

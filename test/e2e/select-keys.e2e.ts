/**
 * The board's dropdowns ("Set owner of …", "Move to", "Assign") change the board when a choice is
 * made. On Windows and Linux a closed select steps its value on an arrow, Home/End, PageUp/PageDown
 * or a letter: that used to replace an owner, move a card or assign someone at the first key. Now
 * those keys open the list; the arrows browse in it, Enter chooses, Escape changes nothing (though
 * Chromium's list itself takes the option the arrows reached when it closes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { activityTitles, lastAnnouncement, openBoard, outcome } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Whether the select's list is open (Chromium's `:open`, what a person sees drop down). */
const listOpen = (select: Locator) => select.evaluate((element) => element.matches(':open'));

/** The toolbar's Undo (a notice may offer one too). */
const undoButton = (page: Page) => page.getByRole('region', { name: 'Board tools' }).getByRole('button', { name: 'Undo' });

/** The board is as it was: nothing to undo, nothing said. */
async function expectBoardUntouched(page: Page) {
  await expect(undoButton(page).isDisabled()).resolves.toBe(true);
  await expect(page.getByRole('region', { name: 'Notifications' }).innerText()).resolves.toBe('');
}

describe('a dropdown that changes the board opens on an arrow or a letter instead of choosing', () => {
  it('↓ on "Set owner of …" keeps the owner and their authority, opens the list, and Enter chooses what the arrows reached', async () => {
    const { page, problems } = await openBoard(browser);
    const pipeline = outcome(page, 'Outbound pipeline');
    const select = page.getByRole('combobox', { name: 'Set owner of Outbound pipeline' });
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => listOpen(select)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'select-owner-opened-by-arrow.png') });
    await expect(pipeline.getByText('Owner: Maya Chen', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(pipeline.getByText('Owned', { exact: true }).isVisible()).resolves.toBe(true);
    await expectBoardUntouched(page);

    // In the open list: "Change…", Leo, Priya, Sam. Two steps reach Priya, Enter chooses her.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(pipeline.getByText('Owner: Maya Chen', { exact: true }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => pipeline.getByText('Owner: Priya Nair', { exact: true }).isVisible()).toBe(true);
    await expect(listOpen(select)).resolves.toBe(false);
    await expect(page.getByRole('region', { name: 'Notifications' }).innerText()).resolves.toContain('Priya Nair');
    expect(problems).toEqual([]);
  });

  it('Home, End, PageUp, PageDown, ←/→ and a letter each open the list and change nothing; Escape closes it', async () => {
    const { page } = await openBoard(browser);
    const pipeline = outcome(page, 'Outbound pipeline');
    const select = page.getByRole('combobox', { name: 'Set owner of Outbound pipeline' });
    for (const key of ['End', 'Home', 'PageDown', 'PageUp', 'ArrowRight', 'ArrowUp', 's', 'Shift+KeyL']) {
      await select.focus();
      await page.keyboard.press(key);
      await expect.poll(() => listOpen(select), { message: key }).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => listOpen(select), { message: key }).toBe(false);
      await expect(pipeline.getByText('Owner: Maya Chen', { exact: true }).isVisible(), key).resolves.toBe(true);
    }
    await expectBoardUntouched(page);
  });

  it('Escape after browsing the open list leaves the owner as they were, however the list was opened', async () => {
    const { page } = await openBoard(browser);
    const pipeline = outcome(page, 'Outbound pipeline');
    const select = page.getByRole('combobox', { name: 'Set owner of Outbound pipeline' });
    for (const opener of ['ArrowDown', 'Space', 'Alt+ArrowDown']) {
      await select.focus();
      await page.keyboard.press(opener);
      await expect.poll(() => listOpen(select), { message: opener }).toBe(true);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      await expect.poll(() => listOpen(select), { message: opener }).toBe(false);
      // Longer than a held change would wait for its closing key.
      await page.waitForTimeout(1200);
      await expect(pipeline.getByText('Owner: Maya Chen', { exact: true }).isVisible(), opener).resolves.toBe(true);
    }
    await expect(pipeline.getByText('Owned', { exact: true }).isVisible()).resolves.toBe(true);
    await expectBoardUntouched(page);
  });

  it('"Move to" in an activity\'s menu: ↓ leaves the card where it is, the arrows walk the outcomes, Enter moves it once', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Run the campaign' }).click();
    const moveTo = page.getByRole('combobox', { name: 'Move to' });
    await moveTo.focus();
    await page.keyboard.press('ArrowDown');
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    await expect.poll(() => listOpen(moveTo)).toBe(true);
    await expectBoardUntouched(page);

    // Escape closes the list only: the menu stays open, the card stays.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => listOpen(moveTo)).toBe(false);
    await expect(moveTo.isVisible()).resolves.toBe(true);
    await expect(moveTo.inputValue()).resolves.toBe('sample-outcome-pipeline');
    await expectBoardUntouched(page);

    // Outbound pipeline, Deals closed, Write the proposal: two steps down, then Enter.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => activityTitles(outcome(page, 'Write the proposal'))).toEqual(['Run the campaign']);
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Schedule the calls']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Run the campaign');
    // Said where it went, as a keyboard drag's drop says it: focus alone did not tell.
    await expect.poll(() => lastAnnouncement(page)).toBe('Run the campaign moved to Write the proposal, position 1 of 1.');
  });

  it('"Assign": a letter opens the list without assigning; the same letter in the list and Enter assign that person', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Update the CRM' }).click();
    const assign = page.getByRole('combobox', { name: 'Assign' });
    await assign.focus();
    await page.keyboard.press('s');
    await expect.poll(() => listOpen(assign)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'select-assign-opened-by-letter.png') });
    const parkingLot = page.getByRole('region', { name: 'Parking lot' });
    await expect(parkingLot.getByRole('img', { name: 'Assigned to Priya Nair' }).isVisible()).resolves.toBe(true);
    await expectBoardUntouched(page);
    await page.keyboard.press('s');
    await page.keyboard.press('Enter');
    await expect.poll(() => parkingLot.getByRole('img', { name: 'Assigned to Priya Nair and Sam Okafor' }).isVisible()).toBe(true);
  });

  it('a choice made in one go (a click on an option) still changes the board at once, as one undo step', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('combobox', { name: 'Set owner of Outbound pipeline' }).selectOption({ label: 'Sam Okafor' });
    await expect(outcome(page, 'Outbound pipeline').getByText('Owner: Sam Okafor', { exact: true }).isVisible()).resolves.toBe(true);
    await undoButton(page).click();
    await expect(outcome(page, 'Outbound pipeline').getByText('Owner: Maya Chen', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(undoButton(page).isDisabled()).resolves.toBe(true);
  });
});

/**
 * A facilitator's workshop at a 1280 × 720 projector, by keyboard: what the room would see go
 * wrong. An activity parked from the first outcome with ← (the parking lot sits left of the
 * outcomes there, under the people), and an activity typed into the wrong outcome taken back with
 * Ctrl+Z in the field it was typed into.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { activityTitles, dragKey, hasFocus, lastAnnouncement, openBoard, outcome, pickUp } from './helpers';

const PROJECTOR = { width: 1280, height: 720 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('a workshop at the projector, by keyboard', () => {
  it('← from the first outcome takes a picked-up activity to the parking lot, left of the outcomes; → from there back to the first outcome', async () => {
    const { page, problems } = await openBoard(browser, PROJECTOR);
    const parkingLot = page.getByRole('region', { name: 'Parking lot' });
    const parked = await parkingLot.boundingBox();
    const first = await outcome(page, 'Outbound pipeline').boundingBox();
    // Where the room sees it: left of the first outcome, not after the last one.
    expect(parked && first && parked.x + parked.width <= first.x).toBe(true);

    await pickUp(page, 'Run the campaign');
    await expect(dragKey(page, 'ArrowLeft')).resolves.toBe('Run the campaign is over Parking lot, position 2 of 2.');
    await expect(dragKey(page, 'ArrowRight')).resolves.toBe('Run the campaign is over Outbound pipeline, position 2 of 2.');
    await expect(dragKey(page, 'ArrowLeft')).resolves.toBe('Run the campaign is over Parking lot, position 2 of 2.');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'workshop-park-by-left.png') });
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toBe('Run the campaign moved to Parking lot, position 2 of 2.');
    await expect(activityTitles(parkingLot)).resolves.toEqual(['Update the CRM', 'Run the campaign']);
    await expect.poll(() => hasFocus(parkingLot.getByRole('button', { name: 'Run the campaign', exact: true }))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('Ctrl+Z in the quick-add field right after an add takes that activity back; once something is typed there or changed elsewhere, it does not', async () => {
    const { page, problems } = await openBoard(browser, PROJECTOR);
    const deals = outcome(page, 'Deals closed');
    const field = page.getByRole('textbox', { name: 'Add activity to Deals closed' });
    await field.focus();
    await page.keyboard.type('Call the top ten accounts');
    await page.keyboard.press('Enter');
    await expect.poll(() => activityTitles(deals)).toEqual(['Write the proposal', 'Call the top ten accounts']);

    // Meant for Outbound pipeline: Ctrl+Z at once, focus still in the field.
    await page.keyboard.press('Control+z');
    await expect.poll(() => activityTitles(deals)).toEqual(['Write the proposal']);
    await expect.poll(() => lastAnnouncement(page)).toBe('Undone: Activity Call the top ten accounts is gone.');
    await expect(hasFocus(field)).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'workshop-quick-add-undone.png') });
    // Typed again and added, then the field typed in: Ctrl+Z takes back the typing, not the add.
    await page.keyboard.type('Book the venue');
    await page.keyboard.press('Enter');
    await page.keyboard.type('x');
    await page.keyboard.press('Control+z');
    await expect(field.inputValue()).resolves.toBe('');
    await expect(activityTitles(deals)).resolves.toEqual(['Write the proposal', 'Book the venue']);
    // Emptied by hand, the field has not just added anything: Ctrl+Z leaves the board alone.
    await page.keyboard.press('Control+z');
    await expect(activityTitles(deals)).resolves.toEqual(['Write the proposal', 'Book the venue']);

    // Added, then something else changed: Ctrl+Z in the field does not undo that other change.
    await page.keyboard.type('Send the agenda');
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'Done: Schedule the calls' }).check();
    await field.focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('checkbox', { name: 'Done: Schedule the calls' }).isChecked()).resolves.toBe(true);
    await expect(activityTitles(deals)).resolves.toEqual(['Write the proposal', 'Book the venue', 'Send the agenda']);
    expect(problems).toEqual([]);
  });
});

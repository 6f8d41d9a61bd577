/**
 * A facilitator's workshop at a 1280 × 720 projector, by keyboard: what the room would see go
 * wrong. An activity parked from the first outcome with ← (the parking lot sits left of the
 * outcomes there, under the people), an activity typed into the wrong outcome taken back with
 * Ctrl+Z in the field it was typed into, a person taken by → from one outcome's owner slot to the
 * next (not through each activity between), and Zoom to fit on a workshop's board (20 outcomes, 200
 * activities, 15 people: the benchmark's, scripts/bench/boards.mjs) too big to fit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { generateBoard } from '../../scripts/bench/boards.mjs';
import { activityTitles, dragKey, hasFocus, lastAnnouncement, openBoard, outcome, pickUp } from './helpers';
import { importBoard } from './pdf-helpers';

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

  it('→ with a person picked up goes to the next outcome’s owner, past the activities between; Space makes them its owner', async () => {
    const { page, problems } = await openBoard(browser, PROJECTOR);
    await pickUp(page, 'Leo Fischer');
    // After Outbound pipeline, not "over activity Run the campaign": the next outcome, as the drag's instructions say.
    const owners = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft']) owners.push(await dragKey(page, key));
    expect(owners).toEqual(['Outbound pipeline', 'Deals closed', 'Write the proposal', 'Deals closed'].map((title) => `Leo Fischer is over the owner of ${title}.`));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'workshop-person-by-right.png') });
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toBe('Leo Fischer is now the owner of Deals closed.');
    await expect(outcome(page, 'Deals closed').getByText('Owner: Leo Fischer', { exact: true }).count()).resolves.toBe(1);
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

  it('Zoom to fit, pressed far down a workshop board too big to fit, shows it at 40 % from its top', async () => {
    const { page, problems } = await openBoard(browser, PROJECTOR);
    const board = generateBoard('workshop');
    await importBoard(page, { ...board, title: 'Leadership workshop' }, 'workshop-zoom');
    // Down the board by keyboard, to an activity of the 9th outcome (of 20).
    await page.getByRole('checkbox', { name: 'Done: Run the renewal list #105' }).focus();
    await expect(page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(1000);
    await page.getByRole('button', { name: 'Zoom to fit' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Notifications' }).getByText(/scroll to see the rest\.$/u).waitFor();
    await expect(page.locator('output[aria-label="Zoom level"]').innerText()).resolves.toBe('40%');
    // The board's title and its first outcome are on the screen; the rest follows below.
    for (const part of [page.getByRole('heading', { level: 1, name: 'Leadership workshop' }), outcome(page, 'Outbound pipeline 1')]) {
      const box = await part.boundingBox();
      expect(box && box.y >= 0 && box.y < PROJECTOR.height).toBe(true);
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'workshop-zoom-to-fit-1280x720.png') });
    expect(problems).toEqual([]);
  });
});

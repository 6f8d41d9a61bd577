/**
 * A facilitator's workshop at a 1280 × 720 projector, by keyboard: what the room would see go
 * wrong. An activity parked from the first outcome with ← (the parking lot sits left of the
 * outcomes there, under the people).
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

});

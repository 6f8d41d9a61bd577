/**
 * At 1366 × 768 the parking lot and the health check sit under the people, beside the outcomes: under
 * fifteen people the parking lot began 1,700 px down, and each activity dragged from it to an outcome
 * at the top rode the window's edge all the way up. "Hide people" folds the list away, so the
 * parking lot comes up under the People heading; "Show people" brings it back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { activityTitles, hasFocus, mouseDrag, openBoard, outcome } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('the people list, hidden and shown again', () => {
  it('hidden, brings the parking lot up under the People heading, to drag from on the first screen; shown, the people are back', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    const parkingLot = page.getByRole('region', { name: 'Parking lot' });
    const parkedTop = async () => (await parkingLot.boundingBox())?.y ?? Number.NaN;
    const before = await parkedTop();
    const hide = page.getByRole('button', { name: 'Hide people' });
    await expect(hide.getAttribute('aria-expanded')).resolves.toBe('true');
    await hide.click();
    const show = page.getByRole('button', { name: 'Show people (4)' });
    await expect(show.getAttribute('aria-expanded')).resolves.toBe('false');
    // Focus stays on the button, which now says what it does.
    await expect.poll(() => hasFocus(show)).toBe(true);
    await expect(page.getByRole('button', { name: 'Maya Chen', exact: true }).count()).resolves.toBe(0);
    const after = await parkedTop();
    expect(before - after).toBeGreaterThan(350);
    // The parking lot's activity is on the first screen now: dragged to the first outcome from there.
    const crm = parkingLot.getByRole('button', { name: 'Update the CRM', exact: true });
    const box = await crm.boundingBox();
    expect(box !== null && box.y + box.height <= 768).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'people-hidden.png') });
    await mouseDrag(page, crm, outcome(page, 'Outbound pipeline').getByRole('heading', { name: 'Outbound pipeline' }));
    await expect.poll(() => activityTitles(outcome(page, 'Outbound pipeline'))).toContain('Update the CRM');
    // The owners' selects still name everyone.
    await expect(outcome(page, 'Deals closed').getByRole('combobox', { name: 'Set owner of Deals closed' }).locator('option', { hasText: 'Maya Chen' }).count()).resolves.toBe(1);

    await show.click();
    await expect(page.getByRole('button', { name: 'Hide people' }).getAttribute('aria-expanded')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Maya Chen', exact: true }).waitFor();
    expect(problems).toEqual([]);
  });
});

/**
 * "Copy as template" in the library, as a facilitator uses it before running the same workshop for
 * a second team: pressed by keyboard beside Duplicate, it says what it kept and what it left out,
 * focus goes to the template's Rename, and the template opened has the outcomes and activities but
 * nobody on it: no owners, no one assigned, nothing ticked, no current values. At a laptop's
 * 1366 × 768, with screenshots of the library and the template.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { activityTitles, openBoard, outcome } from './helpers';
import { card, cardButton, focused, toLibrary } from './library-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const SAMPLE = 'Revenue ownership workshop (sample)';
const TEMPLATE = `${SAMPLE} (template)`;

describe('Copy as template', () => {
  it('makes a board of the outcomes and activities without the first team, by keyboard', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    const pipeline = outcome(page, 'Outbound pipeline');
    const titlesBefore = await activityTitles(pipeline);
    await toLibrary(page);

    // Reached by Tab from Duplicate, pressed with Enter.
    await cardButton(page, SAMPLE, 'Duplicate').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe(`Copy as template ${SAMPLE}`);
    await page.keyboard.press('Enter');

    const notices = page.getByRole('region', { name: 'Notifications' });
    await notices.getByText(`Copied \u2068${SAMPLE}\u2069 as a template: its outcomes and activities, without people, owners, authority, assignees, done ticks or current values.`).waitFor();
    await card(page, TEMPLATE).getByText(/4 outcomes · 0 of 4 owned/u).waitFor();
    await expect.poll(() => focused(page)).toBe(`Rename ${TEMPLATE}`);
    await expect(card(page, SAMPLE).getByText(/4 outcomes · 1 of 4 owned/u).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-template.png') });

    await cardButton(page, TEMPLATE, 'Open').click();
    await page.getByRole('heading', { level: 1, name: TEMPLATE }).waitFor();
    // The outcomes are there, in order, with their activities; nobody owns them or is assigned.
    await pipeline.waitFor();
    await expect(activityTitles(pipeline)).resolves.toEqual(titlesBefore);
    await expect(pipeline.getByText('No owner', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(pipeline.getByText('Owner: Maya Chen').count()).resolves.toBe(0);
    await expect(page.locator('.activity-card').count()).resolves.toBeGreaterThan(0);
    const ticks = page.getByRole('checkbox', { name: /^Done: /u });
    await expect(ticks.evaluateAll((boxes) => boxes.filter((box) => (box as HTMLInputElement).checked).length)).resolves.toBe(0);
    await expect(ticks.count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-template-board.png') });
    expect(problems).toEqual([]);
  });
});

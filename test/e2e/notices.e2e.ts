/**
 * What the board says, as a keyboard and screen-reader user hears it and a facilitator reads it:
 * the drag announcements (a pick-up, a drop that changes nothing), the sentence after an undo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { lastAnnouncement, openBoard } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Starts keeping every text the drag announcer is given, in order (a live region may be given several in a row). */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.getElementById('board-drag-announcer');
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    if (!region) return;
    new MutationObserver(() => {
      said.push(region.textContent);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said.slice());
}

describe('a keyboard pick-up and a drop that changes nothing', () => {
  it('an activity\'s pick-up is heard ("Picked up activity …, in …"), not at once replaced by "… is over" its own place', async () => {
    const { page, problems } = await openBoard(browser);
    const said = await recordAnnouncements(page);
    await page.getByRole('button', { name: 'Run the campaign', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toContain('Picked up');
    // Long enough for the collision check that follows a pick-up to have spoken, had it spoken.
    await page.waitForTimeout(300);
    await expect(said()).resolves.toEqual(['Picked up activity Run the campaign, in Outbound pipeline, position 1 of 2.']);
    // The first arrow is said as before.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => lastAnnouncement(page)).toBe('Run the campaign is over Outbound pipeline, position 2 of 2.');
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });

  it('an outcome\'s pick-up is heard too', async () => {
    const { page, problems } = await openBoard(browser);
    const said = await recordAnnouncements(page);
    await page.getByRole('button', { name: 'Move outcome Deals closed', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toContain('Picked up');
    await page.waitForTimeout(300);
    await expect(said()).resolves.toEqual(['Picked up outcome Deals closed.']);
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });

  it('a person put down where no person goes is not "dropped where it was"', async () => {
    const { page, problems } = await openBoard(browser);
    await page.getByRole('button', { name: 'Sam Okafor', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toContain('Picked up Sam Okafor');
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toBe('Sam Okafor was not dropped on an owner slot or an activity. Nothing changed.');
    expect(problems).toEqual([]);
  });
});

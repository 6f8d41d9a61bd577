/**
 * Owners set one after another, fast, at the desk at 1366 × 768 (a first workshop on a laptop):
 * three owner changes within 8 s stood three notices at the bottom left, over the People and the
 * authority toggles of the outcome the first of them named, where the facilitator worked next. A
 * new notice now takes the place of the older ones that offer nothing any more (Notices.tsx): one
 * notice shows, the newest, and its Undo undoes the change it names; each change is still said.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { openBoard, outcome, recordSaid } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const notices = (page: Page) => page.getByRole('region', { name: 'Notifications' }).getByRole('listitem');

/** Chooses `person` in an outcome's "Set owner…" list, as a person does with the mouse, and waits for its notice. */
async function setOwner(page: Page, title: string, person: string): Promise<void> {
  await page.getByRole('combobox', { name: `Set owner of ${title}` }).selectOption({ label: person });
  await expect.poll(() => notices(page).last().innerText()).toContain(person);
}

/** The outcome's owner and authority toggles, the part of its card a notice must not cover. */
const ownerPart = (page: Page, title: string) =>
  outcome(page, title).evaluate((card) => {
    const boxes = [card.querySelector('.owner-slot'), card.querySelector('.authority')].flatMap((part) => (part ? [part.getBoundingClientRect()] : []));
    return { left: Math.min(...boxes.map((b) => b.left)), right: Math.max(...boxes.map((b) => b.right)), top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)) };
  });

describe('owners set fast, one after another, at the desk', () => {
  it('show one notice, the newest, over nothing the facilitator works on next; each change is still said', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    const said = await recordSaid(page);
    const started = Date.now();
    await setOwner(page, 'Outbound pipeline', 'Leo Fischer');
    await setOwner(page, 'Deals closed', 'Priya Nair');
    await setOwner(page, 'Write the proposal', 'Sam Okafor');
    // Within one notice's 8 s: the older ones have not simply timed out.
    expect(Date.now() - started).toBeLessThan(6000);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'notices-burst-1366x768.png') });
    await expect.poll(() => notices(page).allInnerTexts()).toEqual([expect.stringContaining('Sam Okafor is now the owner of Write the proposal.')]);
    // The stack stands over none of the three owners and their authority toggles, nor the People.
    const stack = await page.getByRole('region', { name: 'Notifications' }).evaluate((region) => {
      const box = region.getBoundingClientRect();
      return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    });
    const overlap = (a: typeof stack, b: typeof stack) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const title of ['Deals closed', 'Write the proposal']) expect(overlap(stack, await ownerPart(page, title)), title).toBe(false);
    expect(stack.bottom - stack.top).toBeLessThan(120);
    // Each change said, in order, once.
    const heard = await said();
    for (const message of ['Owner of Outbound pipeline changed from Maya Chen to Leo Fischer', 'Priya Nair is now the owner of Deals closed.', 'Sam Okafor is now the owner of Write the proposal.']) {
      expect(heard.filter((text) => text.includes(message)), message).toHaveLength(1);
    }
    expect(problems).toEqual([]);
  });

  it("the newest notice's Undo undoes the change it names, not an earlier one; the toolbar's Undo steps back through the rest", async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    await setOwner(page, 'Outbound pipeline', 'Leo Fischer');
    await setOwner(page, 'Deals closed', 'Priya Nair');
    await setOwner(page, 'Outbound pipeline', 'Sam Okafor');
    await expect.poll(() => notices(page).allInnerTexts()).toEqual([expect.stringContaining('Owner of Outbound pipeline changed from Leo Fischer to Sam Okafor')]);
    await notices(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => outcome(page, 'Outbound pipeline').getByText('Owner: Leo Fischer').isVisible()).toBe(true);
    await expect(outcome(page, 'Deals closed').getByText('Owner: Priya Nair').isVisible()).resolves.toBe(true);
    // What the Undo did is said and shown in the notice's place.
    await expect.poll(() => notices(page).allInnerTexts()).toEqual([expect.stringMatching(/^Undone: /u)]);
    await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await expect.poll(() => outcome(page, 'Deals closed').getByText('No owner', { exact: true }).isVisible()).toBe(true);
    await expect(outcome(page, 'Outbound pipeline').getByText('Owner: Leo Fischer').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});

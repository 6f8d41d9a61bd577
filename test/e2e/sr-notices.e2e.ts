/**
 * What a screen-reader user hears of the notices: only what each one says (not its buttons' names
 * with every message), what another window changed on the board (once for a burst of its saves),
 * and no "Bring them back" for an editor whose item another window deleted.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR, watch, type WatchedPage } from './browser';
import { activityTitles, hasFocus, openBoard, outcome, recordSaid } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const notifications = (page: Page) => page.getByRole('region', { name: 'Notifications' });
/** Deletes an activity from its ⋯ menu, as a person does. */
async function deleteActivity(page: Page, title: string) {
  await page.getByRole('button', { name: `Actions for ${title}` }).click();
  await page.getByRole('button', { name: 'Delete activity' }).click();
}

async function quickAdd(page: Page, title: string) {
  const input = page.getByRole('textbox', { name: 'Add activity to Write the proposal' });
  await input.fill(title);
  await input.press('Enter');
  await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
}

/** Two windows (tabs) of the app on one profile, both showing the sample board. */
async function twoWindows(): Promise<{ context: BrowserContext; here: WatchedPage; there: WatchedPage }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1100 } });
  const open = async () => {
    const watched = watch(await context.newPage());
    await watched.page.goto(inject('baseUrl'));
    await outcome(watched.page, 'Write the proposal').waitFor();
    return watched;
  };
  const here = await open();
  const there = await open();
  return { context, here, there };
}

describe('a notice heard by a screen reader', () => {
  it('the live region carries the message alone; its Undo and Dismiss sit beside it, reached by Tab', async () => {
    const { page, problems } = await openBoard(browser);
    const said = await recordSaid(page);
    const lot = page.getByRole('region', { name: 'Parking lot' });
    await deleteActivity(page, 'Update the CRM');
    const message = 'Deleted activity Update the CRM.';
    const notice = notifications(page).getByRole('listitem').filter({ hasText: message });
    await notice.waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'sr-notice-undo.png') });

    // What is said: the message, not "… Undo ×" (nor the buttons' names of every notice shown).
    await expect.poll(said).toEqual([message]);
    const live = page.locator('[aria-live="polite"]').filter({ hasText: message });
    await expect(live.count()).resolves.toBe(1);
    await expect(live.textContent()).resolves.toBe(message);
    await expect(live.ariaSnapshot()).resolves.not.toContain('button');
    // A status region is read whole at each change unless told otherwise: only the new message is.
    await expect(live.getAttribute('aria-atomic')).resolves.toBe('false');

    // The buttons, beside their message, by keyboard; each tells which notice it belongs to.
    const undo = notice.getByRole('button', { name: 'Undo' });
    const dismiss = notice.getByRole('button', { name: 'Dismiss' });
    const description = (button: typeof undo) =>
      button.evaluate((element) => (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    await expect(description(undo)).resolves.toBe(message);
    await expect(description(dismiss)).resolves.toBe(message);
    await undo.focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => hasFocus(dismiss)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(activityTitles(lot)).resolves.toEqual(['Update the CRM']);
    // Undo says what it undid (the drag announcer); the notice is gone with nothing more said here.
    await expect(notice.count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('a person browsing the page meets each message once; the buttons beside it say which notice they act on', async () => {
    const { page, problems } = await openBoard(browser);
    const said = await recordSaid(page);
    await deleteActivity(page, 'Update the CRM');
    const first = 'Deleted activity Update the CRM.';
    const second = 'Deleted activity Run the campaign.';
    // The pointer resting on the first notice keeps it beside the next one (a new notice takes the
    // place of one that offers nothing any more, unless it is pointed at or focused): the second
    // delete by keyboard, the pointer left where it is.
    await notifications(page).getByText(first).hover();
    await page.getByRole('button', { name: 'Actions for Run the campaign' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Delete activity' }).focus();
    await page.keyboard.press('Enter');
    await notifications(page).getByText(second).waitFor();
    await expect.poll(said).toEqual([first, second]);

    // The whole page as a screen reader's virtual cursor walks it: each message once (the live
    // region's), not again in its toast.
    const tree = await page.locator('body').ariaSnapshot();
    const times = (text: string) => tree.split(text).length - 1;
    expect([times(first), times(second)]).toEqual([1, 1]);
    expect(await notifications(page).ariaSnapshot()).not.toContain('Deleted activity');
    // Still seen in the toast.
    await expect(notifications(page).getByText(second).isVisible()).resolves.toBe(true);

    // Each button, met alone in the toast, is described by its message (as the accessibility tree
    // gives it to a screen reader, not only as the page's attributes say). The first notice's Undo
    // went with the second change.
    const cdp = await page.context().newCDPSession(page);
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.querySelector(\'section[aria-label="Notifications"]\')' });
    if (result.objectId === undefined) throw new Error('no notifications');
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { objectId: result.objectId, role: 'button' });
    const buttons = nodes.filter((node) => !node.ignored).map((node) => `${String(node.name?.value)}: ${String(node.description?.value)}`);
    expect(buttons).toEqual([`Dismiss: ${first}`, `Undo: ${second}`, `Dismiss: ${second}`]);
    await cdp.detach();

    // And reached by keyboard, one after the other.
    const notice = notifications(page).getByRole('listitem').filter({ hasText: second });
    await notice.getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => hasFocus(notice.getByRole('button', { name: 'Dismiss' }))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'sr-notices-met-once.png') });
    expect(problems).toEqual([]);
  });

  it('a second notice is heard alone, not read out with the first one again', async () => {
    const { page, problems } = await openBoard(browser);
    const said = await recordSaid(page);
    await deleteActivity(page, 'Update the CRM');
    await notifications(page).getByText('Deleted activity Update the CRM.').waitFor();
    await deleteActivity(page, 'Run the campaign');
    await notifications(page).getByText('Deleted activity Run the campaign.').waitFor();
    await expect.poll(said).toEqual(['Deleted activity Update the CRM.', 'Deleted activity Run the campaign.']);
    // Not atomic: a screen reader reads the added message, not the whole region again.
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Deleted activity Run the campaign.' }).getAttribute('aria-atomic')).resolves.toBe('false');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'sr-notices-two.png') });
    expect(problems).toEqual([]);
  });
});

describe('a change made in another window, heard here', () => {
  it('says what changed there ("Changed in another window: …"), once for a burst of saves', async () => {
    const { context, here, there } = await twoWindows();
    const said = await recordSaid(here.page);
    await quickAdd(there.page, 'Draft the outline');
    await quickAdd(there.page, 'Review with legal');
    await quickAdd(there.page, 'Send it out');
    await expect.poll(() => activityTitles(outcome(here.page, 'Write the proposal'))).toEqual(['Draft the outline', 'Review with legal', 'Send it out']);
    const message = 'Changed in another window: 3 activities were added.';
    await notifications(here.page).getByText(message).waitFor({ timeout: 5000 });
    await here.page.screenshot({ path: join(SCREENSHOT_DIR, 'sr-changed-elsewhere.png') });
    // One notice for the three saves, not one for each (nor a bare "updated").
    await here.page.waitForTimeout(1500);
    await expect(said()).resolves.toEqual([message]);

    // Another change after a pause is its own notice, naming what changed; Undo here is said to start again.
    await quickAdd(here.page, 'Ask finance');
    await deleteActivity(there.page, 'Send it out');
    await expect
      .poll(said, { timeout: 5000 })
      .toEqual([message, 'Changed in another window: Activity Send it out was deleted. Undo starts again from here.']);
    expect([...here.problems, ...there.problems]).toEqual([]);
    await context.close();
  });
});

describe('an editor taken away by another window’s delete', () => {
  it('says the item is gone, with no "Bring them back" to an activity that no longer exists', async () => {
    const { context, here, there } = await twoWindows();
    const lot = here.page.getByRole('region', { name: 'Parking lot' });
    await lot.getByRole('button', { name: 'Actions for Update the CRM' }).click();
    const panel = lot.getByRole('group', { name: 'Actions for Update the CRM' });
    await panel.getByRole('textbox', { name: 'Title' }).fill('Update the CRM fields');

    await deleteActivity(there.page, 'Update the CRM');
    await expect.poll(() => activityTitles(lot)).toEqual([]);
    const gone = 'Your changes to “Update the CRM” were not saved: it is no longer on this board.';
    await notifications(here.page).getByText(gone).waitFor({ timeout: 5000 });
    await here.page.screenshot({ path: join(SCREENSHOT_DIR, 'sr-draft-item-deleted-elsewhere.png') });
    await expect(notifications(here.page).getByRole('button', { name: 'Bring them back' }).count()).resolves.toBe(0);
    expect([...here.problems, ...there.problems]).toEqual([]);
    await context.close();
  });
});

describe('whether the work is saved, for a screen reader', () => {
  it('is read where it is, not said after every edit as "Saving…" and "Saved"', async () => {
    const { page, problems } = await openBoard(browser);
    await quickAdd(page, 'Send the draft');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    const status = nodes.find((node) => node.role?.value === 'status' && node.name?.value === 'Save status');
    expect(status?.ignored).toBe(false);
    // Chromium's accessibility tree as a screen reader gets it: the live region's politeness.
    expect(status?.properties?.find((property) => property.name === 'live')?.value.value ?? 'off').toBe('off');
    expect(problems).toEqual([]);
  });
});

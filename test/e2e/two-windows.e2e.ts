/**
 * Two windows on the same profile: a change saved in one shows in the other within a second, and
 * neither overwrites the other's newer change.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR, watch } from './browser';
import { activityTitles, outcome } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function quickAdd(page: Page, title: string) {
  const input = page.getByRole('textbox', { name: 'Add activity to Write the proposal' });
  await input.fill(title);
  await input.press('Enter');
  await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
}

/** A browser profile of its own (the windows of one test share its storage). */
const newProfile = () => browser.newContext({ viewport: { width: 1440, height: 1300 } });

/**
 * A window of the app on the profile, showing the sample board. `deaf`: it misses every notice
 * from the others (as if it had been asleep), so its next edit is made on a version that may no
 * longer be the stored one.
 */
async function openWindow(context: BrowserContext, { deaf = false } = {}) {
  const opened = watch(await context.newPage());
  if (deaf) {
    await opened.page.addInitScript(() => {
      class Deaf {
        postMessage(): void {}
        addEventListener(): void {}
        removeEventListener(): void {}
        close(): void {}
      }
      Object.defineProperty(window, 'BroadcastChannel', { value: Deaf });
    });
  }
  await opened.page.goto(inject('baseUrl'));
  await outcome(opened.page, 'Write the proposal').waitFor();
  return opened;
}

describe('two windows on one profile', () => {
  it('each shows the other’s saved changes within a second, and both changes survive', async () => {
    const context = await newProfile();
    const first = await openWindow(context);
    const second = await openWindow(context);

    await quickAdd(first.page, 'Draft the outline');
    await expect.poll(() => activityTitles(outcome(second.page, 'Write the proposal')), { timeout: 1000 }).toEqual(['Draft the outline']);

    await quickAdd(second.page, 'Review with legal');
    await expect.poll(() => activityTitles(outcome(first.page, 'Write the proposal')), { timeout: 1000 }).toEqual(['Draft the outline', 'Review with legal']);

    await first.page.reload();
    await outcome(first.page, 'Write the proposal').getByRole('button', { name: 'Review with legal', exact: true }).waitFor();
    await expect(activityTitles(outcome(first.page, 'Write the proposal'))).resolves.toEqual(['Draft the outline', 'Review with legal']);
    expect([...first.problems, ...second.problems]).toEqual([]);
    await context.close();
  });

  it('an edit on top of a version another window replaced is not saved over it: the person chooses', async () => {
    const context = await newProfile();
    const first = await openWindow(context);
    // The second window misses every notice from the first (as if it had been asleep): its next
    // edit is made on a version that is no longer the stored one.
    const second = await openWindow(context, { deaf: true });

    await quickAdd(first.page, 'From the first window');
    const input = second.page.getByRole('textbox', { name: 'Add activity to Write the proposal' });
    await input.fill('From the second window');
    await input.press('Enter');
    const banner = second.page.getByRole('alert').filter({ has: second.page.getByRole('button', { name: 'Keep mine and save it' }) });
    await banner.waitFor();
    // Nothing was written over the first window's change.
    await first.page.reload();
    await outcome(first.page, 'Write the proposal').getByRole('button', { name: 'From the first window', exact: true }).waitFor();
    await expect(activityTitles(outcome(first.page, 'Write the proposal'))).resolves.toEqual(['From the first window']);

    // Keeping mine saves the second window's board as it is shown.
    await banner.getByRole('button', { name: 'Keep mine and save it' }).click();
    await second.page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await first.page.reload();
    await outcome(first.page, 'Write the proposal').getByRole('button', { name: 'From the second window', exact: true }).waitFor();
    await expect(activityTitles(outcome(first.page, 'Write the proposal'))).resolves.toEqual(['From the second window']);

    // And the other way: the first window edits, the second (still deaf) edits and takes theirs.
    await quickAdd(first.page, 'First again');
    await second.page.getByRole('textbox', { name: 'Add activity to Write the proposal' }).fill('Second again');
    await second.page.getByRole('textbox', { name: 'Add activity to Write the proposal' }).press('Enter');
    await banner.getByRole('button', { name: 'Load the other window’s version' }).click();
    await expect.poll(() => activityTitles(outcome(second.page, 'Write the proposal'))).toEqual(['From the second window', 'First again']);
    await second.page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    expect([...first.problems, ...second.problems]).toEqual([]);
    await context.close();
  });

  it('an edit to a board another window deleted for good says so, and keeps the board if asked', async () => {
    const context = await newProfile();
    const first = await openWindow(context);
    const second = await openWindow(context, { deaf: true });

    // The first window opens another board, then deletes the sample board for good.
    const page = first.page;
    await page.getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('button', { name: 'New board' }).click();
    await page.getByRole('heading', { level: 1, name: 'Untitled board' }).waitFor();
    await page.getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('article', { name: 'Revenue ownership workshop (sample)', exact: true }).getByRole('button', { name: 'Move to trash Revenue ownership workshop (sample)' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Empty trash' }).click();
    await page.getByText('The trash is empty.').waitFor();

    const input = second.page.getByRole('textbox', { name: 'Add activity to Write the proposal' });
    await input.fill('Kept after all');
    await input.press('Enter');
    const banner = second.page.getByRole('alert').filter({ hasText: 'This board was deleted in another window.' });
    await banner.waitFor();
    await expect(banner.getByRole('button', { name: 'Load the other window’s version' }).count()).resolves.toBe(0);
    await second.page.screenshot({ path: join(SCREENSHOT_DIR, 'board-deleted-elsewhere.png') });

    await banner.getByRole('button', { name: 'Keep it, with my changes' }).click();
    await second.page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'All boards' }).click();
    const kept = page.getByRole('article', { name: 'Revenue ownership workshop (sample)', exact: true });
    await kept.waitFor();
    await kept.getByRole('button', { name: 'Open Revenue ownership workshop (sample)', exact: true }).click();
    await outcome(page, 'Write the proposal').getByRole('button', { name: 'Kept after all', exact: true }).waitFor();
    expect([...first.problems, ...second.problems]).toEqual([]);
    await context.close();
  });
});

/**
 * Two windows on the same profile: a change saved in one shows in the other within a second, and
 * neither overwrites the other's newer change.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watch } from './browser';
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

describe('two windows on one profile', () => {
  it('each shows the other’s saved changes within a second, and both changes survive', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1300 } });
    const first = watch(await context.newPage());
    await first.page.goto(inject('baseUrl'));
    await outcome(first.page, 'Write the proposal').waitFor();
    const second = watch(await context.newPage());
    await second.page.goto(inject('baseUrl'));
    await outcome(second.page, 'Write the proposal').waitFor();

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
    const context = await browser.newContext({ viewport: { width: 1440, height: 1300 } });
    const first = watch(await context.newPage());
    await first.page.goto(inject('baseUrl'));
    await outcome(first.page, 'Write the proposal').waitFor();
    // The second window misses every notice from the first (as if it had been asleep): its next
    // edit is made on a version that is no longer the stored one.
    const second = watch(await context.newPage());
    await second.page.addInitScript(() => {
      class Deaf {
        postMessage(): void {}
        addEventListener(): void {}
        removeEventListener(): void {}
        close(): void {}
      }
      Object.defineProperty(window, 'BroadcastChannel', { value: Deaf });
    });
    await second.page.goto(inject('baseUrl'));
    await outcome(second.page, 'Write the proposal').waitFor();

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
});

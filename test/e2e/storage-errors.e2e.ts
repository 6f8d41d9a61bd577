/**
 * A full disk: the write fails, the board says so in words and keeps the change on screen, and
 * leaving asks first; once there is space again, Retry saves it and a reload shows it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { activityTitles, lastAnnouncement, openBoard, outcome, reload, stayWhenAsked } from './helpers';
import { card, cardButton, toLibrary } from './library-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/**
 * Makes IndexedDB writes fail the way a full disk does (QuotaExceededError), where it is evaluated:
 * the window (whole boards) or the save worker (edits). restoreDisk gives the space back.
 */
const fullDisk = () => {
  const originals = (['add', 'put'] as const).map((name) => [name, Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, name)] as const);
  (globalThis as unknown as { restoreDisk: () => void }).restoreDisk = () => {
    for (const [name, original] of originals) if (original) Object.defineProperty(IDBObjectStore.prototype, name, original);
  };
  for (const [name] of originals) {
    IDBObjectStore.prototype[name] = function full() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
};
const restoreDisk = () => {
  (globalThis as unknown as { restoreDisk: () => void }).restoreDisk();
};

describe('when storage fails', () => {
  it('says the disk is full, keeps the change, and saves it on Retry', async () => {
    const { page } = await openBoard(browser);
    // A full disk in the window and in the save worker, which writes the edits.
    const worker = page.workers()[0] ?? (await page.waitForEvent('worker'));
    expect(worker.url()).toMatch(/saveWorker/u);
    await page.evaluate(fullDisk);
    await worker.evaluate(fullDisk);
    const input = page.getByRole('textbox', { name: 'Add activity to Forecast accuracy' });
    await input.fill('Weekly forecast review');
    await input.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('The disk is full');
    await expect(activityTitles(outcome(page, 'Forecast accuracy'))).resolves.toEqual(['Weekly forecast review']);

    // The change exists only on screen: leaving asks first (on the board, and on the library),
    // and staying keeps it.
    const asked = stayWhenAsked(page);
    await reload(page);
    await expect.poll(() => asked).toEqual(['beforeunload']);
    await page.getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your boards' }).waitFor();
    await reload(page);
    await expect.poll(() => asked).toEqual(['beforeunload', 'beforeunload']);
    await page.getByRole('button', { name: 'Back to the open board' }).click();
    await expect(activityTitles(outcome(page, 'Forecast accuracy'))).resolves.toEqual(['Weekly forecast review']);

    await page.evaluate(restoreDisk);
    await worker.evaluate(restoreDisk);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    // Heard once, after the alert that said it was not saved.
    await expect.poll(() => lastAnnouncement(page)).toBe('Saved again: every change is kept.');
    await page.reload();
    await outcome(page, 'Forecast accuracy').getByRole('button', { name: 'Weekly forecast review', exact: true }).waitFor();
  });

  it('a change not saved is not dropped by opening another board: that board stays open, and the library says why', async () => {
    const { page } = await openBoard(browser);
    const sample = 'Revenue ownership workshop (sample)';
    await toLibrary(page);
    await cardButton(page, sample, 'Duplicate').click();
    await card(page, `${sample} (copy)`).waitFor();
    await page.getByRole('button', { name: 'Back to the open board' }).click();
    // A full disk, in the window (whole boards) and in the save worker (edits).
    const worker = page.workers()[0] ?? (await page.waitForEvent('worker'));
    await page.evaluate(fullDisk);
    await worker.evaluate(fullDisk);
    const input = page.getByRole('textbox', { name: 'Add activity to Forecast accuracy' });
    await input.fill('Weekly forecast review');
    await input.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Not saved' }).waitFor();

    await toLibrary(page);
    await cardButton(page, `${sample} (copy)`, 'Open').click();
    await page.getByRole('region', { name: 'Notifications' }).getByText(`Your latest change to “${sample}” is not saved, so that board stays open: The disk is full`).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'unsaved-stays-open.png') });
    await expect(page.getByRole('heading', { level: 1, name: 'Your boards' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Back to the open board' }).click();
    await expect(activityTitles(outcome(page, 'Forecast accuracy'))).resolves.toEqual(['Weekly forecast review']);

    // With space again, opening the other board saves the change on the way.
    await page.evaluate(restoreDisk);
    await worker.evaluate(restoreDisk);
    await toLibrary(page);
    await cardButton(page, `${sample} (copy)`, 'Open').click();
    await page.getByRole('heading', { level: 1, name: `${sample} (copy)` }).waitFor();
    await toLibrary(page);
    await cardButton(page, sample, 'Open').click();
    await outcome(page, 'Forecast accuracy').getByRole('button', { name: 'Weekly forecast review', exact: true }).waitFor();
  });

  it('edits are written by the save worker, not the window', async () => {
    const { page } = await openBoard(browser);
    const worker = page.workers()[0] ?? (await page.waitForEvent('worker'));
    // Break writes in the window only: an edit still saves, because the worker writes it.
    await page.evaluate(() => {
      const fail = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = fail;
      IDBObjectStore.prototype.add = fail;
    });
    const input = page.getByRole('textbox', { name: 'Add activity to Forecast accuracy' });
    await input.fill('Saved by the worker');
    await input.press('Enter');
    await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await expect(worker.evaluate(() => typeof IDBObjectStore.prototype.put)).resolves.toBe('function');
    await page.reload();
    await outcome(page, 'Forecast accuracy').getByRole('button', { name: 'Saved by the worker', exact: true }).waitFor();
  });
});

/**
 * A full disk: the write fails, the board says so in words and keeps the change on screen, and
 * leaving asks first; once there is space again, Retry saves it and a reload shows it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { activityTitles, openBoard, outcome, reload, stayWhenAsked } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('when storage fails', () => {
  it('says the disk is full, keeps the change, and saves it on Retry', async () => {
    const { page } = await openBoard(browser);
    // Make IndexedDB writes fail the way a full disk does (QuotaExceededError): in the window and
    // in the save worker, which writes the edits.
    const fullDisk = () => {
      const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put');
      const originalAdd = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'add');
      (globalThis as unknown as { restorePut: () => void }).restorePut = () => {
        if (original) Object.defineProperty(IDBObjectStore.prototype, 'put', original);
        if (originalAdd) Object.defineProperty(IDBObjectStore.prototype, 'add', originalAdd);
      };
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.add = function add() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    };
    const restore = () => {
      (globalThis as unknown as { restorePut: () => void }).restorePut();
    };
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

    await page.evaluate(restore);
    await worker.evaluate(restore);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await page.reload();
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

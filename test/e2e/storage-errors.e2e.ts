/**
 * A full disk: the write fails, the board says so in words and keeps the change on screen; once
 * there is space again, Retry saves it and a reload shows it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { activityTitles, openBoard, outcome } from './helpers';

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
    // Make IndexedDB writes fail the way a full disk does (QuotaExceededError).
    await page.evaluate(() => {
      const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put');
      (window as unknown as { restorePut: () => void }).restorePut = () => {
        if (original) Object.defineProperty(IDBObjectStore.prototype, 'put', original);
      };
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const input = page.getByRole('textbox', { name: 'Add activity to Forecast accuracy' });
    await input.fill('Weekly forecast review');
    await input.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('The disk is full');
    await expect(activityTitles(outcome(page, 'Forecast accuracy'))).resolves.toEqual(['Weekly forecast review']);

    await page.evaluate(() => {
      (window as unknown as { restorePut: () => void }).restorePut();
    });
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await page.reload();
    await outcome(page, 'Forecast accuracy').getByRole('button', { name: 'Weekly forecast review', exact: true }).waitFor();
  });
});

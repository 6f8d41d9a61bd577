/**
 * A US facilitator on a 1366 × 768 laptop, mouse in hand, browser in en-US: a target typed as it
 * is on the slide ("$250,000") is refused with what to type instead, the card writes the dollar
 * before the amount, and the PDF comes out on Letter without choosing it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR, watch } from './browser';
import { openOutcomeEditor } from './helpers';
import { ensurePdfDir, pdfInfo } from './pdf-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('a US facilitator', () => {
  it('is told what to type for "$250,000", sees "$180 000 of $250 000" and gets the PDF on Letter paper', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    // The print dialog can't be driven headless: the print view is printed by the test instead.
    await context.addInitScript(() => {
      window.print = () => undefined;
    });
    const { page, problems } = watch(await context.newPage());
    await page.goto(inject('baseUrl'));
    const deals = await openOutcomeEditor(page, 'Deals closed');
    await deals.getByRole('textbox', { name: 'Target' }).fill('$250,000');
    await deals.getByRole('textbox', { name: 'Unit' }).fill('');
    await deals.getByRole('button', { name: 'Save' }).click();
    await expect(deals.getByRole('alert').innerText()).resolves.toBe('“$250,000”: type the number alone, 250000 or 250 (the one you mean), and “$” in Unit.');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'us-facilitator-dollar-target.png') });
    await deals.getByRole('textbox', { name: 'Target' }).fill('250000');
    await deals.getByRole('textbox', { name: 'Unit' }).fill('$');
    await deals.getByRole('textbox', { name: 'Current value' }).fill('180000');
    await deals.getByRole('button', { name: 'Save' }).click();
    const N = '\u202f';
    await expect(deals.getByText(`$180${N}000 of $250${N}000`, { exact: true }).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: /^PDF…/u }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await expect(dialog.getByRole('radio', { name: 'Letter' }).isChecked()).resolves.toBe(true);
    const [popup] = await Promise.all([page.waitForEvent('popup'), dialog.getByRole('button', { name: 'Save PDF' }).click()]);
    await popup.waitForSelector('html[data-print-ready="true"]', { state: 'attached' });
    const printView = popup.url();
    expect(decodeURIComponent(new URL(printView).hash)).toContain('&paper=Letter&orientation=portrait&');
    // Printed as the browser's print dialog prints it: on the paper the print view's @page rule asks
    // for. (Headless Chromium does not print from a popup: the same address in the first tab.)
    await popup.close();
    await page.goto(printView);
    await page.waitForSelector('html[data-print-ready="true"]', { state: 'attached' });
    const path = join(await ensurePdfDir(), 'us-facilitator.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    await expect(pdfInfo(path)).resolves.toMatchObject({ pageSize: '612 x 792 pts (letter)' });
    expect(problems).toEqual([]);
    await context.close();
  });
});

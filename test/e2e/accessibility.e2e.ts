/**
 * axe-core over the real board in Chromium: no serious or critical violations on the board, in
 * the people view, with an outcome's editor and an actions menu open, and in presentation mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launchBrowser } from './browser';
import { openBoard, outcome } from './helpers';

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

let browser: Browser;
let axeSource: string;

beforeAll(async () => {
  browser = await launchBrowser();
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});

afterAll(async () => {
  await browser.close();
});

/** Serious and critical violations, as "rule: help (selectors)" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not apply to.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')})`);
}

describe('accessibility (axe-core)', () => {
  it('the board has no serious or critical violations', async () => {
    const { page } = await openBoard(browser);
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  it('nor with the three questions, an editor and an actions menu open', async () => {
    const { page } = await openBoard(browser);
    const card = outcome(page, 'Deals closed');
    await card.getByRole('button', { name: 'Why?' }).click();
    await page.getByRole('button', { name: 'Actions for outcome Write the proposal' }).click();
    await page.getByRole('button', { name: 'Edit outcome' }).click();
    await page.getByRole('button', { name: 'Actions for Update the CRM' }).click();
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  it('nor the people view and presentation mode', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'People view' }).click();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Board', exact: true }).click();
    await page.evaluate(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new Error('Full screen is not allowed here.'));
    });
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });
});

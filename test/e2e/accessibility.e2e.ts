/**
 * axe-core over the real board in Chromium: no serious or critical violations, and nothing outside
 * a landmark (axe "region"), on the board, in
 * the people view, with an outcome's editor and an actions menu open, in presentation mode, and
 * in the library.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launchBrowser } from './browser';
import { openBoard, outcome, present } from './helpers';

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

/** Serious and critical violations (and any of `rules`), as "rule: help (selectors)" lines. */
async function seriousViolations(page: Page, rules: readonly string[] = []): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not apply to.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || rules.includes(v.id))
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')})`);
}

describe('accessibility (axe-core)', () => {
  it('the board has no serious or critical violations, and all of it is inside landmarks', async () => {
    const { page } = await openBoard(browser);
    await expect(seriousViolations(page, ['region'])).resolves.toEqual([]);
  });

  it('nor with the three questions, an editor and an actions menu open', async () => {
    const { page } = await openBoard(browser);
    const card = outcome(page, 'Deals closed');
    await card.getByRole('button', { name: 'Why?' }).click();
    await page.getByRole('button', { name: 'Actions for outcome Write the proposal' }).click();
    await page.getByRole('button', { name: 'Edit outcome' }).click();
    await page.getByRole('button', { name: 'Actions for Update the CRM' }).click();
    await expect(seriousViolations(page, ['region'])).resolves.toEqual([]);
  });

  it('nor the people view and presentation mode', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'People view' }).click();
    await expect(seriousViolations(page, ['region'])).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Board', exact: true }).click();
    await present(page);
    await expect(seriousViolations(page, ['region'])).resolves.toEqual([]);
  });

  it('nor the library, where each button names its board and two boards of one title are no two landmarks of one name', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'All boards' }).click();
    const sample = 'Revenue ownership workshop (sample)';
    const card = page.getByRole('article', { name: sample, exact: true });
    for (let copies = 1; copies <= 2; copies++) {
      await card.getByRole('button', { name: `Duplicate ${sample}`, exact: true }).click();
      await page.getByRole('heading', { level: 2, name: `Boards (${String(copies + 1)})` }).waitFor();
    }
    await card.getByRole('button', { name: `Archive ${sample}`, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Archived (1)' }).waitFor();
    await expect(seriousViolations(page, ['landmark-unique'])).resolves.toEqual([]);
    // A screen reader's list of buttons tells the boards apart.
    for (const word of ['Open', 'Rename', 'Duplicate', 'Archive', 'Unarchive', 'Move to trash']) {
      await expect(page.getByRole('button', { name: word, exact: true }).count()).resolves.toBe(0);
    }
    await expect(page.getByRole('button', { name: `Unarchive ${sample}`, exact: true }).count()).resolves.toBe(1);
    // The second copy is numbered: two "Open … (copy)" could not be told apart.
    for (const copy of [`${sample} (copy)`, `${sample} (copy 2)`]) await expect(page.getByRole('button', { name: `Open ${copy}`, exact: true }).count()).resolves.toBe(1);
  });
});

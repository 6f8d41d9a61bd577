/**
 * A newcomer's first run in browser mode: the sample board is there, every verdict of the method
 * is visible on its outcome, and the page logs no errors.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR, watch, type WatchedPage } from './browser';

let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  watched = watch(await context.newPage());
  page = watched.page;
  await page.goto(inject('baseUrl'));
  await page.getByRole('heading', { level: 1, name: 'Revenue ownership workshop (sample)' }).waitFor();
});

afterAll(async () => {
  await browser.close();
});

describe('the sample board on first run', () => {
  it('shows each outcome as a region named by its title, with its verdict and owner slot', async () => {
    const expectations = [
      { title: 'Outbound pipeline', verdict: 'Owned', owner: 'Owner: Maya Chen' },
      { title: 'Deals closed', verdict: 'Nobody owns it', owner: 'No owner' },
      { title: 'Write the proposal', verdict: 'Task, not an outcome', owner: 'No owner' },
      { title: 'Forecast accuracy', verdict: 'Task assignment, not ownership', owner: 'Owner: Priya Nair' },
    ];
    for (const { title, verdict, owner } of expectations) {
      const card = page.getByRole('region', { name: title, exact: true });
      await expect(card.isVisible()).resolves.toBe(true);
      await expect(card.getByText(verdict, { exact: true }).isVisible()).resolves.toBe(true);
      await expect(card.getByText(owner, { exact: true }).isVisible()).resolves.toBe(true);
    }
  });

  it('keeps a revenue-critical outcome’s title readable: the tag goes under it, not beside it', async () => {
    for (const title of ['Outbound pipeline', 'Deals closed']) {
      const card = page.getByRole('region', { name: title, exact: true });
      const [heading, tag, box] = await Promise.all([
        card.getByRole('heading', { level: 2 }).boundingBox(),
        card.getByText('Revenue-critical', { exact: true }).boundingBox(),
        card.boundingBox(),
      ]);
      if (!heading || !tag || !box) throw new Error(`${title}: not laid out`);
      // The title has most of the card's width (a tag beside it squeezed it to a few letters a line).
      expect(heading.width).toBeGreaterThan(box.width * 0.6);
      expect(tag.y).toBeGreaterThanOrEqual(heading.y + heading.height - 1);
    }
  });

  it('puts the activities where they serve, with the parking lot as its own region', async () => {
    const pipeline = page.getByRole('region', { name: 'Outbound pipeline', exact: true });
    await expect(pipeline.getByText('Run the campaign').isVisible()).resolves.toBe(true);
    await expect(pipeline.getByText('Schedule the calls').isVisible()).resolves.toBe(true);
    await expect(pipeline.getByLabel('Assigned to Leo Fischer and Sam Okafor').count()).resolves.toBe(1);
    const deals = page.getByRole('region', { name: 'Deals closed', exact: true });
    await expect(deals.getByText('Write the proposal').isVisible()).resolves.toBe(true);
    await expect(deals.getByText('Tasks done, result missed').isVisible()).resolves.toBe(true);
    const parkingLot = page.getByRole('region', { name: 'Parking lot' });
    await expect(parkingLot.getByText('Update the CRM').isVisible()).resolves.toBe(true);
  });

  it('lists the four people with their roles in the People region', async () => {
    const people = page.getByRole('region', { name: 'People' });
    for (const text of ['Maya Chen', 'Head of Sales', 'Leo Fischer', 'Marketing Lead', 'Priya Nair', 'RevOps Manager', 'Sam Okafor', 'Account Executive', 'New to the role']) {
      await expect(people.getByText(text, { exact: true }).isVisible()).resolves.toBe(true);
    }
  });

  it('explains a verdict with the three questions on demand', async () => {
    const card = page.getByRole('region', { name: 'Forecast accuracy', exact: true });
    await card.getByRole('button', { name: 'Why?' }).click();
    const questions = card.getByRole('list', { name: 'The three questions' });
    await expect(questions.getByRole('listitem').count()).resolves.toBe(3);
    await expect(questions.getByText('Does that person have genuine authority to decide how?').isVisible()).resolves.toBe(true);
  });

  it('shows the ownership score and the health findings', async () => {
    await expect(page.getByRole('status', { name: 'Ownership score' }).innerText()).resolves.toMatch(/1 of 4\s+outcomes owned/u);
    const health = page.getByRole('region', { name: 'Health check' });
    await expect(health.getByText('Update the CRM serves no outcome.').isVisible()).resolves.toBe(true);
  });

  it('keeps the board after a reload (it was saved to IndexedDB)', async () => {
    await page.reload();
    await page.getByRole('region', { name: 'Outbound pipeline', exact: true }).waitFor();
    const stored = await page.evaluate(async () => {
      const dbs = await indexedDB.databases();
      return dbs.map((db) => db.name);
    });
    expect(stored).toContain('ownership-board');
  });

  it('logged no console errors or warnings, and a screenshot was taken', async () => {
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'sample-board.png'), fullPage: true });
    expect(watched.problems).toEqual([]);
  });
});

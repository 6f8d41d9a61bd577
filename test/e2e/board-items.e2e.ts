/**
 * Looking after the items on the board: outcomes reordered by drag (mouse and keyboard) and
 * deleted with undo; activities renamed, marked done and deleted; people added and edited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { activityTitles, dragKey, mouseDrag, openBoard, outcome, pickUp } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const outcomeOrder = (page: Page) => page.getByRole('list', { name: 'Outcomes on this board' }).locator('h2').allInnerTexts();

describe('outcomes', () => {
  it('reorders outcomes by dragging a card by its handle', async () => {
    const { page } = await openBoard(browser);
    await expect(outcomeOrder(page)).resolves.toEqual(['Outbound pipeline', 'Deals closed', 'Write the proposal', 'Forecast accuracy']);
    await mouseDrag(page, page.getByRole('button', { name: 'Move outcome Forecast accuracy' }), outcome(page, 'Outbound pipeline'));
    await expect(outcomeOrder(page)).resolves.toEqual(['Forecast accuracy', 'Outbound pipeline', 'Deals closed', 'Write the proposal']);
  });

  it('reorders outcomes by keyboard', async () => {
    const { page } = await openBoard(browser);
    await pickUp(page, 'Move outcome Outbound pipeline', 'Outbound pipeline');
    await expect(dragKey(page, 'ArrowRight')).resolves.toContain('Outbound pipeline is over position 2 of 4');
    await page.keyboard.press('Space');
    await expect(outcomeOrder(page)).resolves.toEqual(['Deals closed', 'Outbound pipeline', 'Write the proposal', 'Forecast accuracy']);
  });

  it('deletes an outcome (its activities go to the parking lot) and undoes it', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for outcome Outbound pipeline' }).click();
    await page.getByRole('button', { name: 'Delete outcome' }).click();
    const notices = page.getByRole('region', { name: 'Notifications' });
    await expect(notices.getByText('Deleted outcome Outbound pipeline. 2 activities moved to the parking lot.').isVisible()).resolves.toBe(true);
    await expect(outcome(page, 'Outbound pipeline').count()).resolves.toBe(0);
    await expect(activityTitles(page.getByRole('region', { name: 'Parking lot' }))).resolves.toEqual(['Update the CRM', 'Run the campaign', 'Schedule the calls']);
    await notices.getByRole('button', { name: 'Undo' }).click();
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
  });

  it("a toast's Undo undoes the change it names, never a later one", async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for outcome Write the proposal' }).click();
    await page.getByRole('button', { name: 'Delete outcome' }).click();
    const toast = page.getByRole('listitem').filter({ hasText: 'Deleted outcome Write the proposal.' });
    await expect(toast.getByRole('button', { name: 'Undo' }).isVisible()).resolves.toBe(true);
    // A later change: the toast's Undo would now undo it instead, so it is not offered.
    const done = page.getByRole('checkbox', { name: 'Done: Run the campaign' });
    await done.check();
    await expect(toast.getByRole('button', { name: 'Undo' }).count()).resolves.toBe(0);
    // Undoing the later change brings the board back to what the deletion left: offered again.
    await page.keyboard.press('Control+z');
    await expect(done.isChecked()).resolves.toBe(false);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(outcome(page, 'Write the proposal').count()).resolves.toBe(1);
    await expect(done.isChecked()).resolves.toBe(false);
  });

  it('adds an outcome, which starts as a task until it has a measurable result', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('textbox', { name: 'New outcome title' }).fill('Better marketing');
    await page.getByRole('button', { name: 'Add outcome' }).click();
    await expect(outcome(page, 'Better marketing').getByText('Task, not an outcome', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('status', { name: 'Ownership score' }).innerText()).resolves.toMatch(/1 of 5\s+outcomes owned/u);
  });

  it('adds an outcome whose title states its result, as the room says it, with that result read from it', async () => {
    const { page, problems } = await openBoard(browser);
    const field = page.getByRole('textbox', { name: 'New outcome title' });
    // The placeholder's own example: it was called "Task, not an outcome. No metric…".
    await expect(field.getAttribute('placeholder')).resolves.toBe('New outcome, e.g. “Churn below 2% per quarter”');
    await field.fill('Churn below 2% per quarter');
    await field.press('Enter');
    const churn = outcome(page, 'Churn below 2% per quarter');
    await churn.getByText('Nobody owns it', { exact: true }).waitFor();
    await expect(churn.getByText('Task, not an outcome', { exact: true }).count()).resolves.toBe(0);
    await churn.screenshot({ path: join(SCREENSHOT_DIR, 'outcome-result-from-title.png') });
    await expect(churn.getByRole('definition').first().innerText()).resolves.toBe('at most 2% per quarter');
    await churn.getByRole('button', { name: 'Actions for outcome Churn below 2% per quarter' }).click();
    await page.getByRole('button', { name: 'Edit outcome' }).click();
    const editor = churn.getByRole('form', { name: 'Edit Churn below 2% per quarter' });
    await expect(editor.getByRole('textbox', { name: 'Metric (what is counted)' }).inputValue()).resolves.toBe('Churn');
    await expect(editor.getByRole('combobox', { name: 'Direction' }).inputValue()).resolves.toBe('at-most');
    await expect(editor.getByRole('textbox', { name: 'Target' }).inputValue()).resolves.toBe('2');
    await expect(editor.getByRole('textbox', { name: 'Unit' }).inputValue()).resolves.toBe('%');
    await expect(editor.getByRole('textbox', { name: 'Period' }).inputValue()).resolves.toBe('per quarter');
    expect(problems).toEqual([]);
  });
});

describe('activities', () => {
  it('marks an activity done and counts it', async () => {
    const { page } = await openBoard(browser);
    const pipeline = outcome(page, 'Outbound pipeline');
    await expect(pipeline.getByText('0 of 2 done').isVisible()).resolves.toBe(true);
    await pipeline.getByRole('checkbox', { name: 'Done: Run the campaign' }).check();
    await expect(pipeline.getByText('1 of 2 done').isVisible()).resolves.toBe(true);
  });

  it('renames and deletes an activity from its actions', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Schedule the calls' }).click();
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('Book the discovery calls');
    await page.getByRole('button', { name: 'Rename' }).click();
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Book the discovery calls']);
    await page.getByRole('button', { name: 'Actions for Book the discovery calls' }).click();
    await page.getByRole('button', { name: 'Delete activity' }).click();
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign']);
  });

  it('refuses an empty activity title with a message and keeps the old one', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Update the CRM' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('   ');
    await page.getByRole('button', { name: 'Rename' }).click();
    await expect(page.getByRole('region', { name: 'Notifications' }).getByText(/needs a title/u).isVisible()).resolves.toBe(true);
    await expect(activityTitles(page.getByRole('region', { name: 'Parking lot' }))).resolves.toEqual(['Update the CRM']);
  });
});

describe('an actions menu opened near the window’s bottom edge', () => {
  // An activity's ⋯ at y ≈ 600 of 768 opened a panel to y ≈ 920: Assign, its people and Delete were
  // off the screen until the page was scrolled.
  it('scrolls the page the least that shows its panel whole, its button still in sight', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    const button = page.getByRole('button', { name: 'Actions for Schedule the calls' });
    const box = await button.boundingBox();
    if (!box) throw new Error('not shown');
    await page.mouse.move(683, 300);
    await page.mouse.wheel(0, box.y - (768 - 70));
    await expect.poll(async () => Math.round((await button.boundingBox())?.y ?? 0)).toBeGreaterThan(768 - 140);
    await button.click();
    const panel = page.getByRole('group', { name: 'Actions for Schedule the calls' });
    await panel.getByRole('button', { name: 'Delete activity' }).waitFor();
    await expect.poll(async () => {
      const shown = await panel.boundingBox();
      return shown ? shown.y + shown.height : Infinity;
    }).toBeLessThanOrEqual(768);
    const [opener, panelTop] = await Promise.all([button.boundingBox(), panel.boundingBox()]);
    expect(opener?.y).toBeGreaterThanOrEqual(0);
    expect(panelTop?.y).toBeGreaterThanOrEqual(0);
    expect(problems).toEqual([]);
  });
});

describe('people', () => {
  it('adds a person and makes them an owner', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('textbox', { name: "New person's name" }).fill('Ana Lima');
    await page.getByRole('textbox', { name: "New person's role" }).fill('Customer Success Lead');
    await page.getByRole('button', { name: 'Add person' }).click();
    const people = page.getByRole('region', { name: 'People' });
    await expect(people.getByRole('button', { name: 'Ana Lima', exact: true }).isVisible()).resolves.toBe(true);
    await expect(people.getByText('Customer Success Lead').isVisible()).resolves.toBe(true);
    await mouseDrag(page, people.getByRole('button', { name: 'Ana Lima', exact: true }), outcome(page, 'Deals closed').getByText('No owner', { exact: true }));
    await expect(outcome(page, 'Deals closed').getByText('Owner: Ana Lima', { exact: true }).isVisible()).resolves.toBe(true);
  });

  it('edits a person: name, role and new to the role', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Leo Fischer' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Leo Fischer-Braun');
    await page.getByRole('checkbox', { name: 'New to the role' }).check();
    await page.getByRole('button', { name: 'Save person' }).click();
    const people = page.getByRole('region', { name: 'People' });
    await expect(people.getByRole('button', { name: 'Leo Fischer-Braun', exact: true }).isVisible()).resolves.toBe(true);
    // New to the role: owning nothing is no longer flagged.
    await expect(page.getByRole('region', { name: 'Health check' }).getByText(/is not the owner of any outcome/u).count()).resolves.toBe(0);
  });
});

/**
 * The room's sticky notes onto the board: a list copied from a doc, a chat or a spreadsheet and
 * pasted (the real clipboard, Ctrl+V) into a card's "Add an activity…", the new outcome's title and
 * the new person's name. Each becomes one item a line, in order; one Ctrl+Z takes a paste back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { activityTitles, lastAnnouncement, openBoard, outcome } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Copies `text` (as a doc or a chat would put it on the clipboard) and pastes it with Ctrl+V where focus is. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((copied) => navigator.clipboard.writeText(copied), text);
  await page.keyboard.press('Control+v');
}

async function openWithClipboard(): Promise<Page> {
  const { page } = await openBoard(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  return page;
}

const outcomeOrder = (page: Page) => page.getByRole('list', { name: 'Outcomes on this board' }).locator('h2').allInnerTexts();
const peopleNames = (page: Page) => page.getByRole('region', { name: 'People' }).locator('.person-chip__name').allInnerTexts();
/** Whether all of the element is within the window. */
const inSight = (element: Locator) => element.evaluate((el) => {
  const rect = el.getBoundingClientRect();
  return rect.top >= 0 && rect.bottom <= window.innerHeight;
});
const notices = (page: Page) => page.getByRole('region', { name: 'Notifications' });

describe('pasting a list into the board’s quick-add fields', () => {
  it('a list pasted into a card’s "Add an activity…" adds one activity a line, in order; one Ctrl+Z takes all back', async () => {
    const page = await openWithClipboard();
    const pipeline = outcome(page, 'Outbound pipeline');
    const field = pipeline.getByRole('textbox', { name: 'Add activity to Outbound pipeline' });
    await field.focus();
    await pasteText(page, '- Call 10 leads\n- Draft the email\n\n- Book the webinar\r\n1. Ask Priya for the list\n[ ] Send the deck\n• Update the slides\n* Print the flyers\n');
    const added = ['Call 10 leads', 'Draft the email', 'Book the webinar', 'Ask Priya for the list', 'Send the deck', 'Update the slides', 'Print the flyers'];
    await expect.poll(() => activityTitles(pipeline)).toEqual(['Run the campaign', 'Schedule the calls', ...added]);
    await expect(notices(page).getByText('Added 7 activities to Outbound pipeline.').isVisible()).resolves.toBe(true);
    await expect(lastAnnouncement(page)).resolves.toBe(`Added 7 activities to Outbound pipeline: ${added.join('; ')}.`);
    // Focus stays in the field, which stays empty, ready for the next list.
    await expect(field.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(field.inputValue()).resolves.toBe('');
    await page.screenshot({ path: 'test-results/screenshots/list-paste-activities.png' });

    await page.keyboard.press('Control+z');
    await expect.poll(() => activityTitles(pipeline)).toEqual(['Run the campaign', 'Schedule the calls']);
    await expect(lastAnnouncement(page)).resolves.toBe('Undone: 7 activities are gone.');
    await expect(field.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  });

  it('one line pastes into the field as ever and adds nothing until Enter', async () => {
    const page = await openWithClipboard();
    const pipeline = outcome(page, 'Outbound pipeline');
    const field = pipeline.getByRole('textbox', { name: 'Add activity to Outbound pipeline' });
    await field.focus();
    await pasteText(page, 'Call 10 leads\n');
    await expect(field.inputValue()).resolves.toBe('Call 10 leads');
    await expect(activityTitles(pipeline)).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
  });

  it('a list pasted into the new outcome’s title adds one outcome a line; one Ctrl+Z takes all back', async () => {
    const page = await openWithClipboard();
    const field = page.getByRole('textbox', { name: 'New outcome title' });
    await field.focus();
    await pasteText(page, 'Churn below 2% per quarter\nNPS above 40\nOnboarding in under 14 days');
    const before = ['Outbound pipeline', 'Deals closed', 'Write the proposal', 'Forecast accuracy'];
    await expect.poll(() => outcomeOrder(page)).toEqual([...before, 'Churn below 2% per quarter', 'NPS above 40', 'Onboarding in under 14 days']);
    await expect(notices(page).getByText('Added 3 outcomes.').isVisible()).resolves.toBe(true);
    await expect(field.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    // Three cards pushed the field down, past the window's bottom: it is brought back into sight.
    await expect(inSight(field)).resolves.toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/list-paste-outcomes.png' });
    await page.keyboard.press('Control+z');
    await expect.poll(() => outcomeOrder(page)).toEqual(before);
  });

  it('a spreadsheet’s names and roles pasted into the people form add a person a line; names on the board are left out and named', async () => {
    const page = await openWithClipboard();
    const people = page.getByRole('region', { name: 'People' });
    const field = people.getByRole('textbox', { name: "New person's name" });
    await field.focus();
    await pasteText(page, 'Ana Ruiz\tFounder\nMaya Chen\tHead of Sales\nBen Okafor\tHead of Customer Success\nDana Lee – CFO\n');
    const before = ['Maya Chen', 'Leo Fischer', 'Priya Nair', 'Sam Okafor'];
    await expect.poll(() => peopleNames(page)).toEqual([...before, 'Ana Ruiz', 'Ben Okafor', 'Dana Lee']);
    await expect(people.getByText('Head of Customer Success').isVisible()).resolves.toBe(true);
    await expect(people.getByText('CFO', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(notices(page).getByText('Added 3 people. Already on the board, so left out: Maya Chen.').isVisible()).resolves.toBe(true);
    await expect(field.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/list-paste-people.png' });
    await page.keyboard.press('Control+z');
    await expect.poll(() => peopleNames(page)).toEqual(before);
  });
});

describe('a paste longer than a field has room for', () => {
  // Chromium cut it between the code units of one character: "José" (its accent written apart, as
  // some keyboards and files write it) became "Jose", "न्द" a half letter "न्" that reads as another.
  it('is cut between whole characters: a letter and its accent, a joined Devanagari letter, go or stay together', async () => {
    const page = await openWithClipboard();
    const role = page.getByRole('textbox', { name: "New person's role" });
    const room = 100;
    const cases = [
      { pasted: `${'a'.repeat(room - 1)}e\u0301`, kept: 'a'.repeat(room - 1) },
      { pasted: `${'a'.repeat(room - 2)}\u0928\u094d\u0926`, kept: 'a'.repeat(room - 2) },
      { pasted: `${'a'.repeat(room - 2)}e\u0301 and more`, kept: `${'a'.repeat(room - 2)}e\u0301` },
      // A paste that fits is the browser's, as ever.
      { pasted: 'Head of Sales', kept: 'Head of Sales' },
    ];
    for (const { pasted, kept } of cases) {
      await role.fill('');
      await role.focus();
      await pasteText(page, pasted);
      await expect.poll(() => role.inputValue()).toBe(kept);
    }
    // Lines pasted into a one-line field are one line, each break a space, as the browser makes them.
    await role.fill('b'.repeat(room - 7));
    await pasteText(page, 'Head\r\nof Sales');
    await expect.poll(() => role.inputValue()).toBe(`${'b'.repeat(room - 7)}Head of`);
    // Into the middle of what is there: what room is left, in whole characters; the field's own undo takes it back.
    await role.fill('b'.repeat(room - 3));
    await role.press('Home');
    await pasteText(page, 'Josée');
    await expect.poll(() => role.inputValue()).toBe(`Jos${'b'.repeat(room - 3)}`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => role.inputValue()).toBe('b'.repeat(room - 3));
  });
});

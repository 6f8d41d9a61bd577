/**
 * A facilitator setting up a board at 1366 × 768 had Tom Becker and Tom Baker, both "TB": an
 * activity's chips read "TB TB", told apart only by colour (not on a projector, not by a
 * colour-blind reader, not in a black-and-white PDF), and the person editor had no field to
 * change initials. Removing a person said which outcomes lost their owner but not the activities
 * they left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import type { BoardId } from '../../shared/model';
import { hasFocus, openBoard } from './helpers';
import { openPrintView, PDF_DIR, printPdf, renderPages, storedBoards } from './pdf-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const WORKSHOP = { width: 1366, height: 768 };
const notices = (page: Page) => page.getByRole('region', { name: 'Notifications' });
const people = (page: Page) => page.getByRole('region', { name: 'People' });

/** The initials on `name`'s chip in the People panel, as shown. */
const chipOf = (page: Page, name: string) => people(page).getByRole('button', { name, exact: true }).locator('.avatar');

async function addPerson(page: Page, name: string): Promise<void> {
  const field = people(page).getByRole('textbox', { name: "New person's name" });
  await field.fill(name);
  await field.press('Enter');
  await people(page).getByRole('button', { name, exact: true }).waitFor();
}

describe('initials', () => {
  it('two people with the same initials get longer ones, said in a notice, and told apart on an activity', async () => {
    const { page, problems } = await openBoard(browser, WORKSHOP);
    await addPerson(page, 'Tom Becker');
    await expect(chipOf(page, 'Tom Becker').innerText()).resolves.toBe('TB');
    await addPerson(page, 'Tom Baker');
    await notices(page).getByText('To tell Tom Baker and Tom Becker apart, their chips now read TBa and TBe (not TB).', { exact: true }).waitFor();
    await expect(chipOf(page, 'Tom Baker').innerText()).resolves.toBe('TBa');
    await expect(chipOf(page, 'Tom Becker').innerText()).resolves.toBe('TBe');

    // Both on one activity: two different chips, not "TB TB".
    const calls = 'Schedule the calls';
    await page.getByRole('button', { name: `Actions for ${calls}` }).click();
    const menu = page.getByRole('group', { name: `Actions for ${calls}` });
    for (const name of ['Tom Becker', 'Tom Baker']) {
      await menu.getByRole('combobox', { name: 'Assign' }).selectOption({ label: name });
      await menu.getByRole('button', { name: `Unassign ${name}` }).waitFor();
    }
    await page.keyboard.press('Escape');
    const card = page.locator('.activity-card').filter({ hasText: calls });
    await expect(card.locator('.avatar').allInnerTexts()).resolves.toEqual(['SO', 'TBe', 'TBa']);
    // Three letters stay inside the small chip: nothing cut off or spilling over its neighbour.
    for (const chip of await card.locator('.avatar').all()) {
      await expect(chip.evaluate((element) => element.scrollWidth <= element.clientWidth)).resolves.toBe(true);
    }
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: join(SCREENSHOT_DIR, 'initials-namesakes-activity.png') });

    // On paper too: the cover's participants and each person's page, three letters inside each chip.
    const { last } = await storedBoards(page);
    if (last === null) throw new Error('the board was not stored');
    const request = { boardId: last as BoardId, paper: 'A4', orientation: 'portrait', sections: ['cover', 'people'] } as const;
    await openPrintView(page, request);
    const swatches = page.locator('.print-swatch').filter({ hasText: /^TB[ae]$/u });
    await expect(swatches.count()).resolves.toBeGreaterThanOrEqual(4);
    for (const chip of await swatches.all()) {
      await expect(chip.evaluate((element) => element.scrollWidth <= element.clientWidth)).resolves.toBe(true);
    }
    await renderPages(await printPdf(page, request, 'initials-namesakes.pdf'), join(PDF_DIR, 'initials-namesakes'), 1, 3);
    expect(problems).toEqual([]);
  });

  it('are set in the person editor, refused there with the reason beside the field, and made from the name again when left blank', async () => {
    const { page, problems } = await openBoard(browser, WORKSHOP);
    await page.getByRole('button', { name: 'Actions for Maya Chen' }).click();
    const editor = page.getByRole('group', { name: 'Actions for Maya Chen' });
    const initials = editor.getByRole('textbox', { name: 'Initials', exact: true });
    await expect(initials.inputValue()).resolves.toBe('MC');

    await initials.fill('MAYA');
    await editor.getByRole('button', { name: 'Save person' }).click();
    await expect.poll(() => editor.getByRole('alert').innerText()).toBe('Initials can be at most 3 letters.');
    await expect(initials.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(hasFocus(initials)).resolves.toBe(true);
    await editor.screenshot({ path: join(SCREENSHOT_DIR, 'initials-person-editor-refused.png') });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'initials-person-editor-page.png') });

    await initials.fill('Ma');
    await initials.press('Enter');
    await expect.poll(() => chipOf(page, 'Maya Chen').innerText()).toBe('Ma');

    // Blank: from the name again.
    await page.getByRole('button', { name: 'Actions for Maya Chen' }).click();
    await expect(initials.inputValue()).resolves.toBe('Ma');
    await initials.fill('');
    await initials.press('Enter');
    await expect.poll(() => chipOf(page, 'Maya Chen').innerText()).toBe('MC');
    expect(problems).toEqual([]);
  });

  it('typed to be someone else’s are kept, and the notice says how to tell the two apart', async () => {
    const { page, problems } = await openBoard(browser, WORKSHOP);
    await page.getByRole('button', { name: 'Actions for Sam Okafor' }).click();
    const editor = page.getByRole('group', { name: 'Actions for Sam Okafor' });
    await editor.getByRole('textbox', { name: 'Initials', exact: true }).fill('mc');
    await editor.getByRole('button', { name: 'Save person' }).click();
    await notices(page).getByText('Sam Okafor and Maya Chen share the initials mc: set Initials in ⋯ to tell them apart.', { exact: true }).waitFor();
    await expect(chipOf(page, 'Sam Okafor').innerText()).resolves.toBe('mc');
    expect(problems).toEqual([]);
  });

  it('follow a new name as it is typed, unless they were set by hand', async () => {
    const { page, problems } = await openBoard(browser, WORKSHOP);
    await page.getByRole('button', { name: 'Actions for Leo Fischer' }).click();
    const editor = page.getByRole('group', { name: 'Actions for Leo Fischer' });
    const initials = editor.getByRole('textbox', { name: 'Initials', exact: true });
    await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Leo Weber');
    // Blank, which is "from the name", and shows what that gives.
    await expect(initials.inputValue()).resolves.toBe('');
    await expect(initials.getAttribute('placeholder')).resolves.toBe('LW');
    await editor.screenshot({ path: join(SCREENSHOT_DIR, 'initials-person-editor.png') });
    await initials.press('Enter');
    await expect.poll(() => chipOf(page, 'Leo Weber').innerText()).toBe('LW');

    // Set by hand, then a rename: kept, as the field showed them.
    await page.getByRole('button', { name: 'Actions for Leo Weber' }).click();
    const again = page.getByRole('group', { name: 'Actions for Leo Weber' });
    await again.getByRole('textbox', { name: 'Initials', exact: true }).fill('Leo');
    await again.getByRole('button', { name: 'Save person' }).click();
    await page.getByRole('button', { name: 'Actions for Leo Weber' }).click();
    await again.getByRole('textbox', { name: 'Name', exact: true }).fill('Leo Weber-Fischer');
    await expect(again.getByRole('textbox', { name: 'Initials', exact: true }).inputValue()).resolves.toBe('Leo');
    await again.getByRole('button', { name: 'Save person' }).click();
    await expect.poll(() => chipOf(page, 'Leo Weber-Fischer').innerText()).toBe('Leo');
    expect(problems).toEqual([]);
  });
});

describe('removing a person', () => {
  it('says which activities they are no longer assigned to, as well as the outcomes left without an owner', async () => {
    const { page, problems } = await openBoard(browser, WORKSHOP);
    await page.getByRole('button', { name: 'Actions for Sam Okafor' }).click();
    await page.getByRole('button', { name: 'Remove Sam Okafor' }).click();
    await notices(page).getByText('Removed Sam Okafor. No longer assigned to 2 activities.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Actions for Priya Nair' }).click();
    await page.getByRole('button', { name: 'Remove Priya Nair' }).click();
    await notices(page).getByText('Removed Priya Nair. Now without an owner: Forecast accuracy. No longer assigned to 1 activity.', { exact: true }).waitFor();
    expect(problems).toEqual([]);
  });
});

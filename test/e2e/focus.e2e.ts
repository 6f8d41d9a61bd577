/**
 * Keyboard focus after a change that takes away the element holding it: it lands on the nearest
 * sensible place (the moved item, a neighbour, the menu the editor came from), never on the page's
 * body, from where a keyboard or screen-reader user would have to start again at the top.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { activityTitles, dragKey, focusedName, lastAnnouncement, openBoard, openOutcomeEditor, outcome, pickUp, skipIntoParkingLot } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('focus after a change', () => {
  it('deleting an activity hands focus to the next one in its list', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Run the campaign' }).click();
    await page.getByRole('button', { name: 'Delete activity' }).click();
    await expect.poll(() => focusedName(page)).toBe('Schedule the calls');
  });

  it('deleting the last activity of a card hands focus to its quick-add field', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Write the proposal' }).click();
    await page.getByRole('button', { name: 'Delete activity' }).click();
    await expect.poll(() => focusedName(page)).toBe('Add activity to Deals closed');
  });

  it('moving an activity with its menu takes focus along to its new place', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Update the CRM' }).click();
    await page.getByRole('combobox', { name: 'Move to' }).selectOption({ label: 'Deals closed' });
    await expect(activityTitles(outcome(page, 'Deals closed'))).resolves.toEqual(['Write the proposal', 'Update the CRM']);
    await expect.poll(() => focusedName(page)).toBe('Update the CRM');
  });

  it('a keyboard drag into another outcome keeps focus on the moved activity, ready for the next move', async () => {
    const { page } = await openBoard(browser);
    await pickUp(page, 'Schedule the calls');
    await dragKey(page, 'ArrowRight');
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toBe('Schedule the calls moved to Deals closed, position 2 of 2.');
    await expect.poll(() => focusedName(page)).toBe('Schedule the calls');
    await expect(outcome(page, 'Deals closed').locator(':focus').count()).resolves.toBe(1);
  });

  it('deleting an outcome hands focus to the next outcome', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for outcome Deals closed' }).click();
    await page.getByRole('button', { name: 'Delete outcome' }).click();
    await expect.poll(() => focusedName(page)).toBe('Write the proposal');
  });

  // Titles that take focus from script had no focus ring at all: after a delete, an import, a
  // finding or Present, a keyboard user could not see where the next Tab would start.
  it('a title focus is handed to shows a focus ring when the keyboard did it, and none after a click', async () => {
    const { page, problems } = await openBoard(browser);
    const ring = () => page.evaluate(() => {
      const focused = document.activeElement;
      if (!(focused instanceof HTMLElement) || focused.tagName !== 'H2') return 'not a title';
      const style = getComputedStyle(focused);
      return style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`;
    });
    await page.getByRole('button', { name: 'Actions for outcome Deals closed' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Delete outcome' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Write the proposal');
    await expect(ring()).resolves.toBe('solid 3px');
    await page.getByRole('button', { name: 'Actions for outcome Write the proposal' }).click();
    await page.getByRole('button', { name: 'Delete outcome' }).click();
    await expect.poll(() => focusedName(page)).toBe('Forecast accuracy');
    await expect(ring()).resolves.toBe('none');
    expect(problems).toEqual([]);
  });

  it('moving an outcome later with its menu keeps focus in that menu', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for outcome Outbound pipeline' }).click();
    await page.getByRole('button', { name: 'Move later' }).click();
    await expect(page.getByRole('list', { name: 'Outcomes on this board' }).locator('h2').allInnerTexts()).resolves.toEqual(['Deals closed', 'Outbound pipeline', 'Write the proposal', 'Forecast accuracy']);
    await expect.poll(() => focusedName(page)).not.toBe('the page');
  });

  it('moving an outcome to the first place by keyboard keeps focus on "Move earlier", says where it is, and the undo names it', async () => {
    const { page, problems } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for outcome Deals closed' }).focus();
    await page.keyboard.press('Enter');
    const earlier = page.getByRole('button', { name: 'Move earlier' });
    await earlier.focus();
    await page.keyboard.press('Enter');
    const titles = () => page.getByRole('list', { name: 'Outcomes on this board' }).locator('h2').allInnerTexts();
    await expect(titles()).resolves.toEqual(['Deals closed', 'Outbound pipeline', 'Write the proposal', 'Forecast accuracy']);
    await expect.poll(() => lastAnnouncement(page)).toBe('Outcome Deals closed is at position 1 of 4.');
    // First now: the button stays where focus is (it was disabled, and focus fell to the page).
    await expect.poll(() => focusedName(page)).toBe('Move earlier');
    await expect(earlier.getAttribute('aria-disabled')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await expect(titles()).resolves.toEqual(['Deals closed', 'Outbound pipeline', 'Write the proposal', 'Forecast accuracy']);
    await expect.poll(() => focusedName(page)).toBe('Move earlier');
    await page.keyboard.press('Control+z');
    await expect(titles()).resolves.toEqual(['Outbound pipeline', 'Deals closed', 'Write the proposal', 'Forecast accuracy']);
    await expect.poll(() => lastAnnouncement(page)).toBe('Undone: Outcome Deals closed is at position 2 of 4.');
    expect(problems).toEqual([]);
  });

  it('removing a person hands focus to the next person', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Leo Fischer' }).click();
    await page.getByRole('button', { name: 'Remove Leo Fischer' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Priya Nair', exact: true }).evaluate((chip) => chip === document.activeElement)).toBe(true);
  });

  it('clearing an owner with the keyboard keeps focus in the owner slot, on its "Set owner…"', async () => {
    const { page } = await openBoard(browser);
    const card = outcome(page, 'Outbound pipeline');
    await card.getByRole('button', { name: 'Clear owner of Outbound pipeline' }).focus();
    await page.keyboard.press('Enter');
    await card.getByText('No owner', { exact: true }).waitFor();
    // The × goes with the owner: focus stays in the slot (it fell to the page).
    await expect.poll(() => focusedName(page)).toBe('Set owner of Outbound pipeline');
  });

  it('closing the outcome editor (Save, or Escape) returns focus to the menu it was opened from', async () => {
    const { page } = await openBoard(browser);
    const card = await openOutcomeEditor(page, 'Deals closed');
    await card.getByRole('textbox', { name: 'Current value' }).fill('6');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => focusedName(page)).toBe('Actions for outcome Deals closed');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Edit outcome' }).click();
    await card.getByRole('textbox', { name: 'Title' }).press('Escape');
    await expect.poll(() => focusedName(page)).toBe('Actions for outcome Deals closed');
  });
});

describe('focus stays in sight', () => {
  /** Where the focused control is against the sticky toolbar (null when focus is in the toolbar or on the page). */
  const focusedAgainstToolbar = (page: Page) => page.evaluate(() => {
    const element = document.activeElement;
    const toolbar = document.querySelector('.toolbar');
    if (!element || element === document.body || !toolbar || toolbar.contains(element)) return null;
    const rect = element.getBoundingClientRect();
    const band = toolbar.getBoundingClientRect();
    // Under the toolbar: the toolbar is what is drawn at the control's top or bottom edge (a
    // control drawn over it, as "Skip to" is, is not under it).
    const toolbarAt = (y: number) => {
      const at = document.elementFromPoint(rect.left + rect.width / 2, y);
      return at !== null && toolbar.contains(at);
    };
    return { name: element.getAttribute('aria-label') ?? element.textContent.trim(), top: Math.round(rect.top), bottom: Math.round(rect.bottom), toolbarTop: Math.round(band.top), toolbarBottom: Math.round(band.bottom), height: window.innerHeight, covered: toolbarAt(rect.top + 1) || toolbarAt(rect.bottom - 1) };
  });

  it('Shift+Tab up the board never leaves the focused control under the sticky toolbar (nor Tab down below the window)', async () => {
    const { page } = await openBoard(browser, { width: 900, height: 520 });
    const hidden: string[] = [];
    const check = async (key: string) => {
      await page.keyboard.press(key);
      const where = await focusedAgainstToolbar(page);
      if (!where) return;
      if (where.covered || where.bottom > where.height) hidden.push(`${key} → ${where.name} at ${where.top}..${where.bottom} (toolbar ${where.toolbarTop}..${where.toolbarBottom})`);
    };
    await page.getByRole('button', { name: 'Update the CRM', exact: true }).focus();
    for (let i = 0; i < 30; i += 1) await check('Tab');
    for (let i = 0; i < 60; i += 1) await check('Shift+Tab');
    expect(hidden).toEqual([]);
  });
});

describe('quick-add at the bottom of the window', () => {
  it('adding activity after activity keeps the quick-add field in the window as the list grows under it', async () => {
    const { page } = await openBoard(browser, { width: 1200, height: 640 });
    const field = page.getByRole('textbox', { name: 'Add activity to Outbound pipeline' });
    await field.focus();
    // Scrolled so the field sits at the window's bottom edge, as after Tab brings it into view from above.
    await field.evaluate((input) => { window.scrollBy({ top: input.getBoundingClientRect().bottom - window.innerHeight + 2, behavior: 'instant' }); });
    const inWindow = () => field.evaluate((input) => {
      const rect = input.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
    await expect(inWindow()).resolves.toBe(true);
    for (const title of ['Book the venue', 'Print the flyers', 'Call the partners']) {
      // Typed as a person types (a locator's fill would scroll the field into view first).
      await page.keyboard.type(title);
      await page.keyboard.press('Enter');
      await outcome(page, 'Outbound pipeline').getByRole('button', { name: title, exact: true }).waitFor();
      await expect.poll(inWindow).toBe(true);
    }
    await expect(field.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
  });
});

describe('skip to a part of the board', () => {
  it('the first Tab shows "Skip to"; Enter on "Parking lot" takes the next Tab into the parking lot, not through every person and outcome', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    const skip = page.getByRole('navigation', { name: 'Skip to' });
    // Out of sight (above the window) until Tab reaches it.
    await expect(skip.boundingBox().then((box) => box !== null && box.y + box.height <= 0)).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('The board');
    const shown = await skip.boundingBox();
    expect(shown && shown.width > 200 && shown.y >= 0 && shown.y < 100).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/skip-links.png' });
    await skipIntoParkingLot(page);
    // The parking lot's activity is on the screen, below the sticky toolbar.
    const activity = await page.getByRole('button', { name: 'Update the CRM', exact: true }).boundingBox();
    expect(activity && activity.y > 60 && activity.y + activity.height < 768).toBe(true);
    // And "The board", from the top again: the next Tab reaches the first outcome's handle.
    await page.reload();
    await outcome(page, 'Outbound pipeline').waitFor();
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('The board');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toMatch(/Outbound pipeline/u);
    expect(problems).toEqual([]);
  });
});

describe('F6 between the parts of the board', () => {
  // "Skip to" is the first Tab on the page only: from a card, the toolbar was some 60 Shift+Tabs away.
  it('goes round the board’s tools, the outcomes, the people, the parking lot and the health check, and back with Shift+F6', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    // From inside a card.
    await page.getByRole('button', { name: 'Schedule the calls', exact: true }).focus();
    const where = () => page.evaluate(() => {
      const active = document.activeElement;
      const part = active?.closest('section.toolbar, main, .people-tray, .parking-lot, .health-panel');
      return `${part?.getAttribute('aria-label') ?? part?.querySelector('h2')?.textContent ?? 'none'}: ${active?.tagName ?? ''}`;
    });
    const seen: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('F6');
      seen.push(await where());
    }
    expect(seen).toEqual(['People: H2', 'Parking lot: H2', 'Health check: H2', 'Board tools: BUTTON', 'Outcomes: MAIN']);
    // From the tools, the next Tab goes on among them.
    await page.keyboard.press('Shift+F6');
    await expect(where()).resolves.toBe('Board tools: BUTTON');
    await page.keyboard.press('Tab');
    await expect(where()).resolves.toBe('Board tools: BUTTON');
    expect(problems).toEqual([]);
  });
});

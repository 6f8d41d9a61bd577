/**
 * Right-to-left text on the board. The board's title, outcome and activity titles, notes, roles and
 * text fields had no direction of their own: each Arabic or Hebrew text was laid out as a
 * left-to-right paragraph, so "زيادة المبيعات 20%" showed its "%" cut from its number, at the far
 * end of the line, and "تحديث CRM 2024" read its words in the wrong order. The People view and the
 * PDF were right (dir="auto" or <bdi>); the board now is too. Typed, as a person types them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { openBoard, outcome } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const TITLE = 'تقرير المبيعات 20%';
const OUTCOME = 'زيادة المبيعات 20%';
const ACTIVITY = 'תחדש את ה-CRM 2024';
const ROLE = 'مديرة التسويق 2';

/** The direction the element's text is laid out in (dir="auto" resolves it from the text). */
const direction = (element: Locator) => element.evaluate((node) => getComputedStyle(node).direction);

/** Where on the screen (x of its middle) the first `char` of the element's text is drawn. */
const xOf = (element: Locator, char: string) =>
  element.evaluate((node, wanted) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const at = (text.textContent ?? '').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + wanted.length);
      const box = range.getBoundingClientRect();
      return box.left + box.width / 2;
    }
    return Number.NaN;
  }, char);

describe('right-to-left text on the board', () => {
  it('titles, an activity, a role and the fields they are typed in are laid out right to left: "20%" stays whole', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 900 });

    await page.getByRole('button', { name: /^Edit title/u }).click();
    const form = page.getByRole('form', { name: 'Board title and purpose' });
    const titleField = form.getByRole('textbox', { name: /^Title/u });
    await titleField.fill(TITLE);
    // The field shows what is typed in its direction as it is typed.
    await expect(direction(titleField)).resolves.toBe('rtl');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const heading = page.getByRole('heading', { level: 1, name: TITLE });

    const newOutcome = page.getByRole('textbox', { name: 'New outcome title' });
    await newOutcome.fill(OUTCOME);
    await expect(direction(newOutcome)).resolves.toBe('rtl');
    await newOutcome.press('Enter');
    const card = outcome(page, OUTCOME);
    const cardTitle = card.getByRole('heading', { name: OUTCOME });

    const quickAdd = card.getByRole('textbox', { name: `Add activity to ${OUTCOME}` });
    await quickAdd.fill(ACTIVITY);
    await expect(direction(quickAdd)).resolves.toBe('rtl');
    await quickAdd.press('Enter');
    const activity = card.getByRole('button', { name: ACTIVITY, exact: true });
    await activity.waitFor();

    const people = page.getByRole('region', { name: 'People', exact: true });
    await people.getByRole('textbox', { name: "New person's name" }).fill('Lina Haddad');
    const roleField = people.getByRole('textbox', { name: "New person's role" });
    await roleField.fill(ROLE);
    await expect(direction(roleField)).resolves.toBe('rtl');
    await roleField.press('Enter');
    const role = people.getByText(ROLE, { exact: true });
    await role.waitFor();

    for (const shown of [heading, cardTitle, activity, role]) await expect(direction(shown)).resolves.toBe('rtl');
    // Right to left, "%20" reads as the number it is: its "%" on the left of its digits. Laid out
    // left to right (before), the "%" stood at the far right, after the Arabic words.
    for (const shown of [heading, cardTitle]) {
      const [percent, two] = await Promise.all([xOf(shown, '%'), xOf(shown, '2')]);
      expect(percent).toBeLessThan(two);
    }
    // A Latin title still reads left to right beside them.
    await expect(direction(outcome(page, 'Outbound pipeline').getByRole('heading', { name: 'Outbound pipeline' }))).resolves.toBe('ltr');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'rtl-board-1366x900.png') });

    // Present shows the same title the same way round.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
    await expect(direction(heading)).resolves.toBe('rtl');
    expect(problems).toEqual([]);
  });
});

/**
 * A founder's first board, built from blank with the keyboard alone, as a keyboard or
 * screen-reader user does it: Tab and Shift+Tab to what a control is called, typing, Enter, Space,
 * arrows, a select chosen by typing its first letters. No click, and no focus handed to an element
 * by the test: every control is reached by Tab from where the last step left focus, and focus never
 * falls to the page's body on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { activityTitles, chooseByTyping, dragKey, hasFocus, lastAnnouncement, openBoard, outcome } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const focusOnPage = (page: Page) => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body);

/** Tab (or Shift+Tab) until `target` has focus, as a person would; never through the page's body. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  for (let presses = 0; presses <= max; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    expect(await focusOnPage(page), 'focus fell to the page').toBe(true);
  }
  throw new Error(`${String(max)} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()}`);
}

describe('a board built from blank with the keyboard alone', () => {
  it('title and purpose, three people, two outcomes (one at most), an owner with authority, activities assigned, done and moved', async () => {
    const { page, problems } = await openBoard(browser);
    const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
    const textbox = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });

    // From the sample board to a blank one. Each new screen hands focus to its heading.
    await tabTo(page, page.getByRole('button', { name: 'All boards' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(heading('Your boards'))).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'New board' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(heading('Untitled board'))).toBe(true);
    // An empty board says what goes on it and what to do.
    const main = page.getByRole('main', { name: 'Outcomes' });
    await expect(main.innerText()).resolves.toContain('No outcomes yet. An outcome is a specific, measurable result');
    await expect(main.innerText()).resolves.toContain('give it one owner');
    const people = page.getByRole('region', { name: 'People' });
    await expect(people.innerText()).resolves.toContain('Nobody yet. Add the people in the room');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'first-board-blank.png') });

    // Title and purpose, on the board.
    await tabTo(page, page.getByRole('button', { name: 'Edit title, add a purpose' }));
    await page.keyboard.press('Enter');
    const titleForm = page.getByRole('form', { name: 'Board title and purpose' });
    await expect.poll(() => hasFocus(textbox(titleForm, 'Title'))).toBe(true);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await expect(titleForm.getByRole('alert').innerText()).resolves.toBe('The board needs a title.');
    await page.keyboard.type('Acme leadership offsite');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Agree who owns each result we need this quarter.');
    await tabTo(page, titleForm.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    await heading('Acme leadership offsite').waitFor();
    await expect(page.getByText('Agree who owns each result we need this quarter.').isVisible()).resolves.toBe(true);
    await expect.poll(() => hasFocus(page.getByRole('button', { name: 'Edit title and purpose' }))).toBe(true);

    // Three people, one after the other: Enter adds and goes back to the name.
    await tabTo(page, textbox(people, "New person's name"));
    for (const [name, role] of [['Ana Ruiz', 'Founder'], ['Ben Okafor', 'Head of Customer Success'], ['Chloe Park', 'Sales lead']] as const) {
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      await page.keyboard.type(role);
      await page.keyboard.press('Enter');
      await people.getByRole('button', { name, exact: true }).waitFor();
    }
    await expect(people.locator('.person-card__role').allInnerTexts()).resolves.toEqual(['Founder', 'Head of Customer Success', 'Sales lead']);
    // The same name again is refused, and says why.
    await page.keyboard.type('ana ruiz');
    await page.keyboard.press('Enter');
    await expect(people.getByRole('alert').innerText()).resolves.toContain('Ana Ruiz is already on this board.');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');

    // Two outcomes.
    await tabTo(page, textbox(page, 'New outcome title'));
    await page.keyboard.type('Reduce churn');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Grow new customers');
    await page.keyboard.press('Enter');
    const churn = outcome(page, 'Reduce churn');
    const growth = outcome(page, 'Grow new customers');
    await growth.waitFor();
    await expect(churn.getByText('Task, not an outcome', { exact: true }).isVisible()).resolves.toBe(true);

    // Churn at most 2 % per quarter: the editor opens from the card's actions, with focus in it.
    await tabTo(page, page.getByRole('button', { name: 'Actions for outcome Reduce churn' }), { back: true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Edit outcome
    await expect.poll(() => hasFocus(textbox(churn, 'Title'))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Customers who cancel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // Direction: at most
    await page.keyboard.press('Tab');
    await page.keyboard.type('two');
    await page.keyboard.press('Tab');
    await page.keyboard.type('%');
    await page.keyboard.press('Tab');
    await page.keyboard.type('per quarter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect(churn.getByRole('alert').innerText()).resolves.toBe('The target must be a number, like 20 or 2.5.');
    await tabTo(page, textbox(churn, 'Target'), { back: true });
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    // What is counted follows a result whose unit is a sign: "at most 2% per quarter" said nothing of it.
    await expect(churn.getByRole('definition').first().innerText()).resolves.toBe('at most 2% per quarter · Customers who cancel');
    await expect(churn.getByText('3%, target at most 2%', { exact: true }).isVisible()).resolves.toBe(true);
    await expect.poll(() => hasFocus(page.getByRole('button', { name: 'Actions for outcome Reduce churn' }))).toBe(true);

    // Growth: at least 20 new customers per month, revenue-critical, 8 so far.
    await tabTo(page, page.getByRole('button', { name: 'Actions for outcome Grow new customers' }));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(textbox(growth, 'Title'))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('New paying customers');
    await tabTo(page, textbox(growth, 'Target'));
    await page.keyboard.type('20');
    await page.keyboard.press('Tab');
    await page.keyboard.type('customers');
    await page.keyboard.press('Tab');
    await page.keyboard.type('per month');
    await page.keyboard.press('Tab');
    await page.keyboard.type('8');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // Revenue-critical
    await tabTo(page, growth.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    await expect(growth.getByText('8 of 20 customers', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(growth.getByText('Revenue-critical', { exact: true }).isVisible()).resolves.toBe(true);

    // Owners, chosen by typing in the select's list; Ben gets full authority, Chloe one facet.
    await tabTo(page, page.getByRole('combobox', { name: 'Set owner of Reduce churn' }), { back: true });
    await chooseByTyping(page, 'Ben');
    await churn.getByText('Owner: Ben Okafor').waitFor();
    const authority = churn.getByRole('group', { name: 'Authority of Ben Okafor over “Reduce churn”', exact: true });
    for (const facet of ['Decides how', 'Prioritises resources', 'Chooses approaches']) {
      await tabTo(page, authority.getByRole('button', { name: facet }));
      await page.keyboard.press('Space');
      await expect(authority.getByRole('button', { name: facet }).getAttribute('aria-pressed')).resolves.toBe('true');
    }
    await expect(churn.getByText('Owned', { exact: true }).isVisible()).resolves.toBe(true);
    await tabTo(page, page.getByRole('combobox', { name: 'Set owner of Grow new customers' }));
    await chooseByTyping(page, 'Chloe');
    await growth.getByText('Owner: Chloe Park').waitFor();
    await tabTo(page, growth.getByRole('group', { name: 'Authority of Chloe Park over “Grow new customers”', exact: true }).getByRole('button', { name: 'Chooses approaches' }));
    await page.keyboard.press('Space');

    // Activities: typed into each card, one by mistake into the wrong one, one parked.
    await tabTo(page, textbox(page, 'Add activity to Reduce churn'), { back: true });
    for (const title of ['Call everyone who cancelled', 'Fix the onboarding emails']) {
      await page.keyboard.type(title);
      await page.keyboard.press('Enter');
    }
    await tabTo(page, textbox(page, 'Add activity to Grow new customers'));
    for (const title of ['Launch a referral programme', 'Survey the churned customers']) {
      await page.keyboard.type(title);
      await page.keyboard.press('Enter');
    }
    await tabTo(page, textbox(page, 'Add activity to the parking lot'));
    await page.keyboard.type('Write the support playbook');
    await page.keyboard.press('Enter');
    await expect(activityTitles(growth)).resolves.toEqual(['Launch a referral programme', 'Survey the churned customers']);

    // The survey serves churn: picked up with Space, ← to the outcome before, Space.
    await tabTo(page, growth.getByRole('button', { name: 'Survey the churned customers', exact: true }), { back: true });
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toContain('Survey the churned customers');
    await expect(dragKey(page, 'ArrowLeft')).resolves.toContain('is over Reduce churn');
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toBe('Survey the churned customers moved to Reduce churn, position 3 of 3.');
    await expect.poll(() => hasFocus(churn.getByRole('button', { name: 'Survey the churned customers', exact: true }))).toBe(true);

    // The parked playbook, moved with its actions menu.
    await tabTo(page, page.getByRole('button', { name: 'Actions for Write the support playbook' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('combobox', { name: 'Move to' }));
    await chooseByTyping(page, 'Reduce');
    await expect.poll(() => activityTitles(churn)).toEqual(['Call everyone who cancelled', 'Fix the onboarding emails', 'Survey the churned customers', 'Write the support playbook']);
    await expect.poll(() => hasFocus(churn.getByRole('button', { name: 'Write the support playbook', exact: true }))).toBe(true);

    // Assigned through an activity's menu; Tab out of the menu closes it.
    await tabTo(page, page.getByRole('button', { name: 'Actions for Fix the onboarding emails' }), { back: true });
    await page.keyboard.press('Enter');
    const menu = churn.getByRole('group', { name: 'Actions for Fix the onboarding emails' });
    await tabTo(page, menu.getByRole('combobox', { name: 'Assign' }));
    await chooseByTyping(page, 'Ana');
    await menu.getByRole('button', { name: 'Unassign Ana Ruiz' }).waitFor();
    await tabTo(page, menu.getByRole('button', { name: 'Delete activity' }));
    await page.keyboard.press('Tab');
    await expect.poll(() => menu.count()).toBe(0);
    await expect(churn.getByRole('img', { name: 'Assigned to Ana Ruiz' }).isVisible()).resolves.toBe(true);

    // Two activities done, going back up the list.
    for (const title of ['Fix the onboarding emails', 'Call everyone who cancelled']) {
      await tabTo(page, churn.getByRole('checkbox', { name: `Done: ${title}` }), { back: true });
      await page.keyboard.press('Space');
    }
    await expect(churn.getByText('2 of 4 done', { exact: true }).isVisible()).resolves.toBe(true);

    // Churn now 1.5 %: the current value set again.
    await tabTo(page, page.getByRole('button', { name: 'Actions for outcome Reduce churn' }), { back: true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await tabTo(page, textbox(churn, 'Current value'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1,5');
    await page.keyboard.press('Enter');
    await expect(churn.getByText('1.5%, target at most 2%', { exact: true }).isVisible()).resolves.toBe(true);

    // The finished board.
    await expect(churn.locator('.verdict__label').innerText()).resolves.toBe('Owned');
    await expect(growth.locator('.verdict__label').innerText()).resolves.toBe('Task assignment, not ownership');
    await expect(activityTitles(growth)).resolves.toEqual(['Launch a referral programme']);
    await expect(page.getByRole('region', { name: 'Parking lot' }).getByText('Empty: every activity serves an outcome.').isVisible()).resolves.toBe(true);
    const score = page.getByRole('status', { name: 'Ownership score' });
    await expect(score.locator('p').allInnerTexts()).resolves.toEqual(['1 of 2 outcomes owned', '0 of 1 revenue-critical']);
    // Ana, Ben, Chloe.
    await expect(people.locator('.person-card__load').allInnerTexts()).resolves.toEqual(['As owner: 0 · Assigned: 1', 'As owner: 1 · Assigned: 0', 'As owner: 1 · Assigned: 0']);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'first-board-built.png'), fullPage: true });

    // Kept: the library shows it, and a reload opens it as it was.
    await page.reload();
    await heading('Acme leadership offsite').waitFor();
    await expect(outcome(page, 'Reduce churn').getByText('1.5%, target at most 2%', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Agree who owns each result we need this quarter.').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});

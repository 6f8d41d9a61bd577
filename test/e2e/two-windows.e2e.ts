/**
 * Two windows on the same profile: a change saved in one shows in the other within a second, and
 * neither overwrites the other's newer change.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR, watch } from './browser';
import { activityTitles, hasFocus, outcome, reload, stayWhenAsked } from './helpers';
import { cardButton, toLibrary } from './library-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function quickAdd(page: Page, title: string) {
  const input = page.getByRole('textbox', { name: 'Add activity to Write the proposal' });
  await input.fill(title);
  await input.press('Enter');
  await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
}

/** A browser profile of its own (the windows of one test share its storage). */
const newProfile = () => browser.newContext({ viewport: { width: 1440, height: 1300 } });

/**
 * A window of the app on the profile, showing the sample board. `deaf`: it misses every notice
 * from the others (as if it had been asleep), so its next edit is made on a version that may no
 * longer be the stored one. `hearsNothing`: the same, while the others still hear its own saves
 * (two edits made at the same moment: each window saved before it heard of the other's).
 */
async function openWindow(context: BrowserContext, { deaf = false, hearsNothing = false } = {}) {
  const opened = watch(await context.newPage());
  if (hearsNothing) {
    await opened.page.addInitScript(() => {
      class HearsNothing extends BroadcastChannel {
        override addEventListener(): void {}
      }
      Object.defineProperty(window, 'BroadcastChannel', { value: HearsNothing });
    });
  }
  if (deaf) {
    await opened.page.addInitScript(() => {
      class Deaf {
        postMessage(): void {}
        addEventListener(): void {}
        removeEventListener(): void {}
        close(): void {}
      }
      Object.defineProperty(window, 'BroadcastChannel', { value: Deaf });
    });
  }
  await opened.page.goto(inject('baseUrl'));
  await outcome(opened.page, 'Write the proposal').waitFor();
  return opened;
}

/** The notices the window shows (toasts). */
const notices = (page: Page) => page.getByRole('region', { name: 'Notifications' }).locator('.notice__message').allInnerTexts();
const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' });
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, name) });

describe('two windows on one profile', () => {
  it('each shows the other’s saved changes within a second, and both changes survive', async () => {
    const context = await newProfile();
    const first = await openWindow(context);
    const second = await openWindow(context);

    await quickAdd(first.page, 'Draft the outline');
    await expect.poll(() => activityTitles(outcome(second.page, 'Write the proposal')), { timeout: 1000 }).toEqual(['Draft the outline']);
    // The second window had nothing to undo: it is told what changed (once the other pauses).
    await expect.poll(() => notices(second.page), { timeout: 3000 }).toEqual(['Changed in another window: Activity Draft the outline was added.']);

    await quickAdd(second.page, 'Review with legal');
    await expect.poll(() => activityTitles(outcome(first.page, 'Write the proposal')), { timeout: 1000 }).toEqual(['Draft the outline', 'Review with legal']);
    // The first window's step ("Draft the outline") can no longer be undone, and it is told so.
    await expect.poll(() => notices(first.page), { timeout: 3000 }).toEqual(['Changed in another window: Activity Review with legal was added. Undo starts again from here.']);
    await expect(first.page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).resolves.toBe(true);

    await first.page.reload();
    await outcome(first.page, 'Write the proposal').getByRole('button', { name: 'Review with legal', exact: true }).waitFor();
    await expect(activityTitles(outcome(first.page, 'Write the proposal'))).resolves.toEqual(['Draft the outline', 'Review with legal']);
    expect([...first.problems, ...second.problems]).toEqual([]);
    await context.close();
  });

  it('an edit on top of a version another window replaced is not saved over it: the person chooses', async () => {
    const context = await newProfile();
    const first = await openWindow(context);
    // The second window misses every notice from the first (as if it had been asleep): its next
    // edit is made on a version that is no longer the stored one.
    const second = await openWindow(context, { deaf: true });

    await quickAdd(first.page, 'From the first window');
    const input = second.page.getByRole('textbox', { name: 'Add activity to Write the proposal' });
    await input.fill('From the second window');
    await input.press('Enter');
    const banner = second.page.getByRole('alert').filter({ has: second.page.getByRole('button', { name: 'Keep mine and save it' }) });
    await banner.waitFor();
    // Nothing was written over the first window's change.
    await first.page.reload();
    await outcome(first.page, 'Write the proposal').getByRole('button', { name: 'From the first window', exact: true }).waitFor();
    await expect(activityTitles(outcome(first.page, 'Write the proposal'))).resolves.toEqual(['From the first window']);

    // Keeping mine saves the second window's board as it is shown. Answered from the keyboard, from
    // the field typed in: focus goes back there once the banner is gone (it fell to the page).
    await banner.getByRole('button', { name: 'Keep mine and save it' }).focus();
    await second.page.keyboard.press('Enter');
    await second.page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await expect.poll(() => hasFocus(input)).toBe(true);
    await first.page.reload();
    await outcome(first.page, 'Write the proposal').getByRole('button', { name: 'From the second window', exact: true }).waitFor();
    await expect(activityTitles(outcome(first.page, 'Write the proposal'))).resolves.toEqual(['From the second window']);

    // And the other way: the first window edits, the second (still deaf) edits and takes theirs.
    await quickAdd(first.page, 'First again');
    await second.page.getByRole('textbox', { name: 'Add activity to Write the proposal' }).fill('Second again');
    await second.page.getByRole('textbox', { name: 'Add activity to Write the proposal' }).press('Enter');
    await banner.getByRole('button', { name: 'Load the other window’s version' }).focus();
    await second.page.keyboard.press('Enter');
    await expect.poll(() => activityTitles(outcome(second.page, 'Write the proposal'))).toEqual(['From the second window', 'First again']);
    await second.page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await expect.poll(() => hasFocus(input)).toBe(true);
    expect([...first.problems, ...second.problems]).toEqual([]);
    await context.close();
  });

  it('brings the question into view, under the toolbar, when it comes with the page scrolled down', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 600 } });
    const first = await openWindow(context);
    const second = await openWindow(context, { deaf: true });
    await quickAdd(first.page, 'From the first window');
    await second.page.evaluate(() => { window.scrollTo(0, document.documentElement.scrollHeight); });
    const parking = second.page.getByRole('textbox', { name: 'Add activity to the parking lot' });
    await parking.fill('From the second window');
    await parking.press('Enter');
    const banner = second.page.getByRole('alert').filter({ has: second.page.getByRole('button', { name: 'Keep mine and save it' }) });
    await banner.waitFor();
    await expect(second.page.evaluate(() => window.scrollY > 0)).resolves.toBe(true);
    // Whole on the screen, below the sticky toolbar (it was above the screen, out of sight).
    const inView = () =>
      banner.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const toolbar = document.querySelector('.toolbar')?.getBoundingClientRect();
        return toolbar !== undefined && box.top >= toolbar.bottom - 1 && box.bottom <= window.innerHeight;
      });
    await expect.poll(inView).toBe(true);
    await shot(second.page, 'conflict-scrolled.png');
    expect([...first.problems, ...second.problems]).toEqual([]);
    await context.close();
  });

  it('an edit to a board another window deleted for good says so, and keeps the board if asked', async () => {
    const context = await newProfile();
    const first = await openWindow(context);
    const second = await openWindow(context, { deaf: true });

    // The first window opens another board, then deletes the sample board for good.
    const page = first.page;
    await page.getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('button', { name: 'New board' }).click();
    await page.getByRole('heading', { level: 1, name: 'Untitled board' }).waitFor();
    await page.getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('article', { name: 'Revenue ownership workshop (sample)', exact: true }).getByRole('button', { name: 'Move to trash Revenue ownership workshop (sample)' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Empty trash' }).click();
    await page.getByText('The trash is empty.').waitFor();

    const input = second.page.getByRole('textbox', { name: 'Add activity to Write the proposal' });
    await input.fill('Kept after all');
    await input.press('Enter');
    const banner = second.page.getByRole('alert').filter({ hasText: 'This board was deleted in another window.' });
    await banner.waitFor();
    await expect(banner.getByRole('button', { name: 'Load the other window’s version' }).count()).resolves.toBe(0);
    await second.page.screenshot({ path: join(SCREENSHOT_DIR, 'board-deleted-elsewhere.png') });

    await banner.getByRole('button', { name: 'Keep it, with my changes' }).click();
    await second.page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'All boards' }).click();
    const kept = page.getByRole('article', { name: 'Revenue ownership workshop (sample)', exact: true });
    await kept.waitFor();
    await kept.getByRole('button', { name: 'Open Revenue ownership workshop (sample)', exact: true }).click();
    await outcome(page, 'Write the proposal').getByRole('button', { name: 'Kept after all', exact: true }).waitFor();
    expect([...first.problems, ...second.problems]).toEqual([]);
    await context.close();
  });

  it('keeping mine says what it throws away of the other window’s version, and that window is told its change was replaced', async () => {
    const context = await newProfile();
    const first = await openWindow(context);
    // Both add an activity at the same moment: the second saves before it hears of the first's.
    const second = await openWindow(context, { hearsNothing: true });

    await quickAdd(first.page, 'Simul A0');
    const input = second.page.getByRole('textbox', { name: 'Add activity to Write the proposal' });
    await input.fill('Simul B0');
    await input.press('Enter');
    const banner = second.page.getByRole('alert').filter({ hasText: 'Which version do you want to keep?' });
    await banner.waitFor();
    // What each choice throws away, in a list under the question.
    await expect
      .poll(() => banner.getByRole('listitem').allInnerTexts())
      .toEqual([
        '“Keep mine and save it” throws away the other window’s change: Activity Simul A0 was added.',
        '“Load the other window’s version” throws away your change: Activity Simul B0 was added.',
      ]);
    // The toolbar points to the question rather than offering a Retry that would meet the same conflict.
    const tools = second.page.getByRole('region', { name: 'Board tools' });
    await expect(saveStatus(second.page).innerText()).resolves.toBe('Not saved: answer the question below the toolbar.');
    await expect(tools.getByRole('button', { name: 'Retry' }).count()).resolves.toBe(0);
    await shot(second.page, 'conflict-keep-mine-question.png');
    await shot(first.page, 'conflict-other-window-before.png');

    await banner.getByRole('button', { name: 'Keep mine and save it' }).click();
    await saveStatus(second.page).getByText('Saved', { exact: true }).waitFor();
    // The first window takes the second's version in, and says plainly what of its own went.
    await expect.poll(() => activityTitles(outcome(first.page, 'Write the proposal'))).toEqual(['Simul B0']);
    await expect
      .poll(() => notices(first.page))
      .toEqual(['Another window kept its own version of this board and threw away your change here: Activity Simul A0 was added. Undo starts again from here.']);
    await shot(first.page, 'conflict-other-window-replaced.png');
    await shot(second.page, 'conflict-keep-mine-saved.png');
    expect([...first.problems, ...second.problems]).toEqual([]);
    await context.close();
  });

  it('a board another window deletes for good says so at once, is not “Saved”, holds the window open, and can be kept', async () => {
    const context = await newProfile();
    const first = await openWindow(context);
    const second = await openWindow(context);
    const page = first.page;

    // The second window opens a board of its own, trashes the sample, then deletes it for good.
    await toLibrary(second.page);
    await second.page.getByRole('button', { name: 'New board' }).click();
    await second.page.getByRole('heading', { level: 1, name: 'Untitled board' }).waitFor();
    await toLibrary(second.page);
    const sample = 'Revenue ownership workshop (sample)';
    await cardButton(second.page, sample, 'Move to trash').click();
    await expect.poll(() => notices(page)).toEqual([expect.stringContaining('This board was moved to the trash in another window.')]);
    second.page.once('dialog', (dialog) => void dialog.accept());
    await cardButton(second.page, sample, 'Delete for good').click();
    await second.page.getByText('The trash is empty.').waitFor();

    // Said at once, without an edit here; the advice to restore it from the trash is taken back.
    const banner = page.getByRole('alert').filter({ hasText: 'This board was deleted in another window.' });
    await banner.waitFor({ timeout: 2500 });
    await expect(banner.innerText()).resolves.toContain('It is no longer stored: it is only in this window now, and closing the window loses it.');
    await expect(saveStatus(page).innerText()).resolves.toBe('Not saved: answer the question below the toolbar.');
    await expect(notices(page)).resolves.toEqual([]);
    await shot(page, 'deleted-elsewhere-open-window.png');
    await shot(second.page, 'deleted-elsewhere-other-window.png');

    // Leaving asks first: the board exists only here.
    const asked = stayWhenAsked(page);
    await reload(page);
    await expect.poll(() => asked).toEqual(['beforeunload']);

    // Kept: stored again, and back in the other window's library.
    await banner.getByRole('button', { name: 'Keep it among my boards' }).click();
    await saveStatus(page).getByText('Saved', { exact: true }).waitFor();
    await cardButton(second.page, sample, 'Open').waitFor({ timeout: 2500 });
    await shot(page, 'deleted-elsewhere-kept.png');
    expect([...first.problems, ...second.problems]).toEqual([]);
    await context.close();
  });
});

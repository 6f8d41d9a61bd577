/**
 * The library open in one window while boards change in another on the same profile (two tabs of
 * one browser share its storage, as two windows of the desktop app do): the list follows what the
 * other window makes, renames, edits, trashes, restores and deletes, in place — the search, the
 * order, focus and the place on the page stay as they were.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR, watch, type WatchedPage } from './browser';
import { card, cardButton, focused, searchbox, section, seedBoards, titlesIn, toLibrary, type Seed } from './library-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** A window of the app on the profile, on the board it opens with. */
async function openWindow(context: BrowserContext): Promise<WatchedPage> {
  const opened = watch(await context.newPage());
  await opened.page.goto(inject('baseUrl'));
  await opened.page.getByRole('region', { name: 'Outbound pipeline', exact: true }).waitFor();
  return opened;
}

/**
 * Two windows of the app on one profile, at `height` px: `library` shows the library over the
 * seeded boards, `other` shows it too (or, without seeds, both stay on the board they open with).
 */
async function twoWindows(height: number, seeded?: readonly Seed[]) {
  const context = await browser.newContext({ viewport: { width: 1280, height }, locale: 'en-GB' });
  const library = await openWindow(context);
  const other = await openWindow(context);
  if (seeded) {
    await seedBoards(library.page, seeded);
    await toLibrary(library.page);
    await toLibrary(other.page);
  }
  return { context, library, other, page: library.page };
}

const sortBy = (page: Page) => page.getByRole('combobox', { name: 'Sort by' });
const screenshot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, name) });
/** What the search's and the order's live regions say (neither speaks up for another window's change). */
const liveRegions = (page: Page) => page.locator('.library [role=status][aria-label]').allInnerTexts();

/** Every notice said on `page` from now on, in order, as a screen reader is told of it. */
async function recordNotices(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { noticesSaid: string[] }).noticesSaid = said;
    const live = document.querySelector('.library [role=status][aria-live=polite]:not([aria-label])');
    if (!live) throw new Error('no notices');
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) said.push(node.textContent ?? '');
    }).observe(live, { childList: true });
  });
  return () => page.evaluate(() => (window as unknown as { noticesSaid: string[] }).noticesSaid.slice());
}

/** The library follows within a second or two (the README's promise for boards is "within a second"). */
const SOON = { timeout: 2500 };
/** Said once the other window has paused for a moment (a second). */
const NOTICED = { timeout: 5000 };
const notifications = (page: Page) => page.getByRole('region', { name: 'Notifications' });

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-06-15T10:00:00Z');
const teams = ['Sales', 'Marketing', 'Finance', 'Product'];
/** Eight workshops, two per team, edited a day apart; and a plan that is not a workshop. */
const seeds: Seed[] = [
  ...Array.from({ length: 8 }, (_, i): Seed => ({ title: `${teams[i % 4] ?? ''} workshop ${String(Math.floor(i / 4) + 1)}`, updatedAt: new Date(NOW - (i + 1) * DAY).toISOString(), outcomes: 2 })),
  { title: 'Hiring plan', updatedAt: new Date(NOW - 20 * DAY).toISOString() },
];

describe('the library while another window changes boards', () => {
  it('follows boards renamed, edited, made, trashed, restored and deleted there, keeping the search, the order and focus', async () => {
    const { context, library, other, page } = await twoWindows(900, seeds);

    await sortBy(page).selectOption({ label: 'Title A–Z' });
    await searchbox(page).fill('workshop');
    await expect.poll(() => titlesIn(page, 'Boards')).toEqual(['Finance workshop 1', 'Finance workshop 2', 'Marketing workshop 1', 'Marketing workshop 2', 'Product workshop 1', 'Product workshop 2', 'Revenue ownership workshop (sample)', 'Sales workshop 1', 'Sales workshop 2']);
    await cardButton(page, 'Sales workshop 1', 'Rename').focus();
    const said = await liveRegions(page);
    await screenshot(page, 'library-live-before.png');

    // Renamed there: here under its new title, in its place in the order.
    await cardButton(other.page, 'Finance workshop 1', 'Rename').click();
    await other.page.getByRole('textbox', { name: 'New title for Finance workshop 1' }).fill('Team workshop 1');
    await other.page.getByRole('button', { name: 'Save title' }).click();
    await expect.poll(() => titlesIn(page, 'Boards'), SOON).toEqual(['Finance workshop 2', 'Marketing workshop 1', 'Marketing workshop 2', 'Product workshop 1', 'Product workshop 2', 'Revenue ownership workshop (sample)', 'Sales workshop 1', 'Sales workshop 2', 'Team workshop 1']);
    await screenshot(page, 'library-live-after-rename.png');

    // Put in the trash there, and restored.
    await cardButton(other.page, 'Product workshop 1', 'Move to trash').click();
    await expect.poll(() => titlesIn(page, 'Trash'), SOON).toEqual(['Product workshop 1']);
    expect(await titlesIn(page, 'Boards')).not.toContain('Product workshop 1');
    await cardButton(other.page, 'Product workshop 1', 'Restore').click();
    await expect.poll(() => titlesIn(page, 'Boards'), SOON).toContain('Product workshop 1');
    await section(page, 'Trash').getByText('The trash is empty.').waitFor();

    // Trashed and deleted for good there: gone here too.
    await cardButton(other.page, 'Marketing workshop 2', 'Move to trash').click();
    other.page.once('dialog', (dialog) => void dialog.accept());
    await cardButton(other.page, 'Marketing workshop 2', 'Delete for good').click();
    await expect.poll(() => page.getByText('Marketing workshop 2', { exact: true }).count(), SOON).toBe(0);
    await section(page, 'Trash').getByText('The trash is empty.').waitFor();

    // A new board made there (hidden here by the search, but counted), then edited: two outcomes.
    await other.page.getByRole('button', { name: 'New board' }).click();
    await other.page.getByRole('heading', { level: 1, name: 'Untitled board' }).waitFor();
    await section(page, 'Boards').getByRole('heading', { level: 2, name: 'Boards (8 of 10)' }).waitFor(SOON);
    for (const title of ['Churn below 2%', 'Ten new partners']) {
      await other.page.getByRole('textbox', { name: 'New outcome title' }).fill(title);
      await other.page.getByRole('button', { name: 'Add outcome' }).click();
    }
    await other.page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();

    // All along, the search, the order and focus stayed; the search did not speak up.
    expect(await searchbox(page).inputValue()).toBe('workshop');
    expect(await sortBy(page).inputValue()).toBe('title');
    expect(await focused(page)).toBe('Rename Sales workshop 1');
    expect(await liveRegions(page)).toEqual(said);

    await searchbox(page).fill('');
    await expect.poll(() => card(page, 'Untitled board').innerText(), SOON).toContain('2 outcomes · 0 of 2 owned');
    expect(await titlesIn(page, 'Boards')).toEqual(['Finance workshop 2', 'Hiring plan', 'Marketing workshop 1', 'Product workshop 1', 'Product workshop 2', 'Revenue ownership workshop (sample)', 'Sales workshop 1', 'Sales workshop 2', 'Team workshop 1', 'Untitled board']);
    await screenshot(page, 'library-live-after.png');
    expect([...library.problems, ...other.problems]).toEqual([]);
    await context.close();
  });

  it('says what another window changed, once for a burst, and not what this window did', async () => {
    const { context, library, other, page } = await twoWindows(900, seeds);
    const said = await recordNotices(page);
    const saidThere = await recordNotices(other.page);
    const elsewhere = (text: string) => `Changed in another window: ${text}`;

    // Renamed there.
    await cardButton(other.page, 'Finance workshop 1', 'Rename').click();
    await other.page.getByRole('textbox', { name: 'New title for Finance workshop 1' }).fill('Team workshop 1');
    await other.page.getByRole('button', { name: 'Save title' }).click();
    const renamed = elsewhere('Board “Finance workshop 1” was renamed “Team workshop 1”.');
    await expect.poll(said, NOTICED).toEqual([renamed]);

    // Two boards trashed there one after the other: one notice for both.
    await cardButton(other.page, 'Product workshop 1', 'Move to trash').click();
    await cardButton(other.page, 'Sales workshop 2', 'Move to trash').click();
    const trashed = elsewhere('Boards “Product workshop 1” and “Sales workshop 2” were moved to the trash.');
    await expect.poll(said, NOTICED).toEqual([renamed, trashed]);
    await notifications(page).getByText(trashed).waitFor();
    await screenshot(page, 'library-live-said.png');

    // Restored here: said here as this window's own move, and there as another window's.
    const restoredHere = 'Restored \u2068Product workshop 1\u2069.';
    await cardButton(page, 'Product workshop 1', 'Restore').click();
    await expect.poll(saidThere, NOTICED).toContain(elsewhere('Board “Product workshop 1” was restored from the trash.'));
    // Deleted for good there.
    other.page.once('dialog', (dialog) => void dialog.accept());
    await cardButton(other.page, 'Sales workshop 2', 'Delete for good').click();
    const deleted = elsewhere('Board “Sales workshop 2” was deleted for good.');
    await expect.poll(said, NOTICED).toEqual([renamed, trashed, restoredHere, deleted]);

    // Edited there: said once; edited again after a pause, not said again (the card says when).
    await cardButton(other.page, 'Hiring plan', 'Open').click();
    await other.page.getByRole('heading', { level: 1, name: 'Hiring plan' }).waitFor();
    const addOutcome = async (title: string) => {
      await other.page.getByRole('textbox', { name: 'New outcome title' }).fill(title);
      await other.page.getByRole('button', { name: 'Add outcome' }).click();
      await other.page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    };
    await addOutcome('Two engineers hired');
    const edited = elsewhere('Board “Hiring plan” was edited.');
    await expect.poll(said, NOTICED).toEqual([renamed, trashed, restoredHere, deleted, edited]);
    await addOutcome('One designer hired');
    await expect.poll(() => card(page, 'Hiring plan').innerText(), SOON).toContain('6 outcomes');
    await page.waitForTimeout(2000);
    expect(await said()).toEqual([renamed, trashed, restoredHere, deleted, edited]);
    // The other window said nothing of its own changes as made elsewhere.
    expect((await saidThere()).filter((text) => text.startsWith('Changed in another window'))).toEqual([elsewhere('Board “Product workshop 1” was restored from the trash.')]);
    expect([...library.problems, ...other.problems]).toEqual([]);
    await context.close();
  });

  it('keeps the place on the page and focus when a board edited there moves to the top', async () => {
    // Ten older boards below: the page is not scrolled to its end.
    const older = Array.from({ length: 10 }, (_, i): Seed => ({ title: `Offsite ${String(2016 + i)}`, updatedAt: new Date(NOW - (100 + i) * DAY).toISOString() }));
    const { context, library, other, page } = await twoWindows(600, [...seeds, ...older]);
    await section(page, 'Boards').getByRole('heading', { level: 2, name: 'Boards (20)' }).waitFor();

    // Down the list, by keyboard: focus on a card below the fold.
    await cardButton(page, 'Product workshop 2', 'Duplicate').focus();
    const top = () => cardButton(page, 'Product workshop 2', 'Duplicate').evaluate((button) => Math.round(button.getBoundingClientRect().top));
    const before = await top();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);

    // A board below it is edited there: here it goes to the top, above what is shown.
    await cardButton(other.page, 'Hiring plan', 'Open').click();
    await other.page.getByRole('heading', { level: 1, name: 'Hiring plan' }).waitFor();
    await other.page.getByRole('textbox', { name: 'New outcome title' }).fill('Two engineers hired');
    await other.page.getByRole('button', { name: 'Add outcome' }).click();
    await other.page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await expect.poll(async () => (await titlesIn(page, 'Boards'))[0], SOON).toBe('Hiring plan');
    await expect(card(page, 'Hiring plan').innerText()).resolves.toContain('Last edited today');

    // What was on the screen stays where it was, and keeps focus.
    expect(await top()).toBe(before);
    expect(await focused(page)).toBe('Duplicate Product workshop 2');
    await screenshot(page, 'library-live-scrolled.png');
    expect([...library.problems, ...other.problems]).toEqual([]);
    await context.close();
  });

  it('at the top of the page, stays at the top: a board edited there comes into sight above the others', async () => {
    const twelve = Array.from({ length: 12 }, (_, i): Seed => ({ title: `Board ${String(i)}`, updatedAt: new Date(NOW - (i + 1) * DAY).toISOString() }));
    const { context, library, other, page } = await twoWindows(600, twelve);
    await section(page, 'Boards').getByRole('heading', { level: 2, name: 'Boards (13)' }).waitFor();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await cardButton(other.page, 'Board 9', 'Open').click();
    await other.page.getByRole('heading', { level: 1, name: 'Board 9' }).waitFor();
    await other.page.getByRole('textbox', { name: 'New outcome title' }).fill('Nine outcomes');
    await other.page.getByRole('button', { name: 'Add outcome' }).click();
    await other.page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await expect.poll(async () => (await titlesIn(page, 'Boards'))[0], SOON).toBe('Board 9');
    // The page did not scroll: the library's heading, and the board now first, are in sight.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Your boards' }).isVisible()).resolves.toBe(true);
    const top = await card(page, 'Board 9').evaluate((article) => article.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(600);
    expect([...library.problems, ...other.problems]).toEqual([]);
    await context.close();
  });

  it('a board open in one window and moved to the trash or the archive in the other says so there, and stays open', async () => {
    const { context, library: board, other } = await twoWindows(900);
    const notices = () => board.page.getByRole('status').filter({ hasText: 'in another window' }).allInnerTexts();
    // The other window leaves the sample for a board of its own, then trashes the sample.
    await toLibrary(other.page);
    await other.page.getByRole('button', { name: 'New board' }).click();
    await toLibrary(other.page);
    await cardButton(other.page, 'Revenue ownership workshop (sample)', 'Move to trash').click();
    await expect.poll(notices, SOON).toEqual([expect.stringContaining('This board was moved to the trash in another window.')]);
    // Still open and editable here.
    await board.page.getByRole('textbox', { name: 'New outcome title' }).fill('Still here');
    await board.page.getByRole('button', { name: 'Add outcome' }).click();
    await board.page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await board.page.screenshot({ path: join(SCREENSHOT_DIR, 'board-trashed-elsewhere.png') });
    // Restored there: nothing more is said; archived there: that is said.
    await cardButton(other.page, 'Revenue ownership workshop (sample)', 'Restore').click();
    await cardButton(other.page, 'Revenue ownership workshop (sample)', 'Archive').click();
    await expect.poll(async () => (await notices()).at(-1), SOON).toContain('This board was archived in another window.');
    expect([...board.problems, ...other.problems]).toEqual([]);
    await context.close();
  });
});

/**
 * The library and the board's history, used as a facilitator would between workshops: new
 * boards, rename, duplicate, archive, trash and restore, empty trash, search; a named snapshot
 * restored (and the restore undone).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { activityTitles, openBoard, outcome, stayWhenAsked } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

// "Trash (2)", or under a search "Trash (1 of 2)".
const section = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\((\\d+ of )?\\d+\\)$`, 'u') });
const boardCard = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });
/** A card's button, named by its visible word and the board ("Open Q3 planning"). */
const cardButton = (page: Page, title: string, action: string) => boardCard(page, title).getByRole('button', { name: `${action} ${title}`, exact: true });

/** The title of the board storage notes as open last: the one a start opens. */
function titleOfLastBoard(): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('ownership-board');
    request.onerror = () => { reject(request.error ?? new Error('open failed')); };
    request.onsuccess = () => {
      const tx = request.result.transaction(['meta', 'boards']);
      const last = tx.objectStore('meta').get('lastBoardId');
      last.onsuccess = () => {
        const id = (last.result as { value?: string } | undefined)?.value;
        if (id === undefined) {
          resolve(null);
          return;
        }
        const board = tx.objectStore('boards').get(id);
        board.onsuccess = () => { resolve((board.result as { title?: string } | undefined)?.title ?? null); };
      };
      tx.oncomplete = () => { request.result.close(); };
    };
  });
}

async function toLibrary(page: Page) {
  await page.getByRole('button', { name: 'All boards' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your boards' }).waitFor();
}

describe('the library', () => {
  it('creates, renames, duplicates, archives, trashes, restores and finds boards', async () => {
    const { page, problems } = await openBoard(browser);
    await toLibrary(page);
    const boards = section(page, 'Boards');
    // The heading comes at once, the list once the library is read ("Loading your boards…" first):
    // looked at the moment the heading showed, a busy machine's list was not there yet (one CI run).
    await boards.getByText(/4 outcomes · 1 of 4 owned/u).waitFor();
    await expect(boards.getByText(/4 outcomes · 1 of 4 owned/u).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'New board' }).click();
    await page.getByRole('heading', { level: 1, name: 'Untitled board' }).waitFor();
    await expect(page.getByText('No outcomes yet.', { exact: false }).isVisible()).resolves.toBe(true);
    await toLibrary(page);

    await cardButton(page, 'Untitled board', 'Rename').click();
    await page.getByRole('textbox', { name: 'New title for Untitled board' }).fill('Q3 planning');
    await page.getByRole('button', { name: 'Save title' }).click();
    await boardCard(page, 'Q3 planning').waitFor();

    await cardButton(page, 'Revenue ownership workshop (sample)', 'Duplicate').click();
    await boardCard(page, 'Revenue ownership workshop (sample) (copy)').waitFor();

    await cardButton(page, 'Revenue ownership workshop (sample) (copy)', 'Archive').click();
    await section(page, 'Archived').getByRole('article', { name: 'Revenue ownership workshop (sample) (copy)', exact: true }).waitFor();

    await cardButton(page, 'Revenue ownership workshop (sample)', 'Move to trash').click();
    const trash = section(page, 'Trash');
    await trash.getByRole('article', { name: 'Revenue ownership workshop (sample)', exact: true }).waitFor();
    await cardButton(page, 'Revenue ownership workshop (sample)', 'Restore').click();
    await section(page, 'Boards').getByRole('article', { name: 'Revenue ownership workshop (sample)', exact: true }).waitFor();

    await page.getByRole('searchbox', { name: 'Search boards by title or purpose' }).fill('q3');
    // The open board's heading, as a screen reader's list of headings has it.
    await expect(section(page, 'Boards').getByRole('heading', { level: 3 }).evaluateAll((headings) => headings.map((h) => h.textContent))).resolves.toEqual(['Q3 planning, Open in this window']);
    await page.getByRole('searchbox', { name: 'Search boards by title or purpose' }).fill('');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'library.png'), fullPage: true });

    await cardButton(page, 'Revenue ownership workshop (sample) (copy)', 'Move to trash').click();
    page.once('dialog', (dialog) => void dialog.accept());
    await trash.getByRole('button', { name: 'Empty trash' }).click();
    await expect.poll(() => trash.getByText('The trash is empty.').isVisible()).toBe(true);

    await cardButton(page, 'Revenue ownership workshop (sample)', 'Open').click();
    await outcome(page, 'Outbound pipeline').waitFor();
    expect(problems).toEqual([]);
  });

  it('reopens the last board on start', async () => {
    const { page } = await openBoard(browser);
    await toLibrary(page);
    await page.getByRole('button', { name: 'New board' }).click();
    await page.getByRole('heading', { level: 1, name: 'Untitled board' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Untitled board' }).waitFor();
  });

  it('reopens on start the board opened last, even one only looked at', async () => {
    const { page } = await openBoard(browser);
    await toLibrary(page);
    await page.getByRole('button', { name: 'New board' }).click();
    await page.getByRole('heading', { level: 1, name: 'Untitled board' }).waitFor();
    await toLibrary(page);
    // The sample opened to look at it, not changed; then the window is closed and opened again.
    await cardButton(page, 'Revenue ownership workshop (sample)', 'Open').click();
    await page.getByRole('heading', { level: 1, name: 'Revenue ownership workshop (sample)' }).waitFor();
    // Noted in storage as the board open last (what a start reads), soon after it is shown.
    await expect.poll(() => page.evaluate(titleOfLastBoard)).toBe('Revenue ownership workshop (sample)');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Revenue ownership workshop (sample)' }).waitFor();
  });
});

describe('the library by keyboard', () => {
  /** What has focus: a button's name and the title of its card, or a heading's text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const active = document.activeElement;
      if (active === null || active === document.body) return 'the page';
      const card = active.closest('li')?.querySelector('h3')?.firstChild?.textContent;
      return card ? `${active.textContent} in ${card}` : `${active.tagName} ${active.textContent}`;
    });

  it('focus follows a board moved between sections, and comes back to Rename when the field closes', async () => {
    const { page, problems } = await openBoard(browser);
    await toLibrary(page);
    const sample = 'Revenue ownership workshop (sample)';
    await cardButton(page, sample, 'Duplicate').click();
    const copy = `${sample} (copy)`;
    await boardCard(page, copy).waitFor();

    await cardButton(page, copy, 'Rename').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(`Rename in ${copy}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Q4 review');
    await page.keyboard.press('Enter');
    await boardCard(page, 'Q4 review').waitFor();
    await expect.poll(() => focused(page)).toBe('Rename in Q4 review');

    await cardButton(page, 'Q4 review', 'Archive').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Open in Q4 review');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Open in Q4 review');

    await cardButton(page, 'Q4 review', 'Move to trash').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Restore in Q4 review');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Open in Q4 review');

    await cardButton(page, 'Q4 review', 'Move to trash').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Restore in Q4 review');
    page.once('dialog', (dialog) => void dialog.accept());
    await section(page, 'Trash').getByRole('button', { name: 'Empty trash' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('H2 Trash (0)');
    expect(problems).toEqual([]);
  });
});

describe('a board’s Rename on the library, left with a title typed', () => {
  it('closing the tab asks first; Escape says the title was not saved, and "Bring them back" returns it with the caret where it was', async () => {
    const { page, problems } = await openBoard(browser);
    const sample = 'Revenue ownership workshop (sample)';
    const asked = stayWhenAsked(page);
    await toLibrary(page);
    await cardButton(page, sample, 'Rename').focus();
    await page.keyboard.press('Enter');
    const field = boardCard(page, sample).getByRole('textbox', { name: `New title for ${sample}` });
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Sales kickoff 2027');
    // Back before the year, to add something there.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);

    // Meaning to leave the field.
    await page.keyboard.press('Escape');
    await expect(field.count()).resolves.toBe(0);
    await expect(boardCard(page, sample).isVisible()).resolves.toBe(true);
    const notices = page.getByRole('region', { name: 'Notifications' });
    await notices.getByText(`Your changes to “${sample}” were not saved.`).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-rename-not-saved.png') });

    await notices.getByRole('button', { name: 'Bring them back' }).click();
    await expect(field.inputValue()).resolves.toBe('Sales kickoff 2027');
    await expect.poll(() => field.evaluate((input: HTMLInputElement) => input === document.activeElement && [input.selectionStart, input.selectionEnd])).toEqual([13, 13]);
    // Typing goes on where it stopped; Enter saves it.
    await page.keyboard.type(' EMEA');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-rename-brought-back.png') });
    await page.keyboard.press('Enter');
    await boardCard(page, 'Sales kickoff EMEA 2027').waitFor();
    await expect(notices.getByText(/were not saved/u).count()).resolves.toBe(0);
    // Saved: nothing to ask any more.
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(asked).toEqual(['beforeunload']);
    expect(problems).toEqual([]);
  });
});

describe('board history', () => {
  it('names a snapshot, restores it after more changes, and undoes the restore', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'Board history' });
    await dialog.getByText('When the board was opened').first().waitFor();
    await dialog.getByRole('textbox', { name: 'Name this moment' }).fill('After day 1');
    await dialog.getByRole('button', { name: 'Save snapshot' }).click();
    await dialog.getByText('After day 1', { exact: true }).waitFor();
    // Said in the dialog: the page behind a modal dialog is inert, and a live region there is not heard.
    await expect.poll(() => dialog.getByRole('status').filter({ hasText: /^Kept a snapshot named \u2068After day 1\u2069\.$/u }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const input = page.getByRole('textbox', { name: 'Add activity to Forecast accuracy' });
    await input.fill('Weekly forecast review');
    await input.press('Enter');
    await expect(activityTitles(outcome(page, 'Forecast accuracy'))).resolves.toEqual(['Weekly forecast review']);

    await page.getByRole('button', { name: 'History' }).click();
    await dialog.getByRole('button', { name: /^Restore After day 1 from/u }).click();
    await expect.poll(() => activityTitles(outcome(page, 'Forecast accuracy'))).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => activityTitles(outcome(page, 'Forecast accuracy'))).toEqual(['Weekly forecast review']);
    await page.getByRole('button', { name: 'History' }).click();
    await dialog.getByText('Before a restore').first().waitFor();
  });

  it('keeps keyboard focus inside while open; Escape closes it and gives focus back to the History button', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'History' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Board history' });
    await dialog.getByText('When the board was opened').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'history-dialog.png') });
    // The page behind is inert: Tab goes round the dialog's controls (and, past the last one, out
    // to the browser's own controls: the body here), never to the toolbar behind it.
    const where = () => page.evaluate(() => (document.activeElement === null || document.activeElement === document.body ? 'browser' : document.activeElement.closest('dialog') ? 'dialog' : 'page'));
    const visited = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      visited.push(await where());
    }
    expect(visited).not.toContain('page');
    expect(visited.filter((place) => place === 'dialog').length).toBeGreaterThanOrEqual(6);
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('History');
  });
});

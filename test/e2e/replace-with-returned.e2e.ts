/**
 * A map sent to a team and sent back, taken as the board that was sent. The facilitator imports
 * the team's file (it opens beside "Team A" as "Team A (imported …)"), compares it, and from the
 * History replaces "Team A" with it: asked first, with keeping both boards the answer focus starts
 * on; then "Team A" is on screen holding the team's version, the notice says where each board went,
 * Undo takes it back, and done again, "Team A"'s History holds what it held before, restorable,
 * and the imported copy is in the Trash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { focusedName, hasFocus, openBoard, outcome } from './helpers';
import { section, titlesIn, toLibrary } from './library-helpers';
import { exportJson, importFile, saved } from './pdf-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const TITLE = 'Team A';
const IMPORTED = new RegExp(`^${TITLE} \\(imported [^)]+\\)$`, 'u');

interface FileBoard {
  people: { id: string; name: string }[];
  outcomes: { title: string; ownerId: string | null }[];
}

/** The team's return of the file sent: Maya Chen made the owner of "Deals closed". */
async function teamReturns(sent: string): Promise<string> {
  const file = JSON.parse(await readFile(sent, 'utf8')) as { board: FileBoard };
  const maya = file.board.people.find((person) => person.name === 'Maya Chen');
  const deals = file.board.outcomes.find((outcome) => outcome.title === 'Deals closed');
  if (!maya || !deals) throw new Error('the sample board changed');
  deals.ownerId = maya.id;
  const returned = sent.replace(/-sent\./u, '-returned.');
  await writeFile(returned, JSON.stringify(file));
  return returned;
}

/** Whether the card of "Deals closed" says Maya Chen owns it. */
const mayaOwnsDeals = (page: Page) => outcome(page, 'Deals closed').getByText('Owner: Maya Chen', { exact: true }).count().then((count) => count === 1);

describe('a map sent back, taken as the board that was sent', () => {
  it('asks first, then "Team A" holds the team’s version, its own kept in its History and the copy in the Trash; Undo takes it back', async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const { page, problems } = await openBoard(browser, { width: 1366, height: 900 });
    await page.getByRole('button', { name: 'Edit title and purpose' }).click();
    const form = page.getByRole('form', { name: 'Board title and purpose' });
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await outcome(page, 'Deals closed').waitFor();
    await expect(mayaOwnsDeals(page)).resolves.toBe(false);
    const returned = await teamReturns(await exportJson(page, 'team-a-replace-sent.ownership.json'));

    await importFile(page, returned);
    await page.getByRole('heading', { level: 1, name: IMPORTED }).waitFor();
    const notices = page.getByRole('region', { name: 'Notifications' });
    await notices.getByRole('button', { name: `Compare with “${TITLE}”` }).click();
    const dialog = page.getByRole('dialog', { name: 'Board history' });
    const versions = dialog.getByRole('region', { name: 'Other versions of this map' });
    await versions.getByText('Deals closed: owner nobody → Maya Chen').waitFor();

    // Asked first: what happens to each board, and keeping both is where focus is (Enter keeps them).
    const ask = versions.getByRole('button', { name: `Replace “${TITLE}” with this board…` });
    await ask.click();
    const question = versions.getByRole('group', { name: `Replace “${TITLE}” with this board?` });
    await question.getByText(/What it holds now is kept in its History, to restore; this board, “Team A \(imported [^)]+\)”, goes to the Trash\./u).waitFor();
    const keepBoth = question.getByRole('button', { name: 'Keep both boards' });
    await expect.poll(() => hasFocus(keepBoth)).toBe(true);
    await question.scrollIntoViewIfNeeded();
    await dialog.screenshot({ path: join(SCREENSHOT_DIR, 'replace-with-returned-confirm.png') });
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'detached' });
    await expect.poll(() => hasFocus(ask)).toBe(true);
    await expect(dialog.isVisible()).resolves.toBe(true);

    // Replaced, by keyboard: "Team A" is on screen, focus on its title, holding the team's version.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const heading = page.getByRole('heading', { level: 1, name: TITLE, exact: true });
    await heading.waitFor();
    await expect.poll(() => hasFocus(heading)).toBe(true);
    await expect.poll(() => mayaOwnsDeals(page)).toBe(true);
    await notices.getByText(`“${TITLE}” now holds the version you imported. Its previous content is kept in its History; the imported copy is in the Trash.`).waitFor();
    await saved(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'replace-with-returned-result.png') });

    // Undo: "Team A" as it was, the team's copy back on screen and out of the Trash.
    await notices.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { level: 1, name: IMPORTED }).waitFor();
    await notices.getByText(/^Undone: “Team A” holds what it held before, and “Team A \(imported [^)]+\)” is back out of the Trash\.$/u).waitFor();
    await expect.poll(() => focusedName(page)).toMatch(IMPORTED);
    await toLibrary(page);
    await expect(titlesIn(page, 'Trash')).resolves.toEqual([]);
    await page.getByRole('button', { name: `Open ${TITLE}`, exact: true }).click();
    await heading.waitFor();
    await expect.poll(() => mayaOwnsDeals(page)).toBe(false);

    // Done again, from the copy's History opened by its button.
    await toLibrary(page);
    await page.getByRole('button', { name: new RegExp(`^Open ${TITLE} \\(imported [^)]+\\)$`, 'u') }).click();
    await page.getByRole('heading', { level: 1, name: IMPORTED }).waitFor();
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await versions.getByRole('button', { name: `Replace “${TITLE}” with this board…` }).click();
    await versions.getByRole('group').getByRole('button', { name: `Replace “${TITLE}”`, exact: true }).click();
    await heading.waitFor();
    await expect.poll(() => mayaOwnsDeals(page)).toBe(true);

    // What "Team A" held is in its History, to restore; the imported copy is in the Trash.
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const kept = dialog.getByRole('list', { name: 'Snapshots, newest first' }).getByRole('listitem').filter({ hasText: 'Before an imported version replaced it' });
    await kept.waitFor();
    await expect(dialog.getByRole('region', { name: 'Other versions of this map' }).count()).resolves.toBe(0);
    await kept.getByRole('button', { name: /^Restore before an imported version replaced it from / }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => mayaOwnsDeals(page)).toBe(false);
    await toLibrary(page);
    await expect(titlesIn(page, 'Trash')).resolves.toEqual([expect.stringMatching(IMPORTED)]);
    await expect(section(page, 'Trash').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });
});

/**
 * A map sent to a team and sent back. The facilitator exports the workshop's board as a file; a
 * team member (on a computer of their own) imports it, names an owner and ticks a task done, and
 * exports it again; the facilitator imports the returned file. The import's notice says it is
 * another version of the board that was sent, and "Compare with …" opens the History on what the
 * team changed, in the method's words, under "Other versions of this map".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from './browser';
import { hasFocus, openBoard } from './helpers';
import { exportJson, importFile } from './pdf-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Where this change's screenshots go, to be looked at. */
const SHOTS = process.env.RETURNED_BOARD_SHOTS ?? join(process.cwd(), 'test-results', 'screenshots');

const TITLE = 'Team A';

describe('a map sent to a team and sent back', () => {
  it('the import says it is a version of the board sent, and Compare shows what the team changed', async () => {
    await mkdir(SHOTS, { recursive: true });
    // The facilitator's board, after the workshop: "Deals closed" has no owner yet.
    const { page: facilitator, problems } = await openBoard(browser, { width: 1366, height: 900 });
    await facilitator.getByRole('button', { name: 'Edit title and purpose' }).click();
    const form = facilitator.getByRole('form', { name: 'Board title and purpose' });
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await form.getByRole('button', { name: 'Save' }).click();
    await facilitator.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const sent = await exportJson(facilitator, 'team-a-sent.ownership.json');

    // The team member, in a browser of their own: imports the file, names Maya owner of Deals
    // closed, ticks "Run the campaign" done, and sends the map back.
    const { page: team, problems: teamProblems } = await openBoard(browser, { width: 1366, height: 900 });
    await importFile(team, sent);
    await team.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await team.getByRole('combobox', { name: 'Set owner of Deals closed' }).selectOption({ label: 'Maya Chen' });
    await team.getByRole('checkbox', { name: 'Done: Run the campaign' }).click();
    const returned = await exportJson(team, 'team-a-returned.ownership.json');

    // Back with the facilitator: the returned file opens beside the board that was sent.
    await importFile(facilitator, returned);
    const notices = facilitator.getByRole('region', { name: 'Notifications' });
    await notices
      .getByText(new RegExp(`^Imported “${TITLE}” as “${TITLE} \\(imported [^)]+\\)”, a new board beside your own of that name, which is unchanged\\. It is another version of the same map as “${TITLE}”\\.$`, 'u'))
      .waitFor();
    const compare = notices.getByRole('button', { name: `Compare with “${TITLE}”` });
    await compare.waitFor();
    await notices.screenshot({ path: join(SHOTS, 'returned-board-notice.png') });
    await facilitator.screenshot({ path: join(SHOTS, 'returned-board-import.png') });

    await compare.click();
    const dialog = facilitator.getByRole('dialog', { name: 'Board history' });
    const versions = dialog.getByRole('region', { name: 'Other versions of this map' });
    await versions.getByText(TITLE, { exact: true }).waitFor();
    const whatChanged = versions.getByRole('button', { name: `What changed from “${TITLE}” to this board` });
    // Opened on that version: its changes shown, its button focused (the changes are read next).
    await expect.poll(() => whatChanged.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => hasFocus(whatChanged)).toBe(true);
    await versions.getByRole('heading', { name: `From “${TITLE}” to this board` }).waitFor();
    const outcomes = versions.getByRole('region', { name: 'Outcomes' });
    await expect.poll(() => outcomes.getByRole('listitem').allInnerTexts()).toContain('Deals closed: owner nobody → Maya Chen');
    await expect(versions.getByRole('region', { name: 'Activities' }).getByRole('listitem').allInnerTexts()).resolves.toEqual(['“Run the campaign” marked done']);
    await expect(versions.getByText('Deals closed: owner nobody → Maya Chen').isVisible()).resolves.toBe(true);
    // The title the import stamped ("Team A (imported …)") is the app's doing, not the team's: not listed.
    await expect(versions.getByRole('region', { name: 'The board' }).count()).resolves.toBe(0);
    await dialog.screenshot({ path: join(SHOTS, 'returned-board-history.png') });

    // Folded away by the same button, and there again from the History button once closed.
    await facilitator.keyboard.press('Enter');
    await expect.poll(() => whatChanged.getAttribute('aria-expanded')).toBe('false');
    await facilitator.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => hasFocus(facilitator.getByRole('button', { name: 'History', exact: true }))).toBe(true);
    await facilitator.getByRole('button', { name: 'History', exact: true }).click();
    await versions.getByRole('button', { name: `What changed from “${TITLE}” to this board` }).click();
    await expect.poll(() => outcomes.getByRole('listitem').allInnerTexts()).toContain('Deals closed: owner nobody → Maya Chen');
    await facilitator.keyboard.press('Escape');

    // The board that was sent lists the returned one as its other version; nothing changed on it.
    await facilitator.getByRole('button', { name: 'All boards' }).click();
    await facilitator.getByRole('button', { name: `Open ${TITLE}`, exact: true }).click();
    await facilitator.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await facilitator.getByRole('button', { name: 'History', exact: true }).click();
    await dialog.getByRole('region', { name: 'Other versions of this map' }).getByText(new RegExp(`^${TITLE} \\(imported [^)]+\\)$`, 'u')).waitFor();
    expect(problems).toEqual([]);
    expect(teamProblems).toEqual([]);
  });
});

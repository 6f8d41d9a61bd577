/**
 * A facilitator flips between the board and the people view in front of the room. Both views stay
 * mounted once shown, the one not on screen hidden (renderer/board/hiddenView.ts): so the board
 * comes back as it was — where it was scrolled to, its far cards filled in as they were — and what
 * changed meanwhile in either view shows in the other. Hidden, a view is out of reach: not in the
 * accessibility tree, not in the tab order, and no drop lands on it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeBoard } from '../../shared/format';
import { generateBoard } from '../../scripts/bench/boards.mjs';
import { launchBrowser } from './browser';
import { dragKey, lastAnnouncement, openBoard, outcome, pickUp } from './helpers';
import { importFile } from './pdf-helpers';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'ownership-board-views-'));
});

afterAll(async () => {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
});

/**
 * Clicks a view button with the mouse where it is on the screen, as a person does (the toolbar is
 * sticky: Playwright's own click scrolls the page to bring the button "into view" first).
 */
async function clickInPlace(page: Page, name: string): Promise<void> {
  const box = await page.getByRole('button', { name, exact: true }).boundingBox();
  if (!box) throw new Error(`no ${name} button on the screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
const showBoard = (page: Page) => clickInPlace(page, 'Board');
const showPeople = (page: Page) => clickInPlace(page, 'People view');
/** Where a region's top is in the window (px), as a person sees it. */
const topOf = async (page: Page, title: string) => (await outcome(page, title).boundingBox())?.y ?? Number.NaN;

describe('switching between the board and the people view', () => {
  it('the large board comes back where it was scrolled to, its cards there filled in, and the people view opens at its top', async () => {
    const board = generateBoard('large');
    const path = join(dir, 'large.ownership.json');
    await writeFile(path, serializeBoard(board, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
    const { page, problems } = await openBoard(browser, { width: 1440, height: 900 });
    await importFile(page, path);
    await page.getByRole('heading', { level: 1, name: board.title }).waitFor({ timeout: 30_000 });
    for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
    const far = board.outcomes[40];
    const first = board.people[0];
    if (!far || !first) throw new Error('the large board has fewer outcomes or no people');
    // Down the board with the mouse wheel, to a card far below the first screen.
    for (let i = 0; i < 150 && !((await topOf(page, far.title)) < 450); i++) await page.mouse.wheel(0, 300);
    await expect.poll(() => outcome(page, far.title).getAttribute('data-window-card')).toBe('full');
    // The cards around it have filled in, and the page has stopped moving.
    await page.waitForTimeout(500);
    const before = await topOf(page, far.title);
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(450);

    await showPeople(page);
    const people = page.getByRole('main', { name: 'People view' });
    await expect(people.getByRole('region', { name: first.name, exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
    // Reading the people view further down, as the room asks about someone.
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    await showBoard(page);
    await expect(outcome(page, far.title).isVisible()).resolves.toBe(true);
    await expect(topOf(page, far.title)).resolves.toBeCloseTo(before, 0);
    await expect(outcome(page, far.title).getAttribute('data-window-card')).resolves.toBe('full');
    await page.screenshot({ path: 'test-results/screenshots/view-switch-large-back.png' });

    // And the people view comes back where it was left too.
    await showPeople(page);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/screenshots/view-switch-large-people.png' });
    expect(problems).toEqual([]);
  });

  it('what changes in one view shows in the other', async () => {
    const { page, problems } = await openBoard(browser);
    await showPeople(page);
    const people = page.getByRole('main', { name: 'People view' });
    await expect(people.getByRole('region', { name: 'Leo Fischer' }).getByText('As owner (0)').isVisible()).resolves.toBe(true);
    // In the people view, Priya leaves the team (from the people beside it).
    await page.getByRole('button', { name: 'Actions for Priya Nair' }).click();
    await page.getByRole('button', { name: 'Remove Priya Nair' }).click();
    await expect(people.getByRole('region', { name: 'Priya Nair' }).count()).resolves.toBe(0);
    await showBoard(page);
    await expect(outcome(page, 'Forecast accuracy').getByText('Nobody owns it', { exact: true }).isVisible()).resolves.toBe(true);
    // On the board, Leo becomes an owner; the people view, shown again, says so.
    await page.getByRole('combobox', { name: 'Set owner of Forecast accuracy' }).selectOption({ label: 'Leo Fischer' });
    await expect(outcome(page, 'Forecast accuracy').getByText('Owner: Leo Fischer', { exact: true }).isVisible()).resolves.toBe(true);
    await showPeople(page);
    const leo = people.getByRole('region', { name: 'Leo Fischer' });
    await expect(leo.getByText('As owner (1)').isVisible()).resolves.toBe(true);
    await expect(leo.getByText('Forecast accuracy', { exact: true }).isVisible()).resolves.toBe(true);
    // Undone in the people view: the board, shown again, has it undone.
    await page.keyboard.press('Control+Z');
    await expect(leo.getByText('As owner (0)').isVisible()).resolves.toBe(true);
    await showBoard(page);
    await expect(outcome(page, 'Forecast accuracy').getByText('Nobody owns it', { exact: true }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('the hidden board is out of reach in the people view: not read out, not tabbed into, and no person dropped on it', async () => {
    // A wall display's window: the people view's few cards end high up, and below them the column is
    // empty. (1,700 px tall: with the authority's label beside its toggles, the hidden board's last
    // owner slot ends at ~1,603 px, past a window 1,600 px tall.)
    const WALL = { width: 1440, height: 1700 };
    const { page, problems } = await openBoard(browser, WALL);
    await showPeople(page);
    await expect(page.getByRole('main', { name: 'Outcomes' }).count()).resolves.toBe(0);
    await expect(page.getByRole('region', { name: 'Outbound pipeline', exact: true }).count()).resolves.toBe(0);
    const tree = await page.locator('body').ariaSnapshot();
    expect(tree).toContain('main "People view"');
    expect(tree).not.toContain('main "Outcomes"');
    expect(tree).not.toContain('region "Outbound pipeline"');
    expect(tree).not.toContain('Add activity to Outbound pipeline');

    // Tab from the view buttons through the whole page: focus never goes into the board.
    await page.getByRole('button', { name: 'People view', exact: true }).focus();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.closest('main[aria-label="Outcomes"]') != null)).resolves.toBe(false);
    }

    // Maya dragged with the mouse into the empty column below the people view, over the place where
    // the hidden board keeps the owner slot of an outcome she does not own (read from the page:
    // nothing shows it there).
    const slotOf = () =>
      page.evaluate(() => {
        const card = [...document.querySelectorAll('section[data-outcome-id]')].find((section) => section.querySelector('h2')?.textContent === 'Forecast accuracy');
        return card?.querySelector('[data-owner-slot]')?.getBoundingClientRect().toJSON() as DOMRect | undefined;
      });
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    const target = await slotOf();
    const chip = page.locator('.people-tray').getByRole('button', { name: 'Maya Chen', exact: true });
    const start = await chip.boundingBox();
    if (!target || !start) throw new Error('nothing to drag or nowhere to drag it');
    expect(target.top).toBeGreaterThan(0);
    expect(target.bottom).toBeLessThan(WALL.height);
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(start.x + start.width / 2 + 8, start.y + start.height / 2 + 8, { steps: 2 });
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 20 });
    await page.screenshot({ path: 'test-results/screenshots/view-switch-person-over-hidden-board.png' });
    await page.mouse.up();
    await page.waitForTimeout(200);

    await showBoard(page);
    await expect(outcome(page, 'Forecast accuracy').getByText('Owner: Priya Nair', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('a person dragged by keyboard in the people view goes through what is on the screen there: the parking lot', async () => {
    const { page, problems } = await openBoard(browser, { width: 1440, height: 900 });
    await showPeople(page);
    await pickUp(page, 'Maya Chen');
    // The first arrow goes to the parking lot's activity beside the people, not to a hidden outcome's owner slot.
    await expect(dragKey(page, 'ArrowDown')).resolves.toContain('Update the CRM');
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toContain('Maya Chen');
    await expect(page.getByRole('img', { name: 'Assigned to Priya Nair and Maya Chen' }).count()).resolves.toBe(1);
    const maya = page.getByRole('main', { name: 'People view' }).getByRole('region', { name: 'Maya Chen' });
    await expect(maya.getByText('Assigned (2)').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});

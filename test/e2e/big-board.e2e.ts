/**
 * A big board (40 outcomes, 480 activities, more than the 300 above which the board is windowed):
 * only the cards and activity lists near the screen are mounted in full; a far card is a shell —
 * its heading, drag handle, a one-line summary and quick-add, at the card's height
 * (renderer/board/windowing.ts). Scrolling fills a far card in; Tab walks into a far card and on
 * through its controls; an activity dragged with the mouse into a far card (scrolling on the way)
 * or hopped there with the keyboard lands where it was aimed and is saved; a person becomes the
 * owner of a far outcome and an outcome moves to a far place by keyboard.
 *
 * Some tests open the benchmark's boards (scripts/bench/boards.mjs, 1,500 and 10,000 activities),
 * whose cards and rows differ in height: there the windowing's estimates of what is not mounted
 * are off, and the page moves under the person as it fills in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, ElementHandle, Page } from 'playwright-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeBoard } from '../../shared/format';
import { FULL_AUTHORITY, PERSON_COLOURS, initialsOf, type Activity, type ActivityId, type Board, type BoardId, type Outcome, type OutcomeId, type Person, type PersonId } from '../../shared/model';
import { generateBoard } from '../../scripts/bench/boards.mjs';
import { launchBrowser } from './browser';
import { activityTitles, dragKey, lastAnnouncement, openBoard, outcome, pickUp } from './helpers';
import { importFile, seriousViolations } from './pdf-helpers';

const OUTCOMES = 40;
const PER_OUTCOME = 12;
const TITLE = 'Big workshop';

/** 40 outcomes of 12 activities each ("Task 7.3" is the 3rd of Outcome 7), 20 people, 8 parked. */
function bigBoard(parked = 8, perOutcome = PER_OUTCOME): Board {
  const now = '2026-03-14T09:00:00.000Z';
  const people: Person[] = Array.from({ length: 20 }, (_, i) => {
    const name = `Person ${String(i + 1)} Example`;
    return { id: `p-${String(i)}` as PersonId, name, role: 'Lead', newToRole: false, colour: PERSON_COLOURS[i % PERSON_COLOURS.length] ?? '#1d4ed8', initials: initialsOf(name) };
  });
  const outcomes: Outcome[] = Array.from({ length: OUTCOMES }, (_, i) => ({
    id: `o-${String(i + 1)}` as OutcomeId,
    title: `Outcome ${String(i + 1)}`,
    metric: 'Things counted',
    target: 100,
    unit: 'things',
    period: 'per quarter',
    current: 40,
    direction: 'at-least',
    revenueCritical: false,
    ownerId: `p-${String(i % 20)}` as PersonId,
    authority: FULL_AUTHORITY,
    notes: '',
  }));
  const activities: Activity[] = [];
  for (let o = 1; o <= OUTCOMES; o++) {
    for (let k = 1; k <= perOutcome; k++) {
      activities.push({ id: `a-${String(o)}-${String(k)}` as ActivityId, title: `Task ${String(o)}.${String(k)}`, outcomeId: `o-${String(o)}` as OutcomeId, assigneeIds: [], done: false });
    }
  }
  for (let k = 1; k <= parked; k++) activities.push({ id: `a-parked-${String(k)}` as ActivityId, title: `Parked ${String(k)}`, outcomeId: null, assigneeIds: [], done: false });
  return { id: 'b-big' as BoardId, title: TITLE, purpose: 'More activities than a workshop.', createdAt: now, updatedAt: now, people, outcomes, activities };
}

let browser: Browser;
let dir: string;
let file: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'ownership-board-big-'));
  file = join(dir, 'big.ownership.json');
  await writeFile(file, serializeBoard(bigBoard(), { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
});

afterAll(async () => {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
});

/** The app on the big board (or another board file like it), scrolled to the top. */
async function openBigBoard(boardFile = file, viewport?: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
  const watched = await openBoard(browser, viewport);
  await importFile(watched.page, boardFile);
  await watched.page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 30_000 });
  await outcome(watched.page, 'Outcome 1').getByRole('button', { name: 'Task 1.1', exact: true }).waitFor();
  // The import's notice goes, as a person would dismiss it.
  for (const dismiss of await watched.page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
  return watched;
}

/**
 * The app on one of the benchmark's boards (scripts/bench/boards.mjs: dozens of activities an outcome,
 * of one to three lines, hundreds of people), in a 1,440 × 900 window, scrolled to the top. Unlike
 * the big board above, its cards and rows differ in height: the windowing's estimates of what is
 * not mounted are off, and the page moves as it fills in.
 */
async function openBenchBoard(size: 'large' | 'huge'): Promise<{ page: Page; problems: string[]; board: Board }> {
  const board = generateBoard(size);
  const path = join(dir, `bench-${size}.ownership.json`);
  await writeFile(path, serializeBoard(board, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
  const watched = await openBoard(browser, { width: 1440, height: 900 });
  await importFile(watched.page, path);
  await watched.page.getByRole('heading', { level: 1, name: board.title }).waitFor({ timeout: 30_000 });
  const first = board.activities.find((activity) => activity.outcomeId === board.outcomes[0]?.id);
  if (!first) throw new Error('the first outcome has no activity');
  await watched.page.getByRole('button', { name: first.title, exact: true }).waitFor();
  for (const dismiss of await watched.page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
  return { ...watched, board };
}

/** The activities of an outcome (or of the parking lot: null) on `board`, in order. */
const activitiesOf = (board: Board, outcomeId: OutcomeId | null) => board.activities.filter((activity) => activity.outcomeId === outcomeId);

/** The titles of the activities listed around `title` in its list: the one before it and the one after. */
const neighboursOf = (page: Page, title: string) =>
  page.getByRole('button', { name: title, exact: true }).evaluate((button) => {
    const item = button.closest('[role="listitem"], li');
    // In a windowed list, the items are in chunks of 10: the neighbour may be in the next chunk.
    const before = item?.previousElementSibling ?? item?.parentElement?.previousElementSibling?.lastElementChild;
    const after = item?.nextElementSibling ?? item?.parentElement?.nextElementSibling?.firstElementChild;
    const titleOf = (element: Element | null | undefined) => element?.querySelector('.activity-card__title')?.textContent ?? null;
    return [titleOf(before), titleOf(after)];
  });

const mountedIn = (page: Page, title: string) => outcome(page, title).locator('[data-activity-id]').count();
/** Whether an outcome card is a shell (far from the screen) rather than the card in full. */
const isShell = (page: Page, title: string) => outcome(page, title).evaluate((card) => card.getAttribute('data-window-card') === 'shell');

/**
 * Expects the focused element to be all on the screen, below the toolbar, once the frame after the
 * key is drawn: a chunk the focus brought near mounts in the observers' next report, and the
 * windowing then keeps the focused control in view (keepInPlace). Read at once after the key, on a
 * busy machine the read could fall between the chunk's mount and that correction (once in a CI run:
 * 12 px below the edge). Where it is: its top and bottom (px) against the bottom of the sticky
 * toolbar above the board and the window's height. Gives what the focused element is called (as
 * focusedName), read in the same call: a walk by Tab takes hundreds of keys.
 */
async function expectFocusedInView(page: Page): Promise<string> {
  const where = await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const element = document.activeElement;
    const rect = element?.getBoundingClientRect();
    return {
      name: element?.getAttribute('aria-label') ?? element?.textContent ?? '',
      top: rect?.top ?? Number.NaN,
      bottom: rect?.bottom ?? Number.NaN,
      toolbar: document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0,
      height: innerHeight,
    };
  });
  // Give or take the fraction of a pixel the browser's own scrolling leaves.
  expect(where.top, JSON.stringify(where)).toBeGreaterThanOrEqual(where.toolbar - 1);
  expect(where.bottom, JSON.stringify(where)).toBeLessThanOrEqual(where.height + 1);
  return where.name;
}

/** What the focused element is called: its label, else its text. */
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

/** Whether `element` (a handle taken before) has focus: the very element, not one like it. */
const hasFocus = (page: Page, element: ElementHandle) => page.evaluate((el) => document.activeElement === el, element);

/** The page's height once it stopped changing (estimates of unseen lists settle after a frame). */
async function settledPageHeight(page: Page): Promise<number> {
  let last = -1;
  for (;;) {
    await page.waitForTimeout(150);
    const now = await page.evaluate(() => document.documentElement.scrollHeight);
    if (now === last) return now;
    last = now;
  }
}

async function saved(page: Page): Promise<void> {
  await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
}

describe('a big board', () => {
  it('fits the window: nothing is wider than the screen when the health findings open off it', async () => {
    // 80 parked activities: the health check, with a finding for each, starts far below the screen,
    // where its list is not laid out and has an estimated size (health.css).
    const manyParked = join(dir, 'many-parked.ownership.json');
    await writeFile(manyParked, serializeBoard(bigBoard(80), { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
    const { page, problems } = await openBigBoard(manyParked);
    // The findings are listed once the window is idle.
    await page.locator('.findings--deferred > li').first().waitFor({ state: 'attached' });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      window: document.documentElement.clientWidth,
      parkingLot: document.querySelector('.parking-lot')?.getBoundingClientRect().right ?? Number.NaN,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    expect(widths.parkingLot).toBeLessThanOrEqual(widths.window);
    await page.screenshot({ path: 'test-results/screenshots/big-board-many-parked.png' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('renders a far card as a shell until it is scrolled to, and as a shell again, at its height, when scrolled away', async () => {
    const { page, problems } = await openBigBoard();
    await expect(mountedIn(page, 'Outcome 1')).resolves.toBe(PER_OUTCOME);
    await expect(isShell(page, 'Outcome 1')).resolves.toBe(false);
    await expect(page.locator('[data-activity-id]').count()).resolves.toBeLessThan(300);
    // Every card is there, named by its title; a far one is a shell that says what it holds.
    await expect(page.getByRole('list', { name: 'Outcomes on this board' }).locator('section[data-outcome-id]').count()).resolves.toBe(OUTCOMES);
    const far = outcome(page, 'Outcome 35');
    await expect(isShell(page, 'Outcome 35')).resolves.toBe(true);
    await expect(far.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Outcome 35');
    await expect(far.locator('.outcome-card__summary').textContent()).resolves.toBe(
      'Owned · Owner: Person 15 Example · 12 activities, 0 done. Details and 12 activities, shown when scrolled into view or when the card has focus',
    );
    await expect(far.getByRole('button', { name: 'Move outcome Outcome 35', exact: true }).count()).resolves.toBe(1);
    await expect(far.getByRole('list').count()).resolves.toBe(0);
    await expect(mountedIn(page, 'Outcome 35')).resolves.toBe(0);
    // The shell has the card's height (an estimate, for a card never shown): a card of 12
    // activities is far taller than its shell's own content.
    await expect(far.evaluate((card) => card.getBoundingClientRect().height)).resolves.toBeGreaterThan(600);
    await expect(seriousViolations(page)).resolves.toEqual([]);

    // Jumped to: it fills in where it landed, and the cards filling in around it do not move it.
    const landed = await far.evaluate((card) => {
      card.scrollIntoView({ block: 'start' });
      return card.getBoundingClientRect().top;
    });
    await expect.poll(() => isShell(page, 'Outcome 35')).toBe(false);
    await page.waitForTimeout(300);
    const settled = await far.evaluate((card) => card.getBoundingClientRect().top);
    expect(Math.abs(settled - landed)).toBeLessThan(2);
    await expect.poll(() => mountedIn(page, 'Outcome 35')).toBe(PER_OUTCOME);
    await expect(activityTitles(far)).resolves.toEqual(Array.from({ length: PER_OUTCOME }, (_, k) => `Task 35.${String(k + 1)}`));
    await expect(far.getByText('Owner: Person 15 Example', { exact: true }).count()).resolves.toBe(1);
    // Scrolled back to the top, far from the screen, it is a shell again, and the page keeps its
    // length (the shell has the card's measured height). Within a few pixels: the placeholders of
    // chunks never shown are estimated from the rows shown now, which differ up there.
    const height = await settledPageHeight(page);
    const cardHeight = await far.evaluate((card) => card.getBoundingClientRect().height);
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    await expect.poll(() => isShell(page, 'Outcome 35')).toBe(true);
    expect(Math.abs((await settledPageHeight(page)) - height)).toBeLessThan(8);
    await expect(far.evaluate((card) => card.getBoundingClientRect().height)).resolves.toBe(cardHeight);
    expect(problems).toEqual([]);
  });

  it('brings back a title typed in a far activity’s ⋯ menu after its card was scrolled away and became a shell', async () => {
    const { page, problems } = await openBigBoard();
    const first = outcome(page, 'Outcome 1');
    await first.getByRole('button', { name: 'Actions for Task 1.1', exact: true }).click();
    const title = first.getByRole('group', { name: 'Actions for Task 1.1', exact: true }).getByRole('textbox', { name: 'Title' });
    await title.fill('Task 1.1 checked twice');
    // A click outside closes the menu; the typing is said not saved.
    await page.getByText('More activities than a workshop.', { exact: true }).click();
    const notice = page.getByRole('region', { name: 'Notifications' }).getByText('Your changes to “Task 1.1” were not saved.');
    await notice.waitFor();
    // Scrolled far away and on with something else there, the card is a shell: the row and its
    // menu are not on the page.
    await outcome(page, 'Outcome 40').scrollIntoViewIfNeeded();
    await expect.poll(() => isShell(page, 'Outcome 40')).toBe(false);
    await page.getByRole('textbox', { name: 'Add activity to Outcome 40', exact: true }).click();
    await expect.poll(() => isShell(page, 'Outcome 1')).toBe(true);
    await expect(page.getByRole('button', { name: 'Actions for Task 1.1', exact: true }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Bring them back' }).click();
    // The row is brought back with its menu open, the typing in it, the caret in it.
    await expect.poll(() => title.inputValue()).toBe('Task 1.1 checked twice');
    await expect(title.evaluate((field) => document.activeElement === field)).resolves.toBe(true);
    await expect(title.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await first.getByRole('button', { name: 'Task 1.1 checked twice', exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('says, in a browser, that Find in page sees only the cards near the screen — on a big board, not a small one, not presenting', async () => {
    const watched = await openBoard(browser);
    const { page, problems } = watched;
    const note = page.getByText('so the browser’s Find in page finds only those near the screen', { exact: false });
    // The sample board (a workshop's size) is drawn whole: no note.
    await expect(note.count()).resolves.toBe(0);
    await importFile(page, file);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 30_000 });
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.innerText()).resolves.toContain('The toolbar’s Find (Ctrl+F) finds everything.');
    // The wall view has none of the editing chrome.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect.poll(() => note.isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it('draws every activity on the screen in its first frame: none waits for the observers', async () => {
    // 30 one-line activities per card: rows shorter than the windowing's first guess, so lists
    // end on the screen sooner than it guesses, at some window sizes right at the bottom edge.
    const longLists = join(dir, 'long-lists.ownership.json');
    await writeFile(longLists, serializeBoard(bigBoard(40, 30), { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
    const { page, problems } = await openBigBoard(longLists);
    // In the first animation frame after the board's cards appear (what that frame paints): the
    // placeholders of lists and the shells of cards that are on the screen, if any.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-window-card]')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const onScreen = (element: Element) => {
            const rect = element.getBoundingClientRect();
            return rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
          };
          const count = (selector: string) => [...document.querySelectorAll(selector)].filter(onScreen).length;
          Object.assign(window, {
            firstFrame: {
              placeholders: count('[data-window-chunk="placeholder"]'),
              shells: count('[data-window-card="shell"]'),
              activities: count('[data-activity-id]'),
            },
          });
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    // Two common screens, and heights in steps of 60 px at two widths: when the estimates alone
    // decided, rows were missing at 1,200 × 1,060, 1,200 × 1,120 and 1,440 × 1,120.
    const sizes = [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
      ...[1200, 1440].flatMap((width) => [820, 880, 940, 1000, 1060, 1120, 1180].map((height) => ({ width, height }))),
    ];
    for (const size of sizes) {
      await page.setViewportSize(size);
      await page.reload();
      await page.waitForFunction(() => 'firstFrame' in window);
      const first = await page.evaluate(() => (window as unknown as { firstFrame: { placeholders: number; shells: number; activities: number } }).firstFrame);
      expect({ size, placeholders: first.placeholders, shells: first.shells }).toEqual({ size, placeholders: 0, shells: 0 });
      expect(first.activities).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
  });

  it('lets Tab walk from a card into the next far card and through its controls, and Shift+Tab back', async () => {
    const { page, problems } = await openBigBoard();
    await expect(isShell(page, 'Outcome 21')).resolves.toBe(true);
    const handle = await outcome(page, 'Outcome 21').getByRole('button', { name: 'Move outcome Outcome 21', exact: true }).elementHandle();
    // From the last control of Outcome 20 (itself far: focus fills it in).
    await page.getByRole('textbox', { name: 'Add activity to Outcome 20', exact: true }).focus();
    await page.keyboard.press('Tab');
    // Focus is on Outcome 21's drag handle — the very element the shell had — and the card is all there.
    await expect(hasFocus(page, handle)).resolves.toBe(true);
    await expect.poll(() => isShell(page, 'Outcome 21')).toBe(false);
    await expect.poll(() => mountedIn(page, 'Outcome 21')).toBe(PER_OUTCOME);
    // On through its controls: its actions, "Why?", the owner, the authority, its activities.
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? ''));
    }
    expect(reached.slice(0, 3)).toEqual(['Actions for outcome Outcome 21', 'Why? (Outcome 21)', 'Set owner of Outcome 21']);
    expect(reached).toContain('Done: Task 21.1');
    await expect(page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('data-outcome-id'))).resolves.toBe('o-21');
    // Shift+Tab from a far card's handle lands on the quick-add field of the (far) card before it.
    await expect(isShell(page, 'Outcome 30')).resolves.toBe(true);
    const field = await outcome(page, 'Outcome 30').getByRole('textbox', { name: 'Add activity to Outcome 30', exact: true }).elementHandle();
    await page.getByRole('button', { name: 'Move outcome Outcome 31', exact: true }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(hasFocus(page, field)).resolves.toBe(true);
    await expect.poll(() => isShell(page, 'Outcome 30')).toBe(false);
    expect(problems).toEqual([]);
  });

  it('mounts a long list only around an activity clicked, and all of it once Tab moves on', async () => {
    // 60 activities an outcome: six chunks, of which the last lie more than a viewport below.
    const longFile = join(dir, 'big-long.ownership.json');
    await writeFile(longFile, serializeBoard(bigBoard(8, 60), { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
    const { page, problems } = await openBigBoard(longFile, { width: 1280, height: 720 });
    // In sight first (it starts just under the window's edge), so that the click scrolls nothing:
    // the rows a scroll brings near are mounted for that, not for the click.
    const task = outcome(page, 'Outcome 1').getByRole('button', { name: 'Task 1.1', exact: true });
    // (After the windowing's second of keeping the new board's top in view.)
    await page.waitForTimeout(1100);
    await page.evaluate(() => {
      window.scrollBy(0, 400);
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.waitForTimeout(300);
    const near = await mountedIn(page, 'Outcome 1');
    expect(near).toBeLessThan(60);
    const scrolled = await page.evaluate(() => window.scrollY);
    // A click focuses the activity's button (a mouse press does in Chromium), as a drag's press
    // does: that is no sign of reading the list, and mounting all of it made the frame long.
    await task.click();
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(scrolled);
    await expect(task.evaluate((button) => document.activeElement === button)).resolves.toBe(true);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.waitForTimeout(300);
    await expect(mountedIn(page, 'Outcome 1')).resolves.toBe(near);
    // The keyboard takes over: the whole list, to read or Tab through.
    await page.keyboard.press('Tab');
    await expect.poll(() => mountedIn(page, 'Outcome 1')).toBe(60);
    expect(problems).toEqual([]);
  });

  it('keeps a far card’s quick-add field on the screen when focus comes to it and the card fills in above it', async () => {
    // Tab, a screen reader's jump to the next form field, or a script: the browser scrolls the
    // field into view, then the card's content and list mount above it.
    const { page, problems } = await openBigBoard(file, { width: 1440, height: 900 });
    for (const n of [21, 30, 37]) {
      const title = `Outcome ${String(n)}`;
      await page.evaluate(() => {
        window.scrollTo(0, 0);
      });
      await expect.poll(() => isShell(page, title)).toBe(true);
      const field = await page.getByRole('textbox', { name: `Add activity to ${title}`, exact: true }).elementHandle();
      await field.focus();
      await expect.poll(() => mountedIn(page, title)).toBe(PER_OUTCOME);
      await page.waitForTimeout(300);
      await expect(hasFocus(page, field)).resolves.toBe(true);
      await expectFocusedInView(page);
    }
    await page.screenshot({ path: 'test-results/screenshots/big-board-quick-add-focused.png' });
    expect(problems).toEqual([]);
  });

  it('lets Tab walk into a long parking lot from before it, through every parked activity in order, and Shift+Tab back', async () => {
    // The large benchmark board: 140 parked activities in chunks of 10, at the top of the side
    // column, far from the end of the outcomes. Nothing in the parking lot's panel before its list
    // takes focus: Tab went past the 140 to the quick-add field below them.
    const { page, problems, board } = await openBenchBoard('large');
    const last = board.outcomes.at(-1);
    if (!last) throw new Error('no outcome');
    const parked = activitiesOf(board, null).map((activity) => activity.title);
    await page.getByRole('textbox', { name: `Add activity to ${last.title}`, exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('New outcome title');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('Add outcome');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe(`Done: ${String(parked[0])}`);
    await expectFocusedInView(page);
    await page.screenshot({ path: 'test-results/screenshots/big-board-tab-into-parking-lot.png' });
    // On through every one of them, in order, each on the screen when it has focus.
    const reached = [String(parked[0])];
    for (let i = 0; i < parked.length * 4; i++) {
      await page.keyboard.press('Tab');
      const name = await expectFocusedInView(page);
      if (name === 'Add activity to the parking lot') break;
      if (name.startsWith('Done: ')) reached.push(name.slice('Done: '.length));
    }
    expect(reached).toEqual(parked);
    await expect(focusedName(page)).resolves.toBe('Add activity to the parking lot');
    // And back up, from the last.
    const back: string[] = [];
    while (back.length < 12) {
      await page.keyboard.press('Shift+Tab');
      const name = await focusedName(page);
      if (name.startsWith('Done: ')) back.push(name.slice('Done: '.length));
    }
    expect(back).toEqual(parked.slice(-12).reverse());
    expect(problems).toEqual([]);
  });

  it('keeps the parking lot and its focus still on the screen when the cards below it measure otherwise than estimated', async () => {
    // The large benchmark board: skipped to, the parking lot is some 9,000 px down, beside outcome
    // cards that were never near the screen — shells of estimated height, above the screen as well
    // as below it. Rows measured otherwise change the estimates; given to the shells above the
    // screen, they moved the page (the browser anchors it to an outcome card, not to the parking
    // lot beside), and the parking lot with it: 365 px here, the focused Done box out of sight. In
    // the Tab walk above, 24 px down, as the parking lot's own chunks were measured: the Done box at
    // the window's bottom edge below it (3 runs of 4, with the authority buttons 6/64 px taller).
    const { page, problems, board } = await openBenchBoard('large');
    const parked = activitiesOf(board, null).map((activity) => activity.title);
    await page.getByRole('button', { name: 'Parking lot', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe(`Done: ${String(parked[0])}`);
    // Once what the jump brought near has filled in, and the windowing no longer keeps focus in view.
    await settledPageHeight(page);
    await page.waitForTimeout(1200);
    const focusedTop = () => page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? Number.NaN);
    const before = await focusedTop();
    await expectFocusedInView(page);
    // The activities below the screen in the cards laid out in full get 30 px taller (as text that
    // wraps differently would): the average row the estimates are made of grows by pixels.
    const below = await page.evaluate(() => {
      // In the element's own style, from script: the page's policy refuses a <style> element.
      const activities = [...document.querySelectorAll<HTMLElement>('section[data-window-card="full"] [data-activity-id]')].filter(
        (activity) => activity.getBoundingClientRect().top >= innerHeight,
      );
      for (const activity of activities) activity.style.paddingBottom = '30px';
      return activities.length;
    });
    expect(below).toBeGreaterThan(0);
    await settledPageHeight(page);
    await expect(focusedName(page)).resolves.toBe(`Done: ${String(parked[0])}`);
    expect(Math.abs((await focusedTop()) - before)).toBeLessThan(1);
    await expectFocusedInView(page);
    expect(problems).toEqual([]);
  });

  it('lets Tab walk from the toolbar into the people from their first, wherever the board is scrolled', async () => {
    const { page, problems } = await openBigBoard();
    // Far down the board: the people's list (20, in two chunks) is not mounted.
    await outcome(page, 'Outcome 31').evaluate((card) => {
      card.scrollIntoView({ block: 'start' });
    });
    // Let go once the window is idle (windowing): on a loaded machine (a CI run) later than a poll's
    // first second, and once (a CI run beside other Chromium work) later than 5 s.
    await expect.poll(() => page.getByRole('button', { name: 'Person 1 Example', exact: true }).count(), { timeout: 15_000 }).toBe(0);
    const focused = (name: string) => page.getByRole('button', { name, exact: true }).evaluate((button) => button === document.activeElement);
    await page.getByRole('button', { name: 'Present', exact: true }).focus();
    // The People heading's Hide people first, then the people.
    await page.keyboard.press('Tab');
    await expect(focused('Hide people')).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(focused('Person 1 Example')).resolves.toBe(true);
    await expectFocusedInView(page);
    await page.keyboard.press('Tab');
    await expect(focused('Actions for Person 1 Example')).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(focused('Person 2 Example')).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('shows the top of a far, tall outcome a health finding points to — heading, verdict, owner — below the toolbar', async () => {
    const { page, problems, board } = await openBenchBoard('large');
    // The findings are listed once the window is idle; the one about the outcome furthest down.
    await page.locator('.finding__link').first().waitFor({ state: 'attached' });
    // (Their text, not their rendering: the list is laid out only near the screen.)
    const links = await page.locator('.finding__link').evaluateAll((buttons) => buttons.map((button) => button.textContent));
    const target = board.outcomes.findLast((o) => links.some((text) => new RegExp(`${o.title}(?!\\d)`, 'u').test(text)));
    if (!target) throw new Error('no finding about an outcome');
    const link = page.locator('.finding__link').filter({ hasText: new RegExp(`${target.title}(?!\\d)`, 'u') }).first();
    await link.scrollIntoViewIfNeeded();
    // Scrolled there, the cards around fill in and the page moves (this board's rows differ from the
    // estimates): a person clicks once it is still. Clicked while it moves, the press and the release
    // may fall on different elements, and nothing is clicked: the likeliest reading of this test's one
    // failure, in a CI run (focus never reached the heading; not reproduced in six runs after).
    await settledPageHeight(page);
    await link.click();
    const card = outcome(page, target.title);
    await expect.poll(() => card.getByRole('heading', { level: 2 }).evaluate((heading) => heading === document.activeElement), { timeout: 5000 }).toBe(true);
    // And it stays there while the cards around it fill in.
    await page.waitForTimeout(1200);
    const where = await card.evaluate((section) => {
      const on = (selector: string) => section.querySelector(selector)?.getBoundingClientRect();
      return {
        card: section.getBoundingClientRect().height,
        heading: on('h2'),
        verdict: on('.outcome-card__verdict'),
        owner: on('.owner-slot__who'),
        toolbar: document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0,
        height: innerHeight,
      };
    });
    // Taller than the window: centred, its top was a screen above it.
    expect(where.card).toBeGreaterThan(where.height);
    for (const part of [where.heading, where.verdict, where.owner]) {
      expect(part?.top, JSON.stringify(where)).toBeGreaterThanOrEqual(where.toolbar);
      expect(part?.bottom, JSON.stringify(where)).toBeLessThanOrEqual(where.height);
    }
    await page.screenshot({ path: 'test-results/screenshots/big-board-health-finding.png' });
    expect(problems).toEqual([]);
  });

  it('drags an activity with the mouse into a far card, scrolling on the way, and saves it', async () => {
    const { page, problems } = await openBigBoard();
    await expect(isShell(page, 'Outcome 31')).resolves.toBe(true);
    const source = outcome(page, 'Outcome 1').getByRole('button', { name: 'Task 1.1', exact: true });
    const box = await source.boundingBox();
    if (!box) throw new Error('Task 1.1 is not on screen');
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 8, start.y + 8, { steps: 2 });
    await page.mouse.move(start.x + 20, 500, { steps: 5 });
    // Scroll with the wheel while holding the activity, until Outcome 31's activities are on screen.
    const target = outcome(page, 'Outcome 31').getByRole('button', { name: 'Task 31.3', exact: true });
    for (let i = 0; i < 60; i++) {
      const visible = (await target.count()) > 0 ? await target.boundingBox() : null;
      if (visible && visible.y > 200 && visible.y < 1000) break;
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(50);
    }
    const end = await target.boundingBox();
    if (!end) throw new Error('Task 31.3 never came on screen');
    // On the upper half of Task 31.3: before it.
    await page.mouse.move(end.x + end.width / 2, end.y + 4, { steps: 10 });
    await page.mouse.move(end.x + end.width / 2 + 1, end.y + 4, { steps: 1 });
    await expect.poll(() => outcome(page, 'Outcome 31').locator('.activity-card--insert-before').innerText()).toContain('Task 31.3');
    await page.mouse.up();
    await expect.poll(() => activityTitles(outcome(page, 'Outcome 31'))).toEqual(['Task 31.1', 'Task 31.2', 'Task 1.1', ...Array.from({ length: 10 }, (_, k) => `Task 31.${String(k + 3)}`)]);
    await saved(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await outcome(page, 'Outcome 31').scrollIntoViewIfNeeded();
    await expect.poll(() => activityTitles(outcome(page, 'Outcome 31'))).toContain('Task 1.1');
    await expect(activityTitles(outcome(page, 'Outcome 31')).then((titles) => titles.indexOf('Task 1.1'))).resolves.toBe(2);
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    await expect.poll(() => activityTitles(outcome(page, 'Outcome 1'))).not.toContain('Task 1.1');
    expect(problems).toEqual([]);
  });

  it('hops an activity by keyboard into a far card, before its last activity, and saves it', async () => {
    const { page, problems } = await openBigBoard();
    await expect(isShell(page, 'Outcome 33')).resolves.toBe(true);
    await pickUp(page, 'Task 2.4');
    // Right arrow: the end of the next outcome, one by one, scrolling as it goes.
    for (let o = 3; o <= 33; o++) await expect(dragKey(page, 'ArrowRight')).resolves.toContain(`Task 2.4 is over Outcome ${String(o)}, position 13 of 13`);
    // Up: before that card's last activity (whose list was not mounted when the drag began).
    await expect(dragKey(page, 'ArrowUp')).resolves.toContain('Task 2.4 is over Outcome 33, position 12 of 13');
    await expect(outcome(page, 'Outcome 33').locator('.activity-card--insert-before').innerText()).resolves.toContain('Task 33.12');
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toBe('Task 2.4 moved to Outcome 33, position 12 of 13.');
    await expect(activityTitles(outcome(page, 'Outcome 33')).then((titles) => titles.slice(-3))).resolves.toEqual(['Task 33.11', 'Task 2.4', 'Task 33.12']);
    await saved(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await outcome(page, 'Outcome 33').scrollIntoViewIfNeeded();
    await expect.poll(() => activityTitles(outcome(page, 'Outcome 33')).then((titles) => titles.slice(-3))).toEqual(['Task 33.11', 'Task 2.4', 'Task 33.12']);
    expect(problems).toEqual([]);
  });

  it('hops an activity by keyboard to the end of each next outcome of a huge board, and drops it where it last said', async () => {
    // 200 outcomes, 10,000 activities. Each hop mounts the target's list and scrolls to it; the
    // cards and lists around fill in at their real heights after that, and the page moves under
    // the dragged activity (its scroll anchored in the people's column): the place it was over
    // changed, or it was over none, while the arrow had said another.
    const { page, problems, board } = await openBenchBoard('huge');
    const [first] = activitiesOf(board, board.outcomes[0]?.id ?? null);
    if (!first) throw new Error('the first outcome has no activity');
    await pickUp(page, first.title);
    const hops = 16;
    for (let hop = 1; hop <= hops; hop++) {
      const target = board.outcomes[hop];
      if (!target) throw new Error('too few outcomes');
      const end = activitiesOf(board, target.id).length + 1;
      const over = `${first.title} is over ${target.title}, position ${String(end)} of ${String(end)}.`;
      await expect(dragKey(page, 'ArrowRight')).resolves.toBe(over);
      // And it stays there while the page around it settles, drawn over the line where it would go
      // (how long the settling takes depends on the machine's load: polled, not a fixed wait).
      await page.waitForTimeout(300);
      await expect
        .poll(() =>
          page.evaluate(() => {
            const middle = (rect: DOMRect | undefined) => (rect ? rect.top + rect.height / 2 : Number.NaN);
            const preview = document.querySelector('.drag-preview')?.getBoundingClientRect();
            const line = middle(document.querySelector('.drop-line')?.getBoundingClientRect());
            return Math.abs(line - middle(preview)) < (preview?.height ?? 0) / 2;
          }),
        )
        .toBe(true);
      await expect(lastAnnouncement(page)).resolves.toBe(over);
    }
    const target = board.outcomes[hops];
    if (!target) throw new Error('too few outcomes');
    const end = activitiesOf(board, target.id).length + 1;
    await page.screenshot({ path: 'test-results/screenshots/big-board-huge-keyboard-hops.png' });
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toBe(`${first.title} moved to ${target.title}, position ${String(end)} of ${String(end)}.`);
    await expect(activityTitles(outcome(page, target.title)).then((titles) => titles.at(-1))).resolves.toBe(first.title);
    await saved(page);
    expect(problems).toEqual([]);
  });

  it('hops an activity by keyboard to the end of a long parking lot and up through it one place at a time', async () => {
    // The large benchmark board: 60 outcomes, 140 parked activities. The hop mounts the parking
    // lot's last rows; the rows above, estimated from the outcome cards' shorter rows, grow as they
    // come near, and push the end down under the dragged activity.
    const { page, problems, board } = await openBenchBoard('large');
    const last = board.outcomes.at(-1);
    const parked = activitiesOf(board, null);
    const [dragged] = activitiesOf(board, last?.id ?? null);
    if (!last || !dragged) throw new Error('the last outcome has no activity');
    const count = parked.length + 1;
    // Its card, far down the board, fills in as focus comes to its handle.
    await page.getByRole('button', { name: `Move outcome ${last.title}`, exact: true }).focus();
    await pickUp(page, dragged.title);
    const over = (position: number) => `${dragged.title} is over Parking lot, position ${String(position)} of ${String(count)}.`;
    await expect(dragKey(page, 'ArrowRight')).resolves.toBe(over(count));
    await page.waitForTimeout(500);
    await expect(lastAnnouncement(page)).resolves.toBe(over(count));
    await expect(page.locator('.parking-lot .activity-card--insert-before').count()).resolves.toBe(0);
    // Up: one place at a time, none skipped, as the rows above fill in.
    for (let position = count - 1; position >= count - 25; position--) await expect(dragKey(page, 'ArrowUp')).resolves.toBe(over(position));
    await page.waitForTimeout(300);
    await expect(lastAnnouncement(page)).resolves.toBe(over(count - 25));
    await expect(page.locator('.parking-lot .activity-card--insert-before').innerText()).resolves.toContain(parked[count - 26]?.title);
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toBe(`${dragged.title} moved to Parking lot, position ${String(count - 25)} of ${String(count)}.`);
    await expect(neighboursOf(page, dragged.title)).resolves.toEqual([parked[count - 27]?.title, parked[count - 26]?.title]);
    await saved(page);
    expect(problems).toEqual([]);
  });

  it('makes a person the owner of a far outcome by keyboard', async () => {
    const { page, problems } = await openBigBoard();
    await expect(isShell(page, 'Outcome 40')).resolves.toBe(true);
    await pickUp(page, 'Person 1 Example');
    // Up from the start: back from the end of the board (the parking lot, then Outcome 40).
    let said = '';
    for (let i = 0; i < 40 && !said.includes('over the owner of Outcome 40'); i++) said = await dragKey(page, 'ArrowUp');
    expect(said).toContain('Person 1 Example is over the owner of Outcome 40');
    await page.keyboard.press('Space');
    await expect.poll(() => outcome(page, 'Outcome 40').getByText('Owner: Person 1 Example', { exact: true }).count()).toBe(1);
    await saved(page);
    expect(problems).toEqual([]);
  });

  // Find in page finds only the cards drawn near the screen (the board says so); the board's Find
  // goes through all of it, and to the one chosen, whose card was a shell far down.
  it('finds a far activity of the large board by name, and goes to it: drawn, on the screen, focused', async () => {
    const { page, problems, board } = await openBenchBoard('large');
    const far = board.outcomes.at(-2);
    const target = board.activities.find((activity) => activity.outcomeId === far?.id);
    if (!far || !target) throw new Error('the outcome before last has no activity');
    await expect(page.getByRole('button', { name: target.title, exact: true }).count()).resolves.toBe(0);
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find on this board' }).fill(target.title);
    await page.getByRole('list', { name: 'Matches' }).getByRole('button', { name: `${target.title} Activity in ${far.title}`, exact: true }).click();
    const button = page.getByRole('button', { name: target.title, exact: true });
    await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await button.boundingBox();
    expect(box && box.y > 0 && box.y + box.height <= 900).toBe(true);
    expect(problems).toEqual([]);
  });

  it('opens the people view of the large board laying out only the people near the screen, every person there to read and find', async () => {
    const { page, problems, board } = await openBenchBoard('large');
    await page.getByRole('button', { name: 'People view', exact: true }).click();
    const view = page.getByRole('main', { name: 'People view' });
    const last = board.people.at(-1);
    const assigned = board.activities.find((activity) => last && activity.assigneeIds.includes(last.id));
    if (!last || !assigned) throw new Error('the last person has no activity');
    const card = view.getByRole('region', { name: last.name, exact: true });
    const item = card.getByText(assigned.title, { exact: true });
    // Far below the screen, the last person's card is there (to a screen reader, to Find in page)
    // but not laid out: all 80 cards and their 3,000 items were, when the view opened.
    await expect(item.count()).resolves.toBe(1);
    const laidOut = () => item.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
    await expect(laidOut()).resolves.toBe(false);
    await card.scrollIntoViewIfNeeded();
    await expect.poll(laidOut).toBe(true);
    await expect(item.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/big-board-people-view-end.png' });
    expect(problems).toEqual([]);
  });

  it('moves an outcome by keyboard to a far place (whose card was not a drop target yet)', async () => {
    const { page, problems } = await openBigBoard();
    await pickUp(page, 'Move outcome Outcome 1', 'Outcome 1');
    for (let place = 2; place <= 36; place++) await expect(dragKey(page, 'ArrowRight')).resolves.toContain(`Outcome 1 is over position ${String(place)} of ${String(OUTCOMES)}`);
    await page.keyboard.press('Space');
    const order = page.getByRole('list', { name: 'Outcomes on this board' }).locator('h2');
    await expect.poll(() => order.allInnerTexts().then((titles) => titles.indexOf('Outcome 1'))).toBe(35);
    await saved(page);
    expect(problems).toEqual([]);
  });
});

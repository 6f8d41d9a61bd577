/** What the end-to-end tests do the way a person does: open the app, drag with the mouse, read. */
import type { Browser, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { watch, type WatchedPage } from './browser';

/** `beforeApp`, if given, runs in the page before the app's own scripts (a stand-in for the desktop shell's preload). */
export async function openBoard(browser: Browser, viewport = { width: 1440, height: 1300 }, beforeApp?: () => void): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport });
  if (beforeApp) await context.addInitScript(beforeApp);
  const watched = watch(await context.newPage());
  await watched.page.goto(inject('baseUrl'));
  await watched.page.getByRole('heading', { level: 1 }).waitFor();
  await watched.page.getByRole('region', { name: 'Outbound pipeline', exact: true }).waitFor();
  return watched;
}

export const outcome = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

/** Opens an outcome's editor as a person does, from its actions menu; gives the outcome's card. */
export async function openOutcomeEditor(page: Page, title: string): Promise<Locator> {
  await page.getByRole('button', { name: `Actions for outcome ${title}` }).click();
  await page.getByRole('button', { name: 'Edit outcome' }).click();
  return outcome(page, title);
}

/** Presses, moves in many small steps (as a hand does), releases. */
export async function mouseDrag(page: Page, from: Locator, to: Locator, options: { steps?: number; targetY?: 'center' | 'top' | 'bottom'; beforeDrop?: () => Promise<void> } = {}) {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('drag source or target is not visible');
  const sx = start.x + start.width / 2;
  const sy = start.y + start.height / 2;
  const ex = end.x + end.width / 2;
  // Big targets (outcome cards) are aimed at near their top, where a person would, and so that
  // the point is on screen.
  const middle = end.y + Math.min(end.height / 2, 40);
  const ey = options.targetY === 'top' ? end.y + 4 : options.targetY === 'bottom' ? end.y + end.height - 4 : middle;
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  await page.mouse.move(sx + 8, sy + 8, { steps: 2 });
  await page.mouse.move(ex, ey, { steps: options.steps ?? 20 });
  await page.mouse.move(ex + 1, ey, { steps: 1 });
  if (options.beforeDrop) await options.beforeDrop();
  await page.mouse.up();
  // dnd-kit swallows the click that immediately follows a drop (so a drop is not also a click);
  // a person's next click comes later than that.
  await page.waitForTimeout(120);
}

/** The titles of the activities listed in a region, in order. */
export async function activityTitles(region: Locator): Promise<string[]> {
  return region.locator('.activity-card__title').allInnerTexts();
}

/** The text dnd-kit's live region announced last. */
export async function lastAnnouncement(page: Page): Promise<string> {
  return page.locator('#board-drag-announcer').innerText();
}

/** Focuses a draggable and picks it up with Space, waiting as a person would for the pick-up. */
export async function pickUp(page: Page, name: string, announced = name): Promise<void> {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => lastAnnouncement(page)).toContain(announced);
}

/** Presses a key during a keyboard drag and waits for the announcement that follows it. */
export async function dragKey(page: Page, key: string): Promise<string> {
  const before = await lastAnnouncement(page);
  await page.keyboard.press(key);
  await expect.poll(() => lastAnnouncement(page)).not.toBe(before);
  return lastAnnouncement(page);
}

/**
 * Chooses in the focused dropdown as a keyboard user does: a letter opens its list (it no longer
 * chooses on a closed one), the name is typed in the open list, Enter takes it.
 */
export async function chooseByTyping(page: Page, text: string): Promise<void> {
  await page.keyboard.press(text.charAt(0));
  await expect.poll(() => page.evaluate(() => document.activeElement?.matches(':open') ?? false)).toBe(true);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Whether the element `target` finds has keyboard focus. */
export const hasFocus = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** The focused element, as a person hears it: its accessible label or its text ("the page" for none). */
export const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the page';
    return element.getAttribute('aria-label') ?? element.textContent.trim();
  });

/**
 * From "Skip to: The board" (focused), on to its "Parking lot" and in: the next Tab reaches the
 * sample board's parking-lot activity, not every person and outcome before it.
 */
export async function skipIntoParkingLot(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(focusedName(page)).resolves.toBe('Parking lot');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(focusedName(page)).resolves.toBe('Done: Update the CRM');
}

/**
 * Answers every prompt the page raises as it is left (closed, reloaded) with "stay", as a person
 * who did not mean to leave; returns the kinds of dialog seen so far ('beforeunload').
 */
export function stayWhenAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  return asked;
}

/** Reloads the page as the browser's reload does: the page may ask first (see stayWhenAsked). */
export async function reload(page: Page): Promise<void> {
  await page.evaluate(() => {
    location.reload();
  });
}

/** What the end-to-end tests do the way a person does: open the app, drag with the mouse, read. */
import type { Browser, Locator, Page } from 'playwright-core';
import { expect, inject, onTestFinished } from 'vitest';
import { browserBehind, keptOpen, watch, type WatchedPage } from './browser';

/**
 * A test's page, handed on to the next test that opens the app at the same window size once its
 * test has passed: a fresh context and page cost a new renderer process (~0.25 s of CPU here) and
 * the app's first start in it (~0.7 s, ~0.45 s in a page that has run it before), a third of an
 * average end-to-end test's CPU. Between tests the page leaves the app for a page of the same origin
 * that runs nothing, the app's storage is deleted there, and the page's listeners, pointer and
 * keys are reset, so the next test starts as on a fresh profile. A page is not handed on when its
 * test changed what outlives a navigation: scripts run before the app, routes, the clock,
 * permissions, emulated media or window size, a DevTools session, or another page in its context.
 */
interface Handed {
  readonly page: Page;
  readonly size: string;
}

/**
 * Browsers whose pages are never handed on: a window on a screen (Xvfb) keeps what a headless
 * page does not, past a navigation: full screen, its focus, its place among the windows.
 */
const inWindows = new WeakSet<Browser>();
/** Every test's openBoard in this browser gets a page of its own. */
export function freshPagesOnly(browser: Browser): void {
  inWindows.add(browserBehind(browser));
}

/** Pages ready for another test, of each browser (the one behind the files' handles). */
const spare = new WeakMap<Browser, Handed[]>();
const sizeKey = (viewport: { width: number; height: number }) => `${String(viewport.width)}x${String(viewport.height)}`;

/** What outlives a navigation (on a page, its context, or both): calling any of these keeps the page from the next test. */
const BOTH_LASTING = ['addInitScript', 'route', 'routeFromHAR', 'routeWebSocket', 'exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders'] as const;
const PAGE_LASTING = [...BOTH_LASTING, 'emulateMedia', 'setViewportSize'] as const;
const CONTEXT_LASTING = [...BOTH_LASTING, 'grantPermissions', 'clearPermissions', 'setOffline', 'setGeolocation', 'setHTTPCredentials', 'newCDPSession', 'newPage'] as const;
const CLOCK_LASTING = ['install', 'fastForward', 'pauseAt', 'resume', 'runFor', 'setFixedTime', 'setSystemTime'] as const;

const marked = new WeakSet<Page>();

/** Marks the page as not to be handed on once any of `names` is called on `target`. */
function markOnCall(page: Page, target: object, names: readonly string[]): void {
  const methods = target as Record<string, unknown>;
  for (const name of names) {
    const original = methods[name];
    if (typeof original !== 'function') continue;
    methods[name] = (...args: unknown[]): unknown => {
      marked.add(page);
      return (original as (...a: unknown[]) => unknown).apply(target, args);
    };
  }
}

/** Leaves the app for a page of its origin that runs nothing, and deletes the app's storage there. */
async function resetForNextTest(page: Page): Promise<boolean> {
  page.removeAllListeners();
  // The app may ask before it is left (typing not saved): leave all the same.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(new URL('openboard-handover.txt', inject('baseUrl')).href);
  await page.mouse.move(0, 0);
  await page.mouse.up();
  for (const key of ['Shift', 'Control', 'Alt', 'Meta']) await page.keyboard.up(key);
  const deleted = await page.evaluate(async () => {
    // What the app keeps outside its database (the theme chosen, app/theme.ts) goes too.
    localStorage.clear();
    const names = (await indexedDB.databases()).flatMap((database) => (database.name === undefined ? [] : [database.name]));
    // A deletion another connection holds up (a page kept for the back button is let go when
    // asked) is given five seconds; then the page is not handed on.
    const results = await Promise.all(
      names.map(
        (name) =>
          new Promise<boolean>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => {
              resolve(true);
            };
            request.onerror = () => {
              resolve(false);
            };
            setTimeout(() => {
              resolve(false);
            }, 5000);
          }),
      ),
    );
    return results.every(Boolean) && (await indexedDB.databases()).length === 0;
  });
  page.removeAllListeners();
  return deleted;
}

/** Hands the page on to the next test if it may be, else closes its context. */
async function handOver(browser: Browser, handed: Handed, passed: boolean): Promise<void> {
  const { page } = handed;
  const context = page.context();
  if (page.isClosed()) {
    await context.close().catch(() => undefined);
    return;
  }
  const shared = browserBehind(browser);
  const reusable = passed && !inWindows.has(shared) && !marked.has(page) && context.pages().length === 1;
  if (reusable && (await resetForNextTest(page).catch(() => false))) {
    spare.set(shared, [...(spare.get(shared) ?? []), handed]);
    keptOpen.add(context);
    return;
  }
  await context.close().catch(() => undefined);
}

async function freshPage(browser: Browser, viewport: { width: number; height: number }, beforeApp?: () => void): Promise<Page> {
  const context = await browser.newContext({ viewport });
  if (beforeApp) await context.addInitScript(beforeApp);
  const page = await context.newPage();
  markOnCall(page, page, PAGE_LASTING);
  markOnCall(page, context, CONTEXT_LASTING);
  markOnCall(page, context.clock, CLOCK_LASTING);
  if (beforeApp) marked.add(page);
  return page;
}

/** A page handed on at this window size, if there is one (taken from the spares). */
function takeSpare(browser: Browser, size: string): Page | undefined {
  const shared = browserBehind(browser);
  const pages = (spare.get(shared) ?? []).filter((handed) => !handed.page.isClosed());
  const index = pages.findIndex((handed) => handed.size === size);
  const [taken] = index < 0 ? [] : pages.splice(index, 1);
  spare.set(shared, pages);
  if (taken) keptOpen.delete(taken.page.context());
  return taken?.page;
}

/** `beforeApp`, if given, runs in the page before the app's own scripts (a stand-in for the desktop shell's preload). */
export async function openBoard(browser: Browser, viewport = { width: 1440, height: 1300 }, beforeApp?: () => void): Promise<WatchedPage> {
  const size = sizeKey(viewport);
  const page = (beforeApp ? undefined : takeSpare(browser, size)) ?? (await freshPage(browser, viewport, beforeApp));
  onTestFinished(async ({ task }) => {
    await handOver(browser, { page, size }, task.result?.state === 'pass');
  });
  const watched = watch(page);
  await page.goto(inject('baseUrl'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('region', { name: 'Outbound pipeline', exact: true }).waitFor();
  return watched;
}

export const outcome = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

/** Opens an outcome's editor as a person does, from its actions menu; gives the outcome's card. */
export async function openOutcomeEditor(page: Page, title: string): Promise<Locator> {
  await page.getByRole('button', { name: `Actions for outcome ${title}` }).click();
  await page.getByRole('button', { name: 'Edit outcome' }).click();
  return outcome(page, title);
}

/**
 * Present, as the toolbar's button starts it. Headless Chromium stops producing frames around real
 * full-screen transitions, so the request is refused, as an embedded or locked-down browser does:
 * presenting works without it.
 */
export async function present(page: Page): Promise<void> {
  await page.evaluate(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new Error('Full screen is not allowed here.'));
  });
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
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

/** Drops `person` by keyboard on the owner of `title` (Space, → to each outcome's owner in turn, Space). */
export async function ownerByKeyboard(page: Page, person: string, title: string): Promise<void> {
  await pickUp(page, person);
  for (let step = 0; step < 6 && !(await dragKey(page, 'ArrowRight')).includes(`owner of ${title}.`); step++);
  await page.keyboard.press('Space');
}

/** How many outcome cards show each of `parts` (selectors inside a card) whole on the screen. */
export const cardsShowingInSight = (page: Page, parts: readonly string[]) =>
  page.evaluate((selectors) => {
    const inSight = (element: Element | null) => {
      const box = element?.getBoundingClientRect();
      return box !== undefined && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    };
    return [...document.querySelectorAll('section[data-outcome-id]')].filter((card) => selectors.every((selector) => inSight(card.querySelector(selector)))).length;
  }, parts);

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

/**
 * Starts keeping every text given from now on to a live region a screen reader hears, in order, as
 * it is told of it: the notices' ('notices': polite regions but the save status), or every one
 * ('every': the drag announcer too).
 */
export async function recordSaid(page: Page, which: 'notices' | 'every' = 'notices'): Promise<() => Promise<string[]>> {
  await page.evaluate((noticesOnly) => {
    const said: string[] = [];
    (window as unknown as { saidAloud: string[] }).saidAloud = said;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          const live = (node instanceof Element ? node : node.parentElement)?.closest(noticesOnly ? '[aria-live="polite"]' : '[aria-live]');
          const heard = noticesOnly ? !live?.closest('[aria-label="Save status"]') : live?.getAttribute('aria-live') !== 'off';
          if (live && heard) said.push(node.textContent ?? '');
        }
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, which === 'notices');
  return () => page.evaluate(() => (window as unknown as { saidAloud: string[] }).saidAloud.slice());
}

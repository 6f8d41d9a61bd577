/**
 * The board on a touch wall (a Surface Hub, a Promethean board, a touch laptop), with fingers:
 * real touch input through the DevTools protocol (Playwright's touchscreen only taps), in a
 * Chromium that reports a touch screen. As in Trello or an iOS list, a swipe scrolls, even one that
 * starts on an activity or a person, and a press held still for a moment picks the item up; an
 * outcome's ⠿ handle drags at once. Finger drags of activities, people and outcomes; swipes that
 * scroll; taps that stay taps; and a second finger on the screen during a drag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR, watch, type WatchedPage } from './browser';
import { activityTitles, lastAnnouncement, outcome, present } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** A little longer than the board's press-and-hold (pointerSensor.ts), as a person holds. */
const HOLD_MS = 350;

interface Point {
  readonly x: number;
  readonly y: number;
}

/** Fingers on the screen: each down, move and lift is one touch event, as the wall sends them. */
class Fingers {
  private readonly down = new Map<number, Point>();

  constructor(private readonly cdp: CDPSession) {}

  private send(type: 'touchStart' | 'touchMove' | 'touchEnd', points: ReadonlyMap<number, Point>) {
    return this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: [...points].map(([id, p]) => ({ id, x: p.x, y: p.y })) });
  }

  async press(id: number, at: Point): Promise<void> {
    this.down.set(id, at);
    await this.send('touchStart', this.down);
  }

  async move(id: number, to: Point): Promise<void> {
    this.down.set(id, to);
    await this.send('touchMove', this.down);
  }

  /** Moves in even steps, a frame apart, as a hand does. */
  async slide(id: number, to: Point, steps = 20): Promise<void> {
    const from = this.down.get(id);
    if (!from) throw new Error(`finger ${id} is not on the screen`);
    for (let i = 1; i <= steps; i++) {
      await this.move(id, { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
  }

  /** Keeps the finger still for longer than the hold that picks an item up (250 ms). */
  async hold(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
  }

  async lift(id: number): Promise<void> {
    const at = this.down.get(id);
    if (!at) return;
    this.down.delete(id);
    await this.send('touchEnd', new Map([[id, at]]));
  }
}

interface TouchBoard extends WatchedPage {
  readonly fingers: Fingers;
}

/** The sample board in a window with a touch screen (and a mouse: a wall display has both). */
async function openTouchBoard(viewport = { width: 1440, height: 900 }): Promise<TouchBoard> {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: false });
  const watched = watch(await context.newPage());
  await watched.page.goto(inject('baseUrl'));
  await watched.page.getByRole('region', { name: 'Outbound pipeline', exact: true }).waitFor();
  return { ...watched, fingers: new Fingers(await context.newCDPSession(watched.page)) };
}

async function middleOf(target: Locator): Promise<Point> {
  const box = await target.boundingBox();
  if (!box) throw new Error('not on the screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where a person puts a finger on a big target (an outcome card): near its top, on the screen. */
async function nearTopOf(target: Locator): Promise<Point> {
  const box = await target.boundingBox();
  if (!box) throw new Error('not on the screen');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 40) };
}

/** One finger presses on `from`, holds it there, slides to `to` in about 20 moves, and lifts. */
async function fingerDrag(page: Page, fingers: Fingers, from: Locator | Point, to: Locator | Point, beforeLift?: () => Promise<void>): Promise<void> {
  const start = 'x' in from ? from : await middleOf(from);
  const end = 'x' in to ? to : await nearTopOf(to);
  await fingers.press(1, start);
  await fingers.hold();
  await fingers.slide(1, end);
  if (beforeLift) await beforeLift();
  await fingers.lift(1);
  // As after a mouse drop (helpers.ts mouseDrag): the next touch comes later than dnd-kit's
  // swallowing of the click that follows a drop.
  await page.waitForTimeout(120);
}

const scrolled = (page: Page) => page.evaluate(() => window.scrollY);
const scrollToTop = (page: Page) =>
  page.evaluate(() => {
    window.scrollTo(0, 0);
  });

const ownerOf = (page: Page, title: string) => outcome(page, title).locator('.owner-slot__label').innerText();
const outcomeOrder = (page: Page) => page.getByRole('list', { name: 'Outcomes on this board' }).locator('h2').allInnerTexts();

describe('dragging with a finger', () => {
  it('drags an activity into another outcome, and the move is saved', async () => {
    const { page, fingers, problems } = await openTouchBoard();
    const proposal = outcome(page, 'Write the proposal');
    await fingerDrag(page, fingers, page.getByRole('button', { name: 'Run the campaign', exact: true }), proposal, async () => {
      await expect(proposal.evaluate((el) => el.classList.contains('outcome-card--drop-target'))).resolves.toBe(true);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'touch-drag-activity.png') });
    });
    await expect(activityTitles(proposal)).resolves.toEqual(['Run the campaign']);
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Schedule the calls']);
    await expect(lastAnnouncement(page)).resolves.toBe('Run the campaign moved to Write the proposal, position 1 of 1.');
    await page.getByRole('status', { name: 'Save status' }).getByText('Saved').waitFor();
    await page.reload();
    await outcome(page, 'Write the proposal').getByRole('button', { name: 'Run the campaign', exact: true }).waitFor();
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Schedule the calls']);
    expect(problems).toEqual([]);
  });

  it('reorders an activity within its list', async () => {
    const { page, fingers } = await openTouchBoard();
    const pipeline = outcome(page, 'Outbound pipeline');
    const campaign = await pipeline.getByRole('button', { name: 'Run the campaign', exact: true }).boundingBox();
    if (!campaign) throw new Error('not on the screen');
    // On the upper edge of the first activity: before it.
    await fingerDrag(page, fingers, pipeline.getByRole('button', { name: 'Schedule the calls', exact: true }), { x: campaign.x + campaign.width / 2, y: campaign.y + 4 });
    await expect(activityTitles(pipeline)).resolves.toEqual(['Schedule the calls', 'Run the campaign']);
  });

  it('drops a person on an owner slot, and on an activity to assign them', async () => {
    const { page, fingers, problems } = await openTouchBoard();
    const deals = outcome(page, 'Deals closed');
    await fingerDrag(page, fingers, page.getByRole('button', { name: 'Leo Fischer', exact: true }), deals.getByText('No owner', { exact: true }), async () => {
      await expect(deals.locator('.owner-slot').evaluate((el) => el.classList.contains('owner-slot--target'))).resolves.toBe(true);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'touch-drag-person.png') });
    });
    await expect(ownerOf(page, 'Deals closed')).resolves.toBe('Owner: Leo Fischer');
    await expect(lastAnnouncement(page)).resolves.toBe('Leo Fischer is now the owner of Deals closed.');

    // Schedule the calls sits near the window's lower edge, where the board scrolls under a dragged
    // item (the drop missed it when a move came late): a person scrolls it into the middle first.
    await page.evaluate(() => {
      window.scrollTo(0, 150);
    });
    await fingerDrag(page, fingers, page.getByRole('button', { name: 'Priya Nair', exact: true }), await middleOf(page.getByRole('button', { name: 'Schedule the calls', exact: true })));
    await expect(outcome(page, 'Outbound pipeline').getByRole('img', { name: 'Assigned to Sam Okafor and Priya Nair' }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('holding a title still picks the activity up before the finger moves; the page then stays put while it is carried, and the drop is one undo step', async () => {
    const { page, fingers, problems } = await openTouchBoard();
    await page.evaluate(() => {
      window.scrollTo(0, 100);
    });
    const preview = page.locator('.drag-preview');
    const from = await middleOf(page.getByRole('button', { name: 'Run the campaign', exact: true }));
    await fingers.press(1, from);
    await fingers.hold();
    // Picked up where it lay: the preview lifts off the card and the card fades, the finger still.
    await expect.poll(() => preview.count()).toBe(1);
    await expect(page.locator('.activity-card--dragging').count()).resolves.toBe(1);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'touch-hold-picked-up.png') });
    // Carried down: a swipe down would scroll the page back up; the drag has the finger now.
    await fingers.slide(1, { x: from.x, y: from.y + 120 }, 8);
    await expect(scrolled(page)).resolves.toBe(100);
    await expect(preview.count()).resolves.toBe(1);
    // Onto the empty card's "Drop activities here.", in the middle of the screen. Not its top: with the
    // page scrolled, that lies in the top fifth of the window, where a drag held still scrolls the page
    // up (dnd-kit's auto-scroll, as a person expects): on a busy machine the lift came after the card
    // had moved down from under the finger, and the drop landed nowhere ("dropped where it was").
    await fingers.slide(1, await middleOf(outcome(page, 'Write the proposal').getByText('Drop activities here.')));
    await fingers.lift(1);
    await expect.poll(() => activityTitles(outcome(page, 'Write the proposal'))).toEqual(['Run the campaign']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it("an outcome's ⠿ handle drags at once, with no hold", async () => {
    const { page, fingers } = await openTouchBoard();
    await fingers.press(1, await middleOf(page.getByRole('button', { name: 'Move outcome Write the proposal' })));
    await fingers.slide(1, await nearTopOf(outcome(page, 'Outbound pipeline')));
    await fingers.lift(1);
    await expect.poll(() => outcomeOrder(page)).toEqual(['Write the proposal', 'Outbound pipeline', 'Deals closed', 'Forecast accuracy']);
  });

  it("reorders outcomes by an outcome's handle", async () => {
    const { page, fingers } = await openTouchBoard();
    await fingerDrag(page, fingers, page.getByRole('button', { name: 'Move outcome Write the proposal' }), outcome(page, 'Outbound pipeline'));
    await expect(outcomeOrder(page)).resolves.toEqual(['Write the proposal', 'Outbound pipeline', 'Deals closed', 'Forecast accuracy']);
  });

  it('a drag that ends where nothing can take it changes nothing', async () => {
    const { page, fingers } = await openTouchBoard();
    const header = await middleOf(page.getByRole('heading', { level: 1 }));
    await fingerDrag(page, fingers, page.getByRole('button', { name: 'Run the campaign', exact: true }), header);
    await expect(lastAnnouncement(page)).resolves.toBe('Run the campaign was dropped where it was.');
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
  });
});

describe('swipes and taps', () => {
  it("a swipe up on an outcome's text or title scrolls the page and changes nothing", async () => {
    const { page, fingers } = await openTouchBoard();
    for (const place of [page.getByText('Nobody is accountable for it.'), outcome(page, 'Deals closed').getByRole('heading', { name: 'Deals closed' })]) {
      await scrollToTop(page);
      const from = await middleOf(place);
      await fingers.press(1, from);
      await fingers.slide(1, { x: from.x, y: from.y - 250 });
      await fingers.lift(1);
      await expect.poll(() => scrolled(page)).toBeGreaterThan(200);
    }
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    await expect(page.locator('.drag-preview').count()).resolves.toBe(0);
  });

  it("a swipe that starts on an activity's title or a person's chip scrolls the page and picks nothing up", async () => {
    const { page, fingers, problems } = await openTouchBoard();
    const preview = page.locator('.drag-preview');
    for (const place of [page.getByRole('button', { name: 'Run the campaign', exact: true }), page.getByRole('button', { name: 'Leo Fischer', exact: true })]) {
      await scrollToTop(page);
      const from = await middleOf(place);
      await fingers.press(1, from);
      await fingers.slide(1, { x: from.x, y: from.y - 250 });
      await expect(preview.count()).resolves.toBe(0);
      await fingers.lift(1);
      await expect.poll(() => scrolled(page)).toBeGreaterThan(200);
    }
    await page.waitForTimeout(120);
    await expect(preview.count()).resolves.toBe(0);
    await expect(page.locator('.activity-card--dragging, .person-card--dragging').count()).resolves.toBe(0);
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('taps stay taps: a title takes focus, the checkbox ticks, the actions menu opens', async () => {
    const { page, fingers } = await openTouchBoard();
    const tap = async (target: Locator) => {
      const at = await middleOf(target);
      await fingers.press(1, at);
      await page.waitForTimeout(60);
      await fingers.lift(1);
    };
    await tap(page.getByRole('button', { name: 'Run the campaign', exact: true }));
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Run the campaign');
    await expect(page.locator('.drag-preview').count()).resolves.toBe(0);
    await tap(page.getByRole('checkbox', { name: 'Done: Run the campaign' }));
    await expect.poll(() => page.getByRole('checkbox', { name: 'Done: Run the campaign' }).isChecked()).toBe(true);
    await tap(page.getByRole('button', { name: 'Actions for Run the campaign' }));
    await page.getByRole('button', { name: 'Rename' }).waitFor();
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
  });
});

describe('a second finger during a drag', () => {
  /** Finger 1 takes Run the campaign halfway to Write the proposal (over Deals closed) and stays down. */
  async function halfway(page: Page, fingers: Fingers): Promise<Point> {
    const from = await middleOf(page.getByRole('button', { name: 'Run the campaign', exact: true }));
    const to = await nearTopOf(outcome(page, 'Write the proposal'));
    await fingers.press(1, from);
    await fingers.hold();
    await fingers.slide(1, { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }, 10);
    await expect.poll(() => lastAnnouncement(page)).toContain('Run the campaign is over Deals closed');
    return to;
  }

  /** Finger 2 touches `on`, moves a little and lifts; `whileDown` runs before it lifts. */
  async function secondFinger(page: Page, fingers: Fingers, on: Locator, whileDown?: () => Promise<void>): Promise<void> {
    const at = await middleOf(on);
    await fingers.press(2, at);
    await fingers.slide(2, { x: at.x, y: at.y + 40 }, 5);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'touch-second-finger.png') });
    if (whileDown) await whileDown();
    await fingers.lift(2);
  }

  it("another finger's touch, moves and lift leave the drag under the first finger", async () => {
    const { page, fingers } = await openTouchBoard();
    const to = await halfway(page, fingers);
    // On Write the proposal: the dragged item jumped there, and the lift dropped it there.
    await secondFinger(page, fingers, outcome(page, 'Write the proposal').getByText('Drop activities here.'));
    await expect(lastAnnouncement(page)).resolves.toContain('Run the campaign is over Deals closed');
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    await expect(page.locator('.drag-preview').count()).resolves.toBe(1);
    await fingers.slide(1, to, 10);
    await fingers.lift(1);
    await expect.poll(() => activityTitles(outcome(page, 'Write the proposal'))).toEqual(['Run the campaign']);
    await expect(activityTitles(outcome(page, 'Deals closed'))).resolves.toEqual(['Write the proposal']);
  });

  it('another finger pressing a draggable item neither takes over the drag nor breaks it', async () => {
    const { page, fingers, problems } = await openTouchBoard();
    const to = await halfway(page, fingers);
    const preview = page.locator('.drag-preview');
    const before = await preview.boundingBox();
    // A person's chip: the preview jumped onto it, and the drop then did nothing.
    await secondFinger(page, fingers, page.getByRole('button', { name: 'Maya Chen', exact: true }), async () => {
      await expect(preview.boundingBox({ timeout: 1000 })).resolves.toEqual(before);
    });
    await expect(lastAnnouncement(page)).resolves.toContain('Run the campaign is over Deals closed');
    await expect(preview.count()).resolves.toBe(1);
    await fingers.slide(1, to, 10);
    await fingers.lift(1);
    await expect.poll(() => activityTitles(outcome(page, 'Write the proposal'))).toEqual(['Run the campaign']);
    await expect(lastAnnouncement(page)).resolves.toBe('Run the campaign moved to Write the proposal, position 1 of 1.');
    expect(problems).toEqual([]);
  });
});

describe('a pen', () => {
  /**
   * A pen on the page: its press, moves and lift through the DevTools protocol, pointer events of
   * type "pen", all through one session. A session opened and closed for each event took so long
   * on a loaded machine that the "quick" stroke's first move came after the hold time (a CI failed
   * so: the stroke picked the title up).
   */
  async function penOn(page: Page): Promise<(type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', at: Point) => Promise<void>> {
    const cdp = await page.context().newCDPSession(page);
    return async (type, at) => {
      await cdp.send('Input.dispatchMouseEvent', { type, x: at.x, y: at.y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1, pointerType: 'pen' });
    };
  }

  it('is held like a finger: a quick stroke over a title picks nothing up, a held one carries it', async () => {
    const { page, problems } = await openTouchBoard();
    const title = page.getByRole('button', { name: 'Run the campaign', exact: true });
    const from = await middleOf(title);
    const pen = await penOn(page);
    await pen('mousePressed', from);
    for (let i = 1; i <= 5; i++) await pen('mouseMoved', { x: from.x, y: from.y + 10 * i });
    await expect(page.locator('.drag-preview').count()).resolves.toBe(0);
    await pen('mouseReleased', { x: from.x, y: from.y + 50 });
    await page.waitForTimeout(120);

    const to = await nearTopOf(outcome(page, 'Write the proposal'));
    await pen('mousePressed', from);
    await page.waitForTimeout(HOLD_MS);
    await expect.poll(() => page.locator('.drag-preview').count()).toBe(1);
    for (let i = 1; i <= 10; i++) await pen('mouseMoved', { x: from.x + ((to.x - from.x) * i) / 10, y: from.y + ((to.y - from.y) * i) / 10 });
    await pen('mouseReleased', to);
    await expect.poll(() => activityTitles(outcome(page, 'Write the proposal'))).toEqual(['Run the campaign']);
    expect(problems).toEqual([]);
  });
});

describe('presenting on a touch wall', () => {
  it("an outcome's ⠿ handle is a finger-sized target (44 × 44 CSS px) that reorders by finger", async () => {
    const { page, fingers, problems } = await openTouchBoard({ width: 1920, height: 1080 });
    await present(page);
    const handle = page.getByRole('button', { name: 'Move outcome Write the proposal' });
    const box = await handle.boundingBox();
    if (!box) throw new Error('not on the screen');
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    // All of it is the handle's: a finger near its corners still lands on it (not the title).
    const topLeft = { x: box.x + 2, y: box.y + 2 };
    const bottomRight = { x: box.x + box.width - 2, y: box.y + box.height - 2 };
    for (const corner of [topLeft, bottomRight]) {
      await expect(page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-drag-outcome]') !== null, corner)).resolves.toBe(true);
    }
    await fingerDrag(page, fingers, bottomRight, outcome(page, 'Outbound pipeline'));
    await expect(outcomeOrder(page)).resolves.toEqual(['Write the proposal', 'Outbound pipeline', 'Deals closed', 'Forecast accuracy']);
    expect(problems).toEqual([]);
  });
});

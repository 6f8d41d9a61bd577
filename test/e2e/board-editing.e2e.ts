/**
 * The workshop on the wall: activities dragged into outcomes with the mouse and the keyboard,
 * people dropped on owner slots (one owner, replaced with an undo), verdicts that change live,
 * undo/redo from keys and buttons, and presentation mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { activityTitles, dragKey, focusedName, hasFocus, lastAnnouncement, mouseDrag, openBoard, openOutcomeEditor, outcome, pickUp, present, stayWhenAsked } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('dragging activities', () => {
  it('drags an activity from the parking lot into an outcome with the mouse', async () => {
    const { page, problems } = await openBoard(browser);
    const target = outcome(page, 'Forecast accuracy');
    await mouseDrag(page, page.getByRole('button', { name: 'Update the CRM', exact: true }), target, {
      beforeDrop: async () => {
        await expect(target.evaluate((el) => el.classList.contains('outcome-card--drop-target'))).resolves.toBe(true);
        await page.screenshot({ path: join(SCREENSHOT_DIR, 'drag-in-progress.png') });
      },
    });
    await expect(activityTitles(target)).resolves.toEqual(['Update the CRM']);
    await expect(activityTitles(page.getByRole('region', { name: 'Parking lot' }))).resolves.toEqual([]);
    await expect(page.getByRole('region', { name: 'Health check' }).getByText('Update the CRM serves no outcome.').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  // Only the title was a handle: a press on the rest of the card picked nothing up, and the mouse
  // moved from there selected the text of half the board, from the card to the outcome aimed at.
  it('drags an activity by its card beside the title too (its assignees, its edge), selecting no text', async () => {
    const { page, problems } = await openBoard(browser);
    const pipeline = outcome(page, 'Outbound pipeline');
    const forecast = outcome(page, 'Forecast accuracy');
    const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '');
    await mouseDrag(page, pipeline.getByRole('img', { name: 'Assigned to Leo Fischer and Sam Okafor' }), forecast, {
      beforeDrop: async () => {
        await expect(forecast.evaluate((el) => el.classList.contains('outcome-card--drop-target'))).resolves.toBe(true);
        await expect(selected()).resolves.toBe('');
      },
    });
    await expect(activityTitles(forecast)).resolves.toEqual(['Run the campaign']);
    // By the card's right edge, beside its ⋯ button, into the parking lot.
    const card = forecast.locator('.activity-card').filter({ hasText: 'Run the campaign' });
    const edge = await card.boundingBox();
    const lot = await page.getByRole('region', { name: 'Parking lot' }).boundingBox();
    if (!edge || !lot) throw new Error('the card and the parking lot are on the screen');
    await page.mouse.move(edge.x + edge.width - 3, edge.y + edge.height / 2);
    await page.mouse.down();
    await page.mouse.move(lot.x + lot.width / 2, lot.y + 40, { steps: 20 });
    await expect(selected()).resolves.toBe('');
    await page.mouse.up();
    await expect(activityTitles(page.getByRole('region', { name: 'Parking lot' }))).resolves.toEqual(['Update the CRM', 'Run the campaign']);
    await expect(activityTitles(forecast)).resolves.toEqual([]);
    expect(problems).toEqual([]);
  });

  // The preview was placed over the title and moved with the mouse from there: picked up by the
  // assignees, the mouse was under it; by the foot of a card whose ⋯ is on a second line, 35 px to
  // its left and below it, holding nothing.
  it('keeps the preview under the mouse when an activity is picked up beside its title', async () => {
    const { page, problems } = await openBoard(browser);
    const pipeline = outcome(page, 'Outbound pipeline');
    const parked = page.getByRole('region', { name: 'Parking lot' }).locator('.activity-card').filter({ hasText: 'Update the CRM' });
    const crm = await parked.boundingBox();
    const avatars = await pipeline.getByRole('img', { name: 'Assigned to Leo Fischer and Sam Okafor' }).boundingBox();
    if (!crm || !avatars) throw new Error('the activities are on the screen');
    const presses = [
      { name: 'by the assignees', x: avatars.x + avatars.width / 2, y: avatars.y + avatars.height - 2 },
      { name: 'by the foot of the card, at its start', x: crm.x + 4, y: crm.y + crm.height - 4 },
    ];
    for (const press of presses) {
      await page.mouse.move(press.x, press.y);
      await page.mouse.down();
      const at = { x: press.x + 30, y: press.y + 20 };
      await page.mouse.move(at.x, at.y, { steps: 6 });
      const preview = await page.locator('.drag-preview').boundingBox();
      if (!preview) throw new Error(`no preview ${press.name}`);
      expect(at.x, press.name).toBeGreaterThanOrEqual(preview.x);
      expect(at.x, press.name).toBeLessThanOrEqual(preview.x + preview.width);
      expect(at.y, press.name).toBeGreaterThanOrEqual(preview.y);
      expect(at.y, press.name).toBeLessThanOrEqual(preview.y + preview.height);
      await page.keyboard.press('Escape');
      await page.mouse.up();
    }
    await expect(activityTitles(pipeline)).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    expect(problems).toEqual([]);
  });

  // The rim of the Done box is its label (a click there ticks it, so a press there picks nothing
  // up), and between two cards is the list: from either, the mouse moved on selected the text of
  // every card it passed, into the next outcomes.
  it('selects no text when the mouse is pressed between two activities or on the rim of a Done box and moved', async () => {
    const { page, problems } = await openBoard(browser);
    const pipeline = outcome(page, 'Outbound pipeline');
    const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '');
    const [campaign, calls] = await Promise.all(
      ['Run the campaign', 'Schedule the calls'].map((title) => pipeline.locator('.activity-card').filter({ hasText: title }).boundingBox()),
    );
    const rim = await pipeline.locator('.activity-card__done-target').first().boundingBox();
    if (!campaign || !calls || !rim) throw new Error('the activities are on the screen');
    const presses = [
      { name: 'between the cards', x: campaign.x + campaign.width / 2, y: (campaign.y + campaign.height + calls.y) / 2 },
      { name: 'on the rim of the Done box', x: rim.x + 1.5, y: rim.y + rim.height / 2 },
    ];
    for (const press of presses) {
      await page.mouse.move(press.x, press.y);
      await page.mouse.down();
      await page.mouse.move(press.x + 30, press.y + 260, { steps: 12 });
      await expect(selected(), press.name).resolves.toBe('');
      await page.mouse.up();
    }
    // Nothing was moved or ticked by it.
    await expect(activityTitles(pipeline)).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    await expect(pipeline.getByRole('checkbox', { name: 'Done: Run the campaign' }).isChecked()).resolves.toBe(false);
    expect(problems).toEqual([]);
  });

  it('scrolls the page while an activity is held close to the window’s edge, not over the cards a fifth of the way in', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    await page.evaluate(() => {
      window.scrollTo(0, 150);
    });
    const scrolled = () => page.evaluate(() => window.scrollY);
    const start = await scrolled();
    const box = await page.getByRole('button', { name: 'Schedule the calls', exact: true }).boundingBox();
    if (!box || start < 100) throw new Error('the board should be scrolled, with "Schedule the calls" on the screen');
    const x = box.x + box.width / 2;
    await page.mouse.move(x, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x + 8, box.y + box.height / 2 - 8, { steps: 2 });
    // Held 15 % of the way down the window (108 px), over a card's head: the page stays put.
    await page.mouse.move(x, 108, { steps: 10 });
    await page.waitForTimeout(500);
    await expect(scrolled()).resolves.toBe(start);
    // Held at the edge (20 px): it scrolls up.
    await page.mouse.move(x, 20, { steps: 4 });
    await expect.poll(scrolled).toBeLessThan(start);
    await page.keyboard.press('Escape');
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    expect(problems).toEqual([]);
  });

  // dnd-kit's zone was a tenth of the window from its top (77 px at 768), 51 px of it under the
  // toolbar: a card dragged up from the parking lot reached the outcomes above only if it was held in
  // a strip 26 px high. The zone now reaches a twenty-fifth of the window below the toolbar (31 px).
  it('scrolls up while an activity is held just below the sticky toolbar, and drops it into an outcome the page brought into view', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    const crm = page.getByRole('button', { name: 'Update the CRM', exact: true });
    const pipeline = outcome(page, 'Outbound pipeline');
    // Scrolled down to the parking lot: "Update the CRM" in the middle of the window, the outcome above it.
    await crm.evaluate((element) => {
      window.scrollBy(0, element.getBoundingClientRect().top - innerHeight / 2);
    });
    const scrolled = () => page.evaluate(() => window.scrollY);
    const start = await scrolled();
    const toolbarBottom = await page.getByRole('region', { name: 'Board tools' }).evaluate((element) => element.getBoundingClientRect().bottom);
    const box = await crm.boundingBox();
    const above = await pipeline.getByRole('heading', { name: 'Outbound pipeline' }).boundingBox();
    if (!box || !above || start < 300 || above.y > 0 || toolbarBottom < 40) throw new Error('the window should show the parking lot, the outcome above it, under a stuck toolbar');
    const x = box.x + box.width / 2;
    await page.mouse.move(x, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x + 8, box.y + box.height / 2 - 8, { steps: 2 });
    // Held 27 px below the toolbar (78 px down the window): past dnd-kit's zone, within this one.
    await page.mouse.move(x, toolbarBottom + 27, { steps: 10 });
    await expect.poll(scrolled).toBeLessThan(start - 40);
    // Over the toolbar, faster, until the outcome's activities are in view; moved onto them, the
    // page stops; dropped, it is there.
    await page.mouse.move(x, toolbarBottom / 2, { steps: 4 });
    const calls = pipeline.getByRole('button', { name: 'Schedule the calls', exact: true });
    await expect.poll(async () => (await calls.boundingBox())?.y ?? -1).toBeGreaterThan(toolbarBottom + 100);
    // Down into the middle of the window, out of the zone: the page stays where it is.
    await page.mouse.move(x, 400, { steps: 4 });
    const still = await scrolled();
    await page.waitForTimeout(200);
    await expect(scrolled()).resolves.toBe(still);
    const target = await calls.boundingBox();
    if (!target) throw new Error('"Schedule the calls" should be on the screen');
    await page.mouse.move(target.x + target.width / 2, target.y + target.height - 2, { steps: 10 });
    await page.mouse.move(target.x + target.width / 2 + 1, target.y + target.height - 2);
    await page.mouse.up();
    await expect.poll(() => activityTitles(pipeline)).toEqual(['Run the campaign', 'Schedule the calls', 'Update the CRM']);
    expect(problems).toEqual([]);
  });

  // Within that zone, a card aimed at stays under the pointer for a drop: the page starts slowly.
  // At the zone's speed at once, the card slid 130 px away in the 300 ms of a drop.
  it('drops an activity where it is aimed on a card just under the toolbar, held there for a moment', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    const pipeline = outcome(page, 'Outbound pipeline');
    const campaign = pipeline.getByRole('button', { name: 'Run the campaign', exact: true });
    // "Run the campaign"'s card 20 px below the toolbar (stuck at the window's top), "Update the
    // CRM" in the parking lot below.
    const toolbarBottom = await campaign.evaluate((button) => {
      const card = button.closest('.activity-card');
      const toolbar = document.querySelector('.toolbar');
      window.scrollBy(0, (card?.getBoundingClientRect().top ?? 0) - innerHeight / 2);
      const bottom = toolbar?.getBoundingClientRect().bottom ?? 0;
      window.scrollBy(0, (card?.getBoundingClientRect().top ?? 0) - bottom - 20);
      return toolbar?.getBoundingClientRect().top === 0 ? bottom : Number.NaN;
    });
    const cardTop = await campaign.evaluate((button) => button.closest('.activity-card')?.getBoundingClientRect().top ?? Number.NaN);
    const box = await page.getByRole('button', { name: 'Update the CRM', exact: true }).boundingBox();
    if (!box || Math.abs(cardTop - toolbarBottom - 20) > 1 || box.y < cardTop + 100) throw new Error('the card should be 20 px below the toolbar, "Update the CRM" below it');
    const x = box.x + box.width / 2;
    await page.mouse.move(x, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x, box.y + box.height / 2 - 8, { steps: 2 });
    // Onto the card's upper part (10 px into it: 81 px down the window, in the zone), held as a
    // person holds before letting go.
    const aim = await campaign.boundingBox();
    if (!aim) throw new Error('"Run the campaign" should be on the screen');
    await page.mouse.move(aim.x + aim.width / 2, cardTop + 10, { steps: 10 });
    await page.waitForTimeout(300);
    await page.mouse.up();
    await expect.poll(() => activityTitles(pipeline)).toEqual(['Update the CRM', 'Run the campaign', 'Schedule the calls']);
    expect(problems).toEqual([]);
  });

  // Dropped on a card's header, an activity goes to the end of its list; the browser's focus, which
  // follows it, scrolled the page to that end, 600–1,700 px away on a workshop board, every time.
  it('a mouse drop on a card whose list runs below the window leaves the page where it is, focus on the dropped activity', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    const proposal = outcome(page, 'Write the proposal');
    const add = page.getByRole('textbox', { name: 'Add activity to Write the proposal' });
    await add.fill('Step 1');
    await add.press('Enter');
    for (let step = 2; step <= 12; step += 1) {
      await page.keyboard.type(`Step ${String(step)}`);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => activityTitles(proposal)).toHaveLength(12);
    // The page at its top again: the card's name on the first screen, its list's end far below it.
    await page.evaluate(() => {
      window.scrollTo({ top: 0, behavior: 'instant' });
    });
    const source = outcome(page, 'Deals closed').getByRole('button', { name: 'Write the proposal', exact: true });
    const heading = proposal.getByRole('heading', { name: 'Write the proposal' });
    const from = await source.boundingBox();
    const aim = await heading.boundingBox();
    const last = await proposal.getByRole('button', { name: 'Step 12', exact: true }).boundingBox();
    if (!from || !aim || !last || from.y > 650 || aim.y < 120 || last.y < 768 + 200) throw new Error('"Write the proposal" and the card\'s name should be on the screen, the end of its list far below');
    await mouseDrag(page, source, heading, { steps: 10 });
    // At the end of the list, as "add to this outcome"; focus on it, the page where it was.
    await expect.poll(async () => (await activityTitles(proposal)).at(-1)).toBe('Write the proposal');
    const dropped = proposal.getByRole('button', { name: 'Write the proposal', exact: true });
    await expect.poll(() => hasFocus(dropped)).toBe(true);
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
    await expect(dropped.evaluate((button) => button.getBoundingClientRect().top > window.innerHeight)).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('a mouse drop just above the window\'s bottom edge brings the whole of the dropped activity into view', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    const pipeline = outcome(page, 'Outbound pipeline');
    const schedule = pipeline.getByRole('button', { name: 'Schedule the calls', exact: true });
    // "Schedule the calls" (its list's last) just above the window's bottom edge: a card dropped
    // after it is mostly below the edge.
    await schedule.evaluate((button) => {
      const card = button.closest('.activity-card');
      window.scrollBy({ top: (card?.getBoundingClientRect().bottom ?? 0) - (window.innerHeight - 30), behavior: 'instant' });
    });
    const before = await page.evaluate(() => window.scrollY);
    const source = outcome(page, 'Deals closed').getByRole('button', { name: 'Write the proposal', exact: true });
    const from = await source.boundingBox();
    const aim = await schedule.boundingBox();
    if (!from || !aim || before < 50 || aim.y + aim.height > 750) throw new Error('both should be on the screen, "Schedule the calls" near its bottom edge');
    // Onto the lower half of "Schedule the calls": after it.
    await mouseDrag(page, source, schedule, { steps: 10, targetY: 'bottom' });
    await expect.poll(() => activityTitles(pipeline)).toEqual(['Run the campaign', 'Schedule the calls', 'Write the proposal']);
    const dropped = pipeline.getByRole('button', { name: 'Write the proposal', exact: true });
    await expect.poll(() => hasFocus(dropped)).toBe(true);
    await expect.poll(() => dropped.evaluate((button) => (button.closest('.activity-card')?.getBoundingClientRect().bottom ?? Infinity) <= window.innerHeight)).toBe(true);
    // A nudge, not a jump: less than the card's height and a gap.
    const moved = (await page.evaluate(() => window.scrollY)) - before;
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(120);
    expect(problems).toEqual([]);
  });

  it('reorders inside an outcome by dropping on the upper half of another activity', async () => {
    const { page } = await openBoard(browser);
    const pipeline = outcome(page, 'Outbound pipeline');
    await expect(activityTitles(pipeline)).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    const target = pipeline.locator('.activity-card').filter({ hasText: 'Run the campaign' });
    await mouseDrag(page, pipeline.getByRole('button', { name: 'Schedule the calls', exact: true }), pipeline.getByRole('button', { name: 'Run the campaign', exact: true }), {
      targetY: 'top',
      beforeDrop: async () => {
        // The insertion line shows where it will land: before "Run the campaign".
        await expect(target.evaluate((el) => el.classList.contains('activity-card--insert-before'))).resolves.toBe(true);
      },
    });
    await expect(activityTitles(pipeline)).resolves.toEqual(['Schedule the calls', 'Run the campaign']);
  });

  it('moves an activity by keyboard: Space, arrows between outcomes, Space — and announces it', async () => {
    const { page } = await openBoard(browser);
    await pickUp(page, 'Schedule the calls');
    await expect(dragKey(page, 'ArrowRight')).resolves.toContain('Schedule the calls is over Deals closed, position 2 of 2');
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toBe('Schedule the calls moved to Deals closed, position 2 of 2.');
    await expect(activityTitles(outcome(page, 'Deals closed'))).resolves.toEqual(['Write the proposal', 'Schedule the calls']);
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign']);
  });

  it('does not lose an arrow pressed straight after Space', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Schedule the calls', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => lastAnnouncement(page)).toContain('Schedule the calls is over Deals closed, position 2 of 2');
    await page.keyboard.press('Space');
    await expect.poll(() => activityTitles(outcome(page, 'Deals closed'))).toEqual(['Write the proposal', 'Schedule the calls']);
  });

  it('goes up and down through positions by keyboard, across outcomes', async () => {
    const { page } = await openBoard(browser);
    await pickUp(page, 'Run the campaign');
    await expect(dragKey(page, 'ArrowDown')).resolves.toContain('Run the campaign is over Outbound pipeline, position 2 of 2');
    await expect(dragKey(page, 'ArrowDown')).resolves.toContain('Run the campaign is over Deals closed, position 1 of 2');
    await page.keyboard.press('Enter');
    await expect(activityTitles(outcome(page, 'Deals closed'))).resolves.toEqual(['Run the campaign', 'Write the proposal']);
  });

  it('Escape cancels a keyboard drag and leaves everything where it was', async () => {
    const { page } = await openBoard(browser);
    await pickUp(page, 'Run the campaign');
    await dragKey(page, 'ArrowRight');
    await dragKey(page, 'ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => lastAnnouncement(page)).toContain('Moving Run the campaign was cancelled. It stays in Outbound pipeline, position 1 of 2.');
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
  });

  // Tab took focus to the next control with the drag still under way; a space typed there dropped
  // the item, and the space was lost ("Teamlunch").
  it('Tab in a keyboard drag keeps focus on the item and says how to go on; a click elsewhere ends the drag, and typing there drops nothing', async () => {
    const { page, problems } = await openBoard(browser);
    const lot = page.getByRole('region', { name: 'Parking lot' });
    const crm = page.getByRole('button', { name: 'Update the CRM', exact: true });
    await pickUp(page, 'Update the CRM');
    const over = await dragKey(page, 'ArrowUp');
    expect(over).toContain('Update the CRM is over');
    await page.keyboard.press('Tab');
    await expect.poll(() => lastAnnouncement(page)).toBe(`${over} Tab does not leave while an item is moving: the arrow keys move it, Space or Enter drops it here, Escape cancels.`);
    await expect(hasFocus(crm)).resolves.toBe(true);
    // The mouse puts the caret in the parking lot's field: the drag ends where it began.
    await page.getByRole('textbox', { name: 'Add activity to the parking lot' }).click();
    await expect.poll(() => lastAnnouncement(page)).toBe('Moving Update the CRM was cancelled. It stays in Parking lot, position 1 of 1.');
    await page.keyboard.type('Team lunch');
    await page.keyboard.press('Enter');
    await expect.poll(() => activityTitles(lot)).toEqual(['Update the CRM', 'Team lunch']);
    expect(problems).toEqual([]);
  });

  it('an arrow at the board\'s end in a keyboard drag says so, with where the item is, each time', async () => {
    const { page } = await openBoard(browser);
    // The parking lot's only activity, the last place on the board: nothing below it.
    await pickUp(page, 'Update the CRM');
    await expect(dragKey(page, 'ArrowDown')).resolves.toBe('Update the CRM is over Parking lot, position 1 of 1. There is no place further that way.');
    // Again: said again (a node of its own), not left unsaid as the same text.
    const before = await page.locator('#board-drag-announcer span').elementHandle();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#board-drag-announcer span').evaluate((span, old) => span !== old, before)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => lastAnnouncement(page)).toContain('Moving Update the CRM was cancelled.');
  });

  it('quick-adds activities: type, Enter, keep typing', async () => {
    const { page } = await openBoard(browser);
    const input = page.getByRole('textbox', { name: 'Add activity to Write the proposal' });
    await input.fill('Draft the outline');
    await input.press('Enter');
    await page.keyboard.type('Review with legal');
    await page.keyboard.press('Enter');
    await expect(activityTitles(outcome(page, 'Write the proposal'))).resolves.toEqual(['Draft the outline', 'Review with legal']);
  });

  it('moves an activity without dragging, through its actions menu', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Update the CRM' }).click();
    await page.getByRole('combobox', { name: 'Move to' }).selectOption({ label: 'Deals closed' });
    await expect(activityTitles(outcome(page, 'Deals closed'))).resolves.toEqual(['Write the proposal', 'Update the CRM']);
  });
});

describe('one owner per outcome', () => {
  it('dropping a second person replaces the owner, says so, and can be undone', async () => {
    const { page } = await openBoard(browser);
    const pipeline = outcome(page, 'Outbound pipeline');
    await mouseDrag(page, page.getByRole('button', { name: 'Leo Fischer', exact: true }), pipeline.getByText('Owner: Maya Chen'));
    await expect(pipeline.getByText('Owner: Leo Fischer', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(pipeline.getByText(/^Owner: /u).count()).resolves.toBe(1);
    // Authority was Maya's: the new owner starts without it.
    await expect(pipeline.getByText('Task assignment, not ownership', { exact: true }).isVisible()).resolves.toBe(true);
    const toast = page.getByRole('region', { name: 'Notifications' });
    // Where the facilitator is looking, too: the room had granted it, and would take it as carried over.
    await expect(toast.getByText('Owner of Outbound pipeline changed from Maya Chen to Leo Fischer, who has no authority over it yet.', { exact: true }).isVisible()).resolves.toBe(true);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(pipeline.getByText('Owner: Maya Chen', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(pipeline.getByText('Owned', { exact: true }).isVisible()).resolves.toBe(true);
  });

  it('verdicts change live: nobody owns it -> task assignment -> owned, and the score follows', async () => {
    const { page } = await openBoard(browser);
    const deals = outcome(page, 'Deals closed');
    await expect(deals.getByText('Nobody owns it', { exact: true }).isVisible()).resolves.toBe(true);
    await mouseDrag(page, page.getByRole('button', { name: 'Maya Chen', exact: true }), deals.getByText('No owner', { exact: true }));
    await expect(deals.getByText('Task assignment, not ownership', { exact: true }).isVisible()).resolves.toBe(true);
    for (const facet of ['Decides how', 'Prioritises resources', 'Chooses approaches']) {
      await deals.getByRole('button', { name: facet }).click();
    }
    await expect(deals.getByText('Owned', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('status', { name: 'Ownership score' }).innerText()).resolves.toMatch(/2 of 4\s+outcomes owned/u);
  });

  it('keeps the authority toggles under a still pointer as the reasons above them change: three clicks where they were seen grant all three', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 768 });
    const deals = outcome(page, 'Deals closed');
    await mouseDrag(page, page.getByRole('button', { name: 'Maya Chen', exact: true }), deals.getByText('No owner', { exact: true }));
    await deals.getByRole('button', { name: 'Why?' }).click();
    const authority = deals.getByRole('group', { name: 'Authority of Maya Chen over “Deals closed”', exact: true });
    // The card in the middle of the window, as a facilitator scrolls to it: room to scroll either way.
    await page.mouse.move(683, 400);
    const box = async () => {
      const found = await authority.boundingBox();
      if (!found) throw new Error('the authority toggles are not shown');
      return found;
    };
    await page.mouse.wheel(0, (await box()).y - 384);
    await expect.poll(async () => Math.abs((await box()).y - 384), { timeout: 5000 }).toBeLessThan(40);
    // Where the person sees each toggle, once, before the first click.
    const targets = [];
    for (const facet of ['Decides how', 'Prioritises resources', 'Chooses approaches']) {
      const found = await authority.getByRole('button', { name: facet }).boundingBox();
      if (!found) throw new Error(`${facet} is not shown`);
      targets.push({ facet, x: found.x + found.width / 2, y: found.y + found.height / 2 });
    }
    const reason = deals.getByRole('list', { name: 'The three questions' });
    for (const { facet, x, y } of targets) {
      const before = await reason.innerText();
      await page.mouse.click(x, y);
      // The reasons above changed (and with them their height, without the fix the toggles' place).
      await expect.poll(() => reason.innerText()).not.toBe(before);
      await expect(authority.getByRole('button', { name: facet }).getAttribute('aria-pressed')).resolves.toBe('true');
    }
    await expect(deals.getByText('Owned', { exact: true }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'authority-toggles-kept-in-place.png') });
    expect(problems).toEqual([]);
  });

  it('sets an owner by keyboard drag and by the select, and assigns by dropping a person on an activity', async () => {
    const { page } = await openBoard(browser);
    await pickUp(page, 'Sam Okafor');
    // Targets in order: owner of Outbound pipeline, its two activities, owner of Deals closed.
    await expect(dragKey(page, 'ArrowDown')).resolves.toContain('Sam Okafor is over the owner of Outbound pipeline');
    await expect(dragKey(page, 'ArrowDown')).resolves.toContain('Sam Okafor is over activity Run the campaign');
    await dragKey(page, 'ArrowDown');
    await expect(dragKey(page, 'ArrowDown')).resolves.toContain('Sam Okafor is over the owner of Deals closed');
    await page.keyboard.press('Space');
    await expect(outcome(page, 'Deals closed').getByText('Owner: Sam Okafor', { exact: true }).isVisible()).resolves.toBe(true);
    // A new owner starts with no authority: for Sam, new to the role, that is the task assignment
    // the health check advises, so no warning (it warned "new to the role and owns" before).
    await expect(outcome(page, 'Deals closed').getByText('Task assignment, not ownership', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: 'Health check' }).getByText(/Sam Okafor is new to the role/u).count()).resolves.toBe(0);

    await page.getByRole('combobox', { name: 'Set owner of Write the proposal' }).selectOption({ label: 'Leo Fischer' });
    await expect(outcome(page, 'Write the proposal').getByText('Owner: Leo Fischer', { exact: true }).isVisible()).resolves.toBe(true);

    const crm = page.getByRole('region', { name: 'Parking lot' }).locator('.activity-card').filter({ hasText: 'Update the CRM' });
    await mouseDrag(page, page.getByRole('button', { name: 'Maya Chen', exact: true }), page.getByRole('button', { name: 'Update the CRM', exact: true }), {
      beforeDrop: async () => {
        await expect(crm.evaluate((el) => el.classList.contains('activity-card--assign-target'))).resolves.toBe(true);
      },
    });
    await expect(page.getByRole('region', { name: 'Parking lot' }).getByRole('img', { name: 'Assigned to Priya Nair and Maya Chen' }).isVisible()).resolves.toBe(true);
  });

  it('removing a person clears what they owned and says which outcomes lost their owner and how many activities they left', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Priya Nair' }).click();
    await page.getByRole('button', { name: 'Remove Priya Nair' }).click();
    await expect(page.getByRole('region', { name: 'Notifications' }).getByText('Removed Priya Nair. Now without an owner: Forecast accuracy. No longer assigned to 1 activity.', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(outcome(page, 'Forecast accuracy').getByText('Nobody owns it', { exact: true }).isVisible()).resolves.toBe(true);
  });
});

describe('editing and history', () => {
  it('giving "Write the proposal" a measurable result turns a task into an outcome', async () => {
    const { page } = await openBoard(browser);
    const card = outcome(page, 'Write the proposal');
    await expect(card.getByText('Task, not an outcome', { exact: true }).isVisible()).resolves.toBe(true);
    await openOutcomeEditor(page, 'Write the proposal');
    await card.getByRole('textbox', { name: 'Metric (what is counted)' }).fill('Proposals accepted');
    await card.getByRole('textbox', { name: 'Target' }).fill('abc');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByRole('alert').innerText()).resolves.toContain('The target must be a number');
    await card.getByRole('textbox', { name: 'Target' }).fill('8');
    await card.getByRole('textbox', { name: 'Unit' }).fill('proposals');
    await card.getByRole('textbox', { name: 'Period' }).fill('per quarter');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByText('8 proposals per quarter').isVisible()).resolves.toBe(true);
    await expect(card.getByText('Nobody owns it', { exact: true }).isVisible()).resolves.toBe(true);
  });

  // A slip of the keyboard (1e308) was saved, and the card, the health check and the PDF said "1e+308".
  it('a target of 1e308 is refused, saying how large an amount a board holds; the largest is written in grouped digits', async () => {
    const { page, problems } = await openBoard(browser);
    const card = await openOutcomeEditor(page, 'Outbound pipeline');
    const target = card.getByRole('textbox', { name: 'Target' });
    await target.fill('1e308');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByRole('alert').innerText()).resolves.toBe('The target is too large: a board holds amounts up to 100\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000, either side of zero.');
    await expect(target.getAttribute('aria-invalid')).resolves.toBe('true');
    await card.screenshot({ path: join(SCREENSHOT_DIR, 'target-too-large.png') });
    // The largest a board holds is written out in digits, grouped, on the card.
    await target.fill('100000000000000000000');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByText('100\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000 qualified opportunities per month', { exact: true }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  // Saved by keyboard at a 720 px screen's bottom: the message pushed Save, which kept focus, out of
  // sight, the message itself cut by the screen's edge, and the field that was wrong was Shift+Tabs away.
  it('a Save refused at 1280 × 720 puts focus in the wrong field, with the whole message in sight', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    const card = await openOutcomeEditor(page, 'Deals closed');
    const target = card.getByRole('textbox', { name: 'Target' });
    await target.fill('1e308');
    await card.getByRole('textbox', { name: 'Notes' }).focus();
    // Save brought to the window's bottom edge, where Tab leaves it coming from above.
    await page.evaluate(() => {
      window.scrollBy(0, (document.querySelector('.outcome-editor button[type="submit"]')?.getBoundingClientRect().bottom ?? 0) - window.innerHeight + 4);
    });
    await page.keyboard.press('Tab');
    await expect(hasFocus(card.getByRole('button', { name: 'Save' }))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const alert = card.getByRole('alert');
    await alert.waitFor();
    await expect(hasFocus(target)).resolves.toBe(true);
    const inSight = (part: Locator) => part.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= (document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0) && box.bottom <= window.innerHeight;
    });
    await expect(inSight(target)).resolves.toBe(true);
    await expect(inSight(alert)).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editor-refused-1280x720.png') });
    expect(problems).toEqual([]);
  });

  it('a thousands separator is read as one, and "1,000" or "1.000" is asked about rather than read as 1', async () => {
    const { page } = await openBoard(browser);
    const card = await openOutcomeEditor(page, 'Deals closed');
    const target = card.getByRole('textbox', { name: 'Target' });
    await target.fill('1,000');
    await card.getByRole('textbox', { name: 'Current value' }).fill('950');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByRole('alert').innerText()).resolves.toBe('“1,000” could mean 1000 or 1: choose or type the one you mean.');
    await expect(target.getAttribute('aria-invalid')).resolves.toBe('true');
    // A lone dot too: "1.000" is a thousand to a European facilitator, and it was saved as 1.
    await target.fill('1.000');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByRole('alert').innerText()).resolves.toBe('“1.000” could mean 1000 or 1: choose or type the one you mean.');
    await expect(target.getAttribute('aria-invalid')).resolves.toBe('true');
    await card.screenshot({ path: join(SCREENSHOT_DIR, 'editor-ambiguous-dot.png') });
    // Each reading is a button that saves it, the current value typed beside it too.
    await card.getByRole('button', { name: 'Use 1000' }).click();
    await expect(card.getByText('1000 deals per quarter').isVisible()).resolves.toBe(true);
    await expect(card.getByText('950 of 1000 deals').isVisible()).resolves.toBe(true);
    await openOutcomeEditor(page, 'Deals closed');
    await target.fill('1,000,000');
    await card.getByRole('button', { name: 'Save' }).click();
    // Written back in groups of three, with narrow no-break spaces.
    await expect(card.getByText('1\u202f000\u202f000 deals per quarter').isVisible()).resolves.toBe(true);
  });

  it('Escape in the outcome editor closes it, says what was typed was not saved, and "Bring them back" returns it with the caret in Notes', async () => {
    const { page, problems } = await openBoard(browser);
    const card = await openOutcomeEditor(page, 'Write the proposal');
    const editor = card.getByRole('form', { name: 'Edit Write the proposal' });
    // By keyboard, from the title, as a facilitator fills it in.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Proposals sent');
    await page.keyboard.press('Tab'); // Direction
    await page.keyboard.press('Tab');
    await page.keyboard.type('6');
    await page.keyboard.press('Tab'); // Unit
    await page.keyboard.press('Tab'); // Period
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab'); // Revenue-critical
    await page.keyboard.press('Tab');
    await page.keyboard.type('Draft by Friday');
    await expect(hasFocus(editor.getByRole('textbox', { name: 'Notes' }))).resolves.toBe(true);
    // Meaning to leave the Notes box.
    await page.keyboard.press('Escape');
    await expect(editor.count()).resolves.toBe(0);
    await expect(card.getByText('Task, not an outcome', { exact: true }).isVisible()).resolves.toBe(true);
    const notices = page.getByRole('region', { name: 'Notifications' });
    await notices.getByText('Your changes to “Write the proposal” were not saved.').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editor-draft-not-saved.png') });

    await notices.getByRole('button', { name: 'Bring them back' }).click();
    await expect(editor.getByRole('textbox', { name: 'Metric (what is counted)' }).inputValue()).resolves.toBe('Proposals sent');
    await expect(editor.getByRole('textbox', { name: 'Target' }).inputValue()).resolves.toBe('6');
    await expect(editor.getByRole('textbox', { name: 'Current value' }).inputValue()).resolves.toBe('2');
    await expect(editor.getByRole('textbox', { name: 'Notes' }).inputValue()).resolves.toBe('Draft by Friday');
    await expect.poll(() => hasFocus(editor.getByRole('textbox', { name: 'Notes' }))).toBe(true);
    // Typing goes on where it stopped; Save keeps it all.
    await page.keyboard.type(', then review');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByText('Draft by Friday, then review').isVisible()).resolves.toBe(true);
    await expect(card.getByText('Task, not an outcome', { exact: true }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('Escape in a person’s ⋯ editor says the role typed was not saved, and "Bring them back" reopens it with the caret where it was', async () => {
    const { page, problems } = await openBoard(browser);
    const tray = page.getByRole('region', { name: 'People' });
    await tray.getByRole('button', { name: 'Actions for Maya Chen' }).click();
    const panel = tray.getByRole('group', { name: 'Actions for Maya Chen' });
    await panel.getByRole('textbox', { name: 'Role' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(', EMEA');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await expect(panel.count()).resolves.toBe(0);
    await expect(tray.getByText('Head of Sales', { exact: true }).isVisible()).resolves.toBe(true);
    const notices = page.getByRole('region', { name: 'Notifications' });
    await notices.getByText('Your changes to “Maya Chen” were not saved.').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'person-draft-not-saved.png') });

    await notices.getByRole('button', { name: 'Bring them back' }).click();
    const role = panel.getByRole('textbox', { name: 'Role' });
    await expect(role.inputValue()).resolves.toBe('Head of Sales, EMEA');
    await expect.poll(() => hasFocus(role)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'person-draft-brought-back.png') });
    // Typing goes on where it stopped; Save keeps it.
    await page.keyboard.type('/A');
    await page.keyboard.press('Enter');
    await expect(tray.getByText('Head of Sales, EM/AEA', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(notices.getByText(/were not saved/u).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('a click outside an activity’s ⋯ menu says the title typed was not saved; "Bring them back" reopens it, and Rename saves it', async () => {
    const { page, problems } = await openBoard(browser);
    const lot = page.getByRole('region', { name: 'Parking lot' });
    await lot.getByRole('button', { name: 'Actions for Update the CRM' }).click();
    const panel = lot.getByRole('group', { name: 'Actions for Update the CRM' });
    await panel.getByRole('textbox', { name: 'Title' }).fill('Update the CRM fields');
    await page.getByRole('heading', { level: 1 }).click();
    await expect(panel.count()).resolves.toBe(0);
    const notices = page.getByRole('region', { name: 'Notifications' });
    await notices.getByText('Your changes to “Update the CRM” were not saved.').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'activity-draft-not-saved.png') });

    await notices.getByRole('button', { name: 'Bring them back' }).click();
    await expect(panel.getByRole('textbox', { name: 'Title' }).inputValue()).resolves.toBe('Update the CRM fields');
    await expect.poll(() => hasFocus(panel.getByRole('textbox', { name: 'Title' }))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'activity-draft-brought-back.png') });
    await panel.getByRole('button', { name: 'Rename' }).click();
    await expect(activityTitles(lot)).resolves.toEqual(['Update the CRM fields']);
    expect(problems).toEqual([]);
  });

  it('typing not saved in an open editor: closing the tab asks first, and "All boards" says it was not saved, with "Bring them back"', async () => {
    const { page, problems } = await openBoard(browser);
    const asked = stayWhenAsked(page);
    const card = await openOutcomeEditor(page, 'Deals closed');
    const editor = card.getByRole('form', { name: 'Edit Deals closed' });
    await editor.getByRole('textbox', { name: 'Notes' }).click();
    await page.keyboard.type('Ask Leo about the Q3 forecast');
    // The board is stored ("Saved"); the Notes are only in the editor.
    await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
    await expect(editor.getByRole('textbox', { name: 'Notes' }).inputValue()).resolves.toContain('Ask Leo about the Q3 forecast');

    // Leaving for the library: said, and the way back waits for the board.
    await page.getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your boards' }).waitFor();
    const notices = page.getByRole('region', { name: 'Notifications' });
    await notices.getByText('Your changes to “Deals closed” were not saved.').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editor-draft-left-for-library.png') });
    await page.getByRole('button', { name: 'Back to the open board' }).click();
    await notices.getByRole('button', { name: 'Bring them back' }).click();
    await expect(editor.getByRole('textbox', { name: 'Notes' }).inputValue()).resolves.toContain('Ask Leo about the Q3 forecast');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editor-draft-brought-back.png') });
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByText('Ask Leo about the Q3 forecast').isVisible()).resolves.toBe(true);
    // Saved: nothing to ask any more.
    await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(asked).toEqual(['beforeunload']);
    expect(problems).toEqual([]);
  });

  it('"Edit title, add a purpose" on a blank board: what is typed replaces "Untitled board"', async () => {
    const { page, problems } = await openBoard(browser);
    await page.getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('button', { name: 'New board' }).click();
    await page.getByRole('heading', { level: 1, name: 'Untitled board', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Edit title, add a purpose' }).click();
    await page.keyboard.type('Leadership workshop');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Leadership workshop', exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('undoes and redoes drags and owner changes with Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and the buttons', async () => {
    const { page } = await openBoard(browser);
    const deals = outcome(page, 'Deals closed');
    await mouseDrag(page, page.getByRole('button', { name: 'Update the CRM', exact: true }), deals);
    await mouseDrag(page, page.getByRole('button', { name: 'Leo Fischer', exact: true }), deals.getByText('No owner', { exact: true }));
    await expect(activityTitles(deals)).resolves.toEqual(['Write the proposal', 'Update the CRM']);
    await expect(deals.getByText('Owner: Leo Fischer').isVisible()).resolves.toBe(true);

    await page.keyboard.press('Control+z');
    await expect(deals.getByText('No owner', { exact: true }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Control+z');
    await expect(activityTitles(deals)).resolves.toEqual(['Write the proposal']);
    await page.keyboard.press('Control+Shift+z');
    await expect(activityTitles(deals)).resolves.toEqual(['Write the proposal', 'Update the CRM']);
    await page.keyboard.press('Control+y');
    await expect(deals.getByText('Owner: Leo Fischer').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(activityTitles(deals)).resolves.toEqual(['Write the proposal', 'Update the CRM']);
  });

  it('the Undo and Redo buttons keep focus as they turn off: a second Enter says there is nothing to undo, and does not redo', async () => {
    const { page, problems } = await openBoard(browser);
    const done = page.getByRole('checkbox', { name: 'Done: Run the campaign' });
    await done.check();
    const tools = page.getByRole('region', { name: 'Board tools' });
    const undo = tools.getByRole('button', { name: 'Undo' });
    await undo.focus();
    await page.keyboard.press('Enter');
    await expect(done.isChecked()).resolves.toBe(false);
    const focused = () => page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
    await expect(focused()).resolves.toBe('Undo');
    await expect(undo.getAttribute('aria-disabled')).resolves.toBe('true');
    // Focus used to go to Redo here, and this Enter redid the step just undone.
    await page.keyboard.press('Enter');
    await expect.poll(() => lastAnnouncement(page)).toBe('Nothing to undo.');
    await expect(done.isChecked()).resolves.toBe(false);
    await expect(focused()).resolves.toBe('Undo');
    await tools.getByRole('button', { name: 'Redo' }).focus();
    await page.keyboard.press('Enter');
    await expect(done.isChecked()).resolves.toBe(true);
    await expect(focused()).resolves.toBe('Redo');
    expect(problems).toEqual([]);
  });

  it('an undo says what it undid, and focus stays on the item it moved back (not sent to the top of the page)', async () => {
    const { page } = await openBoard(browser);
    const focused = () => page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
    await pickUp(page, 'Run the campaign');
    await dragKey(page, 'ArrowRight');
    await page.keyboard.press('Space');
    await expect.poll(() => lastAnnouncement(page)).toBe('Run the campaign moved to Deals closed, position 2 of 2.');
    await expect.poll(focused).toBe('Run the campaign');

    // Back in its own card, drawn anew there: focus follows it, and the room's screen reader hears it.
    await page.keyboard.press('Control+z');
    await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    await expect.poll(() => lastAnnouncement(page)).toBe('Undone: Run the campaign is in Outbound pipeline, position 1 of 2.');
    await expect.poll(focused).toBe('Run the campaign');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => lastAnnouncement(page)).toBe('Redone: Run the campaign is in Deals closed, position 2 of 2.');
    await expect.poll(focused).toBe('Run the campaign');

    // A notice's Undo goes with its notice: focus goes to what came back.
    await page.getByRole('button', { name: 'Actions for outcome Forecast accuracy' }).click();
    await page.getByRole('button', { name: 'Delete outcome' }).click();
    const notices = page.getByRole('region', { name: 'Notifications' });
    await notices.getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    await outcome(page, 'Forecast accuracy').waitFor();
    await expect.poll(() => lastAnnouncement(page)).toBe('Undone: Outcome Forecast accuracy is back.');
    await expect.poll(focused).toBe('Forecast accuracy');

    // Ctrl+Z from the neighbour that took focus as it went: focus goes to what came back too (it
    // stayed on the neighbour, and the outcome back was wherever the page had it).
    await page.getByRole('button', { name: 'Actions for outcome Forecast accuracy' }).click();
    await page.getByRole('button', { name: 'Delete outcome' }).click();
    await expect.poll(focused).toBe('Write the proposal');
    await page.keyboard.press('Control+z');
    await outcome(page, 'Forecast accuracy').waitFor();
    await expect.poll(() => lastAnnouncement(page)).toBe('Undone: Outcome Forecast accuracy is back.');
    await expect.poll(focused).toBe('Forecast accuracy');
  });

  it('keeps edits across a reload', async () => {
    const { page } = await openBoard(browser);
    await mouseDrag(page, page.getByRole('button', { name: 'Update the CRM', exact: true }), outcome(page, 'Forecast accuracy'));
    await expect(activityTitles(outcome(page, 'Forecast accuracy'))).resolves.toEqual(['Update the CRM']);
    await page.getByRole('status', { name: 'Save status' }).getByText('Saved').waitFor();
    await page.reload();
    await outcome(page, 'Forecast accuracy').getByRole('button', { name: 'Update the CRM', exact: true }).waitFor();
    await expect(activityTitles(outcome(page, 'Forecast accuracy'))).resolves.toEqual(['Update the CRM']);
    await expect(activityTitles(page.getByRole('region', { name: 'Parking lot' }))).resolves.toEqual([]);
  });
});

describe('for the room', () => {
  it('presentation mode hides the editing chrome, enlarges type, and still lets people drag', async () => {
    const { page, problems } = await openBoard(browser, { width: 1920, height: 1080 });
    // Headless Chromium stops producing frames around real full-screen transitions, so here the
    // browser refuses full screen (as an embedded or locked-down browser does): presentation
    // mode must work without it (the helper's refusal). The request itself is covered by a component test.
    await present(page);
    await expect(page.getByRole('textbox', { name: 'New outcome title' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Undo' }).count()).resolves.toBe(0);
    const size = await outcome(page, 'Outbound pipeline').locator('h2').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThan(22);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'presentation-mode.png') });
    await mouseDrag(page, page.getByRole('button', { name: 'Update the CRM', exact: true }), outcome(page, 'Write the proposal'));
    await expect(activityTitles(outcome(page, 'Write the proposal'))).resolves.toEqual(['Update the CRM']);
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await page.getByRole('textbox', { name: 'New outcome title' }).waitFor({ state: 'visible' });
    await expect(page.getByRole('button', { name: 'Undo' }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('presenting in a window, Escape during a mouse drag cancels the drag and stays presenting', async () => {
    // The pointer sensor hears Escape first and ends the drag; the presentation used to end with it.
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    await present(page);
    const exit = page.getByRole('button', { name: 'Exit presentation' });
    const pipeline = outcome(page, 'Outbound pipeline');
    const deals = outcome(page, 'Deals closed');
    // From one card's activities to below those of the card beside it, both on the screen.
    const campaign = pipeline.getByRole('button', { name: 'Run the campaign', exact: true });
    const proposal = deals.locator('.activity-card').filter({ hasText: 'Write the proposal' });
    await campaign.evaluate((el) => {
      el.scrollIntoView({ block: 'center' });
    });
    await mouseDrag(page, campaign, proposal, {
      targetY: 'bottom',
      beforeDrop: async () => {
        await expect.poll(() => page.locator('.activity-card--dragging').count()).toBe(1);
        await page.keyboard.press('Escape');
      },
    });
    await expect(activityTitles(pipeline)).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    await expect(exit.count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.classList.contains('presenting'))).resolves.toBe(true);
    // The next drag lands; the next Escape, with no drag, leaves.
    await mouseDrag(page, campaign, proposal, { targetY: 'bottom' });
    await expect(activityTitles(deals)).resolves.toEqual(['Write the proposal', 'Run the campaign']);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('presentation mode keeps its way out off the content: it fades while the pointer rests, and the last cards scroll clear of it', async () => {
    const { page, problems } = await openBoard(browser, { width: 1920, height: 1080 });
    await present(page);
    const exit = page.getByRole('button', { name: 'Exit presentation' });
    await expect(exit.getAttribute('aria-keyshortcuts')).resolves.toBe('Escape');
    const opacity = () => exit.evaluate((button) => Number(getComputedStyle(button.parentElement ?? button).opacity));
    const underPointerIsExit = () =>
      exit.evaluate((button) => {
        const box = button.getBoundingClientRect();
        return button.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
      });
    await page.mouse.move(960, 500);
    await expect.poll(opacity).toBe(1);
    // The pointer rests: the way out fades, and a click there reaches the board, not the button.
    await expect.poll(opacity, { timeout: 6000 }).toBe(0);
    await expect(underPointerIsExit()).resolves.toBe(false);
    // The pointer moves: back at once.
    await page.mouse.move(400, 900);
    await expect.poll(opacity).toBe(1);
    await expect(underPointerIsExit()).resolves.toBe(true);
    // Scrolled to the end, nothing the room reads is under it.
    await page.mouse.wheel(0, 10_000);
    await page.waitForFunction(() => Math.ceil(window.scrollY + innerHeight) >= document.documentElement.scrollHeight);
    await page.mouse.move(420, 900);
    // What is drawn beneath it, every 6 px: the bar across the window's top, which the board scrolls
    // under as under the window's edge, and never a card or panel. (The way out was a pill in the
    // bottom corner when this was written; a card's box that ends under the bar, out of sight, is
    // not under the way out, and this counted one whenever the cards' heights left it 14 px there.)
    const overlaps = await exit.evaluate((button) => {
      const controls = button.closest('section');
      const box = button.getBoundingClientRect();
      const found = new Set<Element>();
      for (let x = box.left + 1; x < box.right - 1; x += 6) {
        for (let y = box.top + 1; y < box.bottom - 1; y += 6) {
          const beneath = document.elementsFromPoint(x, y).find((element) => !controls?.contains(element));
          const part = beneath?.closest('section[data-outcome-id], .people-tray, .parking-lot, .health-panel');
          if (part) found.add(part);
        }
      }
      return found.size;
    });
    expect(overlaps).toBe(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'presentation-end.png') });
    // Keyboard focus shows it even while the pointer rests; Escape leaves.
    await expect.poll(opacity, { timeout: 6000 }).toBe(0);
    await exit.focus();
    await expect.poll(opacity).toBe(1);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('zoomed in on a laptop screen, the outcomes never overlap the people or the parking lot: the board goes to two columns, then one', async () => {
    const { page, problems } = await openBoard(browser, { width: 1536, height: 864 });
    const overlaps = () =>
      page.evaluate(() => {
        const boxes = (selector: string) => [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect());
        const cards = boxes('section[data-outcome-id]');
        const sides = boxes('.people-tray, .parking-lot, .health-panel');
        return cards.filter((c) => sides.some((s) => c.left < s.right - 1 && s.left < c.right - 1 && c.top < s.bottom - 1 && s.top < c.bottom - 1)).length;
      });
    const columns = () => page.locator('.board-layout').evaluate((layout) => getComputedStyle(layout).gridTemplateColumns.split(' ').length);
    await expect(columns()).resolves.toBe(3);
    for (let level = 110; level <= 200; level += 10) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect(overlaps()).resolves.toBe(0);
    }
    await expect(columns()).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(1536);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'zoomed-in-laptop.png') });
    // Back to 100 %: three columns again.
    for (let level = 190; level >= 100; level -= 10) await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect(columns()).resolves.toBe(3);
    expect(problems).toEqual([]);
  });

  it('on a 1024 × 768 projector the outcomes begin on the first screen: beside the people, or presenting, under them side by side', async () => {
    const { page, problems } = await openBoard(browser, { width: 1024, height: 768 });
    const firstOutcomeTop = () => outcome(page, 'Outbound pipeline').evaluate((el) => el.getBoundingClientRect().top);
    const rowsOfPeople = () =>
      page.locator('.people-list').evaluate((list) => new Set([...list.querySelectorAll('.person-card')].map((card) => Math.round(card.getBoundingClientRect().top))).size);
    const layoutColumns = () => page.locator('.board-layout').evaluate((layout) => getComputedStyle(layout).gridTemplateColumns.split(' ').length);
    // Two columns of outcomes beside the people (BoardContent.tsx), at the top of the board.
    await expect(layoutColumns()).resolves.toBe(2);
    await expect(page.locator('.outcome-grid').evaluate((grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').length)).resolves.toBe(2);
    await expect(firstOutcomeTop()).resolves.toBeLessThan(300);
    // Presenting, the larger type leaves room for two columns of outcomes only under the people:
    // four people in fewer rows than four; the first outcome's heading and verdict in sight.
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
    await expect(layoutColumns()).resolves.toBe(1);
    await expect(rowsOfPeople()).resolves.toBeLessThan(4);
    await expect(firstOutcomeTop()).resolves.toBeLessThan(768 - 120);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(1024);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'projector-1024-presenting.png') });
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });

  it('a wider window never shows fewer outcome columns, presenting or not; a 1280 × 720 projector shows two, with the first verdict and owner in sight', async () => {
    // The room sees the outcomes: the board's layout (one, two or three columns) follows how many
    // columns of outcome cards each leaves (BoardContent.tsx). It used to go by fixed widths: on a
    // 1280 × 720 projector, presenting, three columns left the outcomes one card wide, while a
    // 1200-pixel window (one column) showed two; the same below 1,120 pixels, not presenting.
    const { page, problems } = await openBoard(browser, { width: 800, height: 720 });
    await page.evaluate(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new Error('Full screen is not allowed here.'));
    });
    /**
     * Once two frames have been drawn at the window's size: the outcome grid's columns, whether a
     * card overlaps a side panel, and whether the page scrolls sideways. (One call a width: the
     * loop below takes 300 sizes.)
     */
    const look = () =>
      page.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const grid = document.querySelector('.outcome-grid');
        const boxes = (selector: string) => [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect());
        const cards = boxes('section[data-outcome-id]');
        const sides = boxes('.people-tray, .parking-lot, .health-panel');
        return {
          columns: grid ? getComputedStyle(grid).gridTemplateColumns.split(' ').length : 0,
          overlaps: cards.filter((c) => sides.some((s) => c.left < s.right - 1 && s.left < c.right - 1 && c.top < s.bottom - 1 && s.top < c.bottom - 1)).length,
          sideways: document.documentElement.scrollWidth > innerWidth,
        };
      });
    for (const presenting of [false, true]) {
      if (presenting) {
        await page.getByRole('button', { name: 'Present' }).click();
        await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
      }
      let before = { width: 0, columns: 0 };
      for (let width = 800; width <= 2600; width += 12) {
        await page.setViewportSize({ width, height: 720 });
        const { columns, overlaps, sideways } = await look();
        const at = `${presenting ? 'presenting' : 'not presenting'}, ${String(width)} px`;
        expect(columns, `${at}: fewer outcome columns than at ${String(before.width)} px`).toBeGreaterThanOrEqual(before.columns);
        expect(overlaps, at).toBe(0);
        expect(sideways, at).toBe(false);
        before = { width, columns };
      }
    }
    // Presenting on a 1280 × 720 projector: two columns, and the first outcome's verdict and owner
    // on the first screen.
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(look()).resolves.toMatchObject({ columns: 2 });
    const first = outcome(page, 'Outbound pipeline');
    for (const part of [first.getByText('Owned', { exact: true }), first.getByText('Owner: Maya Chen')]) {
      await expect(part.evaluate((el) => el.getBoundingClientRect().bottom)).resolves.toBeLessThanOrEqual(720);
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'projector-1280x720-presenting.png') });
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });

  it('zooms in, out and to fit', async () => {
    const { page } = await openBoard(browser);
    const level = page.getByRole('status', { name: 'Zoom level' }).or(page.locator('output[aria-label="Zoom level"]'));
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(level.innerText()).resolves.toBe('110%');
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect(level.innerText()).resolves.toBe('90%');
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    const fitted = Number((await level.innerText()).replace('%', ''));
    expect(fitted).toBeLessThan(90);
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(overflow).toBeLessThanOrEqual(2);
  });

  it('zoom to fit finds the largest zoom at which the board fits, from any zoom, and the same each time', async () => {
    // The board reflows with the zoom (more columns as it gets smaller), so its height at one zoom
    // says little about another. On a 1280 x 720 projector the sample board used to "fit" at 40 %
    // (measured as one tall column at 100 %), tiny in an empty screen; and from 67 % on a wall
    // display, fitting zoomed further out instead of back in.
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }, { width: 1440, height: 1300 }]) {
      const { page, problems } = await openBoard(browser, viewport);
      const level = page.locator('output[aria-label="Zoom level"]');
      const percent = async () => Number((await level.innerText()).replace('%', ''));
      const fitButton = page.getByRole('button', { name: 'Zoom to fit' });
      const overflow = () => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      await fitButton.click();
      const fitted = await percent();
      expect(fitted, `${String(viewport.width)} x ${String(viewport.height)}`).toBeGreaterThan(40);
      await expect(overflow()).resolves.toBeLessThanOrEqual(1);
      // One percent more would not fit (or 150 %, the most it zooms to).
      if (fitted < 150) {
        await page.evaluate((z) => {
          document.querySelector<HTMLElement>('.board-layout')?.style.setProperty('zoom', String(z));
        }, (fitted + 1) / 100);
        await expect(overflow()).resolves.toBeGreaterThan(0);
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await page.getByRole('button', { name: 'Zoom out' }).click();
      }
      // From a smaller zoom, and pressed again: the same level.
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
      expect(await percent()).toBeLessThan(fitted);
      await fitButton.click();
      await expect(percent()).resolves.toBe(fitted);
      await fitButton.click();
      await expect(percent()).resolves.toBe(fitted);
      if (viewport.width === 1280) {
        // Its four outcomes in four columns, not in five with an empty one beside them (~170 px of
        // the window unused): the fit stopped at 57 %, below the zooms where a fifth column opens
        // and the cards grow taller (58–61 %), short of 62 %, where four columns fit.
        const grid = await page.locator('.outcome-grid').evaluate((element) => ({
          columns: getComputedStyle(element).gridTemplateColumns.split(' ').length,
          outcomes: element.querySelectorAll('.outcome-card').length,
        }));
        expect(grid).toEqual({ columns: 4, outcomes: 4 });
        await page.screenshot({ path: join(SCREENSHOT_DIR, 'zoom-to-fit-1280x720.png') });
      }
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });

  it('zoom to fit says so when the board fits only below the smallest zoom, and keeps that zoom', async () => {
    // A window too small for the sample board even at 40 %.
    const { page, problems } = await openBoard(browser, { width: 900, height: 420 });
    const level = page.locator('output[aria-label="Zoom level"]');
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await expect(level.innerText()).resolves.toBe('40%');
    const notice = page.getByRole('region', { name: 'Notifications' }).getByText(/^The whole board would fit this window only at about \d+%, too small to read\. It is shown at 40%, the smallest zoom: scroll to see the rest\.$/u);
    await notice.waitFor();
    const needed = Number(/only at about (\d+)%/u.exec(await notice.innerText())?.[1]);
    expect(needed).toBeGreaterThan(5);
    expect(needed).toBeLessThan(40);
    expect(problems).toEqual([]);
  });

  it('clicking a finding scrolls to its outcome and highlights it', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: /Deals closed: its only activity done, result missed/u }).click();
    await expect(outcome(page, 'Deals closed').evaluate((el) => el.classList.contains('outcome-card--highlighted'))).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Deals closed');
  });

  // A keyboard user pressed Enter on a second finding about the outcome still highlighted from the
  // first (within its 2.5 s): its heading took focus some 340 px above the window and the page stayed
  // at the health check, since the card scrolled only when it became highlighted.
  it('a second finding about the outcome still highlighted brings its card into view again', async () => {
    const { page, problems } = await openBoard(browser, { width: 1366, height: 900 });
    const heading = page.getByRole('heading', { name: 'Deals closed', exact: true });
    /** Whether the whole heading is in the window, below the sticky toolbar. */
    const headingInView = () => heading.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      const toolbar = document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
      return rect.top >= toolbar && rect.bottom <= window.innerHeight;
    });
    const tabTo = async (name: RegExp) => {
      for (let i = 0; i < 10 && !name.test(await focusedName(page)); i += 1) await page.keyboard.press('Tab');
      expect(await focusedName(page)).toMatch(name);
    };
    const toHealthCheck = async () => {
      for (let i = 0; i < 6 && (await focusedName(page)) !== 'Health check'; i += 1) await page.keyboard.press('F6');
      expect(await focusedName(page)).toBe('Health check');
    };

    await toHealthCheck();
    await tabTo(/^Deals closed: its only activity done, result missed/u);
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(heading)).toBe(true);
    await expect.poll(headingInView).toBe(true);

    // Back to the health check, which scrolls the card out of the window, while it is still highlighted.
    await toHealthCheck();
    await expect(headingInView()).resolves.toBe(false);
    await tabTo(/^3 of 4 outcomes are not owned yet: Deals closed \(nobody owns it\),/u);
    await expect(outcome(page, 'Deals closed').evaluate((el) => el.classList.contains('outcome-card--highlighted'))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(heading)).toBe(true);
    await expect.poll(headingInView).toBe(true);
    await expect(outcome(page, 'Deals closed').evaluate((el) => el.classList.contains('outcome-card--highlighted'))).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'finding-again-1366x900.png') });
    expect(problems).toEqual([]);
  });

  it('clicking a finding in the people view goes back to the board and takes focus to its outcome', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'People view' }).click();
    await page.getByRole('button', { name: /Deals closed: its only activity done, result missed/u }).click();
    await expect(outcome(page, 'Deals closed').evaluate((el) => el.classList.contains('outcome-card--highlighted'))).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Deals closed');
  });

  it('the people view lists what each person owns and is assigned', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'People view' }).click();
    const view = page.getByRole('main', { name: 'People view' });
    const sam = view.getByRole('region', { name: 'Sam Okafor' });
    await expect(sam.getByText('Assigned (2)').isVisible()).resolves.toBe(true);
    // Under the outcome each serves, as on their page of the PDF; or that it serves none yet.
    const assigned = (region: Locator) => region.getByRole('listitem').filter({ has: region.page().locator('.people-view__serves') }).evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText.split('\n').filter(Boolean)));
    await expect(assigned(sam)).resolves.toEqual([['For Outbound pipeline', 'Run the campaign', 'Schedule the calls']]);
    await expect(assigned(view.getByRole('region', { name: 'Priya Nair' }))).resolves.toEqual([['In the parking lot, for no outcome yet', 'Update the CRM']]);
    const leo = view.getByRole('region', { name: 'Leo Fischer' });
    await expect(leo.getByText('Leo Fischer is not the owner of any outcome.').isVisible()).resolves.toBe(true);
    // What each person owns, with where it stands and its verdict, as on their page of the PDF: Maya's is owned; Priya
    // holds one without the authority over it, then takes one whose only task is done while its
    // result is missed.
    const owns = (region: Locator) => region.getByRole('list').first().getByRole('listitem').evaluateAll((items) => items.map((item) => item.textContent));
    await expect(owns(view.getByRole('region', { name: 'Maya Chen' }))).resolves.toEqual(['Outbound pipeline14 of 20 qualified opportunities (not met yet)✓Owned']);
    const priya = view.getByRole('region', { name: 'Priya Nair' });
    await expect(owns(priya)).resolves.toEqual(['Forecast accuracy75 of 90% (not met yet)△Task assignment, not ownership']);
    await page.getByRole('button', { name: 'Board', exact: true }).click();
    await page.getByRole('combobox', { name: 'Set owner of Deals closed' }).selectOption({ label: 'Priya Nair' });
    await page.getByRole('button', { name: 'People view' }).click();
    await expect(owns(priya)).resolves.toEqual([
      'Deals closed5 of 12 deals (not met yet)△Task assignment, not ownershipTasks done, result missed',
      'Forecast accuracy75 of 90% (not met yet)△Task assignment, not ownership',
    ]);
    await priya.screenshot({ path: join(SCREENSHOT_DIR, 'people-view-verdicts.png') });
    // An outcome someone owns takes you to its card, where its owner and authority are settled.
    await priya.getByRole('button', { name: 'Forecast accuracy', exact: true }).click();
    await page.getByRole('main', { name: 'People view' }).waitFor({ state: 'hidden' });
    await expect(outcome(page, 'Forecast accuracy').evaluate((el) => el.classList.contains('outcome-card--highlighted'))).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Forecast accuracy');
  });
});

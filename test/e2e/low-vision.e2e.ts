/**
 * The board for a person who sees little, and says so to their system: the browser zoomed to 200 %
 * and 400 % (the window's CSS pixels of 1280 × 800 and 1280 × 1024 at that zoom: 640 × 400 and
 * 320 × 256), wider text spacing, Windows' high contrast themes (forced colours), reduced motion,
 * and the contrast of what is not text (WCAG 2.2 AA 1.4.10, 1.4.12, 1.4.11, 2.3.3).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { coloursIn, contrast } from './contrast';
import { chooseByTyping, focusedName, mouseDrag, openBoard, openOutcomeEditor, outcome, present } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const AT_400 = { width: 320, height: 256 };
const AT_200 = { width: 640, height: 400 };

/** What sticks out of the window sideways (a page that scrolls both ways), as "tag.class: left..right". */
const outsideTheWindow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('.visually-hidden')) continue;
      const box = element.getBoundingClientRect();
      // Drawn or visually hidden (1 × 1, as dnd-kit's live region): nothing a person sees.
      if (box.width <= 1 && box.height <= 1) continue;
      // Cut off by a box that clips it (a line ending in an ellipsis): what shows is that box.
      let clip = element.parentElement;
      while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
      if (clip && clip !== document.documentElement && clip !== document.body) {
        const shown = clip.getBoundingClientRect();
        if (shown.left >= -0.5 && shown.right <= width + 0.5) continue;
      }
      if (box.left < -0.5 || box.right > width + 0.5) out.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')}: ${String(Math.round(box.left))}..${String(Math.round(box.right))}`);
    }
    if (document.documentElement.scrollWidth > width) out.push(`the page: ${String(document.documentElement.scrollWidth)} px wide in a ${String(width)} px window`);
    return out;
  });

/** Each screen a person reaches from the board, in turn, with what sticks out of the window on each. */
async function everyScreen(page: Page, shots: string): Promise<Record<string, string[]>> {
  const seen: Record<string, string[]> = {};
  const look = async (name: string) => {
    seen[name] = await outsideTheWindow(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${shots}-${name}.png`) });
  };
  await look('board');
  await page.getByRole('button', { name: 'People view' }).click();
  await look('people-view');
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await page.getByRole('button', { name: 'Edit title and purpose' }).click();
  await look('title-form');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Actions for outcome Outbound pipeline' }).click();
  await page.getByRole('button', { name: 'Edit outcome' }).click();
  await look('outcome-editor');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('dialog', { name: 'Board history' }).getByText('When the board was opened').first().waitFor();
  await look('history');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await look('export-menu');
  await page.getByRole('menuitem', { name: /^PDF…/u }).click();
  await page.getByRole('dialog', { name: 'Export PDF' }).waitFor();
  await look('pdf-dialog');
  await page.keyboard.press('Escape');
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{"format":"ownership-board","version":1,"board":'], 'broken.ownership.json'));
    return transfer;
  });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await page.getByRole('alert').waitFor();
  await look('import-refused');
  await page.getByRole('dialog').getByRole('button', { name: 'OK', exact: true }).click();
  await page.getByRole('button', { name: 'Actions for outcome Write the proposal' }).click();
  await page.getByRole('button', { name: 'Delete outcome' }).click();
  await page.getByRole('region', { name: 'Notifications' }).getByText('Deleted outcome Write the proposal.', { exact: false }).waitFor();
  await look('notice');
  await page.getByRole('button', { name: 'All boards' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your boards' }).waitFor();
  await look('library');
  return seen;
}

const nothingOutside = (screens: readonly string[]) => Object.fromEntries(screens.map((name) => [name, []]));
const SCREENS = ['board', 'people-view', 'title-form', 'outcome-editor', 'history', 'export-menu', 'pdf-dialog', 'import-refused', 'notice', 'library'];

describe('reflow: the browser zoomed to 400 % and 200 %', () => {
  // The header's score and buttons kept their width: History was off the window's right edge, and
  // the whole page scrolled sideways. The Export menu hung off its left edge.
  it('at 400 % no screen, dialog, menu or notice is wider than the window: nothing is lost, nothing scrolls sideways', async () => {
    const { page, problems } = await openBoard(browser, AT_400);
    await expect(everyScreen(page, 'zoom-400')).resolves.toEqual(nothingOutside(SCREENS));
    expect(problems).toEqual([]);
  });

  it('at 200 % neither', async () => {
    const { page } = await openBoard(browser, AT_200);
    await expect(everyScreen(page, 'zoom-200')).resolves.toEqual(nothingOutside(SCREENS));
  });

  // Beside the score the purpose's line was squeezed to nothing, and its button stood over "1 of 4
  // outcomes owned" (from 800 px down, 200 % on a 1280 × 720 or a 1024 × 768 projector among them).
  it.each([
    { width: 640, height: 360 },
    { width: 512, height: 384 },
  ])('in Present at 200 % ($width × $height) the head’s button, the purpose and the score stand apart, each readable', async (size) => {
    const { page, problems } = await openBoard(browser, size);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const more = page.getByRole('button', { name: /^Show the whole/u });
    await more.waitFor();
    const boxOf = async (part: Locator) => {
      const box = await part.boundingBox();
      if (!box) throw new Error('not shown');
      return box;
    };
    const button = await boxOf(more);
    const purpose = await boxOf(page.locator('.board-header__purpose'));
    const score = await boxOf(page.locator('header.board-header .score'));
    const apart = (a: typeof button, b: typeof button) => a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;
    expect([apart(button, score), apart(purpose, score), apart(button, purpose)]).toEqual([true, true, true]);
    // A few words of the purpose at least, not "S…".
    expect(purpose.width).toBeGreaterThan(150);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `zoom-200-present-head-${String(size.width)}.png`) });
    expect(problems).toEqual([]);
  });

  // A board of one column (a 1024 × 768 projector at 200 %): a notice in either bottom corner covered
  // the column, and Tab brought each activity into view at the window's bottom edge, under it.
  it('at 200 % on a 1024 × 768 projector, what Tab reaches after an owner is changed stands above its notice', async () => {
    const { page, problems } = await openBoard(browser, { width: 512, height: 384 });
    await page.getByRole('combobox', { name: 'Set owner of Outbound pipeline' }).focus();
    await chooseByTyping(page, 'Leo Fischer');
    const notices = page.getByRole('region', { name: 'Notifications' });
    await notices.getByText('Owner of Outbound pipeline changed from Maya Chen to Leo Fischer, who has no authority over it yet.').waitFor();
    const focusClear = () =>
      page.evaluate(() => {
        const focused = document.activeElement?.getBoundingClientRect();
        if (!focused) return 'nothing focused';
        const covered = [...document.querySelectorAll('.notices li')].some((notice) => {
          const at = notice.getBoundingClientRect();
          return at.left < focused.right && focused.left < at.right && at.top < focused.bottom && focused.top < at.bottom;
        });
        return covered ? `covered: ${document.activeElement?.textContent ?? ''}` : 'clear';
      });
    const reached: string[] = [];
    while (reached.length < 12 && !reached.includes('Add activity to Outbound pipeline')) {
      await page.keyboard.press('Tab');
      reached.push(await focusedName(page));
      await expect.poll(focusClear).toBe('clear');
    }
    expect(reached).toContain('Run the campaign');
    expect(reached).toContain('Schedule the calls');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'zoom-200-one-column-tab-under-notice.png') });
    expect(problems).toEqual([]);
  });

  it('at 400 % the toolbar goes up with the page instead of covering the board', async () => {
    const { page } = await openBoard(browser, AT_400);
    const toolbar = page.getByRole('region', { name: 'Board tools' });
    await outcome(page, 'Deals closed').getByRole('heading', { name: 'Deals closed' }).scrollIntoViewIfNeeded();
    const box = await toolbar.boundingBox();
    // It stayed at the top, wrapped onto five lines: 219 of the window's 256 px.
    const covered = box ? Math.max(0, Math.min(box.y + box.height, AT_400.height) - Math.max(box.y, 0)) : 0;
    expect(covered).toBe(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'zoom-400-scrolled.png') });
  });

  it("at 200 % the toolbar still stays at the window's top, where it covers a quarter at most", async () => {
    const { page } = await openBoard(browser, AT_200);
    await outcome(page, 'Deals closed').getByRole('heading', { name: 'Deals closed' }).scrollIntoViewIfNeeded();
    const box = await page.getByRole('region', { name: 'Board tools' }).boundingBox();
    expect(box?.y).toBe(0);
    expect(box?.height).toBeLessThan(AT_200.height / 4);
  });

  it('a window made taller than the small-window rule pads the page’s scrolling below the toolbar again, and shorter, not', async () => {
    // 1,200 × 320: short, so the toolbar scrolls away; the same width taller, it sticks, wrapped the same.
    const { page } = await openBoard(browser, { width: 1200, height: 320 });
    const padding = () => page.evaluate(() => document.documentElement.style.scrollPaddingTop);
    await expect.poll(padding).toBe('');
    await page.setViewportSize({ width: 1200, height: 700 });
    // Tab and Shift+Tab would otherwise leave what they reach under the sticking toolbar.
    await expect.poll(padding).toMatch(/^\d+px$/u);
    await page.setViewportSize({ width: 1200, height: 320 });
    await expect.poll(padding).toBe('');
  });

  it("the board's own zoom at its smallest and largest, and Zoom to fit, keep a 200 % window's page its width", async () => {
    const { page } = await openBoard(browser, AT_200);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    while (await zoomIn.isEnabled() && (await page.getByLabel('Zoom level').innerText()) !== '200%') await zoomIn.click();
    await expect(outsideTheWindow(page)).resolves.toEqual([]);
    while ((await page.getByLabel('Zoom level').innerText()) !== '40%') await zoomOut.click();
    await expect(outsideTheWindow(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await expect(outsideTheWindow(page)).resolves.toEqual([]);
  });
});

/** The text-spacing bookmarklet's style (WCAG 1.4.12), added as a constructed sheet (the page's CSP allows no inline style). */
async function widenTextSpacing(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

/** Controls, badges, chips and avatars whose content is larger than their box, or who stick out of their parent's. */
const clippedOrSpilling = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const selector = 'button, .verdict, .tag, .avatar, .authority__facet, .owner-slot, .outcome-card__alarm, .toolbar, .toolbar__group, .person-card__text';
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest('.visually-hidden') || element.getClientRects().length === 0) continue;
      const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} “${element.textContent.trim().slice(0, 30)}”`;
      if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) out.push(`${name} is too small for its content`);
      const parent = element.parentElement;
      if (!parent) continue;
      const box = element.getBoundingClientRect();
      const around = parent.getBoundingClientRect();
      if (box.right > around.right + 1 || box.left < around.left - 1) out.push(`${name} sticks out of its ${parent.className || parent.tagName}`);
    }
    return out;
  });

describe('text spacing (the bookmarklet: line height 1.5, paragraphs 2em apart, letters 0.12em, words 0.16em)', () => {
  // "New to the role" stayed on one line, 5 px past its person's column.
  it('no button, badge, chip, avatar, owner slot or toolbar is clipped or spills over, in a wide window and at 400 %', async () => {
    for (const viewport of [{ width: 1440, height: 1300 }, AT_400]) {
      const { page } = await openBoard(browser, viewport);
      await outcome(page, 'Deals closed').getByRole('button', { name: 'Why?' }).click();
      await widenTextSpacing(page);
      await expect(clippedOrSpilling(page)).resolves.toEqual([]);
      await expect(outsideTheWindow(page)).resolves.toEqual([]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `text-spacing-${String(viewport.width)}.png`), fullPage: viewport.width > 1000 });
    }
  });
});

interface Look {
  readonly background: string;
  readonly border: string;
  readonly outline: string;
}

/** How an element is painted: its background, its top border ("1px solid rgb(…)"; "none" if it has none) and its outline. */
const looks = (element: Locator, pseudo?: '::before'): Promise<Look> =>
  element.evaluate((node, which) => {
    const style = getComputedStyle(node, which);
    const border = style.borderTopStyle === 'none' || style.borderTopWidth === '0px' ? 'none' : `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`;
    return { background: style.backgroundColor, border, outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineColor}` };
  }, pseudo);

async function openInForcedColours(viewport = { width: 1440, height: 1300 }): Promise<Page> {
  const { page } = await openBoard(browser, viewport);
  await page.emulateMedia({ forcedColors: 'active' });
  return page;
}

describe('forced colours (Windows high contrast)', () => {
  // The system paints every background in one colour: each of these was a background alone.
  it('the verdict badges, the tags, the avatars and the "Tasks done, result missed" flag keep their shape in a border', async () => {
    const page = await openInForcedColours();
    const deals = outcome(page, 'Deals closed');
    const shapes = {
      verdict: deals.getByText('Nobody owns it', { exact: true }).locator('..'),
      tag: deals.getByText('Revenue-critical', { exact: true }),
      'new to the role': page.getByText('New to the role', { exact: true }),
      avatar: page.getByRole('button', { name: /^Maya Chen/u }).first().locator('.avatar'),
      flag: deals.getByText('Tasks done, result missed', { exact: true }),
    };
    for (const [what, shape] of Object.entries(shapes)) {
      expect((await looks(shape)).border, what).not.toBe('none');
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'forced-colours-board.png') });
  });

  it('a progress bar is drawn, in a bordered track', async () => {
    const page = await openInForcedColours();
    const track = outcome(page, 'Deals closed').locator('.progress');
    const bar = track.locator('.progress__bar');
    const [trackLooks, barLooks] = await Promise.all([looks(track), looks(bar)]);
    expect(trackLooks.border).not.toBe('none');
    expect(barLooks.background).not.toBe(trackLooks.background);
  });

  it('the pressed view button is filled and the other is not', async () => {
    const page = await openInForcedColours();
    const board = await looks(page.getByRole('button', { name: 'Board', exact: true }));
    const people = await looks(page.getByRole('button', { name: 'People view' }));
    expect(board.background).not.toBe(people.background);
    await page.getByRole('button', { name: 'People view' }).click();
    await expect(looks(page.getByRole('button', { name: 'People view' }))).resolves.toEqual(board);
  });

  it('during a drag the insertion line shows, and so does the outcome the drag is over', async () => {
    const page = await openInForcedColours();
    const card = outcome(page, 'Outbound pipeline');
    const canvas = (await looks(card)).background;
    const during: Look[] = [];
    await mouseDrag(page, page.getByRole('button', { name: 'Update the CRM', exact: true }), page.getByRole('button', { name: 'Schedule the calls', exact: true }), {
      targetY: 'top',
      beforeDrop: async () => {
        during.push(await looks(card.locator('.activity-card--insert-before'), '::before'), await looks(card));
        await page.screenshot({ path: join(SCREENSHOT_DIR, 'forced-colours-drag.png') });
      },
    });
    const [line, target] = during;
    expect(line?.background).not.toBe(canvas);
    expect(target?.outline).not.toBe('none');
  });

  it('the outcome a finding takes you to is marked (it was a shadow, which forced colours drop)', async () => {
    const page = await openInForcedColours();
    await page.getByRole('button', { name: /^Deals closed: its only activity done/u }).click();
    expect((await looks(outcome(page, 'Deals closed'))).outline).not.toBe('none');
  });
});

describe('reduced motion', () => {
  it('the presentation controls appear and go at once, not in a fade', async () => {
    const { page } = await openBoard(browser);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await present(page);
    const controls = page.getByRole('button', { name: 'Exit presentation' }).locator('xpath=ancestor::*[contains(@class, "toolbar")][1]');
    await expect(controls.evaluate((element) => getComputedStyle(element).transitionDuration)).resolves.toBe('0s');
  });

  // It glided across the board for half a second: the page was still moving frames after the click.
  it("a finding's link brings its outcome into view at once, not in a glide", async () => {
    const { page } = await openBoard(browser, AT_200);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const link = page.getByRole('button', { name: /^Deals closed: its only activity done/u });
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await link.click();
    const frames = await page.evaluate(async () => {
      const ys: number[] = [];
      for (let i = 0; i < 20; i += 1) {
        await new Promise(requestAnimationFrame);
        ys.push(window.scrollY);
      }
      return ys;
    });
    expect(frames[0]).toBeLessThan(before);
    expect(new Set(frames).size).toBe(1);
  });
});

describe('contrast of what is not text (3:1)', () => {
  it('the edge of a field — "Add an activity…", a person\'s name — and of a progress track stands out from its card', async () => {
    const { page } = await openBoard(browser);
    const card = outcome(page, 'Deals closed');
    const cardBackground = (await looks(card)).background;
    const fields = [card.getByRole('textbox', { name: 'Add activity to Deals closed' }), page.getByLabel("New person's name"), card.locator('.progress')];
    for (const field of fields) {
      const { border } = await looks(field);
      expect(border).not.toBe('none');
      expect(contrast(border, cardBackground)).toBeGreaterThanOrEqual(3);
    }
  });

  it("the focus ring on a notice's buttons stands out from the notice", async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for outcome Write the proposal' }).click();
    await page.getByRole('button', { name: 'Delete outcome' }).click();
    const notice = page.getByRole('region', { name: 'Notifications' }).getByRole('listitem');
    const undo = notice.getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    await page.keyboard.press('Shift+Tab');
    await undo.focus();
    const ring = (await looks(undo)).outline;
    expect(ring).not.toBe('none');
    expect(contrast(ring, (await looks(notice)).background)).toBeGreaterThanOrEqual(3);
  });

  // The yellow ring alone was 1.35:1 on the light canvas: the card Find went to was marked for
  // those who see yellow against pale grey.
  it('the ring around the card Find goes to stands out from the page around it', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.keyboard.type('Deals closed');
    await page.keyboard.press('Enter');
    const card = outcome(page, 'Deals closed');
    await expect.poll(() => card.evaluate((node) => getComputedStyle(node).boxShadow)).not.toBe('none');
    const { ring, ground } = await card.evaluate((node) => {
      let around = node.parentElement;
      while (around && /rgba\(0, 0, 0, 0\)/u.test(getComputedStyle(around).backgroundColor)) around = around.parentElement;
      return { ring: getComputedStyle(node).boxShadow, ground: getComputedStyle(around ?? document.documentElement).backgroundColor };
    });
    expect(Math.max(...coloursIn(ring).map((colour) => contrast(colour, ground)))).toBeGreaterThanOrEqual(3);
  });
});

/** How a field's edge is drawn: the widths of its four sides, their colour, the picture in it, and its size. */
const edge = (field: Locator) =>
  field.evaluate((node) => {
    const style = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    return {
      widths: [style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth, style.borderLeftWidth].join(' '),
      colour: style.borderLeftColor,
      picture: style.backgroundImage,
      height: box.height,
    };
  });

/** Refuses a Save: the outcome editor's target of 1e308, and a second Maya Chen in the people's tray. */
async function refuseTwoSaves(page: Page): Promise<{ refused: Locator[]; fine: Locator[] }> {
  const card = await openOutcomeEditor(page, 'Outbound pipeline');
  const target = card.getByRole('textbox', { name: 'Target' });
  await target.fill('1e308');
  await card.getByRole('button', { name: 'Save' }).click();
  await card.getByRole('alert').waitFor();
  const name = page.getByLabel("New person's name");
  await name.fill('Maya Chen');
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.locator('.add-person').getByRole('alert').waitFor();
  for (const field of [target, name]) await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
  return { refused: [target, name], fine: [card.getByRole('textbox', { name: 'Unit' }), page.getByLabel("New person's role")] };
}

/** A refused field's edge is heavier than its valid neighbour's, and marked; the field keeps its height. */
async function expectMarkedByShape(refused: Locator, fine: Locator): Promise<void> {
  const [wrong, right] = await Promise.all([edge(refused), edge(fine)]);
  expect(wrong.widths).not.toBe(right.widths);
  expect(Number.parseFloat(wrong.widths.split(' ')[3] ?? '0')).toBeGreaterThan(Number.parseFloat(right.widths.split(' ')[3] ?? '0') + 2);
  expect(wrong.picture).toMatch(/^url\(/u);
  expect(right.picture).toBe('none');
  expect(wrong.height).toBeCloseTo(right.height, 0);
}

describe('a field a save was refused for', () => {
  // The reason was said beside it, but the field looked as the others: a heavier red edge, a bar
  // at its start and a "!" disc mark it, by shape as well as colour.
  it('is marked by its edge and a "!", not only by the red of its reason', async () => {
    const { page, problems } = await openBoard(browser);
    const { refused, fine } = await refuseTwoSaves(page);
    for (const [index, field] of refused.entries()) {
      const other = fine[index];
      if (other === undefined) throw new Error('no valid field beside it');
      await expectMarkedByShape(field, other);
      expect((await edge(field)).colour).not.toBe((await edge(other)).colour);
    }
    await outcome(page, 'Outbound pipeline').screenshot({ path: join(SCREENSHOT_DIR, 'refused-field.png') });
    await page.locator('.add-person').screenshot({ path: join(SCREENSHOT_DIR, 'refused-person.png') });
    expect(problems).toEqual([]);
  });

  for (const window of [
    { width: 1280, height: 800 },
    { width: 360, height: 640 },
  ]) {
    it(`in the library (${String(window.width)} × ${String(window.height)}), a refused title is marked inside the rename field’s width: the field does not grow by its "!", and it and its button stay in the card`, async () => {
      const { page, problems } = await openBoard(browser, window);
      await page.getByRole('button', { name: 'All boards' }).click();
      const card = page.getByRole('article', { name: 'Revenue ownership workshop (sample)' });
      await card.getByRole('button', { name: 'Rename Revenue ownership workshop (sample)' }).click();
      const field = card.getByRole('textbox', { name: 'New title for Revenue ownership workshop (sample)' });
      const before = await field.boundingBox();
      await field.fill(' ');
      const save = card.getByRole('button', { name: 'Save title' });
      await save.click();
      await card.getByText('The board needs a title.').waitFor();
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
      const [after, button, inside] = await Promise.all([field.boundingBox(), save.boundingBox(), card.boundingBox()]);
      if (!before || !after || !button || !inside) throw new Error('not on the screen');
      expect(after.width).toBeCloseTo(before.width, 0);
      expect(after.height).toBeCloseTo(before.height, 0);
      // 20rem, room for a long title, where the card has it.
      if (window.width >= 1280) expect(after.width).toBeCloseTo(320, 0);
      expect(after.x + after.width).toBeLessThanOrEqual(button.x);
      expect(button.x + button.width).toBeLessThanOrEqual(inside.x + inside.width);
      await card.screenshot({ path: join(SCREENSHOT_DIR, `library-rename-refused-${String(window.width)}.png`) });
      expect(problems).toEqual([]);
    });
  }

  it('in forced colours too, where its colour is the theme’s', async () => {
    const page = await openInForcedColours();
    const { refused, fine } = await refuseTwoSaves(page);
    for (const [index, field] of refused.entries()) {
      const other = fine[index];
      if (other === undefined) throw new Error('no valid field beside it');
      await expectMarkedByShape(field, other);
    }
    await outcome(page, 'Outbound pipeline').screenshot({ path: join(SCREENSHOT_DIR, 'forced-colours-refused-field.png') });
  });
});

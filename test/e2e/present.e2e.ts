/**
 * Present in front of a room, in real full screen: Escape during a drag cancels the drag only,
 * and the wall stays full screen and presenting; Escape with no drag leaves the presentation.
 *
 * In full screen the browser hears Escape before the page and leaves full screen with it; the app
 * lends the key back with the Keyboard Lock API. Headless Chromium grants full screen and the lock,
 * but a key sent through DevTools reaches the page only, never the browser's own handling, so it
 * cannot show the browser taking Escape. The second part therefore runs a windowed Chromium on a
 * virtual X server (Xvfb) and presses Escape through the X server (XTest), as a keyboard would;
 * where Xvfb, python3 or libXtst is missing it is skipped, and says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, SCREENSHOT_DIR } from './browser';
import type { MenuCommand, OwnershipBridge } from '../../shared/ipc';
import { activityTitles, dragKey, focusedName, freshPagesOnly, hasFocus, lastAnnouncement, mouseDrag, openBoard, outcome, pickUp } from './helpers';

const isFullScreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);
const ALARM = 'Tasks done, result missed';
const isPresenting = (page: Page) => page.getByRole('button', { name: 'Exit presentation' }).count().then((count) => count === 1);

/** Present; the drag of "Run the campaign" two outcomes on, cancelled by `pressEscape`; then Escape again. */
async function cancelADragWhilePresenting(page: Page, pressEscape: () => Promise<void>, screenshot?: string): Promise<void> {
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
  await expect.poll(() => isFullScreen(page)).toBe(true);
  await pickUp(page, 'Run the campaign');
  await dragKey(page, 'ArrowRight');
  await pressEscape();
  await expect.poll(() => lastAnnouncement(page)).toContain('Moving Run the campaign was cancelled. It stays in Outbound pipeline, position 1 of 2.');
  await expect(activityTitles(outcome(page, 'Outbound pipeline'))).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
  // Give a browser that took the key the time to leave full screen and the page to follow.
  await page.waitForTimeout(500);
  await expect(isFullScreen(page)).resolves.toBe(true);
  await expect(isPresenting(page)).resolves.toBe(true);
  if (screenshot) await page.screenshot({ path: join(SCREENSHOT_DIR, screenshot) });
  await pressEscape();
  await page.getByRole('button', { name: 'Present', exact: true }).waitFor();
  await expect.poll(() => isFullScreen(page)).toBe(false);
  await page.getByRole('textbox', { name: 'New outcome title' }).waitFor({ state: 'visible' });
}

describe('presenting in full screen, headless', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('Escape during a keyboard drag cancels it and the wall stays full screen and presenting; the next Escape leaves', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    await cancelADragWhilePresenting(page, () => page.keyboard.press('Escape'));
    expect(problems).toEqual([]);
  });
});

const present = async (page: Page) => {
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
};

/**
 * The desktop shell's menu, as far as Present goes: its accelerator (F5) sends the page the menu's
 * command, wherever focus is — in an outcome editor's field, say. The browser has no such menu (F5
 * reloads there), so this stands in for the desktop's preload: a bridge that answers as a browser
 * does (no backups) and turns F5 into Presentation Mode, as the shell does.
 */
function desktopMenu(): void {
  const listeners = new Set<(command: MenuCommand) => void>();
  const unused = () => Promise.reject(new Error('not in this test'));
  // Typed as the bridge, so a method the app's bridge gains is missed here at the type check, not
  // by the app quietly falling back to the browser's bridge (and the menu's F5 never arriving).
  const bridge: OwnershipBridge = {
    info: () => Promise.resolve({ shell: 'web', os: 'web', appVersion: 'test' }),
    saveFile: unused,
    openFile: unused,
    printToPdf: unused,
    takePendingFile: () => Promise.resolve(null),
    writeBackup: unused,
    listBackups: () => Promise.resolve([]),
    readBackup: unused,
    deleteBackups: unused,
    setAppearance: () => Promise.resolve(),
    onMenuCommand(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  Object.assign(window, { ownershipBoard: bridge });
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'F5') return;
      event.preventDefault();
      event.stopPropagation();
      for (const listener of listeners) listener({ type: 'presentation' });
    },
    { capture: true },
  );
}

/** The board's own zoom as the room sees it: how wide an outcome card is drawn, in pixels. */
const cardWidth = async (page: Page) => (await outcome(page, 'Outbound pipeline').boundingBox())?.width ?? 0;

describe('for the room, headless, on a 1280 × 720 projector', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('Present hides what is being edited (the outcome editor, the title form, quick-add, the people form) and shows the card as saved; all of it is back after, as typed', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    const pipeline = outcome(page, 'Outbound pipeline');
    const titleForm = page.getByRole('form', { name: 'Board title and purpose' });
    await page.getByRole('button', { name: /^Edit title/u }).click();
    await titleForm.getByRole('textbox', { name: 'Title', exact: true }).fill('Half-typed title');
    await pipeline.getByRole('button', { name: 'Actions for outcome Outbound pipeline' }).click();
    await pipeline.getByRole('button', { name: 'Edit outcome' }).click();
    const editor = pipeline.getByRole('form', { name: 'Edit Outbound pipeline' });
    await editor.getByRole('textbox', { name: 'Metric (what is counted)' }).fill('Meetings booked');
    await editor.getByRole('textbox', { name: 'Target' }).fill('80');
    await editor.getByRole('textbox', { name: 'Unit' }).fill('%');
    await page.getByRole('textbox', { name: 'Add activity to Deals closed' }).fill('Call the half-typed lead');
    await page.getByRole('textbox', { name: "New person's name" }).fill('Half-typed Name');

    await present(page);
    // Nothing to type in or choose from (the activities' Done boxes are the card's, and stay).
    await expect(page.locator(':is(input:not([type=checkbox]), textarea, select):visible').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^(Save|Cancel)$/u }).count()).resolves.toBe(0);
    await expect(editor.isVisible()).resolves.toBe(false);
    // The card as it is saved: its result, not the draft's 80 %.
    await expect(pipeline.getByText('Result', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(pipeline.innerText()).resolves.not.toContain('80');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'present-while-editing.png') });

    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).waitFor();
    await expect(editor.getByRole('textbox', { name: 'Metric (what is counted)' }).inputValue()).resolves.toBe('Meetings booked');
    await expect(editor.getByRole('textbox', { name: 'Target' }).inputValue()).resolves.toBe('80');
    await expect(editor.getByRole('textbox', { name: 'Unit' }).inputValue()).resolves.toBe('%');
    await expect(editor.getByRole('button', { name: 'Save' }).isVisible()).resolves.toBe(true);
    // Under the open editor, the saved facts are not shown twice.
    await expect(pipeline.getByText('Result', { exact: true }).isVisible()).resolves.toBe(false);
    await expect(titleForm.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).resolves.toBe('Half-typed title');
    await expect(page.getByRole('textbox', { name: 'Add activity to Deals closed' }).inputValue()).resolves.toBe('Call the half-typed lead');
    await expect(page.getByRole('textbox', { name: "New person's name" }).inputValue()).resolves.toBe('Half-typed Name');
    expect(problems).toEqual([]);
  });

  it('Present (the desktop menu\'s F5) from a field of an open outcome editor leaves focus on that card\'s heading, not on the page; the typing is back after', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 }, desktopMenu);
    const pipeline = outcome(page, 'Outbound pipeline');
    // The keyboard all the way: the card's actions, Edit outcome, a word more in the title.
    await pipeline.getByRole('button', { name: 'Actions for outcome Outbound pipeline' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const editor = pipeline.getByRole('form', { name: 'Edit Outbound pipeline' });
    const title = editor.getByRole('textbox', { name: 'Title' });
    await expect(hasFocus(title)).resolves.toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.type(' (draft)');

    await page.keyboard.press('F5');
    await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
    await expect(editor.isVisible()).resolves.toBe(false);
    const heading = pipeline.getByRole('heading', { name: 'Outbound pipeline', exact: true });
    await expect.poll(() => hasFocus(heading)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'present-from-editor-focus.png') });
    // Tab goes on from the card, not from the top of the page.
    await page.keyboard.press('Tab');
    await expect(hasFocus(pipeline.getByRole('button', { name: 'Why? (Outbound pipeline)' }))).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'present-from-editor-focus-tab.png') });

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).waitFor();
    await expect(title.inputValue()).resolves.toBe('Outbound pipeline (draft)');
    expect(problems).toEqual([]);
  });

  it('Present pressed from the keyboard leaves focus on the board\'s title, and Tab goes on to "Skip to", then the way out; Escape from the title goes back to Present', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Present', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
    await expect.poll(() => hasFocus(page.getByRole('heading', { level: 1 }))).toBe(true);
    await page.keyboard.press('Tab');
    await expect(hasFocus(page.getByRole('navigation', { name: 'Skip to' }).getByRole('button', { name: 'The board' }))).resolves.toBe(true);
    // Its four buttons, then the way out (Escape leaves from anywhere).
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    await expect(hasFocus(page.getByRole('button', { name: 'Exit presentation' }))).resolves.toBe(true);
    // Escape where Present put focus (the title, not yet left) goes back to Present: the title is
    // the top of the page, and the next Tab from it went to "Edit title and purpose".
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).waitFor();
    await expect.poll(() => focusedName(page)).toBe('Present');
    expect(problems).toEqual([]);
  });

  it('leaving from its own controls by the keyboard (Enter on Exit, or Escape) puts focus back on Present, not on the page', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    const presentButton = page.getByRole('button', { name: 'Present', exact: true });
    const exit = page.getByRole('button', { name: 'Exit presentation' });
    for (const leave of ['Enter', 'Escape']) {
      await presentButton.focus();
      await page.keyboard.press('Enter');
      await exit.waitFor();
      await exit.focus();
      await page.keyboard.press(leave);
      await presentButton.waitFor();
      await expect.poll(() => hasFocus(presentButton), { message: leave }).toBe(true);
    }
    expect(problems).toEqual([]);
  });

  it('Ctrl+0 zooms back to 100 %, on the board and in Present', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    const level = page.getByRole('status', { name: 'Zoom level' });
    const atHundred = await cardWidth(page);
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await expect(level.innerText()).resolves.toBe('125%');
    await page.keyboard.press('Control+0');
    await expect(level.innerText()).resolves.toBe('100%');
    await expect(cardWidth(page)).resolves.toBe(atHundred);

    await present(page);
    const presented = await cardWidth(page);
    await page.keyboard.press('Control+-');
    await expect.poll(() => cardWidth(page)).not.toBe(presented);
    await page.keyboard.press('Control+0');
    await expect.poll(() => cardWidth(page)).toBe(presented);
    await page.keyboard.press('Escape');
    await expect(level.innerText()).resolves.toBe('100%');
    expect(problems).toEqual([]);
  });

  it('Present has Zoom to fit beside the way out: it fades with it, Tab reaches it, and it fits the board to the projector', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    await present(page);
    const controls = page.getByRole('region', { name: 'Presentation' });
    const fit = controls.getByRole('button', { name: 'Zoom to fit' });
    const exit = controls.getByRole('button', { name: 'Exit presentation' });
    const opacity = () => controls.evaluate((element) => getComputedStyle(element).opacity);
    await expect(fit.isVisible()).resolves.toBe(true);
    // Beside the way out, in the same corner.
    const [exitBox, fitBox] = await Promise.all([exit.boundingBox(), fit.boundingBox()]);
    if (!exitBox || !fitBox) throw new Error('the presentation controls are not drawn');
    expect(fitBox.x).toBeGreaterThan(exitBox.x + exitBox.width);
    expect(Math.abs(fitBox.y + fitBox.height - (exitBox.y + exitBox.height))).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'present-zoom-to-fit-button.png') });
    // The pointer rests: both fade (the transition is 0.4 s).
    await page.mouse.move(640, 300);
    await expect.poll(opacity, { timeout: 6000 }).toBe('0');
    // The keyboard: Tab from the way out reaches it, and the controls show while it has focus.
    await exit.focus();
    await page.keyboard.press('Tab');
    await expect(fit.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect.poll(opacity).toBe('1');
    const overflow = () => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    await expect(overflow()).resolves.toBeGreaterThan(0);
    const before = await cardWidth(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => cardWidth(page)).toBeLessThan(before);
    await expect(overflow()).resolves.toBeLessThanOrEqual(1);
    await expect(isPresenting(page)).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'present-fitted.png') });
    // Escape still leaves.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('"Tasks done, result missed" is marked as on the PDF: a sign, a heavy left rule, bold words, in forced colours too; its words and name unchanged', async () => {
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    // Deals closed gets an owner with every authority; its one task is done, 5 of 12 deals.
    const deals = outcome(page, 'Deals closed');
    await deals.getByRole('combobox', { name: 'Set owner of Deals closed' }).selectOption({ label: 'Priya Nair' });
    const authority = deals.getByRole('group', { name: 'Authority of Priya Nair over “Deals closed”', exact: true });
    for (const facet of ['Decides how', 'Prioritises resources', 'Chooses approaches']) await authority.getByRole('button', { name: facet }).click();
    await deals.getByText('Owned', { exact: true }).waitFor();
    const alarm = deals.getByText(ALARM, { exact: true });
    const look = () =>
      alarm.evaluate((element) => {
        const style = getComputedStyle(element);
        return { sign: getComputedStyle(element, '::before').content, left: parseFloat(style.borderLeftWidth), top: parseFloat(style.borderTopWidth), weight: style.fontWeight };
      });
    for (const when of ['board', 'present', 'forced colours'] as const) {
      if (when === 'present') await present(page);
      if (when === 'forced colours') await page.emulateMedia({ forcedColors: 'active' });
      const { sign, left, top, weight } = await look();
      expect(sign, when).toMatch(/^"⚠"/u);
      expect(left, when).toBeGreaterThanOrEqual(6);
      expect(top, when).toBeGreaterThanOrEqual(1);
      expect(left, when).toBeGreaterThanOrEqual(4 * top);
      expect(weight, when).toBe('700');
      // The sign is not read: the words say it.
      await expect(deals.getByRole('paragraph').filter({ hasText: ALARM }).ariaSnapshot()).resolves.toBe(`- paragraph: ${ALARM}`);
      if (when === 'present') {
        await deals.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOT_DIR, 'present-result-missed.png') });
      }
    }
    await deals.screenshot({ path: join(SCREENSHOT_DIR, 'result-missed-forced-colours.png') });
    expect(problems).toEqual([]);
  });
});

/** Presses and releases one key through the X server, as the keyboard would (XTest, from python3's ctypes). */
const PRESS_KEY_WITH_XTEST = `
import ctypes, sys, time
x = ctypes.cdll.LoadLibrary('libX11.so.6'); xtest = ctypes.cdll.LoadLibrary('libXtst.so.6')
x.XOpenDisplay.restype = ctypes.c_void_p
x.XStringToKeysym.restype = ctypes.c_ulong
display = ctypes.c_void_p(x.XOpenDisplay(None))
if not display.value: sys.exit('no X display')
code = x.XKeysymToKeycode(display, ctypes.c_ulong(x.XStringToKeysym(sys.argv[1].encode())))
xtest.XTestFakeKeyEvent(display, code, 1, 0); x.XFlush(display)
time.sleep(0.05)
xtest.XTestFakeKeyEvent(display, code, 0, 0); x.XFlush(display)
x.XCloseDisplay(display)
`;

/** Why the real-keyboard test cannot run here, or null: checked without starting anything. */
function whyNoXServer(): string | null {
  const python = spawnSync('python3', ['-c', "import ctypes; ctypes.cdll.LoadLibrary('libXtst.so.6'); ctypes.cdll.LoadLibrary('libX11.so.6')"]);
  if (python.status !== 0) return 'python3 with libXtst and libX11 is not installed';
  if (spawnSync('Xvfb', ['-help']).error) return 'Xvfb is not installed';
  return null;
}

/** A virtual X server on a free display (started by the tests that use it, stopped after them). */
async function startXServer(): Promise<{ display: string; server: ChildProcess }> {
  const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x720x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    const silent = setTimeout(() => {
      server.kill();
      reject(new Error('Xvfb did not start within 10 s'));
    }, 10_000);
    server.once('error', (error) => {
      clearTimeout(silent);
      reject(error);
    });
    server.stdio[3]?.once('data', (data: Buffer) => {
      clearTimeout(silent);
      resolve({ display: `:${data.toString().trim()}`, server });
    });
  });
}

const noXServer = whyNoXServer();
if (noXServer !== null) console.warn(`Skipping the real-keyboard Escape test: ${noXServer}.`);

describe.skipIf(noXServer !== null)('presenting in full screen, Escape on a real keyboard (Chromium in a window on Xvfb)', () => {
  let browser: Browser | undefined;
  let x: { display: string; server: ChildProcess } | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env };
  beforeAll(async () => {
    x = await startXServer();
    env.DISPLAY = x.display;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: false, args: [...CHROMIUM_ARGS, '--window-position=0,0', '--window-size=1280,720'], env });
    freshPagesOnly(browser);
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      x?.server.kill();
    }
  });

  const pressEscape = () => {
    const result = spawnSync('python3', ['-c', PRESS_KEY_WITH_XTEST, 'Escape'], { env });
    if (result.status !== 0) throw new Error(`Could not press Escape: ${result.stderr.toString()}`);
    return Promise.resolve();
  };

  it('the browser does not take Escape from a drag: the drag is cancelled, the wall stays full screen and presenting; the next Escape leaves', async () => {
    if (!browser) throw new Error('Chromium did not start on Xvfb');
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    await page.bringToFront();
    await cancelADragWhilePresenting(page, pressEscape, 'present-after-cancelled-drag.png');
    expect(problems).toEqual([]);
  });

  it('nor from a mouse drag: Escape cancels it and the wall stays full screen and presenting', async () => {
    if (!browser) throw new Error('Chromium did not start on Xvfb');
    const { page, problems } = await openBoard(browser, { width: 1280, height: 720 });
    await page.bringToFront();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect.poll(() => isFullScreen(page)).toBe(true);
    const pipeline = outcome(page, 'Outbound pipeline');
    const campaign = pipeline.getByRole('button', { name: 'Run the campaign', exact: true });
    await campaign.evaluate((el) => {
      el.scrollIntoView({ block: 'center' });
    });
    await mouseDrag(page, campaign, outcome(page, 'Deals closed').locator('.activity-card').filter({ hasText: 'Write the proposal' }), {
      targetY: 'bottom',
      beforeDrop: async () => {
        await expect.poll(() => page.locator('.activity-card--dragging').count()).toBe(1);
        await pressEscape();
      },
    });
    await expect(activityTitles(pipeline)).resolves.toEqual(['Run the campaign', 'Schedule the calls']);
    await page.waitForTimeout(500);
    await expect(isFullScreen(page)).resolves.toBe(true);
    await expect(isPresenting(page)).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});

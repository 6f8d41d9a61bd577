/**
 * Launches Debian's Chromium through playwright-core (never a downloaded browser) with a fresh
 * profile, and collects console errors and page errors so every test can assert there were none.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, HEADLESS_SHELL_PATH } from '../../scripts/chromium.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

/**
 * The browser the headless tests run in: Debian's build of Chromium's headless shell
 * (chromium-headless-shell, the same Chromium without its windowing, which is what Playwright runs
 * headless tests in by default) where it is installed, else Chromium itself. The same tests take
 * about a third less time in it. A CHROMIUM_PATH set by hand is used for everything. Tests that
 * need a window (present.e2e.ts, under Xvfb) launch CHROMIUM_PATH.
 */
export const HEADLESS_PATH =
  process.env.CHROMIUM_PATH === undefined && existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : CHROMIUM_PATH;

/**
 * The shell hints glyphs to whole pixels by default, so letters are placed on a pixel grid (a PDF's
 * letter-spaced heading read "OWN E R SH I P"); without hinting it places them as Chromium does.
 */
const HEADLESS_ARGS = HEADLESS_PATH === HEADLESS_SHELL_PATH ? [...CHROMIUM_ARGS, '--font-render-hinting=none'] : CHROMIUM_ARGS;

/**
 * The worker's headless browser: the files of a worker run one after the other in it
 * (vitest.e2e.config.ts: `isolate: false`), since a launch costs about a second of CPU here, and
 * a page handed on at the end of one file (helpers.ts, openBoard) can serve the next file's first
 * test. Playwright ends it when the worker's process ends.
 */
let worker: Promise<Browser> | undefined;

/** The browser behind a file's handle (launchBrowser), for what is kept across files. */
const behind = new WeakMap<Browser, Browser>();
export const browserBehind = (browser: Browser): Browser => behind.get(browser) ?? browser;

/** Contexts a file's close() leaves open: those of pages handed on to the next test. */
export const keptOpen = new WeakSet<BrowserContext>();

/**
 * A file's handle on the worker's headless browser: the same browser, but its close() closes only
 * the contexts this file made (and not those of pages handed on), so the next file finds the
 * browser as a fresh one but for those.
 */
export async function launchBrowser(): Promise<Browser> {
  worker ??= chromium.launch({ executablePath: HEADLESS_PATH, headless: true, args: HEADLESS_ARGS }).then((browser) => {
    browser.once('disconnected', () => {
      worker = undefined;
    });
    return browser;
  });
  const browser = await worker;
  const made = new Set<BrowserContext>();
  const handle = new Proxy(browser, {
    get(target, key) {
      if (key === 'newContext') {
        return async (...args: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...args);
          made.add(context);
          return context;
        };
      }
      if (key === 'close') {
        return async () => {
          await Promise.all([...made].filter((context) => !keptOpen.has(context)).map((context) => context.close().catch(() => undefined)));
          made.clear();
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  behind.set(handle, browser);
  return handle;
}

/** A persistent profile on disk: for tests that reload or relaunch on the same storage. */
export async function launchProfile(userDataDir?: string): Promise<{ context: BrowserContext; userDataDir: string; dispose(): Promise<void> }> {
  const dir = userDataDir ?? (await mkdtemp(join(tmpdir(), 'ownership-board-profile-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: HEADLESS_PATH,
    headless: true,
    args: HEADLESS_ARGS,
    viewport: { width: 1440, height: 900 },
  });
  return {
    context,
    userDataDir: dir,
    async dispose() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  readonly problems: string[];
}

export function watch(page: Page): WatchedPage {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { page, problems };
}

export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');

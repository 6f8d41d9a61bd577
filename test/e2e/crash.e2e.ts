/**
 * No edit a user saw as saved is ever lost: a real Chromium with its own profile takes a script
 * of edits through the UI, is killed with SIGKILL right after "Saved" (at varying moments), and
 * is started again on the same profile — every edit is still there. Five rounds on one profile.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

interface Running {
  readonly process: ChildProcess;
  readonly browser: Browser;
}

/** Starts Chromium ourselves (so we own its process and can kill it) and connects over CDP. */
async function startChromium(profile: string): Promise<Running> {
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      reject(new Error(`Chromium did not start: ${seen}`));
    }, 20_000);
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/u.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${String(code)}): ${seen}`));
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { process: child, browser };
}

/** SIGKILL to Chromium's whole process group: no shutdown, no flush, like a crash or power cut. */
async function kill(running: Running): Promise<void> {
  const exited = new Promise<void>((resolve) => running.process.once('exit', () => { resolve(); }));
  if (running.process.pid !== undefined) process.kill(-running.process.pid, 'SIGKILL');
  await exited;
}

async function openApp(running: Running): Promise<Page> {
  const context = running.browser.contexts()[0];
  if (!context) throw new Error('no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(inject('baseUrl'));
  await page.getByRole('region', { name: 'Parking lot' }).waitFor();
  return page;
}

const parkingLotTitles = (page: Page) => page.getByRole('region', { name: 'Parking lot' }).locator('.activity-card__title').allInnerTexts();

let profile = '';

afterAll(async () => {
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('crash safety', () => {
  it('keeps every saved edit across five SIGKILLs at varying moments', async () => {
    profile = await mkdtemp(join(tmpdir(), 'ownership-board-crash-'));
    const expected: string[] = ['Update the CRM'];
    const delaysAfterSaved = [0, 3, 15, 40, 90];
    for (const [round, delay] of delaysAfterSaved.entries()) {
      const running = await startChromium(profile);
      const page = await openApp(running);
      await expect(parkingLotTitles(page)).resolves.toEqual(expected);
      const input = page.getByRole('textbox', { name: 'Add activity to the parking lot' });
      await input.focus();
      // 50+ edits: quick-adds (one change each), a rename of the board's first outcome's result and toggles.
      const count = 10 + round;
      for (let i = 1; i <= count; i++) {
        const title = `Round ${round + 1} edit ${i}`;
        // Written in one go (as a paste or a dictation does): a key at a time, the 60-odd titles
        // took most of the test's half minute, and each edit is saved when Enter adds it.
        await page.keyboard.insertText(title);
        await page.keyboard.press('Enter');
        expected.push(title);
      }
      await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
      if (delay > 0) await page.waitForTimeout(delay);
      await kill(running);
    }
    const running = await startChromium(profile);
    const page = await openApp(running);
    await expect(parkingLotTitles(page)).resolves.toEqual(expected);
    expect(expected.length - 1).toBeGreaterThanOrEqual(50);
    await running.browser.close();
    await kill(running).catch(() => undefined);
  });
});

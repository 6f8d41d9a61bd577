/**
 * The library after a year of use: a founder's 40 boards (active, archived, in the trash), stored
 * the way the app stores them, found by search, sorted by title or by when they were made (the
 * choice kept over a restart), told apart by when they were last edited, and deleted for good —
 * one, or the whole trash — without leaving anything of them behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { join } from 'node:path';
import { inject } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, watch, type WatchedPage } from './browser';
import { card, cardButton, focused, searchbox, section, seedBoards, titlesIn, toLibrary, type Seed } from './library-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** The board ids each table of the app's IndexedDB holds a row for (meta: its values). */
async function boardIdsByTable(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string[]>>((resolve, reject) => {
        const request = indexedDB.open('ownership-board');
        request.onerror = () => {
          reject(new Error('open failed'));
        };
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, string[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              out[name] = (all.result as { id?: unknown; boardId?: unknown; value?: unknown }[]).map((row) => JSON.stringify(row.boardId ?? row.id ?? row.value));
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => {
            reject(new Error('read failed'));
          };
        };
      }),
  );
}

const DAY = 24 * 60 * 60 * 1000;

/** A founder's year: 40 boards edited over twelve months, some archived, three in the trash. */
function aYearOfBoards(now: number): Seed[] {
  const teams = ['Sales', 'Marketing', 'Customer success', 'Product', 'Finance', 'Operations', 'People', 'Partnerships'];
  const seeds: Seed[] = [];
  for (let i = 0; i < 34; i++) {
    const team = teams[i % teams.length] ?? 'Team';
    seeds.push({
      title: `${team} workshop ${String(Math.floor(i / teams.length) + 1)}`,
      purpose: `Who owns ${team.toLowerCase()}'s results this quarter`,
      updatedAt: new Date(now - (i * 9 + 2) * DAY).toISOString(),
      status: i % 7 === 6 ? 'archived' : 'active',
      outcomes: 1 + (i % 4),
    });
  }
  seeds.push({ title: 'Révenue review', purpose: 'Pricing and renewals', updatedAt: new Date(now - 40 * DAY).toISOString() });
  seeds.push({ title: 'İstanbul office launch', purpose: 'Opening the İstanbul office', updatedAt: new Date(now - 50 * DAY).toISOString() });
  seeds.push({ title: 'Board offsite', purpose: 'Annual planning with the investors', updatedAt: new Date(now - 60 * DAY).toISOString() });
  seeds.push({ title: 'Old hiring plan', updatedAt: new Date(now - 300 * DAY).toISOString(), status: 'trashed' });
  seeds.push({ title: 'Old pricing test', updatedAt: new Date(now - 200 * DAY).toISOString(), status: 'trashed' });
  seeds.push({ title: 'Scratch', updatedAt: new Date(now - 20 * DAY).toISOString(), status: 'trashed' });
  return seeds;
}

async function openApp(options: BrowserContextOptions & { now?: string } = {}): Promise<WatchedPage> {
  const { now, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', ...contextOptions });
  const page = await context.newPage();
  if (now !== undefined) await page.clock.setFixedTime(new Date(now));
  const watched = watch(page);
  await page.goto(inject('baseUrl'));
  await page.getByRole('region', { name: 'Outbound pipeline', exact: true }).waitFor();
  return watched;
}

const screenshot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage });

const NOW = '2026-06-15T10:00:00Z';

describe('a year of boards', () => {
  it('finds a board among forty by a word of its title or its purpose, accents and case aside, last edited first', async () => {
    const { page, problems } = await openApp({ now: NOW });
    await seedBoards(page, aYearOfBoards(Date.parse(NOW)));
    await toLibrary(page);
    await section(page, 'Boards').getByRole('heading', { level: 2, name: 'Boards (34)' }).waitFor();
    const all = await titlesIn(page, 'Boards');
    expect(all.slice(0, 4)).toEqual(['Revenue ownership workshop (sample)', 'Sales workshop 1', 'Marketing workshop 1', 'Customer success workshop 1']);
    await expect(card(page, 'Sales workshop 1').innerText()).resolves.toContain('Last edited 13 Jun 2026 · 1 outcome · 1 of 1 owned');
    await expect(card(page, 'Revenue ownership workshop (sample)').innerText()).resolves.toContain('Last edited today at 10:00');
    // Plenty of space: no warning.
    await expect(page.getByText('Space for your boards is nearly full', { exact: false }).count()).resolves.toBe(0);
    await screenshot(page, 'library-40.png');
    await screenshot(page, 'library-40-full.png', true);

    await searchbox(page).fill('revenue');
    await expect.poll(() => titlesIn(page, 'Boards')).toEqual(['Revenue ownership workshop (sample)', 'Révenue review']);
    await searchbox(page).fill('istanbul');
    await expect.poll(() => titlesIn(page, 'Boards')).toEqual(['İstanbul office launch']);
    // Found by its purpose, which the card shows.
    await searchbox(page).fill('Investors');
    await expect.poll(() => titlesIn(page, 'Boards')).toEqual(['Board offsite']);
    await card(page, 'Board offsite').getByText('Annual planning with the investors').waitFor();
    await searchbox(page).fill('sales');
    await expect.poll(() => titlesIn(page, 'Boards')).toEqual(['Sales workshop 1', 'Sales workshop 2', 'Sales workshop 3', 'Sales workshop 4', 'Sales workshop 5']);
    await section(page, 'Boards').getByRole('heading', { level: 2, name: 'Boards (5 of 34)' }).waitFor();
    await screenshot(page, 'library-search.png');
    expect(problems).toEqual([]);
  });

  it('a copy of a workshop far down the list takes focus, at the top, ready to be renamed', async () => {
    const { page, problems } = await openApp({ now: NOW });
    await seedBoards(page, aYearOfBoards(Date.parse(NOW)));
    await toLibrary(page);
    // The copy is made a minute after the first run made the sample (the clock stands still here: at
    // one moment, the two would be ordered by their ids, and the sample's is a random one of its own).
    await page.clock.setFixedTime(new Date(Date.parse(NOW) + 60_000));
    const template = 'Marketing workshop 5';
    await cardButton(page, template, 'Duplicate').focus();
    await page.keyboard.press('Enter');
    const copy = `${template} (copy)`;
    await card(page, copy).waitFor();
    await expect.poll(() => focused(page)).toBe(`Rename ${copy}`);
    expect((await titlesIn(page, 'Boards'))[0]).toBe(copy);
    await expect(cardButton(page, copy, 'Rename').evaluate((button) => button.getBoundingClientRect().top >= 0 && button.getBoundingClientRect().bottom <= innerHeight)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Marketing workshop, March cohort');
    await page.keyboard.press('Enter');
    await card(page, 'Marketing workshop, March cohort').waitFor();
    await expect.poll(() => focused(page)).toBe('Rename Marketing workshop, March cohort');
    // The template is kept as it was.
    await card(page, template).waitFor();
    expect(problems).toEqual([]);
  });

  it('empties the trash after naming what goes, and leaves nothing of those boards in storage', async () => {
    const { page, problems } = await openApp({ now: NOW });
    const seeds = aYearOfBoards(Date.parse(NOW));
    await seedBoards(page, seeds);
    await toLibrary(page);
    // A board with a history: restored, opened (a snapshot), edited, put back in the trash.
    await cardButton(page, 'Old pricing test', 'Restore').click();
    await cardButton(page, 'Old pricing test', 'Open').click();
    await page.getByRole('heading', { level: 1, name: 'Old pricing test' }).waitFor();
    const input = page.getByRole('textbox', { name: 'Add activity to Forecast accuracy' });
    await input.fill('Price test review');
    await input.press('Enter');
    await page.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
    await toLibrary(page);
    await cardButton(page, 'Revenue ownership workshop (sample)', 'Open').click();
    await page.getByRole('heading', { level: 1, name: 'Revenue ownership workshop (sample)' }).waitFor();
    await toLibrary(page);
    await cardButton(page, 'Old pricing test', 'Move to trash').click();
    const trash = section(page, 'Trash');
    await trash.getByRole('heading', { level: 2, name: 'Trash (3)' }).waitFor();
    await trash.scrollIntoViewIfNeeded();
    await screenshot(page, 'library-trash.png');

    const before = await boardIdsByTable(page);
    const doomed = (await page.evaluate(() => [...document.querySelectorAll('[data-library-section="trashed"] [data-board-id]')].map((item) => item.getAttribute('data-board-id') ?? ''))).map((id) => JSON.stringify(id));
    expect(doomed).toHaveLength(3);
    // The board with a history has rows beyond its record: a snapshot at least.
    expect(Object.entries(before).filter(([table]) => table !== 'boards' && table !== 'heads').some(([, ids]) => ids.some((id) => doomed.includes(id)))).toBe(true);

    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.accept();
    });
    await trash.getByRole('button', { name: 'Empty trash' }).click();
    await expect.poll(() => trash.getByText('The trash is empty.').isVisible()).toBe(true);
    expect(asked).toEqual(['Delete these 3 boards for good: “Old pricing test”, “Scratch” and “Old hiring plan”? This cannot be undone.']);
    const after = await boardIdsByTable(page);
    for (const [table, ids] of Object.entries(after)) expect({ table, left: ids.filter((id) => doomed.includes(id)) }).toEqual({ table, left: [] });
    expect(after.boards).toHaveLength(before.boards?.length === undefined ? -1 : before.boards.length - 3);
    expect(problems).toEqual([]);
  });
});

describe('a year of boards, in the order the facilitator chooses', () => {
  const sortBy = (page: Page) => page.getByRole('combobox', { name: 'Sort by' });

  it('sorts by title or by when they were made, with the search, and keeps the choice after a restart', async () => {
    const { page, problems } = await openApp({ now: NOW });
    const seeds = aYearOfBoards(Date.parse(NOW)).map((seed) =>
      // Made long ago and edited lately, or made yesterday: the two orders part ways.
      seed.title === 'Révenue review' ? { ...seed, createdAt: '2025-01-10T09:00:00Z' } : seed.title === 'İstanbul office launch' ? { ...seed, createdAt: '2026-06-14T09:00:00Z' } : seed,
    );
    await seedBoards(page, seeds);
    await toLibrary(page);
    await expect(sortBy(page).inputValue()).resolves.toBe('edited');

    await sortBy(page).selectOption({ label: 'Title A–Z' });
    await expect.poll(async () => (await titlesIn(page, 'Boards')).slice(0, 10)).toEqual([
      'Board offsite',
      'Customer success workshop 1',
      'Customer success workshop 2',
      'Customer success workshop 3',
      'Customer success workshop 4',
      'Finance workshop 1',
      'Finance workshop 2',
      'Finance workshop 4',
      // Among the I's, dot or not.
      'İstanbul office launch',
      'Marketing workshop 1',
    ]);
    expect((await titlesIn(page, 'Boards')).slice(-7)).toEqual(['Revenue ownership workshop (sample)', 'Révenue review', 'Sales workshop 1', 'Sales workshop 2', 'Sales workshop 3', 'Sales workshop 4', 'Sales workshop 5']);
    // The trash keeps its own order, the board trashed last first (the one most often looked for
    // there), and says so.
    expect(await titlesIn(page, 'Trash')).toEqual(['Scratch', 'Old pricing test', 'Old hiring plan']);
    await section(page, 'Trash').getByText('Most recently trashed first').waitFor();
    await screenshot(page, 'library-sort-title.png');
    await searchbox(page).fill('workshop 1');
    await expect.poll(() => titlesIn(page, 'Boards')).toEqual(['Customer success workshop 1', 'Finance workshop 1', 'Marketing workshop 1', 'Operations workshop 1', 'Partnerships workshop 1', 'Product workshop 1', 'Sales workshop 1']);

    // Closed and opened again: the app opens on the board, the library keeps the order.
    await page.reload();
    await page.getByRole('region', { name: 'Outbound pipeline', exact: true }).waitFor();
    await toLibrary(page);
    // Once the library has read its boards and the order kept for it ("Loading your boards…"
    // until then, the menu blank and dimmed).
    await expect.poll(() => titlesIn(page, 'Boards').then((titles) => titles.slice(0, 2))).toEqual(['Board offsite', 'Customer success workshop 1']);
    await expect(sortBy(page).inputValue()).resolves.toBe('title');

    await sortBy(page).selectOption({ label: 'Created, newest first' });
    // The sample was made as the app first opened, today; Révenue review a year and a half ago.
    await expect.poll(async () => (await titlesIn(page, 'Boards')).slice(0, 3)).toEqual(['Revenue ownership workshop (sample)', 'İstanbul office launch', 'Sales workshop 1']);
    expect((await titlesIn(page, 'Boards')).at(-1)).toBe('Révenue review');
    await expect(card(page, 'Révenue review').innerText()).resolves.toContain('Created 10 Jan 2025 · Last edited 6 May 2026');
    await screenshot(page, 'library-sort-created.png');
    // On a phone-wide window the control goes under the search, whole.
    await page.setViewportSize({ width: 390, height: 800 });
    const [search, control] = await Promise.all([searchbox(page).boundingBox(), sortBy(page).boundingBox()]);
    expect(control && search && control.y >= search.y + search.height && control.x + control.width <= 390).toBe(true);
    await screenshot(page, 'library-sort-narrow.png');
    // The "Open" tag beside the long title stays one line (it broke into "Op" over "en").
    const tag = card(page, 'Revenue ownership workshop (sample)').getByRole('heading', { level: 3 }).getByText('Open in this window');
    await expect(tag.evaluate((element) => element.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(element).fontSize))).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('deletes one board of the trash for good, after naming it, and keeps the others', async () => {
    const { page, problems } = await openApp({ now: NOW });
    await seedBoards(page, aYearOfBoards(Date.parse(NOW)));
    await toLibrary(page);
    const trash = section(page, 'Trash');
    await trash.getByRole('heading', { level: 2, name: 'Trash (3)' }).waitFor();
    const doomed = JSON.stringify(await card(page, 'Old pricing test').locator('xpath=..').getAttribute('data-board-id'));

    // Declined: nothing goes.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await cardButton(page, 'Old pricing test', 'Delete for good').click();
    await expect.poll(() => asked).toEqual(['Delete “Old pricing test” for good? This cannot be undone.']);
    expect(await titlesIn(page, 'Trash')).toEqual(['Scratch', 'Old pricing test', 'Old hiring plan']);

    page.once('dialog', (dialog) => void dialog.accept());
    await cardButton(page, 'Old pricing test', 'Delete for good').click();
    await trash.getByRole('heading', { level: 2, name: 'Trash (2)' }).waitFor();
    await page.getByRole('region', { name: 'Notifications' }).getByText('Deleted \u2068Old pricing test\u2069 for good.').waitFor();
    expect(await titlesIn(page, 'Trash')).toEqual(['Scratch', 'Old hiring plan']);
    await expect.poll(() => focused(page)).toBe('Restore Old hiring plan');
    await trash.scrollIntoViewIfNeeded();
    await screenshot(page, 'library-trash-delete-one.png');
    for (const [table, ids] of Object.entries(await boardIdsByTable(page))) expect({ table, left: ids.filter((id) => id === doomed) }).toEqual({ table, left: [] });
    expect(problems).toEqual([]);
  });
});

describe('when a board was last edited, on the computer\'s own calendar', () => {
  it('says yesterday the morning after the clocks went back, and at half past midnight on New Year\'s Day', async () => {
    const berlin = await openApp({ timezoneId: 'Europe/Berlin', now: '2026-10-26T10:00:00+01:00' });
    await seedBoards(berlin.page, [
      { title: 'Night session', updatedAt: '2026-10-25T00:30:00+02:00' },
      { title: 'Friday session', updatedAt: '2026-10-23T16:00:00+02:00' },
    ]);
    await toLibrary(berlin.page);
    await expect(card(berlin.page, 'Night session').innerText()).resolves.toContain('Last edited yesterday at 00:30');
    await expect(card(berlin.page, 'Friday session').innerText()).resolves.toContain('Last edited 23 Oct 2026');

    const auckland = await openApp({ timezoneId: 'Pacific/Auckland', now: '2027-01-01T00:30:00+13:00' });
    await seedBoards(auckland.page, [
      { title: 'New Year\'s Eve plan', updatedAt: '2026-12-31T23:50:00+13:00' },
      { title: 'Boxing Day plan', updatedAt: '2026-12-30T23:50:00+13:00' },
    ]);
    await toLibrary(auckland.page);
    await expect(card(auckland.page, 'New Year\'s Eve plan').innerText()).resolves.toContain('Last edited yesterday at 23:50');
    await expect(card(auckland.page, 'Boxing Day plan').innerText()).resolves.toContain('Last edited 30 Dec 2026');
    expect([...berlin.problems, ...auckland.problems]).toEqual([]);
  });
});

describe('space for boards', () => {
  it('warns, on the board and in the library, while saves still work', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    // The browser says 50 MB are left for this app (a nearly full disk).
    await context.addInitScript(() => {
      const mb = 1024 * 1024;
      Object.defineProperty(StorageManager.prototype, 'estimate', { value: () => Promise.resolve({ usage: 1950 * mb, quota: 2000 * mb }) });
    });
    const { page, problems } = watch(await context.newPage());
    await page.goto(inject('baseUrl'));
    await page.getByRole('region', { name: 'Outbound pipeline', exact: true }).waitFor();
    const warning = 'Space for your boards is nearly full: 50.0 MB left on this computer.';
    await page.getByRole('region', { name: 'Notifications' }).getByText(warning, { exact: false }).waitFor();
    await toLibrary(page);
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: warning }).innerText()).resolves.toContain('empty the trash');
    await screenshot(page, 'library-low-space.png');
    expect(problems).toEqual([]);
  });
});

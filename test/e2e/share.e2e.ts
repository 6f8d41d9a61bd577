/**
 * Sharing the finished map in browser mode, as a facilitator does it: Export → JSON and CSV
 * download files named by the rule, a JSON file comes back in through Import (or dropped on the
 * window) as a NEW board, and hostile files are refused with an alert that names the problem while
 * the board on screen stays exactly as it was. Markup in a file is shown as text, never run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBoardFile, serializeBoard } from '../../shared/format';
import { NOT_UTF8_MESSAGE } from '../../shared/ipc';
import type { Board, Person } from '../../shared/model';
import { SAMPLE_BOARD_TITLE, createSampleBoard } from '../../shared/sample';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { openBoard, outcome } from './helpers';
import { FIXTURES, ensurePdfDir, importFile, openBoardId, pageLocalDate, seriousViolations, storedBoards } from './pdf-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function exportAs(page: Page, choice: 'JSON' | 'CSV' | 'PDF…'): Promise<void> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${choice}`, 'u') }).click();
}

async function downloadText(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** Who owns what and who does what, in names: ids differ between a board and its import. */
function shape(board: Board) {
  const name = (id: string | null) => board.people.find((p) => p.id === id)?.name ?? null;
  const title = (id: string | null) => board.outcomes.find((o) => o.id === id)?.title ?? null;
  return {
    title: board.title,
    people: board.people.map((p) => `${p.name} (${p.role})`),
    outcomes: board.outcomes.map((o) => ({ title: o.title, owner: name(o.ownerId), target: o.target, authority: o.authority })),
    activities: board.activities.map((a) => ({ title: a.title, outcome: title(a.outcomeId), assignees: a.assigneeIds.map(name), done: a.done })),
  };
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** A drag's DataTransfer in the page holding one file, `name` with `contents`, as a file dragged from the desktop carries. */
const fileTransfer = (page: Page, contents: string, name: string, type?: string) =>
  page.evaluateHandle(
    ({ contents: text, name: fileName, type: fileType }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, fileType === undefined ? {} : { type: fileType }));
      return transfer;
    },
    { contents, name, type },
  );

describe('exporting', () => {
  it('Export → JSON downloads "<title> - ownership map - <date>.ownership.json" that reads back as the same board', async () => {
    const { page, problems } = await openBoard(browser);
    const date = await pageLocalDate(page);
    const [download] = await Promise.all([page.waitForEvent('download'), exportAs(page, 'JSON')]);
    expect(download.suggestedFilename()).toBe(`${SAMPLE_BOARD_TITLE} - ownership map - ${date}.ownership.json`);
    const text = (await downloadText(download)).toString('utf8');
    const parsed = parseBoardFile(text, { newId: () => 'reread', now: new Date().toISOString() });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(shape(parsed.board)).toEqual(shape(createSampleBoard()));
    expect(parsed.warnings).toEqual([]);
    await expect(page.getByRole('region', { name: 'Notifications' }).getByText(`Saved “${SAMPLE_BOARD_TITLE} - ownership map - ${date}.ownership.json”.`).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  // Chromium saves a download with each invisible format character made "_" ("Team 👩_💻 plan…")
  // while the notice named the file with them in it: now neither has them, and the two agree.
  it('a title with invisible characters downloads under the very name the notice gives', async () => {
    const { page, problems } = await openBoard(browser);
    const date = await pageLocalDate(page);
    await page.getByRole('button', { name: 'Edit title and purpose' }).click();
    const form = page.getByRole('form', { name: 'Board title and purpose' });
    // An emoji with its zero-width joiner, a soft hyphen and a zero-width space, as a paste brings them.
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Team 👩\u200D💻 road\u00ADmap\u200B');
    await form.getByRole('button', { name: 'Save' }).click();
    await heading(page).filter({ hasText: 'Team' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), exportAs(page, 'JSON')]);
    const name = `Team 👩💻 roadmap - ownership map - ${date}.ownership.json`;
    expect(download.suggestedFilename()).toBe(name);
    await page.getByRole('region', { name: 'Notifications' }).getByText(`Saved “${name}”.`, { exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('Export → CSV downloads the outcomes and the activities spreadsheets, each with a UTF-8 BOM', async () => {
    const { page, problems } = await openBoard(browser);
    const date = await pageLocalDate(page);
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await exportAs(page, 'CSV');
    await expect.poll(() => downloads.length).toBe(2);
    expect(downloads.map((d) => d.suggestedFilename())).toEqual([
      `${SAMPLE_BOARD_TITLE} - outcomes - ${date}.csv`,
      `${SAMPLE_BOARD_TITLE} - activities - ${date}.csv`,
    ]);
    const [outcomes, activities] = await Promise.all(downloads.map(downloadText));
    for (const file of [outcomes, activities]) expect([...(file ?? Buffer.alloc(0)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const outcomeRows = (outcomes ?? Buffer.alloc(0)).toString('utf8').split('\r\n');
    expect(outcomeRows[0]).toContain('Outcome,Metric,Target');
    expect(outcomeRows.some((row) => row.startsWith('Outbound pipeline,') && row.includes('Maya Chen') && row.includes('Owned'))).toBe(true);
    expect((activities ?? Buffer.alloc(0)).toString('utf8')).toContain('Update the CRM,Parking lot,Priya Nair,No');
    expect(problems).toEqual([]);
  });

  it('in the desktop app’s smallest window (880 × 560) the PDF dialog’s buttons stay in sight while its options scroll', async () => {
    const { page, problems } = await openBoard(browser, { width: 880, height: 560 });
    await exportAs(page, 'PDF…');
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.waitFor();
    const reachable = (name: string) =>
      dialog.getByRole('button', { name }).evaluate((button) => {
        const box = button.getBoundingClientRect();
        return button.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
      });
    await expect(reachable('Save PDF')).resolves.toBe(true);
    await expect(reachable('Cancel')).resolves.toBe(true);
    // Scrolled to the end of the options, the buttons are still where they were.
    await dialog.getByRole('checkbox', { name: /A page per person/u }).scrollIntoViewIfNeeded();
    await expect(reachable('Save PDF')).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'pdf-dialog-small-window.png') });
    expect(problems).toEqual([]);
  });

  it('the Export menu works from the keyboard and Escape closes it', async () => {
    const { page } = await openBoard(browser);
    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    await exportButton.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menu', { name: 'Export' }).isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('PDF…');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('JSON');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu').count()).resolves.toBe(0);
    await expect(exportButton.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Enter on a choice runs it: JSON downloads.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.ownership\.json$/u);
  });
});

describe('accessibility of the share controls (axe-core)', () => {
  it('the open Export menu, the PDF dialog and an import alert have no serious or critical violations', async () => {
    const { page } = await openBoard(browser);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.getByRole('menuitem', { name: /^PDF…/u }).click();
    await page.getByRole('dialog', { name: 'Export PDF' }).waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');
    await importFile(page, join(FIXTURES, 'two-owners.ownership.json'));
    await page.getByRole('alert').waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });
});

/** The sample's title, then when it was imported: the copy beside the original (titleWithSuffix, shared/model.ts). */
const SAMPLE_IN_PATTERN = SAMPLE_BOARD_TITLE.replace(/[()]/gu, '\\$&');
// The date and time as the library writes them ("Nov 29, 2026 at 01:29 PM" in the US, "29 Nov 2026 at 13:29" elsewhere).
const SAMPLE_COPY_TITLE = new RegExp(`^${SAMPLE_IN_PATTERN} \\(imported [^)]*\\d{4} at \\d{2}:\\d{2}(?: [AP]M)?\\)$`, 'u');
const IMPORTED_BESIDE_SAMPLE = new RegExp(
  `^Imported “${SAMPLE_IN_PATTERN}” as “${SAMPLE_IN_PATTERN} \\(imported [^)]+\\)”, a new board beside your own of that name, which is unchanged\\. It is another version of the same map as “${SAMPLE_IN_PATTERN}”\\.$`,
  'u',
);

describe('importing', () => {
  it('an exported map imported through Import becomes a new board; the old one is still stored', async () => {
    const { page, problems } = await openBoard(browser);
    const [download] = await Promise.all([page.waitForEvent('download'), exportAs(page, 'JSON')]);
    const dir = await ensurePdfDir();
    const path = join(dir, 'round-trip.ownership.json');
    await download.saveAs(path);
    const sample = await openBoardId(page);
    await expect(storedBoards(page)).resolves.toEqual({ ids: [sample], last: sample });

    await importFile(page, path);
    await expect.poll(async () => (await storedBoards(page)).ids.length).toBe(2);
    const { ids, last } = await storedBoards(page);
    expect(ids).toContain(sample);
    expect(last).not.toBe(sample);
    await page.getByRole('region', { name: 'Notifications' }).getByText(IMPORTED_BESIDE_SAMPLE).waitFor();
    // Titled apart from the original, which is here already.
    await expect(heading(page).textContent()).resolves.toMatch(SAMPLE_COPY_TITLE);
    await expect(outcome(page, 'Outbound pipeline').getByText('Owner: Maya Chen', { exact: true }).isVisible()).resolves.toBe(true);
    // The new board is a board of its own: a change there is undoable and leaves the original alone.
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  // Upper-casing grows "ﬁ" into "FI": the chip got "FIFL", and Import refused the app's own export
  // ("initials can be at most 3 letters").
  it('a person named with ligatures pasted from a PDF ("ﬁona ﬂynn") survives Export → JSON → Import', async () => {
    const { page, problems } = await openBoard(browser);
    await page.getByLabel("New person's name").fill('ﬁona ﬂynn');
    await page.getByRole('button', { name: 'Add person', exact: true }).click();
    await page.getByText('ﬁona ﬂynn', { exact: true }).first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), exportAs(page, 'JSON')]);
    const path = join(await ensurePdfDir(), 'ligatures.ownership.json');
    await download.saveAs(path);
    const exported = parseBoardFile(await readFile(path, 'utf8'), { newId: () => 'reread', now: new Date().toISOString() });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.board.people.find((person) => person.name === 'ﬁona ﬂynn')?.initials).toBe('FF');

    await importFile(page, path);
    await page.getByRole('region', { name: 'Notifications' }).getByText(IMPORTED_BESIDE_SAMPLE).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect.poll(async () => (await storedBoards(page)).ids.length).toBe(2);
    expect(problems).toEqual([]);
  });

  // file.text() put "�" for every byte that is not UTF-8: "Müller" was imported as "M�ller".
  it('a map saved as Windows-1252 is refused as not UTF-8, as the desktop refuses it, and nothing changes', async () => {
    const { page, problems } = await openBoard(browser);
    const before = await storedBoards(page);
    const text = (await readFile(join(FIXTURES, 'valid.ownership.json'), 'utf8')).replace('"Imported workshop"', '"Équipe Müller"');
    const path = join(await ensurePdfDir(), 'latin1.ownership.json');
    await writeFile(path, Buffer.from(text, 'latin1'));
    await importFile(page, path);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(NOT_UTF8_MESSAGE);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-refused-not-utf8.png') });
    await page.getByRole('dialog').getByRole('button', { name: 'OK', exact: true }).click();
    await expect(heading(page).textContent()).resolves.toBe(SAMPLE_BOARD_TITLE);
    await expect(storedBoards(page)).resolves.toEqual(before);
    expect(problems).toEqual([]);
  });

  it('a different map imported shows its own outcomes and owners', async () => {
    const { page } = await openBoard(browser);
    await importFile(page, join(FIXTURES, 'valid.ownership.json'));
    await heading(page).filter({ hasText: 'Imported workshop' }).waitFor();
    await expect(outcome(page, 'Renewals kept').getByText('Owner: Ada Lovelace', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(outcome(page, 'Renewals kept').getByText('Call every renewal due').isVisible()).resolves.toBe(true);
  });

  const hostile = [
    { file: 'not-json.ownership.json', says: 'This file is not valid JSON (it may be truncated or not an ownership map).' },
    { file: 'wrong-format.ownership.json', says: 'This is not an Ownership Board file.' },
    { file: 'newer-version.ownership.json', says: 'made by a newer version of Ownership Board (file format version 7' },
    { file: 'two-owners.ownership.json', says: 'The 1st outcome has two owners: an outcome has exactly one owner.' },
    { file: 'unknown-owner.ownership.json', says: `The 2nd outcome's owner is a person who is not in the file ("p-ghost").` },
  ];

  it.each(hostile)('$file is refused with an alert naming the problem, and nothing changes', async ({ file, says }) => {
    const { page, problems } = await openBoard(browser);
    const before = await storedBoards(page);
    await importFile(page, join(FIXTURES, file));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(says);
    await expect(alert.textContent()).resolves.toContain(`“${file}” could not be imported`);
    const dialog = page.getByRole('dialog');
    // Focus is in the dialog, so Enter or Escape dismisses it without hunting for the mouse.
    await expect(page.evaluate(() => document.activeElement?.closest('dialog') !== null)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await expect(heading(page).textContent()).resolves.toBe(SAMPLE_BOARD_TITLE);
    await expect(storedBoards(page)).resolves.toEqual(before);
    await expect(activityCount(page)).resolves.toBe(4);
    expect(problems).toEqual([]);
  });

  it('a <script> title imports as a new board and is shown as text, never run', async () => {
    const { page, problems } = await openBoard(browser);
    await importFile(page, join(FIXTURES, 'script-title.ownership.json'));
    const title = '<script>window.__pwned = 1</script>Q3 plan';
    await heading(page).filter({ hasText: title }).waitFor();
    await expect(heading(page).textContent()).resolves.toBe(title);
    await expect(page.evaluate(() => (window as unknown as Record<string, unknown>).__pwned)).resolves.toBeUndefined();
    await expect(page.evaluate(() => Array.from(document.scripts).some((s) => s.textContent.includes('__pwned')))).resolves.toBe(false);
    expect(problems).toEqual([]);
  });

  it('an <img onerror> title is shown as literal text: no image element is created', async () => {
    const { page, problems } = await openBoard(browser);
    await importFile(page, join(FIXTURES, 'img-title.ownership.json'));
    const title = '<img src=x onerror="window.__pwned=1">';
    await heading(page).filter({ hasText: title }).waitFor();
    await expect(page.evaluate(() => document.querySelectorAll('img').length)).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as Record<string, unknown>).__pwned)).resolves.toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('a map of very long words (a pasted web address, a 200-letter title, a long name) and an activity everyone is assigned to stays inside the window and its boxes', async () => {
    const long = createSampleBoard();
    const [first, second] = long.outcomes;
    const [person] = long.people;
    const parked = long.activities.find((activity) => activity.outcomeId === null);
    const campaign = long.activities.find((activity) => activity.title === 'Run the campaign');
    if (!first || !second || !person || !parked || !campaign) throw new Error('The sample board changed: it needs two outcomes, a person, a parked activity and “Run the campaign”.');
    // Twelve people, all of them on one activity.
    const extra = Array.from({ length: 8 }, (_, i) => ({ ...person, id: `p-extra-${String(i)}` as Person['id'], name: `Extra Person ${String(i + 1)}`, initials: `E${String(i + 1)}` }));
    const word = (letter: string, length: number) => letter.repeat(length);
    const board: Board = {
      ...long,
      title: word('T', 120),
      people: [...long.people.map((p) => (p === person ? { ...p, name: `Maximiliane ${word('W', 60)}`, role: `Head of ${word('R', 70)}` } : p)), ...extra],
      outcomes: long.outcomes.map((o) => (o === first ? { ...o, title: word('X', 200) } : o === second ? { ...o, metric: word('M', 100) } : o)),
      activities: long.activities.map((a) =>
        a === parked ? { ...a, title: `https://example.com/${word('p', 170)}` } : a === campaign ? { ...a, assigneeIds: [...long.people, ...extra].map((p) => p.id) } : a,
      ),
    };
    const dir = await mkdtemp(join(tmpdir(), 'ownership-board-long-'));
    try {
      const file = join(dir, 'long-words.ownership.json');
      await writeFile(file, serializeBoard(board, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }));
      const { page, problems } = await openBoard(browser);
      await importFile(page, file);
      await heading(page).filter({ hasText: word('T', 120) }).waitFor();
      const layout = await page.evaluate(() => {
        const overflowing = [...document.querySelectorAll('header, .people-tray, .person-card, .parking-lot, .health-panel, section[data-outcome-id], .activity-card')]
          .filter((box) => box.scrollWidth > box.clientWidth + 1)
          .map((box) => box.className);
        const tray = document.querySelector('.people-tray')?.getBoundingClientRect();
        const buttonsOutOfTray = [...document.querySelectorAll('.people-tray button')].filter((button) => {
          const r = button.getBoundingClientRect();
          return !tray || r.left < tray.left || r.right > tray.right;
        }).length;
        const lineOf = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name)?.getBoundingClientRect().height ?? Number.NaN;
        return { page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth, overflowing, buttonsOutOfTray, allBoards: lineOf('All boards'), importButton: lineOf('Import') };
      });
      expect(layout.page).toBeLessThanOrEqual(layout.window);
      expect(layout.overflowing).toEqual([]);
      expect(layout.buttonsOutOfTray).toBe(0);
      // The header's buttons keep their words whole beside a long title (one line, like the toolbar's).
      expect(layout.allBoards).toBeLessThanOrEqual(layout.importButton + 1);
      // Twelve assignees: two avatars and "+10", the title keeps its room; all twelve are read out.
      const everyone = page.getByRole('img', { name: /^Assigned to Maximiliane W+, Leo Fischer, .+ and Extra Person 8$/u });
      await expect(everyone.getByText('+10', { exact: true }).count()).resolves.toBe(1);
      await expect(everyone.locator('.avatar').count()).resolves.toBe(3);
      const title = await page.getByRole('button', { name: 'Run the campaign', exact: true }).boundingBox();
      expect(title?.width ?? 0).toBeGreaterThan(100);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'long-words.png') });
      expect(problems).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('warnings from an import that worked are shown until dismissed', async () => {
    const { page } = await openBoard(browser);
    await importFile(page, join(FIXTURES, 'duplicate-assignee.ownership.json'));
    const dialog = page.getByRole('dialog', { name: 'Imported “Imported workshop” with a warning' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('The 1st activity names "Bo Svensson" among its assignees more than once; they are assigned once.');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog.count()).resolves.toBe(0);
    await expect(heading(page).textContent()).resolves.toBe('Imported workshop');
  });

  it('dropping a file onto the window imports it as a new board', async () => {
    const { page, problems } = await openBoard(browser);
    const text = await readFile(join(FIXTURES, 'valid.ownership.json'), 'utf8');
    const dataTransfer = await fileTransfer(page, text, 'dropped.ownership.json', 'application/json');
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.getByText('Drop an ownership map (.ownership.json) to import it as a new board').waitFor();
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await heading(page).filter({ hasText: 'Imported workshop' }).waitFor();
    await expect(page.getByText('Drop an ownership map (.ownership.json) to import it as a new board').count()).resolves.toBe(0);
    await expect.poll(async () => (await storedBoards(page)).ids.length).toBe(2);
    expect(problems).toEqual([]);
  });

  // The desktop's Open / Import… (Ctrl+O) from a card, or a file dropped while a card has focus:
  // the card went with the board it was on, and focus fell to the page's body, before the report
  // and again after its OK. Tab started over from the top of a board the person had not read.
  describe('an import that takes the focused card away', () => {
    /** Drops `file` (of the fixtures) onto the window with keyboard focus on one of the sample's cards. */
    async function dropFromACard(page: Page, file: string): Promise<void> {
      await page.getByRole('checkbox', { name: 'Done: Run the campaign' }).focus();
      const text = await readFile(join(FIXTURES, file), 'utf8');
      const dataTransfer = await fileTransfer(page, text, 'from-a-colleague.ownership.json', 'application/json');
      await page.dispatchEvent('main', 'drop', { dataTransfer });
    }
    /** The board's title if it has focus, else what has. */
    const focusedTitle = (page: Page) =>
      page.evaluate(() => {
        const focused = document.activeElement;
        return focused?.tagName === 'H1' ? focused.textContent : `not the title: ${focused?.tagName ?? 'nothing'} ${focused?.getAttribute('aria-label') ?? ''}`;
      });

    it('puts focus on the new board’s title', async () => {
      const { page, problems } = await openBoard(browser);
      await dropFromACard(page, 'valid.ownership.json');
      await heading(page).filter({ hasText: 'Imported workshop' }).waitFor();
      await expect.poll(() => focusedTitle(page)).toBe('Imported workshop');
      expect(problems).toEqual([]);
    });

    it('with a report to read: the report takes focus, and its OK gives it to the title, not to the page', async () => {
      const { page, problems } = await openBoard(browser);
      await dropFromACard(page, 'duplicate-assignee.ownership.json');
      const dialog = page.getByRole('dialog', { name: 'Imported “Imported workshop” with a warning' });
      await dialog.waitFor();
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('OK');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => focusedTitle(page)).toBe('Imported workshop');
      expect(problems).toEqual([]);
    });
  });

  it('a hostile file dropped onto the window is refused the same way', async () => {
    const { page } = await openBoard(browser);
    const dataTransfer = await fileTransfer(page, '{"format":"ownership-board","version":1,"board":', 'broken.ownership.json');
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('This file is not valid JSON');
    await page.getByRole('dialog').getByRole('button', { name: 'OK', exact: true }).click();
    await expect(heading(page).textContent()).resolves.toBe(SAMPLE_BOARD_TITLE);
  });
});

/** Activities shown on the board (outcomes and parking lot). */
function activityCount(page: Page): Promise<number> {
  return page.locator('.activity-card__title').count();
}

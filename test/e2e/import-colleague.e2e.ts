/**
 * The file a colleague sends, opened through Import as the recipient does it: a map with two
 * people of one name, the wrong file altogether (the PDF, the CSV, an empty file, one from a newer
 * or an older app, one far too large), and the recipient's own board sent back edited. Each is
 * either opened as a new board that the room can read, or refused with a sentence that says what
 * the file is, while every board on this computer stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CSV_MESSAGE, EMPTY_FILE_MESSAGE, PDF_MESSAGE, boardToCsv, serializeBoard } from '../../shared/format';
import { SAMPLE_BOARD_TITLE, createSampleBoard } from '../../shared/sample';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { openBoard, outcome } from './helpers';
import { ensurePdfDir, importFile, openBoardId, storedBoards } from './pdf-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const SERIALIZE = { appVersion: '0.1.0', now: '2026-03-14T11:59:00.000Z' } as const;

async function fileWith(name: string, contents: string | Uint8Array): Promise<string> {
  const path = join(await ensurePdfDir(), name);
  await writeFile(path, contents);
  return path;
}

/** The sample map as a colleague would send it, with Leo Fischer renamed to Maya Chen. */
function mapWithTwoMayas(): string {
  const sample = createSampleBoard();
  const people = sample.people.map((person) => (person.name === 'Leo Fischer' ? { ...person, name: 'Maya Chen' } : person));
  return serializeBoard({ ...sample, title: 'Two Mayas', people }, SERIALIZE);
}

describe('a map with two people of one name', () => {
  it('opens with both of them, told apart by role on the chips and in "Set owner…", and says so', async () => {
    const { page, problems } = await openBoard(browser);
    await importFile(page, await fileWith('two-mayas.ownership.json', mapWithTwoMayas()));
    const dialog = page.getByRole('dialog', { name: 'Imported “Two Mayas” with a warning' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain(
      'Two people in the file are called "Maya Chen"; the later one (the 2nd person) is now "Maya Chen (Marketing Lead)", so that they can be told apart. Rename them on the board if you like.',
    );
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-two-mayas-warning.png') });
    await dialog.getByRole('button', { name: 'OK' }).click();

    await expect(page.getByRole('button', { name: 'Maya Chen', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Maya Chen (Marketing Lead)', exact: true }).count()).resolves.toBe(1);
    const owner = page.getByRole('combobox', { name: 'Set owner of Deals closed' });
    const options = await owner.locator('option').allInnerTexts();
    expect(options.filter((option) => option.startsWith('Maya Chen'))).toEqual(['Maya Chen', 'Maya Chen (Marketing Lead)']);
    await owner.selectOption({ label: 'Maya Chen (Marketing Lead)' });
    await expect(outcome(page, 'Deals closed').getByText('Owner: Maya Chen (Marketing Lead)', { exact: true }).isVisible()).resolves.toBe(true);
    // What Leo did before the rename is still his, under the new name.
    await expect(outcome(page, 'Outbound pipeline').getByRole('img', { name: /Maya Chen \(Marketing Lead\)/u }).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-two-mayas-board.png') });
    expect(problems).toEqual([]);
  });
});

describe('a map with an amount past what a board holds', () => {
  // Versions before the limit saved such amounts. The warning quoted the file's "1e+21" beside a
  // limit written in digits: which is the larger was anyone's guess in the room.
  it('opens with that amount empty, and the warning writes it in digits, as a card writes amounts', async () => {
    const { page, problems } = await openBoard(browser);
    const sample = createSampleBoard();
    const outcomes = sample.outcomes.map((o) => (o.title === 'Deals closed' ? { ...o, target: 1e21 } : o));
    await importFile(page, await fileWith('too-large.ownership.json', serializeBoard({ ...sample, title: 'Too large', outcomes }, SERIALIZE)));
    const dialog = page.getByRole('dialog', { name: 'Imported “Too large” with a warning' });
    await dialog.waitFor();
    const N = '\u202f';
    await expect(dialog.getByRole('listitem').allInnerTexts()).resolves.toEqual([
      `The 2nd outcome's target, 1${N}000${N}000${N}000${N}000${N}000${N}000${N}000, is too large: a board holds amounts up to 100${N}000${N}000${N}000${N}000${N}000${N}000, either side of zero. It is now empty: set it again on the board.`,
    ]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-too-large-warning.png') });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(outcome(page, 'Deals closed').getByText('No measurable result', { exact: true }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('the wrong file altogether', () => {
  const pdfBytes = Uint8Array.from([...new TextEncoder().encode('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, ...new TextEncoder().encode('\n1 0 obj\n')]);
  const cases: readonly { readonly name: string; readonly file: string; readonly contents: () => string | Uint8Array; readonly says: string }[] = [
    { name: 'the PDF export, renamed .json', file: 'map.json', contents: () => pdfBytes, says: PDF_MESSAGE },
    { name: 'the CSV export', file: 'outcomes.ownership.json', contents: () => boardToCsv(createSampleBoard()).outcomes, says: CSV_MESSAGE },
    { name: 'an empty file', file: 'empty.ownership.json', contents: () => '', says: EMPTY_FILE_MESSAGE },
    {
      name: 'a map from a newer version of the app',
      file: 'future.ownership.json',
      contents: () => serializeBoard(createSampleBoard(), SERIALIZE).replace('"version": 1,', '"version": 2,'),
      says: 'This file was made by a newer version of Ownership Board (file format version 2; this app reads up to version 1). Update Ownership Board to open it.',
    },
  ];

  it.each(cases)('$name is refused with a sentence naming it, and nothing changes', async ({ file, contents, says }) => {
    const { page, problems } = await openBoard(browser);
    const before = await storedBoards(page);
    await importFile(page, await fileWith(file, contents()));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(says);
    // Named like every other refusal (a PDF was "The file could not be imported").
    await expect(alert.getByRole('heading', { name: `“${file}” could not be imported` }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `import-refused-${file.replace(/\W+/gu, '-')}.png`) });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await expect(heading(page).textContent()).resolves.toBe(SAMPLE_BOARD_TITLE);
    await expect(storedBoards(page)).resolves.toEqual(before);
    expect(problems).toEqual([]);
  });

  it('a 50 MB file is refused before it is read, with the limit', async () => {
    const { page, problems } = await openBoard(browser);
    const before = await storedBoards(page);
    const path = join(await ensurePdfDir(), 'huge.ownership.json');
    const handle = await open(path, 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    await importFile(page, path);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('huge.ownership.json is larger than 20 MB, the most the app opens.');
    await expect(page.getByRole('alert').getByRole('heading', { name: '“huge.ownership.json” could not be imported' }).count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await expect(storedBoards(page)).resolves.toEqual(before);
    expect(problems).toEqual([]);
  });

  it('a map from an older version opens as a new board and says it was brought up to date', async () => {
    const { page, problems } = await openBoard(browser);
    await importFile(page, join(process.cwd(), 'test', 'fixtures', 'files', 'version-0-board.ownership.json'));
    const dialog = page.getByRole('dialog', { name: /^Imported “Autumn offsite: who owns growth\?” with/u });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('This file was saved in an older format (version 0) and has been brought up to date.');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(heading(page).textContent()).resolves.toBe('Autumn offsite: who owns growth?');
    await expect.poll(async () => (await storedBoards(page)).ids.length).toBe(2);
    expect(problems).toEqual([]);
  });
});

describe('a hostile map whose texts hold right-to-left overrides (U+202E)', () => {
  // Each override reversed the text after it: the title read "Board exe.png", the outcome
  // "Forecast accuracy" and Priya's name read as the file wanted, not as they are.
  function hostileMap(): string {
    const sample = createSampleBoard();
    return serializeBoard(
      {
        ...sample,
        title: 'Board \u202Egnp.exe',
        people: sample.people.map((p) => (p.name === 'Priya Nair' ? { ...p, name: 'Priya \u202EriaN' } : p)),
        outcomes: sample.outcomes.map((o) => (o.title === 'Forecast accuracy' ? { ...o, title: 'Forecast \u202Eycarucca', notes: 'Check \u202Ethis\u202C weekly' } : o)),
      },
      SERIALIZE,
    );
  }

  it('opens with the overrides taken out, the text as it is, and one warning that says so', async () => {
    const { page, problems } = await openBoard(browser);
    await importFile(page, await fileWith('hostile-bidi.ownership.json', hostileMap()));
    const dialog = page.getByRole('dialog', { name: 'Imported “Board gnp.exe” with a warning' });
    await dialog.waitFor();
    await expect(dialog.getByRole('listitem').allInnerTexts()).resolves.toEqual([
      'Took out 5 hidden characters that reverse or reorder text (bidirectional controls, like U+202E): some text may have read differently before.',
    ]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-bidi-warning.png') });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(heading(page).innerText()).resolves.toBe('Board gnp.exe');
    // The file was made on a sample elsewhere (the id every computer's sample had before each had
    // its own): not a version of this computer's own sample, and nothing says it is.
    await page
      .getByRole('region', { name: 'Notifications' })
      .getByText('Imported “Board gnp.exe” as a new board. Your other boards are unchanged.', { exact: true })
      .waitFor();
    await outcome(page, 'Forecast ycarucca').waitFor();
    await expect(page.getByRole('button', { name: 'Priya riaN', exact: true }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-bidi-board.png') });
    expect(problems).toEqual([]);
  });

  it('an override pasted into the board\'s title is taken out too', async () => {
    const { page, problems } = await openBoard(browser);
    await page.getByRole('button', { name: 'Edit title and purpose' }).click();
    const form = page.getByRole('form', { name: 'Board title and purpose' });
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Pasted \u202Egnp.exe');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => heading(page).innerText()).toBe('Pasted gnp.exe');
    expect(problems).toEqual([]);
  });
});

describe('your own board, sent back edited', () => {
  it('opens beside your board, titled with when it was imported, your board keeping the edits you made meanwhile', async () => {
    const { page, problems } = await openBoard(browser);
    const sample = await openBoardId(page);
    // The facilitator sends the map out…
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: 'Export', exact: true }).click();
        await page.getByRole('menuitem', { name: /^JSON/u }).click();
      })(),
    ]);
    const sent = await readFile(await download.path(), 'utf8');
    expect(sent).toContain(`"id": "${sample}"`);
    // …keeps working on it…
    await page.getByLabel("New person's name").fill('Local Lena');
    await page.getByRole('button', { name: 'Add person', exact: true }).click();
    await page.getByRole('button', { name: 'Local Lena', exact: true }).waitFor();
    // …and gets it back from a colleague with an outcome renamed (same board id in the file).
    const back = await fileWith('sent-back.ownership.json', sent.replace('"title": "Outbound pipeline"', '"title": "Outbound pipeline (Maya\'s edit)"'));
    await importFile(page, back);

    // The copy's title says it was imported, and when, so the two boards can be told apart.
    const copy = await heading(page).filter({ hasText: /\(imported / }).textContent();
    expect(copy).toMatch(new RegExp(`^${SAMPLE_BOARD_TITLE.replace(/[()]/gu, '\\$&')} \\(imported [^)]*\\d{4} at \\d{2}:\\d{2}(?: [AP]M)?\\)$`, 'u'));
    await page.getByRole('region', { name: 'Notifications' }).getByText(`Imported “${SAMPLE_BOARD_TITLE}” as “${copy ?? ''}”, a new board beside your own of that name, which is unchanged.`).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-sent-back-notice.png') });
    await outcome(page, "Outbound pipeline (Maya's edit)").waitFor();
    await expect(page.getByRole('button', { name: 'Local Lena', exact: true }).count()).resolves.toBe(0);

    const { ids } = await storedBoards(page);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(sample);
    await page.getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your boards' }).waitFor();
    await expect(page.getByRole('article', { name: SAMPLE_BOARD_TITLE, exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('article', { name: copy ?? '', exact: true }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-sent-back-library.png') });
    // The local board still has the edit made after the export.
    await page.getByRole('article', { name: SAMPLE_BOARD_TITLE, exact: true }).getByRole('button', { name: `Open ${SAMPLE_BOARD_TITLE}`, exact: true }).click();
    await page.getByRole('button', { name: 'Local Lena', exact: true }).waitFor();
    await outcome(page, 'Outbound pipeline').waitFor();

    // The copy, exported and sent round again, says when it arrived this time, not both times: it
    // was "… (imported 14 Mar 2026 at 10:15) (imported 14 Mar 2026 at 10:16)".
    await page.getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('article', { name: copy ?? '', exact: true }).getByRole('button', { name: `Open ${copy ?? ''}`, exact: true }).click();
    await heading(page).filter({ hasText: copy ?? '' }).waitFor();
    const [copyDownload] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: 'Export', exact: true }).click();
        await page.getByRole('menuitem', { name: /^JSON/u }).click();
      })(),
    ]);
    await importFile(page, await fileWith('sent-round-again.ownership.json', await readFile(await copyDownload.path(), 'utf8')));
    await expect.poll(async () => (await storedBoards(page)).ids.length).toBe(3);
    await expect.poll(() => heading(page).textContent()).not.toBe(copy);
    const third = await heading(page).textContent();
    // Within the minute the copy arrived in (most likely) it is numbered, as the same title twice is.
    expect(third).toMatch(new RegExp(`^${SAMPLE_BOARD_TITLE.replace(/[()]/gu, '\\$&')} \\(imported [^()]*\\d{4} at \\d{2}:\\d{2}(?: [AP]M)?(?:, 2)?\\)$`, 'u'));
    expect(problems).toEqual([]);
  });

  it('a file of the title your board had before you renamed it is no namesake: the notice says your boards are unchanged', async () => {
    const { page, problems } = await openBoard(browser);
    const sent = serializeBoard(createSampleBoard(), SERIALIZE);
    // Renamed just now: until the board's journal is folded in (once edits pause), storage still
    // holds the old title beside it.
    await page.getByRole('button', { name: 'Edit title and purpose' }).click();
    const form = page.getByRole('form', { name: 'Board title and purpose' });
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Renamed today');
    await form.getByRole('button', { name: 'Save' }).click();
    await heading(page).filter({ hasText: 'Renamed today' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();
    await importFile(page, await fileWith('before-the-rename.ownership.json', sent));
    await page.getByRole('region', { name: 'Notifications' }).getByText(`Imported “${SAMPLE_BOARD_TITLE}” as a new board. Your other boards are unchanged.`).waitFor();
    expect(problems).toEqual([]);
  });
});

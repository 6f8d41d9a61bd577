/**
 * Importing as a facilitator meets it: Import opens a file as a NEW board (the one on screen is
 * kept, in storage too); a refused file is an alert that names the problem and where, gets focus,
 * closes with Escape and changes nothing; warnings of an import that worked are shown; files
 * dropped on the window import the same way; markup in a file stays text.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeBoard } from '../../shared/format';
import { NOT_UTF8_MESSAGE, type OpenFileResult, type OwnershipBridge } from '../../shared/ipc';
import { LIMITS, type Board } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { useNotices } from '../../renderer/app/notices';
import { formatEdited, formatMoment } from '../../renderer/library/dates';
import { loadBoard, saveBoard } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME, getDatabase } from '../../renderer/db/database';
import { setBridgeForTesting } from '../../renderer/platform/bridge';
import { ImportButton } from '../../renderer/share/ImportButton';
import { ShareLayer } from '../../renderer/share/ShareLayer';
import { importBoardText } from '../../renderer/share/importBoard';
import { useShareStore } from '../../renderer/share/shareStore';
import { useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function bridgeOpening(result: OpenFileResult): OwnershipBridge {
  return {
    info: () => Promise.resolve({ shell: 'web', os: 'web', appVersion: 'test' }),
    saveFile: () => Promise.resolve({ status: 'cancelled' }),
    openFile: () => Promise.resolve(result),
    printToPdf: () => Promise.resolve({ status: 'cancelled' }),
    takePendingFile: () => Promise.resolve(null),
    writeBackup: () => Promise.resolve({ status: 'failed', message: 'No backups in this test.' }),
    listBackups: () => Promise.resolve([]),
    readBackup: () => Promise.resolve({ status: 'failed', message: 'No backups in this test.' }),
    deleteBackups: () => Promise.resolve({ status: 'deleted' as const }),
    setAppearance: () => Promise.resolve(),
    onMenuCommand: () => () => undefined,
  };
}

const opened = (name: string): OpenFileResult => ({ status: 'opened', name, text: fixture(name) });

let sample: Board;

function shownBoard(): Board | null {
  const { load } = useBoardStore.getState();
  return load.status === 'ready' ? load.board : null;
}

async function importThrough(result: OpenFileResult) {
  setBridgeForTesting(bridgeOpening(result));
  render(
    <>
      <ImportButton />
      <ShareLayer />
    </>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Import' }));
}

beforeEach(async () => {
  sample = createSampleBoard();
  await saveBoard(sample);
  useBoardStore.setState({ load: { status: 'ready', board: sample }, past: [], future: [], save: { status: 'saved' } });
  useShareStore.setState({ report: null, pdfDialogOpen: false, importing: false });
  useNotices.setState({ notices: [] });
  useUiStore.setState({ screen: 'board', view: 'board', presenting: false });
});

afterEach(async () => {
  vi.useRealTimers();
  setBridgeForTesting(null);
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('importing a map through the Import control', () => {
  it('opens it as a new board and keeps the board that was on screen', async () => {
    await importThrough(opened('valid.ownership.json'));
    await waitFor(() => {
      expect(shownBoard()?.title).toBe('Imported workshop');
    });
    const imported = shownBoard();
    expect(imported?.id).not.toBe(sample.id);
    expect(imported?.outcomes.map((o) => o.title)).toEqual(['Renewals kept']);
    await expect(loadBoard(sample.id)).resolves.toEqual(sample);
    await expect(getDatabase().boards.count()).resolves.toBe(2);
    expect(useNotices.getState().notices.at(-1)?.message).toBe('Imported “Imported workshop” as a new board. Your other boards are unchanged.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  // Your own board sent back edited by a colleague opened as a second board of the same title: two
  // library cards alike in every word, two identical "Open …" buttons to a screen reader.
  it('your own board sent back edited opens beside it, titled with when it was imported, and the notice says yours is unchanged', async () => {
    // Imported at 13:29 UTC.
    const at = '2026-11-29T13:29:00.000Z';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(at));
    const sentBack = serializeBoard({ ...sample, outcomes: sample.outcomes.map((o, i) => (i === 0 ? { ...o, title: 'Edited by Maya' } : o)) }, {
      appVersion: 'test',
      now: '2026-03-14T12:00:00.000Z',
    });
    await importThrough({ status: 'opened', name: 'sent-back.ownership.json', text: sentBack });
    await waitFor(() => {
      expect(shownBoard()?.outcomes[0]?.title).toBe('Edited by Maya');
    });
    const title = shownBoard()?.title ?? '';
    // The time as the library's cards write it ("Last edited today at 01:29 PM" in the US, not
    // 13:29), with the date as they write it for an older board: never "today" in a title.
    const clock = formatEdited(at, new Date(at)).replace(/^today at /u, '');
    const day = formatEdited(at, new Date('2026-12-24T12:00:00.000Z'));
    expect(title).toBe(`${sample.title} (imported ${day} at ${clock})`);
    const { locale, timeZone } = Intl.DateTimeFormat().resolvedOptions();
    if (locale === 'en-US' && timeZone === 'UTC') expect(title).toBe(`${sample.title} (imported Nov 29, 2026 at 01:29 PM)`);
    // …and, a version of the map yours is (the file's origin), offers to compare the two.
    expect(useNotices.getState().notices.at(-1)?.message).toBe(
      `Imported “${sample.title}” as “${title}”, a new board beside your own of that name, which is unchanged. It is another version of the same map as “${sample.title}”.`,
    );
    expect(useNotices.getState().notices.at(-1)?.action?.label).toBe(`Compare with “${sample.title}”`);
    await expect(loadBoard(sample.id)).resolves.toEqual(sample);
    await expect(getDatabase().boards.count()).resolves.toBe(2);
  });

  it('the same file imported twice gives three boards of three titles', async () => {
    const file = serializeBoard(sample, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' });
    setBridgeForTesting(bridgeOpening({ status: 'opened', name: 'again.ownership.json', text: file }));
    await expect(importBoardText('again.ownership.json', file)).resolves.toBe('imported');
    await expect(importBoardText('again.ownership.json', file)).resolves.toBe('imported');
    const titles = (await getDatabase().boards.toArray()).map((record) => record.title);
    expect(new Set(titles).size).toBe(3);
    expect(titles).toContain(sample.title);
    // Imported within the same minute: the second is numbered (a date may hold a comma of its own,
    // "Nov 29, 2026": the numbered one is the other title with ", 2" before its last parenthesis).
    const stamped = titles.filter((title) => title !== sample.title);
    const numbered = stamped.find((title) => title.endsWith(', 2)'));
    const first = stamped.find((title) => title !== numbered);
    expect(first).toMatch(/ \(imported .+ at .+\)$/u);
    expect(numbered).toBe(`${(first ?? '').slice(0, -1)}, 2)`);
  });

  it('a title at the length limit is shortened to leave room for when it was imported', async () => {
    const long = { ...sample, title: 'x'.repeat(LIMITS.titleLength) };
    act(() => {
      useBoardStore.setState({ load: { status: 'ready', board: long } });
    });
    await expect(importBoardText('long.ownership.json', serializeBoard(long, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }))).resolves.toBe('imported');
    const title = shownBoard()?.title ?? '';
    expect(title).toHaveLength(LIMITS.titleLength);
    expect(title).toMatch(/^x+ \(imported .+\)$/u);
  });

  it('a right-to-left title stays inside its quotes in the notice', async () => {
    const title = 'Board <img src=x> לוח';
    await expect(importBoardText('rtl.ownership.json', serializeBoard({ ...sample, id: 'rtl' as Board['id'], title }, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' }))).resolves.toBe(
      'imported',
    );
    expect(useNotices.getState().notices.at(-1)?.message).toBe(`Imported “\u2068${title}\u2069” as a new board. Your other boards are unchanged.`);
  });

  // "Board [U+202E]gnp.exe" read "Board exe.png", in the notice and on the board.
  it('a right-to-left override is taken out of the title, and the warnings say so', async () => {
    const title = 'Board <img src=x> \u202Egnp.exe';
    const text = serializeBoard({ ...sample, id: 'rtl' as Board['id'], title }, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' });
    await importThrough({ status: 'opened', name: 'rtl.ownership.json', text });
    const dialog = await screen.findByRole('dialog', { name: 'Imported “Board <img src=x> gnp.exe” with a warning' });
    expect(within(dialog).getByRole('listitem').textContent).toBe(
      'Took out 1 hidden character that reverses or reorders text (a bidirectional control, like U+202E): some text may have read differently before.',
    );
    expect(shownBoard()?.title).toBe('Board <img src=x> gnp.exe');
    expect(useNotices.getState().notices.at(-1)?.message).toBe('Imported “Board <img src=x> gnp.exe” as a new board. Your other boards are unchanged.');
  });

  it('the open board renamed just before (its stored title still the old one) is no namesake of a file of its old title', async () => {
    act(() => {
      useBoardStore.getState().dispatch({ type: 'board/edit', patch: { title: 'Renamed today' } });
    });
    await act(() => useBoardStore.getState().settled());
    const sentBack = serializeBoard(sample, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' });
    await importThrough({ status: 'opened', name: 'sent-back.ownership.json', text: sentBack });
    await waitFor(() => {
      expect(shownBoard()?.title).toBe(sample.title);
    });
    // The board it was exported from, under its new title, is the version it is compared with.
    expect(useNotices.getState().notices.at(-1)?.message).toBe(
      `Imported “${sample.title}” as a new board. Your other boards are unchanged. It is another version of the same map as “Renamed today”.`,
    );
  });

  it.each([
    ['in the library (not the open one) gives the import a title of its own', 'active', / \(imported .+\)$/u, /^Imported “Imported workshop” as “Imported workshop \(imported .+\)”, a new board beside your own of that name, which is unchanged\.$/u],
    ['in the trash does not', 'trashed', /^Imported workshop$/u, /^Imported “Imported workshop” as a new board\. Your other boards are unchanged\.$/u],
  ] as const)('a board of the same title %s', async (_name, status, titled, says) => {
    const other = { ...createSampleBoard(), id: 'other-board' as Board['id'], title: 'Imported workshop' };
    await saveBoard(other);
    await getDatabase().boards.update(other.id, { status });
    await importThrough(opened('valid.ownership.json'));
    await waitFor(() => {
      expect(shownBoard()?.title).toMatch(/^Imported workshop/u);
    });
    expect(shownBoard()?.title).toMatch(titled);
    expect(useNotices.getState().notices.at(-1)?.message).toMatch(says);
  });

  // An imported copy, exported and sent round again, was "Team A (imported 14 Mar 2026 at 10:15)
  // (imported 15 Mar 2026 at 09:00)": the first stamp gives way to this one. A title's own
  // brackets are the person's, and so is a title that is nothing but a stamp.
  const earlier = formatMoment('2026-03-14T10:15:00.000Z');
  it.each([
    ['a copy stamped by an earlier import', `Team A (imported ${earlier})`, 'Team A'],
    ['a numbered copy', `Team A (imported ${earlier}, 2)`, 'Team A'],
    ['a copy stamped twice by an earlier version', `Team A (imported ${earlier}) (imported ${earlier}, 3)`, 'Team A'],
    ['a title with brackets of its own', 'Tariffs (imported goods at 5%)', 'Tariffs (imported goods at 5%)'],
    ['a title that is only a stamp', `(imported ${earlier})`, `(imported ${earlier})`],
  ] as const)('%s, its title taken, is stamped with this import alone', async (_name, fileTitle, kept) => {
    const at = '2026-03-15T09:00:00.000Z';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(at));
    await saveBoard({ ...createSampleBoard(), id: 'taken' as Board['id'], title: fileTitle });
    await expect(importBoardText('copy.ownership.json', serializeBoard({ ...sample, title: fileTitle }, { appVersion: 'test', now: at }))).resolves.toBe('imported');
    expect(shownBoard()?.title).toBe(`${kept} (imported ${formatMoment(at)})`);
  });

  it('refuses a file with two owners in an alert naming the outcome, and changes nothing', async () => {
    await importThrough(opened('two-owners.ownership.json'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: '“two-owners.ownership.json” could not be imported' })).toBeDefined();
    expect(alert.textContent).toContain('The 1st outcome has two owners: an outcome has exactly one owner.');
    expect(alert.textContent).toContain('Where in the file: board.outcomes[0].ownerId');
    expect(alert.textContent).toContain('Nothing was changed');
    expect(shownBoard()).toBe(sample);
    await expect(getDatabase().boards.count()).resolves.toBe(1);
  });

  it('names the place of a dangling reference: outcomes[1].ownerId', async () => {
    await importThrough(opened('unknown-owner.ownership.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`The 2nd outcome's owner is a person who is not in the file ("p-ghost").`);
  });

  it('shows the exact place in the file', async () => {
    await importThrough(opened('newer-version.ownership.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Update Ownership Board to open it.');
    expect(within(alert).getByText('version', { selector: 'code' })).toBeDefined();
  });

  it('the alert is a dialog that takes focus; Escape closes it and focus returns to Import', async () => {
    await importThrough(opened('not-json.ownership.json'));
    const dialog = await screen.findByRole('dialog', { name: '“not-json.ownership.json” could not be imported' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'OK' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import' }));
  });

  it('a file the bridge could not read is an alert too, named in its heading like any other', async () => {
    await importThrough({ status: 'failed', name: 'huge.ownership.json', message: 'The file is too large to open: the limit is 20 MB.' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: '“huge.ownership.json” could not be imported' })).toBeDefined();
    expect(alert.textContent).toContain('the limit is 20 MB');
  });

  it('a failure before any file was chosen says "The file"', async () => {
    await importThrough({ status: 'failed', message: 'The open dialog could not be shown. Try again.' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The file could not be imported' })).toBeDefined();
  });

  it('a cancelled choice does nothing', async () => {
    await importThrough({ status: 'cancelled' });
    await waitFor(() => {
      expect(useShareStore.getState().importing).toBe(false);
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(shownBoard()).toBe(sample);
  });

  it('shows the warnings of an import that worked', async () => {
    await importThrough(opened('duplicate-assignee.ownership.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Imported “Imported workshop” with a warning' });
    expect(within(dialog).getByRole('listitem').textContent).toBe('The 1st activity names "Bo Svensson" among its assignees more than once; they are assigned once.');
    expect(shownBoard()?.title).toBe('Imported workshop');
    await userEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('counts every warning in the heading, the ones the list sums up in its last line too', async () => {
    // 40 people whose names hold a line break: 40 warnings, 20 listed and "…and 20 more like these."
    const people = Array.from({ length: 40 }, (_, index) => ({ id: `p-${String(index)}`, name: `Person\n${String(index)}` }));
    const text = JSON.stringify({ format: 'ownership-board', version: 1, board: { id: 'b', title: 'Forty names', people } });
    await importThrough({ status: 'opened', name: 'forty.ownership.json', text });
    const dialog = await screen.findByRole('dialog', { name: 'Imported “Forty names” with 40 warnings' });
    const lines = within(dialog).getAllByRole('listitem');
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)?.textContent).toBe('…and 20 more like these.');
  });

  it('stored but not opened, because the board on screen failed to save meanwhile: a notice says both, no refusal, the warnings still shown', async () => {
    const { openNew } = useBoardStore.getState();
    const message = '“Imported workshop” is in your library but was not opened. Your latest change to “Sample” is not saved, so that board stays open: The disk is full.';
    useBoardStore.setState({ openNew: () => Promise.resolve({ ok: false, stored: true, unsavedHere: true, message }) });
    try {
      await importThrough(opened('duplicate-assignee.ownership.json'));
      await screen.findByRole('dialog', { name: 'Imported “Imported workshop” with a warning' });
      expect(useNotices.getState().notices.at(-1)).toMatchObject({ message, tone: 'error' });
      expect(screen.queryByText(/could not be imported/u)).toBeNull();
      expect(shownBoard()).toBe(sample);
    } finally {
      useBoardStore.setState({ openNew });
    }
  });

  it('markup in a refused file is shown as text', async () => {
    const text = JSON.stringify({ format: 'ownership-board', version: 1, board: { title: 'x', people: [{ id: '<img src=x onerror=alert(1)>', name: 1 }] } });
    await importThrough({ status: 'opened', name: '<b>bold</b>.json', text });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“<b>bold</b>.json” could not be imported');
    expect(document.querySelector('img, b')).toBeNull();
  });
});

describe('a file dropped on the window', () => {
  function drop(files: File[]) {
    const event = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
    act(() => {
      window.dispatchEvent(event);
    });
    return event;
  }

  it('is imported as a new board', async () => {
    render(<ShareLayer />);
    const event = drop([new File([fixture('valid.ownership.json')], 'dropped.ownership.json')]);
    // Taken over, so the browser does not navigate away to show the file.
    expect(event.defaultPrevented).toBe(true);
    await waitFor(() => {
      expect(shownBoard()?.title).toBe('Imported workshop');
    });
  });

  it('is refused with the same alert when hostile', async () => {
    render(<ShareLayer />);
    drop([new File([fixture('wrong-format.ownership.json')], 'kanban.json')]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“kanban.json” could not be imported');
    expect(alert.textContent).toContain('This is not an Ownership Board file.');
    expect(shownBoard()).toBe(sample);
  });

  it('is refused, not imported with "�" for its accents, when it is not UTF-8', async () => {
    render(<ShareLayer />);
    const text = fixture('valid.ownership.json').replace('"Imported workshop"', '"Équipe Müller"');
    const latin1 = Uint8Array.from(text, (char) => char.charCodeAt(0));
    expect(latin1).toContain(0xfc); // ü in Windows-1252, not valid UTF-8 on its own
    drop([new File([latin1], 'latin1.ownership.json')]);
    const alert = await screen.findByRole('alert');
    // The same alert as the desktop app shows for such a file.
    expect(alert.textContent).toContain('“latin1.ownership.json” could not be imported');
    expect(alert.textContent).toContain(NOT_UTF8_MESSAGE);
    expect(alert.textContent).toContain('Nothing was changed');
    expect(shownBoard()).toBe(sample);
    await expect(getDatabase().boards.count()).resolves.toBe(1);
  });

  // A PDF renamed .json, a file of 25 MB and a UTF-16 one were "The file could not be imported"
  // while every other refusal named its file. The name isolated, as everywhere: a right-to-left
  // override in it stays inside it and the heading's own words read forwards.
  it.each([
    ['a PDF renamed .json', new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3'), 0],
    ['a file of 25 MB', new Uint8Array(8), 25 * 1024 * 1024],
    ['a UTF-16 file', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), 0],
  ])('%s is refused in an alert whose heading names the file', async (_what, bytes, size) => {
    render(<ShareLayer />);
    const name = 'map \u202Enosj.exe.ownership.json';
    const file = new File([bytes], name);
    if (size > 0) Object.defineProperty(file, 'size', { value: size });
    drop([file]);
    const alert = await screen.findByRole('alert');
    const heading = within(alert).getByRole('heading', { name: `“${name}” could not be imported` });
    expect(heading.querySelector('bdi')?.textContent).toBe(name);
    expect(shownBoard()).toBe(sample);
  });

  it('only the first of several files is imported, and the person is told', async () => {
    render(<ShareLayer />);
    drop([new File([fixture('valid.ownership.json')], 'first.ownership.json'), new File(['{}'], 'second.ownership.json')]);
    await waitFor(() => {
      expect(shownBoard()?.title).toBe('Imported workshop');
    });
    expect(useNotices.getState().notices[0]?.message).toBe('One file at a time: importing “first.ownership.json” only.');
  });

  it('a file name with a right-to-left override stays inside its quotes in that notice', async () => {
    render(<ShareLayer />);
    const name = 'map \u202Enosj.pihsrenwo.exe';
    drop([new File([fixture('valid.ownership.json')], name), new File(['{}'], 'second.ownership.json')]);
    await waitFor(() => {
      expect(shownBoard()?.title).toBe('Imported workshop');
    });
    expect(useNotices.getState().notices[0]?.message).toBe(`One file at a time: importing “\u2068${name}\u2069” only.`);
  });

  it('text dragged inside the page is left alone', () => {
    render(<ShareLayer />);
    const event = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { types: ['text/plain'], files: [] } });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});

describe('the import flow', () => {
  it('waits for the startup board before showing the import, so it is not replaced by it', async () => {
    useBoardStore.setState({ load: { status: 'loading' } });
    const importing = importBoardText('valid.ownership.json', fixture('valid.ownership.json'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(useBoardStore.getState().load.status).toBe('loading');
    useBoardStore.setState({ load: { status: 'ready', board: sample } });
    await expect(importing).resolves.toBe('imported');
    expect(shownBoard()?.title).toBe('Imported workshop');
  });

  it('an import from the library screen shows the new board', async () => {
    useUiStore.setState({ screen: 'library' });
    await expect(importBoardText('valid.ownership.json', fixture('valid.ownership.json'))).resolves.toBe('imported');
    expect(useUiStore.getState().screen).toBe('board');
  });

  it('a second import while one runs is turned away, not interleaved', async () => {
    useShareStore.setState({ importing: true });
    await expect(importBoardText('valid.ownership.json', fixture('valid.ownership.json'))).resolves.toBe('busy');
    expect(shownBoard()).toBe(sample);
  });
});

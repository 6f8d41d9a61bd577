/**
 * Restoring board backups (desktop): the dialog lists them by board and restores one as a NEW
 * board; a hostile or unreadable backup is an alert that changes nothing; the library leads to
 * the dialog, and offers the backups prominently when it has no boards or cannot read them; a
 * browser shows none of it. The app itself, started on an emptied storage with backups on disk,
 * opens on that offer (the desktop path cannot run end to end: a browser has no backups folder).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeBoard } from '../../shared/format';
import type { OpenFileResult } from '../../shared/ipc';
import { LIMITS, type Board, type BoardId } from '../../shared/model';
import { SAMPLE_BOARD_TITLE, createSampleBoard } from '../../shared/sample';
import { App } from '../../renderer/app/App';
import { useNotices } from '../../renderer/app/notices';
import { RestoreFromBackupButton } from '../../renderer/backups/BackupOffer';
import { RestoreBackupsDialog } from '../../renderer/backups/RestoreBackupsDialog';
import { useBackupOffer } from '../../renderer/backups/offer';
import { restoredTitle } from '../../renderer/backups/restore';
import { saveBoard } from '../../renderer/db/boards';
import { BOARD_DATA_VERSION, closeDatabase, DATABASE_NAME, SCHEMA_VERSION } from '../../renderer/db/database';
import { listBoards, trashBoard } from '../../renderer/db/library';
import { formatMoment } from '../../renderer/library/dates';
import { LibraryScreen } from '../../renderer/library/LibraryScreen';
import { setBridgeForTesting } from '../../renderer/platform/bridge';
import { ShareLayer } from '../../renderer/share/ShareLayer';
import { useShareStore } from '../../renderer/share/shareStore';
import { createWebBridge } from '../../renderer/platform/web';
import { useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';
import { backupOf, fakeBackupBridge, type FakeBackupBridge, type StoredBackup } from './fake-backup-bridge';
import { blurWhenDisabled } from './blurWhenDisabled';

const OFFER = 'Your boards are not in the app’s storage, but backups were found on this computer';
const fixture = (name: string) => readFileSync(join(process.cwd(), 'test', 'fixtures', 'import', name), 'utf8');

function teamBoard(title: string, id = 'board-a'): Board {
  return { ...createSampleBoard({ makeId: () => crypto.randomUUID(), now: '2026-03-14T09:00:00.000Z' }), id: id as BoardId, title };
}

const fileOf = (board: Board) => serializeBoard(board, { appVersion: '1.2.3', now: '2026-03-14T10:00:00.000Z' });

/** Two backups of Team A (renamed in between) and one of Team B, newest first: B, A, A. */
function someBackups(): StoredBackup[] {
  return [
    backupOf('board-a', 'Team A (before the rename)', '2026-03-14T09:30:00.000Z', fileOf(teamBoard('Team A (before the rename)'))),
    backupOf('board-a', 'Team A', '2026-03-14T10:15:30.000Z', fileOf(teamBoard('Team A'))),
    backupOf('board-b', 'Team B', '2026-03-14T11:00:00.000Z', fileOf(teamBoard('Team B', 'board-b'))),
  ];
}

function shownBoard(): Board | null {
  const { load } = useBoardStore.getState();
  return load.status === 'ready' ? load.board : null;
}

/** A database written by a newer version of the app: this one can neither read nor write it. */
async function makeStorageUnreadable(): Promise<void> {
  const newer = new Dexie(DATABASE_NAME);
  newer.version(SCHEMA_VERSION + 5).stores({ boards: 'id, updatedAt, title, status, owner', meta: 'key', snapshots: '++id, boardId', extra: 'id' });
  await newer.open();
  newer.close();
}

let current: Board;
let bridge: FakeBackupBridge;

beforeEach(async () => {
  current = teamBoard('Workshop in progress', 'board-current');
  await saveBoard(current);
  useBoardStore.setState({ load: { status: 'ready', board: current }, past: [], future: [], save: { status: 'saved' } });
  useUiStore.setState({ screen: 'library', view: 'board', presenting: false });
  useBackupOffer.setState({ offeredAtStartup: false, dismissed: false });
  useNotices.setState({ notices: [] });
  useShareStore.setState({ report: null, pdfDialogOpen: false, importing: false });
  bridge = fakeBackupBridge({ backups: someBackups() });
  setBridgeForTesting(bridge);
});

afterEach(async () => {
  setBridgeForTesting(null);
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

async function openDialog() {
  const onClose = vi.fn();
  render(<RestoreBackupsDialog onClose={onClose} />);
  const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
  await within(dialog).findAllByRole('button', { name: /^Restore / });
  return { dialog, onClose };
}

describe('the restore dialog', () => {
  it('lists the backups by board, newest first, with when each was saved and its size', async () => {
    const { dialog } = await openDialog();
    const boards = within(dialog).getAllByRole('region');
    expect(boards.map((region) => within(region).getByRole('heading').textContent)).toEqual(['Team B', 'Team A']);
    const teamA = within(dialog).getByRole('region', { name: 'Team A' });
    const items = within(teamA).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toMatch(/^Saved .*2026.* · \d+ KB/u);
    expect(items[1]?.textContent).toContain('then called “Team A (before the rename)”');
    expect(within(teamA).getAllByRole('button').map((button) => button.textContent)).toEqual(['Restore', 'Restore']);
  });

  it('restores a backup as a new board, titled with the backup\'s time, and leaves every other board as it was', async () => {
    const { dialog, onClose } = await openDialog();
    const before = await listBoards();
    const teamA = within(dialog).getByRole('region', { name: 'Team A' });
    await userEvent.click(within(teamA).getAllByRole('button', { name: /^Restore Team A, saved/u })[0] as HTMLElement);

    await waitFor(() => {
      expect(onClose).toHaveBeenCalled();
    });
    expect(bridge.readBackup).toHaveBeenCalledWith('board-a/2026-03-14T10-15-30.000Z.ownership.json');
    const restored = shownBoard();
    expect(restored?.title).toBe(`Team A (restored ${formatMoment('2026-03-14T10:15:30.000Z')})`);
    // Written as the library writes times: "Mar 14, 2026 at 10:15 AM" in the US, on a clock at UTC.
    expect(restored?.title).toMatch(/^Team A \(restored .+ at .+\)$/u);
    const { locale, timeZone } = Intl.DateTimeFormat().resolvedOptions();
    if (locale === 'en-US' && timeZone === 'UTC') expect(restored?.title).toBe('Team A (restored Mar 14, 2026 at 10:15 AM)');
    expect(restored?.id).not.toBe('board-a');
    expect(restored?.id).not.toBe(current.id);
    expect(restored?.outcomes).toHaveLength(4);
    expect(useUiStore.getState().screen).toBe('board');

    const after = await listBoards();
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((summary) => summary.id === current.id)?.title).toBe('Workshop in progress');
    expect(useNotices.getState().notices.at(-1)?.message).toMatch(/^Restored “Team A \(restored .*\)” as a new board/u);
  });

  it('stored but not opened (the board on screen failed to save meanwhile): the dialog says so as the store said it, not “was not restored”', async () => {
    const { openNew } = useBoardStore.getState();
    const message = '“Team A (restored)” is in your library but was not opened. Your latest change to “Workshop in progress” is not saved, so that board stays open: The disk is full.';
    const opened: string[] = [];
    useBoardStore.setState({
      openNew: (board) => {
        opened.push(board.title);
        return Promise.resolve({ ok: false, stored: true, unsavedHere: true, message });
      },
    });
    try {
      const { dialog, onClose } = await openDialog();
      const teamA = within(dialog).getByRole('region', { name: 'Team A' });
      const newest = within(teamA).getByRole('button', { name: /^Restore Team A, saved/u });
      const older = within(teamA).getByRole('button', { name: /^Restore Team A \(before the rename\), saved/u });
      await userEvent.click(newest);
      expect((await within(dialog).findByRole('alert')).textContent).toBe(message);
      expect(onClose).not.toHaveBeenCalled();
      expect(shownBoard()?.id).toBe(current.id);
      // That backup is in the library now: its button says so and cannot make a second copy.
      expect(newest.textContent).toBe('Restored');
      expect(newest.getAttribute('aria-disabled')).toBe('true');
      expect(newest.getAttribute('aria-label')).toMatch(/^Team A, saved .+: restored to your library$/u);
      await userEvent.click(newest);
      expect(opened).toHaveLength(1);
      // The other backups can still be restored.
      expect(older.textContent).toBe('Restore');
      expect(older.getAttribute('aria-disabled')).toBe('false');
    } finally {
      useBoardStore.setState({ openNew });
    }
  });

  it('a backup that comes back changed says how, as an import does: an amount past the limit an older version kept is now empty', async () => {
    const old = teamBoard('Team C', 'board-c');
    const tooLarge = { ...old, outcomes: old.outcomes.map((outcome, index) => (index === 0 ? { ...outcome, target: 1e21 } : outcome)) };
    bridge.stored.push(backupOf('board-c', 'Team C', '2026-03-14T12:00:00.000Z', fileOf(tooLarge)));
    render(
      <>
        <RestoreBackupsDialog onClose={vi.fn()} />
        <ShareLayer />
      </>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
    await userEvent.click(await within(dialog).findByRole('button', { name: /^Restore Team C/u }));

    const report = await screen.findByRole('dialog', { name: /^Restored “Team C \(restored .+\)” with a warning$/u });
    expect(within(report).getByText(/^The backup was restored as a new board\./u)).toBeDefined();
    expect(within(report).getByRole('listitem').textContent).toMatch(/^The 1st outcome's target, 1(\s000){7}, is too large.* It is now empty/u);
    expect(shownBoard()?.outcomes[0]?.target).toBeNull();
  });

  it('refuses a hostile backup with an alert, showing its markup as text and changing nothing', async () => {
    const hostile = fixture('two-owners.ownership.json').replace('"Imported workshop"', '"<img src=x onerror=\\"window.__pwned=1\\">"');
    bridge.stored.push(backupOf('board-evil', '<img src=x onerror="window.__pwned=1">', '2026-03-14T12:00:00.000Z', hostile));
    const { dialog, onClose } = await openDialog();
    const before = await listBoards();
    await userEvent.click(within(dialog).getByRole('button', { name: /^Restore <img/u }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/^This backup cannot be restored: .*owner/u);
    expect(onClose).not.toHaveBeenCalled();
    expect(shownBoard()).toBe(current);
    expect(await listBoards()).toEqual(before);
    expect(document.querySelector('img')).toBeNull();
    expect(within(dialog).getByRole('heading', { name: '<img src=x onerror="window.__pwned=1">' })).toBeDefined();
  });

  it('a Restore pressed from the keyboard keeps focus while it restores and after a refusal, and no other Restore acts meanwhile', async () => {
    bridge.stored.push(backupOf('board-x', 'Truncated', '2026-03-14T12:00:00.000Z', '{"format":"ownership-board","vers'));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { readBackup } = bridge;
    const read = readBackup.getMockImplementation();
    readBackup.mockImplementationOnce(async (id) => {
      await held;
      return (read as (id: string) => Promise<OpenFileResult>)(id);
    });
    const { dialog } = await openDialog();
    // As Chromium does: a focused button disabled loses focus to the page, and does not get it back.
    for (const button of within(dialog).getAllByRole('button', { name: /^Restore / })) blurWhenDisabled(button as HTMLButtonElement);
    const truncated = within(dialog).getByRole('button', { name: /^Restore Truncated/u });
    truncated.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => {
      expect(truncated.textContent).toBe('Restoring…');
    });
    expect(document.activeElement).toBe(truncated);
    // Another backup pressed meanwhile (by a screen reader's click: focus stays) is not restored as well.
    const teamB = within(dialog).getByRole('button', { name: /^Restore Team B/u });
    expect(teamB.getAttribute('aria-disabled')).toBe('true');
    act(() => {
      teamB.click();
    });
    expect(readBackup).toHaveBeenCalledTimes(1);

    release();
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/not valid JSON/u);
    // Focus is where the person left it, to try another backup or close the dialog.
    expect(document.activeElement).toBe(truncated);
    expect(truncated.getAttribute('aria-disabled')).toBe('false');
  });

  it('refuses a backup that is not JSON, or nested to crash a parser, without saving anything', async () => {
    bridge.stored.push(backupOf('board-x', 'Truncated', '2026-03-14T12:00:00.000Z', '{"format":"ownership-board","vers'));
    bridge.stored.push(backupOf('board-y', 'Deep', '2026-03-14T12:30:00.000Z', '['.repeat(100_000)));
    const { dialog } = await openDialog();
    const before = await listBoards();
    await userEvent.click(within(dialog).getByRole('button', { name: /^Restore Truncated/u }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/not valid JSON/u);
    await userEvent.click(within(dialog).getByRole('button', { name: /^Restore Deep/u }));
    await waitFor(() => {
      expect(within(dialog).getByRole('alert').textContent).toMatch(/nested too deeply/u);
    });
    expect(await listBoards()).toEqual(before);
  });

  it('says why a backup could not be read (too large, gone)', async () => {
    bridge.readBackup.mockResolvedValueOnce({ status: 'failed', message: 'The file is too large to open: the limit is 20 MB.' });
    const { dialog } = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: /^Restore Team B/u }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('The backup could not be read. The file is too large to open: the limit is 20 MB.');
    expect(shownBoard()).toBe(current);
  });

  it('says so when there are no backups yet', async () => {
    bridge.stored.length = 0;
    render(<RestoreBackupsDialog onClose={vi.fn()} />);
    expect(await screen.findByText('There are no backups on this computer yet.')).toBeDefined();
  });

  it('takes focus, closes with Escape and gives focus back to the button that opened it', async () => {
    render(<RestoreFromBackupButton />);
    const button = await screen.findByRole('button', { name: 'Restore from backup' });
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('keeps a restored title within the model\'s limit', () => {
    const title = restoredTitle('x'.repeat(LIMITS.titleLength), '2026-03-14T10:15:30.000Z');
    expect(Array.from(title)).toHaveLength(LIMITS.titleLength);
    expect(title).toMatch(/\(restored .*\)$/u);
  });
});

describe('the library', () => {
  it('has a "Restore from backup" button on the desktop, and no offer while it has boards', async () => {
    render(<LibraryScreen />);
    expect(await screen.findByRole('button', { name: 'Restore from backup' })).toBeDefined();
    await screen.findByRole('article', { name: 'Workshop in progress' });
    expect(screen.queryByText(OFFER)).toBeNull();
  });

  it('offers the backups prominently when it has no boards', async () => {
    closeDatabase();
    await Dexie.delete(DATABASE_NAME);
    render(<LibraryScreen />);
    const offer = await screen.findByRole('region', { name: OFFER });
    expect(offer.textContent).toContain('3 backups of 2 boards');
    await userEvent.click(within(offer).getByRole('button', { name: 'Choose a backup to restore' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
    await userEvent.click(await within(dialog).findByRole('button', { name: /^Restore Team B/u }));
    await waitFor(() => {
      expect(shownBoard()?.title).toMatch(/^Team B \(restored /u);
    });
    expect((await listBoards()).map((summary) => summary.title)).toEqual([shownBoard()?.title]);
  });

  it('offers the backups when it cannot read the boards at all', async () => {
    closeDatabase();
    await Dexie.delete(DATABASE_NAME);
    await makeStorageUnreadable();
    render(<LibraryScreen />);
    expect(await screen.findByRole('region', { name: OFFER })).toBeDefined();
    expect((await screen.findByRole('alert')).textContent).toMatch(/newer version/u);
  });

  it('puts the offer aside with "Not now"', async () => {
    closeDatabase();
    await Dexie.delete(DATABASE_NAME);
    render(<LibraryScreen />);
    const offer = await screen.findByRole('region', { name: OFFER });
    await userEvent.click(within(offer).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('region', { name: OFFER })).toBeNull();
  });

  it('offers nothing without backups', async () => {
    closeDatabase();
    await Dexie.delete(DATABASE_NAME);
    bridge.stored.length = 0;
    render(<LibraryScreen />);
    await screen.findByText('No boards yet: start a new one.');
    await waitFor(() => {
      expect(bridge.listBackups).toHaveBeenCalled();
    });
    expect(screen.queryByRole('region', { name: OFFER })).toBeNull();
  });

  it.each([
    { how: 'the trash is emptied', button: 'Empty trash', notice: 'Deleted 1 board for good.' },
    { how: 'one board is deleted for good from the trash', button: 'Delete for good Team A', notice: 'Deleted \u2068Team A\u2069 for good.' },
  ])('deletes the backups of the boards it deletes for good when $how, keeps the others, and says so first', async ({ button, notice }) => {
    await saveBoard(teamBoard('Team A', 'board-a'));
    await trashBoard('board-a' as BoardId, '2026-03-14T12:00:00.000Z');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<LibraryScreen />);
    const trash = await screen.findByRole('region', { name: 'Trash (1)' });
    await within(trash).findByRole('article', { name: 'Team A' });
    await screen.findByRole('button', { name: 'Restore from backup' });
    await userEvent.click(within(trash).getByRole('button', { name: button }));
    expect(confirm).toHaveBeenCalledWith('Delete “Team A” for good, with its backups on this computer? This cannot be undone.');
    await waitFor(() => {
      expect(bridge.deleteBackups).toHaveBeenCalledWith(['board-a']);
    });
    expect(bridge.stored.map((backup) => backup.entry.boardId)).toEqual(['board-b']);
    await waitFor(() => {
      expect(useNotices.getState().notices.map((n) => n.message)).toEqual([notice]);
    });
  });

  it('says so when the backups could not be deleted, though the boards are gone', async () => {
    await saveBoard(teamBoard('Team A', 'board-a'));
    await trashBoard('board-a' as BoardId, '2026-03-14T12:00:00.000Z');
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    bridge.deleteBackups.mockResolvedValue({ status: 'failed', message: 'Some backups could not be deleted: no permission.' });
    render(<LibraryScreen />);
    const trash = await screen.findByRole('region', { name: 'Trash (1)' });
    await within(trash).findByRole('article', { name: 'Team A' });
    await userEvent.click(within(trash).getByRole('button', { name: 'Empty trash' }));
    await waitFor(() => {
      expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual(['Deleted 1 board for good.', 'Some backups could not be deleted: no permission.']);
    });
    expect((await listBoards()).map((summary) => summary.title)).toEqual(['Workshop in progress']);
  });

  it('in a browser shows no backup button and no offer, and asks for no backups', async () => {
    closeDatabase();
    await Dexie.delete(DATABASE_NAME);
    const web = createWebBridge('test');
    const list = vi.spyOn(web, 'listBackups');
    setBridgeForTesting(web);
    render(<LibraryScreen />);
    await screen.findByText('No boards yet: start a new one.');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('button', { name: 'Restore from backup' })).toBeNull();
    expect(screen.queryByRole('region', { name: OFFER })).toBeNull();
    expect(list).not.toHaveBeenCalled();
  });
});

describe('the app on the desktop', () => {
  beforeEach(async () => {
    closeDatabase();
    await Dexie.delete(DATABASE_NAME);
    useBoardStore.setState({ load: { status: 'loading' }, past: [], future: [], save: { status: 'saved' } });
    useUiStore.setState({ screen: 'board' });
  });

  it('started on an empty storage with backups on disk, opens on the offer of those backups', async () => {
    render(<App />);
    const offer = await screen.findByRole('region', { name: OFFER });
    expect(within(offer).getByRole('button', { name: 'Choose a backup to restore' })).toBeDefined();
    expect(useUiStore.getState().screen).toBe('library');
  });

  it('started on an empty storage without backups, opens the sample board as on any first run', async () => {
    bridge.stored.length = 0;
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: SAMPLE_BOARD_TITLE })).toBeDefined();
    expect(screen.queryByRole('region', { name: OFFER })).toBeNull();
  });

  it('offers "Restore from backup" when the board could not be opened, and restores into a new board', async () => {
    const newer = teamBoard('From a newer app', 'board-newer');
    await saveBoard(newer);
    // The stored board says it was written by a newer app: opening it is refused.
    const { getDatabase } = await import('../../renderer/db/database');
    await getDatabase().boards.update(newer.id, { dataVersion: BOARD_DATA_VERSION + 1 });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'The board could not be opened' })).toBeDefined();
    await userEvent.click(await screen.findByRole('button', { name: 'Restore from backup' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
    await userEvent.click(await within(dialog).findByRole('button', { name: /^Restore Team B/u }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Team B \(restored / })).toBeDefined();
  });

  it('says clearly when a restored board cannot be saved because the storage is unreadable', async () => {
    await makeStorageUnreadable();
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'The board could not be opened' })).toBeDefined();
    await userEvent.click(await screen.findByRole('button', { name: 'Restore from backup' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
    await userEvent.click(await within(dialog).findByRole('button', { name: /^Restore Team B/u }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/^The restored board could not be saved: .*newer version/u);
  });

  it('in a browser offers no backups when the board could not be opened', async () => {
    await makeStorageUnreadable();
    setBridgeForTesting(createWebBridge('test'));
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'The board could not be opened' })).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('button', { name: 'Restore from backup' })).toBeNull();
  });
});

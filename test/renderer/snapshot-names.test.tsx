/**
 * Names of snapshots in the board's history: bidirectional controls and invisible characters are
 * taken out (a U+202E turned the dialog's line backwards), a name with nothing to see is refused
 * with a reason (it made a blank label and a Restore button with no name), and the names shown —
 * those kept before this rule too — are isolated from the text around them, as are board titles
 * in the library. Restoring one no longer kept says so, and each copy's size reads as a person
 * would say it ("1 outcome, 1 activity").
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { createSampleBoard } from '../../shared/sample';
import type { Board } from '../../shared/model';
import { useNotices } from '../../renderer/app/notices';
import { saveBoard } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME, openDatabase } from '../../renderer/db/database';
import { addSnapshot, listSnapshots, SNAPSHOT_NAME_LENGTH, snapshotName } from '../../renderer/db/snapshots';
import { HistoryPanel, SNAPSHOT_GONE } from '../../renderer/history/HistoryPanel';
import { LibraryScreen } from '../../renderer/library/LibraryScreen';
import { useBoardStore } from '../../renderer/store/boardStore';

const NOW = '2026-03-14T12:00:00.000Z';
let board: Board;

beforeEach(async () => {
  board = createSampleBoard();
  await saveBoard(board);
  useBoardStore.setState({ load: { status: 'ready', board }, past: [], future: [], save: { status: 'saved' } });
  useNotices.setState({ notices: [] });
});

afterEach(async () => {
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('snapshotName', () => {
  it('takes out bidirectional controls and invisible characters', () => {
    expect(snapshotName('\u202Eevil RTL')).toBe('evil RTL');
    expect(snapshotName('After\u200B day\u2066 1\u2069\uFEFF')).toBe('After day 1');
    expect(snapshotName('  padded  ')).toBe('padded');
    expect(snapshotName('line\nbreak')).toBe('line break');
  });

  // As a board's text is held (shared/text's asHeldText): a half of a surrogate pair alone, pasted
  // from a broken source, had been kept and shown as a box. A control between two halves does not join them.
  it('writes a half of a surrogate pair on its own as "�"', () => {
    expect(snapshotName('Day \uD83D 1')).toBe('Day \uFFFD 1');
    expect(snapshotName('\uDE80\u202E\uD83D')).toBe('\uFFFD\uFFFD');
    expect(snapshotName('Launch 🚀')).toBe('Launch 🚀');
  });

  it('keeps what words and emoji are written with', () => {
    // Persian with a zero-width non-joiner; an emoji family joined by zero-width joiners.
    expect(snapshotName('می‌خواهم')).toBe('می‌خواهم');
    expect(snapshotName('👨‍👩‍👧‍👦 team')).toBe('👨‍👩‍👧‍👦 team');
    expect(snapshotName('שלב 2')).toBe('שלב 2');
  });

  it('gives nothing for a name with nothing to see', () => {
    for (const name of ['', '   ', '\u200B', '\u202E', '\u200D', ' \u2060\u200C ', '\u3164', '\uFE0F']) expect(snapshotName(name)).toBeNull();
  });

  it('is at most the limit, never cutting a character in two', () => {
    const name = `${'x'.repeat(SNAPSHOT_NAME_LENGTH - 1)}🚀`;
    expect(snapshotName(name)).toBe('x'.repeat(SNAPSHOT_NAME_LENGTH - 1));
  });
});

describe('naming a snapshot', () => {
  it('keeps the name without its controls, and refuses one with nothing to see', async () => {
    await addSnapshot(board, 'named', NOW, '\u202Eevil RTL');
    await expect(addSnapshot(board, 'named', NOW, '\u200B')).rejects.toThrow(/only invisible characters/u);
    expect((await listSnapshots(board.id)).map((s) => s.name)).toEqual(['evil RTL']);
  });

  it('the store refuses an invisible name with a reason, and an empty one as before', async () => {
    const { nameSnapshot } = useBoardStore.getState();
    await expect(nameSnapshot('\u200B\u200B')).resolves.toEqual({
      ok: false,
      message: 'That name has only invisible characters: give the snapshot a name you can read, like “After day 1”.',
    });
    await expect(nameSnapshot('  ')).resolves.toEqual({ ok: false, message: 'A snapshot needs a name, like “After day 1”.' });
    expect(await listSnapshots(board.id)).toEqual([]);
  });
});

describe('the history dialog', () => {
  it('shows a name isolated from the text around it, and the Restore button says it', async () => {
    render(<HistoryPanel boardId={board.id} onClose={() => undefined} />);
    const dialog = await screen.findByRole('dialog', { name: 'Board history' });
    await within(dialog).findByText('No snapshots yet.');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name this moment' }), '\u202Eevil RTL');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save snapshot' }));
    const list = await within(dialog).findByRole('list', { name: 'Snapshots, newest first' });
    const name = within(list).getByText('evil RTL');
    expect(name.tagName).toBe('BDI');
    expect(within(list).getByRole('button', { name: /^Restore evil RTL from /u })).toBeDefined();
    expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual(['Kept a snapshot named \u2068evil RTL\u2069.']);
  });

  it('refuses an invisible name, says why and keeps what was typed', async () => {
    render(<HistoryPanel boardId={board.id} onClose={() => undefined} />);
    const dialog = await screen.findByRole('dialog', { name: 'Board history' });
    await within(dialog).findByText('No snapshots yet.');
    const field = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Name this moment' });
    await userEvent.type(field, '\u200B');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save snapshot' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('That name has only invisible characters: give the snapshot a name you can read, like “After day 1”.');
    expect(field.value).toBe('\u200B');
    expect(within(dialog).getByText('No snapshots yet.')).toBeDefined();
  });

  it('shows names kept before the rule as the rule keeps them, or by why they were taken', async () => {
    const db = await openDatabase();
    await db.snapshots.add({ boardId: board.id, createdAt: '2026-03-14T10:00:00.000Z', reason: 'named', name: '\u200B', board });
    await db.snapshots.add({ boardId: board.id, createdAt: '2026-03-14T11:00:00.000Z', reason: 'named', name: 'old \u202Ename', board });
    render(<HistoryPanel boardId={board.id} onClose={() => undefined} />);
    const list = await screen.findByRole('list', { name: 'Snapshots, newest first' });
    await waitFor(() => {
      expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    });
    expect(within(list).getByText('old name').tagName).toBe('BDI');
    expect(within(list).getByRole('button', { name: /^Restore old name from /u })).toBeDefined();
    expect(within(list).getByText('Named')).toBeDefined();
    expect(within(list).getByRole('button', { name: /^Restore named from /u })).toBeDefined();
  });

  it('says each copy’s size in the singular for one: “1 outcome, 1 activity”', async () => {
    // One outcome and one of its activities.
    const [outcome] = board.outcomes;
    const small = { ...board, outcomes: board.outcomes.slice(0, 1), activities: board.activities.filter((a) => a.outcomeId === outcome?.id).slice(0, 1) };
    await addSnapshot(small, 'opened', NOW);
    render(<HistoryPanel boardId={board.id} onClose={() => undefined} />);
    const list = await screen.findByRole('list', { name: 'Snapshots, newest first' });
    expect(within(list).getByText(/· 1 outcome, 1 activity$/u)).toBeDefined();
  });

  it('a snapshot no longer kept (pruned or deleted by another window): Restore says so in the dialog and changes nothing', async () => {
    const id = await addSnapshot({ ...board, title: 'Before day 1' }, 'named', NOW, 'Before day 1');
    const onClose = vi.fn();
    render(<HistoryPanel boardId={board.id} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Board history' });
    const restore = await within(dialog).findByRole('button', { name: /^Restore Before day 1 from /u });
    await (await openDatabase()).snapshots.delete(id);

    await userEvent.click(restore);
    expect((await within(dialog).findByRole('alert')).textContent).toBe(SNAPSHOT_GONE);
    expect(onClose).not.toHaveBeenCalled();
    expect(useBoardStore.getState().load).toEqual({ status: 'ready', board });
    expect(useBoardStore.getState().past).toEqual([]);
  });
});

describe('board titles in the library', () => {
  it('are isolated from the text around them', async () => {
    await saveBoard({ ...createSampleBoard(), id: 'rtl' as Board['id'], title: '\u202Eevil title' });
    render(<LibraryScreen />);
    const card = await screen.findByRole('article', { name: '\u202Eevil title' });
    expect(within(card).getByText('\u202Eevil title').tagName).toBe('BDI');
  });
});

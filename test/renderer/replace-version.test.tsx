/**
 * A team's returned file taken as the board that was sent: "Team A" holds what the team's version
 * holds under its own id, origin and title, what it held before is kept in its History (and stays
 * there, however many automatic snapshots follow), and the imported copy goes to the Trash — all in
 * one transaction, refused with a sentence and nothing changed when either board went, or the copy
 * on screen has a change not stored. The History asks first, keeping both boards by default, and
 * the notice's Undo takes it all back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { parseBoardFile, serializeBoard } from '../../shared/format';
import type { Board, BoardId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { useNotices } from '../../renderer/app/notices';
import { loadBoard, readBoardToCopy, saveBoard } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME, openDatabase } from '../../renderer/db/database';
import { emptyTrash, listBoards, trashBoard } from '../../renderer/db/library';
import { LAST_BOARD_KEY } from '../../renderer/db/names';
import { NOT_AS_STORED, replaceWithVersion, undoReplacement } from '../../renderer/db/replace';
import { addSnapshot, AUTOMATIC_SNAPSHOTS_KEPT, listSnapshots, loadSnapshot } from '../../renderer/db/snapshots';
import { HistoryPanel } from '../../renderer/history/HistoryPanel';
import { importBoardText } from '../../renderer/share/importBoard';
import { shownBoard, useBoardStore } from '../../renderer/store/boardStore';
import { onTheBoardView, showSaved } from './boardState';

const NOW = '2026-12-02T10:00:00.000Z';
const LATER = '2026-12-02T10:30:00.000Z';
const SERIALIZE = { appVersion: 'test', now: NOW } as const;

/** The facilitator's board, sent to Team A: "Deals closed" has no owner yet. */
let sent: Board;

/** The team's version, as imported here: Maya made the owner of "Deals closed", the purpose sharpened. */
function teamVersion(): Board {
  const imported = parseBoardFile(serializeBoard(sent, SERIALIZE), { newId: () => 'team-board', now: NOW });
  if (!imported.ok) throw new Error(imported.error.message);
  const team = imported.board;
  const maya = team.people.find((person) => person.name === 'Maya Chen');
  if (!maya) throw new Error('fixture');
  return {
    ...team,
    title: 'Team A (imported 2 Dec 2026 at 10:15)',
    purpose: 'Sharpened by Team A',
    outcomes: team.outcomes.map((outcome) => (outcome.title === 'Deals closed' ? { ...outcome, ownerId: maya.id } : outcome)),
  };
}

/** Everything stored, to see that a refusal changed nothing. */
async function everything(): Promise<unknown> {
  const db = await openDatabase();
  return { boards: await db.boards.toArray(), snapshots: await db.snapshots.toArray(), heads: await db.heads.toArray(), meta: await db.meta.toArray() };
}

const statusOf = async (id: BoardId) => (await listBoards()).find((board) => board.id === id)?.status;

beforeEach(async () => {
  sent = { ...createSampleBoard(), title: 'Team A' };
  await saveBoard(sent);
  showSaved(sent);
  onTheBoardView();
});

afterEach(async () => {
  vi.restoreAllMocks();
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('replacing the board sent with the team’s version, in storage', () => {
  it('gives "Team A" the team’s content under its own id, origin and title, keeps what it held in its History, and trashes the copy', async () => {
    const team = teamVersion();
    await saveBoard(team);
    const replaced = await replaceWithVersion(sent.id, team, LATER);

    const stored = await loadBoard(sent.id);
    expect(stored).toEqual({ ...team, id: sent.id, title: 'Team A', createdAt: sent.createdAt, updatedAt: LATER, origin: undefined });
    expect(stored).not.toHaveProperty('origin');
    expect(stored?.purpose).toBe('Sharpened by Team A');
    expect(replaced.board).toEqual(stored);

    const [kept, ...others] = await listSnapshots(sent.id);
    expect(others).toEqual([]);
    expect(kept?.reason).toBe('before-replace');
    expect(await loadSnapshot(kept?.id ?? -1)).toEqual(sent);

    expect(await statusOf(team.id)).toBe('trashed');
    await expect(readBoardToCopy(team.id)).resolves.toEqual(team);
    expect((await (await openDatabase()).meta.get(LAST_BOARD_KEY))?.value).toBe(sent.id);
  });

  it('keeps the origin of a board that is itself a version (a backup restored), not the team’s copy’s', async () => {
    const restored: Board = { ...sent, id: 'restored' as BoardId, origin: 'first-made-elsewhere' as BoardId };
    await saveBoard(restored);
    const team: Board = { ...teamVersion(), origin: 'first-made-elsewhere' as BoardId };
    await saveBoard(team);
    await replaceWithVersion(restored.id, team, LATER);
    await expect(loadBoard(restored.id)).resolves.toMatchObject({ id: 'restored', origin: 'first-made-elsewhere', title: 'Team A', purpose: 'Sharpened by Team A' });
  });

  it('keeps the board as it was through any number of automatic snapshots after', async () => {
    const team = teamVersion();
    await saveBoard(team);
    await replaceWithVersion(sent.id, team, LATER);
    for (let n = 0; n < AUTOMATIC_SNAPSHOTS_KEPT + 5; n++) await addSnapshot({ ...sent, purpose: `Edit ${String(n)}` }, 'interval', `2026-12-03T10:${String(n).padStart(2, '0')}:00.000Z`);
    expect((await listSnapshots(sent.id)).filter((snapshot) => snapshot.reason === 'before-replace')).toHaveLength(1);
  });

  it.each([
    ['the board sent was moved to the Trash', async () => trashBoard(sent.id, NOW), /^“Team A” is in the Trash now/u],
    ['the board sent was deleted for good', async () => trashBoard(sent.id, NOW).then(() => emptyTrash([sent.id])), /^That board is no longer in your library/u],
    ['the copy was moved to the Trash', async () => trashBoard('team-board' as BoardId, NOW), /^This board is no longer in your library/u],
  ])('is refused, with nothing changed, when %s', async (_case, meanwhile: () => Promise<unknown>, said: RegExp) => {
    const team = teamVersion();
    await saveBoard(team);
    await meanwhile();
    const before = await everything();
    await expect(replaceWithVersion(sent.id, team, LATER)).rejects.toThrow(said);
    expect(await everything()).toEqual(before);
  });

  it('is refused, with nothing changed, when the copy on screen holds a change not stored', async () => {
    const team = teamVersion();
    await saveBoard(team);
    const before = await everything();
    await expect(replaceWithVersion(sent.id, { ...team, purpose: 'Typed, not saved yet' }, LATER)).rejects.toThrow(NOT_AS_STORED);
    expect(await everything()).toEqual(before);
  });

  it('is refused for a board of another map', async () => {
    const other: Board = { ...createSampleBoard(), id: 'other-map' as BoardId, title: 'Another map' };
    await saveBoard(other);
    const before = await everything();
    await expect(replaceWithVersion(sent.id, other, LATER)).rejects.toThrow(/not a version of the same map as “Team A”/u);
    expect(await everything()).toEqual(before);
  });

  it('is one transaction: storage failing at its last step (the copy to the Trash) leaves both boards as they were', async () => {
    const team = teamVersion();
    await saveBoard(team);
    const before = await everything();
    const db = await openDatabase();
    const put = db.boards.put.bind(db.boards);
    vi.spyOn(db.boards, 'put').mockImplementation((record, key) =>
      record.id === team.id ? Dexie.Promise.reject(new DOMException('The disk is full', 'QuotaExceededError')) : put(record, key),
    );
    await expect(replaceWithVersion(sent.id, team, LATER)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await everything()).toEqual(before);
  });

  it('is taken back by undoReplacement: the board as it was, its snapshot gone, the copy out of the Trash; refused once the board changed since', async () => {
    const team = teamVersion();
    await saveBoard(team);
    const replaced = await replaceWithVersion(sent.id, team, LATER);
    await undoReplacement(replaced, '2026-12-02T10:31:00.000Z');
    await expect(loadBoard(sent.id)).resolves.toEqual({ ...sent, updatedAt: '2026-12-02T10:31:00.000Z' });
    expect(await listSnapshots(sent.id)).toEqual([]);
    expect(await statusOf(team.id)).toBe('active');

    const again = await replaceWithVersion(sent.id, team, LATER);
    const edited = await loadBoard(sent.id);
    if (!edited) throw new Error('gone');
    await saveBoard({ ...edited, purpose: 'Edited in another window' });
    const before = await everything();
    await expect(undoReplacement(again, LATER)).rejects.toThrow(/^“Team A” was changed since/u);
    expect(await everything()).toEqual(before);
  });
});

describe('"Replace “Team A” with this board" in the History of the team’s version', () => {
  /** The facilitator imports the team's file: it opens as "Team A (imported …)" beside "Team A". */
  async function returnedShown(): Promise<Board> {
    const file = JSON.parse(serializeBoard(teamVersion(), SERIALIZE)) as { board: { title: string } };
    file.board.title = 'Team A';
    await importBoardText('team-a.ownership.json', JSON.stringify(file));
    const returned = shownBoard();
    if (!returned || returned.id === sent.id) throw new Error('not imported');
    await useBoardStore.getState().settled();
    return returned;
  }

  /** The History of the team's version open, "Replace “Team A” with this board…" pressed. */
  async function askedToReplace() {
    const returned = await returnedShown();
    const user = userEvent.setup();
    render(<HistoryPanel boardId={returned.id} onClose={() => undefined} />);
    const section = await screen.findByRole('region', { name: 'Other versions of this map' });
    await user.click(within(section).getByRole('button', { name: 'Replace “Team A” with this board…' }));
    return { returned, user, section };
  }

  it('asks first, keeping both boards by default; Escape takes the question back and leaves the History open', async () => {
    const returned = await returnedShown();
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<HistoryPanel boardId={returned.id} onClose={onClose} />);
    const section = await screen.findByRole('region', { name: 'Other versions of this map' });
    const ask = within(section).getByRole('button', { name: 'Replace “Team A” with this board…' });
    await user.click(ask);
    const question = within(section).getByRole('group', { name: 'Replace “Team A” with this board?' });
    expect(question.textContent).toContain('What it holds now is kept in its History, to restore; this board, “Team A (imported');
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Keep both boards' }));
    await user.keyboard('{Enter}');
    expect(within(section).queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(ask);
    await user.click(ask);
    await user.keyboard('{Escape}');
    expect(within(section).queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(ask);
    expect(onClose).not.toHaveBeenCalled();
    expect(shownBoard()?.id).toBe(returned.id);
    expect(await statusOf(returned.id)).toBe('active');
  });

  it('is not offered on the board sent, for the team’s version listed there', async () => {
    await returnedShown();
    showSaved((await loadBoard(sent.id)) ?? sent);
    render(<HistoryPanel boardId={sent.id} onClose={() => undefined} />);
    const section = await screen.findByRole('region', { name: 'Other versions of this map' });
    expect(within(section).queryByRole('button', { name: /^Replace / })).toBeNull();
  });

  it('replaced, opens "Team A" holding the team’s version, says so, and Undo takes it all back', async () => {
    const { returned, user, section } = await askedToReplace();
    await user.click(within(section).getByRole('button', { name: 'Replace “Team A”' }));

    await waitFor(() => {
      expect(shownBoard()?.id).toBe(sent.id);
    });
    expect(shownBoard()).toMatchObject({ title: 'Team A', purpose: 'Sharpened by Team A' });
    expect(await statusOf(returned.id)).toBe('trashed');
    const notice = useNotices.getState().notices.at(-1);
    expect(notice?.message).toBe('“Team A” now holds the version you imported. Its previous content is kept in its History; the imported copy is in the Trash.');
    expect(notice?.action?.label).toBe('Undo');

    const run = notice?.action?.run;
    if (typeof run !== 'function') throw new Error('no Undo');
    run();
    await waitFor(() => {
      expect(shownBoard()?.id).toBe(returned.id);
    });
    await expect(loadBoard(sent.id)).resolves.toMatchObject({ title: 'Team A', purpose: sent.purpose });
    expect(await statusOf(returned.id)).toBe('active');
    expect(useNotices.getState().notices.at(-1)?.message).toMatch(/^Undone: “Team A” holds what it held before, and “Team A \(imported [^)]+\)” is back out of the Trash\.$/u);
  });

  it('with a change on screen not stored, says so in the question and changes nothing', async () => {
    const { returned, user, section } = await askedToReplace();
    const before = await everything();
    useBoardStore.setState({ save: { status: 'failed', message: 'The disk is full.' } });
    await user.click(within(section).getByRole('button', { name: 'Replace “Team A”' }));
    expect((await within(section).findByRole('alert')).textContent).toBe(NOT_AS_STORED);
    expect(shownBoard()?.id).toBe(returned.id);
    expect(await everything()).toEqual(before);
  });
});

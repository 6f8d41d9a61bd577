/**
 * A map sent to a team and sent back: the returned board knows which map it is a version of (its
 * origin), keeps knowing through everything a board goes through here (a patch save, its journal
 * folded, undo, a snapshot restored, a rename), and the facilitator is told: the import's notice
 * offers to compare, and the History lists the library's other versions, each with what changed
 * from it to this board. A duplicate and a template are new maps.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { parseBoardFile, serializeBoard } from '../../shared/format';
import type { ActivityId, Board, BoardId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { useNotices } from '../../renderer/app/notices';
import { compactSavedBoards, loadBoard, openStartupBoard, saveBoard } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { archiveBoard, duplicateBoard, otherVersionsOf, renameBoard, trashBoard } from '../../renderer/db/library';
import { addSnapshot, listSnapshots, loadSnapshot } from '../../renderer/db/snapshots';
import { HistoryPanel } from '../../renderer/history/HistoryPanel';
import { importBoardText } from '../../renderer/share/importBoard';
import { shownBoard, useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';
import { onTheBoardView, showSaved } from './boardState';

const NOW = '2026-12-02T10:00:00.000Z';
const SERIALIZE = { appVersion: 'test', now: NOW } as const;

/** The facilitator's board, as the workshop left it: "Deals closed" has no owner yet. */
let sent: Board;

/** The file the team sends back: imported, Maya made the owner of "Deals closed", an activity done, exported. */
function returnedFile(from: Board = sent): string {
  const imported = parseBoardFile(serializeBoard(from, SERIALIZE), { newId: () => 'team-board', now: NOW });
  if (!imported.ok) throw new Error(imported.error.message);
  const team = imported.board;
  const maya = team.people.find((person) => person.name === 'Maya Chen');
  if (!maya) throw new Error('fixture');
  const [first, ...rest] = team.activities;
  if (!first) throw new Error('fixture');
  const changed: Board = {
    ...team,
    title: 'Team A',
    outcomes: team.outcomes.map((outcome) => (outcome.title === 'Deals closed' ? { ...outcome, ownerId: maya.id } : outcome)),
    activities: [{ ...first, done: !first.done }, ...rest],
  };
  return serializeBoard(changed, SERIALIZE);
}

beforeEach(async () => {
  sent = createSampleBoard();
  await saveBoard(sent);
  showSaved(sent);
  onTheBoardView();
});

afterEach(async () => {
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('a returned board’s origin, kept here', () => {
  it('is stored with the imported board and survives a patch save, its journal folded, undo, redo, a snapshot restored and a rename', async () => {
    await importBoardText('returned.ownership.json', returnedFile());
    const returned = shownBoard();
    expect(returned?.origin).toBe(sent.id);
    if (!returned) throw new Error('not imported');
    await expect(loadBoard(returned.id)).resolves.toMatchObject({ origin: sent.id });

    // An edit, saved as a patch, then folded into the record.
    expect(useBoardStore.getState().dispatch({ type: 'board/edit', patch: { purpose: 'Updated by the facilitator' } }).ok).toBe(true);
    await useBoardStore.getState().settled();
    await compactSavedBoards();
    await expect(loadBoard(returned.id)).resolves.toMatchObject({ purpose: 'Updated by the facilitator', origin: sent.id });

    expect(useBoardStore.getState().undo()).toBe(true);
    expect(shownBoard()?.origin).toBe(sent.id);
    expect(useBoardStore.getState().redo()).toBe(true);
    await useBoardStore.getState().settled();

    // The first snapshot, as imported, holds it; restored, the board still has it.
    await waitFor(async () => {
      expect((await listSnapshots(returned.id)).length).toBeGreaterThan(0);
    });
    const [first] = (await listSnapshots(returned.id)).slice(-1);
    if (!first) throw new Error('no snapshot');
    const snapshot = await loadSnapshot(first.id);
    expect(snapshot?.origin).toBe(sent.id);
    if (!snapshot) throw new Error('no snapshot');
    await useBoardStore.getState().restoreSnapshot(snapshot);
    await useBoardStore.getState().settled();
    expect(shownBoard()?.origin).toBe(sent.id);
    await expect(loadBoard(returned.id)).resolves.toMatchObject({ origin: sent.id });

    await renameBoard(returned.id, 'Team A, reviewed', NOW);
    await expect(loadBoard(returned.id)).resolves.toMatchObject({ title: 'Team A, reviewed', origin: sent.id });
    // …and its own export writes the map it is a version of, not its own id.
    const stored = await loadBoard(returned.id);
    if (!stored) throw new Error('gone');
    expect(JSON.parse(serializeBoard(stored, SERIALIZE))).toMatchObject({ board: { id: returned.id, origin: sent.id } });
  });

  it('a duplicate and a template are new maps: neither keeps the origin, nor counts as a version', async () => {
    const returned: Board = { ...sent, id: 'returned' as BoardId, title: 'Team A', origin: sent.id };
    await saveBoard(returned);
    const copy = await duplicateBoard(returned.id, 'copy' as BoardId, NOW);
    const template = await duplicateBoard(returned.id, 'template' as BoardId, NOW, 'template');
    expect(copy).not.toHaveProperty('origin');
    expect(template).not.toHaveProperty('origin');
    await expect(loadBoard(copy.id)).resolves.not.toHaveProperty('origin');
    expect((await otherVersionsOf(returned)).map((version) => version.id)).toEqual([sent.id]);
  });
});

describe('the library’s other versions of a map', () => {
  it('are the boards of the same map outside the trash, the map as first made first, then the most recently changed; archived ones too', async () => {
    const version = (id: string, updatedAt: string): Board => ({ ...sent, id: id as BoardId, title: id, origin: sent.id, updatedAt });
    await saveBoard(version('team-a', '2026-12-01T09:00:00.000Z'));
    await saveBoard(version('team-b', '2026-12-01T11:00:00.000Z'));
    await saveBoard(version('team-c', '2026-12-01T12:00:00.000Z'));
    await saveBoard({ ...createSampleBoard(), id: 'other-map' as BoardId, title: 'Another map' });
    await archiveBoard('team-b' as BoardId, NOW);
    await trashBoard('team-c' as BoardId, NOW);
    const versions = await otherVersionsOf(version('team-a', NOW));
    expect(versions.map((v) => [v.id, v.status, v.first])).toEqual([
      [sent.id, 'active', true],
      ['team-b', 'archived', false],
    ]);
    expect((await otherVersionsOf(sent)).map((v) => v.id)).toEqual(['team-b', 'team-a']);
  });
});

describe('importing a returned file', () => {
  it('says it is another version of the map sent, and its button opens the History on what the team changed', async () => {
    await importBoardText('returned.ownership.json', returnedFile());
    const notice = useNotices.getState().notices.at(-1);
    expect(notice?.message).toBe(`Imported “Team A” as a new board. Your other boards are unchanged. It is another version of the same map as “${sent.title}”.`);
    expect(notice?.action?.label).toBe(`Compare with “${sent.title}”`);
    const run = notice?.action?.run;
    if (typeof run !== 'function') throw new Error('no Compare button');
    run();
    expect(useUiStore.getState().history).toEqual({ compareWith: sent.id });
  });

  it('a file of another map says nothing of versions, and offers no button', async () => {
    await importBoardText('other.ownership.json', serializeBoard({ ...createSampleBoard(), id: 'someone-elses' as BoardId, title: 'Their map' }, SERIALIZE));
    const notice = useNotices.getState().notices.at(-1);
    expect(notice?.message).toBe('Imported “Their map” as a new board. Your other boards are unchanged.');
    expect(notice?.action).toBeNull();
  });

  // Every computer's first sample had one id: a map a facilitator made on theirs, sent to a team
  // member, was "another version of the same map" as the team member's own untouched sample.
  it('a map made on another computer’s sample is not a version of this computer’s own sample', async () => {
    closeDatabase();
    await Dexie.delete(DATABASE_NAME);
    const mine = await openStartupBoard();
    showSaved(mine);
    const theirs: Board = { ...createSampleBoard(), title: 'Q3 leadership workshop' };
    await importBoardText('q3.ownership.json', serializeBoard(theirs, SERIALIZE));
    const notice = useNotices.getState().notices.at(-1);
    expect(notice?.message).toBe('Imported “Q3 leadership workshop” as a new board. Your other boards are unchanged.');
    expect(notice?.action).toBeNull();
    const imported = shownBoard();
    if (!imported) throw new Error('not imported');
    await expect(otherVersionsOf(imported)).resolves.toEqual([]);
  });

  it('a version in the trash is not offered', async () => {
    await trashBoard(sent.id, NOW);
    await importBoardText('returned.ownership.json', returnedFile());
    expect(useNotices.getState().notices.at(-1)?.action).toBeNull();
  });
});

describe('the History’s "Other versions of this map"', () => {
  async function returnedShown(): Promise<Board> {
    await importBoardText('returned.ownership.json', returnedFile());
    const returned = shownBoard();
    if (!returned) throw new Error('not imported');
    return returned;
  }

  it('is not there when the library holds no other version', async () => {
    await addSnapshot(sent, 'opened', NOW);
    render(<HistoryPanel boardId={sent.id} onClose={() => undefined} />);
    await screen.findByRole('list', { name: 'Snapshots, newest first' });
    expect(screen.queryByRole('heading', { name: 'Other versions of this map' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Other versions of this map' })).toBeNull();
  });

  it('lists the board sent, and says what changed from it to this board when asked', async () => {
    const returned = await returnedShown();
    const user = userEvent.setup();
    render(<HistoryPanel boardId={returned.id} onClose={() => undefined} />);
    const section = await screen.findByRole('region', { name: 'Other versions of this map' });
    expect(within(section).getByText(sent.title)).toBeDefined();
    expect(within(section).getByText(/· last changed /u)).toBeDefined();
    const button = within(section).getByRole('button', { name: `What changed from “${sent.title}” to this board` });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!panel) throw new Error('no panel');
    const outcomes = await within(panel).findByRole('region', { name: 'Outcomes' });
    expect(within(panel).getByRole('heading', { name: `From “${sent.title}” to this board` })).toBeDefined();
    expect(within(outcomes).getAllByRole('listitem').map((item) => item.textContent)).toContain('Deals closed: owner nobody → Maya Chen');
    expect(within(panel).getByRole('region', { name: 'Activities' }).textContent).toMatch(/marked (?:done|not done)/u);
    expect(within(panel).getByRole('region', { name: 'The board' }).textContent).toContain(`Title “${sent.title}” → “Team A”`);
    // The snapshots are listed as before, below.
    expect(await screen.findByRole('list', { name: 'Snapshots, newest first' })).toBeDefined();
  });

  it('does not count the stamp the import gave the title ("… (imported …)") as a change of the team’s', async () => {
    // The team kept the title: the import stamps it, beside the board sent of that title.
    const keptTitle = JSON.parse(returnedFile()) as { board: { title: string } };
    keptTitle.board.title = sent.title;
    await importBoardText('returned.ownership.json', JSON.stringify(keptTitle));
    const returned = shownBoard();
    if (!returned) throw new Error('not imported');
    expect(returned.title).toMatch(/ \(imported .+\)$/u);
    const user = userEvent.setup();
    render(<HistoryPanel boardId={returned.id} onClose={() => undefined} />);
    const section = await screen.findByRole('region', { name: 'Other versions of this map' });
    await user.click(within(section).getByRole('button', { name: /^What changed from / }));
    expect(await within(section).findByText('Deals closed: owner nobody → Maya Chen')).toBeDefined();
    expect(within(section).queryByRole('region', { name: 'The board' })).toBeNull();
  });

  it('opened for one version (the notice’s Compare), shows its changes and puts focus on its button', async () => {
    const returned = await returnedShown();
    render(<HistoryPanel boardId={returned.id} compareWith={sent.id} onClose={() => undefined} />);
    const section = await screen.findByRole('region', { name: 'Other versions of this map' });
    const button = await within(section).findByRole('button', { name: `What changed from “${sent.title}” to this board` });
    await waitFor(() => {
      expect(document.activeElement).toBe(button);
    });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(await within(section).findByText('Deals closed: owner nobody → Maya Chen')).toBeDefined();
  });

  it('says nothing differs of a version the team sent back unchanged, and shows a title from the file as text', async () => {
    const title = 'Board <img src=x onerror=alert(1)>';
    await importBoardText('unchanged.ownership.json', serializeBoard({ ...sent, title }, SERIALIZE));
    const returned = shownBoard();
    if (!returned) throw new Error('not imported');
    const user = userEvent.setup();
    render(<HistoryPanel boardId={returned.id} onClose={() => undefined} />);
    const section = await screen.findByRole('region', { name: 'Other versions of this map' });
    const button = within(section).getByRole('button', { name: /^What changed from / });
    await user.click(button);
    expect(await within(section).findByText(`Title “${sent.title}” → “${title}”`)).toBeDefined();
    expect(section.querySelector('img')).toBeNull();
    // Given the title of the board sent: the two hold the same map, their ids aside.
    showSaved({ ...returned, title: sent.title });
    await user.click(button);
    await user.click(button);
    expect(await within(section).findByText('Nothing differs: this board holds the map as that version does.')).toBeDefined();
  });

  // Every row's "Show all" read the same in a screen reader's list of buttons, beside the snapshots'.
  it('names the version in “Show all” of its changes, either way, as in “What changed”', async () => {
    const parked = Array.from({ length: 30 }, (_, i) => ({ id: `team-task-${String(i)}` as ActivityId, title: `Team task ${String(i + 1)}`, outcomeId: null, assigneeIds: [], done: false }));
    const many = JSON.parse(returnedFile()) as { board: { activities: unknown[] } };
    many.board.activities.push(...parked);
    await importBoardText('returned.ownership.json', JSON.stringify(many));
    const returned = shownBoard();
    if (!returned) throw new Error('not imported');
    const user = userEvent.setup();
    render(<HistoryPanel boardId={returned.id} onClose={() => undefined} />);
    const section = await screen.findByRole('region', { name: 'Other versions of this map' });
    await user.click(within(section).getByRole('button', { name: `What changed from “${sent.title}” to this board` }));
    const all = await within(section).findByRole('button', { name: /^Show all \d+ changes from “.+” to this board$/u });
    expect(all.textContent).toMatch(/^Show all \d+ changes$/u);
    expect(all.getAttribute('aria-label')).toBe(`${all.textContent} from “${sent.title}” to this board`);
    await user.click(all);
    expect(all.getAttribute('aria-label')).toBe(`Show the first changes only, from “${sent.title}” to this board`);
  });
});

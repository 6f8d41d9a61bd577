/**
 * useBackups: on the desktop, a copy of the open board goes to disk once when it is opened and at
 * most once a minute while it is edited, never when nothing changed; a failure is said once; a
 * browser writes nothing at all.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { parseBoardFile } from '../../shared/format';
import type { Board, BoardId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { useNotices } from '../../renderer/app/notices';
import { BACKUP_INTERVAL_MS, useBackups } from '../../renderer/backups/useBackups';
import { setBridgeForTesting } from '../../renderer/platform/bridge';
import { createWebBridge } from '../../renderer/platform/web';
import { useBoardStore } from '../../renderer/store/boardStore';
import { backupOf, fakeBackupBridge, type FakeBackupBridge } from './fake-backup-bridge';

/** A board's updatedAt, as the renderer sends it beside each backup. */
const STAMP = '2026-03-14T09:59:00.000Z';

const START = Date.UTC(2026, 2, 14, 10, 0, 0);

/** Lets the hook's promises (asking the shell, writing) run without moving the clock. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(0);
}

function show(board: Board, save: 'saved' | 'saving' = 'saved'): void {
  useBoardStore.setState({ load: { status: 'ready', board }, save: { status: save } });
}

/** A change as the store makes one: a new board object stamped with the time of the change. */
function edit(board: Board, title: string): Board {
  return { ...board, title, updatedAt: new Date().toISOString() };
}

function written(bridge: FakeBackupBridge): { boardId: string; title: string }[] {
  return bridge.writeBackup.mock.calls.map(([request]) => ({ boardId: request.boardId, title: request.title }));
}

function mount(bridge: FakeBackupBridge | ReturnType<typeof createWebBridge>) {
  setBridgeForTesting(bridge);
  return renderHook(() => {
    useBackups();
  });
}

let board: Board;

beforeEach(() => {
  vi.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  board = { ...createSampleBoard({ makeId: () => crypto.randomUUID(), now: new Date(START - 3_600_000).toISOString() }), title: 'Team A' };
  show(board);
  useNotices.setState({ notices: [] });
});

afterEach(() => {
  vi.useRealTimers();
  setBridgeForTesting(null);
});

describe('backing up the open board on the desktop', () => {
  it('writes one backup when the board is opened, as an ownership map file of that board', async () => {
    const bridge = fakeBackupBridge();
    mount(bridge);
    await settle();
    expect(written(bridge)).toEqual([{ boardId: board.id, title: 'Team A' }]);
    const json = bridge.writeBackup.mock.calls[0]?.[0].json ?? '';
    const parsed = parseBoardFile(json, { newId: () => 'new', now: new Date().toISOString() });
    expect(parsed.ok && parsed.board.title).toBe('Team A');
    expect(parsed.ok && parsed.board.outcomes.length).toBe(board.outcomes.length);
    expect(JSON.parse(json)).toMatchObject({ app: { version: '1.2.3' } });
  });

  it('does not write again while the board has not changed, not even after the board screen came back', async () => {
    const bridge = fakeBackupBridge();
    const first = mount(bridge);
    await settle();
    show(board, 'saving');
    show(board);
    await vi.advanceTimersByTimeAsync(5 * BACKUP_INTERVAL_MS);
    first.unmount();
    mount(bridge);
    await settle();
    expect(bridge.writeBackup).toHaveBeenCalledTimes(1);
  });

  it('does not add a copy when the newest backup on disk is already as recent as the board', async () => {
    const bridge = fakeBackupBridge({ backups: [backupOf(board.id, 'Team A', new Date(START - 60_000).toISOString(), '{}')] });
    mount(bridge);
    await settle();
    expect(bridge.writeBackup).not.toHaveBeenCalled();
    // The first change after that is written (once a minute has passed since that backup).
    show(edit(board, 'Team A, day 2'));
    await settle();
    expect(written(bridge)).toEqual([{ boardId: board.id, title: 'Team A, day 2' }]);
  });

  it('tells a backup that holds the board as it is by the board\'s stamp beside it, not by the clock', async () => {
    // The clock was set back after this backup was written: it is dated after the board's last
    // change, yet holds an older state of the board. A copy of the board as it is is written.
    const older = backupOf(board.id, 'Team A', new Date(START + 86_400_000).toISOString(), '{}', new Date(START - 7_200_000).toISOString());
    const bridge = fakeBackupBridge({ backups: [older] });
    mount(bridge);
    await settle();
    expect(written(bridge)).toEqual([{ boardId: board.id, title: 'Team A' }]);
    expect(bridge.writeBackup.mock.calls[0]?.[0].boardUpdatedAt).toBe(board.updatedAt);
  });

  it('adds no copy of a board its newest backup already holds, even one dated before the board\'s last change (a clock set forward then)', async () => {
    const same = backupOf(board.id, 'Team A', new Date(START - 86_400_000).toISOString(), '{}', board.updatedAt);
    const bridge = fakeBackupBridge({ backups: [same] });
    mount(bridge);
    await settle();
    expect(bridge.writeBackup).not.toHaveBeenCalled();
  });

  it('writes at most once a minute while editing, and the last change when the minute is up', async () => {
    const bridge = fakeBackupBridge();
    mount(bridge);
    await settle();
    let current = board;
    for (const [second, title] of [[5, 'v1'], [20, 'v2'], [45, 'v3']] as const) {
      await vi.advanceTimersByTimeAsync(second * 1000 - (Date.now() - START));
      current = edit(current, title);
      show(current, 'saving');
      show(current);
    }
    expect(bridge.writeBackup).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(START + BACKUP_INTERVAL_MS - Date.now() - 1);
    expect(bridge.writeBackup).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(written(bridge).map((call) => call.title)).toEqual(['Team A', 'v3']);

    // Quiet for a while: nothing more. The next change after a quiet minute goes out at once.
    await vi.advanceTimersByTimeAsync(10 * BACKUP_INTERVAL_MS);
    expect(bridge.writeBackup).toHaveBeenCalledTimes(2);
    show(edit(current, 'v4'));
    await settle();
    expect(written(bridge).map((call) => call.title)).toEqual(['Team A', 'v3', 'v4']);
  });

  it('backs up only what was saved: a change still being written waits for "Saved"', async () => {
    const bridge = fakeBackupBridge();
    mount(bridge);
    await settle();
    await vi.advanceTimersByTimeAsync(2 * BACKUP_INTERVAL_MS);
    const changed = edit(board, 'Unsaved yet');
    show(changed, 'saving');
    await vi.advanceTimersByTimeAsync(2 * BACKUP_INTERVAL_MS);
    expect(bridge.writeBackup).toHaveBeenCalledTimes(1);
    show(changed);
    await settle();
    expect(written(bridge).at(-1)?.title).toBe('Unsaved yet');
  });

  it('writes a pending change of a board when another one is opened, then backs up the other board', async () => {
    const bridge = fakeBackupBridge();
    mount(bridge);
    await settle();
    await vi.advanceTimersByTimeAsync(10_000);
    show(edit(board, 'Team A, edited'));
    await settle();
    expect(bridge.writeBackup).toHaveBeenCalledTimes(1);

    const other: Board = { ...board, id: 'board-b' as BoardId, title: 'Team B' };
    show(other);
    await settle();
    expect(written(bridge)).toEqual([
      { boardId: board.id, title: 'Team A' },
      { boardId: board.id, title: 'Team A, edited' },
      { boardId: 'board-b', title: 'Team B' },
    ]);
  });

  it('says once that backups fail, not on every save, and again after they worked in between', async () => {
    const bridge = fakeBackupBridge();
    bridge.writeBackup.mockResolvedValue({ status: 'failed', message: 'The disk is full.' });
    mount(bridge);
    await settle();
    let current = board;
    for (let n = 1; n <= 3; n++) {
      await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS);
      current = edit(current, `v${n}`);
      show(current);
      await settle();
    }
    expect(bridge.writeBackup).toHaveBeenCalledTimes(4);
    const errors = () => useNotices.getState().notices.filter((notice) => notice.tone === 'error').map((notice) => notice.message);
    expect(errors()).toEqual(['The disk is full. (“Team A” itself is saved in the app.)']);

    bridge.writeBackup.mockResolvedValueOnce({ status: 'saved' });
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS);
    current = edit(current, 'v4');
    show(current);
    await settle();
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS);
    show(edit(current, 'v5'));
    await settle();
    expect(errors()).toHaveLength(2);
  });

  it('tries a failed backup again with the next saved change, even if the board is the same', async () => {
    const bridge = fakeBackupBridge();
    bridge.writeBackup.mockResolvedValueOnce({ status: 'failed', message: 'The disk is full.' });
    mount(bridge);
    await settle();
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS);
    show(board, 'saving');
    show(board); // same board, e.g. "Retry" after a failed save
    show({ ...board }); // a new object with the same content and updatedAt
    await settle();
    expect(bridge.writeBackup).toHaveBeenCalledTimes(2);
  });
});

describe('in a browser', () => {
  it('writes nothing, whatever happens on the board', async () => {
    const bridge = createWebBridge('test');
    const write = vi.spyOn(bridge, 'writeBackup');
    const list = vi.spyOn(bridge, 'listBackups');
    mount(bridge);
    await settle();
    show(edit(board, 'changed'));
    await vi.advanceTimersByTimeAsync(5 * BACKUP_INTERVAL_MS);
    show({ ...board, id: 'board-b' as BoardId });
    await settle();
    expect(write).not.toHaveBeenCalled();
    expect(list).not.toHaveBeenCalled();
  });

  it('has a bridge that refuses backups honestly rather than pretending to save them', async () => {
    const bridge = createWebBridge('test');
    expect(await bridge.writeBackup({ boardId: 'b', title: 'x', boardUpdatedAt: STAMP, json: '{}' })).toEqual({
      status: 'failed',
      message: 'Backups to disk are a desktop feature.',
    });
    expect(await bridge.listBackups()).toEqual([]);
    expect(await bridge.readBackup('b/2026-03-14T10-00-00.000Z.ownership.json')).toMatchObject({ status: 'failed' });
  });
});

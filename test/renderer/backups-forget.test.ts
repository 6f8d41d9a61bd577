// Deleting the desktop backups of boards deleted for good (renderer/backups/forget.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BOARDS_PER_DELETE } from '../../shared/ipc';
import type { BoardId } from '../../shared/model';
import { deleteBackupsOf } from '../../renderer/backups/forget';
import { setBridgeForTesting } from '../../renderer/platform/bridge';
import { fakeBackupBridge } from './fake-backup-bridge';

afterEach(() => {
  setBridgeForTesting(null);
});

const ids = (...names: string[]) => names as BoardId[];

describe('deleting the backups of deleted boards', () => {
  it('asks only for ids that can name a backup folder, and nothing for none', async () => {
    const bridge = fakeBackupBridge();
    setBridgeForTesting(bridge);
    await expect(deleteBackupsOf(ids('board-a', '../etc', 'b c', 'board_b'))).resolves.toBeNull();
    expect(bridge.deleteBackups.mock.calls).toEqual([[['board-a', 'board_b']]]);
    await expect(deleteBackupsOf(ids('../etc'))).resolves.toBeNull();
    expect(bridge.deleteBackups).toHaveBeenCalledTimes(1);
  });

  it('asks in requests the main process accepts, and passes on the first problem', async () => {
    const bridge = fakeBackupBridge();
    setBridgeForTesting(bridge);
    bridge.deleteBackups.mockResolvedValueOnce({ status: 'deleted' }).mockResolvedValueOnce({ status: 'failed', message: 'No permission.' });
    const many = ids(...Array.from({ length: MAX_BOARDS_PER_DELETE + 1 }, (_, i) => `b-${String(i)}`));
    await expect(deleteBackupsOf(many)).resolves.toBe('No permission.');
    expect(bridge.deleteBackups.mock.calls.map(([batch]) => batch.length)).toEqual([MAX_BOARDS_PER_DELETE, 1]);
  });

  it('says so when the bridge itself fails', async () => {
    const bridge = fakeBackupBridge();
    bridge.deleteBackups.mockRejectedValue(new Error('gone'));
    setBridgeForTesting(bridge);
    await expect(deleteBackupsOf(ids('board-a'))).resolves.toBe('The backups of the deleted boards could not be deleted.');
  });
});

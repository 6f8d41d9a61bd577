/**
 * After a test that rendered the whole App on a real (fake-indexeddb) database: its saves settled,
 * the notices and the live region emptied, the database closed and deleted, for the next test.
 */
import { act } from '@testing-library/react';
import Dexie from 'dexie';
import { useNotices } from '../../renderer/app/notices';
import { useAnnouncer } from '../../renderer/board/dnd/announcements';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { useBoardStore } from '../../renderer/store/boardStore';

export async function tearDownApp(): Promise<void> {
  await act(() => useBoardStore.getState().settled());
  act(() => {
    useNotices.setState({ notices: [] });
    useAnnouncer.setState({ message: '', said: 0 });
  });
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
}

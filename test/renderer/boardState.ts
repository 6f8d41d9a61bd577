/** What component tests of the board read back, and how they leave the app between tests. */
import { act, cleanup } from '@testing-library/react';
import Dexie from 'dexie';
import type { Board } from '../../shared/model';
import { useNotices } from '../../renderer/app/notices';
import { useShareStore } from '../../renderer/share/shareStore';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';

/** The board open in the store: what the person's clicks and keys did to it. */
export function boardInStore(): Board {
  const { load } = useBoardStore.getState();
  if (load.status !== 'ready') throw new Error('no board open');
  return load.board;
}

/**
 * After a test of editors and their drafts: unmounted first (an editor left open with a draft
 * says, as it goes, that it was not saved), then back on the board view with no notices, and a
 * fresh database.
 */
export async function leaveDraftTest(): Promise<void> {
  cleanup();
  await Promise.resolve();
  act(() => {
    useUiStore.getState().setScreen('board');
    useUiStore.getState().setView('board');
    useNotices.setState({ notices: [] });
  });
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
}

/** Shows `board` as the open board, as storage holds it (nothing on its way), with a fresh history. */
export function showSaved(board: Board): void {
  useBoardStore.setState({ load: { status: 'ready', board }, past: [], future: [], save: { status: 'saved' } });
}

/** The app on the board view with nothing open over it: no import running, no report, notice or History. */
export function onTheBoardView(): void {
  useShareStore.setState({ report: null, pdfDialogOpen: false, importing: false });
  useNotices.setState({ notices: [] });
  useUiStore.setState({ screen: 'board', view: 'board', presenting: false, history: null });
}

/**
 * The native menu (and the OS) speaking to the UI: every MenuCommand from shared/ipc is handled
 * here, by the same actions the toolbar and keyboard use, so a menu item can never do something a
 * button does not. At start-up the file the OS asked the app to open (double-click on an
 * .ownership.json, a path on the command line) is imported once.
 */
import { useEffect } from 'react';
import type { MenuCommand, OwnershipBridge } from '../../shared/ipc';
import { createBlankBoard, type BoardId } from '../../shared/model';
import { notify } from '../app/notices';
import { chooseTheme } from '../app/theme';
import { enterPresentation, zoomToFit } from '../board/view';
import { openFind } from '../board/FindOnBoard';
import { keepsOwnUndo } from '../board/fieldUndo';
import { stepHistory } from '../board/undoRedo';
import { startExport } from '../share/exportBoard';
import { importBoardText, importFromPicker } from '../share/importBoard';
import { useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { getBridge } from './bridge';

/** The library's "New board" from the menu (Ctrl+N), wherever the person is: an empty board. */
export async function openNewBoard(): Promise<void> {
  const board = createBlankBoard(crypto.randomUUID() as BoardId, new Date().toISOString());
  const result = await useBoardStore.getState().openNew(board);
  if (result.ok) {
    const ui = useUiStore.getState();
    if (ui.screen !== 'board') ui.setScreen('board');
    ui.setView('board');
    notify('A new, empty board. Your other boards are unchanged.');
  } else {
    notify(
      result.stored ? result.message : result.unsavedHere ? `The new board was not created. ${result.message}` : `The new board could not be created: ${result.message}`,
      { tone: 'error' },
    );
  }
}

export async function handleMenuCommand(command: MenuCommand): Promise<void> {
  switch (command.type) {
    case 'undo':
    case 'redo':
      // The menu's Undo is the board's, except while typing: then it is the text field's own (fieldUndo.ts).
      if (keepsOwnUndo(document.activeElement)) {
        // execCommand is deprecated but remains the only way to drive a field's own undo stack.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        document.execCommand(command.type);
      } else if (useUiStore.getState().screen !== 'board') {
        // The history is the open board's, and the library does not show it: an Undo there changed
        // (and saved) the board out of sight, one step per press, with nothing to see.
        notify(`${command.type === 'undo' ? 'Undo' : 'Redo'} works on the open board: go back to it to ${command.type} its changes.`);
      } else stepHistory(command.type);
      return;
    case 'zoom': {
      const ui = useUiStore.getState();
      if (command.direction === 'in') ui.zoomIn();
      else if (command.direction === 'out') ui.zoomOut();
      else if (command.direction === 'reset') ui.setZoom(1);
      else zoomToFit(document.querySelector<HTMLElement>('.board-layout'));
      return;
    }
    case 'presentation':
      await enterPresentation();
      return;
    case 'find':
      if (!openFind()) notify(useUiStore.getState().presenting ? 'Find is in the board’s tools: leave the presentation (Esc) to find something on the board.' : 'Find works on the open board: open a board to find something on it.');
      return;
    case 'appearance':
      // The same as the library's Appearance, on whichever screen is showing: the hook is mounted
      // beside both (App.tsx's ShareLayer), so a facilitator can pick Light without leaving the board.
      chooseTheme(command.choice);
      return;
    case 'new-board':
      await openNewBoard();
      return;
    case 'import':
      await importFromPicker();
      return;
    case 'export':
      startExport(command.kind);
      return;
    case 'open-file':
      await importBoardText(command.name, command.text);
      return;
  }
}

// The pending file is taken once per bridge (StrictMode mounts effects twice; taking it twice
// would be harmless on the desktop, but a bridge that hands it out twice would import it twice).
const pendingAsked = new WeakSet<OwnershipBridge>();

export async function importPendingFile(bridge: OwnershipBridge): Promise<void> {
  if (pendingAsked.has(bridge)) return;
  pendingAsked.add(bridge);
  let pending: Awaited<ReturnType<OwnershipBridge['takePendingFile']>>;
  try {
    pending = await bridge.takePendingFile();
  } catch {
    return;
  }
  if (pending) await importBoardText(pending.name, pending.text);
}

export function useMenuCommands(): void {
  useEffect(() => {
    const bridge = getBridge();
    const unsubscribe = bridge.onMenuCommand((command) => {
      void handleMenuCommand(command);
    });
    void importPendingFile(bridge);
    return unsubscribe;
  }, []);
}

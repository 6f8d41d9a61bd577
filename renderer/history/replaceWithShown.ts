/**
 * "Replace “Team A” with this board", from the History of a team's returned file: the board that was
 * sent takes the team's version as its content (db/replace.ts), is opened, and the notice says what
 * became of each board, with an Undo. Without it the facilitator ended with two boards, and redid
 * the team's changes by hand or deleted their own.
 */
import { isolatedInSentence } from '../../shared/text';
import { notify } from '../app/notices';
import { focusAfterChange } from '../board/focus';
import { describeStorageError } from '../db/boards';
import { NOT_AS_STORED, replaceWithVersion, undoReplacement, type Replacement } from '../db/replace';
import type { MapVersion } from '../db/library';
import { shownBoard, useBoardStore } from '../store/boardStore';

/** Where focus goes on the board opened: its title, which says which board is on screen now. */
const BOARD_TITLE = '.board-header__title';

/** Opens board `id`, where focus has nowhere left to be (the dialog or the notice went): its title. */
async function openAndFocus(id: MapVersion['id']): Promise<boolean> {
  const opened = await useBoardStore.getState().openBoard(id);
  if (opened) focusAfterChange(BOARD_TITLE);
  return opened;
}

async function undo(replacement: Replacement): Promise<void> {
  try {
    await undoReplacement(replacement, new Date().toISOString());
  } catch (error) {
    notify(describeStorageError(error), { tone: 'error' });
    return;
  }
  await openAndFocus(replacement.version.id);
  notify(
    `Undone: “${isolatedInSentence(replacement.board.title)}” holds what it held before, and “${isolatedInSentence(replacement.version.title)}” is back out of the Trash.`,
  );
}

/**
 * Gives `original` the content of the board on screen, and shows it. Resolves null when done, else
 * why not in a sentence (nothing was changed): the board on screen has a change not stored yet, or
 * either board went meanwhile, or storage refused.
 */
export async function replaceWithShown(original: MapVersion): Promise<string | null> {
  const store = useBoardStore.getState();
  const shown = shownBoard();
  if (!shown) return NOT_AS_STORED;
  await store.settled();
  // Typed before the dialog opened and still on its way, failed, or in conflict: it is not what
  // storage holds, and the original would take the board without it.
  if (useBoardStore.getState().save.status !== 'saved' || shownBoard() !== shown) return NOT_AS_STORED;
  let replacement: Replacement;
  try {
    replacement = await replaceWithVersion(original.id, shown, new Date().toISOString());
  } catch (error) {
    return describeStorageError(error);
  }
  const title = isolatedInSentence(replacement.board.title);
  const done = `“${title}” now holds the version you imported. Its previous content is kept in its History; the imported copy is in the Trash.`;
  if (!(await openAndFocus(original.id))) {
    notify(`${done} Open “${title}” from All boards to see it.`);
    return null;
  }
  const after = shownBoard();
  notify(done, after ? { action: { label: 'Undo', offeredWhile: after, run: () => void undo(replacement) } } : {});
  return null;
}

/**
 * Delete (or Remove) in an activity's, outcome's or person's actions menu: `intent` removes the item
 * `id`. A refusal is said in an error notice. Once the item is gone, focus goes to its neighbour in
 * its list, else the list's field for a new one (placesWhenGone, read from the board before the
 * change): the menu that held focus went with the item. In that field Ctrl+Z takes the delete back
 * until something is typed there (fieldUndo.ts). Returns the result, for the caller's notice with
 * its Undo.
 */
import type { Intent } from '../../shared/intents';
import { notify } from '../app/notices';
import { useBoardStore, type DispatchResult } from '../store/boardStore';
import { focusAfterDelete, placesWhenGone } from './focus';

export function removeFromMenu(id: string, intent: Intent): DispatchResult {
  const { load, dispatch } = useBoardStore.getState();
  const places = load.status === 'ready' ? placesWhenGone(load.board, id) : [];
  const result = dispatch(intent);
  if (result.ok) focusAfterDelete(...places);
  else notify(result.error.message, { tone: 'error' });
  return result;
}

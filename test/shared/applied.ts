/** Boards for tests, made as the app makes them: by intents, through the commands. */
import { applyIntents } from '../../shared/commands';
import type { Intent } from '../../shared/intents';
import type { Board } from '../../shared/model';

/** `board` after `intents`, applied in turn; one the commands refuse fails the test with their reason. */
export function applied(board: Board, ...intents: readonly Intent[]): Board {
  const result = applyIntents(board, intents);
  if (!result.ok) throw new Error(result.error.message);
  return result.board;
}

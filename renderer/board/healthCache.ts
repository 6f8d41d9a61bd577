/**
 * One health computation per board state, shared by the header's score and the board's findings.
 * Boards are immutable and share the items a change did not touch, so a state is known by its
 * items (the very arrays), not by the board object: an undo or a redo brings a state back as a new
 * board stamped now, with the items it had, and its health is not computed again (~2 ms on 1,500
 * activities). The title, purpose and stamps play no part in the health.
 */
import { boardHealth, type BoardHealth } from '../../shared/health';
import type { Board } from '../../shared/model';

interface Kept {
  readonly people: Board['people'];
  readonly outcomes: Board['outcomes'];
  readonly health: BoardHealth;
}

/** States kept per activities array: an edit of an outcome or a person and its undo share one. */
const PER_ACTIVITIES = 4;

const cache = new WeakMap<Board['activities'], Kept[]>();

export function healthFor(board: Board): BoardHealth {
  const kept = cache.get(board.activities) ?? [];
  const found = kept.find((entry) => entry.people === board.people && entry.outcomes === board.outcomes);
  if (found) return found.health;
  const health = boardHealth(board);
  cache.set(board.activities, [{ people: board.people, outcomes: board.outcomes, health }, ...kept].slice(0, PER_ACTIVITIES));
  return health;
}

/**
 * One health computation per board state, shared by the header's score and the board's findings
 * (boards are immutable, so the board object itself is the cache key).
 */
import { boardHealth, type BoardHealth } from '../../shared/health';
import type { Board } from '../../shared/model';

const cache = new WeakMap<Board, BoardHealth>();

export function healthFor(board: Board): BoardHealth {
  let health = cache.get(board);
  if (!health) {
    health = boardHealth(board);
    cache.set(board, health);
  }
  return health;
}

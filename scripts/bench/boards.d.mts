// Types for scripts/bench/boards.mjs, so the TypeScript tests (test/bench) can import it.
import type { Board } from '../../shared/model';

export interface BoardSize {
  readonly outcomes: number;
  readonly activities: number;
  readonly people: number;
}

export type SizeName = 'small' | 'workshop' | 'large' | 'huge';

export const SIZES: Readonly<Record<SizeName, BoardSize>>;

/** Closures over one state (not methods): each may be taken out on its own, `const { pick } = random`. */
export interface Random {
  readonly next: () => number;
  /** An integer in [0, n). */
  readonly int: (n: number) => number;
  /** True with probability p. */
  readonly chance: (p: number) => boolean;
  readonly pick: <T>(items: readonly T[]) => T;
}

export function createRandom(seed: number): Random;

export function generateBoard(size: SizeName | BoardSize, options?: { readonly seed?: number; readonly now?: string }): Board;

export interface BenchBoardRecord {
  readonly id: Board['id'];
  readonly dataVersion: 1;
  readonly revision: 0;
  readonly status: 'active';
  readonly title: string;
  readonly updatedAt: string;
  readonly board: Board;
}

export function boardRecord(board: Board): BenchBoardRecord;

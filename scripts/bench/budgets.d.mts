// Types for scripts/bench/budgets.mjs, so the TypeScript tests (test/bench) can import it.
export const SIZE_ORDER: readonly string[];

export interface Floor {
  readonly blankLoadMs: number | null;
  readonly dexiePutMs: number | null;
  readonly frameMs: number | null;
}

export type SizeFigures = Readonly<Record<string, number | null>>;

export interface BenchResults {
  readonly floor: Floor;
  readonly bundleGzipKB: number | null;
  readonly [size: string]: SizeFigures | Floor | number | null;
}

export interface BudgetCheck {
  readonly label: string;
  readonly size: string | null;
  readonly key: string;
  readonly unit: string;
  readonly value: number | null;
  readonly limit: number | null;
  readonly why: string;
  readonly verdict: 'pass' | 'miss' | 'n/a';
}

export function checkBudgets(results: BenchResults): BudgetCheck[];
export const EXTRA_ROWS: readonly (readonly [label: string, key: string, unit: string])[];

export function formatReport(
  results: BenchResults,
  options?: {
    readonly notes?: readonly string[];
    readonly extras?: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
    /** Measured beside the floors, not judged against: the strict put at a drop on an empty page (p50, p95). */
    readonly floorExtras?: { readonly idbPutMs?: number | null; readonly dropPutP50Ms?: number | null; readonly dropPutP95Ms?: number | null; readonly blankLoads?: number };
  },
): string;

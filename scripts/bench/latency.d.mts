// Types for scripts/bench/latency.mjs, so the TypeScript tests (test/bench) can import it.
export interface LatencySample {
  readonly inputToPaintMs: number;
  readonly inputToDomMs: number;
  readonly renders: number | null;
}

export interface LatencySummary {
  readonly count: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly domMedianMs: number;
  readonly rendersMedian: number | null;
}

export function latencySummary(samples: readonly LatencySample[]): LatencySummary;
export function probeRenders(counts: Readonly<Record<string, number>> | null | undefined): number | null;
export function latencyComparison(
  before: readonly LatencySample[],
  after: readonly LatencySample[],
): { rounds: number; before: number; after: number; afterFasterIn: number; beforeP95: number; afterP95: number };
export function latencyTable(
  rows: readonly { readonly interaction: string; readonly size: string; readonly summaries: Readonly<Record<string, LatencySummary | undefined>> }[],
  labels: readonly string[],
): string;

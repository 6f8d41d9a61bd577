// Types for scripts/bench/stats.mjs, so the TypeScript tests (test/bench) can import it.
export function percentile(values: readonly number[], p: number): number;
export function median(values: readonly number[]): number;
export function intervals(timestamps: readonly number[]): number[];
export function summarise(values: readonly number[]): { count: number; p50: number; p95: number; max: number };
export function round(value: unknown, digits?: number): number | null;
export function compareRounds(before: readonly number[], after: readonly number[]): { rounds: number; before: number; after: number; afterFasterIn: number };
export function topSelfTime(profile: { nodes: readonly { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: readonly number[]; timeDeltas: readonly number[] }, limit: number): { name: string; ms: number }[];

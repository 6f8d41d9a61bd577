// The arithmetic of the benchmark: percentiles, intervals, rounding. Pure, so it is unit-tested
// (test/bench/stats.test.ts).

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks (the method of
 * NumPy's default and of Excel's PERCENTILE.INC). NaN for an empty list.
 */
export function percentile(values, p) {
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`percentile: p must be within 0..100, not ${p}`);
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const weight = rank - low;
  return sorted[low] + (sorted[high] - sorted[low]) * weight;
}

export const median = (values) => percentile(values, 50);

/** The gaps between consecutive timestamps. */
export function intervals(timestamps) {
  const gaps = [];
  for (let i = 1; i < timestamps.length; i++) gaps.push(timestamps[i] - timestamps[i - 1]);
  return gaps;
}

/** p50, p95 and max of a list (NaN each when empty). */
export function summarise(values) {
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
  };
}

/** Rounds to `digits` decimals; null for anything that is not a finite number. */
export function round(value, digits = 1) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Two builds' loads taken in turns (same rounds, same order of rounds): the medians, and in how
 * many rounds the `after` load was the faster of the pair.
 */
export function compareRounds(before, after) {
  if (before.length !== after.length) throw new RangeError(`compareRounds: ${before.length} loads before, ${after.length} after`);
  return {
    rounds: before.length,
    before: median(before),
    after: median(after),
    afterFasterIn: after.filter((ms, i) => ms < before[i]).length,
  };
}

/** The functions with the most self time in a CDP CPU profile (ms), `limit` of them; idle and program time left out. */
export function topSelfTime(profile, limit) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const frame = node.callFrame;
    const name = `${frame.functionName || '(anonymous)'}${frame.url ? ` ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : ''}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...self]
    .filter(([name]) => !['(idle)', '(program)'].includes(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }));
}

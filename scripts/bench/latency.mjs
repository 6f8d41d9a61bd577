// The arithmetic of scripts/bench/interactions.mjs: one interaction's samples summed up, the
// interleaved A/B of two builds, and the printed table. Pure, so it is unit-tested
// (test/bench/latency.test.ts).
import { compareRounds, percentile, round } from './stats.mjs';

/**
 * One interaction's samples (each { inputToPaintMs, inputToDomMs, renders }) as its figures: how
 * many, the median and p95 of input -> painted (the task after the frame that shows the change),
 * the median of input -> DOM changed, and the median renders per edit (the render probe's outcome
 * cards and parking lot; null when the probe counted nothing, or was off).
 */
export function latencySummary(samples) {
  const paint = samples.map((s) => s.inputToPaintMs);
  const renders = samples.map((s) => s.renders).filter((n) => typeof n === 'number');
  return {
    count: samples.length,
    medianMs: percentile(paint, 50),
    p95Ms: percentile(paint, 95),
    domMedianMs: percentile(samples.map((s) => s.inputToDomMs), 50),
    rendersMedian: renders.length === 0 ? null : percentile(renders, 50),
  };
}

/** The sum of the render probe's counts (outcome:<id> and parking-lot), or null without a probe. */
export function probeRenders(counts) {
  if (!counts) return null;
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** Two builds' samples of one interaction, taken in turns: medians, p95s and in how many turns `after` was faster. */
export function latencyComparison(before, after) {
  const paint = (samples) => samples.map((s) => s.inputToPaintMs);
  const rounds = compareRounds(paint(before), paint(after));
  return { ...rounds, beforeP95: percentile(paint(before), 95), afterP95: percentile(paint(after), 95) };
}

const cell = (value, digits = 1) => {
  const r = round(value, digits);
  return r === null ? '–' : String(r);
};

/**
 * The report as a Markdown table: one row per interaction and board, with `label`'s summaries
 * side by side (one build, or before and after).
 */
export function latencyTable(rows, labels) {
  const head = ['Interaction', 'Board', ...labels.flatMap((label) => [`${label} median ms`, `${label} p95 ms`, `${label} renders`])];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`];
  for (const row of rows) {
    const figures = labels.flatMap((label) => {
      const s = row.summaries[label];
      return s ? [cell(s.medianMs), cell(s.p95Ms), cell(s.rendersMedian, 0)] : ['–', '–', '–'];
    });
    lines.push(`| ${[row.interaction, row.size, ...figures].join(' | ')} |`);
  }
  return lines.join('\n');
}

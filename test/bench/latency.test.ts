// The arithmetic of scripts/bench/interactions.mjs: an interaction's samples summed up, the
// interleaved A/B of two builds, the printed table; and the CPU profile's top self time.
import { describe, expect, it } from 'vitest';
import { latencyComparison, latencySummary, latencyTable, probeRenders, type LatencySample } from '../../scripts/bench/latency.mjs';
import { topSelfTime } from '../../scripts/bench/stats.mjs';

const sample = (inputToPaintMs: number, renders: number | null = 1): LatencySample => ({ inputToPaintMs, inputToDomMs: inputToPaintMs / 2, renders });

describe('latencySummary', () => {
  it('gives the median and p95 of input -> painted, the median to the DOM, and the median renders', () => {
    const summary = latencySummary([sample(10), sample(20, 3), sample(30), sample(40), sample(200, 1)]);
    expect(summary).toMatchObject({ count: 5, medianMs: 30, domMedianMs: 15, rendersMedian: 1 });
    expect(summary.p95Ms).toBeCloseTo(168, 10);
  });

  it('has no render figure when the probe counted nothing (off)', () => {
    expect(latencySummary([sample(10, null), sample(12, null)]).rendersMedian).toBeNull();
  });

  it('gives NaN times for no samples', () => {
    const summary = latencySummary([]);
    expect(summary.count).toBe(0);
    expect(summary.medianMs).toBeNaN();
  });
});

describe('probeRenders', () => {
  it('sums the render probe over the outcome cards and the parking lot', () => {
    expect(probeRenders({ 'outcome:a': 1, 'outcome:b': 2, 'parking-lot': 1 })).toBe(4);
    expect(probeRenders({})).toBe(0);
    expect(probeRenders(null)).toBeNull();
  });
});

describe('latencyComparison', () => {
  it('pairs the samples taken in turns: medians, p95s and in how many turns after was faster', () => {
    const result = latencyComparison([sample(50), sample(60), sample(70)], [sample(40), sample(65), sample(30)]);
    expect(result).toMatchObject({ rounds: 3, before: 60, after: 40, afterFasterIn: 2 });
    expect(result.beforeP95).toBeCloseTo(69, 10);
  });

  it('refuses samples that were not taken in the same turns', () => {
    expect(() => latencyComparison([sample(1)], [])).toThrow(RangeError);
  });
});

describe('latencyTable', () => {
  it('is a Markdown table with a row per interaction and board, the builds side by side', () => {
    const table = latencyTable(
      [
        { interaction: 'tick done', size: 'workshop', summaries: { before: latencySummary([sample(16.84)]), after: latencySummary([sample(12)]) } },
        { interaction: 'zoom +', size: 'large', summaries: { before: latencySummary([sample(40, null)]) } },
      ],
      ['before', 'after'],
    );
    expect(table.split('\n')).toEqual([
      '| Interaction | Board | before median ms | before p95 ms | before renders | after median ms | after p95 ms | after renders |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| tick done | workshop | 16.8 | 16.8 | 1 | 12 | 12 | 1 |',
      '| zoom + | large | 40 | 40 | – | – | – | – |',
    ]);
  });
});

describe('topSelfTime', () => {
  it('adds up each function’s samples (µs to ms), leaving idle and program time out', () => {
    const frame = (functionName: string) => ({ functionName, url: '', lineNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(idle)') },
        { id: 2, callFrame: frame('render') },
        { id: 3, callFrame: { functionName: 'layout', url: 'http://x/assets/index.js', lineNumber: 9 } },
      ],
      samples: [1, 2, 3, 3, 2],
      timeDeltas: [5000, 1000, 2000, 2000, 500],
    };
    expect(topSelfTime(profile, 5)).toEqual([
      { name: 'layout index.js:10', ms: 4 },
      { name: 'render', ms: 1.5 },
    ]);
  });
});

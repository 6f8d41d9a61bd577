// The bench's arithmetic: percentiles by linear interpolation, frame intervals, summaries, A/B rounds.
import { describe, expect, it } from 'vitest';
import { compareRounds, intervals, median, percentile, round, summarise } from '../../scripts/bench/stats.mjs';

describe('percentile', () => {
  it('interpolates between closest ranks (NumPy default, Excel PERCENTILE.INC)', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 0)).toBe(15);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 40)).toBeCloseTo(29, 10);
    expect(percentile(values, 95)).toBeCloseTo(48, 10);
  });

  it('does not care about input order and leaves the input alone', () => {
    const values = [50, 15, 40, 20, 35];
    expect(percentile(values, 50)).toBe(35);
    expect(values).toEqual([50, 15, 40, 20, 35]);
  });

  it('gives NaN for no values, and ignores values that are not finite numbers', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([Number.NaN, 3, Number.POSITIVE_INFINITY], 50)).toBe(3);
  });

  it('refuses a percentile outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
  });

  it('p95 of 20 equal frames and one long one is still the frame, the max is the long one', () => {
    const frames = [...Array.from({ length: 20 }, () => 16.7), 250];
    expect(percentile(frames, 95)).toBeCloseTo(16.7, 10);
    expect(summarise(frames).max).toBe(250);
  });

  it('median of an even count is the mean of the middle two', () => {
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });
});

describe('intervals and summaries', () => {
  it('turns frame timestamps into the gaps between them', () => {
    expect(intervals([0, 10, 30, 100])).toEqual([10, 20, 70]);
    expect(intervals([5])).toEqual([]);
  });

  it('summarises count, p50, p95 and max', () => {
    expect(summarise([1, 2, 3, 4, 5])).toEqual({ count: 5, p50: 3, p95: 4.8, max: 5 });
    const empty = summarise([]);
    expect(empty.count).toBe(0);
    expect(empty.max).toBeNaN();
  });

  it('rounds to the asked decimals and turns non-numbers into null', () => {
    expect(round(16.66666)).toBe(16.7);
    expect(round(0.0349, 2)).toBe(0.03);
    expect(round(Number.NaN)).toBeNull();
    expect(round(null)).toBeNull();
    expect(round('3')).toBeNull();
  });
});

describe('an A/B of two builds taken in turns', () => {
  it('gives both medians and counts the rounds in which the build after the change was faster', () => {
    expect(compareRounds([90, 80, 100, 85], [85, 82, 90, 85])).toEqual({ rounds: 4, before: 87.5, after: 85, afterFasterIn: 2 });
  });

  it('refuses rounds that do not pair up', () => {
    expect(() => compareRounds([1, 2], [1])).toThrow(RangeError);
  });
});

// The budget verdicts and the printed report: floors turn into limits, missing figures are "n/a",
// and a miss is reported (the bench never fails on one).
import { describe, expect, it } from 'vitest';
import { checkBudgets, formatReport, type BenchResults } from '../../scripts/bench/budgets.mjs';

const size = (overrides: Record<string, number | null> = {}) => ({
  loadMs: 900,
  dragFrameP50Ms: 16.7,
  dragFrameP95Ms: 18,
  dragFrameMaxMs: 40,
  rendersPerDrop: 3,
  dropToSavedP50Ms: 10,
  dropToSavedP95Ms: 20,
  undoMs: 5,
  exportJsonMs: 3,
  importJsonMs: 10,
  pdfMs: 2000,
  pdfPages: 10,
  heapMB: 30,
  ...overrides,
});

const results = (overrides: Partial<BenchResults> = {}): BenchResults => ({
  floor: { blankLoadMs: 400, dexiePutMs: 8, frameMs: 16.7 },
  large: size(),
  huge: size({ dragFrameP95Ms: 40 }),
  bundleGzipKB: 150,
  ...overrides,
});

const verdict = (checks: ReturnType<typeof checkBudgets>, label: string, where: string | null) =>
  checks.find((c) => c.label === label && c.size === where)?.verdict;

describe('checkBudgets', () => {
  it('derives limits from the floors of the same run', () => {
    const checks = checkBudgets(results());
    expect(checks.find((c) => c.label === 'load')?.limit).toBe(1200);
    expect(checks.find((c) => c.label === 'drop -> saved p95')?.limit).toBe(24);
    expect(verdict(checks, 'load', 'large')).toBe('pass');
    expect(verdict(checks, 'drop -> saved p95', 'large')).toBe('pass');
  });

  it('caps the load budget at 1.5 s however slow the blank page is', () => {
    const checks = checkBudgets(results({ floor: { blankLoadMs: 2000, dexiePutMs: 8, frameMs: 16.7 } }));
    expect(checks.find((c) => c.label === 'load')?.limit).toBe(1500);
  });

  it('judges drag p95 on the large board at 20 ms and on the huge board at 33 ms', () => {
    const checks = checkBudgets(results());
    expect(verdict(checks, 'drag frame p95', 'large')).toBe('pass');
    expect(verdict(checks, 'drag frame p95', 'huge')).toBe('miss');
  });

  it('says n/a for a missing figure or floor, and skips sizes that were not measured', () => {
    const checks = checkBudgets({ floor: { blankLoadMs: null, dexiePutMs: 8, frameMs: 16.7 }, large: size({ pdfMs: null }), bundleGzipKB: 100 });
    expect(verdict(checks, 'load', 'large')).toBe('n/a');
    expect(verdict(checks, 'PDF', 'large')).toBe('n/a');
    expect(checks.some((c) => c.size === 'huge')).toBe(false);
    expect(verdict(checks, 'bundle (gzip)', null)).toBe('pass');
  });

  it('misses a figure over its limit', () => {
    const checks = checkBudgets(results({ large: size({ heapMB: 81, undoMs: 16.1 }) }));
    expect(verdict(checks, 'JS heap', 'large')).toBe('miss');
    expect(verdict(checks, 'undo', 'large')).toBe('miss');
  });
});

describe('formatReport', () => {
  it('prints the floors, a column per size, every budget with its verdict and the notes', () => {
    const text = formatReport(results({ large: size({ heapMB: 81 }) }), { notes: ['pdf: no print view'] });
    expect(text).toContain('blank page load');
    expect(text).toMatch(/large\s+huge/u);
    expect(text).toMatch(/MISS\s+JS heap \(large\)/u);
    expect(text).toMatch(/pass\s+bundle \(gzip\) \(app\)/u);
    expect(text).toContain('- pdf: no print view');
    expect(text).toContain('not a timed test');
  });

  it('prints the drop floor beside the floors when it was measured, and says it is not a budget floor', () => {
    expect(formatReport(results({ large: size() }))).not.toContain('strict put at a drop');
    const text = formatReport(results({ large: size() }), { floorExtras: { dropPutP50Ms: 1.6, dropPutP95Ms: 2.2 } });
    expect(text).toMatch(/strict put at a drop\s+2\.2 ms\s+p95 \(p50 1\.6\)/u);
    expect(text).toContain('not a budget floor');
  });

  it('names the put floor a Dexie put, and prints the raw IndexedDB put beside it as not a budget floor', () => {
    const plain = formatReport(results({ large: size() }));
    expect(plain).toMatch(/Dexie put\s+8 ms\s+\(one small record, durability 'strict'/u);
    expect(plain).not.toContain('raw IndexedDB put');
    const text = formatReport(results({ large: size() }), { floorExtras: { idbPutMs: 0.6 } });
    expect(text).toMatch(/raw IndexedDB put\s+0\.6 ms\s+the same put without Dexie .*not a budget floor/u);
    // The budget is judged against the Dexie put: 3 × 8 ms.
    expect(text).toMatch(/large: ≤ 24 ms \(3 × Dexie put floor\)/u);
  });

  it('says how the blank floor was measured when it was paired with the app loads', () => {
    expect(formatReport(results({ large: size() }))).not.toContain('loaded just before');
    const text = formatReport(results({ large: size() }), { floorExtras: { blankLoads: 17 } });
    expect(text).toMatch(/blank page load\s+400 ms\s+median of 17, each loaded just before one of the app's loads/u);
  });

  it('shows a dash for a figure that is missing', () => {
    expect(formatReport(results({ large: size({ pdfMs: null }) }))).toMatch(/PDF \(ms\)\s+—/u);
  });
});

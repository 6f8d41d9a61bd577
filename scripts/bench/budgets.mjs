// The performance budget and the printed report. Pure: figures in, checks and text out
// (test/bench/budgets.test.ts).

export const SIZE_ORDER = ['small', 'workshop', 'large', 'huge'];

/**
 * Each budget: the figure (a key of a size's results, or of the top level), the size it is judged
 * on, and its limit, fixed or derived from the floors measured in the same run.
 */
export const BUDGETS = [
  { key: 'dragFrameP95Ms', size: 'large', label: 'drag frame p95', unit: 'ms', limit: () => ({ value: 20, why: '20 ms' }) },
  { key: 'dragFrameP95Ms', size: 'huge', label: 'drag frame p95', unit: 'ms', limit: () => ({ value: 33, why: '33 ms' }) },
  {
    key: 'dropToSavedP95Ms',
    size: 'large',
    label: 'drop -> saved p95',
    unit: 'ms',
    limit: (floor) => ({ value: nullable(floor.dexiePutMs, (put) => 3 * put), why: '3 × Dexie put floor' }),
  },
  {
    key: 'loadMs',
    size: 'large',
    label: 'load',
    unit: 'ms',
    limit: (floor) => ({ value: nullable(floor.blankLoadMs, (blank) => Math.min(3 * blank, 1500)), why: 'min(3 × blank floor, 1500 ms)' }),
  },
  { key: 'undoMs', size: 'large', label: 'undo', unit: 'ms', limit: () => ({ value: 16, why: '16 ms' }) },
  { key: 'exportJsonMs', size: 'large', label: 'JSON export', unit: 'ms', limit: () => ({ value: 100, why: '100 ms' }) },
  { key: 'importJsonMs', size: 'large', label: 'JSON import', unit: 'ms', limit: () => ({ value: 300, why: '300 ms' }) },
  { key: 'pdfMs', size: 'large', label: 'PDF', unit: 'ms', limit: () => ({ value: 5000, why: '5 s' }) },
  { key: 'heapMB', size: 'large', label: 'JS heap', unit: 'MB', limit: () => ({ value: 80, why: '80 MB' }) },
  { key: 'bundleGzipKB', size: null, label: 'bundle (gzip)', unit: 'KB', limit: () => ({ value: 300, why: '300 KB' }) },
];

function nullable(value, f) {
  return typeof value === 'number' && Number.isFinite(value) ? f(value) : null;
}

/**
 * The verdict of every budget whose size was measured: pass, miss, or n/a when the figure or the
 * floor it depends on is missing. Never throws for a missing figure.
 */
export function checkBudgets(results) {
  const floor = results.floor ?? {};
  const checks = [];
  for (const budget of BUDGETS) {
    if (budget.size !== null && !results[budget.size]) continue;
    const value = budget.size === null ? results[budget.key] : results[budget.size][budget.key];
    const { value: limit, why } = budget.limit(floor);
    const measurable = typeof value === 'number' && Number.isFinite(value) && typeof limit === 'number' && Number.isFinite(limit);
    checks.push({
      label: budget.label,
      size: budget.size,
      key: budget.key,
      unit: budget.unit,
      value: typeof value === 'number' ? value : null,
      limit,
      why,
      verdict: measurable ? (value <= limit ? 'pass' : 'miss') : 'n/a',
    });
  }
  return checks;
}

/** The rows of the per-size table: label, key, unit. */
export const ROWS = [
  ['load', 'loadMs', 'ms'],
  ['drag frame p50', 'dragFrameP50Ms', 'ms'],
  ['drag frame p95', 'dragFrameP95Ms', 'ms'],
  ['drag frame max', 'dragFrameMaxMs', 'ms'],
  ['renders per drop', 'rendersPerDrop', ''],
  ['drop -> saved p50', 'dropToSavedP50Ms', 'ms'],
  ['drop -> saved p95', 'dropToSavedP95Ms', 'ms'],
  ['undo (Ctrl+Z)', 'undoMs', 'ms'],
  ['JSON export (Node)', 'exportJsonMs', 'ms'],
  ['JSON import (Node)', 'importJsonMs', 'ms'],
  ['PDF', 'pdfMs', 'ms'],
  ['PDF pages', 'pdfPages', ''],
  ['JS heap after load', 'heapMB', 'MB'],
];

const show = (value) => (value === null || value === undefined ? '—' : String(value));

function pad(text, width, right = false) {
  return right ? text.padStart(width) : text.padEnd(width);
}

/**
 * Rows printed under the table that are not part of the JSON figures (they are in the details
 * file): what the diagnosis leans on.
 */
export const EXTRA_ROWS = [
  ['undo -> next frame', 'undoToFrameMs', 'ms'],
  ['drop -> drawn p50', 'dropToDrawnP50Ms', 'ms'],
  ['drop -> drawn p95', 'dropToDrawnP95Ms', 'ms'],
  ['drop -> "Saved" shown p50', 'dropToSavedShownP50Ms', 'ms'],
  ['drop -> "Saved" shown p95', 'dropToSavedShownP95Ms', 'ms'],
  ['strict put of the board', 'boardPutMs', 'ms'],
  ['drag time in >50 ms frames', 'dragLongFrameSharePct', '%'],
  ['renders per drag (probe)', 'rendersPerDrag', ''],
];

/** The report as text: floors, one column per size, then every budget with its verdict. */
export function formatReport(results, { notes = [], extras = {}, floorExtras = {} } = {}) {
  const sizes = SIZE_ORDER.filter((size) => results[size]);
  const checks = checkBudgets(results);
  const lines = [];
  const floor = results.floor ?? {};
  lines.push('Floors (same server, same browser, same run)');
  const blankHow = floorExtras.blankLoads ? `   median of ${floorExtras.blankLoads}, each loaded just before one of the app's loads` : '';
  lines.push(`  blank page load        ${pad(show(floor.blankLoadMs), 8, true)} ms${blankHow}`);
  lines.push(`  Dexie put              ${pad(show(floor.dexiePutMs), 8, true)} ms   (one small record, durability 'strict', its own transaction)`);
  if (floorExtras.idbPutMs !== undefined) {
    lines.push(`  raw IndexedDB put      ${pad(show(floorExtras.idbPutMs), 8, true)} ms   the same put without Dexie (as the save worker writes); not a budget floor`);
  }
  lines.push(`  idle frame interval    ${pad(show(floor.frameMs), 8, true)} ms`);
  if (floorExtras.dropPutP95Ms !== undefined) {
    lines.push(
      `  strict put at a drop   ${pad(show(floorExtras.dropPutP95Ms), 8, true)} ms   p95 (p50 ${show(floorExtras.dropPutP50Ms)}): a raw strict put, sent at the release of the drops' drag on an empty page; not a budget floor`,
    );
  }
  lines.push('');
  const labelWidth = 30;
  const columnWidth = 11;
  lines.push(pad('', labelWidth) + sizes.map((size) => pad(size, columnWidth, true)).join('') + '   budget');
  for (const [label, key, unit] of ROWS) {
    const cells = sizes.map((size) => {
      const value = results[size][key];
      const check = checks.find((c) => c.key === key && c.size === size);
      const mark = check ? (check.verdict === 'pass' ? ' ✓' : check.verdict === 'miss' ? ' ✗' : ' ?') : '  ';
      return pad(show(value) + mark, columnWidth, true);
    });
    const budgets = checks
      .filter((c) => c.key === key && c.size !== null)
      .map((c) => `${c.size}: ≤ ${show(round1(c.limit))}${c.unit ? ` ${c.unit}` : ''} (${c.why})`)
      .join('; ');
    lines.push(pad(`${label}${unit ? ` (${unit})` : ''}`, labelWidth) + cells.join('') + (budgets ? `   ${budgets}` : ''));
  }
  if (sizes.some((size) => extras[size])) {
    lines.push('details (not budgeted; in the .details.json file):');
    for (const [label, key, unit] of EXTRA_ROWS) {
      const cells = sizes.map((size) => pad(`${show(extras[size]?.[key])}  `, columnWidth, true));
      lines.push((pad(`${label}${unit ? ` (${unit})` : ''}`, labelWidth) + cells.join('')).trimEnd());
    }
  }
  lines.push('');
  lines.push(`renderer bundle, gzipped: ${show(results.bundleGzipKB)} KB`);
  lines.push('');
  lines.push('Budget');
  for (const check of checks) {
    const where = check.size ?? 'app';
    const verdict = check.verdict === 'pass' ? 'pass' : check.verdict === 'miss' ? 'MISS' : 'n/a ';
    lines.push(
      `  ${verdict}  ${pad(`${check.label} (${where})`, 28)} ${pad(show(check.value), 9, true)} ${pad(check.unit, 2)}  ≤ ${show(round1(check.limit))} ${check.unit}  (${check.why})`,
    );
  }
  lines.push('  (A miss is reported, not failed: a benchmark is not a timed test.)');
  if (notes.length > 0) {
    lines.push('');
    lines.push('Notes');
    for (const note of notes) lines.push(`  - ${note}`);
  }
  return lines.join('\n');
}

function round1(value) {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 10) / 10 : null;
}

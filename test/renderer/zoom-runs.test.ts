/**
 * Zoom to fit searches the zooms in runs of one layout and one number of outcome columns (view.ts,
 * runsOfColumns): within a run the board only grows with the zoom, across them it does not.
 */
import { describe, expect, it } from 'vitest';
import { boardLayoutAt, outcomeColumns } from '../../renderer/board/BoardContent';
import { FIT_MAX_ZOOM, runsOfColumns } from '../../renderer/board/view';
import { MIN_ZOOM } from '../../renderer/store/uiStore';

describe('the runs of zooms Zoom to fit searches', () => {
  it.each([
    [1280, false],
    [1280, true],
    [1920, false],
    [2560, false],
    [700, false],
  ])('at %i px (presenting: %s) cover every whole percent once, each of one layout and number of columns', (width, presenting) => {
    const runs = runsOfColumns(width, presenting);
    const columnsAt = (percent: number) => {
      const layout = boardLayoutAt(width, percent / 100, presenting);
      return `${layout} ${String(outcomeColumns(layout, width, percent / 100, presenting))}`;
    };
    expect(runs[0]?.low).toBe(Math.round(MIN_ZOOM * 100));
    expect(runs.at(-1)?.high).toBe(Math.round(FIT_MAX_ZOOM * 100));
    runs.forEach((run, index) => {
      if (index > 0) expect(run.low).toBe((runs[index - 1]?.high ?? 0) + 1);
      for (let percent = run.low; percent <= run.high; percent++) expect(columnsAt(percent)).toBe(columnsAt(run.low));
      if (index > 0) expect(columnsAt(run.low)).not.toBe(columnsAt(run.low - 1));
    });
    // A handful of layouts to try before the search within one: not one a percent.
    expect(runs.length).toBeLessThan(30);
  });

  it('at 1280 px keeps 58–61 % (five columns) apart from 62 % (four), where the sample board fits', () => {
    expect(runsOfColumns(1280, false)).toEqual(expect.arrayContaining([{ low: 62, high: 71 }]));
  });
});

/**
 * The board's layout (one, two or three columns) follows the room the board has: the window's
 * width divided by the board's zoom, with presentation mode's larger type and wider cards
 * (BoardContent.tsx). A wider window never shows fewer columns of outcomes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { boardLayoutAt, outcomeColumns, useBoardLayout } from '../../renderer/board/BoardContent';

const initialWidth = window.innerWidth;

function resizeTo(width: number): void {
  act(() => {
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
    window.dispatchEvent(new Event('resize'));
  });
}

afterEach(() => {
  resizeTo(initialWidth);
});

describe('useBoardLayout', () => {
  it('follows the window as it is resized, and the zoom', () => {
    resizeTo(1280);
    const { result, rerender } = renderHook(({ zoom }: { zoom: number }) => useBoardLayout(zoom, false), { initialProps: { zoom: 1 } });
    expect(result.current).toBe('two');
    resizeTo(1600);
    expect(result.current).toBe('three');
    // Zoomed in to 200 %: 1600 px of window is 800 px of board.
    rerender({ zoom: 2 });
    expect(result.current).toBe('one');
    rerender({ zoom: 1 });
    resizeTo(900);
    expect(result.current).toBe('one');
  });

  it('presenting, on a 1280 × 720 projector: two columns of outcomes beside the people', () => {
    resizeTo(1280);
    expect(renderHook(() => useBoardLayout(1, true)).result.current).toBe('two');
    expect(outcomeColumns('two', 1280, 1, true)).toBe(2);
    resizeTo(1024);
    expect(renderHook(() => useBoardLayout(1, true)).result.current).toBe('one');
  });
});

describe('boardLayoutAt', () => {
  it('never shows fewer outcome columns in a wider window, at any zoom, presenting or not', () => {
    for (const presenting of [false, true]) {
      for (const zoom of [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 2]) {
        let before = 0;
        for (let width = 320; width <= 4000; width += 1) {
          const columns = outcomeColumns(boardLayoutAt(width, zoom, presenting), width, zoom, presenting);
          expect(columns, `${String(width)} px at ${String(zoom * 100)} %${presenting ? ', presenting' : ''}`).toBeGreaterThanOrEqual(before);
          before = columns;
        }
      }
    }
  });

  it('the columns beside the outcomes come in order as the window widens: people, then parking lot and findings', () => {
    const order = { one: 0, two: 1, three: 2 } as const;
    for (const presenting of [false, true]) {
      let before = 0;
      for (let width = 320; width <= 4000; width += 1) {
        const now = order[boardLayoutAt(width, 1, presenting)];
        expect(now).toBeGreaterThanOrEqual(before);
        before = now;
      }
    }
    expect([904, 1496].map((w) => [boardLayoutAt(w - 1, 1, false), boardLayoutAt(w, 1, false)])).toEqual([['one', 'two'], ['two', 'three']]);
    expect([1260, 2120].map((w) => [boardLayoutAt(w - 1, 1, true), boardLayoutAt(w, 1, true)])).toEqual([['one', 'two'], ['two', 'three']]);
  });
});

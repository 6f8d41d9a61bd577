/**
 * The board's one-column layout follows the room the board has: the window's width divided by
 * the board's zoom, with presentation mode's wider side columns (BoardContent.tsx).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { SINGLE_COLUMN_BELOW_PX, useSingleColumn } from '../../renderer/board/BoardContent';

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

describe('useSingleColumn', () => {
  it('is one column below the width, times the zoom, and follows the window as it is resized', () => {
    resizeTo(1280);
    const { result, rerender } = renderHook(({ zoom }: { zoom: number }) => useSingleColumn(zoom, false), { initialProps: { zoom: 1 } });
    expect(result.current).toBe(false);
    // Zoomed in to 120 %: 1280 px of window is 1,067 px of board, under 1,120.
    rerender({ zoom: 1.2 });
    expect(result.current).toBe(true);
    resizeTo(1300);
    expect(result.current).toBe(true);
    resizeTo(SINGLE_COLUMN_BELOW_PX.normal * 1.2);
    expect(result.current).toBe(false);
    rerender({ zoom: 1 });
    resizeTo(SINGLE_COLUMN_BELOW_PX.normal - 1);
    expect(result.current).toBe(true);
  });

  it('presenting, needs more room for its wider side columns', () => {
    resizeTo(1200);
    expect(renderHook(() => useSingleColumn(1, false)).result.current).toBe(false);
    expect(renderHook(() => useSingleColumn(1, true)).result.current).toBe(true);
    resizeTo(1280);
    expect(renderHook(() => useSingleColumn(1, true)).result.current).toBe(false);
  });
});

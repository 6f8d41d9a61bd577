/**
 * Presentation mode asks for full screen (and works without it), hides the editing chrome, and
 * leaves on Escape or when full screen ends. Ctrl+Z in a text field stays the field's own undo.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { App } from '../../renderer/app/App';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { useUiStore } from '../../renderer/store/uiStore';
import { useBoardStore } from '../../renderer/store/boardStore';
import { BoardToolbar, PRESENTATION_CONTROLS_IDLE_MS } from '../../renderer/board/BoardToolbar';

afterEach(async () => {
  act(() => {
    useUiStore.getState().setPresenting(false);
  });
  vi.restoreAllMocks();
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('presentation mode', () => {
  it('asks for full screen, hides editing chrome, and Escape leaves it', async () => {
    const requestFullscreen = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = requestFullscreen;
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Present' }));
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    expect(document.documentElement.classList.contains('presenting')).toBe(true);
    expect(screen.getByRole('button', { name: 'Exit presentation' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(await screen.findByRole('button', { name: 'Present' })).toBeDefined();
    expect(document.documentElement.classList.contains('presenting')).toBe(false);
  });

  it('still presents when full screen is refused', async () => {
    document.documentElement.requestFullscreen = vi.fn(() => Promise.reject(new Error('denied')));
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Present' }));
    expect(await screen.findByRole('button', { name: 'Exit presentation' })).toBeDefined();
  });
});

describe('the way out of a presentation', () => {
  it('fades once the pointer rests, comes back when it moves, and is named without its key hint', () => {
    vi.useFakeTimers();
    try {
      act(() => {
        useUiStore.getState().setPresenting(true);
      });
      render(<BoardToolbar layoutRef={{ current: null }} />);
      const exit = screen.getByRole('button', { name: 'Exit presentation' });
      expect(exit.getAttribute('aria-keyshortcuts')).toBe('Escape');
      const bar = screen.getByRole('region', { name: 'Presentation' });
      const idle = () => bar.classList.contains('toolbar--idle');
      const wait = (ms: number) => {
        act(() => {
          vi.advanceTimersByTime(ms);
        });
      };
      expect(idle()).toBe(false);
      wait(PRESENTATION_CONTROLS_IDLE_MS - 1);
      expect(idle()).toBe(false);
      wait(1);
      expect(idle()).toBe(true);
      fireEvent.pointerMove(window);
      expect(idle()).toBe(false);
      // Each move or press starts the wait again.
      wait(PRESENTATION_CONTROLS_IDLE_MS - 1);
      fireEvent.pointerDown(window);
      wait(PRESENTATION_CONTROLS_IDLE_MS - 1);
      expect(idle()).toBe(false);
      wait(1);
      expect(idle()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('keyboard undo', () => {
  it('Ctrl+Z undoes the last board change, but not while typing in a field', async () => {
    render(<App />);
    const input = await screen.findByRole('textbox', { name: 'New outcome title' });
    await userEvent.type(input, 'Churn below 2%{Enter}');
    expect(await screen.findByRole('region', { name: 'Churn below 2%' })).toBeDefined();
    await userEvent.type(input, 'x');
    fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(screen.getByRole('region', { name: 'Churn below 2%' })).toBeDefined();
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(screen.queryByRole('region', { name: 'Churn below 2%' })).toBeNull();
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(screen.getByRole('region', { name: 'Churn below 2%' })).toBeDefined();
    expect(useBoardStore.getState().future).toHaveLength(0);
  });

  it('Ctrl+Z on a select (an owner just chosen) undoes the board change: a select has no undo of its own', async () => {
    render(<App />);
    const select = await screen.findByRole('combobox', { name: 'Set owner of Deals closed' });
    await userEvent.selectOptions(select, 'Leo Fischer');
    expect(await screen.findByText('Owner: Leo Fischer')).toBeDefined();
    fireEvent.keyDown(select, { key: 'z', ctrlKey: true });
    expect(screen.queryByText('Owner: Leo Fischer')).toBeNull();
  });
});

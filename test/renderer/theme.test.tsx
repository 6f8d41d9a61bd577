/**
 * The theme chosen in the app (app/theme.ts, the library's Appearance): System by default, which
 * leaves the look to the computer; Light or Dark set on <html> at once and kept for the next start;
 * what storage holds that is no choice, or storage that cannot be read, is System; the page's first
 * script shows it as the app does; a choice made in another window is followed; the desktop is told
 * what is shown (its window and View menu follow it), at start and on every change.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInNewContext } from 'node:vm';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppearanceChoice } from '../../renderer/app/AppearanceChoice';
import { applyTheme, chooseTheme, readThemeChoice, startTheme, THEME_KEY } from '../../renderer/app/theme';
import { THEME_BOOT_SCRIPT } from '../../shared/themeBoot';
import type { ThemeChoice } from '../../shared/theme';
import { setBridgeForTesting } from '../../renderer/platform/bridge';
import { createWebBridge } from '../../renderer/platform/web';

const shown = () => document.documentElement.getAttribute('data-theme');

afterEach(() => {
  chooseTheme('system');
  localStorage.clear();
});

describe('the theme chosen in the app', () => {
  it('is System where none is kept, or what is kept is no choice, or storage cannot be read', () => {
    expect(readThemeChoice()).toBe('system');
    localStorage.setItem(THEME_KEY, 'sepia');
    expect(readThemeChoice()).toBe('system');
    const refusing = { getItem: () => { throw new DOMException('refused', 'SecurityError'); } } as unknown as Storage;
    expect(readThemeChoice(refusing)).toBe('system');
    expect(readThemeChoice(null)).toBe('system');
  });

  it('is shown at start as it was kept, before anything is drawn', () => {
    localStorage.setItem(THEME_KEY, 'dark');
    startTheme();
    expect(shown()).toBe('dark');
  });

  it('is shown by the first script of the page (shared/themeBoot.ts, inline) as the app shows it, for whatever is kept', () => {
    const source = THEME_BOOT_SCRIPT;
    // Run as the page runs it: with the page's storage and document as its globals.
    const early = (): void => {
      runInNewContext(source, { localStorage, document });
    };
    for (const kept of ['light', 'dark', 'system', 'sepia', null]) {
      if (kept === null) localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, kept);
      applyTheme('system');
      early();
      const first = shown();
      applyTheme(readThemeChoice());
      expect([kept, first]).toEqual([kept, shown()]);
    }
  });

  it('applies at once and is kept, from the Appearance select reached by its name', async () => {
    render(<AppearanceChoice />);
    const select = screen.getByRole('combobox', { name: 'Appearance' });
    expect(select).toHaveProperty('value', 'system');
    expect(shown()).toBeNull();

    await userEvent.selectOptions(select, 'Light');
    expect(shown()).toBe('light');
    expect(localStorage.getItem(THEME_KEY)).toBe('light');

    await userEvent.selectOptions(select, 'Dark');
    expect(shown()).toBe('dark');
    expect(readThemeChoice()).toBe('dark');

    // System leaves the look to the computer again: nothing on <html>, nothing kept.
    await userEvent.selectOptions(select, 'System');
    expect(shown()).toBeNull();
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
  });

  it('follows a choice made in another window of the app', () => {
    startTheme();
    render(<AppearanceChoice />);
    act(() => {
      localStorage.setItem(THEME_KEY, 'light');
      window.dispatchEvent(new StorageEvent('storage', { key: THEME_KEY, newValue: 'light' }));
    });
    expect(shown()).toBe('light');
    expect(screen.getByRole('combobox', { name: 'Appearance' })).toHaveProperty('value', 'light');
  });
});

describe('the desktop, told the look shown', () => {
  /**
   * A desktop bridge that records what it is told (the browser's does nothing with it). Not a
   * vi.fn: a mock watches the promises it returns, so a rejection would never go unhandled.
   */
  const desktopTold = (answer: () => Promise<void> = () => Promise.resolve()): ThemeChoice[] => {
    const told: ThemeChoice[] = [];
    setBridgeForTesting({
      ...createWebBridge('test'),
      setAppearance: (choice) => {
        told.push(choice);
        return answer();
      },
    });
    return told;
  };

  afterEach(() => {
    setBridgeForTesting(null);
  });

  it('hears it at start, on a choice in the Appearance select, and on one made in another window', async () => {
    localStorage.setItem(THEME_KEY, 'dark');
    const told = desktopTold();
    startTheme();
    expect(told).toEqual(['dark']);

    render(<AppearanceChoice />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Appearance' }), 'Light');
    expect(told.at(-1)).toBe('light');

    act(() => {
      localStorage.removeItem(THEME_KEY);
      window.dispatchEvent(new StorageEvent('storage', { key: THEME_KEY, newValue: null }));
    });
    expect(told.at(-1)).toBe('system');
  });

  it('does not hold the look up: shown at once even when the desktop refuses to hear it, and the refusal let go', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const told = desktopTold(() => Promise.reject(new Error('Request refused.')));
      chooseTheme('dark');
      expect(shown()).toBe('dark');
      expect(told).toEqual(['dark']);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

/**
 * The theme chosen in the app (app/theme.ts, the library's Appearance): System by default, which
 * leaves the look to the computer; Light or Dark set on <html> at once and kept for the next start;
 * what storage holds that is no choice, or storage that cannot be read, is System; the page's first
 * script shows it as the app does; a choice made in another window is followed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppearanceChoice } from '../../renderer/app/AppearanceChoice';
import { applyTheme, chooseTheme, readThemeChoice, startTheme, THEME_KEY } from '../../renderer/app/theme';
import { THEME_BOOT_SCRIPT } from '../../shared/themeBoot';

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

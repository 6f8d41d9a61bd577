/**
 * A finding activated while the card it points to is still highlighted from a finding a moment
 * before: the card scrolls into view again. Rendered under jsdom with a real (fake-indexeddb)
 * database, as App.test.tsx; the sample board. jsdom lays nothing out, so what is checked is that
 * the window is asked to scroll, each time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { useUiStore } from '../../renderer/store/uiStore';
import { tearDownApp } from './appTeardown';
import { setupUser } from './user';

afterEach(async () => {
  vi.restoreAllMocks();
  act(() => {
    useUiStore.getState().highlight(null);
  });
  await tearDownApp();
});

describe('a second finding about the outcome still highlighted', () => {
  // Its heading took focus off the screen while the page stayed at the health check: the card
  // scrolled only when it became highlighted, and it was highlighted already.
  it('scrolls its card into view again, the highlight still on', async () => {
    const user = setupUser();
    render(<App />);
    await screen.findByRole('region', { name: 'Outbound pipeline' });
    const scrollBy = vi.spyOn(window, 'scrollBy');
    const health = screen.getByRole('region', { name: 'Health check' });
    const card = screen.getByRole('region', { name: 'Deals closed' });
    const heading = within(card).getByRole('heading', { name: 'Deals closed' });

    await user.click(within(health).getByRole('button', { name: /^Deals closed: its only activity done, result missed/u }));
    expect(document.activeElement).toBe(heading);
    expect(card.classList.contains('outcome-card--highlighted')).toBe(true);
    expect(scrollBy).toHaveBeenCalled();

    scrollBy.mockClear();
    await user.click(within(health).getByRole('button', { name: /^3 of 4 outcomes are not owned yet: Deals closed \(nobody owns it\),/u }));
    expect(document.activeElement).toBe(heading);
    expect(card.classList.contains('outcome-card--highlighted')).toBe(true);
    expect(scrollBy).toHaveBeenCalled();
  });
});

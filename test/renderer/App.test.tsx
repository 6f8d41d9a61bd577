/**
 * The first screen, rendered by React under jsdom with a real (fake-indexeddb) database: a
 * newcomer sees the sample board with every verdict, named regions and owner slots.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { App, startUpEarly } from '../../renderer/app/App';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { useBoardStore } from '../../renderer/store/boardStore';

afterEach(async () => {
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('the first screen', () => {
  it('opens the sample board with every verdict of the method', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Revenue ownership workshop (sample)' })).toBeDefined();
    const verdicts: Record<string, [string, string]> = {
      'Outbound pipeline': ['Owned', 'Owner: Maya Chen'],
      'Deals closed': ['Nobody owns it', 'No owner'],
      'Write the proposal': ['Task, not an outcome', 'No owner'],
      'Forecast accuracy': ['Task assignment, not ownership', 'Owner: Priya Nair'],
    };
    for (const [title, [verdict, owner]] of Object.entries(verdicts)) {
      const card = screen.getByRole('region', { name: title });
      expect(within(card).getByText(verdict)).toBeDefined();
      expect(within(card).getByText(owner)).toBeDefined();
    }
    const parkingLot = screen.getByRole('region', { name: 'Parking lot' });
    expect(within(parkingLot).getByText('Update the CRM')).toBeDefined();
    expect(within(screen.getByRole('region', { name: 'People' })).getAllByText(/As owner: \d/u)).toHaveLength(4);
  });

  it('answers "Why?" with the three questions', async () => {
    render(<App />);
    const card = await screen.findByRole('region', { name: 'Write the proposal' });
    // Named for its card: a list of buttons read out dozens of bare "Why?".
    await userEvent.click(within(card).getByRole('button', { name: 'Why? (Write the proposal)' }));
    const questions = within(card).getByRole('list', { name: 'The three questions' });
    expect(within(questions).getAllByRole('listitem')).toHaveLength(3);
    expect(within(card).getByRole('button', { name: 'Hide the three questions (Write the proposal)' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('describes every draggable button with how to move it by keyboard', async () => {
    render(<App />);
    await screen.findByRole('region', { name: 'Write the proposal' });
    const draggables = [
      screen.getByRole('button', { name: 'Update the CRM' }),
      screen.getByRole('button', { name: 'Move outcome Deals closed' }),
      within(screen.getByRole('region', { name: 'People' })).getByRole('button', { name: 'Maya Chen' }),
    ];
    for (const button of draggables) {
      expect(button.getAttribute('aria-roledescription')).toBe('draggable');
      const description = document.getElementById(button.getAttribute('aria-describedby') ?? '');
      expect(description?.textContent).toMatch(/^To move this item, press Space or Enter\./u);
    }
  });

  // Stored before the app took them off on saving (shared/commands): the blank lines showed as an
  // empty line over and under the purpose.
  it('shows a board stored with blank lines around its purpose without them', async () => {
    const { createSampleBoard } = await import('../../shared/sample');
    const { saveBoard } = await import('../../renderer/db/boards');
    await saveBoard({ ...createSampleBoard(), purpose: '\n \nWho owns what\nthis quarter\n\n' });
    render(<App />);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => {
      expect(document.querySelector('.board-header__purpose')?.textContent).toBe('Who owns what\nthis quarter');
    });
    expect(screen.getByRole('button', { name: 'Edit title and purpose' })).toBeDefined();
  });

  // Notes so too (an empty line at the foot of their box); and notes of nothing but blank lines are no box.
  it('shows an outcome’s notes stored with blank lines around them without them', async () => {
    const { createSampleBoard } = await import('../../shared/sample');
    const { saveBoard } = await import('../../renderer/db/boards');
    const sample = createSampleBoard();
    await saveBoard({ ...sample, outcomes: sample.outcomes.map((outcome, k) => ({ ...outcome, notes: k === 0 ? '\n\nReview in March\nwith the team\n\n' : ' \n\n' })) });
    render(<App />);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => {
      expect([...document.querySelectorAll('.outcome-card__notes')].map((notes) => notes.textContent)).toEqual(['Review in March\nwith the team']);
    });
  });

  it('renders hostile text as text', async () => {
    const { createSampleBoard } = await import('../../shared/sample');
    const { saveBoard } = await import('../../renderer/db/boards');
    const sample = createSampleBoard();
    await saveBoard({ ...sample, title: '<img src=x onerror="window.pwned=1">' });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: '<img src=x onerror="window.pwned=1">' })).toBeDefined();
    expect(document.querySelector('img')).toBeNull();
  });
});

// Last in this file: the early start is once per page (module state), as in the app.
describe('start-up from main.tsx', () => {
  it('opens the board before React renders anything, and mounting the app then does not open it again', async () => {
    const open = useBoardStore.getState().open;
    let opens = 0;
    useBoardStore.setState({
      open: async () => {
        opens++;
        await open();
      },
    });
    try {
      startUpEarly();
      await vi.waitFor(() => {
        expect(useBoardStore.getState().load.status).toBe('ready');
      });
      render(<App />);
      // The board at once, never "Opening your board…".
      expect(screen.getByRole('heading', { level: 1, name: 'Revenue ownership workshop (sample)' })).toBeDefined();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(opens).toBe(1);
    } finally {
      useBoardStore.setState({ open });
    }
  });
});

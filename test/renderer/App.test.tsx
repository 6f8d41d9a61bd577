/**
 * The first screen, rendered by React under jsdom with a real (fake-indexeddb) database: a
 * newcomer sees the sample board with every verdict, named regions and owner slots.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { App } from '../../renderer/app/App';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';

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
    expect(within(screen.getByRole('region', { name: 'People' })).getAllByText(/Owns \d/u)).toHaveLength(4);
  });

  it('answers "Why?" with the three questions', async () => {
    render(<App />);
    const card = await screen.findByRole('region', { name: 'Write the proposal' });
    await userEvent.click(within(card).getByRole('button', { name: 'Why?' }));
    const questions = within(card).getByRole('list', { name: 'The three questions' });
    expect(within(questions).getAllByRole('listitem')).toHaveLength(3);
    expect(within(card).getByRole('button', { name: 'Hide the three questions' }).getAttribute('aria-expanded')).toBe('true');
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

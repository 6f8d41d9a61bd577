/**
 * A workshop started from a blank board with a screen reader: an outcome, a person or an activity
 * typed and added with Enter is said in the board's live region, as a pasted list is. The field
 * only emptied, and nothing said whether Enter had added it. Rendered under jsdom with a real
 * (fake-indexeddb) database, as App.test.tsx.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { blankBoard } from './blankBoard';
import { tearDownApp } from './appTeardown';

afterEach(tearDownApp);

/** What the board's live region says now. */
const said = () => document.getElementById('board-drag-announcer')?.textContent ?? '';

describe('an item typed and added with Enter', () => {
  it('is said: an outcome, a person with their role, an activity and where it went', async () => {
    const user = await blankBoard();
    const outcomeTitle = screen.getByRole('textbox', { name: 'New outcome title' });
    await user.type(outcomeTitle, 'Improve morale{Enter}');
    expect(said()).toBe('Added outcome Improve morale.');
    expect(document.activeElement).toBe(outcomeTitle);

    await user.type(screen.getByRole('textbox', { name: "New person's name" }), 'Maya Chen');
    await user.type(screen.getByRole('textbox', { name: "New person's role" }), 'Head of Sales{Enter}');
    expect(said()).toBe('Added Maya Chen, Head of Sales.');
    await user.type(screen.getByRole('textbox', { name: "New person's name" }), 'Leo Fischer{Enter}');
    expect(said()).toBe('Added Leo Fischer.');

    const morale = screen.getByRole('region', { name: 'Improve morale' });
    await user.type(within(morale).getByRole('textbox', { name: 'Add activity to Improve morale' }), 'Team lunch{Enter}');
    expect(said()).toBe('Added Team lunch to Improve morale.');
    await user.type(screen.getByRole('textbox', { name: 'Add activity to the parking lot' }), 'Offsite idea{Enter}');
    expect(said()).toBe('Added Offsite idea to Parking lot.');
  });
});

// "Add outcome" pressed with nothing typed did nothing, and said nothing.
describe('a quick-add sent with nothing typed', () => {
  it('adds nothing, puts focus in its field and says what to do', async () => {
    const user = await blankBoard();
    const outcomes = () => screen.queryAllByRole('region').filter((region) => region.closest('.outcome-grid') !== null).length;
    await user.click(screen.getByRole('button', { name: 'Add outcome' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'New outcome title' }));
    // The form's button is named beside Enter: the person may have clicked it.
    expect(said()).toBe('Type a title first, then press Enter or Add outcome.');
    expect(outcomes()).toBe(0);
    await user.type(screen.getByRole('textbox', { name: 'Add activity to the parking lot' }), '   {Enter}');
    expect(said()).toBe('Type a title first, then press Enter.');
    expect(within(screen.getByRole('region', { name: 'Parking lot' })).queryAllByRole('listitem')).toEqual([]);
  });
});

// It was only said: a sighted person pressing Enter in an empty field saw nothing happen.
describe('a quick-add sent with nothing typed, seen', () => {
  const WHAT_TO_DO = 'Type a title first, then press Enter.';
  const WHAT_TO_DO_HERE = 'Type a title first, then press Enter or Add outcome.';
  /** The text of what a field is described by, and whether it is marked invalid. */
  const problemOf = (field: HTMLElement) => ({
    describedBy: (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
    invalid: field.getAttribute('aria-invalid') === 'true',
  });

  it('shows what to do under the field, which it describes, until something is typed', async () => {
    const user = await blankBoard();
    const outcomeTitle = screen.getByRole('textbox', { name: 'New outcome title' });
    const addOutcome = screen.getByRole('form', { name: 'Add an outcome' });
    await user.click(screen.getByRole('button', { name: 'Add outcome' }));
    expect(within(addOutcome).getByText(WHAT_TO_DO_HERE).tagName).toBe('P');
    expect(problemOf(outcomeTitle)).toEqual({ describedBy: WHAT_TO_DO_HERE, invalid: true });
    // Said once, by the board's live region: the message itself is not an alert too.
    expect(screen.queryAllByRole('alert')).toEqual([]);
    await user.type(outcomeTitle, 'I');
    expect(within(addOutcome).queryByText(WHAT_TO_DO_HERE)).toBeNull();
    expect(problemOf(outcomeTitle)).toEqual({ describedBy: '', invalid: false });

    const parkingLot = screen.getByRole('region', { name: 'Parking lot' });
    const addActivity = within(parkingLot).getByRole('textbox', { name: 'Add activity to the parking lot' });
    await user.type(addActivity, '{Enter}');
    expect(problemOf(addActivity)).toEqual({ describedBy: WHAT_TO_DO, invalid: true });
    // Only the field sent empty shows it (the live region, unseen, says it too).
    const shown = () => screen.queryAllByText(WHAT_TO_DO).filter((text) => text.closest('#board-drag-announcer') === null);
    expect(shown()).toEqual([within(parkingLot).getByText(WHAT_TO_DO)]);
    await user.type(addActivity, 'O');
    expect(shown()).toEqual([]);
  });
});

/**
 * A result read from an outcome's title when it was added follows the title when the outcome is
 * renamed in its editor, until the result is typed in itself. Renamed "40 demos booked per month",
 * the card said 40 in its title and 30 as its result (a first-time facilitator's review).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { blankBoard } from './blankBoard';
import { tearDownApp } from './appTeardown';

afterEach(tearDownApp);

/** Adds an outcome by its title and opens its editor. */
async function addAndEdit(user: UserEvent, title: string) {
  await user.type(screen.getByRole('textbox', { name: 'New outcome title' }), `${title}{Enter}`);
  const card = screen.getByRole('region', { name: title });
  await user.click(within(card).getByRole('button', { name: `Actions for outcome ${title}` }));
  await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
  return { card, editor: within(card).getByRole('form', { name: `Edit ${title}` }) };
}

/** Replaces the text of a field with `text`. */
async function retype(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
}

describe('the result read from a title', () => {
  it('follows the title when it is retyped, through titles that state none on the way', async () => {
    const user = await blankBoard();
    const { editor } = await addAndEdit(user, '30 demos booked per month');
    const field = (name: string) => within(editor).getByRole<HTMLInputElement>('textbox', { name });
    expect(field('Target').value).toBe('30');
    // Cleared first: "" and then each letter typed ("4", "40 d"…) on the way.
    await retype(user, field('Title'), '40 demos booked each week');
    expect([field('Metric (what is counted)').value, field('Target').value, field('Unit').value, field('Period').value]).toEqual(['Demos booked', '40', 'demos booked', 'each week']);
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    const card = screen.getByRole('region', { name: '40 demos booked each week' });
    expect(within(card).getByText('40 demos booked each week', { selector: 'dd' })).toBeDefined();
    expect(within(card).queryByText(/30 demos/u)).toBeNull();
  });

  it('stays as typed once a field of the result is typed in, and where the title never stated it', async () => {
    const user = await blankBoard();
    const { editor } = await addAndEdit(user, '30 demos booked per month');
    const field = (name: string) => within(editor).getByRole<HTMLInputElement>('textbox', { name });
    await retype(user, field('Target'), '35');
    await retype(user, field('Title'), '40 demos booked per month');
    expect(field('Target').value).toBe('35');
    await user.click(within(editor).getByRole('button', { name: 'Cancel' }));

    const other = await addAndEdit(user, 'Better demos');
    const otherField = (name: string) => within(other.editor).getByRole<HTMLInputElement>('textbox', { name });
    await user.type(otherField('Metric (what is counted)'), 'Demos booked');
    await user.type(otherField('Target'), '12');
    await retype(user, otherField('Title'), '50 demos booked per month');
    expect([otherField('Metric (what is counted)').value, otherField('Target').value]).toEqual(['Demos booked', '12']);
  });
});

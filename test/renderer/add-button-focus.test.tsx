/**
 * A facilitator adding with the mouse, as a first-timer on a laptop does: the field's button
 * pressed rather than Enter. What is typed next goes where the next item is typed, as it does after
 * Enter. Rendered under jsdom with a real (fake-indexeddb) database, as App.test.tsx.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { blankBoard } from './blankBoard';
import { tearDownApp } from './appTeardown';

afterEach(tearDownApp);

describe('"Add outcome" pressed with the mouse', () => {
  it('leaves focus in the title field, so the next outcome typed goes into it', async () => {
    const user = await blankBoard();
    const outcomeTitle = screen.getByRole('textbox', { name: 'New outcome title' });
    await user.click(outcomeTitle);
    await user.keyboard('Reduce churn');
    await user.click(screen.getByRole('button', { name: 'Add outcome' }));
    await screen.findByRole('region', { name: 'Reduce churn' });
    expect(document.activeElement).toBe(outcomeTitle);
    await user.keyboard('Grow new customers');
    expect(outcomeTitle).toHaveProperty('value', 'Grow new customers');
  });
});

describe('"Add person" pressed with nothing typed', () => {
  it('adds nobody, says what to do and puts focus in the name field, as "Add outcome" does', async () => {
    const user = await blankBoard();
    const people = screen.getByRole('region', { name: 'People' });
    await user.click(within(people).getByRole('button', { name: 'Add person' }));
    expect(within(people).getByRole('alert').textContent).toBe('Type the person’s name first.');
    const name = within(people).getByRole('textbox', { name: "New person's name" });
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(within(people).queryAllByRole('listitem')).toEqual([]);
    // Typing a name takes the reason away, and Add adds.
    await user.keyboard('Ana Ruiz');
    expect(within(people).queryByRole('alert')).toBeNull();
    await user.click(within(people).getByRole('button', { name: 'Add person' }));
    await within(people).findByRole('button', { name: 'Ana Ruiz' });
  });
});

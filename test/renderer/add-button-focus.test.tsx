/**
 * A facilitator adding with the mouse, as a first-timer on a laptop does: the field's button
 * pressed rather than Enter. What is typed next goes where the next item is typed, as it does after
 * Enter. Rendered under jsdom with a real (fake-indexeddb) database, as App.test.tsx.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
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

/**
 * Ctrl+Z in the field a delete left focus in: the last activity of an outcome deleted from its menu
 * leaves focus in the card's "Add an activity…" field, and Ctrl+Z there was the field's own, with
 * nothing to take back (nothing came back, nothing was said). Until something is typed there or
 * focus leaves it, the key is the board's. Rendered under jsdom with a real (fake-indexeddb)
 * database, as App.test.tsx; the sample board.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { tearDownApp } from './appTeardown';
import { setupUser } from './user';
import { nextFrame } from './frames';

afterEach(tearDownApp);

/** What the board's live region says now. */
const said = () => document.getElementById('board-drag-announcer')?.textContent ?? '';

async function proposalDeleted() {
  const user = setupUser();
  render(<App />);
  const deals = await screen.findByRole('region', { name: 'Deals closed' });
  await user.click(within(deals).getByRole('button', { name: 'Actions for Write the proposal' }));
  await user.click(within(deals).getByRole('button', { name: 'Delete activity' }));
  await nextFrame();
  const field = within(deals).getByRole('textbox', { name: 'Add activity to Deals closed' });
  expect(document.activeElement).toBe(field);
  return { user, deals, field };
}

describe('Ctrl+Z in the field a delete left focus in', () => {
  it('takes the delete back, and focus goes to what came back', async () => {
    const { user, deals } = await proposalDeleted();
    await user.keyboard('{Control>}z{/Control}');
    await nextFrame();
    expect(said()).toBe('Undone: Activity Write the proposal is back.');
    expect(document.activeElement).toBe(within(deals).getByRole('button', { name: 'Write the proposal' }));
  });

  it('is the field’s own once something is typed there', async () => {
    const { user, deals } = await proposalDeleted();
    await user.keyboard('C');
    await user.keyboard('{Control>}z{/Control}');
    await nextFrame();
    expect(within(deals).queryByRole('button', { name: 'Write the proposal' })).toBeNull();
    expect(said()).not.toContain('Undone');
  });

  it('is the field’s own once focus has left it and come back', async () => {
    const { user, deals, field } = await proposalDeleted();
    await user.tab();
    act(() => {
      field.focus();
    });
    await user.keyboard('{Control>}z{/Control}');
    await nextFrame();
    expect(within(deals).queryByRole('button', { name: 'Write the proposal' })).toBeNull();
  });
});

/**
 * An activity's assignees changed from its actions menu, by keyboard or with a screen reader: the
 * change is said in the board's live region, as a person dropped on the card is, and Unassign
 * (which goes with its assignee) leaves focus in the menu, not on the page's top. Rendered under
 * jsdom with a real (fake-indexeddb) database, as App.test.tsx; the sample board.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { tearDownApp } from './appTeardown';
import { setupUser } from './user';

afterEach(tearDownApp);

/** What the board's live region says now. */
const said = () => document.getElementById('board-drag-announcer')?.textContent ?? '';

async function campaignMenu() {
  const user = setupUser();
  render(<App />);
  const pipeline = await screen.findByRole('region', { name: 'Outbound pipeline' });
  await user.click(within(pipeline).getByRole('button', { name: 'Actions for Run the campaign' }));
  return { user, menu: within(pipeline).getByRole('group', { name: 'Actions for Run the campaign' }) };
}

describe('assigning from an activity’s menu', () => {
  it('Unassign says who is no longer assigned, and focus goes to the next Unassign, then to Assign', async () => {
    const { user, menu } = await campaignMenu();
    await user.click(within(menu).getByRole('button', { name: 'Unassign Leo Fischer' }));
    expect(said()).toBe('Leo Fischer is no longer assigned to Run the campaign.');
    await waitFor(() => {
      expect(document.activeElement).toBe(within(menu).getByRole('button', { name: 'Unassign Sam Okafor' }));
    });
    // The last one: Assign, where Sam is offered again.
    await user.keyboard('{Enter}');
    expect(said()).toBe('Sam Okafor is no longer assigned to Run the campaign.');
    const assign = within(menu).getByRole('combobox', { name: 'Assign' });
    await waitFor(() => {
      expect(document.activeElement).toBe(assign);
    });
    expect(within(assign).getByRole('option', { name: 'Sam Okafor' })).toBeDefined();
  });

  it('Assign says who is assigned now', async () => {
    const { user, menu } = await campaignMenu();
    await user.selectOptions(within(menu).getByRole('combobox', { name: 'Assign' }), 'Maya Chen');
    expect(within(menu).getByRole('button', { name: 'Unassign Maya Chen' })).toBeDefined();
    expect(said()).toBe('Maya Chen is assigned to Run the campaign.');
  });
});

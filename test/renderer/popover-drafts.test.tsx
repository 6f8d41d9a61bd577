/**
 * The ⋯ popovers that edit something — a person's name and role, an activity's title — as a person
 * leaves them: Escape, a click outside or Tab away closes them at once, and what was typed and not
 * saved is said to be lost, with "Bring them back" (the popover open again, the typing and the caret
 * as they were), as the outcome editor does (editor-drafts.test.tsx). Closed with nothing typed, or
 * saved, nothing is said. Rendered under jsdom with a real (fake-indexeddb) database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { boardInStore as board, leaveDraftTest } from './boardState';
import { useBoardStore } from '../../renderer/store/boardStore';
import { setupUser } from './user';

afterEach(leaveDraftTest);

const personNamed = (name: string) => board().people.find((p) => p.name === name);
const activityNamed = (title: string) => board().activities.find((a) => a.title === title);

// Typing key by key into a whole App under jsdom: past the 5 s default on a slow or busy machine.
const TYPING = { timeout: 20_000 };

const notices = () => screen.getByRole('region', { name: 'Notifications' });
/** Somewhere outside any popover: the board's heading. */
const outside = () => screen.getByRole('heading', { level: 1 });

async function openPopover(label: string) {
  const user = setupUser();
  render(<App />);
  await user.click(await screen.findByRole('button', { name: label }));
  return { user, panel: screen.getByRole('group', { name: label }) };
}

describe('the person editor in the people tray, closed with changes not saved', TYPING, () => {
  it('Escape closes it, says so, and "Bring them back" opens it again with the typing and the caret as they were', async () => {
    const { user, panel } = await openPopover('Actions for Maya Chen');
    const before = personNamed('Maya Chen');
    const role = within(panel).getByRole('textbox', { name: 'Role' });
    await user.click(role);
    await user.keyboard('{End}, EMEA{ArrowLeft}{ArrowLeft}{Escape}');
    expect(screen.queryByRole('group', { name: 'Actions for Maya Chen' })).toBeNull();
    expect(personNamed('Maya Chen')).toBe(before);
    expect(within(notices()).getByText('Your changes to “Maya Chen” were not saved.')).toBeDefined();

    await user.click(within(notices()).getByRole('button', { name: 'Bring them back' }));
    const back = screen.getByRole('group', { name: 'Actions for Maya Chen' });
    const roleBack = within(back).getByRole<HTMLInputElement>('textbox', { name: 'Role' });
    expect(roleBack.value).toBe('Head of Sales, EMEA');
    expect(document.activeElement).toBe(roleBack);
    expect([roleBack.selectionStart, roleBack.selectionEnd]).toEqual([17, 17]);
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
    await user.click(within(back).getByRole('button', { name: 'Save person' }));
    expect(personNamed('Maya Chen')).toMatchObject({ role: 'Head of Sales, EMEA' });
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
  });

  it('a click outside does the same; brought back, focus is on the field it was on', async () => {
    const { user, panel } = await openPopover('Actions for Leo Fischer');
    await user.type(within(panel).getByRole('textbox', { name: 'Name' }), ' Jr');
    await user.click(within(panel).getByRole('checkbox', { name: 'New to the role' }));
    await user.click(outside());
    expect(screen.queryByRole('group', { name: 'Actions for Leo Fischer' })).toBeNull();
    expect(personNamed('Leo Fischer')).toMatchObject({ newToRole: false });
    expect(within(notices()).getByText('Your changes to “Leo Fischer” were not saved.')).toBeDefined();

    await user.click(within(notices()).getByRole('button', { name: 'Bring them back' }));
    const back = screen.getByRole('group', { name: 'Actions for Leo Fischer' });
    expect(within(back).getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'Leo Fischer Jr');
    const check = within(back).getByRole('checkbox', { name: 'New to the role' });
    expect(check).toHaveProperty('checked', true);
    expect(document.activeElement).toBe(check);
  });

  it('Tab out of it does the same; brought back, the caret is in the first field changed', async () => {
    const { user, panel } = await openPopover('Actions for Sam Okafor');
    await user.type(within(panel).getByRole('textbox', { name: 'Name' }), ' A.');
    // Role, Initials, New to the role, Save person, Remove Sam Okafor, then out.
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(panel.isConnected).toBe(false);
    expect(within(notices()).getByText('Your changes to “Sam Okafor” were not saved.')).toBeDefined();
    await user.click(within(notices()).getByRole('button', { name: 'Bring them back' }));
    const name = within(screen.getByRole('group', { name: 'Actions for Sam Okafor' })).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveProperty('value', 'Sam Okafor A.');
    expect(document.activeElement).toBe(name);
  });

  it('says nothing when closed with nothing typed, or when saved', async () => {
    const { user, panel } = await openPopover('Actions for Priya Nair');
    await user.keyboard('{Escape}');
    expect(panel.isConnected).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Actions for Priya Nair' }));
    await user.click(outside());
    await user.click(screen.getByRole('button', { name: 'Actions for Priya Nair' }));
    const again = screen.getByRole('group', { name: 'Actions for Priya Nair' });
    await user.type(within(again).getByRole('textbox', { name: 'Role' }), ' (interim)');
    await user.click(within(again).getByRole('button', { name: 'Save person' }));
    expect(again.isConnected).toBe(false);
    expect(personNamed('Priya Nair')).toMatchObject({ role: 'RevOps Manager (interim)' });
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
  });
});

describe('an activity’s Rename in its ⋯ popover, closed with a title not saved', TYPING, () => {
  it('Escape closes it, says so, and "Bring them back" opens it again with the title typed; Rename saves it', async () => {
    const { user, panel } = await openPopover('Actions for Update the CRM');
    await user.type(within(panel).getByRole('textbox', { name: 'Title' }), ' fields');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Actions for Update the CRM' })).toBeNull();
    expect(within(notices()).getByText('Your changes to “Update the CRM” were not saved.')).toBeDefined();

    await user.click(within(notices()).getByRole('button', { name: 'Bring them back' }));
    const back = screen.getByRole('group', { name: 'Actions for Update the CRM' });
    const title = within(back).getByRole<HTMLInputElement>('textbox', { name: 'Title' });
    expect(title.value).toBe('Update the CRM fields');
    expect(document.activeElement).toBe(title);
    expect([title.selectionStart, title.selectionEnd]).toEqual([21, 21]);
    await user.click(within(back).getByRole('button', { name: 'Rename' }));
    expect(activityNamed('Update the CRM fields')).toBeDefined();
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
  });

  it('a click outside does the same; with nothing typed, nothing is said', async () => {
    const { user, panel } = await openPopover('Actions for Run the campaign');
    await user.click(outside());
    expect(panel.isConnected).toBe(false);
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Actions for Run the campaign' }));
    const again = screen.getByRole('group', { name: 'Actions for Run the campaign' });
    await user.type(within(again).getByRole('textbox', { name: 'Title' }), ' in May');
    await user.click(outside());
    expect(within(notices()).getByText('Your changes to “Run the campaign” were not saved.')).toBeDefined();
    await user.click(within(notices()).getByRole('button', { name: 'Bring them back' }));
    expect(within(screen.getByRole('group', { name: 'Actions for Run the campaign' })).getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Run the campaign in May');
  });

  it('Rename with nothing typed writes nothing: a title changed meanwhile (another window, an undo) stays', async () => {
    const { user, panel } = await openPopover('Actions for Update the CRM');
    const id = activityNamed('Update the CRM')?.id;
    if (!id) throw new Error('no activity');
    act(() => {
      useBoardStore.getState().dispatch({ type: 'activity/edit', activityId: id, patch: { title: 'Update the CRM weekly' } });
    });
    await user.click(within(panel).getByRole('button', { name: 'Rename' }));
    expect(board().activities.find((a) => a.id === id)?.title).toBe('Update the CRM weekly');
  });

  it('deleted with a title typed, says only that it was deleted (with its Undo)', async () => {
    const { user, panel } = await openPopover('Actions for Schedule the calls');
    await user.type(within(panel).getByRole('textbox', { name: 'Title' }), ' twice');
    await user.click(within(panel).getByRole('button', { name: 'Delete activity' }));
    expect(activityNamed('Schedule the calls')).toBeUndefined();
    expect(within(notices()).getByText('Deleted activity Schedule the calls.')).toBeDefined();
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
  });
});

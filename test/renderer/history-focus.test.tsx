/**
 * Undo and Redo keep focus as they turn off (aria-disabled, not disabled: Chromium drops focus from
 * a button as it is disabled). They used to hand focus to each other, so a second Enter on Undo
 * redid what the first had undone. Pressed with nothing left to take back, a button says so and
 * changes nothing. And the History dialog lists what another window keeps while it is open.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { tearDownApp } from './appTeardown';
import { setupUser } from './user';
import { nextFrame } from './frames';
import { blurWhenDisabled } from './blurWhenDisabled';
import { getDatabase } from '../../renderer/db/database';
import { useBoardStore } from '../../renderer/store/boardStore';

afterEach(tearDownApp);

describe('the Undo and Redo buttons', () => {
  it('keep focus as they turn off; pressed again, they say there is nothing to take back and change nothing', async () => {
    const user = setupUser();
    render(<App />);
    const pipeline = await screen.findByRole('region', { name: 'Outbound pipeline' });
    const done = () => within(pipeline).getByRole<HTMLInputElement>('checkbox', { name: 'Done: Run the campaign' }).checked;
    await user.click(within(pipeline).getByRole('checkbox', { name: 'Done: Run the campaign' }));
    const tools = screen.getByRole('region', { name: 'Board tools' });
    const undo = within(tools).getByRole<HTMLButtonElement>('button', { name: 'Undo' });
    const redo = within(tools).getByRole<HTMLButtonElement>('button', { name: 'Redo' });
    blurWhenDisabled(undo);
    blurWhenDisabled(redo);

    act(() => {
      undo.focus();
    });
    await user.keyboard('{Enter}');
    expect(done()).toBe(false);
    await nextFrame();
    expect(document.activeElement).toBe(undo);
    expect(undo.getAttribute('aria-disabled')).toBe('true');
    expect(redo.getAttribute('aria-disabled')).toBe('false');

    // Again: nothing to undo, said so, and the step undone is not redone.
    await user.keyboard('{Enter}');
    await nextFrame();
    expect(done()).toBe(false);
    expect(document.activeElement).toBe(undo);
    expect(document.getElementById('board-drag-announcer')?.textContent).toBe('Nothing to undo.');

    act(() => {
      redo.focus();
    });
    await user.keyboard('{Enter}');
    expect(done()).toBe(true);
    await nextFrame();
    expect(document.activeElement).toBe(redo);
    await user.keyboard('{Enter}');
    await nextFrame();
    expect(done()).toBe(true);
    expect(document.activeElement).toBe(redo);
  });
});

describe('the History dialog', () => {
  // Named in another window (or kept by the save worker), a snapshot was not listed in a History
  // dialog open here until it was closed and opened again.
  it('lists a snapshot kept in another window while it is open', async () => {
    const user = setupUser();
    render(<App />);
    await screen.findByRole('region', { name: 'Outbound pipeline' });
    await user.click(screen.getByRole('button', { name: 'History' }));
    const dialog = await screen.findByRole('dialog', { name: 'Board history' });
    await within(dialog).findAllByRole('button', { name: /^Restore/u });
    expect(within(dialog).queryByText('Named over there')).toBeNull();
    // The other window: its own database connection and channel, as another window's are.
    const board = useBoardStore.getState().load;
    if (board.status !== 'ready') throw new Error('no board');
    await getDatabase().snapshots.add({ boardId: board.board.id, createdAt: new Date().toISOString(), reason: 'named', name: 'Named over there', board: board.board });
    const other = new BroadcastChannel('ownership-board');
    other.postMessage({ type: 'snapshots-changed', id: board.board.id });
    other.close();
    expect(await within(dialog).findByText('Named over there')).toBeDefined();
  });
});

describe('undoing an add with focus on what was added', () => {
  // Focus went to the toolbar's Undo at the top of the page, though the activity added before it
  // was right there.
  it('gives focus to its neighbour that stays, as a delete does; with none, to its list’s field', async () => {
    const user = setupUser();
    render(<App />);
    const lot = await screen.findByRole('region', { name: 'Parking lot' });
    const field = within(lot).getByRole('textbox', { name: 'Add activity to the parking lot' });
    await user.type(field, 'A1{Enter}A2{Enter}');
    act(() => {
      within(lot).getByRole('button', { name: 'A2' }).focus();
    });
    await user.keyboard('{Control>}z{/Control}');
    await nextFrame();
    expect(within(lot).queryByRole('button', { name: 'A2' })).toBeNull();
    expect(document.activeElement).toBe(within(lot).getByRole('button', { name: 'A1' }));
  });
});

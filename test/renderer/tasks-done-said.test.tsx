/**
 * The method's central point, said aloud: ticking the last task of an outcome whose result is
 * missed says so in the board's live region, in the health check's words. The card shows "Tasks
 * done, result missed"; a screen reader heard only the box checked. And a value saved in the outcome
 * editor says what it saved. Rendered under jsdom with a real
 * (fake-indexeddb) database, as App.test.tsx; the sample board.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { useAnnouncer } from '../../renderer/board/dnd/announcements';
import { useBoardStore } from '../../renderer/store/boardStore';
import type { OutcomeId } from '../../shared/model';
import { tearDownApp } from './appTeardown';
import { setupUser } from './user';

afterEach(tearDownApp);

async function sampleBoard() {
  const user = setupUser();
  render(<App />);
  await screen.findByRole('region', { name: 'Outbound pipeline' });
  return user;
}

/** What the board's live region says now. */
const said = () => document.getElementById('board-drag-announcer')?.textContent ?? '';

describe('ticking the last task of an outcome', () => {
  it('says when every task is done and the result is missed, and not before', async () => {
    const user = await sampleBoard();
    const pipeline = screen.getByRole('region', { name: 'Outbound pipeline' });
    await user.click(within(pipeline).getByRole('checkbox', { name: 'Done: Run the campaign' }));
    expect(said()).toBe('');
    await user.click(within(pipeline).getByRole('checkbox', { name: 'Done: Schedule the calls' }));
    expect(said()).toBe('Outbound pipeline: both activities done, result missed (14 of 20 qualified opportunities).');
    expect(within(pipeline).getByText('Tasks done, result missed')).toBeDefined();
    // Unticked: nothing more is said (the box says it is unchecked).
    act(() => {
      useAnnouncer.setState({ message: '' });
    });
    await user.click(within(pipeline).getByRole('checkbox', { name: 'Done: Schedule the calls' }));
    expect(said()).toBe('');
  });

  it('says it of an outcome’s only task, and asks when the result is not measured; nothing when it is met', async () => {
    const user = await sampleBoard();
    const deals = screen.getByRole('region', { name: 'Deals closed' });
    const proposal = within(deals).getByRole('checkbox', { name: 'Done: Write the proposal' });
    await user.click(proposal);
    expect(said()).toBe('');
    await user.click(proposal);
    expect(said()).toBe('Deals closed: its only activity done, result missed (5 of 12 deals).');
    await user.click(proposal);
    act(() => {
      useAnnouncer.setState({ message: '' });
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-deals' as OutcomeId, patch: { current: null } });
    });
    await user.click(proposal);
    expect(said()).toBe('Deals closed: its only activity done, and the result is not measured yet: is it reached?');
    await user.click(proposal);
    act(() => {
      useAnnouncer.setState({ message: '' });
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-deals' as OutcomeId, patch: { current: 12 } });
    });
    await user.click(proposal);
    expect(said()).toBe('');
  });
});

describe('saving an outcome whose tasks are all done', () => {
  // The card turned to "Tasks done, result missed" as a current value was saved, and nothing was said.
  it('says when the value saved misses the result, or leaves it unmeasured; else what the save changed, and that alone', async () => {
    const user = await sampleBoard();
    const deals = screen.getByRole('region', { name: 'Deals closed' });
    const save = async (current: string) => {
      await user.click(within(deals).getByRole('button', { name: 'Actions for outcome Deals closed' }));
      await user.click(within(deals).getByRole('button', { name: 'Edit outcome' }));
      const field = within(deals).getByRole('textbox', { name: 'Current value' });
      await user.clear(field);
      if (current !== '') await user.type(field, current);
      await user.click(within(deals).getByRole('button', { name: 'Save' }));
    };
    // Its only task is done, the result missed (5 of 12): met (the value saved is said, as an Undo
    // of it would say it), then missed again.
    await save('12');
    expect(said()).toBe('Deals closed stands at 12 of 12 deals.');
    await save('3');
    expect(said()).toBe('Deals closed: its only activity done, result missed (3 of 12 deals).');
    // Still missed, by another value: the value is said, the finding not again.
    act(() => {
      useAnnouncer.setState({ message: '' });
    });
    await save('4');
    expect(said()).toBe('Deals closed stands at 4 of 12 deals.');
    await save('');
    expect(said()).toBe('Deals closed: its only activity done, and the result is not measured yet: is it reached?');
  });
});

describe('Update current value, by keyboard', () => {
  // Focus came back to the ⋯ button and nothing was said: not whether the value was saved, nor what
  // the card says of it now.
  it('says the value saved, as the card now writes it; a Save that changed nothing says nothing', async () => {
    const user = await sampleBoard();
    const pipeline = screen.getByRole('region', { name: 'Outbound pipeline' });
    const actions = within(pipeline).getByRole('button', { name: 'Actions for outcome Outbound pipeline' });
    const update = async (typed: string) => {
      act(() => {
        actions.focus();
      });
      await user.keyboard('{Enter}');
      act(() => {
        within(pipeline).getByRole('button', { name: 'Update current value' }).focus();
      });
      await user.keyboard('{Enter}');
      expect(document.activeElement).toBe(within(pipeline).getByRole('textbox', { name: 'Current value' }));
      await user.keyboard(`{Control>}a{/Control}${typed}{Enter}`);
    };
    await update('16');
    expect(said()).toBe('Outbound pipeline stands at 16 of 20 qualified opportunities.');
    // Focus goes back to the ⋯ button once the editor has gone.
    await vi.waitFor(() => {
      expect(document.activeElement).toBe(actions);
    });
    act(() => {
      useAnnouncer.setState({ message: '' });
    });
    await update('16');
    expect(said()).toBe('');
  });
});

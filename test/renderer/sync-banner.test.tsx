/**
 * The banner shown when a save met another window's: whose version to keep, or — when the other
 * window deleted the board for good — whether to keep it at all.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyIntent } from '../../shared/commands';
import type { ActivityId, Board, OutcomeId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { SyncBanner } from '../../renderer/board/SyncBanner';
import { useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';

const resolveConflict = vi.fn(() => Promise.resolve());

function show(save: { conflict?: boolean; gone?: boolean; base?: Board; theirs?: Board }, board: Board = createSampleBoard()) {
  useBoardStore.setState({
    load: { status: 'ready', board },
    save: { status: 'failed', message: 'Another window saved this board.', ...save },
    resolveConflict,
  });
  useUiStore.setState({ screen: 'board' });
  render(<SyncBanner />);
}

afterEach(() => {
  resolveConflict.mockClear();
  useBoardStore.setState({ save: { status: 'saved' } });
});

describe('the sync banner', () => {
  it('asks whose version to keep when another window changed the board', async () => {
    show({ conflict: true });
    expect(screen.getByRole('alert').textContent).toMatch(/^This board was changed in another window\./u);
    await userEvent.click(screen.getByRole('button', { name: 'Load the other window’s version' }));
    expect(resolveConflict).toHaveBeenLastCalledWith('theirs');
    await userEvent.click(screen.getByRole('button', { name: 'Keep mine and save it' }));
    expect(resolveConflict).toHaveBeenLastCalledWith('mine');
  });

  it('asks whether to keep the board when another window deleted it, offering no other version', async () => {
    show({ conflict: true, gone: true });
    expect(screen.getByRole('alert').textContent).toMatch(/^This board was deleted in another window\./u);
    expect(screen.queryByRole('button', { name: 'Load the other window’s version' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Keep it, with my changes' }));
    expect(resolveConflict).toHaveBeenLastCalledWith('mine');
    await userEvent.click(screen.getByRole('button', { name: 'Leave it and open another board' }));
    expect(useUiStore.getState().screen).toBe('library');
  });

  it('says what each choice throws away, and tells the other window what keeping mine threw away of it', async () => {
    const base = createSampleBoard();
    const added = (title: string) => {
      const result = applyIntent(base, { type: 'activity/add', id: `activity-${title}` as ActivityId, title, outcomeId: 'sample-outcome-proposal' as OutcomeId });
      if (!result.ok) throw new Error(result.error.message);
      return result.board;
    };
    show({ conflict: true, base, theirs: added('Simul A0') }, added('Simul B0'));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '“Keep mine and save it” throws away the other window’s change: Activity Simul A0 was added.',
      '“Load the other window’s version” throws away your change: Activity Simul B0 was added.',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Keep mine and save it' }));
    expect(resolveConflict).toHaveBeenLastCalledWith('mine', ['Activity Simul A0 was added.']);
  });

  it('deleted while nothing here was on its way: says it is only in this window now, and offers to keep it', async () => {
    const board = createSampleBoard();
    show({ conflict: true, gone: true, base: board }, board);
    expect(screen.getByRole('alert').textContent).toContain('It is no longer stored: it is only in this window now, and closing the window loses it.');
    await userEvent.click(screen.getByRole('button', { name: 'Keep it among my boards' }));
    expect(resolveConflict).toHaveBeenLastCalledWith('mine');
  });

  it('is not there for a save that failed otherwise (a full disk)', () => {
    show({});
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

/**
 * The History dialog for a team member catching up after the workshop: the facilitator's file as
 * imported is called so, and each snapshot says what changed since it (a disclosure, by keyboard
 * and screen reader as by mouse), while Restore stays as it was.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { applied } from '../shared/applied';
import type { Intent } from '../../shared/intents';
import type { ActivityId, Board } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { saveBoard } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { addSnapshot } from '../../renderer/db/snapshots';
import { HistoryPanel } from '../../renderer/history/HistoryPanel';
import { useBoardStore } from '../../renderer/store/boardStore';

const IMPORTED_AT = '2026-03-14T09:00:00.000Z';
let imported: Board;


const show = (board: Board) => {
  useBoardStore.setState({ load: { status: 'ready', board }, past: [], future: [], save: { status: 'saved' } });
};

beforeEach(async () => {
  imported = createSampleBoard();
  await saveBoard(imported);
  await addSnapshot(imported, 'imported', IMPORTED_AT);
});

afterEach(async () => {
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

async function openHistory() {
  render(<HistoryPanel boardId={imported.id} onClose={() => undefined} />);
  const list = await screen.findByRole('list', { name: 'Snapshots, newest first' });
  return { dialog: screen.getByRole('dialog', { name: 'Board history' }), list };
}

/** The imported board with thirty activities added since, its History open and its changes shown. */
async function thirtyActivitiesAdded() {
  const many = Array.from({ length: 30 }, (_, i): Intent => ({ type: 'activity/add', id: `a${String(i)}` as ActivityId, title: `Task ${String(i + 1)}`, outcomeId: null }));
  show(applied(imported, ...many));
  const user = userEvent.setup();
  const { list } = await openHistory();
  await user.click(within(list).getByRole('button', { name: /^What changed since .+ \(As imported from a file\)$/u }));
  const activities = await within(list).findByRole('region', { name: 'Activities' });
  return { user, list, activities };
}

describe('the History dialog', () => {
  it('calls the imported board’s first snapshot what it is', async () => {
    show(imported);
    const { list } = await openHistory();
    expect(within(list).getByText('As imported from a file')).toBeDefined();
    expect(within(list).queryByText('When the board was opened')).toBeNull();
    expect(within(list).getByRole('button', { name: /^Restore as imported from a file from /u })).toBeDefined();
  });

  it('says what changed since a snapshot, by keyboard; focus stays on the button, and it folds away again', async () => {
    const maya = imported.people.find((person) => person.name === 'Maya Chen');
    const deals = imported.outcomes.find((outcome) => outcome.title === 'Deals closed');
    const forecast = imported.outcomes.find((outcome) => outcome.title === 'Forecast accuracy');
    if (!maya || !deals || !forecast) throw new Error('fixture');
    show(
      applied(
        imported,
        { type: 'outcome/set-owner', outcomeId: deals.id, personId: maya.id },
        { type: 'outcome/edit', outcomeId: forecast.id, patch: { current: 82.5 } },
        { type: 'activity/add', id: 'weekly' as ActivityId, title: 'Weekly forecast review', outcomeId: forecast.id },
      ),
    );
    const user = userEvent.setup();
    const { list } = await openHistory();
    const button = within(list).getByRole('button', { name: /^What changed since .+ \(As imported from a file\)$/u });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel?.hidden).toBe(true);

    act(() => {
      button.focus();
    });
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(within(list).getByText('4 changes since then, to the board as it is now:')).toBeDefined();
    });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel?.hidden).toBe(false);
    expect(document.activeElement).toBe(button);
    const outcomes = within(list).getByRole('region', { name: 'Outcomes' });
    expect(within(outcomes).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Deals closed: owner nobody → Maya Chen',
      'Deals closed: verdict Nobody owns it → Task assignment, not ownership',
      'Forecast accuracy: current 75% → 82.5%',
    ]);
    const activities = within(list).getByRole('region', { name: 'Activities' });
    expect(within(activities).getByRole('listitem').textContent).toBe('Added “Weekly forecast review” to Forecast accuracy');
    // Restore is where it was.
    expect(within(list).getByRole('button', { name: /^Restore as imported from a file from /u })).toBeDefined();

    await user.keyboard(' ');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel?.hidden).toBe(true);
    expect(within(list).queryByRole('region', { name: 'Outcomes' })).toBeNull();
  });

  it('says nothing changed when the board is as the snapshot holds it', async () => {
    show({ ...imported, updatedAt: '2026-04-01T10:00:00.000Z' });
    const { list } = await openHistory();
    await userEvent.click(within(list).getByRole('button', { name: /^What changed since /u }));
    expect(await within(list).findByText('Nothing has changed since: the board is as this snapshot holds it.')).toBeDefined();
  });

  it('lists a long list’s first changes and how many more, and all of them when asked', async () => {
    const { user, list, activities } = await thirtyActivitiesAdded();
    expect(within(activities).getAllByRole('listitem')).toHaveLength(8);
    expect(within(activities).getByText('and 22 more changes')).toBeDefined();
    const all = within(list).getByRole('button', { name: /^Show all 30 changes since .+ \(As imported from a file\)$/u });
    await user.click(all);
    expect(within(activities).getAllByRole('listitem')).toHaveLength(30);
    // The same button, so focus stays on it.
    expect(all.textContent).toBe('Show the first changes only');
    expect(document.activeElement).toBe(all);
  });

  // The changes it shows push it down, past the foot of the dialog at 1366 × 768: focus stayed on
  // a button out of sight. It is brought into the dialog's view once they are drawn, each way.
  it('keeps “Show all … changes” in view once the changes above it are drawn', async () => {
    const { user, list, activities } = await thirtyActivitiesAdded();
    const shown: { element: Element; options: unknown; items: number }[] = [];
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      shown.push({ element: this, options, items: within(activities).getAllByRole('listitem').length });
    });
    try {
      const all = within(list).getByRole('button', { name: /^Show all 30 changes since /u });
      await user.click(all);
      await user.click(all);
      expect(shown).toEqual([
        { element: all, options: { block: 'nearest' }, items: 30 },
        { element: all, options: { block: 'nearest' }, items: 8 },
      ]);
    } finally {
      scrolled.mockRestore();
    }
  });
});

// Every row's read "Show all 30 changes": a screen reader's list of buttons, or Tab through the
// dialog, could not tell whose changes each would show.
describe('the History’s changes of two snapshots', () => {
  it('name their snapshot in “Show all”, either way, as in “What changed”', async () => {
    await addSnapshot(imported, 'named', '2026-03-14T17:00:00.000Z', 'After day 1');
    const { user, list } = await thirtyActivitiesAdded();
    await user.click(within(list).getByRole('button', { name: /^What changed since .+ \(After day 1\)$/u }));
    const named = await within(list).findByRole('button', { name: /^Show all 30 changes since .+ \(After day 1\)$/u });
    const first = within(list).getByRole('button', { name: /^Show all 30 changes since .+ \(As imported from a file\)$/u });
    expect([named.textContent, first.textContent]).toEqual(['Show all 30 changes', 'Show all 30 changes']);
    await user.click(named);
    expect(named.getAttribute('aria-label')).toMatch(/^Show the first changes only, since .+ \(After day 1\)$/u);
    expect(named.textContent).toBe('Show the first changes only');
  });
});

/**
 * A title or a name holding a right-to-left override (U+202E, from an imported file or a paste)
 * stays inside itself in the board's notices: unisolated, it turned the rest of our sentence
 * ("… has no owner now.") backwards. Rendered under jsdom with a real (fake-indexeddb) database,
 * as App.test.tsx; the sample board, its titles and a name changed to hold the override.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { App } from '../../renderer/app/App';
import { useNotices } from '../../renderer/app/notices';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { useBoardStore } from '../../renderer/store/boardStore';
import type { ActivityId, OutcomeId, PersonId } from '../../shared/model';

const outcome = 'gnp.exe \u202Eevil';
const activity = 'fdp.exe \u202Eyppah';
const name = 'Maya \u202ECHEN';
const isolated = (text: string) => `\u2068${text}\u2069`;

afterEach(async () => {
  act(() => {
    useNotices.setState({ notices: [] });
  });
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

/** The sample board on screen, with the override in an outcome's and an activity's title and in a name. */
async function boardWithOverrides() {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Revenue ownership workshop (sample)' });
  act(() => {
    const { dispatch } = useBoardStore.getState();
    dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-pipeline' as OutcomeId, patch: { title: outcome } });
    dispatch({ type: 'activity/edit', activityId: 'sample-activity-campaign' as ActivityId, patch: { title: activity } });
    dispatch({ type: 'person/edit', personId: 'sample-person-leo' as PersonId, patch: { name } });
  });
  return user;
}

const lastNotice = () => useNotices.getState().notices.at(-1)?.message;

describe('a right-to-left override in a title or a name, in a notice', () => {
  it('clearing an outcome’s owner', async () => {
    const user = await boardWithOverrides();
    await user.click(screen.getByRole('button', { name: `Clear owner of ${outcome}` }));
    expect(lastNotice()).toBe(`${isolated(outcome)} has no owner now.`);
  });

  it('deleting an activity', async () => {
    const user = await boardWithOverrides();
    await user.click(screen.getByRole('button', { name: `Actions for ${activity}` }));
    await user.click(screen.getByRole('button', { name: 'Delete activity' }));
    expect(lastNotice()).toBe(`Deleted activity ${isolated(activity)}.`);
  });

  it('adding a person whose name is on the board already', async () => {
    const user = await boardWithOverrides();
    const people = screen.getByRole('region', { name: 'People' });
    await user.type(within(people).getByRole('textbox', { name: "New person's name" }), `${name}{Enter}`);
    expect(within(people).getByRole('alert').textContent).toBe(`${isolated(name)} is already on this board. Add a surname or an initial, so the room can tell the two apart.`);
  });
});

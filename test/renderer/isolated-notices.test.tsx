/**
 * A title or a name in right-to-left letters stays inside itself in the board's notices:
 * unisolated, it took the words of our sentence next to it ("… has no owner now.") into its own
 * direction, and a right-to-left override (U+202E) turned the whole rest backwards. (The override
 * can no longer be typed or imported: shared/commands takes bidirectional controls out of text.)
 * Rendered under jsdom with a real (fake-indexeddb) database, as App.test.tsx; the sample board,
 * its titles and a name changed to Hebrew and Arabic.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { useNotices } from '../../renderer/app/notices';
import { useBoardStore } from '../../renderer/store/boardStore';
import type { ActivityId, OutcomeId, PersonId } from '../../shared/model';
import { setupUser } from './user';
import { tearDownApp } from './appTeardown';

const outcome = 'צנרת מכירות 20%';
const activity = 'حملة الربيع 2';
const name = 'מאיה חן';
const isolated = (text: string) => `\u2068${text}\u2069`;

// The saves settled first: each test's sample has an id of its own, and a save of the last test's
// board still in flight when its database was deleted came back "This board was deleted in another
// window" as the next test's last notice (seen twice in full runs on two busy cores).
afterEach(tearDownApp);

/** The sample board on screen, with an outcome's and an activity's title and a name in right-to-left letters. */
async function boardWithRightToLeft() {
  const user = setupUser();
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

describe('a right-to-left title or name, in a notice', () => {
  it('clearing an outcome’s owner', async () => {
    const user = await boardWithRightToLeft();
    await user.click(screen.getByRole('button', { name: `Clear owner of ${outcome}` }));
    expect(lastNotice()).toBe(`${isolated(outcome)} has no owner now.`);
  });

  it('deleting an activity', async () => {
    const user = await boardWithRightToLeft();
    await user.click(screen.getByRole('button', { name: `Actions for ${activity}` }));
    await user.click(screen.getByRole('button', { name: 'Delete activity' }));
    expect(lastNotice()).toBe(`Deleted activity ${isolated(activity)}.`);
  });

  it('adding a person whose name is on the board already', async () => {
    const user = await boardWithRightToLeft();
    const people = screen.getByRole('region', { name: 'People' });
    await user.type(within(people).getByRole('textbox', { name: "New person's name" }), `${name}{Enter}`);
    expect(within(people).getByRole('alert').textContent).toBe(`${isolated(name)} is already on this board. Add a surname or an initial, so the room can tell the two apart.`);
  });
});

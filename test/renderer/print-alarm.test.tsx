/**
 * What the board says, the handout and the health panel say too: an outcome whose tasks are all
 * done while its result is missed carries the card's alarm on its PDF card, under its verdict in
 * the three questions and on its owner's page; and the outcomes not owned yet stay on the health
 * panel's list whatever else is on it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { TASKS_DONE_RESULT_MISSED, boardHealth } from '../../shared/health';
import { FULL_AUTHORITY, type ActivityId, type Board, type Outcome, type OutcomeId } from '../../shared/model';
import type { PrintRequest } from '../../shared/print';
import { createSampleBoard } from '../../shared/sample';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { saveBoard } from '../../renderer/db/boards';
import { HealthPanel } from '../../renderer/health/HealthPanel';
import { PrintView } from '../../renderer/print/PrintView';
import { printReadiness } from '../../renderer/print/printReady';

afterEach(async () => {
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

async function renderPrint(board: Board) {
  await saveBoard(board);
  const request: PrintRequest = { boardId: board.id, paper: 'A4', orientation: 'portrait', sections: ['map', 'health', 'people'] };
  render(<PrintView request={request} />);
  await waitFor(() => {
    expect(printReadiness(document)).toBe('true');
  });
}

/** The sample, with Deals closed owned by Priya with every authority: "Owned", its one task done, 5 of 12 deals. */
function ownedAndMissed(): Board {
  const sample = createSampleBoard();
  const priya = sample.people.find((person) => person.name === 'Priya Nair');
  if (priya === undefined) throw new Error('the sample board has Priya Nair');
  return { ...sample, outcomes: sample.outcomes.map((o) => (o.title === 'Deals closed' ? { ...o, ownerId: priya.id, authority: FULL_AUTHORITY } : o)) };
}

describe('tasks done, result missed, in the PDF', () => {
  it('is said on the outcome’s card, in the board card’s words, beside its "Owned"', async () => {
    await renderPrint(ownedAndMissed());
    const deals = screen.getByRole('article', { name: 'Deals closed' });
    expect(within(deals).getByText('Owned')).toBeDefined();
    // Was: only "5 of 12 deals (not met yet)" and "1 of 1 done".
    expect(within(deals).getByText(TASKS_DONE_RESULT_MISSED).textContent).toBe('⚠ Tasks done, result missed');
    // Not on a card whose tasks are still open.
    expect(within(screen.getByRole('article', { name: 'Outbound pipeline' })).queryByText(TASKS_DONE_RESULT_MISSED)).toBeNull();
  });

  it('is said under its verdict in the three questions, and on its owner’s page', async () => {
    await renderPrint(ownedAndMissed());
    const health = screen.getByRole('region', { name: 'Health check' });
    const check = within(health).getByRole('heading', { level: 4, name: 'Deals closed' }).closest('li');
    if (check === null) throw new Error('Deals closed has no three questions');
    expect(within(check).getByText(TASKS_DONE_RESULT_MISSED)).toBeDefined();
    expect(within(health).getAllByText(TASKS_DONE_RESULT_MISSED)).toHaveLength(1);
    const priya = screen.getByRole('region', { name: 'Priya Nair' });
    const owned = within(priya).getByText('Deals closed', { selector: '.print-owns__title bdi' }).closest('li');
    if (owned === null) throw new Error('Priya’s page does not list Deals closed');
    expect(within(owned).getByText(TASKS_DONE_RESULT_MISSED)).toBeDefined();
    // Forecast accuracy, hers too, has no task done: no alarm.
    expect(within(priya).getAllByText(TASKS_DONE_RESULT_MISSED)).toHaveLength(1);
  });
});

describe('the health panel', () => {
  // The reviewer's board: 6 outcomes, 3 of them not owned, and a loose activity.
  function sixOutcomes(): Board {
    const sample = createSampleBoard();
    const [pipeline] = sample.outcomes;
    const [maya, leo] = sample.people;
    if (pipeline === undefined || maya === undefined || leo === undefined) throw new Error('the sample board changed');
    const make = (n: number, title: string, fields: Partial<Outcome>): Outcome => ({ ...pipeline, id: `o-${String(n)}` as OutcomeId, title, notes: '', ...fields });
    const outcomes = [
      make(1, 'Outbound pipeline', {}),
      make(2, 'Improve marketing', { metric: '', target: null, ownerId: null }),
      make(3, 'Renewals', {}),
      make(4, 'Better customer experience', { ownerId: null }),
      make(5, 'Hire 3 engineers', { ownerId: leo.id, authority: { ...FULL_AUTHORITY, decidesHow: false } }),
      make(6, 'Deals closed', { ownerId: leo.id }),
    ];
    return { ...sample, people: [maya, leo], outcomes, activities: [{ id: 'a-1' as ActivityId, title: 'Fix the billing bug', outcomeId: null, assigneeIds: [], done: false }] };
  }

  it('keeps saying which outcomes are not owned yet when it has other things to say, first, as a link to the first of them', () => {
    const { findings, score } = boardHealth(sixOutcomes());
    render(<HealthPanel findings={findings} score={score} />);
    const items = within(screen.getByRole('region', { name: 'Health check' })).getAllByRole('listitem').map((item) => item.textContent);
    // Was: only "Fix the billing bug serves no outcome." (and Maya owning 3 is fine).
    expect(items).toEqual([
      'Warning3 of 6 outcomes are not owned yet: Improve marketing (task, not an outcome), Better customer experience (nobody owns it) and Hire 3 engineers (task assignment, not ownership).',
      'NoteFix the billing bug serves no outcome.',
    ]);
    expect(screen.getByRole('button', { name: '3 of 6 outcomes are not owned yet: Improve marketing (task, not an outcome), Better customer experience (nobody owns it) and Hire 3 engineers (task assignment, not ownership).' })).toBeDefined();
  });
});

/**
 * "Why?" on an outcome card says which of the three questions fail, each reason once, and under a
 * question answered No a button takes the first step of the fix: to the field, the select or the
 * toggle that answers it. The people tray's hint fits what there is to do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { App } from '../../renderer/app/App';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { saveBoard } from '../../renderer/db/boards';
import { createSampleBoard } from '../../shared/sample';
import type { Board } from '../../shared/model';
import { applied } from '../shared/applied';

afterEach(async () => {
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

async function openCard(title: string, board?: (sample: Board) => Board) {
  if (board) await saveBoard(board(createSampleBoard()));
  render(<App />);
  const card = await screen.findByRole('region', { name: title });
  await userEvent.click(within(card).getByRole('button', { name: `Why? (${title})` }));
  return card;
}

const textCount = (element: HTMLElement, text: string) => element.textContent.split(text).length - 1;

describe('the reasons of "Why?"', () => {
  // Each verdict with the reason its card gives, and where it is said once the questions show.
  const cases = [
    ['Write the proposal', 'No metric: what will be counted? No target: how many, by when?', 'in the questions'],
    ['Deals closed', 'Nobody is accountable for it.', 'in the questions'],
    ['Forecast accuracy', "Priya Nair can't decide how it is pursued, prioritise resources or choose approaches.", 'in the questions'],
    // The owned verdict's sentence sums up the three answers: it stays above them.
    ['Outbound pipeline', 'Maya Chen owns it: a measurable result, one accountable person, and the authority to decide how.', 'above them'],
  ] as const;

  it.each(cases)('%s: its reason is said once', async (title, reason, where) => {
    render(<App />);
    const card = await screen.findByRole('region', { name: title });
    expect(textCount(card, reason)).toBe(1);
    await userEvent.click(within(card).getByRole('button', { name: `Why? (${title})` }));
    const questions = within(card).getByRole('list', { name: 'The three questions' });
    expect(textCount(card, reason)).toBe(1);
    expect(textCount(questions, reason)).toBe(where === 'in the questions' ? 1 : 0);
    // Hidden again, the reason is back under the verdict.
    await userEvent.click(within(card).getByRole('button', { name: `Hide the three questions (${title})` }));
    expect(textCount(card, reason)).toBe(1);
  });
});

describe('the fixes under a No', () => {
  it('a result with no metric and no target: the editor opens on the metric, then on the target', async () => {
    const card = await openCard('Write the proposal');
    await userEvent.click(within(card).getByRole('button', { name: 'Add a metric and target for Write the proposal' }));
    const editor = within(card).getByRole('form', { name: 'Edit Write the proposal' });
    expect(document.activeElement).toBe(within(editor).getByRole('textbox', { name: 'Metric (what is counted)' }));
    // The editor is open: no second way into it.
    expect(within(card).queryByRole('button', { name: /^Add a/u })).toBeNull();
    await userEvent.keyboard('Proposals sent{Enter}');
    // Saved: back on "Why?" (once the saved card is drawn: focusAfterChange waits a frame), and the
    // question now lacks only a target.
    await waitFor(() => {
      expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Hide the three questions (Write the proposal)' }));
    });
    await userEvent.click(within(card).getByRole('button', { name: 'Add a target for Write the proposal' }));
    expect(document.activeElement).toBe(within(card).getByRole('textbox', { name: 'Target' }));
    await userEvent.keyboard('3{Enter}');
    expect(within(card).getByText('Nobody owns it')).toBeDefined();
    expect(within(card).queryByRole('button', { name: /^Add a/u })).toBeNull();
  });

  it('no owner: "Choose an owner" goes to the owner select', async () => {
    const card = await openCard('Deals closed');
    await userEvent.click(within(card).getByRole('button', { name: 'Choose an owner for Deals closed' }));
    expect(document.activeElement).toBe(within(card).getByRole('combobox', { name: 'Set owner of Deals closed' }));
    // Question 3 fails too, for want of an owner: that has no button of its own.
    expect(within(card).getAllByRole('button', { name: /for Deals closed$/u })).toHaveLength(1);
  });

  it('with nobody on the board, "Add a person" goes to the new person’s name', async () => {
    const card = await openCard('Deals closed', (sample) => ({
      ...sample,
      people: [],
      outcomes: sample.outcomes.map((o) => ({ ...o, ownerId: null })),
      activities: sample.activities.map((a) => ({ ...a, assigneeIds: [] })),
    }));
    await userEvent.click(within(card).getByRole('button', { name: 'Add a person to own Deals closed' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: "New person's name" }));
  });

  it('authority withheld: "Set authority" goes to the first toggle that is off', async () => {
    const card = await openCard('Forecast accuracy');
    const authority = within(card).getByRole('group', { name: 'Authority of Priya Nair over “Forecast accuracy”' });
    await userEvent.click(within(authority).getByRole('button', { name: /Decides how/u }));
    await userEvent.click(within(card).getByRole('button', { name: 'Set authority for Forecast accuracy' }));
    const focused = within(authority).getByRole('button', { name: /Prioritises resources/u });
    expect(document.activeElement).toBe(focused);
    expect(focused.getAttribute('aria-pressed')).toBe('false');
  });

  it('an owned outcome has nothing to fix, and the fixes are editing chrome (not in Present)', async () => {
    const owned = await openCard('Outbound pipeline');
    expect(within(owned).queryByRole('button', { name: /for Outbound pipeline$/u })).toBeNull();
    const card = screen.getByRole('region', { name: 'Write the proposal' });
    await userEvent.click(within(card).getByRole('button', { name: 'Why? (Write the proposal)' }));
    for (const name of ['Add a metric and target for Write the proposal', 'Choose an owner for Write the proposal']) {
      expect(within(card).getByRole('button', { name }).closest('.editing-chrome')).not.toBeNull();
    }
  });
});

describe('the people tray’s hint', () => {
  const people = () => screen.findByRole('region', { name: 'People' });

  it('on a board with nobody, says how to add the first person, not how to drag', async () => {
    await saveBoard({ ...createSampleBoard(), people: [], outcomes: [], activities: [] });
    render(<App />);
    const tray = await people();
    expect(tray.textContent).toContain('Type a name below and press Add person, or paste a list of names.');
    expect(tray.textContent).not.toContain('Drag a person');
  });

  it('with people and no outcome, says to add an outcome first', async () => {
    await saveBoard({ ...createSampleBoard(), outcomes: [], activities: [] });
    render(<App />);
    const tray = await people();
    expect(tray.textContent).toContain('Add an outcome, then drag a person onto its owner slot.');
    expect(tray.textContent).not.toContain('Type a name below');
  });

  it('with people and outcomes, says how to drag', async () => {
    render(<App />);
    const tray = await people();
    expect(tray.textContent).toContain('Drag a person onto an owner slot or an activity.');
    expect(tray.textContent).not.toContain('Type a name below');
  });
});

// A person owning two outcomes gave two groups both named "Authority of Maya Chen": a screen
// reader's list of groups could not tell them apart.
describe('the authority toggles of one person owning two outcomes', () => {
  it('name the outcome as well as its owner, a title of right-to-left letters isolated', async () => {
    const rtl = 'صفقات مغلقة 20%';
    await openCard('Outbound pipeline', (sample) => {
      const maya = sample.people.find((person) => person.name === 'Maya Chen');
      const deals = sample.outcomes.find((outcome) => outcome.title === 'Deals closed');
      if (!maya || !deals) throw new Error('fixture');
      return applied(
        sample,
        { type: 'outcome/set-owner', outcomeId: deals.id, personId: maya.id },
        { type: 'outcome/edit', outcomeId: deals.id, patch: { title: rtl } },
      );
    });
    const groups = screen.getAllByRole('group').map((group) => group.getAttribute('aria-label') ?? '').filter((name) => name.startsWith('Authority of Maya Chen'));
    expect(groups.sort()).toEqual(['Authority of Maya Chen over “Outbound pipeline”', `Authority of Maya Chen over “\u2068${rtl}\u2069”`]);
  });
});

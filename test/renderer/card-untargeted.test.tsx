/**
 * The board's outcome card and people, with what a colleague's file or the room brought: a value
 * measured before a target was agreed is shown where it stands ("Current"), and a person's initials are
 * readable on a light chip colour. Rendered under jsdom with a real (fake-indexeddb) database, as
 * App.test.tsx; the sample board.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { useBoardStore } from '../../renderer/store/boardStore';
import type { OutcomeId, PersonId } from '../../shared/model';
import { TASKS_DONE_NOT_MEASURED, TASKS_DONE_RESULT_MISSED } from '../../shared/health';
import { tearDownApp } from './appTeardown';

afterEach(tearDownApp);

async function sampleBoard() {
  render(<App />);
  await screen.findByRole('region', { name: 'Outbound pipeline' });
}

/** The text of a card's fact (its <dd>) named `term` ("Result", "Current"); null when the card has none. */
function fact(card: HTMLElement, term: string): string | null {
  const dt = within(card).queryByText(term, { selector: 'dt' });
  return dt?.nextElementSibling?.textContent ?? null;
}

describe('an outcome measured before its target was agreed', () => {
  it('shows the value measured as where it stands, saying there is no target to measure it against', async () => {
    await sampleBoard();
    act(() => {
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-pipeline' as OutcomeId, patch: { target: null, current: 38, unit: 'points' } });
    });
    const pipeline = screen.getByRole('region', { name: 'Outbound pipeline' });
    expect(fact(pipeline, 'Result')).toBe('No measurable result');
    // Was: no "Now" line (now "Current", the editor's and the PDF's word) at all, the 38 points nowhere on the board.
    expect(fact(pipeline, 'Current')).toBe('38 points (no target to measure against)');
    // Nothing measured and no target: still no "Current".
    act(() => {
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-pipeline' as OutcomeId, patch: { current: null } });
    });
    expect(fact(pipeline, 'Current')).toBeNull();
  });
});

// A ceiling has no bar: "Current 7 days, target at most 5 days" looked the same met or missed, where
// the PDF said "(not met yet)". The card says it in the PDF's words where there is no bar.
describe('whether a result is met, on a card without a bar', () => {
  it('says "(not met yet)" or "(met)" for a ceiling; a goal with a bar shows it there', async () => {
    await sampleBoard();
    const edit = (patch: { direction?: 'at-most' | 'at-least'; target?: number; current?: number }) => {
      act(() => {
        useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-pipeline' as OutcomeId, patch: { unit: 'days', ...patch } });
      });
    };
    const pipeline = screen.getByRole('region', { name: 'Outbound pipeline' });
    // A unit is held to its amount by a no-break space.
    const now = () => fact(pipeline, 'Current')?.replaceAll('\u00a0', ' ');
    edit({ direction: 'at-most', target: 5, current: 7 });
    expect(now()).toBe('7 days, target at most 5 days (not met yet)');
    edit({ current: 4 });
    expect(now()).toBe('4 days, target at most 5 days (met)');
    // At least, with its bar: as before, no words.
    edit({ direction: 'at-least', target: 20, current: 14 });
    expect(now()).toBe('14 of 20 days');
  });
});

describe('a person’s chip', () => {
  it('has dark initials on a light colour, and white ones on the board’s own colours', async () => {
    await sampleBoard();
    act(() => {
      useBoardStore.getState().dispatch({ type: 'person/edit', personId: 'sample-person-maya' as PersonId, patch: { colour: '#fde047' } });
    });
    const chipOf = (name: string) => screen.getAllByTitle(name).find((element) => element.classList.contains('avatar'));
    // Was: white on the yellow, 1.3:1.
    expect(chipOf('Maya Chen')?.style.color).toBe('rgb(17, 24, 39)');
    expect(chipOf('Leo Fischer')?.style.color).toBe('rgb(255, 255, 255)');
  });
});

// The metric ("what is counted") was written only in the editor: a result with no unit read "5 per
// quarter" on the card, and nothing on the board said what the 5 counted.
describe('a result with no unit, or a unit without a letter', () => {
  it('is followed by its metric; a result with a word for a unit, or a title, names what it counts already', async () => {
    await sampleBoard();
    const pipeline = screen.getByRole('region', { name: 'Outbound pipeline' });
    act(() => {
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-pipeline' as OutcomeId, patch: { metric: 'Proposals sent', target: 5, unit: '', period: 'per quarter' } });
    });
    expect(fact(pipeline, 'Result')).toBe('5 per quarter · Proposals sent');
    act(() => {
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-pipeline' as OutcomeId, patch: { unit: 'proposals' } });
    });
    expect(fact(pipeline, 'Result')?.replaceAll('\u00a0', ' ')).toBe('5 proposals per quarter');
    // A unit without a letter names nothing counted: "5 € per quarter" said nothing of what.
    act(() => {
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-pipeline' as OutcomeId, patch: { metric: 'Upsell revenue', unit: '€' } });
    });
    expect(fact(pipeline, 'Result')?.replaceAll('\u00a0', ' ')).toBe('5 € per quarter · Upsell revenue');
    // The card's heading says it already.
    act(() => {
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-pipeline' as OutcomeId, patch: { metric: 'Outbound pipeline' } });
    });
    expect(fact(pipeline, 'Result')?.replaceAll('\u00a0', ' ')).toBe('5 € per quarter');
    // No target: nothing measurable to follow.
    act(() => {
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-pipeline' as OutcomeId, patch: { unit: '', target: null } });
    });
    expect(fact(pipeline, 'Result')).toBe('No measurable result');
  });
});

// Every task done and the result not measured: a screen reader heard "…and the result is not
// measured yet: is it reached?" as the last task was ticked, and the health check listed it, while
// the card said only "Not measured yet", as before any task was done.
describe('an outcome with every task done and its result not measured', () => {
  it('asks on its card whether the result is reached; measured, the card says met or missed instead', async () => {
    await sampleBoard();
    const deals = screen.getByRole('region', { name: 'Deals closed' });
    const edit = (current: number | null) => {
      act(() => {
        useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-deals' as OutcomeId, patch: { current } });
      });
    };
    edit(null);
    expect(within(deals).getByText(TASKS_DONE_NOT_MEASURED)).toBeDefined();
    expect(within(deals).queryByText(TASKS_DONE_RESULT_MISSED)).toBeNull();
    edit(5);
    expect(within(deals).queryByText(TASKS_DONE_NOT_MEASURED)).toBeNull();
    expect(within(deals).getByText(TASKS_DONE_RESULT_MISSED)).toBeDefined();
    edit(12);
    expect(within(deals).queryByText(TASKS_DONE_NOT_MEASURED)).toBeNull();
    expect(within(deals).queryByText(TASKS_DONE_RESULT_MISSED)).toBeNull();
  });
});

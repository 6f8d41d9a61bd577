/**
 * Where a card says every task is done while its result is missed (or not measured): under its
 * verdict, before the result, the owner and the authority, as the PDF's health check says it. Low on
 * the card, under the owner, it went below a projector's bottom edge once the three questions were
 * open (present-projector.e2e.ts). Rendered under jsdom with a real (fake-indexeddb) database, as
 * App.test.tsx; the sample board, whose "Deals closed" has its only task done, 5 of 12 deals.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { useBoardStore } from '../../renderer/store/boardStore';
import type { OutcomeId } from '../../shared/model';
import { tearDownApp } from './appTeardown';

afterEach(tearDownApp);

/** Whether `first` comes before `second` in the card, as read. */
const before = (first: Element, second: Element) => (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe('a card with every task done', () => {
  it('says "Tasks done, result missed" under its verdict, before its result and its owner', async () => {
    render(<App />);
    const deals = await screen.findByRole('region', { name: 'Deals closed' });
    const alarm = within(deals).getByText('Tasks done, result missed');
    expect(before(within(deals).getByText('Nobody owns it'), alarm)).toBe(true);
    expect(before(alarm, within(deals).getByText('Nobody is accountable for it.'))).toBe(true);
    expect(before(alarm, within(deals).getByText('Result'))).toBe(true);
    expect(before(alarm, within(deals).getByText('No owner'))).toBe(true);
  });

  it('asks whether a result not measured is reached in the same place', async () => {
    render(<App />);
    const deals = await screen.findByRole('region', { name: 'Deals closed' });
    act(() => {
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: 'sample-outcome-deals' as OutcomeId, patch: { current: null } });
    });
    const question = within(deals).getByText('Tasks done, result not measured: is it reached?');
    expect(before(within(deals).getByText('Nobody owns it'), question)).toBe(true);
    expect(before(question, within(deals).getByText('Result'))).toBe(true);
    expect(before(question, within(deals).getByText('No owner'))).toBe(true);
  });
});

/**
 * A drop is one store action that re-renders only the containers it touched: moving "Update the
 * CRM" from the parking lot into "Forecast accuracy" renders those two and no other outcome card.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import type { ActivityId, OutcomeId } from '../../shared/model';
import { App } from '../../renderer/app/App';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { renderProbe } from '../../renderer/board/renderProbe';
import { useBoardStore } from '../../renderer/store/boardStore';

beforeEach(() => {
  renderProbe.enabled = true;
});

afterEach(async () => {
  renderProbe.enabled = false;
  renderProbe.counts.clear();
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('renders per drop', () => {
  it('moving an activity between two containers renders only those two', async () => {
    render(<App />);
    await screen.findByRole('region', { name: 'Forecast accuracy' });
    renderProbe.counts.clear();
    act(() => {
      const result = useBoardStore.getState().dispatch({
        type: 'activity/move',
        activityId: 'sample-activity-crm' as ActivityId,
        toOutcomeId: 'sample-outcome-forecast' as OutcomeId,
        toIndex: 0,
      });
      expect(result.ok).toBe(true);
    });
    expect(Object.fromEntries(renderProbe.counts)).toEqual({
      'outcome:sample-outcome-forecast': 1,
      'parking-lot': 1,
    });
  });

  it('an owner change renders only that outcome card', async () => {
    render(<App />);
    await screen.findByRole('region', { name: 'Deals closed' });
    renderProbe.counts.clear();
    act(() => {
      useBoardStore.getState().dispatch({ type: 'outcome/set-owner', outcomeId: 'sample-outcome-deals' as OutcomeId, personId: 'sample-person-leo' as never });
    });
    expect(Object.fromEntries(renderProbe.counts)).toEqual({ 'outcome:sample-outcome-deals': 1 });
  });
});

/**
 * The drag rules without a browser: what a drop means ("position 2 of 3"), where the arrow keys
 * go next, and which drop targets each kind of drag can use.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityId, OutcomeId, PersonId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { dropSlots, nextDropTarget } from '../../renderer/board/dnd/geometry';
import { resolveDrop } from '../../renderer/board/dnd/resolve';
import { describeChange } from '../../renderer/board/dnd/describe';
import { applyIntent } from '../../shared/commands';

const board = createSampleBoard();
const id = {
  pipeline: 'sample-outcome-pipeline' as OutcomeId,
  deals: 'sample-outcome-deals' as OutcomeId,
  proposal: 'sample-outcome-proposal' as OutcomeId,
  forecast: 'sample-outcome-forecast' as OutcomeId,
  campaign: 'sample-activity-campaign' as ActivityId,
  calls: 'sample-activity-calls' as ActivityId,
  write: 'sample-activity-proposal' as ActivityId,
  crm: 'sample-activity-crm' as ActivityId,
  maya: 'sample-person-maya' as PersonId,
  leo: 'sample-person-leo' as PersonId,
};

describe('what a drop means', () => {
  it('an activity dropped on another goes before it, counted without itself', () => {
    const drop = resolveDrop(board, { type: 'activity', activityId: id.campaign }, { type: 'activity', activityId: id.write, outcomeId: id.deals });
    expect(drop.intent).toEqual({ type: 'activity/move', activityId: id.campaign, toOutcomeId: id.deals, toIndex: 0 });
    expect(drop.description).toBe('Deals closed, position 1 of 2');
  });

  it('an activity dropped on a container goes to its end; the parking lot is a container', () => {
    const drop = resolveDrop(board, { type: 'activity', activityId: id.calls }, { type: 'container', outcomeId: null });
    expect(drop.intent).toEqual({ type: 'activity/move', activityId: id.calls, toOutcomeId: null, toIndex: 1 });
    expect(drop.description).toBe('Parking lot, position 2 of 2');
  });

  it('a person on an owner slot sets the owner; on an activity assigns; elsewhere nothing', () => {
    expect(resolveDrop(board, { type: 'person', personId: id.leo }, { type: 'owner-slot', outcomeId: id.deals }).intent).toEqual({
      type: 'outcome/set-owner',
      outcomeId: id.deals,
      personId: id.leo,
    });
    expect(resolveDrop(board, { type: 'person', personId: id.leo }, { type: 'activity', activityId: id.crm, outcomeId: null }).intent).toEqual({
      type: 'activity/assign',
      activityId: id.crm,
      personId: id.leo,
    });
    expect(resolveDrop(board, { type: 'person', personId: id.leo }, { type: 'container', outcomeId: id.deals }).intent).toBeNull();
    expect(resolveDrop(board, { type: 'activity', activityId: id.crm }, { type: 'owner-slot', outcomeId: id.deals }).intent).toBeNull();
    expect(resolveDrop(board, { type: 'activity', activityId: id.crm }, null).intent).toBeNull();
  });

  it('an outcome dropped on another takes its place', () => {
    expect(resolveDrop(board, { type: 'outcome', outcomeId: id.pipeline }, { type: 'outcome-slot', outcomeId: id.forecast }).intent).toEqual({
      type: 'outcome/move',
      outcomeId: id.pipeline,
      toIndex: 3,
    });
  });

  it('says an owner replacement in workshop words', () => {
    const intent = { type: 'outcome/set-owner', outcomeId: id.pipeline, personId: id.leo } as const;
    const result = applyIntent(board, intent);
    if (!result.ok) throw new Error(result.error.message);
    expect(describeChange(board, result.board, intent, result.effects)).toEqual({
      message: 'Owner of Outbound pipeline changed from Maya Chen to Leo Fischer.',
      notable: true,
    });
  });
});

describe('where the arrow keys go', () => {
  const activity = { type: 'activity', activityId: id.campaign } as const;

  it('lists every position once, grouped by container, without the dragged activity', () => {
    expect(dropSlots(board, activity)).toEqual([
      ['activity:sample-activity-calls', 'container:sample-outcome-pipeline'],
      ['activity:sample-activity-proposal', 'container:sample-outcome-deals'],
      ['container:sample-outcome-proposal'],
      ['container:sample-outcome-forecast'],
      ['activity:sample-activity-crm', 'container:parking-lot'],
    ]);
  });

  it('Down walks positions and crosses into the next outcome; Up walks back', () => {
    expect(nextDropTarget(board, activity, 'activity:sample-activity-calls', 'ArrowDown')).toBe('container:sample-outcome-pipeline');
    expect(nextDropTarget(board, activity, 'container:sample-outcome-pipeline', 'ArrowDown')).toBe('activity:sample-activity-proposal');
    expect(nextDropTarget(board, activity, 'activity:sample-activity-proposal', 'ArrowUp')).toBe('container:sample-outcome-pipeline');
    expect(nextDropTarget(board, activity, 'container:parking-lot', 'ArrowDown')).toBeUndefined();
  });

  it('Right and Left jump to the end of the next or previous container', () => {
    expect(nextDropTarget(board, activity, 'activity:sample-activity-calls', 'ArrowRight')).toBe('container:sample-outcome-deals');
    expect(nextDropTarget(board, activity, 'container:sample-outcome-forecast', 'ArrowRight')).toBe('container:parking-lot');
    expect(nextDropTarget(board, activity, 'container:sample-outcome-deals', 'ArrowLeft')).toBe('container:sample-outcome-pipeline');
  });

  it('a person visits each owner slot and activity in reading order', () => {
    const person = { type: 'person', personId: id.maya } as const;
    expect(dropSlots(board, person).flat()).toEqual([
      'owner:sample-outcome-pipeline',
      'activity:sample-activity-campaign',
      'activity:sample-activity-calls',
      'owner:sample-outcome-deals',
      'activity:sample-activity-proposal',
      'owner:sample-outcome-proposal',
      'owner:sample-outcome-forecast',
      'activity:sample-activity-crm',
    ]);
    expect(nextDropTarget(board, person, null, 'ArrowDown')).toBe('owner:sample-outcome-pipeline');
    expect(nextDropTarget(board, person, 'owner:sample-outcome-pipeline', 'ArrowRight')).toBe('activity:sample-activity-campaign');
  });
});

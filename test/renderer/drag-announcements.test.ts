/**
 * What a screen reader hears during a drag, when a title or a name holds a right-to-left override
 * (an imported board's): the name stays inside its own isolate, so the rest of the board's sentence
 * ("… is over Deals closed, position 1 of 2.") is not turned backwards. And which places are the
 * dragged item's own, so that a pick-up's sentence is not drowned by "… is over" that very place.
 */
import { describe, expect, it } from 'vitest';
import { applyIntent } from '../../shared/commands';
import type { Intent } from '../../shared/intents';
import type { ActivityId, Board, OutcomeId, PersonId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { cancelMessage, noDropMessage, overMessage, startMessage } from '../../renderer/board/dnd/announcements';
import { describeChange } from '../../renderer/board/dnd/describe';
import { isOwnPlace } from '../../renderer/board/dnd/resolve';

const sample = createSampleBoard();
const pipeline = 'sample-outcome-pipeline' as OutcomeId;
const deals = 'sample-outcome-deals' as OutcomeId;
const campaign = 'sample-activity-campaign' as ActivityId;
const calls = 'sample-activity-calls' as ActivityId;
const leo = 'sample-person-leo' as PersonId;

const rtl = 'gnp.exe \u202Eevil';
const isolated = `\u2068${rtl}\u2069`;
const board: Board = {
  ...sample,
  outcomes: sample.outcomes.map((o) => (o.id === pipeline ? { ...o, title: rtl } : o)),
  activities: sample.activities.map((a) => (a.id === campaign ? { ...a, title: rtl } : a)),
  people: sample.people.map((p) => (p.id === leo ? { ...p, name: rtl } : p)),
};

describe('a right-to-left override in what is dragged or where', () => {
  it('is isolated when an activity is picked up, moved over, put back or cancelled', () => {
    const drag = { type: 'activity', activityId: campaign } as const;
    expect(startMessage(board, drag)).toBe(`Picked up activity ${isolated}, in ${isolated}, position 1 of 2.`);
    expect(overMessage(board, drag, { type: 'container', outcomeId: deals })).toBe(`${isolated} is over Deals closed, position 2 of 2.`);
    expect(noDropMessage(board, drag)).toBe(`${isolated} was dropped where it was.`);
    expect(cancelMessage(board, drag)).toBe(`Moving ${isolated} was cancelled. It stays in ${isolated}, position 1 of 2.`);
  });

  it('is isolated when a person is over an owner slot or an activity', () => {
    const drag = { type: 'person', personId: leo } as const;
    expect(overMessage(board, drag, { type: 'owner-slot', outcomeId: pipeline })).toBe(`${isolated} is over the owner of ${isolated}.`);
    expect(overMessage(board, drag, { type: 'activity', activityId: campaign, outcomeId: pipeline })).toBe(`${isolated} is over activity ${isolated}.`);
  });

  it('is isolated in the sentence said after the drop', () => {
    const said = (intent: Intent) => {
      const result = applyIntent(board, intent);
      if (!result.ok) throw new Error(result.error.message);
      return describeChange(board, result.board, intent, result.effects).message;
    };
    expect(said({ type: 'activity/move', activityId: calls, toOutcomeId: pipeline, toIndex: 0 })).toBe(`Schedule the calls moved to ${isolated}, position 1 of 2.`);
    expect(said({ type: 'outcome/set-owner', outcomeId: pipeline, personId: leo })).toBe(`Owner of ${isolated} changed from Maya Chen to ${isolated}, who has no authority over it yet.`);
    expect(said({ type: 'activity/assign', activityId: calls, personId: leo })).toBe(`${isolated} assigned to Schedule the calls.`);
  });

  it('left-to-right names are said as they are', () => {
    expect(startMessage(sample, { type: 'person', personId: leo })).toMatch(/^Picked up Leo Fischer\. /u);
  });

  // An activity's pick-up said where it was; an outcome's said only its name.
  it('an outcome picked up says where it is among the outcomes', () => {
    const [, second] = sample.outcomes;
    if (!second) throw new Error('the sample has outcomes');
    expect(startMessage(sample, { type: 'outcome', outcomeId: second.id })).toBe(`Picked up outcome Deals closed, position 2 of ${String(sample.outcomes.length)}.`);
  });
});

describe('an outcome moved by keyboard', () => {
  // "Cut costs is over position 7 of 8" named no card: a person had to count to know where it was.
  it('says which outcome holds the place it is over now, isolated; over its own place, only the position', () => {
    const drag = { type: 'outcome', outcomeId: deals } as const;
    expect(overMessage(board, drag, { type: 'outcome-slot', outcomeId: pipeline })).toBe(`Deals closed is over position 1 of 4, where ${isolated} is now.`);
    expect(overMessage(board, drag, { type: 'outcome-slot', outcomeId: deals })).toBe('Deals closed is over position 2 of 4.');
  });
});

describe('a dragged item’s own place', () => {
  it('is where an activity or an outcome already is; a person has none', () => {
    const activity = { type: 'activity', activityId: calls } as const;
    expect(isOwnPlace(sample, activity, { type: 'container', outcomeId: pipeline })).toBe(true);
    expect(isOwnPlace(sample, activity, { type: 'activity', activityId: campaign, outcomeId: pipeline })).toBe(false);
    expect(isOwnPlace(sample, activity, { type: 'container', outcomeId: deals })).toBe(false);
    expect(isOwnPlace(sample, { type: 'activity', activityId: campaign }, { type: 'activity', activityId: calls, outcomeId: pipeline })).toBe(true);
    expect(isOwnPlace(sample, { type: 'outcome', outcomeId: deals }, { type: 'outcome-slot', outcomeId: deals })).toBe(true);
    expect(isOwnPlace(sample, { type: 'outcome', outcomeId: deals }, { type: 'outcome-slot', outcomeId: pipeline })).toBe(false);
    expect(isOwnPlace(sample, { type: 'person', personId: leo }, { type: 'owner-slot', outcomeId: deals })).toBe(false);
    expect(isOwnPlace(sample, activity, null)).toBe(false);
  });
});

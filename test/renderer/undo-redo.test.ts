/**
 * What an undo or a redo says (the board's live region): one sentence naming what the step changed,
 * for every kind of edit the board offers, and "Nothing to undo." when there is nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyIntent, applyIntents } from '../../shared/commands';
import type { Intent } from '../../shared/intents';
import type { ActivityId, Board, OutcomeId, PersonId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { useAnnouncer } from '../../renderer/board/dnd/announcements';
import { describeChanges, describeStep, stepHistory } from '../../renderer/board/undoRedo';
import { sharingUnchanged } from '../../shared/patch';
import { useBoardStore } from '../../renderer/store/boardStore';

const sample = createSampleBoard();
const pipeline = 'sample-outcome-pipeline' as OutcomeId;
const deals = 'sample-outcome-deals' as OutcomeId;
const campaign = 'sample-activity-campaign' as ActivityId;
const priya = 'sample-person-priya' as PersonId;
const leo = 'sample-person-leo' as PersonId;
const sam = 'sample-person-sam' as PersonId;
const proposal = 'sample-outcome-proposal' as OutcomeId;

function after(intent: Intent, board: Board = sample): Board {
  const result = applyIntent(board, intent);
  if (!result.ok) throw new Error(result.error.message);
  return result.board;
}

/** What undoing `intent` says, and what redoing it says. */
function sentences(intent: Intent): [string, string] {
  const changed = after(intent);
  return [describeStep(changed, sample).message, describeStep(sample, changed).message];
}

describe('what an undo or a redo says', () => {
  it.each<[string, Intent, string, string]>([
    ['deleting an outcome', { type: 'outcome/remove', outcomeId: deals }, 'Outcome Deals closed is back.', 'Outcome Deals closed is gone.'],
    ['adding an outcome', { type: 'outcome/add', id: 'o-new' as OutcomeId, fields: { title: 'Churn' } }, 'Outcome Churn is gone.', 'Outcome Churn is back.'],
    ['removing a person', { type: 'person/remove', personId: priya }, 'Priya Nair is back.', 'Priya Nair is gone.'],
    ['deleting an activity', { type: 'activity/remove', activityId: campaign }, 'Activity Run the campaign is back.', 'Activity Run the campaign is gone.'],
    ['changing an owner', { type: 'outcome/set-owner', outcomeId: pipeline, personId: leo }, 'Maya Chen is the owner of Outbound pipeline.', 'Leo Fischer is the owner of Outbound pipeline.'],
    ['clearing an owner', { type: 'outcome/clear-owner', outcomeId: pipeline }, 'Maya Chen is the owner of Outbound pipeline.', 'Outbound pipeline has no owner.'],
    ['renaming an outcome', { type: 'outcome/edit', outcomeId: deals, patch: { title: 'Deals won' } }, 'Outcome Deals won is called Deals closed.', 'Outcome Deals closed is called Deals won.'],
    // What an edit of the result changed, as the card writes it (not "Outcome Deals closed changed.").
    ['measuring a result', { type: 'outcome/edit', outcomeId: deals, patch: { current: 7 } }, 'Deals closed stands at 5 of 12 deals.', 'Deals closed stands at 7 of 12 deals.'],
    ['clearing a measurement', { type: 'outcome/edit', outcomeId: deals, patch: { current: null } }, 'Deals closed stands at 5 of 12 deals.', 'Deals closed is not measured yet.'],
    ['a big measurement', { type: 'outcome/edit', outcomeId: deals, patch: { current: 12500 } }, 'Deals closed stands at 5 of 12 deals.', 'Deals closed stands at 12\u202f500 of 12 deals.'],
    ['a percentage', { type: 'outcome/edit', outcomeId: 'sample-outcome-forecast' as OutcomeId, patch: { current: 80.5 } }, 'Forecast accuracy stands at 75 of 90%.', 'Forecast accuracy stands at 80.5 of 90%.'],
    ['measuring a task with no target', { type: 'outcome/edit', outcomeId: proposal, patch: { current: 3, unit: 'pages' } }, 'Write the proposal is not measured yet.', 'Write the proposal stands at 3 pages.'],
    ['a target', { type: 'outcome/edit', outcomeId: deals, patch: { target: 15 } }, 'Deals closed aims for 12 deals per quarter.', 'Deals closed aims for 15 deals per quarter.'],
    ['a ceiling', { type: 'outcome/edit', outcomeId: deals, patch: { direction: 'at-most' } }, 'Deals closed aims for 12 deals per quarter.', 'Deals closed aims for at most 12 deals per quarter.'],
    ['clearing a target', { type: 'outcome/edit', outcomeId: deals, patch: { target: null } }, 'Deals closed aims for 12 deals per quarter.', 'Deals closed has no target.'],
    ['the editor’s save of a target and a measurement at once', { type: 'outcome/edit', outcomeId: deals, patch: { target: 15, current: 9 } }, 'Deals closed aims for 12 deals per quarter, and stands at 5 of 12 deals.', 'Deals closed aims for 15 deals per quarter, and stands at 9 of 15 deals.'],
    ['a metric', { type: 'outcome/edit', outcomeId: deals, patch: { metric: 'Contracts signed' } }, 'Deals closed counts New deals closed.', 'Deals closed counts Contracts signed.'],
    ['revenue-critical', { type: 'outcome/edit', outcomeId: deals, patch: { revenueCritical: false } }, 'Deals closed is revenue-critical.', 'Deals closed is not revenue-critical.'],
    ['renaming and measuring in one save', { type: 'outcome/edit', outcomeId: deals, patch: { title: 'Deals won', current: 6 } }, 'Outcome Deals won is called Deals closed, and stands at 5 of 12 deals.', 'Outcome Deals closed is called Deals won, and stands at 6 of 12 deals.'],
    ['notes', { type: 'outcome/edit', outcomeId: deals, patch: { notes: 'Ask finance' } }, 'The notes on Deals closed changed.', 'The notes on Deals closed changed.'],
    // What the toggle changed, as the owner's rights (not "Outcome Deals closed changed.").
    ['granting authority to no one yet', { type: 'outcome/set-authority', outcomeId: deals, patch: { decidesHow: true } }, 'The owner can no longer decide how Deals closed is pursued.', 'The owner can decide how Deals closed is pursued.'],
    ['withdrawing an owner’s authority', { type: 'outcome/set-authority', outcomeId: pipeline, patch: { choosesApproaches: false } }, 'Maya Chen can choose approaches for Outbound pipeline.', 'Maya Chen can no longer choose approaches for Outbound pipeline.'],
    ['withdrawing two facets at once', { type: 'outcome/set-authority', outcomeId: pipeline, patch: { decidesHow: false, prioritisesResources: false } }, 'Maya Chen can decide how Outbound pipeline is pursued, and can prioritise resources for Outbound pipeline.', 'Maya Chen can no longer decide how Outbound pipeline is pursued, and can no longer prioritise resources for Outbound pipeline.'],
    ['moving an outcome', { type: 'outcome/move', outcomeId: pipeline, toIndex: 2 }, 'Outcome Outbound pipeline is at position 1 of 4.', 'Outcome Outbound pipeline is at position 3 of 4.'],
    ['moving an outcome up', { type: 'outcome/move', outcomeId: 'sample-outcome-forecast' as OutcomeId, toIndex: 0 }, 'Outcome Forecast accuracy is at position 4 of 4.', 'Outcome Forecast accuracy is at position 1 of 4.'],
    ['ticking done', { type: 'activity/toggle-done', activityId: campaign }, 'Run the campaign is not done.', 'Run the campaign is done.'],
    ['moving an activity to another outcome', { type: 'activity/move', activityId: campaign, toOutcomeId: deals, toIndex: 1 }, 'Run the campaign is in Outbound pipeline, position 1 of 2.', 'Run the campaign is in Deals closed, position 2 of 2.'],
    // Two neighbours swapped: either one moved, and either sentence is true.
    ['reordering activities', { type: 'activity/move', activityId: campaign, toOutcomeId: pipeline, toIndex: 1 }, 'Run the campaign is in Outbound pipeline, position 1 of 2.', 'Schedule the calls is in Outbound pipeline, position 1 of 2.'],
    ['renaming an activity', { type: 'activity/edit', activityId: campaign, patch: { title: 'Run the ads' } }, 'Activity Run the ads is called Run the campaign.', 'Activity Run the campaign is called Run the ads.'],
    // Who, to what (not "Activity Run the campaign changed.").
    ['assigning', { type: 'activity/assign', activityId: campaign, personId: priya }, 'Priya Nair is no longer assigned to Run the campaign.', 'Priya Nair is assigned to Run the campaign.'],
    ['unassigning', { type: 'activity/unassign', activityId: campaign, personId: sam }, 'Sam Okafor is assigned to Run the campaign.', 'Sam Okafor is no longer assigned to Run the campaign.'],
    ['ticking undone', { type: 'activity/toggle-done', activityId: 'sample-activity-proposal' as ActivityId }, 'Write the proposal is done.', 'Write the proposal is not done.'],
    ['renaming a person', { type: 'person/edit', personId: leo, patch: { name: 'Leo Fisher' } }, 'Leo Fisher is called Leo Fischer.', 'Leo Fischer is called Leo Fisher.'],
    ['a role', { type: 'person/edit', personId: leo, patch: { role: 'CMO', newToRole: true } }, 'Leo Fischer is Marketing Lead, and is not new to the role.', 'Leo Fischer is CMO, and is new to the role.'],
    ['no role', { type: 'person/edit', personId: leo, patch: { role: '' } }, 'Leo Fischer is Marketing Lead.', 'Leo Fischer has no role.'],
    ['renaming a person and their role in one save', { type: 'person/edit', personId: leo, patch: { name: 'Leo Fisher', role: 'CMO' } }, 'Leo Fisher is called Leo Fischer, and is Marketing Lead.', 'Leo Fischer is called Leo Fisher, and is CMO.'],
    ['a colour', { type: 'person/edit', personId: leo, patch: { colour: '#000000' } }, 'Leo Fischer changed.', 'Leo Fischer changed.'],
    ['the board title', { type: 'board/edit', patch: { title: 'Day 2' } }, `The board is called ${sample.title}.`, 'The board is called Day 2.'],
    ['the board purpose', { type: 'board/edit', patch: { purpose: 'Agree the owners' } }, 'The board’s purpose changed.', 'The board’s purpose changed.'],
  ])('%s', (_what, intent, undone, redone) => {
    expect(sentences(intent)).toEqual([undone, redone]);
  });

  it('two neighbours swapped: names the one focus is on (the one the person moved), either way', () => {
    const moved = after({ type: 'outcome/move', outcomeId: 'sample-outcome-forecast' as OutcomeId, toIndex: 2 });
    const forecast = 'Outcome Forecast accuracy is at position 4 of 4.';
    const proposalBack = 'Outcome Write the proposal is at position 3 of 4.';
    // Undone with focus on the outcome moved (its handle, after a keyboard drag): that one, not its neighbour.
    expect(describeStep(moved, sample, 'step', 'sample-outcome-forecast').message).toBe(forecast);
    expect(describeStep(moved, sample, 'step', proposal).message).toBe(proposalBack);
    // Focus elsewhere, or on neither: the one that moved up, as before.
    expect(describeStep(moved, sample, 'step', deals).message).toBe(proposalBack);
    expect(describeStep(moved, sample).message).toBe(proposalBack);
    const swapped = after({ type: 'activity/move', activityId: campaign, toOutcomeId: pipeline, toIndex: 1 });
    expect(describeStep(swapped, sample, 'step', campaign).message).toBe('Run the campaign is in Outbound pipeline, position 1 of 2.');
    expect(describeStep(swapped, sample, 'step', 'sample-activity-calls').message).toBe('Schedule the calls is in Outbound pipeline, position 2 of 2.');
  });

  it('a pasted list (several items in one step) is counted, not named by its first item', () => {
    const added = (intents: readonly Intent[]) => {
      const result = applyIntents(sample, intents);
      if (!result.ok) throw new Error(result.error.message);
      return result.board;
    };
    const activities = added(['Call 10 leads', 'Draft the email', 'Book the webinar'].map((title, i): Intent => ({ type: 'activity/add', id: `a-${i}` as ActivityId, title, outcomeId: pipeline })));
    expect([describeStep(activities, sample).message, describeStep(sample, activities).message]).toEqual(['3 activities are gone.', '3 activities are back.']);
    const people = added(['Ana Ruiz', 'Ben Okafor'].map((name, i): Intent => ({ type: 'person/add', id: `p-${i}` as PersonId, fields: { name } })));
    expect(describeStep(people, sample).message).toBe('2 people are gone.');
    const outcomes = added(['Churn below 2%', 'NPS above 40'].map((title, i): Intent => ({ type: 'outcome/add', id: `o-${i}` as OutcomeId, fields: { title } })));
    expect(describeStep(sample, outcomes).message).toBe('2 outcomes are back.');
  });
});

describe('a right-to-left override in a title or a name', () => {
  // U+202E reverses everything after it up to the end of its paragraph: unisolated, the rest of
  // our sentence ("… is back.") was shown backwards. Isolated (U+2068 … U+2069), it stays inside.
  const rtl = 'gnp.exe \u202Eevil';
  const board: Board = {
    ...sample,
    title: rtl,
    outcomes: sample.outcomes.map((o) => (o.id === pipeline ? { ...o, title: rtl } : o)),
    activities: sample.activities.map((a) => (a.id === campaign ? { ...a, title: rtl } : a)),
    people: sample.people.map((p) => (p.id === leo ? { ...p, name: rtl } : p)),
  };
  const isolated = `\u2068${rtl}\u2069`;
  const undone = (intent: Intent) => describeStep(after(intent, board), board).message;

  it.each<[string, Intent, string]>([
    ['an outcome', { type: 'outcome/remove', outcomeId: pipeline }, `Outcome ${isolated} is back.`],
    ['an activity', { type: 'activity/toggle-done', activityId: campaign }, `${isolated} is not done.`],
    ['an activity’s place', { type: 'activity/move', activityId: 'sample-activity-calls' as ActivityId, toOutcomeId: deals, toIndex: 0 }, `Schedule the calls is in ${isolated}, position 2 of 2.`],
    ['a person', { type: 'person/edit', personId: leo, patch: { colour: '#000000' } }, `${isolated} changed.`],
    ['a person’s role', { type: 'person/edit', personId: leo, patch: { role: 'CMO' } }, `${isolated} is Marketing Lead.`],
    ['an assignee and the activity', { type: 'activity/unassign', activityId: campaign, personId: leo }, `${isolated} is assigned to ${isolated}.`],
    ['an outcome whose result changed', { type: 'outcome/edit', outcomeId: pipeline, patch: { current: 15 } }, `${isolated} stands at 14 of 20 qualified opportunities.`],
    ['the board', { type: 'board/edit', patch: { title: 'Day 2' } }, `The board is called ${isolated}.`],
    ['an authority', { type: 'outcome/set-authority', outcomeId: pipeline, patch: { decidesHow: false } }, `Maya Chen can decide how ${isolated} is pursued.`],
  ])('%s is isolated in the sentence', (_what, intent, sentence) => {
    expect(undone(intent)).toBe(sentence);
  });

  it('an owner and the outcome they own, both', () => {
    const changed = after({ type: 'outcome/set-owner', outcomeId: pipeline, personId: leo }, board);
    expect(describeStep(board, changed).message).toBe(`${isolated} is the owner of ${isolated}.`);
  });

  it('a right-to-left unit stays with its amount', () => {
    const riyal = after({ type: 'outcome/edit', outcomeId: deals, patch: { unit: 'ريال' } });
    const measured = after({ type: 'outcome/edit', outcomeId: deals, patch: { current: 7 } }, riyal);
    expect(describeStep(riyal, measured).message).toBe('Deals closed stands at \u20687 of 12\u00a0ريال\u2069.');
  });

  it('left-to-right text is left as it is', () => {
    expect(describeStep(after({ type: 'outcome/remove', outcomeId: deals }), sample).message).toBe('Outcome Deals closed is back.');
  });
});

describe('stepping through the history', () => {
  afterEach(() => {
    useBoardStore.setState({ past: [], future: [] });
  });

  it('says what the step did, or that there is nothing to undo or redo', () => {
    const changed = after({ type: 'outcome/remove', outcomeId: deals });
    // Held as after a conflict, so the steps are not written anywhere (this test is about words).
    useBoardStore.setState({ load: { status: 'ready', board: changed }, past: [sample], future: [], save: { status: 'failed', message: 'test', conflict: true } });
    expect(stepHistory('undo')).toBe(true);
    expect(useAnnouncer.getState().message).toBe('Undone: Outcome Deals closed is back.');
    expect(stepHistory('undo')).toBe(false);
    expect(useAnnouncer.getState().message).toBe('Nothing to undo.');
    expect(stepHistory('redo')).toBe(true);
    expect(useAnnouncer.getState().message).toBe('Redone: Outcome Deals closed is gone.');
    expect(stepHistory('redo')).toBe(false);
    expect(useAnnouncer.getState().message).toBe('Nothing to redo.');
  });

  it('undoing a swap of two neighbours names the one focus is on: the outcome the person moved', () => {
    const forecast = 'sample-outcome-forecast' as OutcomeId;
    const moved = after({ type: 'outcome/move', outcomeId: forecast, toIndex: 2 });
    useBoardStore.setState({ load: { status: 'ready', board: moved }, past: [sample], future: [], save: { status: 'failed', message: 'test', conflict: true } });
    // Focus on the moved outcome's drag handle, as a keyboard drag leaves it.
    const card = document.createElement('section');
    card.dataset.outcomeId = forecast;
    const handle = card.appendChild(document.createElement('button'));
    document.body.append(card);
    handle.focus();
    try {
      expect(stepHistory('undo')).toBe(true);
      expect(useAnnouncer.getState().message).toBe('Undone: Outcome Forecast accuracy is at position 4 of 4.');
    } finally {
      card.remove();
    }
  });
});

describe('what another window’s version changed (the conflict banner)', () => {
  const nia = 'person-nia' as PersonId;
  const base = sample;
  // The other window added a person, made her the owner of Deals closed, and added an activity;
  // read back from storage, it shares no object with the board in memory.
  const theirs = structuredClone(
    applyIntents(base, [
      { type: 'person/add', id: nia, fields: { name: 'Nia Obi' } },
      { type: 'outcome/set-owner', outcomeId: deals, personId: nia },
      { type: 'activity/add', id: 'activity-a0' as ActivityId, title: 'Simul A0', outcomeId: proposal },
    ]),
  );

  it('says one sentence per part that changed, as an added item (not “is back”)', () => {
    if (!theirs.ok) throw new Error(theirs.error.message);
    expect(describeChanges(base, sharingUnchanged(base, theirs.board))).toEqual(['Nia Obi was added.', 'Nia Obi is the owner of Deals closed.', 'Activity Simul A0 was added.']);
    expect(describeChanges(sharingUnchanged(theirs.board, base), theirs.board).at(-1)).toBe('Activity Simul A0 was added.');
    expect(describeChanges(base, sharingUnchanged(base, structuredClone(base)))).toEqual([]);
  });
});

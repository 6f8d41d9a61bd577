import { describe, expect, it } from 'vitest';
import { applied } from './applied';
import { activitiesInMapOrder, nameKey, type ActivityId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';

describe('activities in the order of the map', () => {
  it('lists each outcome’s in the outcomes’ order, then the parking lot’s, whatever order they were added in', () => {
    const sample = createSampleBoard();
    const [first, , , last] = sample.outcomes;
    if (!first || !last) throw new Error('the sample has four outcomes');
    // Parked ideas first, then the last outcome's first activity, then that outcome moved to the top.
    const board = applied(
      sample,
      { type: 'activity/add', id: 'a-parked' as ActivityId, title: 'An idea', outcomeId: null },
      { type: 'activity/add', id: 'a-last' as ActivityId, title: 'For the last outcome', outcomeId: last.id },
      { type: 'outcome/move', outcomeId: last.id, toIndex: 0 },
    );
    expect(board.activities.map((a) => a.id).indexOf('a-last' as ActivityId)).toBeGreaterThan(board.activities.map((a) => a.id).indexOf('a-parked' as ActivityId));
    const ordered = activitiesInMapOrder(board);
    const containers = ordered.map((a) => a.outcomeId);
    const expected = [...board.outcomes.map((o) => o.id), null];
    // Each container's run comes in the map's order, and each run keeps the card's order.
    expect([...new Set(containers)]).toEqual(expected.filter((id) => containers.includes(id)));
    expect(ordered[0]?.id).toBe('a-last');
    expect(ordered.at(-1)?.id).toBe('a-parked');
    for (const id of expected) expect(ordered.filter((a) => a.outcomeId === id)).toEqual(board.activities.filter((a) => a.outcomeId === id));
    expect(ordered).toHaveLength(board.activities.length);
  });
});

describe('names as two names are compared (nameKey)', () => {
  // The people form, a pasted list and the importer all compare by it: "José García" typed with
  // an "é" and pasted with "e" and an accent were two people on identical chips.
  it('takes an accent written as one character and as a letter and a mark for the same', () => {
    expect(nameKey('Jose\u0301 Garci\u0301a')).toBe(nameKey('Jos\u00e9 Garc\u00eda'));
    expect(nameKey('NGUYE\u0302\u0303N Van')).toBe(nameKey('Nguy\u1ec5n van'));
    // Still apart: another letter, or an accent that is not there.
    expect(nameKey('Jose Garcia')).not.toBe(nameKey('Jos\u00e9 Garc\u00eda'));
  });

  it('sets case, spaces and unseen characters aside', () => {
    expect(nameKey('  maya   CHEN ')).toBe('maya chen');
    expect(nameKey('Maya\u200b Chen')).toBe('maya chen');
  });
});

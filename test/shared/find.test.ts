/**
 * Finding things on a board by name (the board's Find): every outcome, activity and person, case
 * and accents aside, in the order the map reads, the first few listed and all counted.
 */
import { describe, expect, it } from 'vitest';
import { makeOutcome, makePerson } from '../../shared/commands';
import { findOnBoard, folded, searchable } from '../../shared/find';
import type { Activity, ActivityId, Board, BoardId, OutcomeId, PersonId } from '../../shared/model';

const activity = (id: string, title: string, outcomeId: string | null): Activity => ({
  id: id as ActivityId,
  title,
  outcomeId: outcomeId as OutcomeId | null,
  assigneeIds: [],
  done: false,
});

function board(): Board {
  return {
    id: 'b-1' as BoardId,
    title: 'Workshop',
    purpose: '',
    createdAt: '2026-03-14T09:00:00.000Z',
    updatedAt: '2026-03-14T09:00:00.000Z',
    outcomes: [makeOutcome('o-crm' as OutcomeId, { title: 'CRM kept clean' }), makeOutcome('o-deals' as OutcomeId, { title: 'Deals closed' })],
    // Stored in the order added: a parked one first, the second outcome's before the first's.
    activities: [activity('a-park', 'Update the crm', null), activity('a-deals', 'Call the CRM leads', 'o-deals'), activity('a-crm', 'Clean the CRM', 'o-crm')],
    people: [makePerson('p-jose' as PersonId, { name: 'José  García', role: 'CRM owner' })],
  };
}

const names = (query: string, limit = 10) => findOnBoard(searchable(board()), query, limit).shown.map((found) => found.name);

describe('findOnBoard', () => {
  it('finds outcomes, then activities in the map’s order (each outcome’s, then the parking lot’s), then people', () => {
    expect(names('crm')).toEqual(['CRM kept clean', 'Clean the CRM', 'Call the CRM leads', 'Update the crm']);
  });

  it('says where an activity is and who a person is', () => {
    const { shown } = findOnBoard(searchable(board()), 'update', 10);
    expect(shown).toEqual([{ kind: 'activity', id: 'a-park', name: 'Update the crm', outcome: null }]);
    expect(findOnBoard(searchable(board()), 'clean the', 10).shown).toEqual([{ kind: 'activity', id: 'a-crm', name: 'Clean the CRM', outcome: 'CRM kept clean' }]);
    expect(findOnBoard(searchable(board()), 'garcia', 10).shown).toEqual([{ kind: 'person', id: 'p-jose', name: 'José  García', role: 'CRM owner' }]);
  });

  it('takes case, accents (however written) and runs of spaces aside, and every word in any order', () => {
    expect(names('JOSE gar')).toEqual(['José  García']);
    expect(names('jose\u0301  garci\u0301a')).toEqual(['José  García']);
    expect(names('leads call')).toEqual(['Call the CRM leads']);
    expect(names('leads cold')).toEqual([]);
  });

  it('lists the first `limit` and counts them all; nothing typed finds nothing', () => {
    expect(findOnBoard(searchable(board()), 'c', 2)).toMatchObject({ total: 6, shown: [{ name: 'CRM kept clean' }, { name: 'Deals closed' }] });
    expect(findOnBoard(searchable(board()), '   ', 10)).toEqual({ shown: [], total: 0 });
  });

  it('folds text as it is compared', () => {
    expect(folded('  Ｃafé\u00a0 AU  lait ')).toBe('cafe au lait');
  });
});

// "Copy as template": a board for the next team's workshop, with the first team's results and work
// but nothing of the first team (people, owners, authority, assignees, ticks, current values).
import { describe, expect, it } from 'vitest';
import { applyIntent } from '../../shared/commands';
import { parseBoardFile, serializeBoard } from '../../shared/format';
import { sequentialIds } from '../../shared/ids';
import { LIMITS, NO_AUTHORITY, activitiesInMapOrder, type Board, type BoardId, type OutcomeId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { TEMPLATE_SUFFIX, templateOf } from '../../shared/template';
import { boardViolations } from './format/invariants';

const NOW = '2026-05-04T09:00:00.000Z';
const NEW_ID = 'template-1' as BoardId;

/** The sample with a second parked activity and every kind of thing a team leaves on a board. */
function usedBoard(): Board {
  const sample = createSampleBoard({ makeId: sequentialIds('s'), now: '2026-01-01T00:00:00.000Z' });
  const [first] = sample.activities;
  if (first === undefined) throw new Error('The sample has no activities');
  return {
    ...sample,
    // Every activity done and one of an outcome that is not on the board (never saved so).
    activities: [
      ...sample.activities.map((activity) => ({ ...activity, done: true })),
      { ...first, id: 's-90' as typeof first.id, title: 'Book the room', outcomeId: null },
      { ...first, id: 's-91' as typeof first.id, title: 'Orphan', outcomeId: 'gone' as OutcomeId },
    ],
  };
}

describe('templateOf', () => {
  const board = usedBoard();
  const template = templateOf(board, NEW_ID, NOW, sequentialIds('t'));

  it('keeps the board’s purpose and names the copy as a template, made now', () => {
    expect(template.id).toBe(NEW_ID);
    expect(template.title).toBe(`${board.title}${TEMPLATE_SUFFIX}`);
    expect(template.title).toBe('Revenue ownership workshop (sample) (template)');
    expect(template.purpose).toBe(board.purpose);
    expect(template.createdAt).toBe(NOW);
    expect(template.updatedAt).toBe(NOW);
  });

  it('has no people', () => {
    expect(board.people.length).toBeGreaterThan(0);
    expect(template.people).toEqual([]);
  });

  it('keeps what describes each outcome, in order, without owner, authority or current value', () => {
    // The sample's first outcome is owned, with full authority, and measured.
    expect(board.outcomes[0]?.ownerId).not.toBeNull();
    expect(board.outcomes[0]?.authority.decidesHow).toBe(true);
    expect(board.outcomes[0]?.current).not.toBeNull();
    expect(template.outcomes.map(({ id: _id, ...kept }) => kept)).toEqual(
      board.outcomes.map(({ id: _id, ...outcome }) => ({ ...outcome, ownerId: null, authority: NO_AUTHORITY, current: null })),
    );
    // Spelled out for the reader: target, unit, period, direction, revenue-critical and notes stay.
    expect(template.outcomes[0]).toMatchObject({ title: 'Outbound pipeline', target: 20, unit: 'qualified opportunities', period: 'per month', revenueCritical: true, notes: 'Maya decides channels and budget for outbound.' });
  });

  it('keeps every activity in its outcome and order, the parking lot’s too, none assigned or done', () => {
    const where = (b: Board) => new Map(b.outcomes.map((outcome) => [outcome.id, outcome.title]));
    const listed = (b: Board) => activitiesInMapOrder(b).map((activity) => [activity.title, activity.outcomeId === null ? null : where(b).get(activity.outcomeId) ?? null]);
    expect(listed(template)).toEqual(listed(board));
    expect(template.activities.map((activity) => activity.title)).toEqual(board.activities.map((activity) => activity.title));
    expect(board.activities.some((activity) => activity.assigneeIds.length > 0 && activity.done)).toBe(true);
    for (const activity of template.activities) {
      expect(activity.assigneeIds).toEqual([]);
      expect(activity.done).toBe(false);
    }
    // The activity whose outcome is not on the board is parked, as the map showed it.
    expect(template.activities.find((activity) => activity.title === 'Orphan')?.outcomeId).toBeNull();
    expect(template.activities.filter((activity) => activity.outcomeId === null).map((activity) => activity.title)).toEqual(['Update the CRM', 'Book the room', 'Orphan']);
  });

  it('gives every outcome and activity a new id, none used twice, and points activities at the new outcomes', () => {
    const oldIds = new Set<string>([board.id, ...board.people.map((p) => p.id), ...board.outcomes.map((o) => o.id), ...board.activities.map((a) => a.id)]);
    const newIds = [template.id, ...template.outcomes.map((o) => o.id), ...template.activities.map((a) => a.id)];
    expect(new Set(newIds).size).toBe(newIds.length);
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    const outcomeIds = new Set(template.outcomes.map((o) => o.id));
    for (const activity of template.activities) if (activity.outcomeId !== null) expect(outcomeIds.has(activity.outcomeId)).toBe(true);
  });

  it('is a new map: it has no origin, whatever the board it was made from', () => {
    const returned = templateOf({ ...board, origin: 'facilitator-board' as Board['id'] }, NEW_ID, NOW);
    expect(returned).not.toHaveProperty('origin');
  });

  it('is a board the file format and the commands accept whole', () => {
    expect(boardViolations(template)).toEqual([]);
    const imported = parseBoardFile(serializeBoard(template, { appVersion: '0.0.0', now: NOW }), { newId: () => 'imported', now: NOW });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.warnings).toEqual([]);
    // Imported, it is a version of the template's map (its origin), and otherwise the template.
    const { origin, ...importedBoard } = imported.board;
    expect(origin).toBe(template.id);
    expect({ ...importedBoard, id: template.id }).toEqual(template);
    expect(applyIntent(template, { type: 'board/edit', patch: { title: template.title } }).ok).toBe(true);
  });

  it('shortens a long title to leave room for " (template)", as a duplicate’s is for " (copy)"', () => {
    const long = templateOf({ ...board, title: `${'x'.repeat(195)}🚀` }, NEW_ID, NOW);
    expect(long.title).toBe(`${'x'.repeat(LIMITS.titleLength - TEMPLATE_SUFFIX.length)}${TEMPLATE_SUFFIX}`);
    expect(long.title.length).toBe(LIMITS.titleLength);
  });

  it('leaves the board it was made from as it was', () => {
    const before = structuredClone(board);
    templateOf(board, NEW_ID, NOW);
    expect(board).toEqual(before);
  });
});

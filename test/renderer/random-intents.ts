/**
 * Random edits for the property tests over the real save path (undo-property, durability-model):
 * every edit the board's UI offers, aimed mostly at things that are there.
 */
import type { Intent } from '../../shared/intents';
import type { ActivityId, Board, OutcomeId, PersonId } from '../../shared/model';
import type { Random } from '../shared/format/boards';

/** One of them, for `board`; `serial` makes its new ids and texts unique. */
export function randomIntent(random: Random, board: Board, serial: number | string): Intent {
  const { pick, chance, int } = random;
  const outcomeId = () => (board.outcomes.length > 0 ? pick(board.outcomes).id : ('o-none' as OutcomeId));
  const activityId = () => (board.activities.length > 0 ? pick(board.activities).id : ('a-none' as ActivityId));
  const personId = () => (board.people.length > 0 ? pick(board.people).id : ('p-none' as PersonId));
  const container = () => (chance(0.3) ? null : outcomeId());
  const within = (id: OutcomeId | null) => board.activities.filter((a) => a.outcomeId === id).length;
  const makers: (() => Intent)[] = [
    () => ({ type: 'board/edit', patch: { title: `Workshop ${serial}` } }),
    () => ({ type: 'outcome/add', id: `o-${serial}` as OutcomeId, fields: { title: `Outcome ${serial}` }, index: int(board.outcomes.length + 1) }),
    () => ({ type: 'outcome/edit', outcomeId: outcomeId(), patch: { title: `Renamed ${serial}` } }),
    () => ({
      type: 'outcome/edit',
      outcomeId: outcomeId(),
      patch: { metric: 'Deals', target: int(50), current: chance(0.3) ? null : int(50), direction: chance(0.5) ? 'at-least' : 'at-most', revenueCritical: chance(0.5), notes: `Note\n${serial}` },
    }),
    () => ({ type: 'outcome/remove', outcomeId: outcomeId() }),
    () => ({ type: 'outcome/move', outcomeId: outcomeId(), toIndex: int(Math.max(1, board.outcomes.length)) }),
    () => ({ type: 'outcome/set-owner', outcomeId: outcomeId(), personId: personId() }),
    () => ({ type: 'outcome/clear-owner', outcomeId: outcomeId() }),
    () => ({ type: 'outcome/set-authority', outcomeId: outcomeId(), patch: { [pick(['decidesHow', 'prioritisesResources', 'choosesApproaches'] as const)]: chance(0.5) } }),
    () => {
      const to = container();
      return { type: 'activity/add', id: `a-${serial}` as ActivityId, title: `Activity ${serial}`, outcomeId: to, index: int(within(to) + 1) };
    },
    () => ({ type: 'activity/edit', activityId: activityId(), patch: { title: `Task ${serial}` } }),
    () => ({ type: 'activity/remove', activityId: activityId() }),
    () => {
      const id = activityId();
      const to = container();
      const from = board.activities.find((a) => a.id === id)?.outcomeId;
      return { type: 'activity/move', activityId: id, toOutcomeId: to, toIndex: int(within(to) + (from === to ? 0 : 1)) };
    },
    () => ({ type: 'activity/toggle-done', activityId: activityId() }),
    () => ({ type: 'activity/assign', activityId: activityId(), personId: personId() }),
    () => ({ type: 'activity/unassign', activityId: activityId(), personId: personId() }),
    () => ({ type: 'person/add', id: `p-${serial}` as PersonId, fields: { name: `Person ${serial}`, role: 'Sales' } }),
    () => ({ type: 'person/edit', personId: personId(), patch: { name: `Name ${serial}`, role: `Role ${serial}`, newToRole: chance(0.5) } }),
    () => ({ type: 'person/remove', personId: personId() }),
  ];
  return pick(makers)();
}

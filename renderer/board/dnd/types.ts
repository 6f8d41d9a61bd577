/**
 * What can be dragged and where it can land, as data attached to dnd-kit's draggables and
 * droppables. Ids are namespaced so an activity (draggable) and the same activity as a drop
 * position (droppable) never collide.
 */
import type { ActivityId, OutcomeId, PersonId } from '../../../shared/model';

export type DragData =
  | { readonly type: 'activity'; readonly activityId: ActivityId }
  | { readonly type: 'person'; readonly personId: PersonId }
  | { readonly type: 'outcome'; readonly outcomeId: OutcomeId };

export type DropData =
  /** An outcome's activity area, or the parking lot (null): drop at the end. */
  | { readonly type: 'container'; readonly outcomeId: OutcomeId | null }
  /** Drop before this activity (activities), or onto it (people: assign). */
  | { readonly type: 'activity'; readonly activityId: ActivityId; readonly outcomeId: OutcomeId | null }
  | { readonly type: 'owner-slot'; readonly outcomeId: OutcomeId }
  /** An outcome's place in the board order (outcome reordering). */
  | { readonly type: 'outcome-slot'; readonly outcomeId: OutcomeId };

export const dragId = {
  activity: (id: ActivityId) => `drag-activity:${id}`,
  person: (id: PersonId) => `drag-person:${id}`,
  outcome: (id: OutcomeId) => `drag-outcome:${id}`,
};

export const dropId = {
  container: (outcomeId: OutcomeId | null) => `container:${outcomeId ?? 'parking-lot'}`,
  activity: (id: ActivityId) => `activity:${id}`,
  ownerSlot: (id: OutcomeId) => `owner:${id}`,
  outcomeSlot: (id: OutcomeId) => `outcome-slot:${id}`,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function asDragData(value: unknown): DragData | null {
  if (!isRecord(value)) return null;
  return value.type === 'activity' || value.type === 'person' || value.type === 'outcome' ? (value as DragData) : null;
}

/**
 * What a slot id means on this board: 'activity:<id>' (before that activity, or onto it for a
 * person), 'container:<outcome id | parking-lot>' (the end), 'owner:<id>', 'outcome-slot:<id>'.
 */
export function dropDataOf(slot: string | null, activityOutcome: (id: ActivityId) => OutcomeId | null | undefined): DropData | null {
  if (slot === null) return null;
  const at = slot.indexOf(':');
  const kind = slot.slice(0, at);
  const rest = slot.slice(at + 1);
  switch (kind) {
    case 'activity': {
      const outcomeId = activityOutcome(rest as ActivityId);
      return outcomeId === undefined ? null : { type: 'activity', activityId: rest as ActivityId, outcomeId };
    }
    case 'container':
      return { type: 'container', outcomeId: rest === 'parking-lot' ? null : (rest as OutcomeId) };
    case 'owner':
      return { type: 'owner-slot', outcomeId: rest as OutcomeId };
    case 'outcome-slot':
      return { type: 'outcome-slot', outcomeId: rest as OutcomeId };
    default:
      return null;
  }
}

export function asDropData(value: unknown): DropData | null {
  if (!isRecord(value)) return null;
  return value.type === 'container' || value.type === 'activity' || value.type === 'owner-slot' || value.type === 'outcome-slot'
    ? (value as DropData)
    : null;
}

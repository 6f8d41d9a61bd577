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

export function asDropData(value: unknown): DropData | null {
  if (!isRecord(value)) return null;
  return value.type === 'container' || value.type === 'activity' || value.type === 'owner-slot' || value.type === 'outcome-slot'
    ? (value as DropData)
    : null;
}

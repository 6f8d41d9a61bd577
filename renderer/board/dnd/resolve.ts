/**
 * What a drop means, in the workshop's words: which intent it becomes and how to say it. Pure, so
 * the pointer, the keyboard, announcements and tests all agree on "position 2 of 3".
 */
import type { Intent } from '../../../shared/intents';
import { PARKING_LOT_NAME, type Board, type OutcomeId } from '../../../shared/model';
import { isolatedInSentence } from '../../../shared/text';
import type { DragData, DropData } from './types';

export const PARKING_LOT = PARKING_LOT_NAME;

export interface Resolution {
  /** The change to make, or null when the drop changes nothing or is not allowed. */
  readonly intent: Intent | null;
  /** Where the item is over / would land, for announcements: "Outbound pipeline, position 2 of 3". */
  readonly description: string;
}

export function containerName(board: Board, outcomeId: OutcomeId | null): string {
  if (outcomeId === null) return PARKING_LOT;
  return board.outcomes.find((o) => o.id === outcomeId)?.title ?? 'an outcome';
}

/**
 * The container's name inside one of our sentences: isolated when it could reorder the sentence
 * (a right-to-left override in an imported title turned the rest of "… position 2 of 3" backwards).
 */
export const containerInSentence = (board: Board, outcomeId: OutcomeId | null): string => isolatedInSentence(containerName(board, outcomeId));

/** What is dragged, as its preview shows it (announcements isolate it: dragLabelInSentence). */
export function dragLabel(board: Board, drag: DragData): string {
  switch (drag.type) {
    case 'activity':
      return board.activities.find((a) => a.id === drag.activityId)?.title ?? 'Activity';
    case 'person':
      return board.people.find((p) => p.id === drag.personId)?.name ?? 'Person';
    case 'outcome':
      return board.outcomes.find((o) => o.id === drag.outcomeId)?.title ?? 'Outcome';
  }
}

/** What is dragged, inside one of our sentences ("Ana Souza was dropped where she was."). */
export const dragLabelInSentence = (board: Board, drag: DragData): string => isolatedInSentence(dragLabel(board, drag));

/** Where an activity is now: "Outbound pipeline, position 1 of 2". */
export function activityPlace(board: Board, drag: Extract<DragData, { type: 'activity' }>): string {
  const activity = board.activities.find((a) => a.id === drag.activityId);
  if (!activity) return '';
  const siblings = board.activities.filter((a) => a.outcomeId === activity.outcomeId);
  const position = siblings.findIndex((a) => a.id === activity.id) + 1;
  return `${containerInSentence(board, activity.outcomeId)}, position ${position} of ${siblings.length}`;
}

/**
 * Whether the drop target is the dragged activity's or outcome's own place: dropped there, nothing
 * would move. (A person has no place on the board to be dropped back on.)
 */
export function isOwnPlace(board: Board, drag: DragData, drop: DropData | null): boolean {
  const { intent } = resolveDrop(board, drag, drop);
  if (intent?.type === 'activity/move') {
    const activity = board.activities.find((a) => a.id === intent.activityId);
    if (activity?.outcomeId !== intent.toOutcomeId) return false;
    return board.activities.filter((a) => a.outcomeId === activity.outcomeId).indexOf(activity) === intent.toIndex;
  }
  if (intent?.type === 'outcome/move') return board.outcomes.findIndex((o) => o.id === intent.outcomeId) === intent.toIndex;
  return false;
}

export function resolveDrop(board: Board, drag: DragData, drop: DropData | null): Resolution {
  if (!drop) return { intent: null, description: 'no drop target' };
  switch (drag.type) {
    case 'activity':
      return resolveActivityDrop(board, drag, drop);
    case 'person':
      return resolvePersonDrop(board, drag, drop);
    case 'outcome':
      return resolveOutcomeDrop(board, drag, drop);
  }
}

function resolveActivityDrop(board: Board, drag: Extract<DragData, { type: 'activity' }>, drop: DropData): Resolution {
  if (drop.type !== 'container' && drop.type !== 'activity') return { intent: null, description: 'no drop target' };
  const toOutcomeId = drop.outcomeId;
  const others = board.activities.filter((a) => a.outcomeId === toOutcomeId && a.id !== drag.activityId);
  const toIndex = drop.type === 'activity' ? Math.max(0, others.findIndex((a) => a.id === drop.activityId)) : others.length;
  const description = `${containerInSentence(board, toOutcomeId)}, position ${toIndex + 1} of ${others.length + 1}`;
  return { intent: { type: 'activity/move', activityId: drag.activityId, toOutcomeId, toIndex }, description };
}

function resolvePersonDrop(board: Board, drag: Extract<DragData, { type: 'person' }>, drop: DropData): Resolution {
  if (drop.type === 'owner-slot') {
    return {
      intent: { type: 'outcome/set-owner', outcomeId: drop.outcomeId, personId: drag.personId },
      description: `the owner of ${containerInSentence(board, drop.outcomeId)}`,
    };
  }
  if (drop.type === 'activity') {
    const title = board.activities.find((a) => a.id === drop.activityId)?.title ?? 'an activity';
    return {
      intent: { type: 'activity/assign', activityId: drop.activityId, personId: drag.personId },
      description: `activity ${isolatedInSentence(title)}`,
    };
  }
  return { intent: null, description: 'no drop target' };
}

function resolveOutcomeDrop(board: Board, drag: Extract<DragData, { type: 'outcome' }>, drop: DropData): Resolution {
  if (drop.type !== 'outcome-slot') return { intent: null, description: 'no drop target' };
  const toIndex = board.outcomes.findIndex((o) => o.id === drop.outcomeId);
  if (toIndex < 0) return { intent: null, description: 'no drop target' };
  // Which outcome the place holds now: "position 7 of 8" alone left a person moving an outcome by
  // keyboard to count cards, where an activity's place names its outcome.
  const holder = board.outcomes[toIndex];
  const where = holder && holder.id !== drag.outcomeId ? `, where ${containerInSentence(board, holder.id)} is now` : '';
  return {
    intent: { type: 'outcome/move', outcomeId: drag.outcomeId, toIndex },
    description: `position ${toIndex + 1} of ${board.outcomes.length}${where}`,
  };
}

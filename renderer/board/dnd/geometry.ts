/**
 * Where a drag is, decided from the drop targets' rectangles. One module for both directions:
 * the collision detection maps a point to a drop target, the keyboard maps a drop target to a
 * point, and each is the other's inverse, so arrow keys land exactly where a mouse would.
 *
 * It looks only at the kind of target the dragged item can use (containers for activities, owner
 * slots and activities for people, outcome slots for outcomes) and never measures anything.
 */
import type { ClientRect, Collision, CollisionDetection, DroppableContainer, UniqueIdentifier } from '@dnd-kit/core';
import type { Board, OutcomeId } from '../../../shared/model';
import { asDragData, asDropData, dropId, type DragData, type DropData } from './types';

export interface Point {
  readonly x: number;
  readonly y: number;
}

const contains = (rect: ClientRect, p: Point) => p.x >= rect.left && p.x <= rect.right && p.y >= rect.top && p.y <= rect.bottom;
const centre = (rect: ClientRect): Point => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });

function hit(container: DroppableContainer): Collision {
  return { id: container.id, data: { droppableContainer: container, value: 0 } };
}

/** The first droppable whose data passes `accept` and whose rectangle holds the point. */
function firstAt(
  point: Point,
  containers: readonly DroppableContainer[],
  rects: ReadonlyMap<UniqueIdentifier, ClientRect>,
  accept: (data: DropData) => boolean,
): DroppableContainer | undefined {
  return containers.find((container) => {
    const data = asDropData(container.data.current);
    if (!data || !accept(data)) return false;
    const rect = rects.get(container.id);
    return rect !== undefined && contains(rect, point);
  });
}

/** Up to this far above an activity still counts as "before it" (the gap between cards). */
const LIST_GAP = 16;

function hasItemAbove(
  containers: readonly DroppableContainer[],
  rects: ReadonlyMap<UniqueIdentifier, ClientRect>,
  outcomeId: OutcomeId | null,
  y: number,
): boolean {
  return containers.some((candidate) => {
    // The dragged activity counts too: over its own old place means "stay here".
    const data = asDropData(candidate.data.current);
    if (data?.type !== 'activity' || data.outcomeId !== outcomeId) return false;
    const rect = rects.get(candidate.id);
    return rect !== undefined && rect.top < y;
  });
}

export const boardCollisions: CollisionDetection = ({ active, collisionRect, droppableRects, droppableContainers, pointerCoordinates }) => {
  const drag = asDragData(active.data.current);
  if (!drag) return [];
  const point = pointerCoordinates ?? centre(collisionRect);
  switch (drag.type) {
    case 'activity': {
      const container = firstAt(point, droppableContainers, droppableRects, (d) => d.type === 'container');
      const containerData = container && asDropData(container.data.current);
      if (!container || containerData?.type !== 'container') return [];
      // Insert before the first activity (other than the dragged one) whose middle is below the point.
      let best: { container: DroppableContainer; top: number } | null = null;
      for (const candidate of droppableContainers) {
        const data = asDropData(candidate.data.current);
        if (data?.type !== 'activity' || data.outcomeId !== containerData.outcomeId || data.activityId === drag.activityId) continue;
        const rect = droppableRects.get(candidate.id);
        if (!rect || rect.top + rect.height / 2 <= point.y) continue;
        if (!best || rect.top < best.top) best = { container: candidate, top: rect.top };
      }
      // Over the card's header or result, far above its list: the end, as "add to this outcome".
      if (best && point.y < best.top - LIST_GAP && !hasItemAbove(droppableContainers, droppableRects, containerData.outcomeId, point.y)) {
        return [hit(container)];
      }
      return [hit(best ? best.container : container)];
    }
    case 'person': {
      const target =
        firstAt(point, droppableContainers, droppableRects, (d) => d.type === 'owner-slot') ??
        firstAt(point, droppableContainers, droppableRects, (d) => d.type === 'activity');
      return target ? [hit(target)] : [];
    }
    case 'outcome': {
      const target = firstAt(point, droppableContainers, droppableRects, (d) => d.type === 'outcome-slot');
      return target ? [hit(target)] : [];
    }
  }
};

/** Every place the dragged item can go, in reading order, grouped by container. */
export function dropSlots(board: Board, drag: DragData): string[][] {
  const byContainer = new Map<OutcomeId | null, string[]>();
  const containers: (OutcomeId | null)[] = [...board.outcomes.map((o) => o.id), null];
  for (const id of containers) byContainer.set(id, []);
  switch (drag.type) {
    case 'activity':
      for (const activity of board.activities) {
        if (activity.id !== drag.activityId) byContainer.get(activity.outcomeId)?.push(dropId.activity(activity.id));
      }
      return containers.map((id) => [...(byContainer.get(id) ?? []), dropId.container(id)]);
    case 'person':
      for (const activity of board.activities) byContainer.get(activity.outcomeId)?.push(dropId.activity(activity.id));
      return containers
        .map((id) => (id === null ? (byContainer.get(id) ?? []) : [dropId.ownerSlot(id), ...(byContainer.get(id) ?? [])]))
        .filter((group) => group.length > 0);
    case 'outcome':
      return board.outcomes.map((o) => [dropId.outcomeSlot(o.id)]);
  }
}

/** The point a keyboard drag aims at so that `boardCollisions` picks `targetId`. */
function aimPoint(targetId: string, drag: DragData, group: readonly string[], rects: ReadonlyMap<UniqueIdentifier, ClientRect>): Point | null {
  const rect = rects.get(targetId);
  if (!rect) return null;
  if (drag.type !== 'activity') return centre(rect);
  if (targetId.startsWith('activity:')) return { x: rect.left + rect.width / 2, y: rect.top + 1 };
  // The end of a container: just below its last activity, still inside the container.
  const lastItem = group.length > 1 ? rects.get(group[group.length - 2] ?? '') : undefined;
  if (!lastItem) return centre(rect);
  return { x: rect.left + rect.width / 2, y: Math.min(lastItem.bottom + 2, rect.bottom - 1) };
}

/**
 * The drop target an arrow key moves to from `currentId`: Up/Down go through the positions one
 * by one (crossing into the next outcome at the end), Left/Right jump to the end of the
 * previous/next outcome or the parking lot (people and outcomes: Left/Right act like Up/Down).
 */
export function nextDropTarget(board: Board, drag: DragData, currentId: string | null, key: string): string | undefined {
  const groups = dropSlots(board, drag);
  const flat = groups.flat();
  const current = currentId === null ? -1 : flat.indexOf(currentId);
  const forward = key === 'ArrowDown' || key === 'ArrowRight';
  if (drag.type === 'activity' && (key === 'ArrowRight' || key === 'ArrowLeft')) {
    const groupIndex = current < 0 ? -1 : groups.findIndex((group) => group.includes(flat[current] ?? ''));
    const nextGroup = groups[groupIndex < 0 ? 0 : groupIndex + (forward ? 1 : -1)];
    return nextGroup?.[nextGroup.length - 1];
  }
  if (current < 0) return forward ? flat[0] : flat[flat.length - 1];
  return flat[current + (forward ? 1 : -1)];
}

/** The point a keyboard drag aims at so that `boardCollisions` picks `targetId`. */
export function aimAt(board: Board, drag: DragData, targetId: string, rects: ReadonlyMap<UniqueIdentifier, ClientRect>): Point | null {
  const group = dropSlots(board, drag).find((g) => g.includes(targetId)) ?? [];
  return aimPoint(targetId, drag, group, rects);
}

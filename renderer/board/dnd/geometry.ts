/**
 * Where a drag is, decided from the drop targets' rectangles. One module for both directions:
 * the collision detection maps a point to a drop target, the keyboard maps a drop target to a
 * point, and each is the other's inverse, so arrow keys land exactly where a mouse would.
 *
 * It looks only at the kind of target the dragged item can use (containers for activities, owner
 * slots and activities for people, outcome slots for outcomes) and never measures anything.
 *
 * A keyboard drag is where its arrow keys took it: once an arrow has moved it, the collision
 * detection takes the sensor's target (setKeyboardTarget) rather than what lies under the dragged
 * item. The sensor puts the item on that target, and puts it there again when a big board's
 * windowing moves it, but dnd-kit's rectangles lag behind such moves (its re-measuring is
 * asynchronous, and a request can be lost), and a check run in between over the moved targets
 * picked another place or none: the announcement said one thing and the drop did another.
 */
import type { ClientRect, Collision, CollisionDetection, DroppableContainer, UniqueIdentifier } from '@dnd-kit/core';
import type { ActivityId, Board, OutcomeId } from '../../../shared/model';
import { asDragData, asDropData, dropId, type DragData, type DropData } from './types';
import { inHiddenView, shownMatch } from '../hiddenView';
import { revealCardSoon } from '../windowing';

export interface Point {
  readonly x: number;
  readonly y: number;
}

const contains = (rect: ClientRect, p: Point) => p.x >= rect.left && p.x <= rect.right && p.y >= rect.top && p.y <= rect.bottom;
const centre = (rect: ClientRect): Point => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });

function hit(container: DroppableContainer): Collision {
  return { id: container.id, data: { droppableContainer: container, value: 0 } };
}

/**
 * The first droppable whose data passes `accept` and whose rectangle holds the point. Not one of a
 * hidden view (the outcomes while the people view shows, hiddenView.ts): it keeps its layout, and
 * its rectangle lies under the people view, but nothing of it is on the screen to drop on.
 */
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
    const node = container.node.current;
    return rect !== undefined && contains(rect, point) && !(node && inHiddenView(node));
  });
}

/** Up to this far above an activity still counts as "before it" (the gap between cards). */
const LIST_GAP = 16;

/*
 * The precise drop position ("before Run the campaign", "the end of Deals closed", "assign to
 * Update the CRM") is a *slot*: an id in the dropId namespace. Only containers, owner slots and
 * outcome places are dnd-kit droppables (about 3 per outcome); activities are found in the DOM of
 * the hovered container when needed. That keeps dnd-kit from measuring and re-rendering 1,500
 * activity drop targets on a large board.
 */
let slot: string | null = null;
/** The slot is on a card's shell (windowing.ts): no dnd-kit drop target yet, see shellAt. */
let onShell = false;
let slotListener: ((slot: string | null) => void) | null = null;
/** Where a pointer's drag was last seen, in the window (read on drop); null in a keyboard drag. */
let pointer: Point | null = null;

/** Where a keyboard drag's arrow keys took it (keyboardSensor.ts): the slot, and the drop target that holds it. */
interface KeyboardTarget {
  readonly slot: string;
  /** The dnd-kit droppable's id: the slot's container, owner slot or outcome slot. */
  readonly droppable: string;
}

let keyboardTarget: KeyboardTarget | null = null;

/** Set by the keyboard sensor when an arrow key moved the drag to a slot; null when it ends. */
export function setKeyboardTarget(target: KeyboardTarget | null): void {
  keyboardTarget = target;
}

/** The slot the last collision check found (read on drop). */
export function currentSlot(): string | null {
  return slot;
}

/**
 * Whether that slot is on a card's shell, which dnd-kit knows nothing about yet: the drop goes
 * there although dnd-kit reports no target.
 */
export function slotOnShell(): boolean {
  return onShell && slot !== null;
}

/** Where the pointer of the drag was last seen, in the window: where it lets go, on drop. Null in a keyboard drag. */
export function lastPointer(): Point | null {
  return pointer;
}

export function resetSlot(): void {
  slot = null;
  pointer = null;
  onShell = false;
  keyboardTarget = null;
}

/** Called (after the current render) whenever the slot changes; one listener, the board's. */
export function onSlotChange(listener: ((slot: string | null) => void) | null): void {
  slotListener = listener;
}

function setSlot(next: string | null, shell = false): void {
  onShell = shell;
  if (next === slot) return;
  slot = next;
  const listener = slotListener;
  // Collision detection runs while dnd-kit renders: tell the rest of the UI afterwards.
  if (listener) queueMicrotask(() => {
    listener(next);
  });
}

interface ItemRect {
  readonly id: string;
  readonly rect: DOMRect;
}

/** The activity cards in a container's element, in order, with their current rectangles. */
function itemRects(container: DroppableContainer | undefined): ItemRect[] {
  const node = container?.node.current;
  if (!node) return [];
  return Array.from(node.querySelectorAll<HTMLElement>('[data-activity-id]'), (element) => ({
    id: element.dataset.activityId ?? '',
    rect: element.getBoundingClientRect(),
  }));
}

/**
 * On a big board, part of a container's list may not be mounted yet (windowing.ts): a placeholder
 * stands for it until it comes near the viewport. Over a placeholder, the drop goes to the end.
 */
function overPlaceholder(container: DroppableContainer, point: Point): boolean {
  const node = container.node.current;
  if (!node) return false;
  if (node.matches('[data-window-card="shell"]')) return true;
  return Array.from(node.querySelectorAll('[data-window-chunk="placeholder"]')).some((element) => {
    const rect = element.getBoundingClientRect();
    return point.y >= rect.top && point.y <= rect.bottom;
  });
}

/**
 * On a big board, a card far from the screen is a shell (windowing.ts): not a dnd-kit drop target
 * until it fills in as it comes near, a viewport ahead of the pointer. If the pointer is over one
 * all the same (a fast scroll), the card is asked to fill in at once, and meanwhile its shell is
 * taken like a list placeholder: an activity goes to the end of it, an outcome to its place.
 */
function shellAt(point: Point): OutcomeId | null {
  if (typeof document.elementsFromPoint !== 'function') return null;
  for (const element of document.elementsFromPoint(point.x, point.y)) {
    const shell = element.closest<HTMLElement>('section[data-window-card="shell"]');
    const outcomeId = shell?.dataset.outcomeId;
    if (outcomeId) {
      revealCardSoon(dropId.container(outcomeId as OutcomeId));
      return outcomeId as OutcomeId;
    }
  }
  return null;
}

const within = (rect: DOMRect, p: Point) => p.x >= rect.left && p.x <= rect.right && p.y >= rect.top && p.y <= rect.bottom;

/**
 * The current rectangle of a slot: activities from the DOM, the rest from dnd-kit's measurements
 * or, for a card dnd-kit has not measured (on a big board, a card far from the screen registers
 * its drop targets only when it comes near or is revealed), from the DOM too.
 */
export function slotRect(id: string, rects: ReadonlyMap<UniqueIdentifier, ClientRect>): ClientRect | null {
  const at = id.indexOf(':');
  const kind = id.slice(0, at);
  const rest = CSS.escape(id.slice(at + 1));
  const selector =
    kind === 'activity' ? `[data-activity-id="${rest}"]` : kind === 'owner' ? `[data-owner-slot="${rest}"]` : `section[data-outcome-id="${rest}"]`;
  // A slot in a hidden view is not there to aim at (see firstAt).
  const element = shownMatch(selector);
  if (kind === 'activity') return element?.getBoundingClientRect() ?? null;
  const measured = rects.get(id);
  if (measured) return measured;
  if (kind === 'owner' || kind === 'container' || kind === 'outcome-slot') return element?.getBoundingClientRect() ?? null;
  return null;
}

export const boardCollisions: CollisionDetection = ({ active, collisionRect, droppableRects, droppableContainers, pointerCoordinates }) => {
  const drag = asDragData(active.data.current);
  if (!drag) return [];
  if (keyboardTarget) {
    const { droppable } = keyboardTarget;
    const target = droppableContainers.find((container) => container.id === droppable);
    if (target) {
      setSlot(keyboardTarget.slot);
      return [hit(target)];
    }
  }
  pointer = pointerCoordinates;
  const point = pointerCoordinates ?? centre(collisionRect);
  switch (drag.type) {
    case 'activity': {
      const container = firstAt(point, droppableContainers, droppableRects, (d) => d.type === 'container');
      const containerData = container && asDropData(container.data.current);
      if (!container || containerData?.type !== 'container') {
        const shell = shellAt(point);
        setSlot(shell ? dropId.container(shell) : null, shell !== null);
        return [];
      }
      if (overPlaceholder(container, point)) {
        setSlot(dropId.container(containerData.outcomeId));
        return [hit(container)];
      }
      const items = itemRects(container);
      // Insert before the first activity (other than the dragged one) whose middle is below the point.
      const before = items.find((item) => item.id !== drag.activityId && item.rect.top + item.rect.height / 2 > point.y);
      // Over the card's header or result, far above its list (and not over the dragged card's own
      // place): the end, as "add to this outcome".
      const aboveList = before !== undefined && point.y < before.rect.top - LIST_GAP && !items.some((item) => item.rect.top < point.y);
      setSlot(before && !aboveList ? dropId.activity(before.id as ActivityId) : dropId.container(containerData.outcomeId));
      return [hit(container)];
    }
    case 'person': {
      const owner = firstAt(point, droppableContainers, droppableRects, (d) => d.type === 'owner-slot');
      if (owner) {
        setSlot(String(owner.id));
        return [hit(owner)];
      }
      const container = firstAt(point, droppableContainers, droppableRects, (d) => d.type === 'container');
      const item = itemRects(container).find((candidate) => within(candidate.rect, point));
      if (container && item) {
        setSlot(dropId.activity(item.id as ActivityId));
        return [hit(container)];
      }
      // A shell has neither owner slot nor activities to drop on: it fills in first.
      if (!container) shellAt(point);
      setSlot(null);
      return [];
    }
    case 'outcome': {
      const target = firstAt(point, droppableContainers, droppableRects, (d) => d.type === 'outcome-slot');
      if (!target) {
        const shell = shellAt(point);
        setSlot(shell ? dropId.outcomeSlot(shell) : null, shell !== null);
        return [];
      }
      setSlot(String(target.id));
      return [hit(target)];
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

/** The dnd-kit drop target that holds a slot: an activity's container, else the slot's own. */
export function droppableOf(board: Board, slotId: string): string | null {
  if (!slotId.startsWith('activity:')) return slotId;
  const id = slotId.slice('activity:'.length);
  const activity = board.activities.find((a) => a.id === id);
  return activity ? dropId.container(activity.outcomeId) : null;
}

/** The point a keyboard drag aims at so that `boardCollisions` picks `targetId`. */
function aimPoint(targetId: string, drag: DragData, group: readonly string[], rects: ReadonlyMap<UniqueIdentifier, ClientRect>): Point | null {
  const rect = slotRect(targetId, rects);
  if (!rect) return null;
  if (drag.type !== 'activity') return centre(rect);
  if (targetId.startsWith('activity:')) return { x: rect.left + rect.width / 2, y: rect.top + 1 };
  // The end of a container: just below its last activity, still inside the container.
  const lastItem = group.length > 1 ? slotRect(group[group.length - 2] ?? '', rects) : null;
  if (!lastItem) return centre(rect);
  return { x: rect.left + rect.width / 2, y: Math.min(lastItem.bottom + 2, rect.bottom - 1) };
}

/**
 * The drop target an arrow key moves to from `currentId`: Up/Down go through the positions one
 * by one (crossing into the next outcome at the end), Left/Right jump to the previous/next outcome
 * or the parking lot: an activity to its end, a person to its owner slot (the parking lot's first
 * activity), as the drag's instructions say; outcomes, one place to a group, go by one either way.
 * A person's Left/Right went through every activity on the way, as Up/Down do: a dozen presses to
 * the third outcome's owner on a workshop's board of ten tasks an outcome.
 * Left/Right go round: Left from the first outcome is the parking lot, Right from the parking lot
 * the first outcome. Where the window has no column of its own for it (a 1280 × 720 projector),
 * the parking lot sits left of the outcomes, under the people: Left from the first outcome did
 * nothing, and the parking lot was reached only by Right through every outcome (20 presses on a
 * workshop's board of 20).
 */
export function nextDropTarget(board: Board, drag: DragData, currentId: string | null, key: string): string | undefined {
  const groups = dropSlots(board, drag);
  const flat = groups.flat();
  const current = currentId === null ? -1 : flat.indexOf(currentId);
  const forward = key === 'ArrowDown' || key === 'ArrowRight';
  if (drag.type !== 'outcome' && (key === 'ArrowRight' || key === 'ArrowLeft')) {
    const groupIndex = current < 0 ? -1 : groups.findIndex((group) => group.includes(flat[current] ?? ''));
    const nextIndex = groupIndex < 0 ? 0 : (groupIndex + (forward ? 1 : -1) + groups.length) % groups.length;
    // The parking lot alone (People view) has no other container to go round to.
    if (nextIndex === groupIndex) return undefined;
    const nextGroup = groups[nextIndex];
    return drag.type === 'activity' ? nextGroup?.[nextGroup.length - 1] : nextGroup?.[0];
  }
  if (current < 0) return forward ? flat[0] : flat[flat.length - 1];
  return flat[current + (forward ? 1 : -1)];
}

/** The point a keyboard drag aims at so that `boardCollisions` picks `targetId`. */
export function aimAt(board: Board, drag: DragData, targetId: string, rects: ReadonlyMap<UniqueIdentifier, ClientRect>): Point | null {
  const group = dropSlots(board, drag).find((g) => g.includes(targetId)) ?? [];
  return aimPoint(targetId, drag, group, rects);
}

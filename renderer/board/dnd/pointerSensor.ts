/**
 * dnd-kit's PointerSensor for the board: a finger picks an item up by holding it, and the drag
 * follows only the pointer that picked the item up.
 *
 * How a press becomes a drag depends on what pressed. A mouse drags once it has moved 6 px, as
 * ever. A finger (or a pen) on an activity's title or a person's chip first has to hold still for
 * a moment (HOLD_TO_DRAG), as in Trello or an iOS list: those cover most of a card, and when a
 * finger's move picked them up at once, swiping over the board to scroll it kept dragging
 * activities away. A finger that moves before the hold is a swipe: the browser scrolls (board.css
 * lets it pan there) and cancels the press, which ends it with no drag. An outcome's ⠿ handle, a
 * dedicated target that never scrolls, drags at once. Once a finger's drag has started, DragProxy
 * stops the page scrolling under it.
 *
 * dnd-kit listens on the document for every pointer's moves and releases, whichever finger they
 * come from. On a touch wall a second finger is common (two people at the board, or a hand resting
 * on it): while one person dragged an activity, another's touch moved the dragged item to their
 * finger, and lifting that finger dropped it there, with the first finger still on the screen.
 * Here a move, release or cancel of any other pointer is left alone; the drag goes on under the
 * finger (or mouse, or pen) that started it.
 *
 * dnd-kit binds these handlers, which its typings call private, in its constructor (`this.handleMove
 * = this.handleMove.bind(this)`), so the ones on this class's prototype are the ones it listens
 * with. The touch e2e (test/e2e/touch.e2e.ts) checks this still holds.
 */
import { PointerSensor, type PointerActivationConstraint, type PointerSensorProps } from '@dnd-kit/core';

/** A mouse, or a finger on a ⠿ handle: a move of 6 px starts the drag. */
const MOVE_TO_DRAG: PointerActivationConstraint = { distance: 6 };
/** A finger or pen elsewhere: held 250 ms within 8 px. A move beyond that first is a swipe. */
export const HOLD_TO_DRAG = { delay: 250, tolerance: 8 } as const satisfies PointerActivationConstraint;

/** Whether a press is one that must be held to drag (see above). */
export const mustHold = (event: Event): boolean => {
  const { pointerType } = event as PointerEvent;
  return (pointerType === 'touch' || pointerType === 'pen') && !(event.target instanceof Element && event.target.closest('[data-drag-outcome]'));
};

type Handler = (this: unknown, event?: Event) => void;
type Handlers = Record<'handleMove' | 'handleEnd' | 'handleCancel', Handler>;

/** The pointer that pressed: dnd-kit keeps the pressing event as `props.event`. */
const pressingPointer = (sensor: unknown): number | undefined => {
  const event = (sensor as { props?: { event?: Event } }).props?.event;
  return event && 'pointerId' in event ? (event as PointerEvent).pointerId : undefined;
};

/** Another pointer than the one that pressed (not a key press, a resize or the page hidden). */
const fromAnotherPointer = (sensor: unknown, event: Event | undefined): boolean => {
  if (!event || !('pointerId' in event)) return false;
  const pressing = pressingPointer(sensor);
  return pressing !== undefined && (event as PointerEvent).pointerId !== pressing;
};

export class BoardPointerSensor extends PointerSensor {
  constructor(props: PointerSensorProps) {
    // Chosen once per press, before dnd-kit reads it; a mouse drag's moves do no more than before.
    super({ ...props, options: { ...props.options, activationConstraint: mustHold(props.event) ? HOLD_TO_DRAG : MOVE_TO_DRAG } });
  }
}

const base = PointerSensor.prototype as unknown as Partial<Handlers>;
const own = BoardPointerSensor.prototype as unknown as Handlers;
for (const name of ['handleMove', 'handleEnd', 'handleCancel'] as const) {
  const inherited = base[name];
  // Should a dnd-kit update rename one, drags keep working as dnd-kit's own (the e2e then fails).
  if (!inherited) continue;
  own[name] = function (this: unknown, event?: Event) {
    if (fromAnotherPointer(this, event)) return;
    inherited.call(this, event);
  };
}

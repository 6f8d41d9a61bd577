/**
 * dnd-kit's PointerSensor for the board, made to follow only the pointer that picked the item up.
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
import { PointerSensor } from '@dnd-kit/core';

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

export class BoardPointerSensor extends PointerSensor {}

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

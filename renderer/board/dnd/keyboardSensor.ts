/**
 * Keyboard dragging that hops between drop targets. dnd-kit's KeyboardSensor nudges by pixels and
 * scrolls the page in its own way, which fights targets below the fold; this sensor keeps dnd-kit's
 * activation (Space/Enter on a focused draggable) and its drop/cancel keys, and moves straight to
 * the next drop target from geometry.ts, scrolling the page first so the target is on screen.
 *
 * Where an arrow key took the drag is where it is (setKeyboardTarget): what is announced and where
 * a drop goes. On a big board (windowing.ts) the page moves under a keyboard drag — after a hop's
 * scroll, the cards and lists that come near fill in at their real heights in place of estimates,
 * and the board's scroll anchoring often sits in another column (the people) — so the target moves
 * on screen while the dragged item stays where it was put: the sensor puts it on its target again
 * (reaimKeyboardDrag, when the windowing reports a shift), scrolling if the target left the screen.
 */
import { KeyboardSensor, type Activators, type ClientRect, type SensorContext, type SensorInstance, type SensorProps, type UniqueIdentifier } from '@dnd-kit/core';

interface Coordinates {
  readonly x: number;
  readonly y: number;
}
import type { Board } from '../../../shared/model';
import { aimAt, currentSlot, droppableOf, nextDropTarget, setKeyboardTarget } from './geometry';
import { asDragData, dropDataOf } from './types';
import { announce, NO_FURTHER, overMessage, TAB_WHILE_MOVING } from './announcements';
import { scrollIntoViewNearest } from '../inView';
import { revealSlot } from '../windowing';

export interface BoardKeyboardSensorOptions {
  readonly getBoard: () => Board | null;
}

const ARROWS = new Set(['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight']);
const END = new Set(['Space', 'Enter']);
/** Keep the aimed-at point this far inside the window (the toolbar is sticky at the top). */
const MARGIN = 90;

/** Whether the last keyboard drag ended because focus went elsewhere (see letGo). */
let focusLeft = false;

/** Whether the keyboard drag that just ended ended because focus went to something else: focus is left there. */
export function focusLeftTheDrag(): boolean {
  return focusLeft;
}

/** How the keyboard drag under way, if any, aims at its target again. */
let reaimCurrent: (() => void) | null = null;

/** The layout moved under a keyboard drag (a big board's card or list filled in): it aims at its target again. */
export function reaimKeyboardDrag(): void {
  reaimCurrent?.();
}

/**
 * The drop targets' rectangles for aiming at `targetId`, its own as it is now: dnd-kit measured it
 * before the windowing revealed what it holds (its list grows as the hop mounts it), or before the
 * layout moved it.
 */
function rectsNow(context: SensorContext, targetId: string): ReadonlyMap<UniqueIdentifier, ClientRect> {
  const node = context.droppableContainers.get(targetId)?.node.current;
  return node ? new Map([[targetId, node.getBoundingClientRect()]]) : context.droppableRects;
}

export class BoardKeyboardSensor implements SensorInstance {
  static activators: Activators<BoardKeyboardSensorOptions> = KeyboardSensor.activators as Activators<BoardKeyboardSensorOptions>;

  autoScrollEnabled = false;
  private reference: Coordinates | null = null;
  private targetId: string | null = null;
  private readonly document: Document;
  /** The item's button, which holds focus through the drag. */
  private readonly holder: EventTarget | null;

  constructor(private readonly props: SensorProps<BoardKeyboardSensorOptions>) {
    const target = props.event.target;
    this.holder = target;
    focusLeft = false;
    this.document = target instanceof Node && target.ownerDocument ? target.ownerDocument : document;
    props.activeNode.node.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    props.onStart({ x: 0, y: 0 });
    const view = this.document.defaultView ?? window;
    view.addEventListener('resize', this.cancel);
    view.addEventListener('visibilitychange', this.cancel);
    // Listen at once, so an arrow pressed right after Space is never lost; the key press that
    // started the drag is still on its way up to the document and is skipped there.
    this.document.addEventListener('keydown', this.onKeyDown);
    this.document.addEventListener('focusin', this.onFocusIn);
    reaimCurrent = this.reaim;
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event === this.props.event) return;
    // Focus left the item another way (a click on the page's background): the keys are no longer
    // the drag's, and a space typed there must not drop it.
    if (this.document.activeElement !== this.holder) {
      this.letGo();
      return;
    }
    if (event.code === 'Tab') {
      event.preventDefault();
      announce(`${this.whereNow()} ${TAB_WHILE_MOVING}`.trim());
    } else if (END.has(event.code)) {
      event.preventDefault();
      this.detach();
      this.props.onEnd();
    } else if (event.code === 'Escape') {
      this.cancel(event);
    } else if (ARROWS.has(event.code)) {
      event.preventDefault();
      this.move(event.code);
    }
  };

  /** Focus went to something else (a click on another control): the drag ends as Escape ends it, the page left where it is. */
  private readonly onFocusIn = (event: FocusEvent) => {
    if (event.target !== this.holder) this.letGo();
  };

  private letGo(): void {
    this.detach();
    focusLeft = true;
    this.props.onCancel();
  }

  private readonly cancel = (event?: Event) => {
    event?.preventDefault();
    this.detach();
    this.props.onCancel();
    // Nothing moved, but the page followed the drag's targets: the item that keeps focus, where it
    // was, is brought back into view (a person's chip was left above the window).
    const node = this.props.activeNode.node.current;
    const view = this.document.defaultView ?? window;
    view.requestAnimationFrame(() => {
      if (node?.isConnected) scrollIntoViewNearest(node);
    });
  };

  private move(key: string): void {
    const board = this.props.options.getBoard();
    const drag = asDragData(this.props.context.current.active?.data.current);
    if (!board || !drag) return;
    const current = this.targetId ?? currentSlot();
    const next = nextDropTarget(board, drag, current, key);
    if (next === undefined) {
      // The board's end that way: said, where it was silent, so a person knows the item is still
      // held, and where.
      announce(`${this.whereNow()} ${NO_FURTHER}`);
      return;
    }
    // On a big board the target's activities may not be mounted yet: mount them first.
    revealSlot(board, next);
    if (!this.aim(next)) return;
    this.targetId = next;
    const droppable = droppableOf(board, next);
    setKeyboardTarget(droppable === null ? null : { slot: next, droppable });
  }

  /** Where the dragged item is now, as a sentence ("Update the CRM is over Deals closed, position 2 of 2."). */
  private whereNow(): string {
    const board = this.props.options.getBoard();
    const drag = asDragData(this.props.context.current.active?.data.current);
    if (!board || !drag) return '';
    const drop = dropDataOf(this.targetId ?? currentSlot(), (id) => board.activities.find((activity) => activity.id === id)?.outcomeId);
    return overMessage(board, drag, drop);
  }

  /** Puts the dragged item on its target again, the layout having moved (see reaimKeyboardDrag). */
  private readonly reaim = () => {
    if (this.targetId !== null) this.aim(this.targetId);
  };

  /** Puts the dragged item on a slot, scrolling the page first if it is off screen; false if the slot is not there. */
  private aim(target: string): boolean {
    const context = this.props.context.current;
    const board = this.props.options.getBoard();
    const drag = asDragData(context.active?.data.current);
    const rect = context.collisionRect;
    if (!board || !drag || !rect) return false;
    let point = aimAt(board, drag, target, rectsNow(context, target));
    if (!point) return false;
    const view = this.document.defaultView ?? window;
    if (point.y < MARGIN || point.y > view.innerHeight - MARGIN) {
      view.scrollBy({ top: point.y - view.innerHeight / 2, behavior: 'instant' });
      // Drop-target rectangles follow the scroll; the overlay is fixed, so aim again.
      point = aimAt(board, drag, target, rectsNow(context, target)) ?? point;
    }
    // The collision rectangle is the overlay moved by the translate: translate it so its centre
    // sits on the aimed-at point.
    this.reference ??= { x: rect.left, y: rect.top };
    this.props.onMove({ x: point.x - rect.width / 2 - this.reference.x, y: point.y - rect.height / 2 - this.reference.y });
    return true;
  }

  private detach(): void {
    if (reaimCurrent === this.reaim) reaimCurrent = null;
    setKeyboardTarget(null);
    this.document.removeEventListener('keydown', this.onKeyDown);
    this.document.removeEventListener('focusin', this.onFocusIn);
    const view = this.document.defaultView ?? window;
    view.removeEventListener('resize', this.cancel);
    view.removeEventListener('visibilitychange', this.cancel);
  }
}

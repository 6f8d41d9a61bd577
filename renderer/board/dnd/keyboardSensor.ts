/**
 * Keyboard dragging that hops between drop targets. dnd-kit's KeyboardSensor nudges by pixels and
 * scrolls the page in its own way, which fights targets below the fold; this sensor keeps dnd-kit's
 * activation (Space/Enter on a focused draggable) and its drop/cancel keys, and moves straight to
 * the next drop target from geometry.ts, scrolling the page first so the target is on screen.
 */
import { KeyboardSensor, type Activators, type SensorInstance, type SensorProps } from '@dnd-kit/core';

interface Coordinates {
  readonly x: number;
  readonly y: number;
}
import type { Board } from '../../../shared/model';
import { aimAt, currentSlot, nextDropTarget } from './geometry';
import { asDragData } from './types';
import { revealSlot } from '../windowing';

export interface BoardKeyboardSensorOptions {
  readonly getBoard: () => Board | null;
}

const ARROWS = new Set(['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight']);
const END = new Set(['Space', 'Enter']);
/** Keep the aimed-at point this far inside the window (the toolbar is sticky at the top). */
const MARGIN = 90;

export class BoardKeyboardSensor implements SensorInstance {
  static activators: Activators<BoardKeyboardSensorOptions> = KeyboardSensor.activators as Activators<BoardKeyboardSensorOptions>;

  autoScrollEnabled = false;
  private reference: Coordinates | null = null;
  private targetId: string | null = null;
  private readonly document: Document;

  constructor(private readonly props: SensorProps<BoardKeyboardSensorOptions>) {
    const target = props.event.target;
    this.document = target instanceof Node && target.ownerDocument ? target.ownerDocument : document;
    props.activeNode.node.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    props.onStart({ x: 0, y: 0 });
    const view = this.document.defaultView ?? window;
    view.addEventListener('resize', this.cancel);
    view.addEventListener('visibilitychange', this.cancel);
    // Listen at once, so an arrow pressed right after Space is never lost; the key press that
    // started the drag is still on its way up to the document and is skipped there.
    this.document.addEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event === this.props.event) return;
    if (END.has(event.code)) {
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

  private readonly cancel = (event?: Event) => {
    event?.preventDefault();
    this.detach();
    this.props.onCancel();
  };

  private move(key: string): void {
    const context = this.props.context.current;
    const board = this.props.options.getBoard();
    const drag = asDragData(context.active?.data.current);
    const rect = context.collisionRect;
    if (!board || !drag || !rect) return;
    const current = this.targetId ?? currentSlot();
    const next = nextDropTarget(board, drag, current, key);
    if (next === undefined) return;
    // On a big board the target's activities may not be mounted yet: mount them first.
    revealSlot(board, next);
    let point = aimAt(board, drag, next, context.droppableRects);
    if (!point) return;
    const view = this.document.defaultView ?? window;
    if (point.y < MARGIN || point.y > view.innerHeight - MARGIN) {
      view.scrollBy({ top: point.y - view.innerHeight / 2, behavior: 'instant' });
      // Drop-target rectangles follow the scroll; the overlay is fixed, so aim again.
      point = aimAt(board, drag, next, context.droppableRects) ?? point;
    }
    this.targetId = next;
    // The collision rectangle is the overlay moved by the translate: translate it so its centre
    // sits on the aimed-at point.
    this.reference ??= { x: rect.left, y: rect.top };
    this.props.onMove({ x: point.x - rect.width / 2 - this.reference.x, y: point.y - rect.height / 2 - this.reference.y });
  }

  private detach(): void {
    this.document.removeEventListener('keydown', this.onKeyDown);
    const view = this.document.defaultView ?? window;
    view.removeEventListener('resize', this.cancel);
    view.removeEventListener('visibilitychange', this.cancel);
  }
}

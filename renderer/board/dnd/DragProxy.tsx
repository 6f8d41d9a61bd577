/**
 * One dnd-kit draggable for everything on the board: activities, people and outcomes. dnd-kit
 * re-renders every component that uses `useDraggable` whenever a drag starts, changes target or
 * ends; with one hook per item that is 10,000 activity titles, 300 person chips and 200 outcome
 * handles on a huge board. Instead, those are plain buttons marked `data-drag-activity`,
 * `data-drag-person` or `data-drag-outcome`, and this proxy — the only draggable — becomes the
 * pressed one at the moment of the press: it takes that item and its button (synchronously, with
 * flushSync), then hands the very same event to dnd-kit's pointer or keyboard activator.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useDraggable } from '@dnd-kit/core';
import type { ActivityId, OutcomeId, PersonId } from '../../../shared/model';
import { dragId, type DragData } from './types';
import { useDragState } from './dragState';

/**
 * The id of dnd-kit's hidden instructions (how to move an item with the keyboard), which every
 * draggable button names in its aria-describedby. BoardDnd gives it to the DndContext as its `id`,
 * which dnd-kit uses for exactly this; a known constant, not one dnd-kit makes up at its first
 * render, so every such button on the first screen has it from its first render and none renders
 * again to learn it. There is one board, so one DndContext, in the window.
 */
export const DRAG_INSTRUCTIONS_ID = 'board-drag-instructions';

interface Target {
  readonly drag: DragData;
  readonly button: HTMLElement;
}

type Listeners = Partial<Record<'onPointerDown' | 'onKeyDown', (event: unknown) => void>>;

const SELECTOR = '[data-drag-activity], [data-drag-person], [data-drag-outcome]';
/**
 * What on an activity's card a press works itself, not picking the activity up: its Done box (and
 * the label around it), its ⋯ menu.
 */
const CARD_CONTROLS = 'input, button, select, textarea, a, label, [contenteditable], .popover';

/**
 * The draggable button a press is on: the button itself, or for the mouse, the title of the
 * activity whose card was pressed beside its controls (its edge, its assignees' avatars). Such a
 * press picked nothing up, and moving the mouse from there selected the text of half the board. A
 * finger or a pen still needs the title (or a chip, a handle): a swipe from anywhere else scrolls.
 */
function pressedButton(event: PointerEvent | KeyboardEvent, kind: keyof Listeners): HTMLElement | null {
  if (!(event.target instanceof Element)) return null;
  const button = event.target.closest<HTMLElement>(SELECTOR);
  if (button || kind !== 'onPointerDown' || (event as PointerEvent).pointerType !== 'mouse') return button;
  const card = event.target.closest<HTMLElement>('.activity-card');
  return card && !event.target.closest(CARD_CONTROLS) ? card.querySelector<HTMLElement>('[data-drag-activity]') : null;
}

/** What a draggable button stands for, from its data attribute. */
function dragOf(button: HTMLElement): DragData | null {
  const { dragActivity, dragPerson, dragOutcome } = button.dataset;
  if (dragActivity) return { type: 'activity', activityId: dragActivity as ActivityId };
  if (dragPerson) return { type: 'person', personId: dragPerson as PersonId };
  if (dragOutcome) return { type: 'outcome', outcomeId: dragOutcome as OutcomeId };
  return null;
}

function idOf(drag: DragData): string {
  switch (drag.type) {
    case 'activity':
      return dragId.activity(drag.activityId);
    case 'person':
      return dragId.person(drag.personId);
    case 'outcome':
      return dragId.outcome(drag.outcomeId);
  }
}

const sameDrag = (a: DragData, b: DragData) => idOf(a) === idOf(b);

/**
 * While an item is being dragged, a finger's moves carry it and do not scroll the page. The titles
 * and chips let the browser pan (board.css), so that a swipe over them scrolls; once a held finger
 * has picked an item up, its moves are cancelled here, or the browser would scroll and take the
 * touch away (a pointercancel, which ends the drag). Pointer events cannot stop a pan, only touch
 * events can, and only from a listener that is not passive and is already there when the finger
 * lands: so one listener on the whole board, for good, doing nothing but this check.
 */
function holdTheBoardWhileDragging(board: HTMLElement): () => void {
  const stopScrolling = (event: TouchEvent) => {
    if (event.cancelable && useDragState.getState().active !== null) event.preventDefault();
  };
  board.addEventListener('touchmove', stopScrolling, { passive: false });
  return () => {
    board.removeEventListener('touchmove', stopScrolling);
  };
}

/** Wraps the board: listens for presses on draggable buttons and turns them into drags. */
export function DragProxy({ children }: { readonly children: ReactNode }) {
  const [target, setTarget] = useState<Target | null>(null);
  const board = useRef<HTMLDivElement>(null);
  useEffect(() => (board.current ? holdTheBoardWhileDragging(board.current) : undefined), []);
  const { setNodeRef, listeners } = useDraggable({
    id: target ? idOf(target.drag) : 'drag:none',
    data: target?.drag ?? {},
    disabled: target === null,
  });
  // The listeners of the latest render, read right after flushSync has rendered the new target.
  const latest = useRef<Listeners | undefined>(undefined);
  useLayoutEffect(() => {
    latest.current = listeners;
    setNodeRef(target?.button ?? null);
  });

  const start = useCallback((event: PointerEvent | KeyboardEvent, kind: keyof Listeners) => {
    // A second finger on the screen, or any press while an item is being dragged, starts no drag
    // (dnd-kit refuses it), so it must not take the proxy either: it did, and the item being
    // dragged lost its button mid-drag (its preview jumped to the other finger's item, and the
    // drop did nothing).
    if ((kind === 'onPointerDown' && !(event as PointerEvent).isPrimary) || useDragState.getState().active !== null) return;
    const button = pressedButton(event, kind);
    const drag = button ? dragOf(button) : null;
    if (!button || !drag) return;
    flushSync(() => {
      setTarget((current) => (current && current.button === button && sameDrag(current.drag, drag) ? current : { drag, button }));
    });
    latest.current?.[kind]?.(event);
  }, []);

  return (
    <div
      ref={board}
      className="drag-proxy"
      onPointerDown={(event) => {
        start(event, 'onPointerDown');
      }}
      onKeyDown={(event) => {
        start(event, 'onKeyDown');
      }}
    >
      {children}
    </div>
  );
}

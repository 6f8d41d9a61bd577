/**
 * Drag and drop for the whole board: one DndContext with pointer and keyboard sensors, the
 * board's own collision detection, a drag overlay in a portal, and announcements. Nothing is
 * written during a drag; the drop becomes exactly one store action (one undo step, one save).
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
  DndContext,
  DragOverlay,
  MeasuringStrategy,
  useDndContext,
  useSensor,
  useSensors,
  type DragCancelEvent,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import type { ActivityId, Board } from '../../../shared/model';
import { notifyUndoable, shownBoard, useBoardStore } from '../../store/boardStore';
import { notify } from '../../app/notices';
import { useUiStore } from '../../store/uiStore';
import { announce, cancelMessage, noDropMessage, overMessage, SCREEN_READER_INSTRUCTIONS, SILENT_ANNOUNCEMENTS, startMessage } from './announcements';
import { DragAnnouncer } from './DragAnnouncer';
import { DRAG_INSTRUCTIONS_ID, DragProxy } from './DragProxy';
import { describeChange } from './describe';
import { DragPreview, previewUnderPointer } from './DragPreview';
import { EDGE_ZONE, EdgeScroll, notTheWindow } from './edgeScroll';
import { useDragState } from './dragState';
import { boardCollisions, currentSlot, lastPointer, onSlotChange, resetSlot, slotOnShell } from './geometry';
import { BoardKeyboardSensor, focusLeftTheDrag, reaimKeyboardDrag } from './keyboardSensor';
import { BoardPointerSensor, mustHold } from './pointerSensor';
import { isOwnPlace, resolveDrop } from './resolve';
import { asDragData, dropDataOf, dropId, type DragData } from './types';
import { onWindowingShift } from '../windowing';
import { activityButton, focusAfterChange, focusAfterDrop } from '../focus';

/**
 * The board as a keyboard drag can reach it: in People view the outcomes are hidden (hiddenView.ts)
 * and only the parking lot beside the people is on the screen, so the arrow keys go through its
 * activities only (an outcome's owner slot there could be aimed at by no one).
 */
const boardInView = (): Board | null => {
  const board = shownBoard();
  if (board === null || useUiStore.getState().view === 'board') return board;
  return { ...board, outcomes: [], activities: board.activities.filter((activity) => activity.outcomeId === null) };
};

/** A short buzz where the device can (not every browser has either API). */
const buzz = () => {
  if ('vibrate' in navigator && 'userActivation' in navigator && navigator.userActivation.hasBeenActive) navigator.vibrate(10);
};

const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };
const ACCESSIBILITY = { announcements: SILENT_ANNOUNCEMENTS, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS };
/**
 * After a keyboard drag dnd-kit gives focus back to the item (an item moved to another place was
 * drawn anew and had lost it), unless told not to: a keyboard drag that ended because focus went
 * elsewhere (a click in another field, keyboardSensor.ts) leaves focus there. It took the caret out
 * of the field clicked into, and the next space typed picked the item up again.
 */
const ACCESSIBILITY_FOCUS_LEFT = { ...ACCESSIBILITY, restoreFocus: false };
/**
 * The window scrolls while the pointer is held within a tenth of its height (or width) of an edge,
 * and at the top over the sticky toolbar or just below it (a twenty-fifth of the window): EdgeScroll
 * (edgeScroll.ts), not dnd-kit, scrolls the window. dnd-kit's default is a fifth: on a 720 px
 * projector the top and bottom 144 px, where the cards a person aims at lie, so a drop there slid
 * the page (and the card) away under the pointer. A part of the page with its own scrolling, if one
 * comes, is dnd-kit's, with a tenth as well.
 */
const AUTO_SCROLL = { threshold: { x: EDGE_ZONE, y: EDGE_ZONE }, canScroll: notTheWindow };
const PREVIEW_MODIFIERS = [previewUnderPointer];

/** Which container an activity is in, for reading slot ids. */
const activityOutcome = (board: Board) => (id: ActivityId) => board.activities.find((a) => a.id === id)?.outcomeId;

export function BoardDnd({ children }: { readonly children: ReactNode }) {
  const [active, setActive] = useState<DragData | null>(null);
  // Set in the same update as dnd-kit's end of the drag, so that its focus restoring sees it.
  const [focusLeft, setFocusLeft] = useState(false);
  // Just picked up: the first place found is the item's own, which "Picked up … in Outbound
  // pipeline, position 1 of 2" has just said. Said again at once ("… is over Outbound pipeline,
  // position 1 of 2"), it took the pick-up's place in the live region: an activity's pick-up was
  // never heard, a person's (who has no place of their own to be over) was.
  const justPickedUp = useRef(false);
  const sensors = useSensors(
    // The activation (a 6 px move, or a finger's hold) is the sensor's own choice, by what pressed.
    useSensor(BoardPointerSensor),
    useSensor(BoardKeyboardSensor, { getBoard: boardInView }),
  );
  useEffect(() => {
    // The precise drop position changes without dnd-kit noticing (see geometry.ts): highlight it
    // and say it.
    onSlotChange((slot) => {
      const { active: drag } = useDragState.getState();
      const board = shownBoard();
      if (!drag || !board) return;
      const drop = dropDataOf(slot, activityOutcome(board));
      const overContainer = drop?.type === 'container' || drop?.type === 'activity' ? dropId.container(drop.outcomeId) : null;
      useDragState.getState().set({ overId: slot, overContainer });
      const first = justPickedUp.current;
      justPickedUp.current = false;
      if (first && isOwnPlace(board, drag, drop)) return;
      announce(overMessage(board, drag, drop));
    });
    return () => {
      onSlotChange(null);
    };
  }, []);

  const onDragStart = useCallback((event: DragStartEvent) => {
    const drag = asDragData(event.active.data.current);
    // A held finger's pick-up: the preview lifting off the card shows it; a short buzz, where the
    // device has one, tells the hand. (Chromium refuses, with a console warning, before any tap.)
    if (mustHold(event.activatorEvent)) buzz();
    resetSlot();
    setActive(drag);
    setFocusLeft(false);
    useDragState.getState().set({ active: drag, overId: null, overContainer: null });
    const board = shownBoard();
    justPickedUp.current = true;
    if (board && drag) announce(startMessage(board, drag));
  }, []);

  const finish = useCallback(() => {
    setActive(null);
    useDragState.getState().set({ active: null, overId: null, overContainer: null });
  }, []);

  const onDragCancel = useCallback(
    (event: DragCancelEvent) => {
      finish();
      setFocusLeft(focusLeftTheDrag());
      const board = shownBoard();
      const drag = asDragData(event.active.data.current);
      if (board && drag) announce(cancelMessage(board, drag));
    },
    [finish],
  );

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      finish();
      const board = shownBoard();
      const drag = asDragData(event.active.data.current);
      if (!board || !drag) return;
      // Over a card's shell on a big board, dnd-kit has no target yet but the slot holds (geometry.ts).
      const { intent } = resolveDrop(board, drag, event.over || slotOnShell() ? dropDataOf(currentSlot(), activityOutcome(board)) : null);
      if (!intent) {
        announce(noDropMessage(board, drag));
        return;
      }
      const result = useBoardStore.getState().dispatch(intent);
      if (!result.ok) {
        announce(result.error.message);
        notify(result.error.message, { tone: 'error', said: true });
        return;
      }
      // An activity dropped into another card is drawn anew there: focus follows it. A keyboard's
      // drop brings it into view, as its sensor did on the way; a pointer's leaves the page where
      // the person was working (focusAfterDrop).
      if (drag.type === 'activity') {
        const at = event.activatorEvent instanceof KeyboardEvent ? null : lastPointer();
        if (at) focusAfterDrop(activityButton(drag.activityId), at.y);
        else focusAfterChange(activityButton(drag.activityId));
      }
      const after = shownBoard() ?? board;
      const sentence = describeChange(board, after, intent, result.effects);
      announce(sentence.message);
      if (sentence.notable) notifyUndoable(sentence.message, intent.type === 'outcome/set-owner' ? intent.outcomeId : undefined, true);
    },
    [finish],
  );

  return (
    <DndContext
      id={DRAG_INSTRUCTIONS_ID}
      sensors={sensors}
      collisionDetection={boardCollisions}
      measuring={MEASURING}
      autoScroll={AUTO_SCROLL}
      accessibility={focusLeft ? ACCESSIBILITY_FOCUS_LEFT : ACCESSIBILITY}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <DragProxy>{children}</DragProxy>
      <RemeasureOnShift />
      <EdgeScroll />
      <DragAnnouncer />
      {createPortal(
        <DragOverlay dropAnimation={null} modifiers={PREVIEW_MODIFIERS}>{active ? <DragPreview drag={active} /> : null}</DragOverlay>,
        document.body,
      )}
    </DndContext>
  );
}

/**
 * On a big board, a card that fills in (or a list that shows) during a drag moves the drop targets
 * after it, and the browser's scroll anchoring moves the page: dnd-kit's rectangles, measured
 * before, would be off. It measures them all again (about 30 near the screen), and a keyboard drag
 * puts the dragged item on its target again (keyboardSensor.ts).
 */
function RemeasureOnShift() {
  const dnd = useDndContext();
  useEffect(() => {
    onWindowingShift(() => {
      dnd.measureDroppableContainers([]);
      reaimKeyboardDrag();
    });
  }, [dnd]);
  useEffect(
    () => () => {
      onWindowingShift(null);
    },
    [],
  );
  return null;
}

/**
 * Drag and drop for the whole board: one DndContext with pointer and keyboard sensors, the
 * board's own collision detection, a drag overlay in a portal, and announcements. Nothing is
 * written during a drag; the drop becomes exactly one store action (one undo step, one save).
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
  DndContext,
  DragOverlay,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import type { Board } from '../../../shared/model';
import { useBoardStore } from '../../store/boardStore';
import { notify } from '../../app/notices';
import { createAnnouncements, SCREEN_READER_INSTRUCTIONS } from './announcements';
import { describeChange } from './describe';
import { DragPreview } from './DragPreview';
import { useDragState } from './dragState';
import { boardCollisions } from './geometry';
import { BoardKeyboardSensor } from './keyboardSensor';
import { resolveDrop } from './resolve';
import { asDragData, asDropData, dropId, type DragData } from './types';

const currentBoard = (): Board | null => {
  const { load } = useBoardStore.getState();
  return load.status === 'ready' ? load.board : null;
};

/** The sentence for the last drop, handed from onDragEnd to the announcement that follows it. */
let lastDropMessage: string | null = null;
function takeDropMessage(): string | null {
  const message = lastDropMessage;
  lastDropMessage = null;
  return message;
}
function setDropMessage(message: string): void {
  lastDropMessage = message;
}

const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

export function BoardDnd({ children }: { readonly children: ReactNode }) {
  const [active, setActive] = useState<DragData | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(BoardKeyboardSensor, { getBoard: currentBoard }),
  );
  const accessibility = useMemo(
    () => ({
      announcements: createAnnouncements(currentBoard, takeDropMessage),
      screenReaderInstructions: SCREEN_READER_INSTRUCTIONS,
    }),
    [],
  );

  const onDragStart = useCallback((event: DragStartEvent) => {
    const drag = asDragData(event.active.data.current);
    setActive(drag);
    useDragState.getState().set({ active: drag, overId: null, overContainer: null });
  }, []);

  const onDragOver = useCallback((event: DragOverEvent) => {
    const drop = asDropData(event.over?.data.current);
    const overContainer = drop?.type === 'container' || drop?.type === 'activity' ? dropId.container(drop.outcomeId) : null;
    useDragState.getState().set({ overId: event.over ? String(event.over.id) : null, overContainer });
  }, []);

  const finish = useCallback(() => {
    setActive(null);
    useDragState.getState().set({ active: null, overId: null, overContainer: null });
  }, []);

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      finish();
      const board = currentBoard();
      const drag = asDragData(event.active.data.current);
      if (!board || !drag) return;
      const { intent } = resolveDrop(board, drag, asDropData(event.over?.data.current));
      if (!intent) return;
      const result = useBoardStore.getState().dispatch(intent);
      if (!result.ok) {
        setDropMessage(result.error.message);
        notify(result.error.message, { tone: 'error' });
        return;
      }
      const after = currentBoard() ?? board;
      const sentence = describeChange(board, after, intent, result.effects);
      setDropMessage(sentence.message);
      if (sentence.notable) notify(sentence.message, { undoable: true });
    },
    [finish],
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      measuring={MEASURING}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
    >
      {children}
      {createPortal(
        <DragOverlay dropAnimation={null}>{active ? <DragPreview drag={active} /> : null}</DragOverlay>,
        document.body,
      )}
    </DndContext>
  );
}

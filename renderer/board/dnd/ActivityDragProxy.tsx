/**
 * One dnd-kit draggable for all activities. dnd-kit re-renders every component that uses
 * `useDraggable` whenever a drag starts or ends; with one hook per activity that is 10,000
 * re-renders on a huge board. Instead, activity titles are plain buttons marked
 * `data-drag-activity`, and this proxy — the only activity draggable — becomes the pressed one
 * at the moment of the press: it takes that activity's id and button (synchronously, with
 * flushSync), then hands the very same event to dnd-kit's pointer or keyboard activator.
 */
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useDraggable } from '@dnd-kit/core';
import { create } from 'zustand';
import type { ActivityId } from '../../../shared/model';
import { dragId, type DragData } from './types';

/** The id of dnd-kit's hidden instructions, for the title buttons' aria-describedby. */
export const useDragInstructionsId = create<{ readonly id: string | undefined }>()(() => ({ id: undefined }));

interface Target {
  readonly activityId: ActivityId;
  readonly button: HTMLElement;
}

type Listeners = Partial<Record<'onPointerDown' | 'onKeyDown', (event: unknown) => void>>;

/** Wraps the board: listens for presses on activity titles and turns them into drags. */
export function ActivityDragProxy({ children }: { readonly children: ReactNode }) {
  const [target, setTarget] = useState<Target | null>(null);
  const data: DragData | Record<string, never> = target ? { type: 'activity', activityId: target.activityId } : {};
  const { setNodeRef, listeners, attributes } = useDraggable({
    id: target ? dragId.activity(target.activityId) : 'drag-activity:none',
    data,
    disabled: target === null,
  });
  // The listeners of the latest render, read right after flushSync has rendered the new target.
  const latest = useRef<Listeners | undefined>(undefined);
  useLayoutEffect(() => {
    latest.current = listeners;
    setNodeRef(target?.button ?? null);
  });
  const describedBy = attributes['aria-describedby'];
  useLayoutEffect(() => {
    if (useDragInstructionsId.getState().id !== describedBy) useDragInstructionsId.setState({ id: describedBy });
  }, [describedBy]);

  const start = useCallback((event: PointerEvent | KeyboardEvent, kind: keyof Listeners) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-drag-activity]') : null;
    const activityId = button?.dataset.dragActivity as ActivityId | undefined;
    if (!button || !activityId) return;
    flushSync(() => {
      setTarget((current) => (current?.activityId === activityId && current.button === button ? current : { activityId, button }));
    });
    latest.current?.[kind]?.(event);
  }, []);

  return (
    <div
      className="activity-drag-proxy"
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

/**
 * What is being dragged and what it is over, for highlighting only. Kept apart from the board
 * store so a drag never re-renders the board: each drop target subscribes to "am I the target?"
 * and re-renders only when that answer changes.
 */
import { create } from 'zustand';
import type { DragData } from './types';

interface DragState {
  readonly active: DragData | null;
  readonly overId: string | null;
  /** The container (outcome or parking lot) an activity would land in, as its drop id. */
  readonly overContainer: string | null;
  readonly set: (next: { active?: DragData | null; overId?: string | null; overContainer?: string | null }) => void;
}

export const useDragState = create<DragState>()((set) => ({
  active: null,
  overId: null,
  overContainer: null,
  set: (next) => {
    set(next);
  },
}));

/** True while this drop target is the one the drag would land on. */
export function useIsDropTarget(id: string): boolean {
  return useDragState((state) => state.overId === id);
}

/** True while an activity would land in this container. */
export function useIsTargetContainer(containerId: string): boolean {
  return useDragState((state) => state.overContainer === containerId);
}

/** The kind of item being dragged, or null. */
export function useActiveDragType(): DragData['type'] | null {
  return useDragState((state) => state.active?.type ?? null);
}

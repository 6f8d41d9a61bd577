/** What follows the pointer during a drag: a light copy of the card being moved. */
import type { Modifier } from '@dnd-kit/core';
import type { Board } from '../../../shared/model';
import { useBoardStore } from '../../store/boardStore';
import { dragLabel } from './resolve';
import type { DragData } from './types';

export function DragPreview({ drag }: { readonly drag: DragData }) {
  const board = useBoardStore((s) => (s.load.status === 'ready' ? s.load.board : null));
  if (!board) return null;
  return <div className={`drag-preview drag-preview--${drag.type}`}>{previewText(board, drag)}</div>;
}

function previewText(board: Board, drag: DragData): string {
  return dragLabel(board, drag);
}

/** How far inside the preview the pointer is put when it was pressed outside it. */
const POINTER_INSET_PX = 10;
/**
 * The height the preview has at least (one line, its padding and border: board.css). dnd-kit's box
 * around it is the button's size, which a title of three lines makes taller than the preview.
 */
const PREVIEW_MIN_HEIGHT_PX = 40;

/**
 * Where along one side of the button (`size` long) a press `at` from its start is kept: where it
 * was if on the button, or else inside its first `within` px.
 */
function keptInside(at: number, size: number, within = size): number {
  if (at >= 0 && at <= size) return at;
  const extent = Math.min(size, within);
  const inset = Math.min(POINTER_INSET_PX, extent / 2);
  return Math.min(Math.max(at, inset), extent - inset);
}

/** Each drag's move of the preview, found at its start (by the press that started it). */
const moves = new WeakMap<MouseEvent, { readonly x: number; readonly y: number }>();

/**
 * The preview under the pointer (DragOverlay's modifier). dnd-kit lays it over the button picked up
 * and moves it with the pointer from there. A mouse press on an activity's card beside its title
 * (its assignees, its edge: DragProxy.tsx) is outside that button, and the preview kept the pointer
 * as far outside it: below it, or 35 px to its left at the foot of a card whose ⋯ is on a second
 * line, the hand holding nothing. Then the preview is moved by as little as puts the pointer inside
 * it; a press on the button itself leaves it where it was. The move is found once, as the drag
 * starts: dnd-kit measures the button again when the page changes around it (a list filled in as
 * the page scrolls), and the preview would jump.
 */
export const previewUnderPointer: Modifier = ({ activatorEvent, activeNodeRect, transform }) => {
  if (!(activatorEvent instanceof MouseEvent) || !activeNodeRect) return transform;
  let move = moves.get(activatorEvent);
  if (!move) {
    const x = activatorEvent.clientX - activeNodeRect.left;
    const y = activatorEvent.clientY - activeNodeRect.top;
    move = { x: x - keptInside(x, activeNodeRect.width), y: y - keptInside(y, activeNodeRect.height, PREVIEW_MIN_HEIGHT_PX) };
    moves.set(activatorEvent, move);
  }
  return { ...transform, x: transform.x + move.x, y: transform.y + move.y };
};

/** What follows the pointer during a drag: a light copy of the card being moved. */
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

/**
 * What a screen reader hears during a drag, in the workshop's words: "Run the campaign moved to
 * Outbound pipeline, position 2 of 3." The drop itself writes its own sentence (it knows whether
 * the change was accepted); the rest is derived from the board and the drop target.
 */
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Board } from '../../../shared/model';
import { activityPlace, dragLabel, resolveDrop } from './resolve';
import { asDragData, asDropData } from './types';

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this item, press Space or Enter. While moving, use the arrow keys: up and down go through the positions, ' +
    'left and right jump to the previous or next outcome. Press Space or Enter again to drop it here, or Escape to cancel.',
};

export function createAnnouncements(getBoard: () => Board | null, takeDropMessage: () => string | null): Announcements {
  return {
    onDragStart({ active }) {
      const board = getBoard();
      const drag = asDragData(active.data.current);
      if (!board || !drag) return undefined;
      const label = dragLabel(board, drag);
      if (drag.type === 'activity') return `Picked up activity ${label}, in ${activityPlace(board, drag)}.`;
      if (drag.type === 'person') return `Picked up ${label}. Drop on an outcome's owner slot to make them the owner, or on an activity to assign them.`;
      return `Picked up outcome ${label}.`;
    },
    onDragOver({ active, over }) {
      const board = getBoard();
      const drag = asDragData(active.data.current);
      if (!board || !drag) return undefined;
      const label = dragLabel(board, drag);
      const drop = asDropData(over?.data.current);
      if (!drop) return `${label} is not over a place it can be dropped.`;
      return `${label} is over ${resolveDrop(board, drag, drop).description}.`;
    },
    onDragEnd({ active }) {
      const message = takeDropMessage();
      if (message) return message;
      const board = getBoard();
      const drag = asDragData(active.data.current);
      return board && drag ? `${dragLabel(board, drag)} was dropped where it was.` : undefined;
    },
    onDragCancel({ active }) {
      const board = getBoard();
      const drag = asDragData(active.data.current);
      if (!board || !drag) return undefined;
      const label = dragLabel(board, drag);
      if (drag.type === 'activity') return `Moving ${label} was cancelled. It stays in ${activityPlace(board, drag)}.`;
      return `Moving ${label} was cancelled. Nothing changed.`;
    },
  };
}

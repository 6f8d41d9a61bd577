/**
 * What a screen reader hears during a drag, in the workshop's words: "Run the campaign moved to
 * Outbound pipeline, position 2 of 3." The board speaks through its own live region (dnd-kit only
 * notices changes of container, and drop positions inside one matter here); dnd-kit's own
 * announcements are switched off so nothing is said twice.
 */
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { create } from 'zustand';
import type { Board } from '../../../shared/model';
import { activityPlace, dragLabelInSentence, resolveDrop } from './resolve';
import type { DragData, DropData } from './types';

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this item, press Space or Enter. While moving, use the arrow keys: up and down go through the positions, ' +
    'left and right jump to the previous or next outcome. Press Space or Enter again to drop it here, or Escape to cancel.',
};

/** dnd-kit stays quiet: the board's announcer says everything (see the module comment). */
export const SILENT_ANNOUNCEMENTS: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

/**
 * `message`: what is said now; `said`: how many messages have been said, so the same words said
 * twice ("Nothing to undo." at a second Ctrl+Z) are a new node in the live region and heard again.
 */
export const useAnnouncer = create<{ readonly message: string; readonly said: number; readonly announce: (message: string) => void }>()(
  (set) => ({
    message: '',
    said: 0,
    announce: (message) => {
      set((state) => ({ message, said: state.said + 1 }));
    },
  }),
);

export const announce = (message: string): void => {
  useAnnouncer.getState().announce(message);
};

export function startMessage(board: Board, drag: DragData): string {
  const label = dragLabelInSentence(board, drag);
  if (drag.type === 'activity') return `Picked up activity ${label}, in ${activityPlace(board, drag)}.`;
  if (drag.type === 'person') return `Picked up ${label}. Drop on an outcome's owner slot to make them the owner, or on an activity to assign them.`;
  // Where it is, as an activity's pick-up says it and the outcome's moves do: "position 2 of 4".
  const position = board.outcomes.findIndex((outcome) => outcome.id === drag.outcomeId) + 1;
  return position === 0 ? `Picked up outcome ${label}.` : `Picked up outcome ${label}, position ${String(position)} of ${String(board.outcomes.length)}.`;
}

/** Said after where a keyboard drag is, at the board's end in the direction of the key pressed. */
export const NO_FURTHER = 'There is no place further that way.';

/**
 * Said after where a keyboard drag is when Tab is pressed during it: focus stays with the item.
 * Tab took focus to the next control with the drag still under way, and a space typed there (or
 * Space meant for a ⋯ menu) dropped the item and was lost.
 */
export const TAB_WHILE_MOVING = 'Tab does not leave while an item is moving: the arrow keys move it, Space or Enter drops it here, Escape cancels.';

export function overMessage(board: Board, drag: DragData, drop: DropData | null): string {
  const label = dragLabelInSentence(board, drag);
  if (!drop) return `${label} is not over a place it can be dropped.`;
  return `${label} is over ${resolveDrop(board, drag, drop).description}.`;
}

/**
 * A drop that changes nothing. An activity or an outcome is "it"; a person is not, and was
 * dropped where no person goes (the tray, a card's text) rather than "where it was".
 */
export function noDropMessage(board: Board, drag: DragData): string {
  const label = dragLabelInSentence(board, drag);
  if (drag.type === 'person') return `${label} was not dropped on an owner slot or an activity. Nothing changed.`;
  return `${label} was dropped where it was.`;
}

export function cancelMessage(board: Board, drag: DragData): string {
  const label = dragLabelInSentence(board, drag);
  if (drag.type === 'activity') return `Moving ${label} was cancelled. It stays in ${activityPlace(board, drag)}.`;
  return `Moving ${label} was cancelled. Nothing changed.`;
}

/**
 * Keyboard shortcuts for the board: undo/redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y), zoom
 * (Ctrl/Cmd + = / -, and 0 for 100 % as in a browser), F6 / Shift+F6 to the next or previous part of
 * the board (SkipLinks.tsx), Escape to leave presentation. Text fields keep their own undo (fieldUndo.ts).
 */
import { useEffect } from 'react';
import { useUiStore } from '../store/uiStore';
import { isEscape } from '../app/keys';
import { useDragState } from './dnd/dragState';
import { keepsOwnUndo } from './fieldUndo';
import { focusNextPart } from './SkipLinks';
import { stepHistory } from './undoRedo';
import { exitPresentation } from './view';

export function useBoardShortcuts(): void {
  useEffect(() => {
    // Escape during a mouse drag cancels the drag, and only that: dnd-kit's pointer sensor hears it
    // on the document, before it reaches the window here, and has ended the drag by then, so this
    // would also leave the presentation (and full screen) the facilitator is dragging on. Whether a
    // drag was on is noted on the way down, before anyone has heard the key.
    let keyDuringDrag: KeyboardEvent | null = null;
    const onKeyDownFirst = (event: KeyboardEvent) => {
      keyDuringDrag = useDragState.getState().active ? event : null;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event === keyDuringDrag || useDragState.getState().active) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && (key === 'z' || key === 'y')) {
        if (keepsOwnUndo(event.target)) return;
        event.preventDefault();
        stepHistory(key === 'y' || event.shiftKey ? 'redo' : 'undo');
        return;
      }
      if (mod && !event.altKey && (key === '=' || key === '+')) {
        event.preventDefault();
        useUiStore.getState().zoomIn();
        return;
      }
      if (mod && !event.altKey && key === '-') {
        event.preventDefault();
        useUiStore.getState().zoomOut();
        return;
      }
      if (mod && !event.altKey && key === '0') {
        event.preventDefault();
        useUiStore.getState().setZoom(1);
        return;
      }
      if (event.key === 'F6' && !mod && !event.altKey) {
        event.preventDefault();
        focusNextPart(event.shiftKey);
        return;
      }
      if (isEscape(event) && useUiStore.getState().presenting && !event.defaultPrevented) {
        void exitPresentation();
      }
    };
    window.addEventListener('keydown', onKeyDownFirst, { capture: true });
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDownFirst, { capture: true });
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}

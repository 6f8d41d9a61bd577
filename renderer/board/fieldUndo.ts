/**
 * Whose Ctrl+Z it is in a text field. A field keeps its own undo and redo, of what was typed in it
 * (useBoardShortcuts, and the desktop menu's Undo) — except a field that focus was put in by a
 * delete made here, until something is typed in it or focus leaves it. The last activity of an
 * outcome deleted from its menu leaves focus in the card's "Add an activity…" field (the last
 * person removed, in the field for a new person's name: focus.ts, placesWhenGone), and Ctrl+Z, the
 * key a person presses to take the delete back, was the field's: it had nothing of its own to take
 * back, so nothing came back and nothing was said, and Chromium's undo (the page's, not the
 * field's) undid typing in another field instead and took focus there.
 */

/** A text field (or editable content). A select has no undo of its own: Ctrl+Z there is the board's. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/** The field whose Ctrl+Z is the board's for now, if any. */
let lent: HTMLElement | null = null;

/** Lends `field`'s Ctrl+Z to the board until something is typed in it or focus leaves it. */
export function lendUndoToBoard(field: HTMLElement): void {
  lent = field;
  const end = () => {
    if (lent === field) lent = null;
    field.removeEventListener('input', end);
    field.removeEventListener('blur', end);
  };
  field.addEventListener('input', end);
  field.addEventListener('blur', end);
}

/** Whether Ctrl+Z (and redo) on `target` is a text field's own rather than the board's. */
export const keepsOwnUndo = (target: EventTarget | null): boolean => isTextEntry(target) && target !== lent;

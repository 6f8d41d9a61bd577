/**
 * A paste longer than a field has room for (its maxlength) is cut between characters as a person
 * sees them, not between the code units that write one. Chromium cut "José" (an "e" and its accent
 * written apart, as some keyboards and files do) to "Jose", and "न्द" to "न्", a half letter that
 * reads as another, keeping whatever fitted of a character: the name or title then said something
 * else, and nothing showed that it had been cut there. What fits is inserted as the browser would
 * have (one step of the field's own undo, an input event for React); a character that does not
 * fit whole is left out whole.
 *
 * Only a paste the app has not taken already (a list pasted into "Add an activity…" is several
 * items: board/listPaste.ts), and only one that would be cut: every other paste is the browser's.
 */
import { cutToUnits } from '../../shared/text';

/** What a one-line field makes of pasted text: Chromium makes each line break ("\r\n" one) a space. */
const asPastedInto = (field: HTMLInputElement | HTMLTextAreaElement, text: string): string =>
  field instanceof HTMLTextAreaElement ? text : text.replace(/\r\n|[\r\n]/gu, ' ');

function onPaste(event: ClipboardEvent): void {
  const field = event.target;
  if (event.defaultPrevented || !(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
  const { maxLength, selectionStart, selectionEnd } = field;
  if (maxLength < 0 || selectionStart === null || selectionEnd === null) return;
  const text = asPastedInto(field, event.clipboardData?.getData('text/plain') ?? '');
  const room = maxLength - (field.value.length - (selectionEnd - selectionStart));
  if (text.length <= room) return;
  event.preventDefault();
  const fits = cutToUnits(text, Math.max(0, room));
  // execCommand is deprecated but the one way to insert as typing does (the field's own undo, its
  // input event), as useMenuCommands drives a field's undo.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  if (fits !== '') field.ownerDocument.execCommand('insertText', false, fits);
}

/** Listens on `view` after the app's own handlers (the bubbling phase); returns how to stop. */
export function keepPastesWithinLimit(view: Window): () => void {
  view.addEventListener('paste', onPaste);
  return () => {
    view.removeEventListener('paste', onPaste);
  };
}

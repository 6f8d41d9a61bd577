/**
 * A quick-add field of titles: the new outcome's title, and "Add an activity…" under each outcome
 * and in the parking lot. Enter adds what is typed (with `intentOf`) and empties the field for the
 * next one; a pasted list adds one item a line (listPaste.ts, with `pasted`). What is typed and not
 * added holds the window's close, and is kept while the field is off the page (draftBack.ts); each
 * add keeps the field in sight as the new item pushes it down (inView.ts); a refusal is said in an
 * error notice, the typing left in the field.
 * An item typed and added is said in the board's live region (`said`), as a pasted list is: a
 * screen reader heard nothing but the field emptied, and did not know whether Enter had added it.
 * Sent with nothing typed, the field says what to do under it (`nothingTyped`, the field marked
 * invalid and described by it, as the board's editing forms show a refusal) until something is
 * typed or pasted: it was only said in the live region, and a sighted person pressing Enter saw
 * nothing happen. Said there once, not by the message too (no role="alert"), so that a second
 * Enter is heard again and the first is not heard twice.
 */
import { useId, useRef, useState, type ChangeEvent, type ClipboardEvent, type RefObject, type SyntheticEvent } from 'react';
import type { Intent } from '../../shared/intents';
import { LIMITS, type Board } from '../../shared/model';
import type { Pasted } from '../../shared/pastedList';
import { notify } from '../app/notices';
import { useBoardStore } from '../store/boardStore';
import { announce } from './dnd/announcements';
import { useKeptTyping, useUnsavedTyping } from './draftBack';
import { useKeptInSight } from './inView';
import { useListPaste, type ListPaste, type PasteBatch } from './listPaste';

/**
 * Said when a quick-add form is sent with its field empty: Enter, and the form's button where it has
 * one (its name): "then press Enter" alone told a person who had clicked "Add outcome" to use a key
 * they had not.
 */
export const nothingTypedMessage = (button?: string): string => `Type a title first, then press Enter${button === undefined ? '' : ` or ${button}`}.`;

export interface QuickAddTitle {
  /** The form's submit handler. */
  readonly onSubmit: (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => void;
  /** The title field's value, limit and handlers, spread onto it (`<input {...field} />`). */
  readonly field: ListPaste & {
    readonly ref: RefObject<HTMLInputElement | null>;
    readonly value: string;
    readonly maxLength: number;
    readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    readonly 'aria-invalid'?: true;
    readonly 'aria-describedby'?: string;
  };
  /** The form was sent with nothing typed, and nothing has been typed since: shown under the field (QuickAddProblem). */
  readonly nothingTyped: { readonly id: string; readonly message: string } | null;
}

export function useQuickAddTitle(
  /** Which field on the board: its typing is kept under this name while it is off the page (useKeptTyping). */
  fieldName: string,
  intentOf: (title: string) => Intent,
  pasted: (text: string, board: Board) => Pasted<PasteBatch>,
  said: (title: string, board: Board) => string,
  /** The name of the form's button that sends it, if it has one beside Enter. */
  button?: string,
): QuickAddTitle {
  const dispatch = useBoardStore((s) => s.dispatch);
  const [title, setTitle] = useKeptTyping(fieldName);
  // A title typed and not added: closing the window asks first.
  useUnsavedTyping(title.trim() !== '');
  // Each item added is shown above the field, which pushes it down.
  const ref = useRef<HTMLInputElement>(null);
  const added = useKeptInSight(ref);
  const { typedAdded, ...paste } = useListPaste(pasted, added);
  const [sentEmpty, setSentEmpty] = useState(false);
  const problemId = useId();
  return {
    onSubmit: (event) => {
      event.preventDefault();
      if (title.trim() === '') {
        // "Add outcome" pressed with nothing typed did nothing, and said nothing: the field, where
        // the title goes, takes focus, and a screen reader hears what to do.
        ref.current?.focus();
        setSentEmpty(true);
        announce(nothingTypedMessage(button));
        return;
      }
      const result = dispatch(intentOf(title));
      if (result.ok) {
        added();
        typedAdded();
        setTitle('');
        // Ready for the next one, as "Add person" is: pressed with the mouse, "Add outcome" kept
        // focus, and the next title a facilitator typed while the room talked went nowhere.
        ref.current?.focus();
        const { load } = useBoardStore.getState();
        if (load.status === 'ready') announce(said(title.trim(), load.board));
      } else notify(result.error.message, { tone: 'error' });
    },
    field: {
      ref,
      value: title,
      maxLength: LIMITS.titleLength,
      onChange: (event) => {
        setTitle(event.target.value);
        setSentEmpty(false);
      },
      ...paste,
      onPaste: (event: ClipboardEvent<HTMLInputElement>) => {
        setSentEmpty(false);
        paste.onPaste(event);
      },
      ...(sentEmpty ? { 'aria-invalid': true, 'aria-describedby': problemId } : {}),
    },
    nothingTyped: sentEmpty ? { id: problemId, message: nothingTypedMessage(button) } : null,
  };
}

/**
 * A list pasted into a quick-add field ("Add an activity…", the new outcome's title, the new
 * person's name) adds one item per line, as one change: one Undo takes the whole paste back, from
 * the toolbar, the notice, or Ctrl/Cmd+Z in the very field (which otherwise keeps its own text
 * undo, and had nothing to undo: the paste never reached it). One line pastes into the field as
 * ever. What each field makes of the lines is its own (shared/pastedList reads them). An item typed
 * and added with Enter is taken back by Ctrl/Cmd+Z in the field the same way: the field, emptied by
 * the add, had nothing of its own to undo either, and an activity typed into the wrong outcome
 * stayed there while Ctrl+Z did nothing at all.
 */
import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Intent } from '../../shared/intents';
import type { Board } from '../../shared/model';
import { pastedTitles, type LeftOut, type Pasted } from '../../shared/pastedList';
import { counted, isolatedInSentence, listInSentence } from '../../shared/text';
import { notify } from '../app/notices';
import { notifyUndoable, sameState, useBoardStore } from '../store/boardStore';
import { announce } from './dnd/announcements';
import { stepHistory } from './undoRedo';
import { notifyInitials } from './initialsNotice';

export interface PasteBatch {
  /** Empty when nothing is left to add (every name pasted is on the board already). */
  readonly intents: readonly Intent[];
  /** What the notice says: "Added 7 activities to Outbound pipeline." */
  readonly notice: string;
  /** What a screen reader hears: the notice, and what was added. */
  readonly spoken: string;
}

/** How many of the items added a screen reader hears named, before "and 12 more". */
const NAMED_SPOKEN = 10;

/**
 * The notice ("Added 3 activities to Outbound pipeline.") and what a screen reader hears: the same,
 * naming what was added ("Added 3 activities to Outbound pipeline: Call the leads; …").
 */
export function addedSentences(added: string, names: readonly string[], more = ''): Pick<PasteBatch, 'notice' | 'spoken'> {
  const after = more === '' ? '' : ` ${more}`;
  const notice = `${added}.${after}`;
  if (names.length === 0) return { notice, spoken: notice };
  const named = names.slice(0, NAMED_SPOKEN).map(isolatedInSentence).join('; ');
  const others = names.length > NAMED_SPOKEN ? `; and ${names.length - NAMED_SPOKEN} more` : '';
  return { notice, spoken: `${added}: ${named}${others}.${after}` };
}

/** What a notice says of the names a pasted list left out (shared/pastedList's LeftOut), each reason that holds. */
export function leftOutSentences({ onBoard, repeated }: Omit<LeftOut<unknown>, 'kept'>): string[] {
  return [
    onBoard.length > 0 ? `Already on the board, so left out: ${listInSentence(onBoard)}.` : '',
    repeated.length > 0 ? `Named twice in the list, so added once: ${listInSentence(repeated)}.` : '',
  ].filter(Boolean);
}

/**
 * A pasted list of titles (activities or outcomes), one item a line, each made by `intentOf`;
 * the notice says "Added 7 <many>" and then `where` (" to Outbound pipeline"), if anything.
 */
export function titlesPasted(text: string, intentOf: (title: string) => Intent, [one, many]: readonly [string, string], where = ''): Pasted<PasteBatch> {
  const titles = pastedTitles(text);
  if (!titles?.ok) return titles;
  const intents = titles.value.map(intentOf);
  return { ok: true, value: { intents, ...addedSentences(`Added ${counted(intents.length, one, many)}${where}`, titles.value) } };
}

/** The field's handlers, spread onto it (`<input {...paste} />`). */
export interface ListPaste {
  readonly onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** The field was typed in: its Ctrl/Cmd+Z is its own again. */
  readonly onInput: () => void;
}

/**
 * The paste handlers of one field, and `typedAdded`, to call when an item typed into it was added
 * (the field emptied). `batchOf` reads the pasted text against the board shown: null for one line
 * (the field takes it), a refusal (too long a list), or what to add.
 */
export function useListPaste(batchOf: (text: string, board: Board) => Pasted<PasteBatch>, onAdded?: () => void): ListPaste & { readonly typedAdded: () => void } {
  // The board the last paste (or typed add) made, and the field's text then: while both are
  // unchanged (the board in that state, if undone and redone since: sameState), Ctrl/Cmd+Z in the
  // field takes that add back, and nothing later.
  const pasted = useRef<{ readonly board: Board; readonly value: string } | null>(null);
  const remember = (value: string) => {
    const after = useBoardStore.getState().load;
    pasted.current = after.status === 'ready' ? { board: after.board, value } : null;
  };
  return {
    typedAdded: () => {
      remember('');
    },
    onPaste: (event) => {
      const { load, dispatchAll } = useBoardStore.getState();
      if (load.status !== 'ready') return;
      const batch = batchOf(event.clipboardData.getData('text/plain'), load.board);
      if (batch === null) return;
      // Focus stays in the field (nothing here moves it): the next paste or title goes there too.
      event.preventDefault();
      const tell = (message: string, tone: 'info' | 'error') => {
        announce(message);
        notify(message, { tone, said: true });
      };
      if (!batch.ok) {
        tell(batch.message, 'error');
        return;
      }
      const { intents, notice, spoken } = batch.value;
      if (intents.length === 0) {
        tell(notice, 'info');
        return;
      }
      const result = dispatchAll(intents);
      if (!result.ok) {
        tell(result.error.message, 'error');
        return;
      }
      // Said in full by the announcer: the notice's shorter words are shown, not said as well.
      announce(spoken);
      notifyUndoable(notice, undefined, true);
      // People pasted whose initials are someone's: the chips changed, or still read alike.
      notifyInitials(result.effects);
      remember(event.currentTarget.value);
      onAdded?.();
    },
    onKeyDown: (event) => {
      const last = pasted.current;
      if (!last || event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      pasted.current = null;
      const { load } = useBoardStore.getState();
      if (load.status !== 'ready' || !sameState(load.board, last.board) || event.currentTarget.value !== last.value) return;
      event.preventDefault();
      stepHistory('undo');
    },
    onInput: () => {
      pasted.current = null;
    },
  };
}

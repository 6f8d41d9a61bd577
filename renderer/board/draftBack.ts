/**
 * An editor closed by Escape or Cancel closes at once, as asked, but what was typed in it was gone
 * without a word: Escape meant to leave the Notes box threw away a metric, a target and a current
 * value. Now, when the draft differs from what is saved, a notice says so, with "Bring them back":
 * the editor opens again with the draft as it was, the caret where it was (or in the first changed
 * field). The button is the notice's own (app/notices.ts), offered while the board is as it was.
 *
 * An editor open with such typing holds the page (useDraftEditor): closing the window or reloading
 * asks first (app/unloadGuard.ts), as for a save that failed; the toolbar's "Saved" is about the board,
 * not the fields. Taken away unsaved — the board left for the library, the outcome removed elsewhere —
 * the editor says so as Escape does, with the same way back.
 *
 * The library's Rename of a board card does the same there; its button is offered on the library
 * while that card's Rename is on it (app/notices.ts OnTheLibrary), not tied to the open board.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { notify, useNotices } from '../app/notices';
import { notifyWithAction, useBoardStore } from '../store/boardStore';
import { revealSlot } from './windowing';
import { scrollIntoViewNearest } from './inView';

/** The field that had focus, by its name in the form, and its selection if it holds text. */
export interface Caret {
  readonly field: string;
  readonly selection?: readonly [start: number, end: number];
}

/** An editor's fields as they were when it closed, and where to put the caret when it opens again. */
export interface KeptDraft<Draft> {
  /** Each one new: the editor opens afresh with it even if one is open already. */
  readonly id: number;
  readonly draft: Draft;
  /**
   * The fields as the editor had opened with them: what the draft changed is what differs from
   * these, not from what is stored now (another window's change, or an undo, since then is not the
   * person's, and Save must not write it back).
   */
  readonly opened: Draft;
  readonly caret: Caret;
}

/** The Rename of a board's card on the library, by the board's id. */
export type LibraryEditorKey = `library:${string}`;

/**
 * Which editor: the board's title and purpose, one outcome's, the one in a ⋯ popover of a person
 * or an activity (Popover.tsx opens the popover again with it), or a board card's Rename on the library.
 */
export type EditorKey = 'board-title' | `outcome:${string}` | `person:${string}` | `activity:${string}` | LibraryEditorKey;

const isLibraryEditor = (editor: EditorKey): editor is LibraryEditorKey => editor.startsWith('library:');

type Reopen = (kept: KeptDraft<never>) => void;
/** The editors on the page that can be opened again, each by the component that holds its state. */
const reopeners = new Map<EditorKey, Reopen>();
/**
 * Drafts brought back to an editor not on the page: on a big board, a row scrolled far away is not
 * mounted (windowing.ts), and with it the ⋯ menu of its person or activity. "Bring them back"
 * mounts the row, and the editor takes its draft as it registers.
 */
const waiting = new Map<EditorKey, KeptDraft<never>>();
let nextId = 1;
/** Told when an editor comes to the page or goes: the library's notices offer their button by it. */
const watchers = new Set<() => void>();
const reopenersChanged = () => {
  for (const watcher of watchers) watcher();
};

/** Opens the `editor` (if any) with a kept draft when its notice's "Bring them back" is pressed. */
export function useReopenable<Draft>(editor: EditorKey | undefined, reopen: (kept: KeptDraft<Draft>) => void): void {
  useEffect(() => {
    if (editor === undefined) return;
    const entry: Reopen = reopen;
    reopeners.set(editor, entry);
    reopenersChanged();
    const kept = waiting.get(editor);
    if (kept) {
      waiting.delete(editor);
      entry(kept);
    }
    return () => {
      if (reopeners.get(editor) !== entry) return;
      reopeners.delete(editor);
      reopenersChanged();
    };
  }, [editor, reopen]);
}

const watchReopeners = (watcher: () => void) => {
  watchers.add(watcher);
  return () => {
    watchers.delete(watcher);
  };
};

/** Whether `editor` (if any) is on the page to be opened again, kept up to date as it comes and goes. */
export function useCanReopen(editor: EditorKey | undefined): boolean {
  return useSyncExternalStore(watchReopeners, () => editor !== undefined && reopeners.has(editor));
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const isField = (element: Element): element is Field =>
  (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) && element.name !== '';
/** A text box's or text area's caret; a checkbox or a select has none (null). */
const textField = (field: Field) => (field instanceof HTMLSelectElement ? null : field);

/**
 * The caret to bring back in `form`: in the field that has focus, with its selection (Escape
 * pressed in it), else in the first of the `changed` fields, in the form's order (Cancel pressed).
 */
function caretIn(form: HTMLFormElement, changed: readonly string[]): Caret {
  const fields = Array.from(form.elements).filter(isField);
  const focused = fields.find((field) => field === document.activeElement);
  if (!focused) return { field: fields.find((field) => changed.includes(field.name))?.name ?? changed[0] ?? '' };
  const start = textField(focused)?.selectionStart ?? null;
  const end = textField(focused)?.selectionEnd ?? null;
  return start === null || end === null ? { field: focused.name } : { field: focused.name, selection: [start, end] };
}

/**
 * Puts the caret in `form` where `caret` says: focus, and the selection it had. The form is brought
 * whole into sight where it fits (its Save too: at 1280 × 800 an outcome's editor opened on its
 * title left Save 40 px below the window, and the page did not move), its field in any case.
 */
function placeCaret(form: HTMLFormElement, caret: Caret): void {
  const field = form.elements.namedItem(caret.field);
  if (!(field instanceof HTMLElement)) return;
  field.focus({ preventScroll: true });
  scrollIntoViewNearest(form);
  scrollIntoViewNearest(field);
  if (caret.selection && (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && field.selectionStart !== null) field.setSelectionRange(...caret.selection);
}

/** Whether the outcome, person or activity `editor` edits is not on the open board (any more). */
function itemGone(editor: EditorKey): boolean {
  const { load } = useBoardStore.getState();
  if (load.status !== 'ready') return false;
  const { board } = load;
  const [kind] = editor.split(':', 1);
  const id = editor.slice(`${kind ?? ''}:`.length);
  const items = kind === 'outcome' ? board.outcomes : kind === 'person' ? board.people : kind === 'activity' ? board.activities : null;
  return items !== null && !items.some((item) => item.id === id);
}

/** The "Bring them back" of each editor's last dropped draft, withdrawn when that editor opens afresh. */
const offered = new Map<EditorKey, () => void>();

/**
 * Says that the draft of `editor` was not saved ("Your changes to “Hiring plan” were not saved."),
 * with "Bring them back". `what` is already in sentence form (names isolated).
 */
function notifyDraftDropped({ what, editor, boardId, draft, opened, caret }: DroppedDraft): void {
  // Taken away because another board was opened (an import): its way back would open the editor,
  // and its Save write, on that other board.
  const { load } = useBoardStore.getState();
  if (!isLibraryEditor(editor) && load.status === 'ready' && boardId !== null && load.board.id !== boardId) {
    notify(`Your changes to ${what} were not saved: another board was opened.`, { tone: 'error' });
    return;
  }
  // Taken away because its item is gone (deleted in another window): there is nothing to bring the
  // editor back to, and a button offering it would fail only once pressed. Said so at once instead.
  if (itemGone(editor)) {
    notify(`Your changes to ${what} were not saved: it is no longer on this board.`, { tone: 'error' });
    return;
  }
  const kept = { id: nextId++, draft, opened, caret } as KeptDraft<never>;
  const run = () => {
    if (offered.get(editor) === run) offered.delete(editor);
    // As the editor registered under this key takes it: the same editor wrote the draft.
    const reopen = reopeners.get(editor);
    if (reopen) {
      reopen(kept);
      return;
    }
    waiting.set(editor, kept);
    const { load } = useBoardStore.getState();
    if (load.status === 'ready') revealSlot(load.board, editor);
    // Not there even so (the person or activity is gone): said, not dropped without a word.
    setTimeout(() => {
      if (waiting.get(editor) !== kept) return;
      waiting.delete(editor);
      notify(`Your changes to ${what} could not be brought back: it is no longer on this board.`, { tone: 'error' });
    });
  };
  offered.set(editor, run);
  const message = `Your changes to ${what} were not saved.`;
  const label = 'Bring them back';
  // The library's Rename belongs to the library, not to the board open behind it.
  if (isLibraryEditor(editor)) notify(message, { action: { label, offeredWhile: { screen: 'library', editor }, run } });
  else notifyWithAction(message, label, run);
}

/**
 * An editor opened afresh (not brought back): an older draft of it brought back now would replace
 * what is being typed in it, so its notice's button goes.
 */
function useWithdrawDropped(editor: EditorKey, brought: boolean): void {
  useEffect(() => {
    if (brought) return;
    waiting.delete(editor);
    const run = offered.get(editor);
    if (!run) return;
    offered.delete(editor);
    const { notices, dismiss } = useNotices.getState();
    for (const notice of notices) if (notice.action?.run === run) dismiss(notice.id);
  }, [editor, brought]);
}

/** An editor's typing not saved, as notifyDraftDropped says it: computed as the editor is taken away. */
interface DroppedDraft {
  readonly what: string;
  readonly editor: EditorKey;
  /** The board open as the editor was last drawn (null: none, or the library's Rename). */
  readonly boardId: string | null;
  readonly draft: unknown;
  readonly opened: unknown;
  readonly caret: Caret;
}

/** The open editors and fields whose typing differs from what is saved. */
const unsaved = new Set<symbol>();

/** Whether something typed on the page is not saved: leaving asks first (app/unloadGuard.ts). */
export const holdsUnsavedTyping = (): boolean => unsaved.size > 0;

/**
 * Holds the page while `differs`: what is typed in this field (a quick-add field) is not saved.
 * One layout effect: the large board's first render has a quick-add field in each of 60 cards.
 */
export function useUnsavedTyping(differs: boolean): void {
  const [token] = useState(() => Symbol('unsaved typing'));
  useLayoutEffect(() => {
    if (!differs) return;
    unsaved.add(token);
    return () => {
      unsaved.delete(token);
    };
  }, [differs, token]);
}

/** The quick-add fields' typing, by board and field: see useKeptTyping. */
const keptTyping = new Map<string, string>();

/**
 * A quick-add field's text ("Add an activity…", the new outcome's title, a new person's name and
 * role), kept by board and `field` when the field leaves the page — the board left for the library,
 * a far card's field on a big board — and there again when it comes back. It was gone without a
 * word: the editors say so, with "Bring them back"; these fields, typed into in passing, keep it.
 * The board is the one shown as the field mounts (the board screen is drawn anew for each board).
 */
export function useKeptTyping(field: string): readonly [string, (text: string) => void] {
  const [key] = useState(() => {
    const { load } = useBoardStore.getState();
    return `${load.status === 'ready' ? load.board.id : ''}\n${field}`;
  });
  const [text, setText] = useState(() => keptTyping.get(key) ?? '');
  const keep = useCallback(
    (next: string) => {
      setText(next);
      if (next === '') keptTyping.delete(key);
      else keptTyping.set(key, next);
    },
    [key],
  );
  return [text, keep];
}

/**
 * An editor's useUnsavedTyping: holds the page while `differs`, and an editor removed from the page
 * while it differs (not closed by Save, Cancel or Escape: call the returned `settle` as they close
 * it) says so, as notifyDraftDropped, with "Bring them back". `takenAway` runs as the editor goes,
 * its form and focus still on the page, for the caret.
 */
function useTypingWithWayBack(differs: boolean, takenAway: () => DroppedDraft): () => void {
  const [token] = useState(() => Symbol('unsaved typing'));
  const settled = useRef(false);
  const latest = useRef(takenAway);
  useLayoutEffect(() => {
    latest.current = takenAway;
  });
  // Unmounted, this cleanup runs before the one below (in their order): that one tells a removal
  // from `differs` changing. React's StrictMode unmounts and mounts once more on the first mount:
  // so the notice waits a microtask, and is not said if the editor came back.
  const mounted = useRef(true);
  useLayoutEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useLayoutEffect(() => {
    if (!differs) return;
    unsaved.add(token);
    return () => {
      unsaved.delete(token);
      const dropped = !mounted.current && !settled.current ? latest.current() : undefined;
      if (!dropped) return;
      queueMicrotask(() => {
        if (!mounted.current) notifyDraftDropped(dropped);
      });
    };
  }, [differs, token]);
  return useCallback(() => {
    settled.current = true;
  }, []);
}

/** What an editor with a way back keeps (useDraftEditor). */
export interface DraftEditor<Draft> {
  /** The fields as the editor opened (brought back: as it first opened). */
  readonly opened: Draft;
  readonly draft: Draft;
  readonly update: (patch: Partial<Draft>) => void;
  /** The fields typed in since it opened: what Save writes, and what would be lost. */
  readonly changed: readonly (keyof Draft & string)[];
  /** Those fields with what was typed in them: the patch Save writes (a field left as it opened, changed meanwhile elsewhere, keeps that change). */
  readonly typed: Partial<Draft>;
  /** The editor's form: where the caret is put, and read from as it closes. */
  readonly form: RefObject<HTMLFormElement | null>;
  /** Closed by Save, or by a removal that has its own Undo: nothing to say. */
  readonly settle: () => void;
  /** Closed by Escape or Cancel: what was typed is said not saved, with "Bring them back". */
  readonly cancel: () => void;
}

/**
 * An editor whose typing is never dropped without a word: the outcome editor, the board's title
 * form, the editors in a person's and an activity's ⋯ menu. Only the fields that differ from what
 * it opened with count as typed here: Save writes those alone, so a change made meanwhile elsewhere
 * (another window, an undo) to a field left as it was stays. Closed by `cancel`, or taken away with
 * such typing (the board left, a popover closed by a click outside), it says they were not saved,
 * with "Bring them back" (`editor` is what opens again; `what` names it in the sentence, names
 * isolated). `fresh` gives the fields to open with; `caret` where focus goes on opening (brought
 * back: where it was).
 */
export function useDraftEditor<Draft extends object>({
  editor,
  what,
  kept,
  fresh,
  caret,
}: {
  readonly editor: EditorKey;
  readonly what: string;
  readonly kept: KeptDraft<Draft> | undefined;
  readonly fresh: () => Draft;
  readonly caret?: () => Caret;
}): DraftEditor<Draft> {
  const [opened] = useState<Draft>(() => kept?.opened ?? fresh());
  useWithdrawDropped(editor, kept !== undefined);
  const [draft, setDraft] = useState<Draft>(() => kept?.draft ?? opened);
  const form = useRef<HTMLFormElement>(null);
  const [first] = useState(() => kept?.caret ?? caret?.());
  useLayoutEffect(() => {
    if (first && form.current) placeCaret(form.current, first);
  }, [first]);
  const boardId = useBoardStore((s) => (s.load.status === 'ready' ? s.load.board.id : null));
  const changed = (Object.keys(opened) as (keyof Draft & string)[]).filter((field) => draft[field] !== opened[field]);
  const dropped = (): DroppedDraft => ({ what, editor, boardId, draft, opened, caret: form.current ? caretIn(form.current, changed) : { field: changed[0] ?? '' } });
  const settle = useTypingWithWayBack(changed.length > 0, dropped);
  const update = useCallback((patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  }, []);
  const cancel = () => {
    if (changed.length > 0) notifyDraftDropped(dropped());
    settle();
  };
  const typed = Object.fromEntries(changed.map((field) => [field, draft[field]])) as Partial<Draft>;
  return { opened, draft, update, changed, typed, form, settle, cancel };
}

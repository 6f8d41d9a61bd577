/**
 * The board's title and purpose in its header, and the way to change them on the board. A blank
 * board starts as "Untitled board" with no purpose: the title could be changed only from the
 * library's Rename, and the purpose — on the PDF's cover — nowhere at all.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { LIMITS, UNTITLED_BOARD, type Board } from '../../shared/model';
import { useBoardStore } from '../store/boardStore';
import { useCloseToOpener } from '../app/useCloseToOpener';
import { useDraftEditor, type KeptDraft } from './draftBack';
import { FormFooter } from './FormFooter';

/** The form's fields as typed; each field's name in the form is its key here. */
export interface TitleDraft {
  readonly title: string;
  readonly purpose: string;
}

/** The form open: afresh, or with a draft brought back from the notice that said it was not saved. */
export interface TitleEditing {
  readonly kept?: KeptDraft<TitleDraft>;
}

/** What the header's button that opens the form says: a blank board has no purpose yet. */
export const editTitleLabel = (board: Board): string => (board.purpose ? 'Edit title and purpose' : 'Edit title, add a purpose');

/**
 * The title, the purpose, and the form to change them while `editing`. The button that opens it
 * sits with the header's other buttons (BoardScreen.tsx), so the header is no taller for it: a line
 * of its own under the title pushed the first cards' activities off a 1280 × 720 screen.
 */
export function BoardTitle({
  board,
  editing,
  onDone,
  opener,
}: {
  readonly board: Board;
  readonly editing: TitleEditing | null;
  readonly onDone: () => void;
  readonly opener: RefObject<HTMLButtonElement | null>;
}) {
  // Closed by Save, Cancel or Escape: focus goes back to the button (the field it had is gone).
  const close = useCloseToOpener(editing !== null, onDone, opener);
  return (
    <div className="board-header__titles">
      <p className="board-header__app">Ownership Board</p>
      {/* Focusable from script: a new screen hands focus to its heading (app/App.tsx). */}
      <h1 className="board-header__title" tabIndex={-1}>
        {board.title}
      </h1>
      {board.purpose && <BoardPurpose purpose={board.purpose} />}
      {editing && <BoardTitleForm key={editing.kept?.id ?? 0} board={board} kept={editing.kept} onDone={close} />}
    </div>
  );
}

/**
 * The purpose under the title: several lines, as typed, in their own direction (as on the PDF's
 * cover), at most three of them until "Show the whole purpose". A purpose may be 5,000 characters:
 * printed in full it took 470 px of a 1080 px wall, and the board began below the fold, in Present
 * too. Clamped, the whole text is still there for a screen reader and for Find in page; the
 * button, in Present too, shows it to the eye. It is offered only when the text is cut: a
 * ResizeObserver (one, on this paragraph) measures again when the width changes the lines.
 */
function BoardPurpose({ purpose }: { readonly purpose: string }) {
  const [expanded, setExpanded] = useState(false);
  const [cut, setCut] = useState(false);
  const paragraph = useRef<HTMLParagraphElement>(null);
  const id = useId();
  useEffect(() => {
    const element = paragraph.current;
    // Shown whole, it is not cut: the button stays, to clamp it again.
    if (expanded || !element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      setCut(element.scrollHeight > element.clientHeight + 1);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [expanded, purpose]);
  return (
    <>
      <p ref={paragraph} id={id} className={expanded ? 'board-header__purpose' : 'board-header__purpose board-header__purpose--clamped'} dir="auto">
        {purpose}
      </p>
      {(cut || expanded) && (
        <button
          type="button"
          className="link-button board-header__more"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => {
            setExpanded(!expanded);
          }}
        >
          {expanded ? 'Show less of the purpose' : 'Show the whole purpose'}
        </button>
      )}
    </>
  );
}

function BoardTitleForm({ board, kept, onDone }: { readonly board: Board; readonly kept: KeptDraft<TitleDraft> | undefined; readonly onDone: () => void }) {
  const dispatch = useBoardStore((s) => s.dispatch);
  // Only what was typed here is saved or said to be lost (not a change made meanwhile elsewhere).
  // Closing the window asks first while they differ; the form taken away (the board left for the
  // library) says they were not saved. Opened afresh, focus is in the title: a blank board's
  // "Untitled board" selected, so that what is typed replaces it (it went on after it: "Untitled
  // boardLeadership workshop"), a real title with the caret at its end.
  const editor = useDraftEditor<TitleDraft>({
    editor: 'board-title',
    what: 'the board’s title and purpose',
    kept,
    fresh: () => ({ title: board.title, purpose: board.purpose }),
    caret: () => (board.title === UNTITLED_BOARD ? { field: 'title', selection: [0, board.title.length] } : { field: 'title' }),
  });
  const { draft, update, changed, form } = editor;
  const { title, purpose } = draft;
  const done = () => {
    editor.settle();
    onDone();
  };
  // Closes at once, as asked; a title or purpose typed and not saved is said to be lost, with a way back.
  const cancel = () => {
    editor.cancel();
    onDone();
  };
  // Why the last Save was refused (an empty title): shown under the form until the next try.
  const [problem, setProblem] = useState<{ readonly field: string | undefined; readonly message: string } | null>(null);
  const problemId = useId();
  const titleInput = useRef<HTMLInputElement>(null);
  const invalid = (field: string) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': problemId } : {});
  return (
    <form
      ref={form}
      className="board-title-form editing-chrome"
      aria-label="Board title and purpose"
      onSubmit={(event) => {
        event.preventDefault();
        if (changed.length === 0) {
          onDone();
          return;
        }
        const result = dispatch({ type: 'board/edit', patch: editor.typed });
        if (result.ok) {
          done();
          return;
        }
        // Refused: the form stays open with what was typed, and says why.
        setProblem({ field: result.error.field, message: result.error.message });
        if (result.error.field === 'title') titleInput.current?.focus();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          cancel();
        }
      }}
    >
      <label className="field">
        <span>Title</span>
        <input ref={titleInput} name="title" value={title} maxLength={LIMITS.titleLength} {...invalid('title')} onChange={(e) => { update({ title: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Purpose (why this workshop, shown under the title and on the PDF’s cover)</span>
        <textarea
          name="purpose"
          value={purpose}
          maxLength={LIMITS.notesLength}
          rows={2}
          placeholder="e.g. Agree who owns each result we need this quarter"
          {...invalid('purpose')}
          onChange={(e) => { update({ purpose: e.target.value }); }}
        />
      </label>
      <FormFooter errorId={problemId} error={problem?.message ?? null} buttonsClassName="board-title-form__buttons" onCancel={cancel} />
    </form>
  );
}

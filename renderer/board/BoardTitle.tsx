/**
 * The board's title and purpose in its header, and the way to change them on the board. A blank
 * board starts as "Untitled board" with no purpose: the title could be changed only from the
 * library's Rename, and the purpose — on the PDF's cover — nowhere at all.
 */
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { LIMITS, UNTITLED_BOARD, type Board } from '../../shared/model';
import { withoutBlankEdges } from '../../shared/text';
import { useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { useCloseToOpener } from '../app/useCloseToOpener';
import { isEscape, submitOnModEnter } from '../app/keys';
import { useDraftEditor, type KeptDraft } from './draftBack';
import { useDragState } from './dnd/dragState';
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

/**
 * The purpose as the header shows it: without the blank lines before it or the line breaks after
 * it, which a board stored before the app took them off when saving (shared/commands) still holds,
 * an empty line under the title.
 */
const shownPurpose = (board: Board): string => withoutBlankEdges(board.purpose);

/** What the header's button that opens the form says: a blank board has no purpose yet. */
export const editTitleLabel = (board: Board): string => (shownPurpose(board) ? 'Edit title and purpose' : 'Edit title, add a purpose');

/**
 * The title, the purpose, and the form to change them while `editing`. The button that opens it
 * sits with the header's other buttons (BoardScreen.tsx), so the header is no taller for it: a line
 * of its own under the title pushed the first cards' activities off a 1280 × 720 screen.
 *
 * `afterTitle`, in Present, is "Skip to" (fixed to the window's top) and the way out (placed in
 * the head's layout by board.css, wherever it is here): the first Tab after Present, which leaves
 * focus on the title, reaches them before the button that shows the whole purpose.
 */
export function BoardTitle({
  board,
  editing,
  onDone,
  opener,
  afterTitle,
}: {
  readonly board: Board;
  readonly editing: TitleEditing | null;
  readonly onDone: () => void;
  readonly opener: RefObject<HTMLButtonElement | null>;
  readonly afterTitle?: ReactNode;
}) {
  // Closed by Save, Cancel or Escape: focus goes back to the button (the field it had is gone).
  const close = useCloseToOpener(editing !== null, onDone, opener);
  const presenting = useUiStore((s) => s.presenting);
  return (
    <div className="board-header__titles">
      <p className="board-header__app">Ownership Board</p>
      <BoardHeading title={board.title} purpose={shownPurpose(board)} presenting={presenting} afterTitle={afterTitle} />
      {editing && <BoardTitleForm key={editing.kept?.id ?? 0} board={board} kept={editing.kept} onDone={close} />}
    </div>
  );
}

/** Whether an element's text is cut: more lines than it shows, or a line longer than its width. */
const isCut = (element: HTMLElement, sideways: boolean): boolean =>
  element.scrollHeight > element.clientHeight + 1 || (sideways && element.scrollWidth > element.clientWidth + 1);

/**
 * What the button that shows the whole head says, by what is cut; and once it is all shown. In
 * Present "Show the " is said but not shown ("Whole purpose", board.css): "Show the whole title and
 * purpose" left the purpose's line, beside the score at 1024 px or the way out wider, a word and "…".
 */
function ShowAllLabel({ titleCut, purposeCut, expanded, presenting }: { readonly titleCut: boolean; readonly purposeCut: boolean; readonly expanded: boolean; readonly presenting: boolean }) {
  const what = titleCut && purposeCut ? 'title and purpose' : titleCut ? 'title' : 'purpose';
  if (expanded) return `Show less of the ${what}`;
  return (
    <>
      <span className={presenting ? 'visually-hidden' : undefined}>Show the </span>
      <span className="board-header__more-what">whole {what}</span>
    </>
  );
}

/**
 * The title and the purpose under it: several lines, as typed, in their own direction (as on the
 * PDF's cover), at most three of them until "Show the whole purpose". A purpose may be 5,000
 * characters: printed in full it took 470 px of a 1080 px wall, and the board began below the
 * fold, in Present too. Clamped, the whole text is still there for a screen reader and for Find in
 * page; the button shows it to the eye. It is offered only when the text is cut: a ResizeObserver
 * (one, on each) measures again when the width changes the lines.
 *
 * In Present the head is a line of title and a line of purpose (board.css): the room is there to
 * see the outcomes, and at 1366 × 768 the title, its label and three lines of the sample's purpose
 * took 212 of the 768 px, the second row of cards far below the screen. A title or purpose longer
 * than its line ends in "…", and the same button shows all of both.
 */
function BoardHeading({
  title,
  purpose,
  presenting,
  afterTitle,
}: {
  readonly title: string;
  readonly purpose: string;
  readonly presenting: boolean;
  readonly afterTitle: ReactNode;
}) {
  const [expanded, setExpanded] = useState(false);
  // Present starts with the head a line of each, and so does the desk after it: the whole purpose
  // read at the desk (5,000 characters, say) came up on the wall as it was, the board below it.
  const [expandedFor, setExpandedFor] = useState(presenting);
  if (expandedFor !== presenting) {
    setExpandedFor(presenting);
    setExpanded(false);
  }
  const [titleCut, setTitleCut] = useState(false);
  const [purposeCut, setPurposeCut] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const paragraph = useRef<HTMLParagraphElement>(null);
  const titleId = useId();
  const purposeId = useId();
  useEffect(() => {
    // Shown whole, nothing is cut: the button stays, to shorten it again.
    if (expanded || typeof ResizeObserver === 'undefined') return undefined;
    const watched: [HTMLElement | null, (cut: boolean) => void][] = [
      // Outside Present the title wraps: never cut (a long word sticking out is not "cut"), and not
      // watched (no observer for it on the board's first screen).
      [presenting ? heading.current : null, setTitleCut],
      [paragraph.current, setPurposeCut],
    ];
    const observers = watched.flatMap(([element, set]) => {
      if (!element) {
        set(false);
        return [];
      }
      const observer = new ResizeObserver(() => {
        set(isCut(element, presenting));
      });
      observer.observe(element);
      return [observer];
    });
    return () => {
      for (const observer of observers) observer.disconnect();
    };
  }, [expanded, title, purpose, presenting]);
  // In Present, Escape puts the whole title and purpose back to a line each before it leaves the
  // presentation: the innermost thing open goes first. It left the wall at once, the whole purpose
  // still open at the desk. Heard on the document, before the board's shortcuts on the window (not
  // during a drag, which Escape cancels, nor where a menu or dialog took the key first).
  useEffect(() => {
    if (!presenting || !expanded) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isEscape(event) || event.defaultPrevented || useDragState.getState().active) return;
      event.preventDefault();
      setExpanded(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [presenting, expanded]);
  const classes = (base: string) => `${base}${expanded ? '' : ` ${base}--clamped`}`;
  return (
    <>
      {/* Focusable from script: a new screen hands focus to its heading (app/App.tsx). */}
      <h1 ref={heading} id={titleId} className={classes('board-header__title')} tabIndex={-1} dir="auto">
        {title}
      </h1>
      {afterTitle}
      {(purpose || titleCut || expanded) && (
        <div className="board-header__purpose-line">
          {purpose && (
            <p ref={paragraph} id={purposeId} className={classes('board-header__purpose')} dir="auto">
              {purpose}
            </p>
          )}
          {(titleCut || purposeCut || expanded) && (
            <button
              type="button"
              className="link-button board-header__more"
              aria-expanded={expanded}
              aria-controls={purpose ? `${titleId} ${purposeId}` : titleId}
              onClick={() => {
                setExpanded(!expanded);
              }}
            >
              <ShowAllLabel titleCut={titleCut} purposeCut={purposeCut} expanded={expanded} presenting={presenting} />
            </button>
          )}
        </div>
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
        if (isEscape(event)) {
          event.stopPropagation();
          cancel();
        }
      }}
    >
      <label className="field">
        <span>Title</span>
        <input ref={titleInput} name="title" dir="auto" value={title} maxLength={LIMITS.titleLength} {...invalid('title')} onChange={(e) => { update({ title: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Purpose (why this workshop, shown under the title and on the PDF’s cover)</span>
        <textarea
          name="purpose"
          dir="auto"
          value={purpose}
          maxLength={LIMITS.notesLength}
          rows={2}
          placeholder="e.g. Agree who owns each result we need this quarter"
          {...invalid('purpose')}
          onChange={(e) => { update({ purpose: e.target.value }); }}
          onKeyDown={submitOnModEnter}
        />
      </label>
      <FormFooter errorId={problemId} error={problem?.message ?? null} buttonsClassName="board-title-form__buttons" onCancel={cancel} />
    </form>
  );
}

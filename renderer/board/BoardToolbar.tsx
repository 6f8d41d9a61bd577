/**
 * The board's controls: undo/redo, whether the work is saved, board or people view, zoom, import
 * and export, and presentation mode for the wall. In presentation mode only the way out and Zoom to
 * fit stay, in the board's head (or, the head scrolled past, in a slim bar at the window's top).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { ExportMenu } from '../share/ExportMenu';
import { FindOnBoard } from './FindOnBoard';
import { ImportButton } from '../share/ImportButton';
import { useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { boardTitle, focusAfterChange, presentButton } from './focus';
import { stepHistory } from './undoRedo';
import { enterPresentation, exitPresentation, zoomToFit } from './view';
import { padScrollingBelow, PRESENTING_BAR_PX } from './inView';
import { shownMatch } from './hiddenView';
import { announce } from './dnd/announcements';
import { isMac } from '../app/keys';

const mod = isMac ? 'Meta' : 'Control';

export function BoardToolbar({ layoutRef, boardTitle: title = '' }: { readonly layoutRef: RefObject<HTMLDivElement | null>; readonly boardTitle?: string }) {
  const canUndo = useBoardStore((s) => s.past.length > 0);
  const canRedo = useBoardStore((s) => s.future.length > 0);
  const zoom = useUiStore((s) => s.zoom);
  const zoomIn = useUiStore((s) => s.zoomIn);
  const zoomOut = useUiStore((s) => s.zoomOut);
  const presenting = useUiStore((s) => s.presenting);
  const view = useUiStore((s) => s.view);
  const setView = useUiStore((s) => s.setView);
  const toolbarRef = useRef<HTMLElement>(null);
  // The toolbar stays at the top of the window: what Tab or Shift+Tab focuses is scrolled to below it.
  useLayoutEffect(() => (toolbarRef.current ? padScrollingBelow(toolbarRef.current) : undefined), [presenting]);

  if (presenting) return <PresentationControls layoutRef={layoutRef} title={title} />;

  return (
    // A named region (landmark), not an ARIA toolbar: its controls are Tab stops, as on the rest of
    // the page, and a toolbar would promise arrow-key navigation between them.
    <section ref={toolbarRef} className="toolbar" aria-label="Board tools">
      <div className="toolbar__group">
        {/* aria-disabled, not disabled: Undo stays focused as it undoes the last step (a disabled
            button drops focus to the page), and pressed again it says "Nothing to undo." and does
            nothing. Focus handed to Redo instead made a second Enter redo what the first undid. */}
        <button type="button" data-history="undo" aria-disabled={!canUndo} aria-keyshortcuts={`${mod}+Z`} onClick={() => stepHistory('undo')}>
          Undo
        </button>
        <button type="button" data-history="redo" aria-disabled={!canRedo} aria-keyshortcuts={`${mod}+Shift+Z Control+Y`} onClick={() => stepHistory('redo')}>
          Redo
        </button>
        <SaveStatus />
      </div>
      <div className="toolbar__group" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'board'} onClick={() => { setView('board'); }}>
          <span className="toolbar__pressable" data-label="Board">
            Board
          </span>
        </button>
        <button type="button" aria-pressed={view === 'people'} onClick={() => { setView('people'); }}>
          <span className="toolbar__pressable" data-label="People view">
            People view
          </span>
        </button>
        <FindOnBoard />
      </div>
      <div className="toolbar__group" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom out" aria-keyshortcuts={`${mod}+-`} onClick={zoomOut}>
          −
        </button>
        <output className="toolbar__zoom" aria-label="Zoom level">
          {Math.round(zoom * 100)}%
        </output>
        <button type="button" aria-label="Zoom in" aria-keyshortcuts={`${mod}+=`} onClick={zoomIn}>
          +
        </button>
        <ZoomToFitButton layoutRef={layoutRef} />
      </div>
      <div className="toolbar__group" role="group" aria-label="Share">
        <ImportButton />
        <ExportMenu />
      </div>
      <div className="toolbar__group">
        <button type="button" className="primary-button" data-present onClick={() => void enterPresentation()}>
          Present
        </button>
      </div>
    </section>
  );
}

/**
 * Below TOOLBAR_SHORT_LABELS' width, "Fit" to the eye, as in a presentation's narrow head: its name
 * stays "Zoom to fit", for speech and voice control too, and it sits in the Zoom group beside − and +.
 */
function ZoomToFitButton({ layoutRef }: { readonly layoutRef: RefObject<HTMLDivElement | null> }) {
  const short = useMediaQuery(TOOLBAR_SHORT_LABELS);
  return (
    <button type="button" onClick={() => { zoomToFit(layoutRef.current); }}>
      <FitLabel short={short} />
    </button>
  );
}

/**
 * Where the toolbar's Zoom to fit says "Fit" (70 px less). A 1280 × 720 laptop at Windows' 125 %,
 * and a 1024 × 768 projector, are windows 1024 px wide: there the toolbar, which stays at the top,
 * wrapped Present onto a second row and took 93 of the laptop's 576 px. Its one row wants 1,037 px
 * with the long label (board.css's tighter gaps below 72rem), and a scrollbar takes 17 more.
 */
const TOOLBAR_SHORT_LABELS = '(width < 66rem)';

/** "Zoom to fit", or "Fit" to the eye with the whole name kept. */
function FitLabel({ short }: { readonly short: boolean }) {
  return (
    <span>
      <span className={short ? 'visually-hidden' : undefined}>Zoom to </span>
      <span className={short ? 'toolbar__capital' : undefined}>fit</span>
    </span>
  );
}

/** Said once a save goes through again after "Not saved" (the alert a screen reader heard). */
const SAVED_AGAIN = 'Saved again: every change is kept.';

/**
 * Whether the work is saved. It is there to be read, not heard: "Saving…" and "Saved" after every
 * edit were said on top of what the edit itself announces, twice an edit (`aria-live="off"` on
 * the status). A failure is an alert, and the save that follows it is said once (SAVED_AGAIN).
 */
function SaveStatus() {
  const save = useBoardStore((s) => s.save);
  const retry = useBoardStore((s) => s.retrySave);
  // Not after a conflict with another window: its banner's answer says what became of the changes.
  const failed = useRef(false);
  const failedHere = save.status === 'failed' && save.conflict !== true;
  useEffect(() => {
    if (failedHere) failed.current = true;
    else if (save.status === 'saved' && failed.current) {
      failed.current = false;
      announce(SAVED_AGAIN);
    }
  }, [failedHere, save.status]);
  // Another window changed or deleted the board: a retry would meet the same conflict. The banner
  // below asks what to keep (and is the alert); this only says where to answer.
  if (save.status === 'failed' && save.conflict === true) {
    return (
      <span className="save-status save-status--failed" role="status" aria-label="Save status" aria-live="off">
        Not saved: answer the question below the toolbar.
      </span>
    );
  }
  if (save.status === 'failed') {
    return (
      <div className="save-status save-status--failed" role="alert">
        <span>Not saved: {save.message}</span>
        <button type="button" onClick={() => void retry()}>
          Retry
        </button>
      </div>
    );
  }
  return (
    <span className={`save-status save-status--${save.status}`} role="status" aria-label="Save status" aria-live="off">
      {save.status === 'saving' ? 'Saving…' : 'Saved'}
    </span>
  );
}

/** How long the pointer rests before the way out of a presentation fades from the wall. */
export const PRESENTATION_CONTROLS_IDLE_MS = 2500;

/**
 * The way out of a presentation, and Zoom to fit beside it (a projector's window is seldom the
 * one the board was laid out in): shown while the pointer moves (and PRESENTATION_CONTROLS_IDLE_MS
 * after), on hover and on keyboard focus; otherwise faded out and not in the way of the pointer.
 * They have a place of their own in the board's head, at every width (board.css): in a corner of
 * the window, where they were below 1150 px and whenever the head was scrolled past, they came up
 * over the top or bottom card each time the facilitator moved the mouse to point at it. With the
 * head scrolled past they are at the end of a slim bar across the window's top, the board's title
 * at its start, which stays while the controls fade: the board scrolls under it as under the edge
 * of the window, and nothing the room was reading is covered when the pointer moves. Escape leaves too.
 */
function PresentationControls({ layoutRef, title }: { readonly layoutRef: RefObject<HTMLDivElement | null>; readonly title: string }) {
  const idle = usePointerIdle(PRESENTATION_CONTROLS_IDLE_MS);
  const controls = useRef<HTMLElement>(null);
  const floating = useHeadScrolledPast(controls);
  const short = useMediaQuery(SHORT_LABELS);
  useLayoutEffect(() => {
    const element = controls.current;
    // However the presentation ends (Exit, Escape, the browser leaving full screen), focus on
    // these controls would fall to the page's body as they go: it goes back to the Present button,
    // where the presentation began, so the next one is a key away. So does focus still on the
    // title, where Present put it: nothing was read or moved from there.
    return () => {
      const active = document.activeElement;
      if (element?.contains(active)) focusAfterChange(presentButton, boardTitle);
      // Moved once the toolbar is back (a blur here, during React's commit, React would undo).
      else if (active?.matches(boardTitle)) {
        requestAnimationFrame(() => {
          if (document.activeElement === active) shownMatch(presentButton)?.focus();
        });
      }
    };
  }, []);
  return (
    <>
      {/* The title is the head's h1, read there: the bar only shows it to the room. */}
      {floating && (
        <div className="presenting-bar" aria-hidden="true">
          <span className="presenting-bar__title">{title}</span>
        </div>
      )}
      <section
        ref={controls}
        className={`toolbar toolbar--presenting${idle ? ' toolbar--idle' : ''}${floating ? ' toolbar--floating' : ''}`}
        aria-label="Presentation"
      >
        {/* Below SHORT_LABELS' width, "Exit" and "Fit" to the eye; their names stay whole, for speech too. */}
        <button type="button" aria-keyshortcuts="Escape" onClick={() => void exitPresentation()}>
          <span>
            {'Exit '}
            <span className={short ? 'visually-hidden' : undefined}>presentation</span>
          </span>
          <kbd className="toolbar__key" aria-hidden="true">
            Esc
          </kbd>
        </button>
        <button type="button" onClick={() => { zoomToFit(layoutRef.current); }}>
          <FitLabel short={short} />
        </button>
      </section>
    </>
  );
}

/**
 * Where the way out says "Exit" and "Fit" (178 px in Present's type, not 377 for "Exit presentation"
 * and "Zoom to fit"). Below 1150 px they share the title's line (board.css), and the sample's title
 * (710 px at 1024 px) left the long labels no room. Wider, they are at the end of the purpose's
 * line, beside the score, and take that line's room while they fade: at 1366 x 768 a 46-character
 * purpose ("Who owns each result, and with what authority?", 604 px) read "Who owns each result,
 * an…" beside them, and at 1280 x 720 less. The long labels fit neither beside the title nor beside
 * the purpose there (title, score and way out want 1,390 px of the head's 1,306), so they are kept
 * for walls of 1600 px and more, where they leave the purpose the room the short ones leave at 1366.
 */
const SHORT_LABELS = '(width < 1600px)';

/** Whether the window matches a media query, as it changes. */
function useMediaQuery(query: string): boolean {
  const list = useMemo(() => (typeof window.matchMedia === 'function' ? window.matchMedia(query) : null), [query]);
  const subscribe = useCallback(
    (changed: () => void) => {
      list?.addEventListener('change', changed);
      return () => {
        list?.removeEventListener('change', changed);
      };
    },
    [list],
  );
  return useSyncExternalStore(subscribe, () => list?.matches ?? false);
}

/**
 * True while the board's head, where the controls have their place (board.css), is scrolled out
 * of sight (all but a strip as tall as the bar that then takes them, PRESENTING_BAR_PX): the bar
 * comes over that strip only. The head keeps its height meanwhile, though the controls have left
 * it (a row of their own, on a board with no purpose): the board does not move under the room.
 */
function useHeadScrolledPast(controls: RefObject<HTMLElement | null>): boolean {
  const [past, setPast] = useState(false);
  useEffect(() => {
    const head = controls.current?.closest<HTMLElement>('.board-header');
    if (!head || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry) return;
        // Measured before the controls leave it; let go once they are back (below).
        if (!entry.isIntersecting) head.style.minHeight = `${String(head.offsetHeight)}px`;
        setPast(!entry.isIntersecting);
      },
      { rootMargin: `-${String(PRESENTING_BAR_PX)}px 0px 0px 0px` },
    );
    observer.observe(head);
    return () => {
      observer.disconnect();
      head.style.minHeight = '';
    };
  }, [controls]);
  useLayoutEffect(() => {
    const head = controls.current?.closest<HTMLElement>('.board-header');
    if (!past && head) head.style.minHeight = '';
  }, [past, controls]);
  return past;
}

/** True once the pointer has not moved (or pressed) for `ms`; false again at its next move. */
function usePointerIdle(ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const arm = () =>
      setTimeout(() => {
        setIdle(true);
      }, ms);
    let timer = arm();
    const wake = () => {
      clearTimeout(timer);
      setIdle(false);
      timer = arm();
    };
    window.addEventListener('pointermove', wake, { passive: true });
    window.addEventListener('pointerdown', wake, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [ms]);
  return idle;
}

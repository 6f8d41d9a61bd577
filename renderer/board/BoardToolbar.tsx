/**
 * The board's controls: undo/redo, whether the work is saved, board or people view, zoom, import
 * and export, and presentation mode for the wall. In presentation mode only the way out and Zoom to
 * fit stay, at the end of the head's purpose line (or in a corner of the window).
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { ExportMenu } from '../share/ExportMenu';
import { ImportButton } from '../share/ImportButton';
import { useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { boardTitle, focusAfterChange, presentButton } from './focus';
import { stepHistory } from './undoRedo';
import { enterPresentation, exitPresentation, zoomToFit } from './view';
import { padScrollingBelow } from './inView';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.userAgent);
const mod = isMac ? 'Meta' : 'Control';

export function BoardToolbar({ layoutRef }: { readonly layoutRef: RefObject<HTMLDivElement | null> }) {
  const canUndo = useBoardStore((s) => s.past.length > 0);
  const canRedo = useBoardStore((s) => s.future.length > 0);
  const zoom = useUiStore((s) => s.zoom);
  const zoomIn = useUiStore((s) => s.zoomIn);
  const zoomOut = useUiStore((s) => s.zoomOut);
  const presenting = useUiStore((s) => s.presenting);
  const view = useUiStore((s) => s.view);
  const setView = useUiStore((s) => s.setView);
  const undoRef = useRef<HTMLButtonElement>(null);
  const redoRef = useRef<HTMLButtonElement>(null);
  const toolbarRef = useRef<HTMLElement>(null);
  // Undoing the last step disables Undo, and a disabled button loses focus to the page: a keyboard
  // user would start again from the top. Focus moves to the other button, which has just come on.
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (!canUndo && focused === undoRef.current && canRedo) redoRef.current?.focus();
    else if (!canRedo && focused === redoRef.current && canUndo) undoRef.current?.focus();
  }, [canUndo, canRedo]);
  // The toolbar stays at the top of the window: what Tab or Shift+Tab focuses is scrolled to below it.
  useLayoutEffect(() => (toolbarRef.current ? padScrollingBelow(toolbarRef.current) : undefined), [presenting]);

  if (presenting) return <PresentationControls layoutRef={layoutRef} />;

  return (
    // A named region (landmark), not an ARIA toolbar: its controls are Tab stops, as on the rest of
    // the page, and a toolbar would promise arrow-key navigation between them.
    <section ref={toolbarRef} className="toolbar" aria-label="Board tools">
      <div className="toolbar__group">
        <button ref={undoRef} type="button" data-history="undo" disabled={!canUndo} aria-keyshortcuts={`${mod}+Z`} onClick={() => stepHistory('undo')}>
          Undo
        </button>
        <button ref={redoRef} type="button" data-history="redo" disabled={!canRedo} aria-keyshortcuts={`${mod}+Shift+Z Control+Y`} onClick={() => stepHistory('redo')}>
          Redo
        </button>
        <SaveStatus />
      </div>
      <div className="toolbar__group" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'board'} onClick={() => { setView('board'); }}>
          Board
        </button>
        <button type="button" aria-pressed={view === 'people'} onClick={() => { setView('people'); }}>
          People view
        </button>
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

function ZoomToFitButton({ layoutRef }: { readonly layoutRef: RefObject<HTMLDivElement | null> }) {
  return (
    <button type="button" onClick={() => { zoomToFit(layoutRef.current); }}>
      Zoom to fit
    </button>
  );
}

function SaveStatus() {
  const save = useBoardStore((s) => s.save);
  const retry = useBoardStore((s) => s.retrySave);
  // Another window changed or deleted the board: a retry would meet the same conflict. The banner
  // below asks what to keep (and is the alert); this only says where to answer.
  if (save.status === 'failed' && save.conflict === true) {
    return (
      <span className="save-status save-status--failed" role="status" aria-label="Save status">
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
    <span className={`save-status save-status--${save.status}`} role="status" aria-label="Save status">
      {save.status === 'saving' ? 'Saving…' : 'Saved'}
    </span>
  );
}

/** How long the pointer rests before the way out of a presentation fades from the wall. */
export const PRESENTATION_CONTROLS_IDLE_MS = 2500;

/**
 * The way out of a presentation, and Zoom to fit beside it (a projector's window is seldom the
 * one the board was laid out in), at the end of the head's purpose line on a wide wall, else (or
 * the head scrolled past) in a corner of the wall: shown while the pointer moves (and
 * PRESENTATION_CONTROLS_IDLE_MS after), on hover and on keyboard focus; otherwise faded out and
 * not in the way of the pointer, so it covers nothing the room is looking at. Escape leaves too.
 */
function PresentationControls({ layoutRef }: { readonly layoutRef: RefObject<HTMLDivElement | null> }) {
  const idle = usePointerIdle(PRESENTATION_CONTROLS_IDLE_MS);
  const controls = useRef<HTMLElement>(null);
  const floating = useHeadScrolledPast(controls);
  useLayoutEffect(() => {
    const element = controls.current;
    // However the presentation ends (Exit, Escape, the browser leaving full screen), focus on
    // these controls would fall to the page's body as they go: it goes back to the Present button,
    // where the presentation began, so the next one is a key away.
    return () => {
      if (element?.contains(document.activeElement)) focusAfterChange(presentButton, boardTitle);
    };
  }, []);
  return (
    <section
      ref={controls}
      className={`toolbar toolbar--presenting${idle ? ' toolbar--idle' : ''}${floating ? ' toolbar--floating' : ''}`}
      aria-label="Presentation"
    >
      <button type="button" aria-keyshortcuts="Escape" onClick={() => void exitPresentation()}>
        Exit presentation
        <kbd className="toolbar__key" aria-hidden="true">
          Esc
        </kbd>
      </button>
      <ZoomToFitButton layoutRef={layoutRef} />
    </section>
  );
}

/**
 * True while the board's head, where the way out has its place on a wide wall (board.css), is
 * scrolled out of sight (all but its top 40 px, less than the controls' row): the controls are then
 * in the window's corner, within reach.
 */
function useHeadScrolledPast(controls: RefObject<HTMLElement | null>): boolean {
  const [past, setPast] = useState(false);
  useEffect(() => {
    const head = controls.current?.closest('.board-header');
    if (!head || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry) setPast(!entry.isIntersecting);
      },
      { rootMargin: '-40px 0px 0px 0px' },
    );
    observer.observe(head);
    return () => {
      observer.disconnect();
    };
  }, [controls]);
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

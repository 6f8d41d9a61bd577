/**
 * One board on screen: the header with its score, the toolbar, and the board itself inside one
 * drag-and-drop context. The context is rendered once and never re-rendered by a board change
 * (its content subscribes to the store itself): a re-render of dnd-kit's context would re-render
 * every draggable on the board.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Board } from '../../shared/model';
import { ScoreSummary } from '../health/ScoreSummary';
import { HistoryPanel } from '../history/HistoryPanel';
import { useUiStore } from '../store/uiStore';
import { Notices } from '../app/Notices';
import { useBackups } from '../backups/useBackups';
import { useOpenBoardMovedElsewhere } from '../library/live';
import { BoardContent } from './BoardContent';
import { BoardTitle, editTitleLabel, type TitleDraft, type TitleEditing } from './BoardTitle';
import { useReopenable, type KeptDraft } from './draftBack';
import { BoardToolbar } from './BoardToolbar';
import { BoardDnd } from './dnd/BoardDnd';
import { healthFor } from './healthCache';
import { SkipLinks } from './SkipLinks';
import { SyncBanner } from './SyncBanner';
import { focusBackInSight } from './inView';
import { useBoardShortcuts } from './useBoardShortcuts';
import { useChangesElsewhereSaid, useFocusKeptThroughChangesElsewhere } from './focusElsewhere';
import './board.css';

/** How long after Present starts or ends the window may still be resized by full screen coming or going (ms). */
const FULL_SCREEN_SETTLES_MS = 2000;

const StableDnd = memo(function StableDnd({ children }: { readonly children: ReactNode }) {
  return <BoardDnd>{children}</BoardDnd>;
});

export function BoardScreen({ board }: { readonly board: Board }) {
  const health = healthFor(board);
  const presenting = useUiStore((s) => s.presenting);
  const setScreen = useUiStore((s) => s.setScreen);
  const history = useUiStore((s) => s.history);
  const openHistory = useUiStore((s) => s.openHistory);
  const closeHistory = useUiStore((s) => s.closeHistory);
  const historyButton = useRef<HTMLButtonElement>(null);
  // Left for the library (or another board's screen), the dialog goes with the board it was about.
  useEffect(() => closeHistory, [closeHistory]);
  const [editingTitle, setEditingTitle] = useState<TitleEditing | null>(null);
  useReopenable(
    'board-title',
    useCallback((kept: KeptDraft<TitleDraft>) => {
      setEditingTitle({ kept });
    }, []),
  );
  const editTitleButton = useRef<HTMLButtonElement>(null);
  const layoutRef = useRef<HTMLDivElement>(null);
  const content = useMemo(() => <BoardContent layoutRef={layoutRef} />, []);
  useBoardShortcuts();
  useBackups();
  useOpenBoardMovedElsewhere(board.id);
  useFocusKeptThroughChangesElsewhere();
  useChangesElsewhereSaid();
  // Leaving while a change is not stored asks first: see app/unloadGuard.ts (on every screen).
  const presentingBefore = useRef(presenting);
  useEffect(() => {
    // Everything is sized in rem, so presentation mode scales the whole page from the root.
    document.documentElement.classList.toggle('presenting', presenting);
    if (presentingBefore.current === presenting) return;
    presentingBefore.current = presenting;
    // The cards moved under the focus (focusBackInSight), and move again as full screen comes or goes.
    const again = () => {
      focusBackInSight();
    };
    again();
    window.addEventListener('resize', again);
    const settled = setTimeout(() => {
      window.removeEventListener('resize', again);
    }, FULL_SCREEN_SETTLES_MS);
    return () => {
      clearTimeout(settled);
      window.removeEventListener('resize', again);
    };
  }, [presenting]);

  return (
    <div className={presenting ? 'board-screen board-screen--presenting' : 'board-screen'}>
      {/* The first Tab stop on a board; in Present, the first after the title, where Present leaves focus. */}
      {!presenting && <SkipLinks />}
      <header className="board-header">
        <BoardTitle
          board={board}
          editing={editingTitle}
          opener={editTitleButton}
          afterTitle={
            presenting && (
              <>
                <SkipLinks />
                <BoardToolbar layoutRef={layoutRef} boardTitle={board.title} />
              </>
            )
          }
          onDone={() => {
            setEditingTitle(null);
          }}
        />
        <div className="board-header__side">
          <ScoreSummary score={health.score} />
          <div className="board-header__nav editing-chrome">
            <button ref={editTitleButton} type="button" aria-expanded={editingTitle !== null} onClick={() => { setEditingTitle({}); }}>
              {editTitleLabel(board)}
            </button>
            <button type="button" onClick={() => { setScreen('library'); }}>
              All boards
            </button>
            <button ref={historyButton} type="button" onClick={() => { openHistory(); }}>
              History
            </button>
          </div>
        </div>
      </header>
      {history && (
        <HistoryPanel
          boardId={board.id}
          compareWith={history.compareWith}
          onClose={() => {
            closeHistory();
            // Opened from a notice, which went as it was pressed: focus has nowhere to return to
            // (the dialog gives it back to what had it) but the History button, which opens it again.
            requestAnimationFrame(() => {
              if (document.activeElement === null || document.activeElement === document.body) historyButton.current?.focus();
            });
          }}
        />
      )}
      {!presenting && <BoardToolbar layoutRef={layoutRef} />}
      <SyncBanner />
      <StableDnd>{content}</StableDnd>
      <Notices />
    </div>
  );
}

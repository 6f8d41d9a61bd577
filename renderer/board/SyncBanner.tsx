/**
 * When another window saved this board while this one had a change on its way, nothing is
 * overwritten silently: the person chooses whose version to keep, told what each choice throws
 * away (each version's change since the one both started from, as describeChanges says it). When
 * the other window deleted it for good — with a change on its way here or not — the choice is to
 * keep it (saved again, with this window's changes) or to leave it.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Board } from '../../shared/model';
import { sameState, useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { boardTitle, focusAfterChange } from './focus';
import { scrollIntoViewNearest } from './inView';
import { describeChanges } from './undoRedo';

/** What each choice throws away (each version's changes), once the other window's version is read; null until then. */
function losses(base: Board | undefined, theirs: Board | undefined, mine: Board | null) {
  if (!base || !theirs || !mine) return null;
  return { theirs: describeChanges(base, theirs), mine: describeChanges(base, mine) };
}

/** “Keep mine and save it” throws away the other window’s change: Activity “Simul A0” was added. */
function Loss({ choice, whose, none, changes }: { readonly choice: string; readonly whose: string; readonly none: string; readonly changes: readonly string[] }) {
  return <li>{changes.length > 0 ? `“${choice}” throws away ${whose} change: ${changes.join(' ')}` : `“${choice}” throws away nothing: ${none}`}</li>;
}

export function SyncBanner() {
  const save = useBoardStore((s) => s.save);
  const board = useBoardStore((s) => (s.load.status === 'ready' ? s.load.board : null));
  const resolve = useBoardStore((s) => s.resolveConflict);
  const setScreen = useUiStore((s) => s.setScreen);
  const conflict = save.status === 'failed' && save.conflict === true ? save : null;
  const gone = conflict?.gone === true;
  const lost = useMemo(() => (conflict && !gone ? losses(conflict.base, conflict.theirs, board) : null), [conflict, gone, board]);
  // An answer takes the banner away, and the button focus was on with it: focus goes back to where
  // it came to the banner from (the field the person was typing in), or else to the board's title.
  const cameFrom = useRef<HTMLElement | null>(null);
  const answered = (answer: Promise<void>) => {
    void answer.then(() => {
      focusAfterChange(cameFrom.current, boardTitle);
    });
  };
  // The question comes in view, under the toolbar, where the save status says it is: with the page
  // scrolled down (an edit far down the board), it was above the screen, and nothing showed it.
  const banner = useRef<HTMLDivElement>(null);
  const asking = conflict !== null;
  useLayoutEffect(() => {
    if (asking && banner.current) scrollIntoViewNearest(banner.current);
  }, [asking]);
  if (!conflict) return null;
  // Deleted for good in another window: there is no other version, only this window's — with a
  // change not saved, or exactly as it was stored (deleted while nothing here was on its way).
  const edited = !conflict.base || !board || !sameState(board, conflict.base);
  const text = gone
    ? edited
      ? { what: 'deleted', status: 'Your latest change here is not saved.', question: 'Keep the board, with your changes, or leave it?', other: 'Leave it and open another board', mine: 'Keep it, with my changes' }
      : {
          what: 'deleted',
          status: 'It is no longer stored: it is only in this window now, and closing the window loses it.',
          question: 'Keep it among your boards, or leave it?',
          other: 'Leave it and open another board',
          mine: 'Keep it among my boards',
        }
    : { what: 'changed', status: 'Your latest change here is not saved.', question: 'Which version do you want to keep?', other: 'Load the other window’s version', mine: 'Keep mine and save it' };
  return (
    <div
      ref={banner}
      className="sync-banner"
      role="alert"
      onFocus={(event) => {
        const from = event.relatedTarget;
        if (!(from instanceof Node) || !event.currentTarget.contains(from)) cameFrom.current = from instanceof HTMLElement ? from : null;
      }}
    >
      <div className="sync-banner__text">
        <p>
          <strong>This board was {text.what} in another window.</strong> {text.status} {text.question}
        </p>
        {lost && (
          <ul className="sync-banner__losses">
            <Loss choice={text.mine} whose="the other window’s" none="the other window changed nothing." changes={lost.theirs} />
            <Loss choice={text.other} whose="your" none="you changed nothing here." changes={lost.mine} />
          </ul>
        )}
      </div>
      <div className="sync-banner__actions">
        <button
          type="button"
          onClick={() => {
            if (gone) setScreen('library');
            else answered(resolve('theirs'));
          }}
        >
          {text.other}
        </button>
        <button type="button" className="primary-button" onClick={() => { answered(lost ? resolve('mine', lost.theirs) : resolve('mine')); }}>
          {text.mine}
        </button>
      </div>
    </div>
  );
}

/**
 * The History's way to take a team's returned version as the board that was sent: a button under
 * that board's entry in "Other versions of this map" (after what changed), and under it a question
 * that says what will happen before anything does. Keeping both boards is the answer focus starts
 * on (Enter keeps them), and Escape takes the question back to its button without closing the
 * History.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { isolatedInSentence } from '../../shared/text';
import { isEscape } from '../app/keys';
import type { MapVersion } from '../db/library';
import { shownBoard } from '../store/boardStore';
import { replaceWithShown } from './replaceWithShown';

export function ReplaceOriginal({ original }: { readonly original: MapVersion }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const explanationId = useId();
  const title = isolatedInSentence(original.title);
  const shownTitle = isolatedInSentence(shownBoard()?.title ?? '');

  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);

  const close = () => {
    setAsking(false);
    setError(null);
    opener.current?.focus();
  };

  const replace = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    // Done, the board replaced is opened and this dialog goes with the board it was about.
    const problem = await replaceWithShown(original);
    setBusy(false);
    if (problem !== null) setError(problem);
  };

  return (
    <div className="history__replace">
      <button ref={opener} type="button" aria-expanded={asking} onClick={() => { if (asking) close(); else setAsking(true); }}>
        Replace “{title}” with this board…
      </button>
      {asking && (
        <div
          className="history__confirm"
          role="group"
          aria-labelledby={questionId}
          onKeyDown={(event) => {
            if (!isEscape(event)) return;
            // Escape answers this question; the History stays open.
            event.preventDefault();
            event.stopPropagation();
            close();
          }}
        >
          <h4 id={questionId}>Replace “{title}” with this board?</h4>
          <p id={explanationId}>
            “{title}” will hold what this board holds: its purpose, people, outcomes and activities. It keeps its title, and files sent back later still
            find it. What it holds now is kept in its History, to restore; this board, “{shownTitle}”, goes to the Trash.
          </p>
          {error !== null && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="history__confirm-buttons">
            <button ref={keep} type="button" aria-describedby={explanationId} onClick={close}>
              Keep both boards
            </button>
            <button type="button" className="danger-button" aria-disabled={busy} onClick={() => void replace()}>
              {busy ? 'Replacing…' : `Replace “${title}”`}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

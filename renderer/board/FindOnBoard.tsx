/**
 * "Find" in the board's tools (and Ctrl/Cmd+F on the board screen): every outcome, activity and
 * person whose name holds what is typed, and a way to each. On a large board the browser's Find in
 * page finds only the cards drawn near the screen (windowing.ts), and the desktop app has no Find in
 * page at all: in a workshop of 1,500 activities, "where did we put the CRM clean-up?" had no
 * answer but scrolling. A match chosen shows the board (from the People view), brings its card into
 * the window and takes focus there: an outcome's heading (the card highlighted a moment, as a health
 * finding does), an activity's title, a person's chip (the people shown, if they were hidden).
 *
 * A non-modal panel under the button: the field, a count said politely as it changes, and the
 * matches as buttons. Enter in the field goes to the first; ↓ and ↑ walk the list; Escape closes it
 * and focus goes back to Find.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { findOnBoard, searchable, type Found } from '../../shared/find';
import { PARKING_LOT_NAME } from '../../shared/model';
import { counted, isolatedInSentence } from '../../shared/text';
import { useClosedByPressOutside } from '../app/useClosedByPressOutside';
import { useCloseToOpener } from '../app/useCloseToOpener';
import { isEscape, isMac } from '../app/keys';
import { shownBoard, useBoardStore } from '../store/boardStore';
import { activityButton, focusMovedAfterChange, personChip } from './focus';
import { showBoard, showOutcome } from './showOnBoard';
import { revealSlot } from './windowing';

/** How many matches are listed; past it, the count says to type more. */
export const FIND_SHOWN = 30;

const KIND_WORDS: Readonly<Record<Found['kind'], string>> = { outcome: 'Outcome', activity: 'Activity', person: 'Person' };

/** What the list says under a match's name: what it is, and where ("Activity in Outbound pipeline"). */
function whereText(found: Found): string {
  if (found.kind === 'activity') return found.outcome === null ? `Activity in the ${PARKING_LOT_NAME.toLowerCase()}` : `Activity in ${isolatedInSentence(found.outcome)}`;
  if (found.kind === 'person') return found.role.trim() === '' ? 'Person' : `Person · ${isolatedInSentence(found.role)}`;
  return KIND_WORDS[found.kind];
}

/** The sentence under the field: how many match, or what to do. */
function countText(query: string, shown: number, total: number): string {
  if (query.trim() === '') return 'Type part of an outcome’s, an activity’s or a person’s name.';
  if (total === 0) return 'Nothing on this board is called that.';
  if (total > shown) return `${counted(total, 'match', 'matches')}; the first ${String(shown)} listed. Type more to narrow them.`;
  return `${counted(total, 'match', 'matches')}.`;
}

/** Shows the board with `found` in the window, and focus on it. */
function goTo(found: Found): void {
  const board = shownBoard();
  if (!board) return;
  if (found.kind === 'outcome') {
    showOutcome(found.id);
    return;
  }
  showBoard(found.kind === 'person');
  // On a big board its row may be in a card far off, a shell with no list: mounted now.
  revealSlot(board, `${found.kind}:${found.id}`);
  focusMovedAfterChange(document.activeElement, found.kind === 'activity' ? activityButton(found.id) : personChip(found.id));
}


/** The keys that open Find, as this computer's keyboard says them. */
export const FIND_KEYS = isMac ? 'Cmd+F' : 'Ctrl+F';

/** The Find on the screen's tools, opened by the menu (or null: the library, or presenting). */
let opener: (() => void) | null = null;

/**
 * Opens the board's Find (the desktop menu's "Find on Board…"), or its field again if open; false
 * where there is none to open: the library, a presentation (whose tools are the way out alone).
 */
export function openFind(): boolean {
  opener?.();
  return opener !== null;
}

export function FindOnBoard() {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  useClosedByPressOutside(open, wrapper, setOpen, false);
  const close = useCloseToOpener(open, () => {
    setOpen(false);
  }, button);

  // Ctrl/Cmd+F on the board screen opens it (or, open, goes back to its field), in place of the
  // browser's Find in page, which misses what a large board has not drawn. Not Ctrl+Cmd+F, a Mac's
  // full screen.
  useEffect(() => {
    const show = () => {
      if (open) document.getElementById(`${panelId}-field`)?.focus();
      else setOpen(true);
    };
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
      if (!mod || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'f') return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKeyDown);
    opener = show;
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      if (opener === show) opener = null;
    };
  }, [open, panelId]);

  return (
    <div
      ref={wrapper}
      className="find"
      onKeyDown={(event) => {
        if (isEscape(event) && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-keyshortcuts={isMac ? 'Meta+F' : 'Control+F'}
        onClick={() => {
          setOpen((was) => !was);
        }}
      >
        Find
      </button>
      {open && (
        <FindPanel
          id={panelId}
          onChosen={(found) => {
            // Closed without focus going back to Find: it goes to what was chosen.
            setOpen(false);
            goTo(found);
          }}
        />
      )}
    </div>
  );
}

function FindPanel({ id, onChosen }: { readonly id: string; readonly onChosen: (found: Found) => void }) {
  const load = useBoardStore((s) => s.load);
  const board = load.status === 'ready' ? load.board : null;
  // Folded once a board, not once a keystroke.
  const names = useMemo(() => (board ? searchable(board) : null), [board]);
  const [query, setQuery] = useState('');
  const { shown, total } = useMemo(() => (names ? findOnBoard(names, query, FIND_SHOWN) : { shown: [], total: 0 }), [names, query]);
  const list = useRef<HTMLUListElement>(null);
  const countId = `${id}-count`;

  /** ↓ and ↑ from the field into the list and along it; the field again above the first. */
  const walk = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    if (buttons.length === 0) return;
    event.preventDefault();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, buttons.length - 1) : at - 1;
    if (next < 0) document.getElementById(`${id}-field`)?.focus();
    else buttons[next]?.focus();
  };

  return (
    <div id={id} className="popover__panel find__panel" role="dialog" aria-label="Find on this board" onKeyDown={walk}>
      <input
        id={`${id}-field`}
        type="search"
        dir="auto"
        // Opened to be typed in, by Find or Ctrl/Cmd+F.
        autoFocus
        aria-label="Find on this board"
        aria-describedby={countId}
        placeholder="Outcome, activity or person"
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
        onKeyDown={(event) => {
          const first = shown[0];
          if (event.key === 'Enter' && first && !event.nativeEvent.isComposing) {
            event.preventDefault();
            onChosen(first);
          }
        }}
      />
      <p id={countId} className="find__count muted" role="status">
        {countText(query, shown.length, total)}
      </p>
      {shown.length > 0 && (
        <ul ref={list} className="find__list" aria-label="Matches">
          {shown.map((found) => (
            <li key={`${found.kind}:${found.id}`}>
              <button
                type="button"
                className="find__match"
                onClick={() => {
                  onChosen(found);
                }}
              >
                <bdi className="find__name">{found.name}</bdi>
                <span className="find__where muted">{whereText(found)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

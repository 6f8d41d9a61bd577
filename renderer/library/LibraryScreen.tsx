/**
 * The home screen: every board on this machine with when it was last edited, its outcomes and
 * ownership score; create (blank or a copy of the sample), rename, duplicate (the whole board, or
 * a template of its outcomes and activities without the people: shared/template.ts), archive,
 * trash with restore, "Delete for good" and "Empty trash", search by title or purpose, and sort
 * (last edited, title, created; the choice is kept). On the desktop it also leads to the boards'
 * backups on disk, and offers them prominently when the app's storage has no boards.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { LIMITS, createBlankBoard, type Board, type BoardId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { NO_OUTCOMES_YET } from '../../shared/health';
import { deleteBackupsOf } from '../backups/forget';
import { archiveBoard, duplicateBoard, emptyTrash, listBoards, readLibraryOrder, readSummaries, renameBoard, restoreBoard, saveLibraryOrder, trashBoard, unarchiveBoard, withChanges, type BoardSummary, type CopyKind } from '../db/library';
import type { BoardStatus } from '../db/database';
import { describeStorageError } from '../db/boards';
import { storageErrorName } from '../db/journal';
import { useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { notify } from '../app/notices';
import { lowSpaceWarning } from '../app/storageSpace';
import { useCloseToOpener } from '../app/useCloseToOpener';
import { isolate, isolatedInSentence, listInSentence, searchKey } from '../../shared/text';
import { Notices } from '../app/Notices';
import { BackupOfferPanel, RestoreFromBackupButton } from '../backups/BackupOffer';
import { useBackupOffer } from '../backups/offer';
import { useIsDesktop } from '../backups/desktop';
import { focusAfterChange, neighbours, quoted } from '../board/focus';
import { useDraftEditor, useReopenable, type KeptDraft } from '../board/draftBack';
import { isEscape } from '../app/keys';
import { formatEdited } from './dates';
import { DEFAULT_LIBRARY_ORDER, isLibraryOrder, LIBRARY_ORDERS, ORDER_ANNOUNCEMENTS, ORDER_LABELS, sortBoards, sortTrash, type LibraryOrder } from './order';
import { useBoardsChangedElsewhere, useLibraryChangesElsewhereSaid } from './live';
import { keepBearings, takeBearings, type Bearings } from './bearings';
import { asBoardTitle, namesakeRefusal, titleTaken } from './namesakes';
import { AppearanceChoice } from '../app/AppearanceChoice';
import './library.css';

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID() as BoardId;

type ActionResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

const OPEN_BOARD_STAYS = 'The board open in this window stays in the trash; open another board first to delete it.';

// Where focus goes after a move, as on the board (see focusAfterChange): each section and card
// carries its place.
/** A card's button: the one for `action`, else its first. */
const cardButton = (section: BoardStatus, id: BoardId, action?: string) =>
  `[data-library-section=${quoted(section)}] [data-board-id=${quoted(id)}] ${action === undefined ? 'button' : `button[data-action=${quoted(action)}]`}`;
/** A section's heading (focusable from script). */
const sectionHeading = (section: BoardStatus) => `[data-library-section=${quoted(section)}] h2`;

/**
 * A card button's name for a screen reader: its visible word, then the board ("Open Q3 planning"),
 * so a list of the page's buttons tells the boards apart and a voice command by the visible word
 * still finds it.
 */
const named = (action: string, board: BoardSummary) => `${action} ${board.title}`;

/**
 * A card button that must not act on the board open in this window (it can't be trashed or deleted
 * from under the window showing it). Not `disabled`: a disabled button is skipped by Tab and says
 * nothing of why, and a tooltip is no answer on a touch screen or to a screen reader. It stays
 * reachable, is marked unavailable, and pressing it says why.
 */
function guardOpenBoard(board: BoardSummary, openId: BoardId | null, doing: string, act: () => void) {
  if (board.id !== openId) return { onClick: act };
  return {
    'aria-disabled': true,
    onClick: () => {
      notify(`${isolate(board.title)} is open in this window: open another board first, then ${doing}.`);
    },
  };
}

const COPY_AS_TEMPLATE = 'Copy as template';

/**
 * What Copy as template says once the template is made: what it kept and what it left out, so
 * nobody opens it expecting the first team's owners (focus is on the template's Rename by then,
 * whose name says the template's title).
 */
const templateMade = (board: BoardSummary) =>
  `Copied ${isolate(board.title)} as a template: its outcomes and activities, without people, owners, authority, assignees, done ticks or current values.`;

/** How many titles the question before deleting names; the rest are counted ("and 4 more"). */
const NAMED_IN_QUESTION = 5;

/** “Scratch”, “Q3 planning” and 4 more: the boards a question is about, by name. */
const namedList = (titles: readonly string[]) => listInSentence(titles, { quoted: true, most: NAMED_IN_QUESTION });

/** "3 of 40 boards match your search." */
function searchFound(found: number, all: number): string {
  if (found === 0) return 'No board matches your search.';
  return `${String(found)} of ${String(all)} ${all === 1 ? 'board matches' : 'boards match'} your search.`;
}


/**
 * What the Boards section says with no board in it: "No boards yet" only when there are none at all.
 * Above an Archived or a Trash section it contradicted them; it points to them instead.
 */
function noActiveBoard(archived: number, trashed: number): string {
  if (archived === 0 && trashed === 0) return 'No boards yet: start a new one.';
  const where = archived > 0 && trashed > 0 ? 'the archive or the trash' : archived > 0 ? 'the archive' : 'the trash';
  return `No board in use: start a new one, or bring one back from ${where} below.`;
}

export function LibraryScreen() {
  const [boards, setBoards] = useState<BoardSummary[] | null>(null);
  // The list as this window's own read last gave it (after its own moves too), as against one
  // another window's change made.
  const [ownList, setOwnList] = useState<BoardSummary[] | null>(null);
  // Why the library could not be read, and whether reading it again may help (not for a newer
  // version's storage).
  const [error, setError] = useState<{ readonly message: string; readonly retry: boolean } | null>(null);
  const [query, setQuery] = useState('');
  // The order the person chose (null until read from storage: the list waits for it rather than
  // being drawn in one order and then jumping to another), and what the live region last said of it.
  const [order, setOrder] = useState<LibraryOrder | null>(null);
  const [orderSaid, setOrderSaid] = useState('');
  const openNew = useBoardStore((s) => s.openNew);
  const openBoard = useBoardStore((s) => s.openBoard);
  const dispatch = useBoardStore((s) => s.dispatch);
  const settled = useBoardStore((s) => s.settled);
  const openId = useBoardStore((s) => (s.load.status === 'ready' ? s.load.board.id : null));
  const setScreen = useUiStore((s) => s.setScreen);
  const offeredAtStartup = useBackupOffer((s) => s.offeredAtStartup);
  const desktop = useIsDesktop();

  // Bumped after every change; the effect below reads the library again.
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);
  // The library's reads, one after another: a read of the boards another window changed, landing
  // after a read of the whole library that began later, would put back what that one had newer.
  const reads = useRef<Promise<unknown>>(Promise.resolve());
  const inOrder = useCallback(<T,>(read: () => Promise<T>): Promise<T> => {
    const next = reads.current.then(read, read);
    reads.current = next.catch(() => undefined);
    return next;
  }, []);

  // Where focus and the page were before another window's change was drawn (see bearings.ts).
  const bearings = useRef<Bearings | null>(null);
  // The list as last drawn: what another window's change is told against.
  const drawn = useRef<BoardSummary[] | null>(null);
  const changesElsewhere = useLibraryChangesElsewhereSaid();
  // Boards changed in another window: only they are read again, and the list changes in place. The
  // search, the order, focus and the place on the page stay; the search's live region does not
  // speak up. What changed is said once, as a notice, when the other window pauses (see live.ts).
  useBoardsChangedElsewhere(async (ids) => {
    let changes: Awaited<ReturnType<typeof readSummaries>>;
    try {
      changes = await inOrder(() => readSummaries(ids));
    } catch {
      // Read the whole library instead, which says what is wrong if it cannot be read.
      refresh();
      return;
    }
    bearings.current = takeBearings(ids);
    if (drawn.current !== null) changesElsewhere.read(drawn.current, changes);
    setBoards((list) => (list === null ? list : withChanges(list, changes)));
  }, changesElsewhere.heard);
  useLayoutEffect(() => {
    drawn.current = boards;
    const taken = bearings.current;
    bearings.current = null;
    if (taken) keepBearings(taken);
  }, [boards]);

  // Where focus goes once the library read after a move is drawn: the move takes the card, and
  // the button that had focus, out of its section, and the browser drops focus to the page's body.
  const focusNext = useRef<readonly string[]>([]);
  // A copy just made: its Rename button takes focus once drawn, wherever focus is. The copy is the
  // most recently edited board, first in the list, often far above the original the person
  // duplicated from a long library; and renaming it is what comes next.
  const focusCopy = useRef<BoardId | null>(null);

  // Whether this computer's space for boards is nearly gone: asked again after every change (emptying
  // the trash gives space back).
  const [lowSpace, setLowSpace] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void lowSpaceWarning().then((warning) => {
      if (current) setLowSpace(warning);
    });
    return () => {
      current = false;
    };
  }, [version]);

  useEffect(() => {
    let current = true;
    // Unreadable, the default order will do: the list itself says what is wrong with storage.
    readLibraryOrder().then(
      (stored) => {
        if (current) setOrder((chosen) => chosen ?? stored);
      },
      () => {
        if (current) setOrder((chosen) => chosen ?? DEFAULT_LIBRARY_ORDER);
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const chooseOrder = (next: LibraryOrder) => {
    setOrder(next);
    setOrderSaid(ORDER_ANNOUNCEMENTS[next]);
    saveLibraryOrder(next).catch(() => {
      notify('The boards are sorted as you chose, but the choice could not be kept for next time.', { tone: 'error' });
    });
  };

  useEffect(() => {
    let current = true;
    inOrder(listBoards).then(
      (list) => {
        if (!current) return;
        setBoards(list);
        setOwnList(list);
        setError(null);
      },
      (e: unknown) => {
        if (!current) return;
        focusNext.current = [];
        focusCopy.current = null;
        setError({ message: describeStorageError(e, 'reading'), retry: storageErrorName(e) !== 'VersionError' });
      },
    );
    return () => {
      current = false;
    };
  }, [version, inOrder]);

  useEffect(() => {
    const places = focusNext.current;
    const copy = focusCopy.current;
    focusNext.current = [];
    focusCopy.current = null;
    // Not shown (a search hides it): focus stays on Duplicate (or Copy as template).
    const copyButton = copy === null ? null : document.querySelector<HTMLElement>(cardButton('active', copy, 'rename'));
    if (copyButton) copyButton.focus();
    else if (places.length > 0) focusAfterChange(...places);
  }, [boards]);

  // Runs one of the library's moves and says how it went; resolves with that, so a form can stay
  // open with what was typed when the move was refused.
  // `focus`: where focus goes once the move is drawn, the first of them on the page.
  const run = async (action: () => Promise<unknown>, done?: string, focus: readonly string[] = []): Promise<ActionResult> => {
    let result: ActionResult = { ok: true };
    try {
      await action();
      if (done) notify(done);
      focusNext.current = focus;
    } catch (e) {
      // The library's own refusals are plain Errors with a sentence; the rest comes from storage.
      const message = e instanceof Error && e.name === 'Error' ? e.message : describeStorageError(e);
      notify(message, { tone: 'error' });
      result = { ok: false, message };
    }
    refresh();
    return result;
  };

  // The open board is renamed through the store, as its title is edited on the board: shown at
  // once, one step to undo, saved like any edit. Written to storage behind the store's back, the
  // old title stayed on screen and the board's next whole save put it back.
  // A title another board has is refused, the field staying open with it (see namesakes.ts);
  // saved unchanged, a board keeps the title it shares with a copy.
  const rename = async (board: BoardSummary, title: string) => {
    const { id } = board;
    const wanted = asBoardTitle(title);
    if (wanted !== null && wanted !== board.title && (await titleTaken(wanted, id))) throw new Error(namesakeRefusal(wanted));
    if (id !== openId) {
      await renameBoard(id, title, now());
      return;
    }
    const result = dispatch({ type: 'board/edit', patch: { title } });
    if (!result.ok) throw new Error(result.error.message);
    await settled();
    const { save } = useBoardStore.getState();
    if (save.status === 'failed') throw new Error(save.message);
  };

  const open = async (id: BoardId) => {
    if (await openBoard(id)) setScreen('board');
  };

  // A copy of the open board is made once its last edits are stored: a patch still on its way
  // would be missing from the copy. `kind`: the whole board, or a template (shared/template.ts).
  const duplicate = async (id: BoardId, kind: CopyKind) => {
    if (id === openId) await settled();
    // Numbered past the titles other boards have ("(template 2)"), so no two cards read alike.
    const copy = await duplicateBoard(id, newId(), now(), kind, (title) => titleTaken(title));
    focusCopy.current = copy.id;
  };

  const create = async (board: Board) => {
    const result = await openNew(board);
    if (result.ok) setScreen('board');
    else notify(result.message, { tone: 'error' });
  };

  // Each board's title and purpose as a search compares them (accents and case aside), in the
  // order chosen: made once per read of the library or choice of order, not on every key typed.
  const searchable = useMemo(
    () => sortBoards(boards ?? [], order ?? DEFAULT_LIBRARY_ORDER).map((board) => ({ board, key: `${searchKey(board.title)}\n${searchKey(board.purpose)}` })),
    [boards, order],
  );
  const needle = searchKey(query);
  const filtered = useMemo(() => searchable.filter(({ key }) => needle === '' || key.includes(needle)).map(({ board }) => board), [searchable, needle]);
  // What the search found, said as it is typed and after this window's own moves: a board another
  // window adds or renames into the search does not have the live region speak up.
  const [searchSaid, setSearchSaid] = useState<{ needle: string; list: BoardSummary[] | null; text: string }>({ needle: '', list: null, text: '' });
  if (boards !== null && (searchSaid.needle !== needle || (boards === ownList && searchSaid.list !== boards))) {
    setSearchSaid({ needle, list: boards, text: needle === '' ? '' : searchFound(filtered.length, boards.length) });
  }
  const active = filtered.filter((b) => b.status === 'active');
  const archived = filtered.filter((b) => b.status === 'archived');
  // Whatever the order chosen, most recently trashed first (see sortTrash); the trash says so.
  const trashed = sortTrash(filtered.filter((b) => b.status === 'trashed'));
  // Every board of each section, the search aside: a section the search empties still holds them.
  const count = (status: BoardSummary['status']) => (boards ?? []).filter((b) => b.status === status).length;
  const allArchived = count('archived');
  const allTrashed = count('trashed');

  // Moves a board to another section. Focus follows it there (its first button); if it is not
  // shown there, focus goes to its neighbour in the section it left, or that section's heading.
  const move = (board: BoardSummary, to: BoardStatus, change: (id: BoardId, at: string) => Promise<void>, done: string) => {
    const from = board.status;
    const left = filtered.filter((b) => b.status === from).map((b) => b.id);
    const places = [cardButton(to, board.id), ...neighbours(left, board.id).map((id) => cardButton(from, id as BoardId)), sectionHeading(from)];
    return run(() => change(board.id, now()), done, places);
  };

  // Asks whether to delete boards of the trash for good, naming them (a board put in the trash by
  // mistake months ago is seen before it goes), then deletes those still there, with their backups.
  // `more`: what else the question must say; `done`: the notice, from the boards deleted.
  const deleteForGood = async (ids: readonly BoardId[], more: string, done: (deleted: readonly BoardId[]) => string) => {
    const titles = new Map(trashed.map((b) => [b.id, b.title]));
    const which = namedList(ids.map((id) => titles.get(id) ?? ''));
    const what = ids.length === 1 ? which : `these ${String(ids.length)} boards`;
    const listed = ids.length === 1 ? '' : `: ${which}`;
    const along = desktop ? `, with ${ids.length === 1 ? 'its' : 'their'} backups on this computer` : '';
    if (!window.confirm(`Delete ${what} for good${along}${listed}? This cannot be undone.${more}`)) return;
    // Asked again after the question: the board open now is the one to keep.
    const { load } = useBoardStore.getState();
    const deleted = await emptyTrash(load.status === 'ready' ? ids.filter((id) => id !== load.board.id) : ids);
    const problem = await deleteBackupsOf(deleted);
    notify(done(deleted));
    if (problem !== null) notify(problem, { tone: 'error' });
  };

  // Deletes the boards the trash shows, and only those: under a search the others are kept, and
  // the question says so (it once counted the boards shown and then deleted every one). The board
  // open in this window (trashed in another one) stays too: deleted under it, its next edit would
  // find it gone — the library does not trash the open board either.
  const emptyShownTrash = async () => {
    const shown = trashed.map((b) => b.id);
    const hidden = allTrashed - shown.length;
    const ids = shown.filter((id) => id !== openId);
    if (ids.length === 0) {
      notify(OPEN_BOARD_STAYS);
      return;
    }
    const kept = hidden === 0 ? '' : hidden === 1 ? ' The board in the trash that your search hides is kept.' : ` The ${String(hidden)} boards in the trash that your search hides are kept.`;
    const stays = ids.length < shown.length ? ` ${OPEN_BOARD_STAYS}` : '';
    await deleteForGood(ids, `${kept}${stays}`, (deleted) => `Deleted ${deleted.length} ${deleted.length === 1 ? 'board' : 'boards'} for good.`);
  };

  // Move to trash, the same among the boards and in the archive (not for the board open here).
  const trashButton = (board: BoardSummary) => (
    <button type="button" className="danger-button" aria-label={named('Move to trash', board)} {...guardOpenBoard(board, openId, 'move it to the trash', () => void move(board, 'trashed', trashBoard, `Moved ${isolate(board.title)} to the trash.`))}>
      Move to trash
    </button>
  );

  // Deletes one board of the trash for good. Focus goes to its neighbour in the trash, or the
  // trash's heading. (Not the board open in this window: its button only says why, as Move to trash does.)
  const deleteOne = (board: BoardSummary) => {
    const left = trashed.map((b) => b.id);
    const places = [...neighbours(left, board.id).map((id) => cardButton('trashed', id as BoardId)), sectionHeading('trashed')];
    // None deleted: restored in another window since it was shown, or opened here; it stays.
    const done = (deleted: readonly BoardId[]) => (deleted.length === 1 ? `Deleted ${isolate(board.title)} for good.` : `${isolate(board.title)} is no longer in the trash: nothing was deleted.`);
    return run(() => deleteForGood([board.id], '', done), undefined, places);
  };
  // An empty or unreadable library may mean the storage was reset: the backups are worth a look.
  const storageLost = offeredAtStartup || error !== null || boards?.length === 0;

  return (
    <div className="library">
      <header className="library__header">
        <div>
          <p className="board-header__app">Ownership Board</p>
          {/* Focusable from script: a new screen hands focus to its heading (app/App.tsx). */}
          <h1 tabIndex={-1}>Your boards</h1>
        </div>
        <div className="library__create">
          {/* Not while the library cannot be read: a new board would go to that same storage, which
              for a blocked one or a newer version's can only fail. */}
          {error === null && (
            <>
              <button type="button" className="primary-button" onClick={() => void create(createBlankBoard(newId(), now()))}>
                New board
              </button>
              <button type="button" onClick={() => void create(createSampleBoard({ makeId: () => crypto.randomUUID(), now: now() }))}>
                New copy of the sample
              </button>
            </>
          )}
          {openId && (
            <button type="button" onClick={() => { setScreen('board'); }}>
              Back to the open board
            </button>
          )}
          <RestoreFromBackupButton />
          <AppearanceChoice />
        </div>
      </header>
      <main className="library__main">
        {storageLost && <BackupOfferPanel />}
        {lowSpace !== null && (
          <p role="status" className="library__warning">
            {lowSpace}
          </p>
        )}
        {error === null && (
          <div className="library__tools">
            <label className="library__search">
              <span className="visually-hidden">Search boards by title or purpose</span>
              <input type="search" dir="auto" placeholder="Search boards by title or purpose" value={query} onChange={(e) => { setQuery(e.target.value); }} />
            </label>
            {/* A native select: its label and the order chosen are read out as it is reached, and
                the live region below says the list's new order once it is chosen. Until the order
                kept has been read (while "Loading your boards…"), it names none and cannot be used:
                it said "Last edited" for that moment, then the order kept. Blank, it keeps its width. */}
            <label className="library__order">
              Sort by
              <select
                value={order ?? ''}
                disabled={order === null}
                onChange={(e) => {
                  if (isLibraryOrder(e.target.value)) chooseOrder(e.target.value);
                }}
              >
                {order === null && <option value="" />}
                {LIBRARY_ORDERS.map((option) => (
                  <option key={option} value={option}>
                    {ORDER_LABELS[option]}
                  </option>
                ))}
              </select>
            </label>
            <p role="status" aria-label="Sort order" className="visually-hidden">
              {orderSaid}
            </p>
            {/* What a search found, said as it is typed: the sections' counts change silently. */}
            <p role="status" aria-label="Search results" className="visually-hidden">
              {searchSaid.text}
            </p>
          </div>
        )}
        {error !== null ? (
          // Only the reason: sections read as "Boards (0) – No boards yet" and "The trash is
          // empty" told a person whose boards could not be read that they were gone.
          <div role="alert" className="library__error">
            <p>{error.message}</p>
            {error.retry && (
              <button
                type="button"
                onClick={() => {
                  // Read at last, the reason and this button go: focus goes to the search.
                  focusNext.current = ['.library__search input'];
                  refresh();
                }}
              >
                Try again
              </button>
            )}
          </div>
        ) : boards === null || order === null ? (
          <p aria-busy="true">Loading your boards…</p>
        ) : (
          <>
            <BoardSection title="Boards" place="active" empty={noActiveBoard(allArchived, allTrashed)} emptySearch="No board matches your search." boards={active} total={count('active')} openId={openId} created={order === 'created'}>
              {(board) => (
                <>
                  <button type="button" aria-label={named('Open', board)} onClick={() => void open(board.id)}>
                    Open
                  </button>
                  <RenameButton board={board} onRename={(title) => run(() => rename(board, title), `Renamed to ${isolate(title.trim())}.`, [cardButton('active', board.id, 'rename')])} />
                  <button type="button" aria-label={named('Duplicate', board)} data-action="duplicate" onClick={() => void run(() => duplicate(board.id, 'copy'), `Duplicated ${isolate(board.title)}.`, [cardButton('active', board.id, 'duplicate')])}>
                    Duplicate
                  </button>
                  {/* A button of its own beside Duplicate, not a menu behind it: found by looking
                      at the card, reached by Tab like the others, and its name says what it does. */}
                  <button type="button" aria-label={named(COPY_AS_TEMPLATE, board)} data-action="template" onClick={() => void run(() => duplicate(board.id, 'template'), templateMade(board), [cardButton('active', board.id, 'template')])}>
                    {COPY_AS_TEMPLATE}
                  </button>
                  <button type="button" aria-label={named('Archive', board)} onClick={() => void move(board, 'archived', archiveBoard, `Archived ${isolate(board.title)}.`)}>
                    Archive
                  </button>
                  {trashButton(board)}
                </>
              )}
            </BoardSection>
            {allArchived > 0 && (
              <BoardSection title="Archived" place="archived" empty="" emptySearch="No archived board matches your search." boards={archived} total={allArchived} openId={openId} created={order === 'created'}>
                {(board) => (
                  <>
                    <button type="button" aria-label={named('Open', board)} onClick={() => void open(board.id)}>
                      Open
                    </button>
                    <button type="button" aria-label={named('Unarchive', board)} onClick={() => void move(board, 'active', unarchiveBoard, `${isolate(board.title)} is back among your boards.`)}>
                      Unarchive
                    </button>
                    {trashButton(board)}
                  </>
                )}
              </BoardSection>
            )}
            <BoardSection
              title="Trash"
              place="trashed"
              empty="The trash is empty."
              emptySearch="No board in the trash matches your search."
              boards={trashed}
              total={allTrashed}
              openId={openId}
              created={order === 'created'}
              note={trashed.length > 1 ? 'Most recently trashed first' : undefined}
              action={
                trashed.length > 0 ? (
                  <button type="button" className="danger-button" onClick={() => void run(emptyShownTrash, undefined, [sectionHeading('trashed')])}>
                    Empty trash
                  </button>
                ) : null
              }
            >
              {(board) => (
                <>
                  <button type="button" aria-label={named('Restore', board)} onClick={() => void move(board, 'active', restoreBoard, `Restored ${isolate(board.title)}.`)}>
                    Restore
                  </button>
                  <button type="button" className="danger-button" aria-label={named('Delete for good', board)} data-action="delete" {...guardOpenBoard(board, openId, 'delete it for good', () => void deleteOne(board))}>
                    Delete for good
                  </button>
                </>
              )}
            </BoardSection>
          </>
        )}
      </main>
      <Notices />
    </div>
  );
}

/**
 * One section of the library. `boards` are those the search shows, `total` how many the section
 * holds: under a search the heading says both ("Trash (1 of 3)"), and a section the search empties
 * says so (`emptySearch`) rather than that it is empty (`empty`).
 */
function BoardSection({
  title,
  place,
  empty,
  emptySearch,
  boards,
  total,
  openId,
  created,
  note,
  action,
  children,
}: {
  readonly title: string;
  /** The boards' status: the section's name for where focus goes (see cardButton). */
  readonly place: BoardStatus;
  readonly empty: string;
  readonly emptySearch: string;
  readonly boards: readonly BoardSummary[];
  readonly total: number;
  readonly openId: BoardId | null;
  /** Whether the cards say when each board was created (the boards are in that order). */
  readonly created: boolean;
  /** How the section is ordered, when that is not the order chosen for the library. */
  readonly note?: string | undefined;
  readonly action?: ReactNode;
  readonly children: (board: BoardSummary) => ReactNode;
}) {
  const headingId = useId();
  const emptyText = total === 0 ? empty : emptySearch;
  return (
    <section className="library__section" aria-labelledby={headingId} data-library-section={place}>
      <div className="library__section-head">
        <h2 id={headingId} tabIndex={-1}>
          {title} <span className="muted">({boards.length === total ? String(total) : `${String(boards.length)} of ${String(total)}`})</span>
        </h2>
        {note !== undefined && <p className="muted library__section-note">{note}</p>}
        {action}
      </div>
      {boards.length === 0 ? (
        emptyText && <p className="muted">{emptyText}</p>
      ) : (
        <ul className="library__list">
          {boards.map((board) => (
            <li key={board.id} className="library__item" data-board-id={board.id}>
              <BoardCard board={board} open={board.id === openId} created={created}>
                {children(board)}
              </BoardCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * One board. An article, not a landmark: a region per board filled the landmarks list, and two
 * boards of the same title (a copy) made two landmarks of the same name.
 */
function BoardCard({ board, open, created, children }: { readonly board: BoardSummary; readonly open: boolean; readonly created: boolean; readonly children: ReactNode }) {
  const titleId = useId();
  return (
    <article aria-labelledby={titleId} className="library__card">
      <h3 className="library__title">
        {/* Isolated: a title's right-to-left letters or bidirectional controls reorder only itself. */}
        <bdi id={titleId}>{board.title}</bdi>
        {/* Heard as "Q3 planning, open in this window", not "Q3 planning Open" (an Open button?). */}
        {open && (
          <span className="tag tag--new">
            <span className="visually-hidden">, </span>Open<span className="visually-hidden"> in this window</span>
          </span>
        )}
      </h3>
      {/* One line (cut with an ellipsis by CSS, read whole by a screen reader): what tells "Sales
          workshop 3" from "Sales workshop 4", and why a search for a word not in the title found it. */}
      {board.purpose.trim() !== '' && (
        <p className="library__purpose">
          <bdi>{board.purpose}</bdi>
        </p>
      )}
      <p className="library__meta">
        {/* Listed by when they were made, the cards say it, or the order could not be told. */}
        {created && `Created ${formatEdited(board.createdAt)} · `}
        Last edited {formatEdited(board.updatedAt)} · {ownershipLine(board)}
        {board.trashedAt ? ` · in the trash since ${formatEdited(board.trashedAt)}` : ''}
      </p>
      <div className="library__actions">{children}</div>
    </article>
  );
}

/** "4 outcomes · 1 of 4 owned"; a board with none yet is not "0 of 0 owned" (the board's header says the same). */
function ownershipLine({ outcomes, owned }: BoardSummary): string {
  if (outcomes === 0) return NO_OUTCOMES_YET;
  return `${String(outcomes)} ${outcomes === 1 ? 'outcome' : 'outcomes'} · ${String(owned)} of ${String(outcomes)} owned`;
}

/** What the Rename field holds: the title typed. */
interface TitleDraft {
  readonly title: string;
}

/**
 * A board's Rename: the button, or the field open in its place. Closed by Escape (or taken away: the
 * library left for a board) with a title typed and not saved, it says so, with "Bring them back"
 * (board/draftBack.ts), which opens the field again here with the typing and the caret as they were.
 */
function RenameButton({ board, onRename }: { readonly board: BoardSummary; readonly onRename: (title: string) => Promise<ActionResult> }) {
  const [editing, setEditing] = useState<{ readonly kept?: KeptDraft<TitleDraft> } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Closed by Escape or a save: focus goes back to the Rename button (the field it had is gone).
  const close = useCloseToOpener(editing !== null, () => {
    setEditing(null);
  }, button);
  useReopenable(
    `library:${board.id}`,
    useCallback((kept: KeptDraft<TitleDraft>) => {
      setEditing({ kept });
    }, []),
  );
  if (editing === null) {
    return (
      <button ref={button} type="button" aria-label={named('Rename', board)} data-action="rename" onClick={() => { setEditing({}); }}>
        Rename
      </button>
    );
  }
  return <RenameForm board={board} kept={editing.kept} onRename={onRename} close={close} />;
}

function RenameForm({
  board,
  kept,
  onRename,
  close,
}: {
  readonly board: BoardSummary;
  readonly kept: KeptDraft<TitleDraft> | undefined;
  readonly onRename: (title: string) => Promise<ActionResult>;
  readonly close: () => void;
}) {
  // A new title typed and not saved (typed back to what it opened with, nothing is lost): closing
  // the window asks first; the field closed by Escape, or taken away with the library, says it was
  // not saved, with a way back.
  const { draft, update, form, settle } = useDraftEditor<TitleDraft>({
    editor: `library:${board.id}`,
    what: `“${isolatedInSentence(board.title)}”`,
    kept,
    fresh: () => ({ title: board.title }),
  });
  const { title } = draft;
  // Why the last try was refused: shown under the field, which it describes, until the next try.
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const problemId = useId();
  return (
    <form
      ref={form}
      className="library__rename"
      onSubmit={(event) => {
        event.preventDefault();
        void onRename(title).then((result) => {
          if (result.ok) {
            settle();
            close();
            return;
          }
          // Refused (or not saved): the field stays open with what was typed, and takes focus, so
          // the person can correct it or press Escape.
          setProblem(result.message);
          input.current?.focus();
        });
      }}
      onKeyDown={(event) => {
        if (isEscape(event)) close();
      }}
    >
      <input
        ref={input}
        name="title"
        dir="auto"
        aria-label={`New title for ${board.title}`}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : problemId}
        value={title}
        maxLength={LIMITS.titleLength}
        // Brought back, the caret goes where it was (above).
        autoFocus={kept === undefined}
        onChange={(e) => { update({ title: e.target.value }); }}
      />
      <button type="submit">Save title</button>
      {problem !== null && (
        <p id={problemId} className="form-error library__rename-error">
          {problem}
        </p>
      )}
    </form>
  );
}

/**
 * The library kept up to date with the other windows on this profile (two desktop windows, or two
 * tabs of the web version): they say which boards they saved, moved or deleted (db/boards.ts), and
 * the library reads those boards again — only those, and not on every message. A facilitator
 * dragging in the other window saves many times a minute; the boards changed meanwhile are
 * gathered and read together, at most once per `gap`.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { BoardId } from '../../shared/model';
import { isolatedInSentence, listInSentence } from '../../shared/text';
import { onBoardsChangedElsewhere } from '../db/boards';
import { readSummaries, type BoardSummary } from '../db/library';
import { notify, useNotices } from '../app/notices';
import { changedElsewhere, sayChangesElsewhere, type ChangesElsewhereSaid } from '../app/changesElsewhere';

/** How long after the first change of a quiet spell the library reads it (ms). */
export const READ_DELAY_MS = 150;
/** The least time between two reads' starts while changes keep coming (ms). */
export const READ_GAP_MS = 1000;

export interface Clock {
  readonly now: () => number;
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/**
 * Gathers changed boards and hands them to `read` together: `delay` after the first, then at most
 * once per `gap`, never two reads at once (what changes during a read waits for the next;
 * `stillToRead` is told when a read ends with such changes waiting).
 */
export function createChangeGatherer(
  read: (ids: ReadonlySet<BoardId>) => Promise<void>,
  { delay = READ_DELAY_MS, gap = READ_GAP_MS, stillToRead = () => undefined }: { readonly delay?: number; readonly gap?: number; readonly stillToRead?: () => void } = {},
  clock: Clock = realClock,
) {
  let pending = new Set<BoardId>();
  let timer: unknown = null;
  let reading = false;
  let lastStart = -Infinity;
  let stopped = false;

  const schedule = () => {
    timer = clock.setTimeout(flush, Math.max(delay, lastStart + gap - clock.now()));
  };

  function flush(): void {
    timer = null;
    const ids = pending;
    pending = new Set();
    reading = true;
    lastStart = clock.now();
    void read(ids).finally(() => {
      reading = false;
      if (stopped || pending.size === 0) return;
      stillToRead();
      schedule();
    });
  }

  return {
    add(ids: readonly BoardId[]): void {
      if (stopped) return;
      for (const id of ids) pending.add(id);
      if (timer === null && !reading && pending.size > 0) schedule();
    },
    stop(): void {
      stopped = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}

/**
 * While the library is shown: `read` gets the boards the other windows changed (see above);
 * `heard` is told at once of each change, which `read` gets up to a `gap` later, and again when a
 * read ends with changes heard during it still to read: heard before that read had begun the
 * burst it adds to, they did not hold that burst back.
 */
export function useBoardsChangedElsewhere(read: (ids: ReadonlySet<BoardId>) => Promise<void>, heard: () => void): void {
  // The latest callbacks, so the subscription lives as long as the screen, not one render.
  const latest = useRef({ read, heard });
  useEffect(() => {
    latest.current = { read, heard };
  });
  useEffect(() => {
    const gatherer = createChangeGatherer((ids) => latest.current.read(ids), {
      stillToRead: () => {
        latest.current.heard();
      },
    });
    const stop = onBoardsChangedElsewhere((ids) => {
      latest.current.heard();
      gatherer.add(ids);
    });
    return () => {
      stop();
      gatherer.stop();
    };
  }, []);
}

/** A board as the library listed it before another window's changes, and as read after them (null: not there). */
export interface BoardChangedElsewhere {
  readonly before: BoardSummary | null;
  readonly after: BoardSummary | null;
}

/** What happened to a board, in the order the notice says them; a rename is said on its own. */
const HAPPENED = ['added', 'moved to the trash', 'archived', 'restored from the trash', 'unarchived', 'edited', 'deleted for good'] as const;
type Happened = (typeof HAPPENED)[number];

/** What happened to the board besides a rename; null for nothing (or only the rename). */
function happened({ before, after }: BoardChangedElsewhere): Happened | null {
  if (before === null) return after === null ? null : 'added';
  if (after === null) return 'deleted for good';
  if (after.status !== before.status) {
    if (after.status === 'trashed') return 'moved to the trash';
    if (after.status === 'archived') return 'archived';
    return before.status === 'trashed' ? 'restored from the trash' : 'unarchived';
  }
  if (after.title !== before.title) return null;
  const edited = after.updatedAt !== before.updatedAt || after.purpose !== before.purpose || after.outcomes !== before.outcomes || after.owned !== before.owned;
  return edited ? 'edited' : null;
}

/** How many boards a sentence names; the rest are counted ("and 4 more"). */
const NAMED_IN_SENTENCE = 3;

/**
 * What another window's changes did among the boards, in sentences: "Board “Q3 planning” was
 * renamed “Q4 planning”.", "Boards “Scratch” and “Old plan” were moved to the trash."
 */
export function describeLibraryChanges(changes: readonly BoardChangedElsewhere[]): string[] {
  const renamed: string[] = [];
  const titles = new Map<Happened, string[]>();
  for (const change of changes) {
    const { before, after } = change;
    if (before !== null && after !== null && after.title !== before.title) {
      renamed.push(`Board “${isolatedInSentence(before.title)}” was renamed “${isolatedInSentence(after.title)}”.`);
    }
    const what = happened(change);
    const title = after?.title ?? before?.title;
    if (what !== null && title !== undefined) titles.set(what, [...(titles.get(what) ?? []), title]);
  }
  const sentence = (what: Happened): string[] => {
    const named = titles.get(what) ?? [];
    if (named.length === 0) return [];
    const one = named.length === 1;
    return [`${one ? 'Board' : 'Boards'} ${listInSentence(named, { quoted: true, most: NAMED_IN_SENTENCE })} ${one ? 'was' : 'were'} ${what}.`];
  };
  // The renames after the boards added, before what else happened to the boards renamed (which
  // are named by their new titles).
  return [...sentence('added'), ...renamed, ...HAPPENED.filter((what) => what !== 'added').flatMap(sentence)];
}

/**
 * While the library is shown: says what another window changed among the boards ("Changed in
 * another window: Board “Q3 planning” was moved to the trash."), once for a burst of its changes
 * (app/changesElsewhere.ts), as the board screen says what changed on the board. A screen-reader
 * user here was told nothing while cards came, went, moved between sections and up the list. This
 * window's own moves are not heard here (the other windows are told of them, not this one), and
 * they say themselves. A board edited there is said to be once while the library is shown: a
 * facilitator editing it there saves many times a minute, and its card says when it was edited.
 *
 * Returns what the library tells it: each change heard of (what is gathered is not said before it
 * is read: the reads come up to a second apart, as long as the pause that ends a burst), and each
 * read, with the boards as listed before the read is drawn.
 */
export function useLibraryChangesElsewhereSaid(): LibraryChangesElsewhere {
  const burst = useRef<ChangesElsewhereSaid<ReadonlyMap<BoardId, BoardChangedElsewhere>> | null>(null);
  useEffect(() => {
    const editsSaid = new Set<BoardId>();
    const said = sayChangesElsewhere((changes: ReadonlyMap<BoardId, BoardChangedElsewhere>) => {
      // A board's edits are said once while the library is shown (see above).
      const heard: BoardChangedElsewhere[] = [];
      for (const [id, change] of changes) {
        if (happened(change) === 'edited') {
          if (editsSaid.has(id)) continue;
          editsSaid.add(id);
        }
        heard.push(change);
      }
      const sentences = describeLibraryChanges(heard);
      return sentences.length === 0 ? null : changedElsewhere(sentences);
    });
    burst.current = said;
    return () => {
      said.stop();
      burst.current = null;
    };
  }, []);
  return useMemo(
    () => ({
      heard: () => burst.current?.awaitMore(),
      read: (listed, read) => {
        burst.current?.add((gathered) => {
          const changes = new Map(gathered ?? []);
          for (const [id, after] of read) {
            // As listed before the first change of the burst.
            const before = changes.has(id) ? (changes.get(id)?.before ?? null) : (listed.find((board) => board.id === id) ?? null);
            changes.set(id, { before, after });
          }
          return changes;
        });
      },
    }),
    [],
  );
}

/** What the library tells useLibraryChangesElsewhereSaid. */
export interface LibraryChangesElsewhere {
  /** Another window changed boards: they are being read. */
  readonly heard: () => void;
  /** What was read of them, and the boards as listed before it is drawn. */
  readonly read: (listed: readonly BoardSummary[], read: ReadonlyMap<BoardId, BoardSummary | null>) => void;
}

const MOVED_NOTICES = {
  trashed: 'This board was moved to the trash in another window. You can go on here; to keep it among your boards, restore it from All boards.',
  archived: 'This board was archived in another window. You can go on here; All boards lists it under Archived.',
} as const;

/**
 * What the open board's window says when another window moves that board to the trash or the
 * archive: it stays open and editable here (nothing is lost), but the person should know it no
 * longer stands among their boards. Deleted for good, the board store asks at once whether to keep
 * it (SyncBanner), and what was said of the trash no longer holds: see useOpenBoardMovedElsewhere.
 */
export function movedElsewhereNotice(summary: BoardSummary | null): string | null {
  if (summary?.status === 'trashed') return MOVED_NOTICES.trashed;
  if (summary?.status === 'archived') return MOVED_NOTICES.archived;
  return null;
}

/**
 * While a board is open: says so when another window moves it to the trash or the archive. Only
 * a move is heard (every move changes where the board stands); a save is not, or each save of an
 * archived board open in two windows would say again that it was archived.
 */
export function useOpenBoardMovedElsewhere(boardId: BoardId): void {
  useEffect(() => {
    let current = true;
    // What was said here of this board's place (restore it from the trash…), to take back once it is deleted.
    const said = new Set<number>();
    const stop = onBoardsChangedElsewhere(
      (ids) => {
        if (!ids.includes(boardId)) return;
        void readSummaries([boardId]).then(
          (changes) => {
            if (!current) return;
            const summary = changes.get(boardId) ?? null;
            if (summary === null) {
              for (const id of said) useNotices.getState().dismiss(id);
              said.clear();
            }
            const message = movedElsewhereNotice(summary);
            if (message !== null) said.add(notify(message));
          },
          // Not readable now: the next save says what is wrong, if anything is.
          () => undefined,
        );
      },
      { movesOnly: true },
    );
    return () => {
      current = false;
      stop();
    };
  }, [boardId]);
}

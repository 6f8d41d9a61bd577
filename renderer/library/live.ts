/**
 * The library kept up to date with the other windows on this profile (two desktop windows, or two
 * tabs of the web version): they say which boards they saved, moved or deleted (db/boards.ts), and
 * the library reads those boards again — only those, and not on every message. A facilitator
 * dragging in the other window saves many times a minute; the boards changed meanwhile are
 * gathered and read together, at most once per `gap`.
 */
import { useEffect, useRef } from 'react';
import type { BoardId } from '../../shared/model';
import { onBoardsChangedElsewhere } from '../db/boards';
import { readSummaries, type BoardSummary } from '../db/library';
import { notify, useNotices } from '../app/notices';

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
 * once per `gap`, never two reads at once (what changes during a read waits for the next).
 */
export function createChangeGatherer(read: (ids: ReadonlySet<BoardId>) => Promise<void>, { delay = READ_DELAY_MS, gap = READ_GAP_MS } = {}, clock: Clock = realClock) {
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
      if (!stopped && pending.size > 0) schedule();
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

/** While the library is shown: `read` gets the boards the other windows changed (see above). */
export function useBoardsChangedElsewhere(read: (ids: ReadonlySet<BoardId>) => Promise<void>): void {
  // The latest `read`, so the subscription lives as long as the screen, not one render.
  const latest = useRef(read);
  useEffect(() => {
    latest.current = read;
  });
  useEffect(() => {
    const gatherer = createChangeGatherer((ids) => latest.current(ids));
    const stop = onBoardsChangedElsewhere((ids) => {
      gatherer.add(ids);
    });
    return () => {
      stop();
      gatherer.stop();
    };
  }, []);
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

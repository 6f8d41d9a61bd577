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

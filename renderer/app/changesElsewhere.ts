/**
 * What another window on this profile changed, said here once for a burst of its saves ("Changed
 * in another window: …"), when it has paused for a moment; a longer burst is said at least every
 * few seconds. A facilitator typing or dragging there saves many times a minute: a notice for each
 * save would talk over everything a screen reader is reading here. The board screen says so what
 * changed on the board shown (board/focusElsewhere.ts), the library what changed among the boards
 * (library/live.ts).
 */
import { notify } from './notices';

/** The other window quiet this long ends a burst of its saves; a longer burst is said at least this often. */
const CHANGES_ELSEWHERE_QUIET_MS = 1000;
const CHANGES_ELSEWHERE_LONGEST_MS = 4000;

/** The notice for what another window changed, in sentences ("Board “Q3” was archived."). */
export const changedElsewhere = (sentences: readonly string[]): string => `Changed in another window: ${sentences.join(' ')}`;

export interface ChangesElsewhereSaid<T> {
  /** What the burst not said yet holds, if there is one. */
  readonly pending: () => T | null;
  /** Adds a change to the burst (`gather` gets what it holds, null for a new one) and waits again for a pause. */
  readonly add: (gather: (burst: T | null) => T) => void;
  /**
   * More of the burst is on its way (heard of, still being read): it is not said before the next
   * `add`, or before the burst's longest time if that never comes.
   */
  readonly awaitMore: () => void;
  /** Says the burst now (what came before a change made here, or on another board, is said first). */
  readonly say: () => void;
  /** Forgets the burst unsaid (the screen left). */
  readonly stop: () => void;
}

/** Gathers another window's changes into bursts; `message` says one (null: nothing to say). */
export function sayChangesElsewhere<T>(message: (burst: T) => string | null): ChangesElsewhereSaid<T> {
  let burst: { value: T; readonly startedAt: number; timer: ReturnType<typeof setTimeout> | undefined } | null = null;
  const stop = () => {
    if (burst) clearTimeout(burst.timer);
    burst = null;
  };
  const say = () => {
    const said = burst?.value ?? null;
    stop();
    if (said === null) return;
    const text = message(said);
    if (text !== null) notify(text);
  };
  /** Says the burst after `quiet` ms, or at its longest time if that comes first. */
  const sayAfter = (current: NonNullable<typeof burst>, quiet: number) => {
    clearTimeout(current.timer);
    current.timer = setTimeout(say, Math.min(quiet, current.startedAt + CHANGES_ELSEWHERE_LONGEST_MS - Date.now()));
  };
  return {
    pending: () => burst?.value ?? null,
    add: (gather) => {
      if (burst) burst.value = gather(burst.value);
      else burst = { value: gather(null), startedAt: Date.now(), timer: undefined };
      sayAfter(burst, CHANGES_ELSEWHERE_QUIET_MS);
    },
    awaitMore: () => {
      if (burst) sayAfter(burst, Infinity);
    },
    say,
    stop,
  };
}

/**
 * Whether the space this app may use on this computer is nearly gone, asked of the browser
 * (`navigator.storage.estimate()`), so a person is warned while saves still work rather than told
 * only once one has failed (describeStorageError's "The disk is full"). Asked on the library and
 * once when the window is idle after start-up: never on the board's first render.
 */
import { formatBytes } from '../backups/restore';
import { notify } from './notices';
import { whenIdle } from './idle';
import { useUiStore } from '../store/uiStore';

/** Below this much space left, saves are near their end: a board with its history is a few MB. */
export const LOW_SPACE_BYTES = 100 * 1024 * 1024;
/** Or once this share of the quota is used. */
export const LOW_SPACE_SHARE = 0.9;

/**
 * What to tell the person when the space is low, else null (also when the browser cannot say).
 * Chromium's quota shrinks with the disk's free space, so a full disk shows here too.
 */
export async function lowSpaceWarning(storage: StorageManager | undefined = 'storage' in navigator ? navigator.storage : undefined): Promise<string | null> {
  let estimate: StorageEstimate;
  try {
    if (typeof storage?.estimate !== 'function') return null;
    estimate = await storage.estimate();
  } catch {
    return null;
  }
  const { usage, quota } = estimate;
  if (usage === undefined || quota === undefined || quota <= 0) return null;
  const left = Math.max(0, quota - usage);
  if (left >= LOW_SPACE_BYTES && usage < quota * LOW_SPACE_SHARE) return null;
  return `Space for your boards is nearly full: ${formatBytes(left)} left on this computer. When it runs out, changes can no longer be saved. Free some disk space, or delete boards you no longer need and empty the trash.`;
}

/** How long start-up may wait for an idle moment before asking (ms). */
const STARTUP_CHECK_WAIT_MS = 10_000;

/** Asks once the window is idle after start-up, and warns with a notice if space is low (on the board). */
export function warnOfLowSpaceWhenIdle(): void {
  whenIdle(() => {
    void lowSpaceWarning().then((warning) => {
      // The library says it in a banner of its own: not twice.
      if (warning !== null && useUiStore.getState().screen !== 'library') notify(warning, { tone: 'error' });
    });
  }, STARTUP_CHECK_WAIT_MS);
}

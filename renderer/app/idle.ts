/**
 * Runs `run` once the window is next idle, or after `timeoutMs` at most; where there is no
 * requestIdleCallback (jsdom), on the next task. Returns a cancel. For work that may wait until the
 * board has been drawn: the health findings far below the screen, the save worker's start.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(run, 0);
  return () => {
    clearTimeout(timer);
  };
}

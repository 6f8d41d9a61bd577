/**
 * Counts renders of the board's containers (outcome cards, parking lot) when asked to, so tests
 * and the benchmark can check that a drop re-renders only what it touched. Off unless the page
 * was opened with `?probe` (or a test switched it on); when off it costs one boolean check.
 */
export interface RenderProbe {
  enabled: boolean;
  readonly counts: Map<string, number>;
}

export const renderProbe: RenderProbe = {
  enabled: typeof location !== 'undefined' && new URLSearchParams(location.search).has('probe'),
  counts: new Map(),
};

if (renderProbe.enabled && typeof window !== 'undefined') {
  (window as unknown as { __ownershipBoardRenders?: RenderProbe }).__ownershipBoardRenders = renderProbe;
}

/** Call in a component's body: counts one render under `key` while the probe is on. */
export function countRender(key: string): void {
  if (renderProbe.enabled) renderProbe.counts.set(key, (renderProbe.counts.get(key) ?? 0) + 1);
}

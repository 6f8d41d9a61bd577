/**
 * Zoom to fit and presentation mode: the parts of "how the board looks" that touch the DOM.
 * Full screen is a wish, not a requirement — presentation mode works in a window too.
 */
import { notify } from '../app/notices';
import { MIN_ZOOM, useUiStore } from '../store/uiStore';
import { boardLayoutAt, boardWindowWidth, LAYOUT_CLASS, outcomeColumns } from './BoardContent';
import { focusForPresenting } from './focus';
import { fullScreenLeft, holdFullScreenWhilePresenting, leaveFullScreen } from './presentationFullScreen';

/** Zoom to fit goes no higher than this: beyond it a small board's cards only get bigger. */
export const FIT_MAX_ZOOM = 1.5;

/**
 * The whole percents from the smallest zoom to FIT_MAX_ZOOM in runs of one layout and one number
 * of outcome columns, smallest zoom first: `low` to `high`, each included.
 */
export function runsOfColumns(width: number, presenting: boolean): { readonly low: number; readonly high: number }[] {
  const runs: { low: number; high: number; key: string }[] = [];
  for (let percent = Math.round(MIN_ZOOM * 100); percent <= Math.round(FIT_MAX_ZOOM * 100); percent++) {
    const layout = boardLayoutAt(width, percent / 100, presenting);
    const key = `${layout} ${String(outcomeColumns(layout, width, percent / 100, presenting))}`;
    const last = runs.at(-1);
    if (last?.key === key) last.high = percent;
    else runs.push({ low: percent, high: percent, key });
  }
  return runs.map(({ low, high }) => ({ low, high }));
}

/**
 * Zooms to the largest level (in whole percents, at most 150 %) at which the whole board fits the
 * window below the toolbar without scrolling. The board reflows at every zoom — more columns as it
 * gets smaller, fewer columns beside the outcomes when zoomed in — so its height at one zoom says
 * little about another: each candidate is laid out and measured, with the zoom and the layout's
 * class set on the element directly, as React would set them, and put back before React renders
 * the chosen zoom. A board too big to fit at the smallest zoom (its text unreadable already) is
 * shown at that zoom, and the board says so: otherwise "Zoom to fit" would seem to do nothing.
 *
 * The height is not smaller at every smaller zoom: where one more column of outcomes opens, the
 * cards are narrower than just before it and taller. One binary search over 40–150 % took that for
 * a board too tall and stopped below it: the sample board at 1280 × 720 at 57 %, in five columns
 * for its four outcomes (an empty one beside them) with room to spare below, where 62 % (four
 * columns) fits. Within the zooms of one layout and one number of columns (`runsOfColumns`) the
 * board only grows with the zoom: the runs are tried from the largest zoom down by their smallest
 * zoom, and the first that fits is searched (at 1280 × 720, 9 runs and ~4 layouts in the one).
 */
export function zoomToFit(layout: HTMLElement | null, viewport = { width: boardWindowWidth(), height: window.innerHeight }): void {
  if (!layout) return;
  const { presenting, setZoom } = useUiStore.getState();
  const available = Math.max(200, viewport.height - (layout.getBoundingClientRect().top + window.scrollY));
  const zoomBefore = layout.style.zoom;
  const classBefore = layout.className;
  /** The board's height on screen at `percent` % (px), or Infinity when it is wider than the window. */
  const heightAt = (percent: number): number => {
    const zoom = percent / 100;
    layout.style.zoom = String(zoom);
    const chosen = boardLayoutAt(viewport.width, zoom, presenting);
    for (const name of ['one', 'two'] as const) layout.classList.toggle(LAYOUT_CLASS[name], name === chosen);
    if (layout.scrollWidth > layout.clientWidth + 1) return Infinity;
    return layout.getBoundingClientRect().height;
  };
  let best: number | null = null;
  let heightAtMin = 0;
  try {
    heightAtMin = heightAt(Math.round(MIN_ZOOM * 100));
    // Too big at the smallest zoom: too big at any (a board too big to fit is laid out once).
    const runs = heightAtMin <= available ? runsOfColumns(viewport.width, presenting).reverse() : [];
    for (const run of runs) {
      if (heightAt(run.low) > available) continue;
      best = run.low;
      let low = run.low + 1;
      let high = run.high;
      while (low <= high) {
        const middle = Math.floor((low + high) / 2);
        if (heightAt(middle) <= available) {
          best = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      break;
    }
  } finally {
    layout.style.zoom = zoomBefore;
    layout.className = classBefore;
  }
  if (best !== null) {
    setZoom(best / 100);
    return;
  }
  setZoom(MIN_ZOOM);
  // From its top, where the rest follows: the page kept its scroll offset, which at 40 % is far
  // further down the board, and a workshop's board (20 outcomes, at 1280 × 720) showed its last row
  // and an empty screen beside it, the room asked to "scroll to see the rest" from there.
  window.scrollTo({ top: 0, behavior: 'instant' });
  const needed = Math.floor(MIN_ZOOM * 100 * (available / heightAtMin));
  const smallest = `${String(Math.round(MIN_ZOOM * 100))}%`;
  const at = needed < 1 ? 'below 1%' : `at about ${String(needed)}%`;
  notify(
    Number.isFinite(heightAtMin)
      ? `The whole board would fit this window only ${at}, too small to read. It is shown at ${smallest}, the smallest zoom: scroll to see the rest.`
      : `The board is wider than this window even at ${smallest}, the smallest zoom: scroll to see the rest.`,
  );
}

export async function enterPresentation(): Promise<void> {
  // Present again while presenting (the menu's command): nothing is hidden that was not already.
  if (!useUiStore.getState().presenting) focusForPresenting();
  useUiStore.getState().setPresenting(true);
  try {
    // Present again just after leaving: the last full screen is still going (see fullScreenLeft).
    await fullScreenLeft();
    if (!useUiStore.getState().presenting) return;
    if (!document.fullscreenElement) await document.documentElement.requestFullscreen();
  } catch {
    // Not allowed here (an iframe, a test browser): presentation mode still applies, in the window.
    return;
  }
  await holdFullScreenWhilePresenting();
}

export async function exitPresentation(): Promise<void> {
  useUiStore.getState().setPresenting(false);
  await leaveFullScreen();
}

/**
 * Zoom to fit and presentation mode: the parts of "how the board looks" that touch the DOM.
 * Full screen is a wish, not a requirement — presentation mode works in a window too.
 */
import { useUiStore } from '../store/uiStore';

export function zoomToFit(layout: HTMLElement | null, viewport = { width: window.innerWidth, height: window.innerHeight }): void {
  if (!layout) return;
  const { zoom, setZoom } = useUiStore.getState();
  const top = layout.getBoundingClientRect().top + window.scrollY;
  const naturalWidth = layout.scrollWidth / zoom;
  const naturalHeight = layout.scrollHeight / zoom;
  if (naturalWidth === 0 || naturalHeight === 0) return;
  const available = { width: viewport.width, height: Math.max(200, viewport.height - top) };
  setZoom(Math.min(1.5, available.width / naturalWidth, available.height / naturalHeight));
}

export async function enterPresentation(): Promise<void> {
  useUiStore.getState().setPresenting(true);
  try {
    if (!document.fullscreenElement) await document.documentElement.requestFullscreen();
  } catch {
    // Not allowed here (an iframe, a test browser): presentation mode still applies.
  }
}

export async function exitPresentation(): Promise<void> {
  useUiStore.getState().setPresenting(false);
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
  } catch {
    // Already left full screen.
  }
}

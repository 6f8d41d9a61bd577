/**
 * The handshake between the print view and whoever prints it. The desktop app's hidden PDF window,
 * the browser's print flow and the PDF tests all wait for `<html data-print-ready="true">` before
 * printing: only then is the board loaded, every bundled font loaded and the page laid out, so no
 * PDF is ever taken of a half-drawn page or with a fallback font. A view that cannot print (the
 * board is missing) says "failed" instead, so a waiting printer can stop waiting at once.
 */

export const PRINT_READY_ATTRIBUTE = 'printReady';

export type PrintReadiness = 'true' | 'failed';

/** The families the print stylesheet declares; loaded explicitly so `fonts.ready` has work to wait for. */
const PRINT_FONTS = ['400 12px "Ownership Print Sans"', '700 12px "Ownership Print Sans"'];

/**
 * Resolves once the bundled fonts are loaded (or found missing: a failed font must not block the
 * PDF forever). `document.fonts.ready` alone can resolve before layout has asked for a font, so the
 * faces are requested first.
 */
export async function printFontsLoaded(doc: Document = document): Promise<void> {
  // jsdom (component tests) has no FontFaceSet.
  if (!('fonts' in doc)) return;
  try {
    await Promise.all(PRINT_FONTS.map((font) => doc.fonts.load(font)));
  } catch {
    // A font file that fails to load falls back to the next family; the PDF still prints.
  }
  await doc.fonts.ready;
}

/**
 * Two frames: React has committed, and the browser has laid out and painted that commit. A hidden
 * window (the desktop app prints from one) may never get an animation frame, so a short timer
 * stands in: layout is synchronous anyway; the frames only let a paint happen first.
 */
export function afterLayout(win: Window = window, fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, fallbackMs);
    win.requestAnimationFrame(() => {
      win.requestAnimationFrame(() => {
        win.clearTimeout(timer);
        resolve();
      });
    });
  });
}

export function signalPrintReady(readiness: PrintReadiness, doc: Document = document): void {
  doc.documentElement.dataset[PRINT_READY_ATTRIBUTE] = readiness;
}

export function clearPrintReady(doc: Document = document): void {
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a constant key, kept in one place
  delete doc.documentElement.dataset[PRINT_READY_ATTRIBUTE];
}

export function printReadiness(doc: Document): string | undefined {
  return doc.documentElement.dataset[PRINT_READY_ATTRIBUTE];
}

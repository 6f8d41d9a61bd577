/**
 * PDF export on the desktop: the renderer's own print view (`#print?…`, shared/print.ts) is
 * loaded in a hidden, locked-down window and printed with Chromium's printToPDF — the same
 * engine call Playwright's page.pdf() makes in the tests, so what the tests see is what users get.
 *
 * The print view reads the board from IndexedDB itself; only the print address crosses over.
 * It sets `document.documentElement.dataset.printReady = 'true'` once it is fully rendered with
 * its fonts loaded; this module polls for that (a fixed expression, in our own page, in a window
 * without a preload — the one place the app uses executeJavaScript) for at most 20 seconds.
 * Every wait is bounded: executeJavaScript never settles when the hidden page's renderer hangs or
 * dies (out of memory on a very large board), and an export that never ends would keep every
 * later "Export PDF" at "A PDF is already being made" until the app is restarted.
 * The hidden window is destroyed on every path.
 */
import type { PrintToPDFOptions } from 'electron';
import { printHash, type PrintRequest } from '../shared/print';

export const PRINT_READY_TIMEOUT_MS = 20_000;
export const PRINT_READY_POLL_MS = 100;
/** printToPDF itself takes seconds for a hundred pages; this only ends a print that hangs. */
export const PRINT_TO_PDF_TIMEOUT_MS = 120_000;
/**
 * A constant: nothing from the request or the page is ever evaluated. The print view answers
 * 'true' when ready and 'failed' when it cannot print (the board is gone), so a failure is fast.
 */
export const PRINT_READY_EXPRESSION = 'document.documentElement.dataset.printReady ?? null';

/** A failure the facilitator can read; anything else is reported with a generic sentence. */
export class PdfError extends Error {
  override readonly name = 'PdfError';
}

export const PDF_TIMEOUT_MESSAGE =
  'The PDF could not be made: the print view did not finish within 20 seconds. Close other programs or print fewer sections, and try again.';
export const PDF_LOAD_MESSAGE = 'The PDF could not be made: the print view did not load. Try again.';
export const PDF_PRINT_MESSAGE = 'The PDF could not be made: printing the board failed. Try again.';
export const PDF_MISSING_MESSAGE = 'The PDF could not be made: the board was not found on this computer. Save it and try again.';

/** The parts of a BrowserWindow the export uses (so tests can pass a fake). */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
  readonly webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
}

/** printToPDF's options for a request: the paper always named (A4 or Letter), never a custom size. */
export function pdfOptions(request: PrintRequest): PrintToPDFOptions & { readonly pageSize: PrintRequest['paper'] } {
  return {
    pageSize: request.paper,
    landscape: request.orientation === 'landscape',
    printBackground: true,
    // Page numbers, the footer and the margins come from the print view's own @page rules (which
    // Chromium has drawn itself since 131), the same in the desktop PDF, the browser's print and
    // the tests; Chromium's header/footer templates would print a second set of numbers.
    displayHeaderFooter: false,
    preferCSSPageSize: true,
    // A tagged PDF: a recipient's screen reader reads the map in order, with its headings, lists
    // and the document's language (/Lang from <html lang>). The outline is built from those
    // headings (board title; the map, the health check, people; each outcome and person), so the
    // PDF viewer's bookmarks jump to them.
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/**
 * The page's own address with the print route: `app://ownership-board/index.html#print?…`, for a
 * window nobody sees (the map is laid out for paper only: shared/print.ts PrintAddress).
 */
export function printUrl(entryUrl: string, request: PrintRequest): string {
  const hashAt = entryUrl.indexOf('#');
  return `${hashAt === -1 ? entryUrl : entryUrl.slice(0, hashAt)}${printHash(request, { unseen: true })}`;
}

export interface RenderPdfDeps {
  /** A new hidden window with printWindowOptions() (window.ts). */
  readonly createWindow: () => PrintWindow;
  /** APP_ENTRY_URL, or the dev server (whose IndexedDB holds the boards in development). */
  readonly entryUrl: string;
  readonly timeoutMs?: number;
  readonly pollMs?: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

const TIMED_OUT = Symbol('timed out');

/** Renders the print view of `request` to PDF bytes, or throws a PdfError. */
export async function renderPdf(request: PrintRequest, deps: RenderPdfDeps): Promise<Uint8Array> {
  const timeoutMs = deps.timeoutMs ?? PRINT_READY_TIMEOUT_MS;
  const pollMs = deps.pollMs ?? PRINT_READY_POLL_MS;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? realSleep;
  const deadline = now() + timeoutMs;

  const window = deps.createWindow();
  // One timer for the whole wait for the print view: its load and every question to it.
  const expired = sleep(timeoutMs).then((): typeof TIMED_OUT => TIMED_OUT);
  try {
    // loadURL settles on 'did-finish-load' (or a failed load); a page that never finishes
    // loading counts against the same deadline.
    let loaded: unknown;
    try {
      loaded = await Promise.race([window.loadURL(printUrl(deps.entryUrl, request)), expired]);
    } catch (error) {
      console.error('The print view did not load', error);
      throw new PdfError(PDF_LOAD_MESSAGE);
    }
    if (loaded === TIMED_OUT) throw new PdfError(PDF_TIMEOUT_MESSAGE);

    for (;;) {
      // Closed under it (a quit the person then called off closes every window): no answer will come.
      if (window.isDestroyed()) throw new PdfError(PDF_LOAD_MESSAGE);
      let state: unknown = null;
      try {
        state = await Promise.race([window.webContents.executeJavaScript(PRINT_READY_EXPRESSION), expired]);
      } catch {
        // The page may be between documents or busy; ask again until the deadline.
      }
      if (state === 'true') break;
      if (state === 'failed') throw new PdfError(PDF_MISSING_MESSAGE);
      if (state === TIMED_OUT || now() >= deadline) throw new PdfError(PDF_TIMEOUT_MESSAGE);
      await sleep(Math.min(pollMs, Math.max(0, deadline - now())));
    }

    let printed: Uint8Array | typeof TIMED_OUT;
    try {
      printed = await Promise.race([window.webContents.printToPDF(pdfOptions(request)), sleep(PRINT_TO_PDF_TIMEOUT_MS).then((): typeof TIMED_OUT => TIMED_OUT)]);
    } catch (error) {
      console.error('printToPDF failed', error);
      throw new PdfError(PDF_PRINT_MESSAGE);
    }
    if (printed === TIMED_OUT) {
      console.error('printToPDF did not finish');
      throw new PdfError(PDF_PRINT_MESSAGE);
    }
    return new Uint8Array(printed);
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}

/**
 * The desktop bridge for a plain browser: the same OwnershipBridge interface implemented with
 * what a web page has — a download link to save, a file input to open, the print dialog for a
 * PDF. Browser mode and the end-to-end tests run the UI through this.
 *
 * Backups to disk are the desktop app's: a web page has no folder of its own to write them to, so
 * writing one fails honestly (never a pretend "saved") and there are none to list or read.
 */
import {
  FILE_KINDS,
  MAX_FILE_BYTES,
  NOT_UTF8_MESSAGE,
  safeFileName,
  type MenuCommand,
  type OpenFileRequest,
  type OpenFileResult,
  type OwnershipBridge,
  type PrintPdfRequest,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/ipc';
import { foreignFileMessage } from '../../shared/format';
import { printHash } from '../../shared/print';
import { isolatedInSentence } from '../../shared/text';

export const BACKUPS_ARE_DESKTOP_ONLY = 'Backups to disk are a desktop feature.';

export function createWebBridge(appVersion: string, doc: Document = document): OwnershipBridge {
  const listeners = new Set<(command: MenuCommand) => void>();
  return {
    info: () => Promise.resolve({ shell: 'web', os: 'web', appVersion }),

    saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      const kind = FILE_KINDS[request.kind];
      const name = `${safeFileName(request.suggestedName)}.${kind.extension}`;
      const blob = new Blob([request.contents as BlobPart], { type: kind.mimeType });
      const url = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = url;
      link.download = name;
      link.rel = 'noopener';
      doc.body.append(link);
      link.click();
      link.remove();
      // Give the browser time to start the download before the blob goes away.
      setTimeout(() => {
        URL.revokeObjectURL(url);
      }, 10_000);
      return Promise.resolve({ status: 'saved', name });
    },

    openFile(request: OpenFileRequest): Promise<OpenFileResult> {
      return new Promise((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = request.kinds.map((k) => `.${FILE_KINDS[k].extension},${FILE_KINDS[k].mimeType}`).join(',');
        input.style.display = 'none';
        input.addEventListener('cancel', () => {
          input.remove();
          resolve({ status: 'cancelled' });
        });
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) {
            resolve({ status: 'cancelled' });
            return;
          }
          resolve(readFileAsText(file));
        });
        doc.body.append(input);
        input.click();
      });
    },

    printToPdf(request: PrintPdfRequest): Promise<SaveFileResult> {
      return printInNewWindow(request, doc.defaultView ?? window);
    },

    takePendingFile: () => Promise.resolve(null),

    writeBackup: () => Promise.resolve({ status: 'failed', message: BACKUPS_ARE_DESKTOP_ONLY }),
    listBackups: () => Promise.resolve([]),
    readBackup: () => Promise.resolve({ status: 'failed', message: BACKUPS_ARE_DESKTOP_ONLY }),
    // A web page keeps no backups: there is nothing to delete.
    deleteBackups: () => Promise.resolve({ status: 'deleted' }),
    // The browser draws its own window: the page's look is all there is to follow the choice.
    setAppearance: () => Promise.resolve(),

    onMenuCommand(listener) {
      // A browser has no native menu; keyboard shortcuts are handled by the UI itself.
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Reads a user-chosen (or dropped) file, refusing files above the documented size limit before
 * reading. Decoded strictly, as the desktop does: `file.text()` would quietly turn every byte that
 * is not UTF-8 into "�", and a board saved as Windows-1252 would import with its accents gone.
 */
export async function readFileAsText(file: File): Promise<OpenFileResult> {
  if (file.size > MAX_FILE_BYTES) {
    const limit = Math.round(MAX_FILE_BYTES / (1024 * 1024));
    return { status: 'failed', name: file.name, message: `${isolatedInSentence(file.name)} is larger than ${limit} MB, the most the app opens.` };
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { status: 'failed', name: file.name, message: `${isolatedInSentence(file.name)} could not be read.` };
  }
  // A PDF (or spreadsheet, or image) is named as such, as the desktop names it.
  const foreign = foreignFileMessage(new Uint8Array(bytes));
  if (foreign !== null) return { status: 'failed', name: file.name, message: foreign };
  try {
    // A leading byte-order mark is dropped, as file.text() and the desktop drop it.
    return { status: 'opened', name: file.name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { status: 'failed', name: file.name, message: NOT_UTF8_MESSAGE };
  }
}

/** How long the print window may take to load a board and its fonts before the app gives up. */
export const PRINT_WINDOW_TIMEOUT_MS = 60_000;
const PRINT_WINDOW_POLL_MS = 100;

type PrintWindowState = 'true' | 'failed' | 'closed' | 'timeout';

function printWindowState(printWindow: Window): PrintWindowState | null {
  if (printWindow.closed) return 'closed';
  try {
    const ready = printWindow.document.documentElement.dataset.printReady;
    return ready === 'true' || ready === 'failed' ? ready : null;
  } catch {
    // Still on its first, blank document, or navigated somewhere this page can't read.
    return null;
  }
}

function waitForPrintWindow(printWindow: Window, host: Window, timeoutMs: number): Promise<PrintWindowState> {
  return new Promise((resolve) => {
    const started = Date.now();
    const timer = host.setInterval(() => {
      const state = printWindowState(printWindow) ?? (Date.now() - started > timeoutMs ? 'timeout' : null);
      if (state === null) return;
      host.clearInterval(timer);
      resolve(state);
    }, PRINT_WINDOW_POLL_MS);
  });
}

/**
 * Browser mode's PDF: a browser page cannot write a PDF itself, but its print dialog can ("Save as
 * PDF"). The print view opens in a new window of this app (same origin, so it reads the board from
 * the same storage), and once it says it is ready (fonts loaded, laid out) its print dialog is
 * opened; the window closes itself after printing. A window rather than a frame, because the
 * Content Security Policy allows no frames at all.
 */
export async function printInNewWindow(request: PrintPdfRequest, host: Window, timeoutMs = PRINT_WINDOW_TIMEOUT_MS): Promise<SaveFileResult> {
  const url = new URL(host.location.href);
  url.hash = printHash(request);
  // Not noopener: this page needs the window's handle to see when it is ready and to print it.
  const printWindow = host.open(url.href, '_blank');
  if (!printWindow) {
    return { status: 'failed', message: 'The browser blocked the print window. Allow pop-ups for this page and try again.' };
  }
  const state = await waitForPrintWindow(printWindow, host, timeoutMs);
  if (state === 'closed') return { status: 'cancelled' };
  if (state !== 'true') {
    printWindow.close();
    return {
      status: 'failed',
      message: state === 'failed' ? 'The print view could not read this board from storage.' : 'The print view took too long to load.',
    };
  }
  printWindow.addEventListener(
    'afterprint',
    () => {
      printWindow.close();
    },
    { once: true },
  );
  printWindow.focus();
  printWindow.print();
  return { status: 'saved', name: `${safeFileName(request.suggestedName)}.${FILE_KINDS.pdf.extension}` };
}

/**
 * The desktop bridge for a plain browser: the same OwnershipBridge interface implemented with
 * what a web page has — a download link to save, a file input to open. Browser mode and the
 * end-to-end tests run the UI through this.
 */
import {
  FILE_KINDS,
  MAX_FILE_BYTES,
  safeFileName,
  type MenuCommand,
  type OpenFileRequest,
  type OpenFileResult,
  type OwnershipBridge,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/ipc';

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

    printToPdf(): Promise<SaveFileResult> {
      // Replaced by the print view's browser flow (renderer/print); until then, say so.
      return Promise.resolve({ status: 'failed', message: 'PDF export is not available in this version.' });
    },

    takePendingFile: () => Promise.resolve(null),

    onMenuCommand(listener) {
      // A browser has no native menu; keyboard shortcuts are handled by the UI itself.
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Reads a user-chosen file, refusing files above the documented size limit before reading. */
export async function readFileAsText(file: File): Promise<OpenFileResult> {
  if (file.size > MAX_FILE_BYTES) {
    const limit = Math.round(MAX_FILE_BYTES / (1024 * 1024));
    return { status: 'failed', message: `${file.name} is larger than ${limit} MB, the most the app opens.` };
  }
  try {
    return { status: 'opened', name: file.name, text: await file.text() };
  } catch {
    return { status: 'failed', message: `${file.name} could not be read.` };
  }
}

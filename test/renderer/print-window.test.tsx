/**
 * Browser mode's PDF: the print view opens in a new window of the app, and its print dialog opens
 * only once the view says it is ready. A blocked pop-up, a board that can't be read, a window the
 * person closes and a view that never gets ready each end in a clear result, never a hang.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PrintPdfRequest } from '../../shared/ipc';
import type { BoardId } from '../../shared/model';
import { createWebBridge, printInNewWindow } from '../../renderer/platform/web';

const request: PrintPdfRequest = {
  boardId: 'b-1' as BoardId,
  paper: 'Letter',
  orientation: 'landscape',
  sections: ['cover', 'map'],
  suggestedName: 'Q3 workshop - ownership map - 2026-03-14',
};

interface FakePrintWindow {
  closed: boolean;
  readonly document: Document;
  readonly print: ReturnType<typeof vi.fn>;
  readonly close: ReturnType<typeof vi.fn>;
  readonly focus: ReturnType<typeof vi.fn>;
  readonly listeners: Map<string, () => void>;
  addEventListener(type: string, listener: () => void): void;
}

function fakePrintWindow(): FakePrintWindow {
  const printWindow: FakePrintWindow = {
    closed: false,
    document: document.implementation.createHTMLDocument('print'),
    print: vi.fn(),
    close: vi.fn(() => {
      printWindow.closed = true;
    }),
    focus: vi.fn(),
    listeners: new Map(),
    addEventListener(type, listener) {
      printWindow.listeners.set(type, listener);
    },
  };
  return printWindow;
}

function fakeHost(printWindow: FakePrintWindow | null) {
  const open = vi.fn(() => printWindow);
  const host = {
    location: { href: 'http://127.0.0.1:4173/index.html#board' },
    open,
    setInterval: (handler: () => void, ms: number) => window.setInterval(handler, ms),
    clearInterval: (id: number) => {
      window.clearInterval(id);
    },
  } as unknown as Window;
  return { host, open };
}

describe('printing to PDF in a browser', () => {
  it('opens the print address in a new window and, once it is ready, its print dialog', async () => {
    const printWindow = fakePrintWindow();
    const { host, open } = fakeHost(printWindow);
    const printing = printInNewWindow(request, host);
    expect(open).toHaveBeenCalledWith('http://127.0.0.1:4173/index.html#print?board=b-1&paper=Letter&orientation=landscape&sections=cover%2Cmap', '_blank');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(printWindow.print).not.toHaveBeenCalled();
    printWindow.document.documentElement.dataset.printReady = 'true';
    await expect(printing).resolves.toEqual({ status: 'saved', name: 'Q3 workshop - ownership map - 2026-03-14.pdf' });
    expect(printWindow.print).toHaveBeenCalledTimes(1);
    // The window closes itself once the print dialog is done.
    printWindow.listeners.get('afterprint')?.();
    expect(printWindow.close).toHaveBeenCalled();
  });

  it('says so when the browser blocks the window', async () => {
    const { host } = fakeHost(null);
    await expect(printInNewWindow(request, host)).resolves.toEqual({
      status: 'failed',
      message: 'The browser blocked the print window. Allow pop-ups for this page and try again.',
    });
  });

  it('fails clearly when the view cannot read the board, and closes the window', async () => {
    const printWindow = fakePrintWindow();
    printWindow.document.documentElement.dataset.printReady = 'failed';
    const { host } = fakeHost(printWindow);
    await expect(printInNewWindow(request, host)).resolves.toEqual({ status: 'failed', message: 'The print view could not read this board from storage.' });
    expect(printWindow.close).toHaveBeenCalled();
    expect(printWindow.print).not.toHaveBeenCalled();
  });

  it('is cancelled when the person closes the window first', async () => {
    const printWindow = fakePrintWindow();
    printWindow.closed = true;
    const { host } = fakeHost(printWindow);
    await expect(printInNewWindow(request, host)).resolves.toEqual({ status: 'cancelled' });
  });

  it('gives up, instead of waiting forever, when the view never gets ready', async () => {
    const printWindow = fakePrintWindow();
    const { host } = fakeHost(printWindow);
    await expect(printInNewWindow(request, host, 150)).resolves.toEqual({ status: 'failed', message: 'The print view took too long to load.' });
    expect(printWindow.close).toHaveBeenCalled();
  });

  it('is what the browser bridge does for printToPdf', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await expect(createWebBridge('1').printToPdf(request)).resolves.toMatchObject({ status: 'failed' });
    expect(open).toHaveBeenCalledTimes(1);
    open.mockRestore();
  });
});

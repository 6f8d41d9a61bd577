// PDF export: the print view in a hidden window, printed only once it says it is ready, with the
// user's paper and page numbers — and the hidden window destroyed whatever happens.
import type { PrintToPDFOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BoardId } from '../../shared/model';
import { parsePrintAddress, type PrintRequest } from '../../shared/print';

vi.mock('electron', () => ({}));

import {
  PDF_LOAD_MESSAGE,
  PDF_PRINT_MESSAGE,
  PDF_TIMEOUT_MESSAGE,
  PRINT_READY_EXPRESSION,
  PRINT_TO_PDF_TIMEOUT_MS,
  PdfError,
  pdfOptions,
  printUrl,
  renderPdf,
  type PrintWindow,
} from '../../electron/pdf';

const request: PrintRequest = { boardId: 'b-1' as BoardId, paper: 'Letter', orientation: 'landscape', sections: ['cover', 'map'] };
const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

class FakePrintWindow implements PrintWindow {
  destroyed = false;
  readyAfterPolls = 0;
  polls = 0;
  /** What the view says once it is done: 'true', or 'failed' when it cannot print. */
  outcome: 'true' | 'failed' = 'true';
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });
  readonly webContents = {
    executeJavaScript: vi.fn((_code: string): Promise<unknown> => {
      this.polls += 1;
      return Promise.resolve(this.polls > this.readyAfterPolls ? this.outcome : null);
    }),
    printToPDF: vi.fn((_options: PrintToPDFOptions) => Promise.resolve<Uint8Array>(PDF_BYTES)),
  };
  isDestroyed = (): boolean => this.destroyed;
}

/** A clock that only moves when the code sleeps, so a 20 s timeout takes no real time. */
function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    sleep: vi.fn((ms: number) => {
      time += ms;
      return Promise.resolve();
    }),
    elapsed: () => time,
  };
}

function render(window: FakePrintWindow, options: { entryUrl?: string } = {}) {
  const clock = fakeClock();
  const createWindow = vi.fn(() => window);
  const result = renderPdf(request, {
    createWindow,
    entryUrl: options.entryUrl ?? 'app://ownership-board/index.html',
    now: clock.now,
    // The load race sleeps for the whole timeout; only the polling sleeps advance the clock.
    sleep: (ms) => (ms >= 20_000 ? new Promise<void>(() => undefined) : clock.sleep(ms)),
  });
  return { result, clock, createWindow };
}

/** How an export with the real clock stands once `ms` have passed on fake timers: its error, or 'pending'. */
async function outcomeAfter(window: FakePrintWindow, ms: number): Promise<unknown> {
  vi.useFakeTimers();
  try {
    let outcome: unknown = 'pending';
    renderPdf(request, { createWindow: () => window, entryUrl: 'app://ownership-board/index.html' }).then(
      () => {
        outcome = 'printed';
      },
      (error: unknown) => {
        outcome = error;
      },
    );
    await vi.advanceTimersByTimeAsync(ms);
    return outcome;
  } finally {
    vi.useRealTimers();
  }
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('when the print view becomes ready', () => {
  it('loads the print address of the board in a new hidden window', async () => {
    const window = new FakePrintWindow();
    const { result, createWindow } = render(window);
    await result;
    expect(createWindow).toHaveBeenCalledTimes(1);
    const url = window.loadURL.mock.calls[0]?.[0] ?? '';
    expect(url.startsWith('app://ownership-board/index.html#print?')).toBe(true);
    expect(parsePrintAddress(url.slice(url.indexOf('#')))).toEqual({ request, unseen: true });
  });

  it('waits for printReady, then prints with the user\'s paper and orientation, page numbers from the view', async () => {
    const window = new FakePrintWindow();
    window.readyAfterPolls = 3;
    const { result } = render(window);
    expect(await result).toEqual(PDF_BYTES);
    expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(4);
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(PRINT_READY_EXPRESSION);
    expect(window.webContents.printToPDF).toHaveBeenCalledTimes(1);
    const options = window.webContents.printToPDF.mock.calls[0]?.[0];
    // The print view's @page rules draw the footer with "Page N of M"; Chromium's own header and
    // footer would print a second set of numbers.
    expect(options).toMatchObject({ pageSize: 'Letter', landscape: true, printBackground: true, displayHeaderFooter: false, preferCSSPageSize: true });
    // Tagged, so a screen reader reads it in order with its headings; bookmarks from those headings.
    expect(options).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true });
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('does not print before printReady', async () => {
    const window = new FakePrintWindow();
    window.readyAfterPolls = 2;
    window.webContents.printToPDF.mockImplementation(() => {
      expect(window.polls).toBe(3);
      return Promise.resolve(PDF_BYTES);
    });
    await render(window).result;
  });

  it('asks again when the page cannot answer for a moment', async () => {
    const window = new FakePrintWindow();
    window.webContents.executeJavaScript.mockRejectedValueOnce(new Error('Script failed to execute'));
    expect(await render(window).result).toEqual(PDF_BYTES);
  });

  it('uses A4 portrait when asked', () => {
    expect(pdfOptions({ ...request, paper: 'A4', orientation: 'portrait' })).toMatchObject({ pageSize: 'A4', landscape: false });
  });
});

describe('when something goes wrong', () => {
  it('gives up after 20 seconds with a clear message, and destroys the window', async () => {
    const window = new FakePrintWindow();
    window.readyAfterPolls = Number.POSITIVE_INFINITY;
    const { result, clock } = render(window);
    await expect(result).rejects.toThrow(new PdfError(PDF_TIMEOUT_MESSAGE));
    expect(PDF_TIMEOUT_MESSAGE).toContain('20 seconds');
    expect(clock.elapsed()).toBe(20_000);
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('times out a page that never finishes loading', async () => {
    vi.useFakeTimers();
    try {
      const window = new FakePrintWindow();
      window.loadURL.mockReturnValue(new Promise<void>(() => undefined));
      const result = renderPdf(request, { createWindow: () => window, entryUrl: 'app://ownership-board/index.html' });
      const settled = expect(result).rejects.toThrow(PDF_TIMEOUT_MESSAGE);
      await vi.advanceTimersByTimeAsync(20_000);
      await settled;
      expect(window.destroy).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up after 20 seconds when the print view stops answering (its renderer hung or died), so the next export can start', async () => {
    const window = new FakePrintWindow();
    // What executeJavaScript does when the page's renderer is gone or stuck: it never settles.
    window.webContents.executeJavaScript.mockReturnValue(new Promise<unknown>(() => undefined));
    expect(await outcomeAfter(window, 20_000)).toEqual(new PdfError(PDF_TIMEOUT_MESSAGE));
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('ends a printToPDF that never finishes, with the printing message', async () => {
    const window = new FakePrintWindow();
    window.webContents.printToPDF.mockReturnValue(new Promise<Uint8Array>(() => undefined));
    expect(await outcomeAfter(window, PRINT_TO_PDF_TIMEOUT_MS)).toEqual(new PdfError(PDF_PRINT_MESSAGE));
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('stops at once when the hidden window was closed under it (a quit called off), instead of polling it for 20 seconds', async () => {
    const window = new FakePrintWindow();
    window.readyAfterPolls = Number.POSITIVE_INFINITY;
    window.webContents.executeJavaScript.mockImplementation(() => {
      window.destroyed = true;
      throw new TypeError('Object has been destroyed');
    });
    const { result, clock } = render(window);
    await expect(result).rejects.toThrow(new PdfError(PDF_LOAD_MESSAGE));
    expect(clock.elapsed()).toBeLessThan(20_000);
    expect(window.destroy).not.toHaveBeenCalled();
  });

  it('reports a page that failed to load, and destroys the window', async () => {
    const window = new FakePrintWindow();
    window.loadURL.mockRejectedValue(new Error('ERR_FILE_NOT_FOUND'));
    await expect(render(window).result).rejects.toThrow(PDF_LOAD_MESSAGE);
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('reports a failed printToPDF, and destroys the window', async () => {
    const window = new FakePrintWindow();
    window.webContents.printToPDF.mockRejectedValue(new Error('Printing failed'));
    await expect(render(window).result).rejects.toThrow(PDF_PRINT_MESSAGE);
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('does not destroy a window that is already gone', async () => {
    const window = new FakePrintWindow();
    window.webContents.printToPDF.mockImplementation(() => {
      window.destroyed = true;
      return Promise.reject(new Error('Object has been destroyed'));
    });
    await expect(render(window).result).rejects.toBeInstanceOf(PdfError);
    expect(window.destroy).not.toHaveBeenCalled();
  });
});

describe('the print address', () => {
  it('is the entry page with the print hash for a window nobody sees, in the app or on the dev server', () => {
    expect(printUrl('app://ownership-board/index.html', request)).toBe(
      'app://ownership-board/index.html#print?board=b-1&paper=Letter&orientation=landscape&sections=cover%2Cmap&window=unseen',
    );
    expect(printUrl('http://localhost:5173/#board', request).startsWith('http://localhost:5173/#print?')).toBe(true);
  });

  it('never evaluates anything but the fixed readiness expression', () => {
    expect(PRINT_READY_EXPRESSION).toBe('document.documentElement.dataset.printReady ?? null');
  });

  it('stops at once when the print view says it cannot print (the board is gone)', async () => {
    const window = new FakePrintWindow();
    window.outcome = 'failed';
    const { result, clock } = render(window);
    await expect(result).rejects.toThrow(/board was not found/u);
    expect(clock.elapsed()).toBe(0);
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });
});

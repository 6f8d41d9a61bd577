/**
 * Exporting the open board: the JSON file (the open format, to import again or read with other
 * tools), the two CSV spreadsheets and the PDF map. The file contents come from shared/format; the
 * bridge does the saving (a save dialog on the desktop, a download in a browser). Success is a
 * notice; a failure is an alert a person must dismiss, because a handout that silently did not
 * save is found out in the next meeting.
 */
import { boardToCsv, csvFileNames, exportFileName, serializeBoard } from '../../shared/format';
import { FILE_KINDS, type FileKind, type SaveFileResult } from '../../shared/ipc';
import type { Board } from '../../shared/model';
import type { PrintOptions } from '../../shared/print';
import { isolatedInSentence } from '../../shared/text';
import { notify, useNotices } from '../app/notices';
import { getBridge } from '../platform/bridge';
import { useBoardStore } from '../store/boardStore';
import { useShareStore } from './shareStore';

/** Today on this computer's calendar (not UTC): the date a person would write on the file. */
export function localDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The name without its extension. The bridge adds the extension of the kind it saves (the browser
 * one always does, the desktop one when missing), so a name that has it already would get it twice.
 */
export function withoutExtension(name: string, kind: FileKind): string {
  const extension = `.${FILE_KINDS[kind].extension}`;
  return name.toLowerCase().endsWith(extension.toLowerCase()) ? name.slice(0, -extension.length) : name;
}

/** "<title> - ownership map - YYYY-MM-DD", the stem shared by the JSON file and the PDF. */
export function mapFileStem(board: Board, date: string): string {
  return withoutExtension(exportFileName(board, date), 'json');
}

function openBoard(what: string): Board | null {
  const { load } = useBoardStore.getState();
  if (load.status === 'ready') return load.board;
  useShareStore.getState().showReport({ kind: 'export-failed', what, message: 'No board is open yet.' });
  return null;
}

function failed(what: string, message: string): SaveFileResult {
  useShareStore.getState().showReport({ kind: 'export-failed', what, message });
  return { status: 'failed', message };
}

function report(what: string, result: SaveFileResult, savedMessage: (name: string) => string): SaveFileResult {
  if (result.status === 'saved') notify(savedMessage(result.name));
  if (result.status === 'failed') failed(what, result.message);
  return result;
}

function reasonOf(error: unknown): string {
  return error instanceof Error && error.message !== '' ? error.message : 'an unexpected error';
}

export async function exportJson(): Promise<SaveFileResult | null> {
  const board = openBoard('The ownership map file');
  if (!board) return null;
  try {
    const bridge = getBridge();
    const { appVersion } = await bridge.info();
    const contents = serializeBoard(board, { appVersion, now: new Date().toISOString() });
    const result = await bridge.saveFile({ kind: 'json', suggestedName: mapFileStem(board, localDate()), contents });
    return report('The ownership map file', result, (name) => `Saved “${isolatedInSentence(name)}”.`);
  } catch (error) {
    return failed('The ownership map file', `It could not be saved: ${reasonOf(error)}.`);
  }
}

/** Both spreadsheets, outcomes first; stops at the first that is cancelled or fails. */
export async function exportCsv(): Promise<SaveFileResult | null> {
  const board = openBoard('The spreadsheets');
  if (!board) return null;
  try {
    const bridge = getBridge();
    const csv = boardToCsv(board);
    const names = csvFileNames(board, localDate());
    const saved: string[] = [];
    for (const part of ['outcomes', 'activities'] as const) {
      const result = await bridge.saveFile({ kind: 'csv', suggestedName: withoutExtension(names[part], 'csv'), contents: csv[part] });
      if (result.status !== 'saved') return report(`The ${part} spreadsheet`, result, () => '');
      saved.push(result.name);
    }
    notify(`Saved the spreadsheets “${saved.map(isolatedInSentence).join('” and “')}”.`);
    return { status: 'saved', name: saved.join(', ') };
  } catch (error) {
    return failed('The spreadsheets', `They could not be saved: ${reasonOf(error)}.`);
  }
}

/**
 * The print view reads the board from storage, so the latest change must be written first. Waits
 * for a save in flight; refuses when the last save failed (the PDF would miss the change).
 */
export function whenSaved(): Promise<{ readonly ok: true } | { readonly ok: false; readonly message: string }> {
  const settled = (status: ReturnType<typeof useBoardStore.getState>['save']) =>
    status.status === 'failed' ? ({ ok: false, message: `The latest change is not saved (${status.message}), so the PDF would miss it. Retry saving first.` } as const) : ({ ok: true } as const);
  const { save } = useBoardStore.getState();
  if (save.status !== 'saving') return Promise.resolve(settled(save));
  return new Promise((resolve) => {
    const unsubscribe = useBoardStore.subscribe((state) => {
      if (state.save.status !== 'saving') {
        unsubscribe();
        resolve(settled(state.save));
      }
    });
  });
}

/** Whether the desktop is making a PDF (its progress notice shown): one at a time, as the app makes them. */
let pdfBeingMade = false;

export async function exportPdf(options: PrintOptions): Promise<SaveFileResult | null> {
  const board = openBoard('The PDF');
  if (!board) return null;
  try {
    const bridge = getBridge();
    // Only quick awaits before printToPdf: a browser opens the print window only within a few
    // seconds of the click that asked for it (transient user activation).
    const request = { boardId: board.id, ...options, suggestedName: mapFileStem(board, localDate()) };
    const saved = await whenSaved();
    if (!saved.ok) return failed('The PDF', saved.message);
    const { shell } = await bridge.info();
    // The desktop makes the whole PDF before its save dialog asks where it goes: a second for a
    // workshop's board, 6 s for 1,500 activities, half a minute for 10,000 (docs/performance.md).
    // Nothing showed meanwhile, and a facilitator pressing Save PDF again was told that a PDF was
    // already being made. (A browser's print dialog shows its own progress.)
    if (shell === 'desktop' && pdfBeingMade) {
      notify('A PDF is still being made. When it is ready, you choose where to save it; then make the next one.');
      return null;
    }
    const making = shell === 'desktop' ? notify(`Making the PDF of “${isolatedInSentence(board.title)}”. When it is ready, you choose where to save it.`, { kind: 'progress' }) : null;
    let result: SaveFileResult;
    try {
      pdfBeingMade = making !== null;
      result = await bridge.printToPdf(request);
    } finally {
      pdfBeingMade = false;
      if (making !== null) useNotices.getState().dismiss(making);
    }
    return report('The PDF', result, (name) =>
      shell === 'web' ? 'The print dialog opened in a new window: choose “Save as PDF” as the printer.' : `Saved “${isolatedInSentence(name)}”.`,
    );
  } catch (error) {
    return failed('The PDF', `It could not be made: ${reasonOf(error)}.`);
  }
}

/** What choosing a kind does, for the Export menu and the native menu's Export commands alike. */
export function startExport(kind: FileKind): void {
  if (kind === 'pdf') useShareStore.getState().openPdfDialog();
  else if (kind === 'json') void exportJson();
  else void exportCsv();
}

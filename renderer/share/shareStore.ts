/**
 * What the import and export controls are in the middle of: which dialog is open, the report a
 * person has to read (an import that was refused, warnings from one that worked, an export that
 * failed), and whether an import is running. A store rather than component state because the
 * native menu, a file dropped on the window and the toolbar all start the same flows.
 */
import { create } from 'zustand';
import type { PrintOptions } from '../../shared/print';

export type ShareReport =
  | {
      readonly kind: 'import-failed';
      /** null when no file was chosen (the open dialog itself failed). */
      readonly fileName: string | null;
      readonly message: string;
      /** Where in the file, from its root: "board.outcomes[3].ownerId". */
      readonly path?: string;
    }
  | {
      readonly kind: 'import-warnings';
      /** What brought the board: a file imported, or a backup restored (which reads it as one). */
      readonly from: 'file' | 'backup';
      readonly fileName: string;
      readonly boardTitle: string;
      /** As parseBoardFile gives them: the last line may sum up the rest. */
      readonly warnings: readonly string[];
      /** How many in all (parseBoardFile's warningCount). */
      readonly count: number;
    }
  | { readonly kind: 'export-failed'; readonly what: string; readonly message: string };

interface ShareState {
  readonly report: ShareReport | null;
  readonly pdfDialogOpen: boolean;
  /** The PDF options last chosen in this session, offered again next time; null before the first PDF. */
  readonly printOptions: PrintOptions | null;
  readonly importing: boolean;
  readonly showReport: (report: ShareReport) => void;
  readonly dismissReport: () => void;
  readonly openPdfDialog: () => void;
  readonly closePdfDialog: () => void;
  readonly setPrintOptions: (options: PrintOptions) => void;
  readonly setImporting: (importing: boolean) => void;
}

export const useShareStore = create<ShareState>()((set) => ({
  report: null,
  pdfDialogOpen: false,
  printOptions: null,
  importing: false,
  showReport: (report) => {
    // A report is never stacked under a dialog: it is what the person must read now.
    set({ report, pdfDialogOpen: false });
  },
  dismissReport: () => {
    set({ report: null });
  },
  openPdfDialog: () => {
    set({ pdfDialogOpen: true });
  },
  closePdfDialog: () => {
    set({ pdfDialogOpen: false });
  },
  setPrintOptions: (printOptions) => {
    set({ printOptions });
  },
  setImporting: (importing) => {
    set({ importing });
  },
}));

import type { PrintToPDFOptions } from 'electron';

/** The page.pdf options the app's settings come to (Playwright's names). */
export interface PlaywrightPdfOptions {
  readonly format?: string;
  readonly landscape?: boolean;
  readonly printBackground?: boolean;
  readonly displayHeaderFooter?: boolean;
  readonly preferCSSPageSize?: boolean;
  readonly tagged?: boolean;
  readonly outline?: boolean;
}

export const PDF_OPTIONS: Required<PlaywrightPdfOptions>;
/** The print address of the desktop app's hidden PDF window, A4 portrait, every section. */
export function pdfHash(boardId: string): string;
export function playwrightPdfOptions(options: Omit<PrintToPDFOptions, 'pageSize'> & { readonly pageSize?: string }): PlaywrightPdfOptions;
export function countPdfPages(buffer: Buffer): number;

// The bench's PDF: the desktop app's settings, and counting the pages of the result.

/**
 * The desktop app's PDF settings (electron/pdf.ts pdfOptions for A4 portrait), in Playwright's
 * words: the margins, the footer and the page numbers come from the print view's own @page rules
 * (test/bench/pdf.test.ts keeps the two the same).
 */
export const PDF_OPTIONS = {
  format: 'A4',
  landscape: false,
  printBackground: true,
  displayHeaderFooter: false,
  preferCSSPageSize: true,
};

/** Pages in a PDF: its page objects ("/Type /Page", not "/Pages"). */
export function countPdfPages(buffer) {
  return (buffer.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/gu) ?? []).length;
}

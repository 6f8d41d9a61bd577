// The bench's PDF: the desktop app's settings, and counting the pages of the result.

/**
 * The desktop app's PDF settings (electron/pdf.ts pdfOptions for A4 portrait), in Playwright's
 * words: the margins, the footer and the page numbers come from the print view's own @page rules;
 * tagged and with an outline, as the app makes it (test/bench/pdf.test.ts keeps the two the same).
 */
export const PDF_OPTIONS = {
  format: 'A4',
  landscape: false,
  printBackground: true,
  displayHeaderFooter: false,
  preferCSSPageSize: true,
  tagged: true,
  outline: true,
};

/**
 * The print address the desktop app's hidden PDF window loads (electron/pdf.ts printUrl) for
 * A4 portrait with every section: a window nobody sees, so the map is laid out for paper only.
 */
export function pdfHash(boardId) {
  return `#print?board=${encodeURIComponent(boardId)}&paper=A4&orientation=portrait&sections=${encodeURIComponent('cover,map,health,people')}&window=unseen`;
}

/**
 * Electron's printToPDF options in Playwright's page.pdf words (both end in CDP Page.printToPDF).
 * Options with the same name in both pass through unchanged, so an option the app adds that the
 * bench does not set shows up in the test comparing the two.
 */
export function playwrightPdfOptions({ pageSize, generateTaggedPDF, generateDocumentOutline, ...same }) {
  return { format: pageSize, tagged: generateTaggedPDF, outline: generateDocumentOutline, ...same };
}

/** Pages in a PDF: its page objects ("/Type /Page", not "/Pages"). */
export function countPdfPages(buffer) {
  return (buffer.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/gu) ?? []).length;
}

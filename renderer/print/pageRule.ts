/**
 * The print view's page: the paper asked for, the margins, and a footer with the board's title,
 * the date it was printed and "Page N of M". Chromium draws CSS page-margin boxes with the page
 * and pages counters since version 131 (Electron 34 and later), so page numbers need no
 * header/footer template and appear when a browser prints the page itself too.
 *
 * One unnamed `@page` rule, adopted by the document only while the print view is shown, so
 * printing anything else in the app is left alone. Not four named pages in print.css chosen by a
 * class on the view's root, as before: Chromium lays a document with named pages out once more to
 * find each page's name, and paginates it more slowly (the large board, 148 pages: its PDF took
 * three whole-document layouts of 0.5-2.3 s each instead of two, about 1-2 s more on a slow
 * machine; the pages are the same to the pixel).
 */
import { useEffect } from 'react';
import type { Orientation, PaperSize } from '../../shared/print';

/** The page's margins (mm): top and sides, and the bottom, which holds the footer. cardHeight.ts works out the map's column from them. */
export const PAGE_MARGIN_MM = { top: 14, side: 14, bottom: 16 } as const;

const FOOTER = `font-family: 'Ownership Print Sans', sans-serif; font-size: 7.5pt; color: #4b5563;`;

/** The CSS of the page: `paper` and `orientation` are the print address's, checked against their few values. */
export function pageRule(paper: PaperSize, orientation: Orientation): string {
  return [
    `@page {`,
    `  size: ${paper === 'A4' ? 'A4' : 'letter'} ${orientation === 'landscape' ? 'landscape' : 'portrait'};`,
    `  margin: ${String(PAGE_MARGIN_MM.top)}mm ${String(PAGE_MARGIN_MM.side)}mm ${String(PAGE_MARGIN_MM.bottom)}mm;`,
    `  @bottom-left { content: var(--print-board-title, '') var(--print-date, ''); ${FOOTER} }`,
    // Never broken: beside a long title and the date it became "Page 2" over "of 27".
    `  @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); white-space: nowrap; ${FOOTER} }`,
    `}`,
  ].join('\n');
}

/**
 * Adopts the page rule for `paper` and `orientation` while mounted. A constructed style sheet, as
 * the Content Security Policy allows (no inline <style>). Where a document cannot adopt style
 * sheets (jsdom in the component tests has no adoptedStyleSheets), nothing: the view is the same,
 * only its paper is not set.
 */
export function usePageRule(paper: PaperSize, orientation: Orientation, doc: Document = document): void {
  useEffect(() => {
    if (!('adoptedStyleSheets' in doc) || typeof CSSStyleSheet === 'undefined') return undefined;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageRule(paper, orientation));
    adopt(doc, sheet);
    return () => {
      drop(doc, sheet);
    };
  }, [paper, orientation, doc]);
}

function adopt(doc: Document, sheet: CSSStyleSheet): void {
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

function drop(doc: Document, sheet: CSSStyleSheet): void {
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
}

/**
 * The print view: the ownership map as people hand it out — a cover, the map, the health check and
 * a page per person — laid out for paper. It is its own route (`#print?…`, shared/print.ts) and
 * reads the board from this machine's storage itself, so the desktop app's hidden PDF window, the
 * browser's print flow and the PDF tests all print exactly the same page from nothing but a board
 * id and the options. When everything is loaded and laid out it says so (printReady.ts).
 *
 * Page numbers: Chromium draws CSS page-margin boxes with the page/pages counters (since 131,
 * i.e. Electron 34 and later), so the view's page rule (pageRule.ts) puts "Page N of M", the
 * board title and the date it was printed in every page's footer. They appear in
 * `printToPDF`/`page.pdf` and in a browser's own print dialog alike, so printers should NOT pass
 * `displayHeaderFooter`: Chromium would print its template footer as well (checked: both appear).
 * The @page margins also take precedence over printToPDF's margins.
 *
 * Right-to-left text: every piece of people's text printed beside other words (a title, a name, a
 * role, the metric, each name in a list of assignees) is isolated in a <bdi>, as the library and
 * the history isolate titles. Without it an Arabic title ending in "20%" printed its "%" at the
 * far end, two Hebrew names in a list swapped places, and a name carrying a right-to-left
 * override printed the rest of its line backwards. Purpose and notes take their own direction
 * (dir="auto").
 */
import { useEffect, useMemo, useState } from 'react';
import type { Board } from '../../shared/model';
import { PRINT_SECTIONS, type PrintRequest, type PrintSection } from '../../shared/print';
import { isolatedInSentence } from '../../shared/text';
import { loadBoard } from '../db/boards';
import { columnHeightMm, columnWidthMm } from './cardHeight';
import { PrintCover } from './PrintCover';
import { PrintHealth } from './PrintHealth';
import { PrintMap } from './PrintMap';
import { PrintPeople } from './PrintPeople';
import { fileDate, printDate, printModel, type PrintModel } from './printModel';
import { usePageRule } from './pageRule';
import { afterLayout, clearPrintReady, printFontsLoaded, signalPrintReady } from './printReady';
import './print.css';

type PrintState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly board: Board }
  | { readonly status: 'failed'; readonly message: string };

/** Marks the document as a print document (white paper, print fonts) while the view is shown. */
const DOCUMENT_CLASS = 'print-document';

/**
 * The board's title as the pages' footer shows it: at most FOOTER_TITLE_LENGTH characters. A
 * page-margin box does not wrap a long word, and a long title took the footer's whole width,
 * squeezing "Page 1 of 17" into a column of fragments.
 */
export const FOOTER_TITLE_LENGTH = 60;

export function footerTitle(title: string): string {
  const characters = Array.from(title.trim());
  return characters.length <= FOOTER_TITLE_LENGTH ? characters.join('') : `${characters.slice(0, FOOTER_TITLE_LENGTH - 1).join('').trimEnd()}…`;
}

/** A CSS string for a custom property: the margin boxes show the board title through it. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  return `"${text.replace(/[\\"\u0000-\u001f\u007f]/gu, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

function Section({ section, model, printedOn, request }: { readonly section: PrintSection; readonly model: PrintModel; readonly printedOn: Date; readonly request: PrintRequest }) {
  switch (section) {
    case 'cover':
      return <PrintCover board={model.board} health={model.health} printedOn={printedOn} />;
    case 'map':
      return <PrintMap model={model} column={{ widthMm: columnWidthMm(request.paper, request.orientation), heightMm: columnHeightMm(request.paper, request.orientation) }} />;
    case 'health':
      return <PrintHealth model={model} />;
    case 'people':
      return <PrintPeople model={model} />;
  }
}

/** `unseen`: printed from a window nobody sees, so the map is laid out for paper only (shared/print.ts PrintAddress). */
export function PrintView({ request, unseen = false }: { readonly request: PrintRequest; readonly unseen?: boolean }) {
  const { boardId } = request;
  // Tagged with the board it is for, so a new address shows "loading" without an extra render.
  const [loaded, setLoaded] = useState<{ readonly boardId: string; readonly state: PrintState } | null>(null);
  const state: PrintState = loaded?.boardId === boardId ? loaded.state : { status: 'loading' };
  const [printedOn] = useState(() => new Date());

  // The bundled fonts asked for as the view starts, while the board is read and the map drawn: asked
  // for only once the map was drawn (below), the bold face's file was fetched after it, in series.
  // The wait below is for these same loads (a face's load is one, however often it is asked for).
  useEffect(() => {
    void printFontsLoaded();
  }, []);

  useEffect(() => {
    let live = true;
    const settle = (next: PrintState) => {
      if (live) setLoaded({ boardId, state: next });
    };
    loadBoard(boardId).then(
      (board) => {
        settle(board ? { status: 'ready', board } : { status: 'failed', message: 'This board is not on this computer (it may have been deleted).' });
      },
      (error: unknown) => {
        settle({ status: 'failed', message: error instanceof Error ? error.message : 'The board could not be read.' });
      },
    );
    return () => {
      live = false;
    };
  }, [boardId]);

  const board = state.status === 'ready' ? state.board : null;
  const model = useMemo(() => (board ? printModel(board) : null), [board]);
  usePageRule(request.paper, request.orientation);

  useEffect(() => {
    const root = document.documentElement;
    const previousTitle = document.title;
    root.classList.add(DOCUMENT_CLASS);
    if (board) {
      // The browser offers the page title as the PDF's file name.
      document.title = `${board.title} - ownership map - ${fileDate(printedOn)}`;
      // Isolated where it could reorder the line (as notices isolate a title): a right-to-left title
      // keeps its own order in the footer ("20%" stays on its number) and a bidirectional control in
      // it stays inside it. The isolates are in the PDF's text too, around the title where it is
      // copied or searched (a margin box's content is one string: no <bdi> to do it unseen), so a
      // title of left-to-right letters alone, which cannot reorder the line, goes without them.
      root.style.setProperty('--print-board-title', cssString(isolatedInSentence(footerTitle(board.title))));
      // And the day it was printed, the cover's "Date": a map printed without its cover, or one
      // person's sheet handed on alone, said nowhere when it was made. Unbroken, so beside a long
      // title it goes whole onto a second line of the footer.
      root.style.setProperty('--print-date', cssString(` ·\u00a0${printDate(printedOn).replaceAll(' ', '\u00a0')}`));
    }
    return () => {
      root.classList.remove(DOCUMENT_CLASS);
      root.style.removeProperty('--print-board-title');
      root.style.removeProperty('--print-date');
      document.title = previousTitle;
    };
  }, [board, printedOn]);

  useEffect(() => {
    if (state.status === 'loading') return undefined;
    const run = { cancelled: false };
    const readiness = state.status === 'ready' ? 'true' : 'failed';
    void (async () => {
      await printFontsLoaded();
      await afterLayout();
      if (!run.cancelled) signalPrintReady(readiness);
    })();
    return () => {
      run.cancelled = true;
      clearPrintReady();
    };
  }, [state.status, request]);

  const pageClass = `print print--${request.paper.toLowerCase()}-${request.orientation}`;

  if (state.status === 'loading') {
    return (
      <main className={pageClass} aria-busy="true">
        <p>Preparing the ownership map…</p>
      </main>
    );
  }
  if (state.status === 'failed' || !model) {
    return (
      <main className={pageClass}>
        <div role="alert">
          <h1>The ownership map could not be printed</h1>
          <p>{state.status === 'failed' ? state.message : 'The board could not be read.'}</p>
        </div>
      </main>
    );
  }
  return (
    <main className={unseen ? `${pageClass} print--unseen` : pageClass} aria-label={`Ownership map: ${model.board.title}`}>
      {/*
       * The board's title heads the document: the PDF outline's top entry, a screen reader's first
       * heading. The cover shows it; without the cover, a line over the first page does. (On
       * paper, not visually hidden: Chromium leaves a heading it does not paint out of the outline.)
       */}
      {!request.sections.includes('cover') && (
        <header className="print-masthead">
          <p className="print-kicker">Ownership map</p>
          <h1 className="print-masthead__title">
            <bdi>{model.board.title}</bdi>
          </h1>
        </header>
      )}
      {PRINT_SECTIONS.filter((section) => request.sections.includes(section)).map((section) => (
        <Section key={section} section={section} model={model} printedOn={printedOn} request={request} />
      ))}
    </main>
  );
}

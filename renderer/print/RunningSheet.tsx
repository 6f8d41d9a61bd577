/**
 * Content that may run over several pages, with a running head on each page it runs onto: a CSS
 * table for its header group, which Chromium repeats at the top of every page the table runs onto
 * (print.css: a header group made with CSS is repeated only when it may not break inside), so the
 * rows on a sheet's second page say whose they are. The head is a line for the eye (aria-hidden:
 * the heading it copies is the one a screen reader and the PDF's outline read, once).
 *
 * The children are the table's body, in one cell (a long card's notes, in a row of their own before
 * its list), but for a list of activities, whose items are the table's rows (print.css). Chromium
 * does not go back into a table's cell for an earlier break (its table row layout leaves early
 * breaks to do): when the break it came to inside the cell was one to avoid (two rows are kept
 * together at each end of a list), it broke before the whole table instead, and "Activities (5 of 8
 * done)" closed a column over a blank third of it, the list's head under it and the rows on the
 * next page. Between the table's own rows it goes back.
 *
 * A card's sheet (its notes and list, `continuedOnly`) has its head only on the pages it runs onto:
 * where the sheet starts, right under the card's title and facts, the same head was clutter. The
 * table is pulled up by the head's height inside a box that clips at its top (print.css,
 * .print-sheet-clip), so on the first page the head is cut off, painted nowhere and not in the
 * PDF's text; on a page the sheet runs onto, the box starts at the page's top with the repeated
 * head inside it. CSS has no other way to tell a table's first page from the next ones (no selector
 * for a fragment), and Chromium repeats the header group as it is.
 *
 * A person's sheet keeps its head on its first page too, where it heads the page as on the others.
 * A list inside a sheet (a person's assignments) is a sheet too, its column headers the head
 * (`headClass`): a page it runs onto has the sheet's head and under it the columns'.
 */
import type { ReactNode } from 'react';

export function RunningSheet({
  head,
  headClass = 'print-running-head',
  continuedOnly = false,
  children,
}: {
  readonly head: ReactNode;
  readonly headClass?: string;
  readonly continuedOnly?: boolean;
  readonly children: ReactNode;
}) {
  const sheet = (
    <div className="print-sheet">
      <div className="print-sheet__head" aria-hidden="true">
        <p className={headClass}>{head}</p>
      </div>
      {children}
    </div>
  );
  return continuedOnly ? <div className="print-sheet-clip">{sheet}</div> : sheet;
}

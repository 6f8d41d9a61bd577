/**
 * Content that may run over several pages, with a running head on each of them: a table only for
 * its header. Chromium repeats a <thead> at the top of every page the table runs onto (a header
 * group made with CSS display alone is not repeated), so the rows on a sheet's second page say
 * whose they are. The head is a line for the eye (aria-hidden: the heading it copies is the one a
 * screen reader and the PDF's outline read, once). It cannot say "continued": the same head also
 * shows on the first page, small, at the top right. A table of rows inside a sheet (a person's
 * assignments) is a sheet too, its column headers the head (`headClass`): a page it runs onto has
 * the sheet's head and under it the columns'.
 */
import type { ReactNode } from 'react';

export function RunningSheet({ head, headClass = 'print-running-head', children }: { readonly head: ReactNode; readonly headClass?: string; readonly children: ReactNode }) {
  return (
    <table className="print-sheet" role="presentation">
      <thead aria-hidden="true">
        <tr>
          <td>
            <p className={headClass}>{head}</p>
          </td>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>{children}</td>
        </tr>
      </tbody>
    </table>
  );
}

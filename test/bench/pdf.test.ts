// The bench's PDF figure times what the desktop app makes: the same printToPDF settings.
import { describe, expect, it } from 'vitest';
import { pdfOptions } from '../../electron/pdf';
import type { BoardId } from '../../shared/model';
import { countPdfPages, PDF_OPTIONS } from '../../scripts/bench/pdf.mjs';

describe('the bench PDF', () => {
  it('uses the desktop app’s settings for A4 portrait (no header and footer templates over the print view’s own footer)', () => {
    const app = pdfOptions({ boardId: 'b-1' as BoardId, paper: 'A4', orientation: 'portrait', sections: ['cover', 'map', 'health', 'people'] });
    const { format, ...rest } = PDF_OPTIONS;
    expect({ pageSize: format, ...rest }).toEqual(app);
  });

  it('counts page objects, not the page tree', () => {
    const pdf = Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page /Parent 1 0 R >>', 'latin1');
    expect(countPdfPages(pdf)).toBe(2);
  });
});

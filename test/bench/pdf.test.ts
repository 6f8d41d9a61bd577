// The bench's PDF figure times what the desktop app makes: the same printToPDF settings.
import { describe, expect, it } from 'vitest';
import { pdfOptions, printUrl } from '../../electron/pdf';
import type { BoardId } from '../../shared/model';
import { countPdfPages, PDF_OPTIONS, pdfHash, playwrightPdfOptions } from '../../scripts/bench/pdf.mjs';

describe('the bench PDF', () => {
  it('uses the desktop app’s settings for A4 portrait (no header and footer templates over the print view’s own footer; tagged, with an outline)', () => {
    const app = pdfOptions({ boardId: 'b-1' as BoardId, paper: 'A4', orientation: 'portrait', sections: ['cover', 'map', 'health', 'people'] });
    expect(PDF_OPTIONS).toEqual(playwrightPdfOptions(app));
    expect(PDF_OPTIONS).toMatchObject({ tagged: true, outline: true });
  });

  it('prints the page the desktop app’s hidden window loads: laid out for paper only', () => {
    const url = printUrl('app://ownership-board/index.html', { boardId: 'b 1/é' as BoardId, paper: 'A4', orientation: 'portrait', sections: ['cover', 'map', 'health', 'people'] });
    expect(pdfHash('b 1/é')).toBe(url.slice(url.indexOf('#')));
    expect(pdfHash('b-1')).toContain('&window=unseen');
  });

  it('says every app setting in Playwright’s words, and passes the ones named alike through', () => {
    expect(playwrightPdfOptions({ pageSize: 'Letter', landscape: true, generateTaggedPDF: true, generateDocumentOutline: false, scale: 1 })).toEqual({
      format: 'Letter',
      landscape: true,
      tagged: true,
      outline: false,
      scale: 1,
    });
  });

  it('counts page objects, not the page tree', () => {
    const pdf = Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page /Parent 1 0 R >>', 'latin1');
    expect(countPdfPages(pdf)).toBe(2);
  });
});

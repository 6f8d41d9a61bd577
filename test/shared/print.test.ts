// The print address: one contract for the renderer's print route, the desktop's hidden PDF window and the tests.
import { describe, expect, it } from 'vitest';
import type { BoardId } from '../../shared/model';
import { paperFor, parsePrintAddress, parsePrintHash, printHash, type PrintRequest } from '../../shared/print';

const request: PrintRequest = { boardId: 'b 1/é' as BoardId, paper: 'Letter', orientation: 'landscape', sections: ['map', 'people'] };

describe('the print address', () => {
  it('carries the request there and back, shown on screen unless asked otherwise', () => {
    expect(parsePrintAddress(printHash(request))).toEqual({ request, unseen: false });
    expect(parsePrintHash(printHash(request))).toEqual(request);
  });

  it('says when the window printing it is never seen (the desktop’s hidden PDF window)', () => {
    const hash = printHash(request, { unseen: true });
    expect(hash.endsWith('&window=unseen')).toBe(true);
    expect(parsePrintAddress(hash)).toEqual({ request, unseen: true });
    // The request itself is the same either way: the IPC check and the PDF's content ignore how it is shown.
    expect(parsePrintHash(hash)).toEqual(request);
  });

  it('takes only "unseen" as unseen', () => {
    expect(parsePrintAddress(`${printHash(request)}&window=hidden`)?.unseen).toBe(false);
    expect(parsePrintAddress(`${printHash(request)}&window=`)?.unseen).toBe(false);
  });

  it('is written in one order, board, paper, orientation, sections (then window), every value encoded', () => {
    expect(printHash(request)).toBe('#print?board=b%201%2F%C3%A9&paper=Letter&orientation=landscape&sections=map%2Cpeople');
    expect(printHash(request, { unseen: true })).toBe('#print?board=b%201%2F%C3%A9&paper=Letter&orientation=landscape&sections=map%2Cpeople&window=unseen');
  });

  it('gives the sections in print order, each once, whatever order the address lists them in', () => {
    const parsed = parsePrintHash('#print?board=b&paper=A4&orientation=portrait&sections=people,index,cover,people,map');
    expect(parsed?.sections).toEqual(['cover', 'map', 'people']);
    expect(parsePrintHash('#print?board=b&paper=A4&orientation=portrait&sections=health%2Ccover')?.sections).toEqual(['cover', 'health']);
  });

  it('takes a board id of up to 200 characters, and not an empty one', () => {
    const address = (boardId: string) => `#print?board=${boardId}&paper=A4&orientation=portrait&sections=map`;
    expect(parsePrintHash(address('b'.repeat(200)))?.boardId).toBe('b'.repeat(200));
    expect(parsePrintHash(address('b'.repeat(201)))).toBeNull();
    // Counted in characters, not in the address's encoded bytes: 200 "é" are 1,200 characters of address.
    expect(parsePrintHash(address(encodeURIComponent('é'.repeat(200))))?.boardId).toBe('é'.repeat(200));
    expect(parsePrintHash(address(''))).toBeNull();
  });

  it('is not a print address without a board, a known paper and orientation, or a section', () => {
    expect(parsePrintAddress('#board')).toBeNull();
    expect(parsePrintAddress('#print?paper=A4&orientation=portrait&sections=map&window=unseen')).toBeNull();
    expect(parsePrintAddress('#print?board=b&paper=A3&orientation=portrait&sections=map')).toBeNull();
    expect(parsePrintAddress('#print?board=b&paper=A4&orientation=sideways&sections=map')).toBeNull();
    expect(parsePrintAddress('#print?board=b&paper=A4&orientation=portrait&sections=index')).toBeNull();
    expect(parsePrintAddress('#print?board=%E0%A4%A&paper=A4&orientation=portrait&sections=map')).toBeNull();
  });
});

describe('the paper offered first', () => {
  it.each([
    ['en-US', 'Letter'],
    ['en', 'Letter'],
    ['fr-CA', 'Letter'],
    ['es-MX', 'Letter'],
    ['en-PH', 'Letter'],
    ['en-GB', 'A4'],
    ['de-DE', 'A4'],
    ['es', 'A4'],
    ['fr', 'A4'],
    ['en-AU', 'A4'],
    ['', 'A4'],
    [undefined, 'A4'],
    ['not a language', 'A4'],
  ] as const)('for a computer in %j is %s', (language, paper) => {
    expect(paperFor(language)).toBe(paper);
  });
});

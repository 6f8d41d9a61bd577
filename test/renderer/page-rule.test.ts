// The print view's page: one unnamed @page rule for the paper asked for, there only while the view is.
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageRule, usePageRule } from '../../renderer/print/pageRule';
import type { Orientation, PaperSize } from '../../shared/print';

describe('the page rule', () => {
  it.each([
    ['A4', 'portrait', 'A4 portrait'],
    ['A4', 'landscape', 'A4 landscape'],
    ['Letter', 'portrait', 'letter portrait'],
    ['Letter', 'landscape', 'letter landscape'],
  ] as const)('sets %s %s paper', (paper, orientation, size) => {
    const rule = pageRule(paper, orientation);
    expect(rule).toContain(`size: ${size};`);
    // One page for every page of the document: no page name for Chromium to look for.
    expect(rule.match(/@page\b[^{]*\{/gu)).toEqual(['@page {']);
    expect(rule).toContain("content: 'Page ' counter(page) ' of ' counter(pages)");
    expect(rule).toContain("content: var(--print-board-title, '')");
  });
});

describe('the page rule while the print view is shown', () => {
  // jsdom has constructable sheets but no adoptedStyleSheets, and its CSSOM drops `size`: the
  // document is a stand-in, and each sheet is known by the text it was given.
  const fakeDocument = () => ({ adoptedStyleSheets: [] as CSSStyleSheet[] }) as unknown as Document;
  const given = new WeakMap<CSSStyleSheet, string>();
  const sizes = (doc: Document) => doc.adoptedStyleSheets.map((sheet) => given.get(sheet) ?? '');

  afterEach(() => {
    vi.restoreAllMocks();
  });

  const recordSheets = () => {
    vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(function (this: CSSStyleSheet, text: string) {
      given.set(this, text);
    });
  };

  it('is adopted by the document, follows the paper, and goes when the view goes', () => {
    recordSheets();
    const doc = fakeDocument();
    const { rerender, unmount } = renderHook(({ paper, orientation }: { paper: PaperSize; orientation: Orientation }) => {
      usePageRule(paper, orientation, doc);
    }, { initialProps: { paper: 'A4', orientation: 'portrait' } });
    expect(sizes(doc)).toEqual([pageRule('A4', 'portrait')]);
    rerender({ paper: 'Letter', orientation: 'landscape' });
    expect(sizes(doc)).toEqual([pageRule('Letter', 'landscape')]);
    unmount();
    expect(doc.adoptedStyleSheets).toEqual([]);
  });

  it('leaves the sheets others adopted alone', () => {
    const doc = fakeDocument();
    const other = new CSSStyleSheet();
    doc.adoptedStyleSheets = [other];
    const { unmount } = renderHook(() => {
      usePageRule('A4', 'portrait', doc);
    });
    expect(doc.adoptedStyleSheets).toHaveLength(2);
    unmount();
    expect(doc.adoptedStyleSheets).toEqual([other]);
  });
});

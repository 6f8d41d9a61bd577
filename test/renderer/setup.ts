// Component tests run under jsdom; IndexedDB comes from fake-indexeddb so renderer/db runs for
// real. Each test file gets a fresh database name space through `resetStorage`.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy… and waitFor give up after 1 s by default: a big board's render on a slow or busy 2-core
// machine takes longer. A hang guard, as vitest's testTimeout is (vitest.config.ts), not a time limit.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

// jsdom's Blob lacks text(), which every Chromium the app runs in has.
if (typeof Blob.prototype.text !== 'function') {
  Object.defineProperty(Blob.prototype, 'text', {
    configurable: true,
    value(this: Blob): Promise<string> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => {
          resolve(reader.result as string);
        };
        reader.onerror = () => {
          reject(reader.error ?? new Error('read failed'));
        };
        reader.readAsText(this);
      });
    },
  });
}

// …and arrayBuffer(), which the browser bridge reads files with (to decode them strictly as UTF-8).
if (typeof Blob.prototype.arrayBuffer !== 'function') {
  Object.defineProperty(Blob.prototype, 'arrayBuffer', {
    configurable: true,
    value(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => {
          resolve(reader.result as ArrayBuffer);
        };
        reader.onerror = () => {
          reject(reader.error ?? new Error('read failed'));
        };
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

// …and document.elementsFromPoint, which every Chromium has (the notices ask what is under the
// pointer's last release, renderer/app/Notices.tsx). jsdom lays nothing out: nothing is at any point.
if (typeof document.elementsFromPoint !== 'function') {
  Object.defineProperty(Document.prototype, 'elementsFromPoint', {
    configurable: true,
    writable: true, // a test puts what is under its pointer in its place
    value(): Element[] {
      return [];
    },
  });
}

// …and window.scrollBy and scrollTo, which jsdom has but does not implement: each call did nothing
// and wrote "Not implemented: Window's scrollBy() method" to the run's output (120 lines of it in a
// CI run, among the tests' own). jsdom lays nothing out, so the page has nowhere to scroll: they do
// nothing here either, quietly.
for (const method of ['scrollBy', 'scrollTo'] as const) {
  Object.defineProperty(window, method, { configurable: true, writable: true, value: (): void => undefined });
}

// …and Element.scrollIntoView, which every Chromium has and jsdom lacks (History's "Show all …
// changes" keeps itself in the dialog's view with it). Nothing is laid out: it does nothing here.
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { configurable: true, writable: true, value: (): void => undefined });
}

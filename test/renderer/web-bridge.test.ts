/**
 * Browser mode's bridge: saving downloads a safely named file, opening refuses huge files and
 * files that are not UTF-8 (in the desktop's words).
 */
import { describe, expect, it, vi } from 'vitest';
import { createWebBridge, readFileAsText } from '../../renderer/platform/web';
import { PDF_MESSAGE, UTF16_MESSAGE } from '../../shared/format';
import { MAX_FILE_BYTES, NOT_UTF8_MESSAGE } from '../../shared/ipc';

/** A board's updatedAt, as the renderer sends it beside each backup. */
const STAMP = '2026-03-14T09:59:00.000Z';

describe('the browser bridge', () => {
  it('says it is the web shell', async () => {
    await expect(createWebBridge('1.2.3').info()).resolves.toEqual({ shell: 'web', os: 'web', appVersion: '1.2.3' });
  });

  it('saves through a download link with a safe file name', async () => {
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:fake');
    URL.revokeObjectURL = vi.fn();
    const result = await createWebBridge('1').saveFile({ suggestedName: 'Q3 / board: "final"', kind: 'json', contents: '{}' });
    expect(result).toEqual({ status: 'saved', name: 'Q3 board final.ownership.json' });
    expect(clicked).toEqual(['Q3 board final.ownership.json']);
    expect(document.querySelector('a[download]')).toBeNull();
    click.mockRestore();
  });

  it('keeps no backups: none to list or read, none written, and nothing to delete', async () => {
    const web = createWebBridge('1');
    await expect(web.listBackups()).resolves.toEqual([]);
    await expect(web.writeBackup({ boardId: 'b-1', title: 'T', boardUpdatedAt: STAMP, json: '{}' })).resolves.toMatchObject({ status: 'failed' });
    await expect(web.readBackup('b-1/2026-03-14T10-15-30.123Z.ownership.json')).resolves.toMatchObject({ status: 'failed' });
    await expect(web.deleteBackups(['b-1'])).resolves.toEqual({ status: 'deleted' });
  });

  it('refuses a file above the size limit without reading it', async () => {
    const file = new File(['x'], 'huge.ownership.json');
    Object.defineProperty(file, 'size', { value: MAX_FILE_BYTES + 1 });
    const text = vi.spyOn(file, 'text');
    const bytes = vi.spyOn(file, 'arrayBuffer');
    const result = await readFileAsText(file);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toMatch(/larger than 20 MB/u);
    expect(text).not.toHaveBeenCalled();
    expect(bytes).not.toHaveBeenCalled();
  });

  it('names a file with a right-to-left override isolated, so the sentence after it reads forwards', async () => {
    const file = new File(['x'], 'huge \u202Enosj.exe');
    Object.defineProperty(file, 'size', { value: MAX_FILE_BYTES + 1 });
    await expect(readFileAsText(file)).resolves.toEqual({ status: 'failed', name: 'huge \u202Enosj.exe', message: '\u2068huge \u202Enosj.exe\u2069 is larger than 20 MB, the most the app opens.' });
  });

  it('reads a chosen file as text', async () => {
    const result = await readFileAsText(new File(['{"a":1}'], 'map.ownership.json'));
    expect(result).toEqual({ status: 'opened', name: 'map.ownership.json', text: '{"a":1}' });
  });

  it('reads UTF-8 in any script, and drops a byte-order mark as the desktop does', async () => {
    const text = '{"title":"Équipe Müller 日本 🚀"}';
    const encoded = new TextEncoder().encode(text);
    await expect(readFileAsText(new File([encoded], 'a.ownership.json'))).resolves.toMatchObject({ status: 'opened', text });
    const withMark = new File([new Uint8Array([0xef, 0xbb, 0xbf]), encoded], 'b.ownership.json');
    await expect(readFileAsText(withMark)).resolves.toMatchObject({ status: 'opened', text });
  });

  // A board saved as Windows-1252 / Latin-1: file.text() turned "Müller" into "M�ller" without a word.
  it('refuses a file that is not UTF-8 with the desktop\'s message instead of replacing its letters with "�"', async () => {
    const latin1 = Uint8Array.from('{"title":"Müller"}', (char) => char.charCodeAt(0)); // ü is the single byte 0xfc
    const result = await readFileAsText(new File([latin1], 'latin1.ownership.json'));
    // With the file's name, so the alert names the file it refused.
    expect(result).toEqual({ status: 'failed', name: 'latin1.ownership.json', message: NOT_UTF8_MESSAGE });
    expect(NOT_UTF8_MESSAGE).toBe('The file’s text is not in UTF-8, the only encoding the app reads: it was probably saved by another program in another encoding (such as Windows-1252). Save it again as UTF-8, then import it.');
  });

  // Notepad's "Unicode": with its mark it was called Windows-1252, without one "not valid JSON".
  it('names a file saved as UTF-16 for what it is, with or without its byte-order mark', async () => {
    const text = '{"format":"ownership-board"}';
    const utf16 = Uint8Array.from({ length: text.length * 2 }, (_, index) => (index % 2 === 0 ? text.charCodeAt(index / 2) : 0));
    for (const bytes of [utf16, Uint8Array.from([0xff, 0xfe, ...utf16])]) {
      await expect(readFileAsText(new File([bytes], 'notepad.ownership.json'))).resolves.toEqual({ status: 'failed', name: 'notepad.ownership.json', message: UTF16_MESSAGE });
    }
  });

  // A PDF export sent as "the map" was refused as "not UTF-8", which told nobody what to do.
  it('names a PDF for what it is, and says which file to import instead', async () => {
    const pdf = new File([new TextEncoder().encode('%PDF-1.7\n'), new Uint8Array([0xe2, 0xe3, 0xcf, 0xd3])], 'map.ownership.json');
    await expect(readFileAsText(pdf)).resolves.toEqual({ status: 'failed', name: 'map.ownership.json', message: PDF_MESSAGE });
  });
});

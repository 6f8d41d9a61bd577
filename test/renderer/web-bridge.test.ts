/** Browser mode's bridge: saving downloads a safely named file, opening refuses huge files. */
import { describe, expect, it, vi } from 'vitest';
import { createWebBridge, readFileAsText } from '../../renderer/platform/web';
import { MAX_FILE_BYTES } from '../../shared/ipc';

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
    await expect(web.writeBackup({ boardId: 'b-1', title: 'T', json: '{}' })).resolves.toMatchObject({ status: 'failed' });
    await expect(web.readBackup('b-1/2026-03-14T10-15-30.123Z.ownership.json')).resolves.toMatchObject({ status: 'failed' });
    await expect(web.deleteBackups(['b-1'])).resolves.toEqual({ status: 'deleted' });
  });

  it('refuses a file above the size limit without reading it', async () => {
    const file = new File(['x'], 'huge.ownership.json');
    Object.defineProperty(file, 'size', { value: MAX_FILE_BYTES + 1 });
    const text = vi.spyOn(file, 'text');
    const result = await readFileAsText(file);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toMatch(/larger than 20 MB/u);
    expect(text).not.toHaveBeenCalled();
  });

  it('reads a chosen file as text', async () => {
    const result = await readFileAsText(new File(['{"a":1}'], 'map.ownership.json'));
    expect(result).toEqual({ status: 'opened', name: 'map.ownership.json', text: '{"a":1}' });
  });
});

// Files from the OS: kept until the page listens, handed out exactly once, then delivered as
// 'open-file' commands — with the open dialog's size and encoding checks.
import { describe, expect, it, vi } from 'vitest';
import type { OpenFileResult } from '../../shared/ipc';

vi.mock('electron', () => ({}));

import { FileInbox, type OpenedFile } from '../../electron/openFiles';

function inbox(results: Record<string, OpenFileResult> = {}) {
  const delivered: OpenedFile[] = [];
  const deps = {
    read: vi.fn((filePath: string) =>
      Promise.resolve(results[filePath] ?? { status: 'opened' as const, name: filePath.split('/').at(-1) ?? '', text: `text of ${filePath}` }),
    ),
    deliver: vi.fn((file: OpenedFile) => {
      delivered.push(file);
      return true;
    }),
    reportFailure: vi.fn(),
    onOpened: vi.fn(),
  };
  return { box: new FileInbox(deps), deps, delivered };
}

/** Makes the next read wait; returns what finishes it. */
function slowRead(deps: ReturnType<typeof inbox>['deps']): (result: OpenFileResult) => void {
  let finish: (result: OpenFileResult) => void = () => undefined;
  deps.read.mockImplementationOnce(
    () =>
      new Promise<OpenFileResult>((resolve) => {
        finish = resolve;
      }),
  );
  return (result) => {
    finish(result);
  };
}

describe('before the page listens', () => {
  it('keeps the file and hands it out once', async () => {
    const { box, deps } = inbox();
    box.receive('/a/Team.ownership.json');
    expect(deps.read).not.toHaveBeenCalled();
    expect(await box.take()).toEqual({ name: 'Team.ownership.json', text: 'text of /a/Team.ownership.json' });
    expect(await box.take()).toBeNull();
    expect(deps.onOpened).toHaveBeenCalledWith('/a/Team.ownership.json', 'text of /a/Team.ownership.json');
    expect(deps.deliver).not.toHaveBeenCalled();
  });

  it('keeps only the last of several files', async () => {
    const { box } = inbox();
    box.receive('/a/first.ownership.json');
    box.receive('/a/second.ownership.json');
    expect(await box.take()).toMatchObject({ name: 'second.ownership.json' });
  });

  it('answers null when nothing was opened', async () => {
    expect(await inbox().box.take()).toBeNull();
  });

  it('reports a file that cannot be read (too large, not UTF-8) and hands out nothing', async () => {
    const { box, deps } = inbox({ '/a/huge.json': { status: 'failed', message: 'The file is too large to open: the limit is 20 MB.' } });
    box.receive('/a/huge.json');
    expect(await box.take()).toBeNull();
    expect(deps.reportFailure).toHaveBeenCalledWith('The file is too large to open: the limit is 20 MB.', '/a/huge.json');
    expect(deps.onOpened).not.toHaveBeenCalled();
  });
});

describe('once the page listens', () => {
  it('sends later files straight to the page', async () => {
    const { box, delivered } = inbox();
    await box.take();
    box.receive('/a/Later.ownership.json');
    await vi.waitFor(() => {
      expect(delivered).toEqual([{ name: 'Later.ownership.json', text: 'text of /a/Later.ownership.json' }]);
    });
    expect(await box.take()).toBeNull();
  });

  it('holds files again while the page reloads', async () => {
    const { box, deps } = inbox();
    await box.take();
    box.pageGone();
    box.receive('/a/During reload.ownership.json');
    expect(deps.deliver).not.toHaveBeenCalled();
    expect(await box.take()).toMatchObject({ name: 'During reload.ownership.json' });
  });

  it('keeps a file that was still being read when the page went (reloaded, or its renderer died) for the next page', async () => {
    const { box, deps } = inbox();
    await box.take();
    const finishRead = slowRead(deps);
    box.receive('/a/Slow.ownership.json');
    box.pageGone(); // the window is still there: only the page inside it is gone
    finishRead({ status: 'opened', name: 'Slow.ownership.json', text: 'slow' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(deps.deliver).not.toHaveBeenCalled();
    expect(await box.take()).toEqual({ name: 'Slow.ownership.json', text: 'text of /a/Slow.ownership.json' });
  });

  it('does not let a file read late replace a later one waiting for the page', async () => {
    const { box, deps } = inbox();
    await box.take();
    const finishRead = slowRead(deps);
    box.receive('/a/Older.ownership.json');
    box.pageGone();
    box.receive('/a/Newer.ownership.json');
    finishRead({ status: 'opened', name: 'Older.ownership.json', text: 'older' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await box.take()).toMatchObject({ name: 'Newer.ownership.json' });
  });

  it('keeps a file whose page disappeared before it could be delivered', async () => {
    const { box, deps } = inbox();
    await box.take();
    deps.deliver.mockReturnValueOnce(false);
    box.receive('/a/Orphan.ownership.json');
    await vi.waitFor(() => {
      expect(deps.deliver).toHaveBeenCalledTimes(1);
    });
    expect(await box.take()).toMatchObject({ name: 'Orphan.ownership.json' });
  });
});

describe('while the page is stuck (not responding)', () => {
  it('holds a file, even one being read when it got stuck, and gives it to the page when it responds again', async () => {
    const { box, deps, delivered } = inbox();
    await box.take();
    const finish = slowRead(deps);
    box.receive('/a/Read.ownership.json');
    box.pageStuck();
    finish({ status: 'opened', name: 'Read.ownership.json', text: 'read' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    box.receive('/a/Later.ownership.json');
    expect(deps.deliver).not.toHaveBeenCalled();
    box.pageResponsive();
    await vi.waitFor(() => {
      expect(delivered).toEqual([{ name: 'Later.ownership.json', text: 'text of /a/Later.ownership.json' }]);
    });
  });

  it('a stuck page that is reloaded instead gets the file from take(), once', async () => {
    const { box, deps } = inbox();
    await box.take();
    box.pageStuck();
    box.receive('/a/Team.ownership.json');
    box.pageGone();
    box.pageResponsive(); // the new page is not the stuck one: nothing is pushed to it
    expect(deps.deliver).not.toHaveBeenCalled();
    expect(await box.take()).toMatchObject({ name: 'Team.ownership.json' });
    expect(await box.take()).toBeNull();
  });

  it('being responsive says nothing to a page that never listened', () => {
    const { box, deps } = inbox();
    box.receive('/a/Team.ownership.json');
    box.pageStuck();
    box.pageResponsive();
    expect(deps.read).not.toHaveBeenCalled();
  });
});

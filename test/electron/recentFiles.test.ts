// "Open recent": newest first, at most ten, and a recent.json that cannot smuggle anything but
// absolute paths to board files into the menu.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import {
  MAX_RECENT_FILES,
  RECENT_FILES_FILE,
  RecentFiles,
  parseRecentFiles,
  serializeRecentFiles,
  withRecentFile,
} from '../../electron/recentFiles';
import type { SettingsFiles } from '../../electron/settingsFiles';

const board = (name: string): string => `/home/ada/${name}.ownership.json`;

describe('reading recent.json', () => {
  it('accepts what it wrote', () => {
    const list = [board('a'), board('b')];
    expect(parseRecentFiles(JSON.parse(serializeRecentFiles(list)))).toEqual(list);
  });

  it('drops entries that are not absolute paths to a JSON file', () => {
    const raw = {
      version: 1,
      files: [board('a'), 'relative/b.ownership.json', '/etc/passwd', 42, null, '/tmp/x\0.json', `/${'a'.repeat(5000)}.json`, 'https://evil.example/a.json', board('c')],
    };
    expect(parseRecentFiles(raw)).toEqual([board('a'), board('c')]);
  });

  it('removes duplicates and keeps at most ten', () => {
    const files = Array.from({ length: 15 }, (_, i) => board(String(i % 12)));
    const parsed = parseRecentFiles({ version: 1, files });
    expect(parsed).toHaveLength(MAX_RECENT_FILES);
    expect(new Set(parsed).size).toBe(MAX_RECENT_FILES);
  });

  it.each([undefined, null, 'x', [], {}, { version: 2, files: [board('a')] }, { version: 1, files: 'x' }])('reads %j as an empty list', (raw) => {
    expect(parseRecentFiles(raw)).toEqual([]);
  });
});

describe('adding a file', () => {
  it('puts it first, once, and drops the oldest beyond ten', () => {
    const list = Array.from({ length: 10 }, (_, i) => board(String(i)));
    expect(withRecentFile(list, board('5')).slice(0, 2)).toEqual([board('5'), board('0')]);
    const added = withRecentFile(list, board('new'));
    expect(added).toHaveLength(10);
    expect(added[0]).toBe(board('new'));
    expect(added).not.toContain(board('9'));
  });
});

function recentFiles(initial?: unknown) {
  const writes: string[] = [];
  const read = vi.fn((name: string) => Promise.resolve(name === RECENT_FILES_FILE ? initial : undefined));
  const write = vi.fn((_name: string, text: string) => {
    writes.push(text);
  });
  const settings: SettingsFiles = { read, write };
  const onChange = vi.fn();
  const addToOs = vi.fn();
  const clearOs = vi.fn();
  const recent = new RecentFiles({ settings, onChange, addToOs, clearOs });
  return { recent, write, writes, onChange, addToOs, clearOs };
}

describe('the recent-files list', () => {
  it('loads recent.json and tells the menu', async () => {
    const { recent, onChange } = recentFiles({ version: 1, files: [board('a'), 'junk'] });
    await recent.load();
    expect(recent.list).toEqual([board('a')]);
    expect(onChange).toHaveBeenCalledWith([board('a')]);
  });

  it('records an opened board in the file, the menu and the OS', async () => {
    const { recent, write, writes, onChange, addToOs } = recentFiles();
    await recent.load();
    recent.add(board('a'));
    expect(recent.list).toEqual([board('a')]);
    expect(write).toHaveBeenCalledWith(RECENT_FILES_FILE, expect.any(String));
    expect(parseRecentFiles(JSON.parse(writes.at(-1) ?? ''))).toEqual([board('a')]);
    expect(onChange).toHaveBeenLastCalledWith([board('a')]);
    expect(addToOs).toHaveBeenCalledWith(board('a'));
  });

  it('ignores files that are not boards (a CSV export) and unchanged lists', async () => {
    const { recent, write } = recentFiles({ version: 1, files: [board('a')] });
    await recent.load();
    recent.add('/home/ada/export.csv');
    recent.add(board('a'));
    recent.remove(board('missing'));
    expect(write).not.toHaveBeenCalled();
  });

  it('removes a file that could not be opened, and clears everything on request', async () => {
    const { recent, clearOs } = recentFiles({ version: 1, files: [board('a'), board('b')] });
    await recent.load();
    recent.remove(board('a'));
    expect(recent.list).toEqual([board('b')]);
    recent.clear();
    expect(recent.list).toEqual([]);
    expect(clearOs).toHaveBeenCalledTimes(1);
  });
});

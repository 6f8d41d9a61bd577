// The remembered window: trusted only after validation, and put back only where the user can
// still reach it — a window saved on a screen that is gone must not open off-screen.
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Rectangle } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { nodeFileSystem } from '../../electron/ipc';
import { PendingWrites, createSettingsFiles } from '../../electron/settingsFiles';
import {
  WINDOW_STATE_FILE,
  fitWindowState,
  parseWindowState,
  serializeWindowState,
  watchWindowState,
  type DisplayArea,
  type StatefulWindow,
  type WindowState,
} from '../../electron/windowState';

const limits = { defaultSize: { width: 1280, height: 820 }, minSize: { width: 880, height: 560 } };
const display = (x: number, y: number, width: number, height: number): DisplayArea => ({ workArea: { x, y, width, height } });
/** A 1920×1080 laptop (work area below a 25 px menu bar) and a 2560×1400 monitor to its right. */
const laptop = display(0, 25, 1920, 1030);
const monitor = display(1920, 0, 2560, 1400);

const state = (x: number, y: number, width = 1200, height = 800, maximized = false): WindowState => ({ bounds: { x, y, width, height }, maximized });

describe('reading a saved state', () => {
  it('accepts what serializeWindowState wrote', () => {
    const saved = state(100, 80, 1200, 800, true);
    expect(parseWindowState(JSON.parse(serializeWindowState(saved)))).toEqual(saved);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'x'],
    ['an array', []],
    ['no version', { bounds: { x: 0, y: 0, width: 900, height: 600 }, maximized: false }],
    ['a future version', { version: 2, bounds: { x: 0, y: 0, width: 900, height: 600 }, maximized: false }],
    ['no bounds', { version: 1, maximized: false }],
    ['a fractional width', { version: 1, bounds: { x: 0, y: 0, width: 900.5, height: 600 }, maximized: false }],
    ['a zero height', { version: 1, bounds: { x: 0, y: 0, width: 900, height: 0 }, maximized: false }],
    ['a negative width', { version: 1, bounds: { x: 0, y: 0, width: -900, height: 600 }, maximized: false }],
    ['an absurd position', { version: 1, bounds: { x: 1e9, y: 0, width: 900, height: 600 }, maximized: false }],
    ['a string coordinate', { version: 1, bounds: { x: '0', y: 0, width: 900, height: 600 }, maximized: false }],
    ['NaN', { version: 1, bounds: { x: Number.NaN, y: 0, width: 900, height: 600 }, maximized: false }],
    ['maximized as a string', { version: 1, bounds: { x: 0, y: 0, width: 900, height: 600 }, maximized: 'yes' }],
  ])('refuses %s', (_name, raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });
});

describe('placing the window on today\'s displays', () => {
  it('opens a first window at the default size, centred (no position)', () => {
    expect(fitWindowState(null, [laptop], limits)).toEqual({ bounds: { width: 1280, height: 820 }, maximized: false });
  });

  it('puts a window back where it was when it is still on a screen', () => {
    expect(fitWindowState(state(200, 100), [laptop, monitor], limits)).toEqual({ bounds: { x: 200, y: 100, width: 1200, height: 800 }, maximized: false });
    expect(fitWindowState(state(2500, 300), [laptop, monitor], limits).bounds).toMatchObject({ x: 2500, y: 300 });
  });

  it('centres a window whose screen is gone (monitor unplugged), keeping its size and maximised state', () => {
    const saved = state(2500, 300, 1400, 900, true);
    expect(fitWindowState(saved, [laptop], limits)).toEqual({ bounds: { width: 1400, height: 900 }, maximized: true });
  });

  it.each([
    ['far to the right', state(5000, 100)],
    ['far to the left', state(-5000, 100)],
    ['below every screen', state(100, 3000)],
    ['with its title bar above the screen', state(100, -700)],
    ['showing only a sliver at the left edge', state(-1150, 100)],
  ])('does not restore a window saved %s', (_name, saved) => {
    const fitted = fitWindowState(saved, [laptop], limits);
    expect(fitted.bounds.x).toBeUndefined();
    expect(fitted.bounds.y).toBeUndefined();
  });

  it('moves a window that is partly off-screen but can still be grabbed wholly onto its screen, as little as it takes', () => {
    // 900 px off the left edge and 45 px below the bottom: right to the left edge, up to the bottom.
    expect(fitWindowState(state(-900, 300), [laptop], limits).bounds).toEqual({ x: 0, y: 255, width: 1200, height: 800 });
    // Over the right edge of the monitor.
    expect(fitWindowState(state(4000, 100), [laptop, monitor], limits).bounds).toEqual({ x: 3280, y: 100, width: 1200, height: 800 });
  });

  it('moves a window saved on a larger screen onto today\'s smaller one after shrinking it', () => {
    // 1280×820 at (600, 300) on a 1920×1080 monitor; today only the laptop's own 1366×768 screen.
    const small = display(0, 0, 1366, 768);
    expect(fitWindowState(state(600, 300, 1280, 820), [small], limits).bounds).toEqual({ x: 86, y: 0, width: 1280, height: 768 });
  });

  it('moves a window that was mostly on a monitor that is gone onto the screen that is left', () => {
    // Only its left 120 px were on the laptop; the rest was on the unplugged monitor.
    expect(fitWindowState(state(1800, 100, 1280, 820), [laptop], limits).bounds).toEqual({ x: 640, y: 100, width: 1280, height: 820 });
  });

  it('moves a window across two screens onto the one holding most of it', () => {
    // 120 px on the laptop, 1080 px on the monitor: it stays on the monitor, pushed off the edge.
    expect(fitWindowState(state(1800, 100), [laptop, monitor], limits).bounds).toMatchObject({ x: 1920, y: 100 });
    // 1080 px on the laptop, 120 px on the monitor: onto the laptop.
    expect(fitWindowState(state(840, 100), [laptop, monitor], limits).bounds).toMatchObject({ x: 720, y: 100 });
  });

  it('keeps the title bar on a screen smaller than the minimum size', () => {
    const tiny = display(100, 50, 800, 500);
    expect(fitWindowState(state(300, 200, 1200, 800), [tiny], limits).bounds).toEqual({ x: 100, y: 50, width: 880, height: 560 });
  });

  it('shrinks a window to its screen, but never below the minimum size', () => {
    expect(fitWindowState(state(0, 25, 4000, 3000), [laptop], limits).bounds).toEqual({ x: 0, y: 25, width: 1920, height: 1030 });
    expect(fitWindowState(state(0, 25, 300, 200), [laptop], limits).bounds).toMatchObject({ width: 880, height: 560 });
    const tiny = display(0, 0, 800, 500);
    expect(fitWindowState(null, [tiny], limits).bounds).toEqual({ width: 880, height: 560 });
  });

  it('fits an off-screen window to the primary display (the first one)', () => {
    const small = display(0, 0, 1024, 700);
    expect(fitWindowState(state(9000, 0, 1900, 1000), [small, monitor], limits).bounds).toEqual({ width: 1024, height: 700 });
  });

  it('without any display information, uses the saved size and no position', () => {
    expect(fitWindowState(state(10, 10), [], limits)).toEqual({ bounds: { width: 1200, height: 800 }, maximized: false });
  });
});

class FakeWindow extends EventEmitter implements StatefulWindow {
  bounds: Rectangle = { x: 10, y: 20, width: 1000, height: 700 };
  maximized = false;
  fullScreen = false;
  minimized = false;
  destroyed = false;
  getNormalBounds = (): Rectangle => this.bounds;
  isMaximized = (): boolean => this.maximized;
  isMinimized = (): boolean => this.minimized;
  isFullScreen = (): boolean => this.fullScreen;
  isDestroyed = (): boolean => this.destroyed;
}

describe('watching the window', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once moving and resizing have settled', () => {
    const window = new FakeWindow();
    const save = vi.fn();
    watchWindowState(window, save, { delayMs: 500 });
    window.emit('move');
    window.bounds = { x: 50, y: 60, width: 1000, height: 700 };
    window.emit('resize');
    vi.advanceTimersByTime(499);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith(state(50, 60, 1000, 700));
  });

  it('saves at once when the window closes, and nothing twice', () => {
    const window = new FakeWindow();
    const save = vi.fn();
    watchWindowState(window, save);
    window.maximized = true;
    window.emit('maximize');
    window.emit('close');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith(state(10, 20, 1000, 700, true));
    window.emit('closed');
    vi.runAllTimers();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('keeps a maximised window maximised when it is closed while minimised (Windows does not call it maximised then)', () => {
    const window = new FakeWindow();
    const save = vi.fn();
    watchWindowState(window, save);
    window.maximized = true;
    window.emit('maximize');
    vi.runAllTimers();
    expect(save).toHaveBeenLastCalledWith(state(10, 20, 1000, 700, true));
    // Minimised from the task bar: IsZoomed() is false now; closed from the task bar.
    window.minimized = true;
    window.maximized = false;
    window.emit('resize');
    vi.runAllTimers();
    window.emit('close');
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('records nothing while in full screen', () => {
    const window = new FakeWindow();
    const save = vi.fn();
    watchWindowState(window, save);
    window.fullScreen = true;
    window.emit('resize');
    vi.runAllTimers();
    window.emit('close');
    expect(save).not.toHaveBeenCalled();
  });
});

describe('the window-state file', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'ownership-board-state-'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(folder, { recursive: true, force: true });
  });

  it('round-trips through userData, written atomically', async () => {
    const pending = new PendingWrites();
    const settings = createSettingsFiles(folder, nodeFileSystem, pending);
    settings.write(WINDOW_STATE_FILE, serializeWindowState(state(1, 2, 900, 600, true)));
    await pending.flush();
    expect(await readdir(folder)).toEqual([WINDOW_STATE_FILE]);
    expect(parseWindowState(await settings.read(WINDOW_STATE_FILE))).toEqual(state(1, 2, 900, 600, true));
    expect(JSON.parse(await readFile(path.join(folder, WINDOW_STATE_FILE), 'utf8'))).toMatchObject({ version: 1 });
  });

  it('treats a missing file as a first run, silently', async () => {
    const settings = createSettingsFiles(folder, nodeFileSystem, new PendingWrites());
    expect(await settings.read(WINDOW_STATE_FILE)).toBeUndefined();
    expect(console.warn).not.toHaveBeenCalled();
  });

  it.each([
    ['truncated JSON', '{"version":1,"bounds":{"x":'],
    ['not UTF-8', Buffer.from([0xff, 0xfe, 0x00])],
    ['valid JSON of the wrong shape', '{"version":1,"bounds":"everywhere"}'],
  ])('ignores a corrupt file (%s) and opens the window normally', async (_name, content) => {
    await writeFile(path.join(folder, WINDOW_STATE_FILE), content);
    const settings = createSettingsFiles(folder, nodeFileSystem, new PendingWrites());
    const saved = parseWindowState(await settings.read(WINDOW_STATE_FILE));
    expect(saved).toBeNull();
    expect(fitWindowState(saved, [laptop], limits)).toEqual({ bounds: { width: 1280, height: 820 }, maximized: false });
  });

  it('ignores a file far too large to be ours without reading it', async () => {
    await writeFile(path.join(folder, WINDOW_STATE_FILE), 'x'.repeat(300 * 1024));
    const settings = createSettingsFiles(folder, nodeFileSystem, new PendingWrites());
    expect(await settings.read(WINDOW_STATE_FILE)).toBeUndefined();
  });
});

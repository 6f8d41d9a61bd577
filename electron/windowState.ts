/**
 * Remembers where the main window was (size, position, maximised) between runs, in
 * userData/window-state.json.
 *
 * The saved state is untrusted on the next start: the file may be corrupt or hand-edited, and
 * the display it was on may be gone (a laptop undocked from its second screen). So reading is a
 * pure validation step and placing is a pure fitting step against today's displays, both unit
 * tested; a window is only put back where it was if its title bar is still on a screen, and then
 * moved as little as it takes to be wholly on that screen.
 */
import type { Rectangle } from 'electron';
import { isRecord, ofVersion, settingsText, type SettingsFiles } from './settingsFiles';

export const WINDOW_STATE_FILE = 'window-state.json';
const WINDOW_STATE_VERSION = 1;

export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  /** The normal (not maximised) bounds, so un-maximising restores a sensible size. */
  readonly bounds: Bounds;
  readonly maximized: boolean;
}

/** What a window is opened with: a size, plus a position only when that is on a screen. */
export interface FittedWindowState {
  readonly bounds: { readonly x?: number; readonly y?: number; readonly width: number; readonly height: number };
  readonly maximized: boolean;
}

export interface DisplayArea {
  /** The display's work area (without task bar, dock or menu bar), as screen.getAllDisplays(). */
  readonly workArea: Rectangle;
}

export interface SizeLimits {
  readonly defaultSize: { readonly width: number; readonly height: number };
  readonly minSize: { readonly width: number; readonly height: number };
}

/** Larger than any real screen arrangement; anything beyond is a corrupt file. */
const MAX_COORDINATE = 100_000;
const MAX_SIZE = 20_000;
/** The strip at the top of a window that has to be on a screen for the user to grab it. */
const TITLE_BAR_HEIGHT = 40;
const MIN_VISIBLE_WIDTH = 100;
const MIN_VISIBLE_HEIGHT = 20;

const isCoordinate = (value: unknown): value is number =>
  Number.isInteger(value) && Math.abs(value as number) <= MAX_COORDINATE;

const isSize = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0 && (value as number) <= MAX_SIZE;

/** The saved state, or null when the file's content is not one we wrote. */
export function parseWindowState(raw: unknown): WindowState | null {
  const stored = ofVersion(raw, WINDOW_STATE_VERSION);
  if (!stored || !isRecord(stored.bounds)) return null;
  const { x, y, width, height } = stored.bounds;
  if (!isCoordinate(x) || !isCoordinate(y) || !isSize(width) || !isSize(height)) return null;
  if (typeof stored.maximized !== 'boolean') return null;
  return { bounds: { x, y, width, height }, maximized: stored.maximized };
}

export function serializeWindowState(state: WindowState): string {
  return settingsText(WINDOW_STATE_VERSION, { bounds: state.bounds, maximized: state.maximized });
}

/** userData/window-state.json, or null when missing, unreadable or corrupt. */
export async function loadWindowState(settings: SettingsFiles): Promise<WindowState | null> {
  return parseWindowState(await settings.read(WINDOW_STATE_FILE));
}

/** Starts an atomic write of userData/window-state.json (quitting waits for it). */
export function saveWindowState(settings: SettingsFiles, state: WindowState): void {
  settings.write(WINDOW_STATE_FILE, serializeWindowState(state));
}

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * The display on which the window's title bar can still be grabbed, if any. Of several, the one
 * holding most of the window (it is moved onto that one, so the least of it moves); the first,
 * the primary, on a tie.
 */
export function displayShowingTitleBar(bounds: Bounds, displays: readonly DisplayArea[]): DisplayArea | null {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(TITLE_BAR_HEIGHT, bounds.height) };
  let best: DisplayArea | null = null;
  let bestArea = -1;
  for (const display of displays) {
    const visible = overlap(titleBar, display.workArea);
    if (visible.width < Math.min(MIN_VISIBLE_WIDTH, bounds.width) || visible.height < Math.min(MIN_VISIBLE_HEIGHT, titleBar.height)) continue;
    const shown = overlap(bounds, display.workArea);
    if (shown.width * shown.height > bestArea) {
      best = display;
      bestArea = shown.width * shown.height;
    }
  }
  return best;
}

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, max));

function fitSize(size: { width: number; height: number }, area: Rectangle | undefined, limits: SizeLimits): { width: number; height: number } {
  if (area === undefined) return { width: Math.max(size.width, limits.minSize.width), height: Math.max(size.height, limits.minSize.height) };
  // The minimum wins on a screen smaller than the minimum: Electron enforces it anyway.
  return {
    width: clamp(size.width, limits.minSize.width, Math.max(area.width, limits.minSize.width)),
    height: clamp(size.height, limits.minSize.height, Math.max(area.height, limits.minSize.height)),
  };
}

/**
 * Where to open the window today. `displays[0]` is the primary display. A saved window whose
 * title bar is on some display comes back on that display: shrunk to fit it if needed, then moved
 * only as far as it takes to be wholly on it (a window saved on a larger screen, or mostly on a
 * monitor that is gone, would otherwise open with its bottom or most of it off-screen). One that
 * would be off-screen keeps its size (fitted to the primary display) and no position, so Electron
 * centres it on the primary display. Maximised is remembered either way.
 */
export function fitWindowState(saved: WindowState | null, displays: readonly DisplayArea[], limits: SizeLimits): FittedWindowState {
  const primary = displays[0]?.workArea;
  if (saved === null) return { bounds: fitSize(limits.defaultSize, primary, limits), maximized: false };
  const display = displayShowingTitleBar(saved.bounds, displays);
  if (display === null) return { bounds: fitSize(saved.bounds, primary, limits), maximized: saved.maximized };
  const area = display.workArea;
  const size = fitSize(saved.bounds, area, limits);
  // On a screen smaller than the minimum size the top-left corner wins: the title bar stays on it.
  const x = clamp(saved.bounds.x, area.x, area.x + area.width - size.width);
  const y = clamp(saved.bounds.y, area.y, area.y + area.height - size.height);
  return { bounds: { x, y, ...size }, maximized: saved.maximized };
}

/** The parts of a BrowserWindow that the state is read from. */
export interface StatefulWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  isDestroyed(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close' | 'closed', listener: () => void): unknown;
}

export function captureWindowState(window: StatefulWindow): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { bounds: { x, y, width, height }, maximized: window.isMaximized() };
}

export interface WatchOptions {
  /** Moving or resizing fires many events; write once things have settled. */
  readonly delayMs?: number;
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

/**
 * Calls `save` when the window has stopped moving or resizing, and at once when it closes. In
 * full screen nothing is recorded: the window will not start in full screen, and its normal
 * bounds are not reliable on every platform while it is. Nor while minimised: Windows does not
 * count a maximised window as maximised while it sits in the task bar, so closing it from there
 * (the task bar's "Close window", shutting down) would forget that it was.
 */
export function watchWindowState(window: StatefulWindow, save: (state: WindowState) => void, options: WatchOptions = {}): void {
  const delayMs = options.delayMs ?? 500;
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const clearTimer =
    options.clearTimer ??
    ((timer: unknown) => {
      clearTimeout(timer as ReturnType<typeof setTimeout>);
    });
  let timer: unknown = null;
  let last: string | null = null;

  const saveNow = (): void => {
    if (window.isDestroyed() || window.isFullScreen() || window.isMinimized()) return;
    const state = captureWindowState(window);
    const serialized = serializeWindowState(state);
    if (serialized === last) return; // a close right after a settled move writes nothing new
    last = serialized;
    save(state);
  };
  const cancel = (): void => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  const schedule = (): void => {
    cancel();
    timer = setTimer(() => {
      timer = null;
      saveNow();
    }, delayMs);
  };

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, schedule);
  window.on('close', () => {
    cancel();
    saveNow();
  });
  window.on('closed', cancel);
}

/**
 * Which bridge the UI talks to: the desktop one that Electron's preload put on `window`, or the
 * browser one. Decided once at start-up; everything else asks `getBridge()`.
 */
import { BRIDGE_GLOBAL, type OwnershipBridge } from '../../shared/ipc';
import { createWebBridge } from './web';

declare const __APP_VERSION__: string;

let bridge: OwnershipBridge | null = null;

function isBridge(value: unknown): value is OwnershipBridge {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof OwnershipBridge, unknown>>;
  return (
    typeof candidate.info === 'function' &&
    typeof candidate.saveFile === 'function' &&
    typeof candidate.openFile === 'function' &&
    typeof candidate.onMenuCommand === 'function' &&
    typeof candidate.printToPdf === 'function' &&
    typeof candidate.takePendingFile === 'function' &&
    typeof candidate.writeBackup === 'function' &&
    typeof candidate.listBackups === 'function' &&
    typeof candidate.readBackup === 'function' &&
    typeof candidate.deleteBackups === 'function' &&
    typeof candidate.setAppearance === 'function'
  );
}

/** The desktop app's bridge (its preload put it on the window), or null in a browser. */
function desktopBridge(): OwnershipBridge | null {
  const desktop: unknown = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  return isBridge(desktop) ? desktop : null;
}

export function getBridge(): OwnershipBridge {
  bridge ??= desktopBridge() ?? createWebBridge(typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev');
  return bridge;
}

/**
 * Whether the page runs in the desktop app, known at once (for what is drawn on the first render;
 * what may wait asks the shell: backups/desktop.ts).
 */
export function inDesktopApp(): boolean {
  return typeof window !== 'undefined' && desktopBridge() !== null;
}

/** For tests: put a fake bridge in place (or null to choose again). */
export function setBridgeForTesting(next: OwnershipBridge | null): void {
  bridge = next;
}

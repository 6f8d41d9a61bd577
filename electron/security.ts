/**
 * The lock-down of every web contents and of the session: the part of Electron's security
 * checklist that is enforced at run time rather than by window options.
 *
 * The app shows only its own pages and talks to no server, so the policy is an allow-list of
 * where a page may be (the app origin, or the Vite dev server in development) and everything
 * else is refused. The decisions are small pure functions so they can be tested without
 * Electron; the wiring functions only attach them to Electron's hooks.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App, Session, WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

/** `text` parsed as an absolute URL, or null when it is not one (every decision below refuses those). */
function parsedUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Schemes whose origin we can compare; anything else never counts as a trusted origin. */
const HIERARCHICAL_SCHEMES = new Set(['app:', 'http:', 'https:', 'ws:', 'wss:']);

/**
 * `scheme://host[:port]` of a URL, or null. Written by hand because Node's URL reports the
 * origin of any non-special scheme (our `app:`) as the opaque "null".
 */
export function originOf(url: string): string | null {
  const parsed = parsedUrl(url);
  if (parsed === null) return null;
  if (!HIERARCHICAL_SCHEMES.has(parsed.protocol) || parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL from ELECTRON_RENDERER_URL, honoured only in an unpackaged app and only when
 * it points at this machine: an environment variable must never turn the installed app into a
 * browser for somebody else's site.
 */
export function resolveDevServerUrl(raw: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || raw === undefined || raw === '') return null;
  const url = parsedUrl(raw);
  if (url === null) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.href;
}

/** The origins whose pages are the app: always the app scheme, plus the dev server in dev. */
export function trustedOrigins(devServerUrl: string | null): readonly string[] {
  const devOrigin = devServerUrl === null ? null : originOf(devServerUrl);
  return devOrigin === null ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin];
}

/**
 * A link we may hand to the user's browser: an absolute http(s) URL with a host and without
 * embedded credentials (`https://bank.example@evil.example` tricks). Everything else (file:,
 * javascript:, custom protocol handlers of other apps, smb: …) is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > 2048) return false;
  const parsed = parsedUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.hostname === '') return false;
  return parsed.username === '' && parsed.password === '';
}

/**
 * Navigation policy: a page may only navigate (or be redirected) to a URL of a trusted origin —
 * in practice `location.reload()` or a same-origin link after a database upgrade. Any other
 * destination is refused outright, not opened in the user's browser, because a navigation can be
 * started by script without the user asking; external links must use target="_blank", which goes
 * through the window-open handler and the explicit URL check above.
 */
export function isAllowedNavigation(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

export interface WebContentsPolicy {
  readonly allowedOrigins: readonly string[];
  /** shell.openExternal in the app; a fake in tests. */
  readonly openExternal: (url: string) => Promise<void>;
}

/** Applies the navigation (of the page and of any frame in it), new-window and webview rules to one web contents. */
export function hardenWebContents(contents: WebContents, policy: WebContentsPolicy): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, policy.allowedOrigins)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, policy.allowedOrigins)) event.preventDefault();
  });
  // 'will-navigate' is told only of the top-level page: a frame inside it (an iframe the CSP was
  // meant to forbid, or one a future change adds) could still be sent to a website or a file://
  // page. The app has no frames of its own, so every frame is held to the same allow-list.
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, policy.allowedOrigins)) event.preventDefault();
  });
  // webviewTag is off in the window options; this also covers any web contents created elsewhere.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      policy.openExternal(url).catch((error: unknown) => {
        console.error('Could not open an external link', error);
      });
    }
    return { action: 'deny' };
  });
}

/** Hardens every web contents the app will ever create (windows, devtools, anything else). */
export function hardenAllWebContents(app: Pick<App, 'on'>, policy: WebContentsPolicy): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, policy);
  });
}

/**
 * The only permissions granted, and only to the app's own pages. Neither reaches a device, the
 * user's data or the network:
 * - durable storage (`navigator.storage.persist()`), so Chromium never evicts the IndexedDB that
 *   holds the boards (handbook: "persist() on first run");
 * - fullscreen (`element.requestFullscreen()`), which Electron routes through this handler, for
 *   the workshop's presentation mode;
 * - keyboard lock (`navigator.keyboard.lock(['Escape'])`, Electron's `keyboardLock` since v28),
 *   asked for only while presenting in that full screen: without it the shell takes Escape to
 *   leave full screen, so a facilitator cancelling a drag threw the wall out of full screen. With
 *   it Escape reaches the board and leaving full screen is press-and-hold Esc. It reaches no
 *   device and only works in full screen the page itself entered.
 * Everything else (camera, microphone, notifications, clipboard reads, geolocation,
 * HID/USB/serial, opening external apps, …) is denied. Remove an entry here to deny it too.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'fullscreen', 'keyboardLock']);

export function isPermissionGranted(permission: string, requestingUrl: string, allowedOrigins: readonly string[]): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAllowedNavigation(requestingUrl, allowedOrigins);
}

export interface SessionPolicy {
  readonly allowedOrigins: readonly string[];
  /**
   * Folder of the built renderer. The app protocol reads its files with net.fetch(file://…),
   * which Electron documents as passing through webRequest handlers, so exactly that folder's
   * file URLs must stay allowed (and no other file).
   */
  readonly rendererRoot: string | null;
}

/** Schemes that never leave the machine and that Chromium itself needs. */
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

/**
 * The request filter: no remote content at all. Allowed are the app origin, local-only schemes,
 * the renderer's own files, and — in development — the dev server over http and its HMR
 * websocket.
 */
export function isAllowedRequest(url: string, policy: SessionPolicy): boolean {
  const parsed = parsedUrl(url);
  if (parsed === null) return false;
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol === 'file:') {
    if (policy.rendererRoot === null) return false;
    // Compared as paths, not URL strings: Chromium and Node may percent-encode an install folder
    // differently (a user name with "ë"), and Windows paths are case-insensitive.
    let filePath: string;
    try {
      filePath = fileURLToPath(parsed);
    } catch {
      return false; // e.g. a file URL with a remote host
    }
    const fromRoot = path.relative(path.resolve(policy.rendererRoot), filePath);
    return fromRoot !== '' && !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot);
  }
  // The HMR websocket lives on the dev server's host and port.
  const httpEquivalent =
    parsed.protocol === 'ws:' ? url.replace(/^ws:/iu, 'http:') : parsed.protocol === 'wss:' ? url.replace(/^wss:/iu, 'https:') : url;
  const origin = originOf(httpEquivalent);
  return origin !== null && policy.allowedOrigins.includes(origin);
}

/** Session-wide rules: permissions and the request filter. Call once, after ready. */
export function hardenSession(session: Session, policy: SessionPolicy): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, policy.allowedOrigins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, policy.allowedOrigins),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, policy);
    if (!allowed) console.warn(`Blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}

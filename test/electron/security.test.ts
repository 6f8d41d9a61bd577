// Run-time lock-down: a page can go nowhere but the app, open nothing but vetted http(s) links in
// the user's browser, get no permission beyond durable storage, full screen and its Escape, and load
// nothing remote.
import { EventEmitter } from 'node:events';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import {
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isSafeExternalUrl,
  originOf,
  resolveDevServerUrl,
  trustedOrigins,
} from '../../electron/security';

const APP = 'app://ownership-board';
const DEV = 'http://localhost:5173';

interface WindowOpenResponse {
  action: string;
}

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => WindowOpenResponse) | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => WindowOpenResponse) => {
    this.windowOpenHandler = handler;
  });
}

interface FakeEvent {
  url: string;
  preventDefault: ReturnType<typeof vi.fn>;
}

const navigationEvent = (url: string): FakeEvent => ({ url, preventDefault: vi.fn() });

function hardened(allowedOrigins: readonly string[] = [APP]) {
  const contents = new FakeWebContents();
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  hardenWebContents(contents as unknown as WebContents, { allowedOrigins, openExternal });
  const emit = (name: string, url: string): FakeEvent => {
    const event = navigationEvent(url);
    contents.emit(name, event, url);
    return event;
  };
  const openWindow = (url: string): WindowOpenResponse | undefined => contents.windowOpenHandler?.({ url });
  return { contents, openExternal, emit, openWindow };
}

beforeEach(() => {
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('navigation', () => {
  it.each(['will-navigate', 'will-redirect'])('%s to a website is prevented', (name) => {
    const { emit } = hardened();
    expect(emit(name, 'https://example.com/').preventDefault).toHaveBeenCalled();
    expect(emit(name, 'http://localhost:5173/').preventDefault).toHaveBeenCalled();
    expect(emit(name, 'file:///etc/passwd').preventDefault).toHaveBeenCalled();
    expect(emit(name, 'app://evil/index.html').preventDefault).toHaveBeenCalled();
    expect(emit(name, 'javascript:alert(1)').preventDefault).toHaveBeenCalled();
    expect(emit(name, 'data:text/html,<h1>hi</h1>').preventDefault).toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-redirect'])('%s within the app origin (a reload) is allowed', (name) => {
    const { emit } = hardened();
    expect(emit(name, 'app://ownership-board/index.html').preventDefault).not.toHaveBeenCalled();
  });

  it('allows the dev server only when it is a trusted origin', () => {
    expect(hardened([APP, DEV]).emit('will-navigate', 'http://localhost:5173/').preventDefault).not.toHaveBeenCalled();
    expect(hardened([APP, DEV]).emit('will-navigate', 'http://localhost:5174/').preventDefault).toHaveBeenCalled();
  });

  it('does not open a blocked navigation in the browser either', () => {
    const { emit, openExternal } = hardened();
    emit('will-navigate', 'https://example.com/');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('prevents a frame inside the page from going to a website, a file or another app host', () => {
    const { contents } = hardened();
    // What Electron passes for an iframe's navigation: the frame's URL, and not the main frame.
    const frameNavigation = (url: string) => ({ url, isMainFrame: false, isSameDocument: false, frame: null, preventDefault: vi.fn() });
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'data:text/html,<h1>hi</h1>']) {
      const event = frameNavigation(url);
      contents.emit('will-frame-navigate', event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    const withinApp = frameNavigation('app://ownership-board/index.html');
    contents.emit('will-frame-navigate', withinApp);
    expect(withinApp.preventDefault).not.toHaveBeenCalled();
  });

  it('prevents attaching a webview', () => {
    const { contents } = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('new windows', () => {
  it('are always denied; a safe https link goes to the user browser', () => {
    const { openWindow, openExternal } = hardened();
    expect(openWindow('https://example.com/ownership')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/ownership');
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://ownership-board/index.html',
    'smb://server/share',
    'https://bank.example@evil.example/',
    'about:blank',
    '',
  ])('are denied and %s is not opened anywhere', (url) => {
    const { openWindow, openExternal } = hardened();
    expect(openWindow(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('safe external URLs', () => {
  it('accepts plain http and https links', () => {
    expect(isSafeExternalUrl('https://example.com/a?b=c#d')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(true);
  });

  it('refuses other schemes, credentials, garbage and absurd lengths', () => {
    expect(isSafeExternalUrl('ftp://example.com')).toBe(false);
    expect(isSafeExternalUrl('mailto:someone@example.com')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@example.com')).toBe(false);
    expect(isSafeExternalUrl('https://user@example.com')).toBe(false);
    expect(isSafeExternalUrl('example.com')).toBe(false);
    expect(isSafeExternalUrl('https://')).toBe(false);
    expect(isSafeExternalUrl(`https://example.com/${'a'.repeat(3000)}`)).toBe(false);
  });
});

describe('every web contents', () => {
  it('is hardened as soon as it is created', () => {
    const app = new EventEmitter();
    hardenAllWebContents(app as unknown as App, { allowedOrigins: [APP], openExternal: () => Promise.resolve() });
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    const event = navigationEvent('https://example.com/');
    contents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, requestingOrigin: string) => boolean;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

function hardenedSession(allowedOrigins: readonly string[] = [APP], rendererRoot: string | null = '/opt/app/dist/renderer') {
  const fake = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  hardenSession(fake as unknown as Session, { allowedOrigins, rendererRoot });
  const requestHandler = fake.setPermissionRequestHandler.mock.calls[0]?.[0] as PermissionRequestHandler;
  const checkHandler = fake.setPermissionCheckHandler.mock.calls[0]?.[0] as PermissionCheckHandler;
  const deviceHandler = fake.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
  const beforeRequest = fake.webRequest.onBeforeRequest.mock.calls[0]?.[0] as BeforeRequestListener;
  const request = (permission: string, requestingUrl = `${APP}/index.html`): boolean | undefined => {
    let granted: boolean | undefined;
    requestHandler({}, permission, (value) => (granted = value), { requestingUrl });
    return granted;
  };
  const cancelled = (url: string): boolean | undefined => {
    let response: { cancel?: boolean } | undefined;
    beforeRequest({ url }, (value) => (response = value));
    return response?.cancel;
  };
  return { request, checkHandler, deviceHandler, cancelled };
}

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'hid', 'usb', 'serial', 'midiSysex', 'display-capture', 'pointerLock', 'automatic-fullscreen', 'unknown'])(
    'the request for %s is answered with false',
    (permission) => {
      expect(hardenedSession().request(permission)).toBe(false);
    },
  );

  it('grants only durable storage and fullscreen, and only to the app itself', () => {
    const session = hardenedSession();
    expect(session.request('persistent-storage')).toBe(true);
    expect(session.request('fullscreen')).toBe(true);
    expect(session.request('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(session.request('fullscreen', 'https://evil.example/')).toBe(false);
    expect(session.request('fullscreen', 'app://evil/index.html')).toBe(false);
    expect(session.checkHandler({}, 'persistent-storage', APP)).toBe(true);
    expect(session.checkHandler({}, 'persistent-storage', 'https://evil.example')).toBe(false);
  });

  it("lends the presentation Escape (keyboard lock), to the app's own pages only: without it Escape during a drag left full screen", () => {
    const session = hardenedSession();
    expect(session.request('keyboardLock')).toBe(true);
    expect(session.checkHandler({}, 'keyboardLock', APP)).toBe(true);
    expect(session.request('keyboardLock', 'https://evil.example/')).toBe(false);
    expect(session.request('keyboardLock', 'app://evil/index.html')).toBe(false);
    expect(session.request('keyboardLock', 'file:///opt/app/dist/renderer/index.html')).toBe(false);
    expect(session.checkHandler({}, 'keyboardLock', 'https://evil.example')).toBe(false);
    // The same in development, for the dev server's pages and no other local server.
    const dev = hardenedSession([APP, 'http://localhost:5173']);
    expect(dev.request('keyboardLock', 'http://localhost:5173/')).toBe(true);
    expect(dev.request('keyboardLock', 'http://localhost:8080/')).toBe(false);
  });

  it('checks for anything else answer false, and devices are never granted', () => {
    const session = hardenedSession();
    expect(session.checkHandler({}, 'media', APP)).toBe(false);
    expect(session.checkHandler({}, 'clipboard-read', APP)).toBe(false);
    expect(session.deviceHandler()).toBe(false);
  });
});

describe('the request filter', () => {
  it('cancels everything remote', () => {
    const { cancelled } = hardenedSession();
    expect(cancelled('https://example.com/script.js')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
    expect(cancelled('ws://localhost:5173/')).toBe(true);
    expect(cancelled('wss://example.com/')).toBe(true);
    expect(cancelled('ftp://example.com/')).toBe(true);
    expect(cancelled('app://evil/index.html')).toBe(true);
    expect(cancelled('chrome-extension://abc/x.js')).toBe(true);
    expect(cancelled('not a url')).toBe(true);
  });

  it('lets the app, devtools and local data through', () => {
    const { cancelled } = hardenedSession();
    expect(cancelled('app://ownership-board/assets/index.js')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/devtools_app.html')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('blob:app://ownership-board/4f1c-uuid')).toBe(false);
  });

  it('lets through only the renderer folder among local files', () => {
    const root = path.resolve('/opt/app/dist/renderer');
    const { cancelled } = hardenedSession([APP], root);
    expect(cancelled(pathToFileURL(path.join(root, 'index.html')).href)).toBe(false);
    expect(cancelled(pathToFileURL(path.join(root, 'assets', 'a.js')).href)).toBe(false);
    expect(cancelled(pathToFileURL('/etc/passwd').href)).toBe(true);
    expect(cancelled(pathToFileURL(`${root}-evil/index.html`).href)).toBe(true);
    expect(cancelled(`${pathToFileURL(root).href}/%2e%2e/%2e%2e/secret.txt`)).toBe(true);
    expect(cancelled('file://fileserver/share/index.html')).toBe(true);
    // Encoded differently from Node's pathToFileURL, still the same file inside the folder.
    expect(cancelled(`${pathToFileURL(root).href}/assets/Team%20font.woff2`)).toBe(false);
    expect(hardenedSession([APP], null).cancelled(pathToFileURL(path.join(root, 'index.html')).href)).toBe(true);
  });

  it('allows the dev server and its hot-reload socket only in development', () => {
    const { cancelled } = hardenedSession([APP, DEV]);
    expect(cancelled('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancelled('ws://localhost:5173/?token=x')).toBe(false);
    expect(cancelled('http://localhost:8080/')).toBe(true);
    expect(cancelled('https://example.com/')).toBe(true);
  });

  it('agrees with isAllowedRequest', () => {
    expect(isAllowedRequest('https://example.com/', { allowedOrigins: [APP], rendererRoot: null })).toBe(false);
    expect(isAllowedRequest('app://ownership-board/', { allowedOrigins: [APP], rendererRoot: null })).toBe(true);
  });
});

describe('trusted origins', () => {
  it('computes origins of the app scheme, which Node reports as "null"', () => {
    expect(originOf('app://ownership-board/index.html?x=1')).toBe(APP);
    expect(originOf('app://Ownership-Board/')).toBe(APP);
    expect(originOf('http://localhost:5173/x')).toBe(DEV);
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('data:text/plain,x')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });

  it('honours the dev server URL only unpackaged and only on this machine', () => {
    expect(resolveDevServerUrl('http://localhost:5173/', false)).toBe('http://localhost:5173/');
    expect(resolveDevServerUrl('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173/');
    expect(resolveDevServerUrl('http://localhost:5173/', true)).toBeNull();
    expect(resolveDevServerUrl('https://evil.example/', false)).toBeNull();
    expect(resolveDevServerUrl('file:///tmp/index.html', false)).toBeNull();
    expect(resolveDevServerUrl(undefined, false)).toBeNull();
    expect(resolveDevServerUrl('', false)).toBeNull();
  });

  it('are the app alone, plus the dev server in development', () => {
    expect(trustedOrigins(null)).toEqual([APP]);
    expect(trustedOrigins('http://localhost:5173/')).toEqual([APP, DEV]);
  });
});

describe('the shell\'s sources', () => {
  const folder = path.resolve(import.meta.dirname, '../../electron');
  const sources = readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') }));
  const filesContaining = (pattern: RegExp): string[] => sources.filter(({ text }) => pattern.test(text)).map(({ name }) => name);

  it('construct windows in exactly one place, from the reviewed options', () => {
    expect(filesContaining(/new BrowserWindow\(/u)).toEqual(['window.ts']);
    expect(sources.find(({ name }) => name === 'window.ts')?.text.match(/new BrowserWindow\(/gu)).toHaveLength(1);
    expect(filesContaining(/webPreferences\s*:/u)).toEqual(['window.ts']);
  });

  it('never switch a protection off', () => {
    expect(filesContaining(/(contextIsolation|sandbox|webSecurity)\s*:\s*false|nodeIntegration\w*\s*:\s*true|allowRunningInsecureContent\s*:\s*true/u)).toEqual([]);
    expect(filesContaining(/(bypassCSP|corsEnabled|allowServiceWorkers)\s*:\s*true|disable-web-security|--no-sandbox|ELECTRON_DISABLE_SECURITY_WARNINGS/u)).toEqual([]);
  });

  it('run script in a page only to ask the hidden PDF window whether it is ready', () => {
    expect(filesContaining(/executeJavaScript\(/u)).toEqual(['pdf.ts']);
    expect(sources.find(({ name }) => name === 'pdf.ts')?.text).toMatch(/executeJavaScript\(PRINT_READY_EXPRESSION\)/u);
  });

  it('answer IPC only in ipc.ts, through handle (which the sender-check tests cover)', () => {
    expect(filesContaining(/ipcMain\.(handle|on|once|handleOnce)\(|ipcMain\.(on|once)\b/u)).toEqual(['ipc.ts']);
    expect(filesContaining(/ipcMain\.(on|once|handleOnce)\b/u)).toEqual([]);
  });
});

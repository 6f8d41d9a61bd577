// The app:// scheme: the storage origin that must never change, and a file server that must never
// hand out anything outside the built renderer, however the URL is encoded.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

const fake = vi.hoisted(() => ({
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
  fetch: vi.fn(),
}));

vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: fake.registerSchemesAsPrivileged, handle: fake.handle },
  net: { fetch: fake.fetch },
}));

import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  handleAppProtocol,
  registerAppScheme,
  resolveAppPath,
  serveAppRequest,
} from '../../electron/protocol';

const ROOT = path.resolve('/opt/ownership-board/dist/renderer');
const inRoot = (...segments: string[]): string => path.join(ROOT, ...segments);
const resolve = (pathAndQuery: string): string | null => resolveAppPath(`app://ownership-board${pathAndQuery}`, ROOT);

beforeEach(() => {
  vi.clearAllMocks();
});

describe('the storage origin', () => {
  it('is app://ownership-board, forever', () => {
    expect(APP_ORIGIN).toBe('app://ownership-board');
    expect(APP_ENTRY_URL).toBe('app://ownership-board/index.html');
  });

  it('registers the scheme as standard, secure, fetchable and streamable — and nothing more', () => {
    registerAppScheme();
    expect(fake.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(fake.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
    ]);
  });
});

describe('mapping app URLs to renderer files', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppPath('app://ownership-board', ROOT)).toBe(inRoot('index.html'));
    expect(resolve('/')).toBe(inRoot('index.html'));
    expect(resolve('/index.html')).toBe(inRoot('index.html'));
  });

  it('serves built assets, ignoring query strings and fragments', () => {
    expect(resolve('/assets/index-3f2a.js')).toBe(inRoot('assets', 'index-3f2a.js'));
    expect(resolve('/assets/index-3f2a.js?v=2#top')).toBe(inRoot('assets', 'index-3f2a.js'));
    expect(resolve('/?board=1')).toBe(inRoot('index.html'));
  });

  it('decodes percent-encoding exactly once', () => {
    expect(resolve('/assets/Team%20font.woff2')).toBe(inRoot('assets', 'Team font.woff2'));
    // %252e decodes to the literal text "%2e", a harmless file name — not to a dot.
    expect(resolve('/%252e%252e%252fsecret.txt')).toBe(inRoot('%2e%2e%2fsecret.txt'));
  });

  it('falls back to index.html for client-side routes', () => {
    expect(resolve('/board/42')).toBe(inRoot('index.html'));
    expect(resolve('/print/')).toBe(inRoot('index.html'));
  });

  it('never leaves the renderer folder with ../ (the URL parser clamps it at the root)', () => {
    expect(resolve('/../../../etc/passwd.txt')).toBe(inRoot('etc', 'passwd.txt'));
    expect(resolve('/assets/../../secret.txt')).toBe(inRoot('secret.txt'));
    expect(resolve('/%2e%2e/%2e%2e/secret.txt')).toBe(inRoot('secret.txt'));
    expect(resolve('/%2E%2e/secret.txt')).toBe(inRoot('secret.txt'));
  });

  it('refuses encoded traversal that the URL parser cannot see', () => {
    expect(resolve('/..%2f..%2fetc%2fpasswd.txt')).toBeNull();
    expect(resolve('/%2e%2e%2f%2e%2e%2fsecret.txt')).toBeNull();
    expect(resolve('/assets/..%2F..%2Fsecret.txt')).toBeNull();
  });

  it('refuses backslashes, encoded or not', () => {
    expect(resolve('/..%5c..%5csecret.txt')).toBeNull();
    expect(resolve('/assets%5cindex.js')).toBeNull();
    expect(resolveAppPath('app://ownership-board/..\\..\\secret.txt', ROOT)).toBeNull();
  });

  it('refuses NUL bytes and malformed encoding', () => {
    expect(resolve('/index.html%00.png')).toBeNull();
    expect(resolve('/%00')).toBeNull();
    expect(resolve('/%E0%A4%A.js')).toBeNull();
  });

  it('refuses dotfiles and drive-like segments', () => {
    expect(resolve('/.env')).toBeNull();
    expect(resolve('/.vite/manifest.json')).toBeNull();
    expect(resolve('/C:/Windows/win.ini')).toBeNull();
  });

  it('refuses other hosts, ports, credentials and schemes', () => {
    expect(resolveAppPath('app://evil/index.html', ROOT)).toBeNull();
    expect(resolveAppPath('app://ownership-board.evil/index.html', ROOT)).toBeNull();
    expect(resolveAppPath('app://ownership-board:8080/index.html', ROOT)).toBeNull();
    expect(resolveAppPath('app://user:pw@ownership-board/index.html', ROOT)).toBeNull();
    expect(resolveAppPath('https://ownership-board/index.html', ROOT)).toBeNull();
    expect(resolveAppPath('file:///etc/passwd', ROOT)).toBeNull();
    expect(resolveAppPath('not a url', ROOT)).toBeNull();
  });
});

describe('serving app requests', () => {
  const fileResponse = (body: string, contentType = 'application/octet-stream'): Response =>
    new Response(body, { headers: { 'Content-Type': contentType } });

  it('serves a file with the CSP, nosniff and an explicit JavaScript type', async () => {
    const fetchFile = vi.fn(() => Promise.resolve(fileResponse('console.log(1)')));
    const response = await serveAppRequest(new Request('app://ownership-board/assets/app.js'), ROOT, fetchFile);
    expect(fetchFile).toHaveBeenCalledWith(pathToFileURL(inRoot('assets', 'app.js')).href);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 without touching the disk for a refused URL', async () => {
    const fetchFile = vi.fn(() => Promise.resolve(fileResponse('secret')));
    const response = await serveAppRequest(new Request('app://ownership-board/..%2f..%2fsecret.txt'), ROOT, fetchFile);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(fetchFile).not.toHaveBeenCalled();
  });

  it('answers 404 when the file does not exist', async () => {
    const fetchFile = vi.fn(() => Promise.reject(new Error('net::ERR_FILE_NOT_FOUND')));
    const response = await serveAppRequest(new Request('app://ownership-board/missing.js'), ROOT, fetchFile);
    expect(response.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const fetchFile = vi.fn(() => Promise.resolve(fileResponse('x')));
    const response = await serveAppRequest(new Request('app://ownership-board/index.html', { method: 'POST', body: 'x' }), ROOT, fetchFile);
    expect(response.status).toBe(405);
    expect(fetchFile).not.toHaveBeenCalled();
  });

  it('is wired to protocol.handle with net.fetch reading the file', async () => {
    fake.fetch.mockResolvedValue(fileResponse('<!doctype html>'));
    handleAppProtocol(ROOT);
    expect(fake.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = fake.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://ownership-board/'));
    expect(fake.fetch).toHaveBeenCalledWith(pathToFileURL(inRoot('index.html')).href);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<!doctype html>');
  });
});

/**
 * The `app://ownership-board` scheme that serves the built renderer.
 *
 * Why a custom scheme and not file://: IndexedDB (every board the user ever made) is keyed by the
 * page's origin. A privileged standard scheme gives a stable, real origin that does not depend on
 * where the app happens to be installed, and that we can keep forever. Never change APP_SCHEME or
 * APP_HOST after the first release: users' boards would silently disappear.
 *
 * The path mapping is a pure function so the traversal rules can be tested without Electron.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ownership-board';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const INDEX_FILE = 'index.html';

/**
 * Must run before the app is ready. `standard` gives the scheme a real origin (so IndexedDB and
 * relative URLs work), `secure` makes it a secure context, `supportFetchAPI` lets the renderer
 * fetch its own assets, `stream` allows streamed responses, `codeCache` lets V8 keep the compiled
 * bundle between starts (the app's code is then not parsed and compiled again on every start; it
 * needs `standard`, and the cache is keyed by this origin). Deliberately NOT bypassCSP,
 * corsEnabled or allowServiceWorkers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

/**
 * Maps `app://ownership-board/<path>` to a file inside `rootDir`, or null when the URL must not be
 * served. The path is percent-decoded exactly once and then every segment is checked, so an
 * encoded `..%2f` cannot sneak past the URL parser's own dot-segment handling. Dotfiles are never
 * served (nothing in the build needs them). Extensionless paths fall back to index.html so a
 * client-side route survives a reload.
 */
export function resolveAppPath(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:`) return null;
  // Chromium lower-cases hosts of standard schemes; Node's parser does not for unknown schemes.
  if (url.hostname.toLowerCase() !== APP_HOST || url.port !== '') return null;
  if (url.username !== '' || url.password !== '') return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;

  const segments = decoded.split('/').filter((segment) => segment !== '');
  // '.' and '..' start with a dot too; ':' would let a segment name a Windows drive or stream.
  if (segments.some((segment) => segment.startsWith('.') || segment.includes(':'))) return null;

  const last = segments.at(-1);
  const relative = last === undefined || !last.includes('.') ? [INDEX_FILE] : segments;

  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...relative);
  // Belt and braces: whatever the checks above missed, never leave the renderer folder.
  const fromRoot = path.relative(root, file);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return file;
}

/**
 * Explicit types: with `nosniff`, Chromium refuses a module script that is not served as
 * JavaScript, and we do not want to depend on how the file loader guesses.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function securityHeaders(): Headers {
  return new Headers({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  });
}

function notFound(): Response {
  const headers = securityHeaders();
  headers.set('Content-Type', 'text/plain; charset=utf-8');
  return new Response('Not found', { status: 404, headers });
}

export type FetchFile = (fileUrl: string) => Promise<Response>;

/** One request of the app scheme; exported so tests can drive it with a fake file fetcher. */
export async function serveAppRequest(request: Request, rootDir: string, fetchFile: FetchFile): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const headers = securityHeaders();
    headers.set('Allow', 'GET, HEAD');
    return new Response(null, { status: 405, headers });
  }
  const file = resolveAppPath(request.url, rootDir);
  if (file === null) return notFound();

  let fileResponse: Response;
  try {
    fileResponse = await fetchFile(pathToFileURL(file).href);
  } catch {
    return notFound(); // net.fetch rejects for a missing file
  }
  if (!fileResponse.ok) return notFound();

  const headers = securityHeaders();
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? fileResponse.headers.get('Content-Type');
  headers.set('Content-Type', contentType ?? 'application/octet-stream');
  if (request.method === 'HEAD') {
    await fileResponse.body?.cancel(); // release the file
    return new Response(null, { status: 200, headers });
  }
  // A fetched Response has immutable headers, so build a new one around the same body stream.
  return new Response(fileResponse.body, { status: 200, headers });
}

/** Serves `rootDir` (the built renderer) on the app scheme. Call after the app is ready. */
export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rootDir, (fileUrl) => net.fetch(fileUrl)));
}

// Browser mode: serves the static web build (dist/web) on http://localhost:$PORT (default 4173),
// offline, with the same Content Security Policy the page carries in its <meta> tag. Also used by
// the end-to-end tests and the benchmark. Loopback only: nothing here is meant for a network.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy from the built page's meta tag, so header and meta can never disagree. */
async function readPolicy(root) {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const match = /http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html);
  if (!match) throw new Error(`${root}/index.html has no Content-Security-Policy meta tag: build it first.`);
  // Vite writes the attribute with HTML entities; the header wants the plain text.
  return match[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** Maps a request path to a file under root, or null when it tries to leave root. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/u, '');
  const file = resolve(root, relative);
  return file === root || file.startsWith(root + sep) ? file : null;
}

export async function startServer({ root = 'dist/web', port = 4173, host = '127.0.0.1' } = {}) {
  const absoluteRoot = resolve(root);
  const policy = await readPolicy(absoluteRoot);
  const server = createServer(async (request, response) => {
    /** @type {Record<string, string>} */
    const headers = {
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, headers).end();
      return;
    }
    let file = fileFor(absoluteRoot, request.url ?? '/');
    if (!file) {
      response.writeHead(400, headers).end('Bad request');
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      // Unknown routes without an extension get the app (single-page routing); assets 404.
      if (extname(file) !== '') {
        response.writeHead(404, headers).end('Not found');
        return;
      }
      file = join(absoluteRoot, 'index.html');
    }
    const body = await readFile(file);
    // Vite names every file under assets/ by a hash of its content, so a name never changes
    // meaning: the browser may keep it for good, and Chromium then keeps the scripts' compiled
    // code too (V8 code cache), as the desktop app's app:// scheme does. Everything else (the
    // page, icons, fonts) is revalidated by its ETag on each load.
    const immutable = file.startsWith(join(absoluteRoot, 'assets') + sep);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    if (immutable) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    headers.ETag = etag;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://localhost:${actualPort}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await startServer({ root: process.env.ROOT ?? 'dist/web', port });
  console.log(`Ownership Board (browser mode) at ${url} — Ctrl+C to stop.`);
}

// The static server of the browser build (scripts/serve.mjs), which the end-to-end tests and the
// bench load the app from: its caching is part of what the bench's load figure means.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';

let root = '';
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'serve-test-'));
  await mkdir(join(root, 'assets'));
  await writeFile(
    join(root, 'index.html'),
    `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;self&#39;"><div id="root"></div>`,
  );
  await writeFile(join(root, 'assets', 'index-abc123.js'), 'console.log(1);');
  server = await startServer({ root, port: 0 });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  it('lets the browser keep content-hashed assets for good', async () => {
    const response = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('has the page revalidated on every load, and answers an unchanged one with 304', async () => {
    const first = await fetch(`${server.url}/`);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('content-security-policy')).toBe("default-src 'none'; script-src 'self'");
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/u);
    const again = await fetch(`${server.url}/`, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await fetch(`${server.url}/`, { headers: { 'If-None-Match': '"something-else"' } });
    expect(stale.status).toBe(200);
  });

  it('serves nothing outside its folder', async () => {
    // Dot segments stop at the served folder: this is the app's route fallback, not /etc/passwd.
    const escape = await fetch(`${server.url}/assets/..%2f..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).toContain('<div id="root">');
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });
});

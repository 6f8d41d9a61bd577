// The renderer build. One UI, two destinations: `vite build` writes dist/renderer (loaded by the
// desktop app from app://ownership-board) and `--mode web` writes dist/web (browser mode, served
// by scripts/serve.mjs). The strict Content Security Policy from shared/csp.ts is injected as a
// <meta> tag into built pages; the dev server gets a looser one because Vite's hot reload needs
// inline script and a websocket.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, THEME_BOOT_SCRIPT_HASH } from './shared/csp.ts';
import { THEME_BOOT_SCRIPT } from './shared/themeBoot.ts';
import packageJson from './package.json' with { type: 'json' };

// With a hash in script-src a browser ignores 'unsafe-inline': the dev server's policy drops it.
const DEV_CSP = CONTENT_SECURITY_POLICY.replace(`script-src 'self' ${THEME_BOOT_SCRIPT_HASH}`, "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");

function contentSecurityPolicy(): Plugin {
  let policy = CONTENT_SECURITY_POLICY;
  return {
    name: 'ownership-board:csp',
    configResolved(config) {
      if (config.command === 'serve') policy = DEV_CSP;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
        // The theme chosen in the app, on <html> before the first frame (shared/themeBoot.ts).
        { tag: 'script', children: THEME_BOOT_SCRIPT, injectTo: 'head' },
      ],
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  publicDir: 'public',
  plugins: [react(), contentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    outDir: mode === 'web' ? '../dist/web' : '../dist/renderer',
    emptyOutDir: true,
    // Chromium 123 and later (Electron 45 is 142; the browser build needs a Chromium of 2024 or
    // later): CSS light-dark(), the dark theme's every colour (app.css), stays as written. For 120
    // it was compiled into two var() fallbacks a colour and a media query that switched them.
    target: 'chrome123',
    sourcemap: false,
    // The polyfill would be an inline script, which the CSP forbids; Chromium doesn't need it.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // One chunk, on purpose: splitting off the screens the board does not need was measured to win
    // ≈ 1.5 ms of its start, not worth the requests and loading states (docs/performance.md, the
    // second session). Its size is held by the bench's budget instead (≤ 300 KB gzipped, about
    // 229 KB now), so Vite's 500 KB warning, about the unzipped chunk, said nothing in every build.
    chunkSizeWarningLimit: 1000,
  },
  server: { port: 5173, strictPort: true },
}));

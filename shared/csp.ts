/**
 * The renderer's Content Security Policy, in one place: the built index.html carries it as a
 * <meta> tag (vite.config.ts injects it), the desktop app's `app://` protocol handler and the
 * browser-mode server also send it as a header. No remote origins at all, no inline script but
 * the one allowed by its hash below, no eval, no plugins, no framing.
 */

/**
 * The hash of the page's one inline script, the theme set before the first frame (THEME_BOOT_SCRIPT
 * in shared/themeBoot.ts; test/shared/csp.test.ts checks it is that script's). Written out, not
 * computed: this file is also read on its own (scripts/electronegativity.mjs), and crypto is not
 * the renderer's.
 */
export const THEME_BOOT_SCRIPT_HASH = "'sha256-O2pLke474WT29ICs6wH6DPbWmurCQhnNO5xiTtj7fu0='";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'self' ${THEME_BOOT_SCRIPT_HASH}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

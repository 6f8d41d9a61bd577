/**
 * The renderer's Content Security Policy, in one place: the built index.html carries it as a
 * <meta> tag (vite.config.ts injects it), the desktop app's `app://` protocol handler and the
 * browser-mode server also send it as a header. No remote origins at all, no inline script, no
 * eval, no plugins, no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
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

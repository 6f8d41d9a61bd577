/**
 * The page's one inline script, the theme set before the first frame, is the only one the Content
 * Security Policy lets run: by its hash, which must be that script's (a changed script with the old
 * hash would be refused by the browser, and the chosen theme would show only once the app ran).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, THEME_BOOT_SCRIPT_HASH } from '../../shared/csp';
import { THEME_BOOT_SCRIPT } from '../../shared/themeBoot';

describe('the Content Security Policy and the page’s inline script', () => {
  it('allows the theme’s first script by its own hash, and no other inline script', () => {
    const hash = createHash('sha256').update(THEME_BOOT_SCRIPT, 'utf8').digest('base64');
    expect(THEME_BOOT_SCRIPT_HASH).toBe(`'sha256-${hash}'`);
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}'`);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });
});

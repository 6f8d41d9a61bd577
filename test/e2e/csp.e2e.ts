/**
 * The Content Security Policy does its job in a real Chromium: inline script, eval and remote
 * content are refused in the renderer, whatever gets into the page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { openBoard } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('the Content Security Policy', () => {
  it('blocks inline script, inline event handlers and remote content, and reports each', async () => {
    const { page } = await openBoard(browser);
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(event.effectiveDirective);
      });
      const flags = window as unknown as Record<string, unknown>;

      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true;';
      document.body.append(script);

      const holder = document.createElement('div');
      holder.innerHTML = '<img src="data:image/gif;base64,xx" onerror="window.handlerRan = true">';
      document.body.append(holder);

      const remote = document.createElement('img');
      remote.src = 'https://example.com/tracker.png';
      document.body.append(remote);

      await new Promise((resolve) => setTimeout(resolve, 300));
      return { inlineRan: flags.inlineRan === true, handlerRan: flags.handlerRan === true, violations };
    });
    expect(result.inlineRan).toBe(false);
    expect(result.handlerRan).toBe(false);
    expect(result.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr', 'img-src']));
  });

  it('is sent as a header and carried in the page', async () => {
    const response = await fetch(inject('baseUrl'));
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("script-src 'self'");
    expect(header).toContain("default-src 'none'");
    // Code evaluated through DevTools is exempt from CSP, so eval is checked in the policy itself.
    expect(header).not.toContain('unsafe-eval');
    expect(header).not.toContain('unsafe-inline');
    expect(await response.text()).toContain('http-equiv="Content-Security-Policy"');
  });
});

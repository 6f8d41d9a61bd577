// The flags the end-to-end tests and the bench launch Debian's Chromium with (scripts/chromium.mjs),
// on top of Playwright's own.
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

describe('scripts/chromium.mjs', () => {
  it('leaves the feature lists to Playwright: Chromium keeps only the last of a repeated switch, so a list of ours would switch its off', () => {
    // Playwright disables PaintHolding, HttpsUpgrades, ThirdPartyStoragePartitioning and more in its own --disable-features.
    expect(CHROMIUM_ARGS.filter((arg) => /^--(disable|enable)-features=/u.test(arg))).toEqual([]);
  });

  it('runs as root without a sandbox and without a GPU, as this machine needs', () => {
    expect(CHROMIUM_ARGS).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']));
  });
});

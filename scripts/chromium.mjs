// Debian's Chromium as the tests and the benchmark launch it (never a downloaded browser): where it
// is, and the flags that keep it quiet on a machine with no network and no GPU. One list for both.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's chromium-headless-shell package: the end-to-end tests' browser where installed. */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // No --disable-features here: Playwright passes its own list (MediaRouter, OptimizationHints,
  // PaintHolding, HttpsUpgrades and more), and Chromium keeps only the last of a repeated switch,
  // so a second list would switch Playwright's back on.
];

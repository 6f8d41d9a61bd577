// End-to-end tests: the built browser version (dist/web) served on loopback and driven in
// Debian's Chromium through playwright-core. One file at a time: the machines have two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    // The files run one after the other in one worker that keeps its modules (playwright-core is
    // loaded once, not once a file: about 0.5 s a file here). Each file still launches its own
    // browser, and each test opens its own context; in Node the files share only library-helpers'
    // counter for seeded boards' ids, which keeps them unique.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

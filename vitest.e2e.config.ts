// End-to-end tests: the built browser version (dist/web) served on loopback and driven in
// Debian's Chromium (its headless shell, test/e2e/browser.ts) through playwright-core.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // Two files at a time, one per core: a file alone left the two cores ~40 % idle (the tests wait
    // on the page as much as they work), and two at a time took the run from ~506 s to ~336 s
    // with every test passing. Each file launches its own browser and each test opens its own
    // context, so files share no storage.
    fileParallelism: true,
    maxWorkers: 2,
    // Each worker runs its files one after the other and keeps its modules (playwright-core is
    // loaded once a worker, not once a file: about 0.5 s a file here). In Node the files of one
    // worker share only library-helpers' counter for seeded boards' ids, which keeps them unique.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // What a page does in a frame or two on an idle machine can take seconds beside the checks and
    // the other worker (CI on two cores): a poll gives it 5 s, not vitest's default second, before
    // it fails. A poll that passes ends as soon as it does, so a passing run is no slower.
    expect: { poll: { timeout: 5000 } },
  },
});

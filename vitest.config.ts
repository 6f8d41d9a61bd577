// Unit and component tests. Two projects: pure/Node code (shared/, electron/ with a faked
// electron module) and the renderer under jsdom with fake-indexeddb. End-to-end tests run
// separately against a real Chromium (test/e2e, `npm run test:e2e`).
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // A hang guard, not a time limit: a component test that renders a big board takes seconds on a
    // slow or busy 2-core machine, and vitest's default of 5 s failed such tests there (no test here
    // judges speed by its duration; the benchmark does, `npm run bench`).
    testTimeout: 30_000,
    // Both cores: vitest's default for a run is one worker fewer than the cores, so on a 2-core
    // machine the files ran one at a time (the summed busy time was the wall time, ~200 s).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/electron/**/*.test.ts', 'test/bench/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          // vitest's jsdom, less a parse of the Unicode bidi tables at each selector match (its file).
          environment: './test/renderer/environment.ts',
          // Each file still gets fresh modules and a fresh jsdom, in a VM context of a worker that
          // is kept: jsdom itself is loaded once a worker, not once a file. With a process a file
          // (the default pool) setting jsdom up took ~50 s of the ~130 s; now ~3 s of ~84 s.
          pool: 'vmForks',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
});

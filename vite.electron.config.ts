/**
 * Builds the Electron side: electron/main.ts -> dist-electron/main.cjs (default mode) and, with
 * `--mode preload`, electron/preload.ts -> dist-electron/preload.cjs. Two runs rather than two
 * inputs because the preload must be ONE self-contained file: a sandboxed preload can require
 * only 'electron', so shared/ code is inlined and nothing may be split into a common chunk.
 *
 * CommonJS because package.json is "type": "module" and Electron loads a sandboxed preload only
 * as a script; `.cjs` keeps Node from reading the files as ES modules.
 */
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Electron 45 runs Node 22 in the main process and Chromium 140 in the preload.
const NODE_TARGET = 'node22';

const external = ['electron', /^electron\/.+/u, ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default defineConfig(({ mode }) => {
  const isPreload = mode === 'preload';
  const entry = isPreload ? 'electron/preload.ts' : 'electron/main.ts';
  const fileName = isPreload ? 'preload' : 'main';
  return {
    // No index.html, public/ or .env files are involved in this build.
    publicDir: false,
    envDir: false,
    build: {
      outDir: 'dist-electron',
      // The main build runs first and clears old output; the preload build must keep it.
      emptyOutDir: !isPreload,
      target: NODE_TARGET,
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: {
        entry,
        formats: ['cjs'],
        fileName: () => `${fileName}.cjs`,
      },
      rolldownOptions: {
        external,
        output: {
          codeSplitting: false,
        },
      },
    },
  };
});

// Getting the code the bench measures: the browser build (dist/web, or a fresh one), a private copy
// of it to serve (other jobs rebuild dist/web; a copy cannot change under a running bench), the
// blank page that is the load floor, the drop floor's page, Dexie for the put floor, the gzipped
// bundle size, and shared/format compiled for Node.
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/** The load floor: a page with nothing to do, served by the same server as the app. */
export const BLANK_PAGE = 'bench-blank.html';
const BLANK_HTML = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Blank</title><link rel="icon" href="data:,"></head><body><p>Blank</p></body></html>\n';

/** The drop floor: a page with one card to drag and one put to save at the drop (drop-floor/page.js). */
export const DROP_FLOOR_PAGE = 'bench-drop-floor/index.html';

/**
 * Dexie for the put floor (a Dexie put, as the issue defines the floor): its ES module build from
 * node_modules, the same version the app bundles, served beside the app.
 */
export const DEXIE_MODULE = 'bench-floor/dexie.mjs';
const DEXIE_SOURCE = join(PROJECT_ROOT, 'node_modules', 'dexie', 'dist', 'dexie.mjs');

async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds the renderer for the browser (vite.config.ts, mode web) into `outDir`. `minify: false`
 * keeps function names readable in CPU profiles (diagnosis only; figures come from the real build).
 */
export async function buildWeb(outDir, { minify = true } = {}) {
  const { build } = await import('vite');
  await build({
    configFile: join(PROJECT_ROOT, 'vite.config.ts'),
    mode: 'web',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...(minify ? {} : { minify: false }) },
  });
}

const DIST_WEB = join(PROJECT_ROOT, 'dist', 'web');

/**
 * A private copy of the web build plus the blank page, in a temporary folder. Uses dist/web as
 * built by `npm run build:web` unless `fresh` is set or there is none, in which case it builds the
 * working tree; or the web build in `from`, which must be one (a build named by mistake is never
 * replaced by the working tree: an A/B would compare it with itself). Returns { root, built, dispose }.
 */
export async function prepareWebRoot({ fresh = false, minify = true, from = DIST_WEB } = {}) {
  const hasBuild = await exists(join(from, 'index.html'));
  if (!hasBuild && from !== DIST_WEB) throw new Error(`${from} is not a web build (it has no index.html).`);
  const workDir = await mkdtemp(join(tmpdir(), 'ownership-board-bench-'));
  const root = join(workDir, 'web');
  let built = false;
  if (fresh || !minify || !hasBuild) {
    await buildWeb(root, { minify });
    built = true;
  } else {
    await cp(from, root, { recursive: true });
  }
  await writeFile(join(root, BLANK_PAGE), BLANK_HTML);
  await cp(join(import.meta.dirname, 'drop-floor'), join(root, dirname(DROP_FLOOR_PAGE)), { recursive: true });
  await cp(DEXIE_SOURCE, join(root, DEXIE_MODULE));
  return {
    root,
    built,
    workDir,
    dispose: () => rm(workDir, { recursive: true, force: true }),
  };
}

/** The renderer's JavaScript, each file gzipped (default level, as a server would): { files, totalKB }. */
export async function bundleSize(root) {
  const assets = join(root, 'assets');
  const files = [];
  for (const name of (await readdir(assets)).sort()) {
    if (!name.endsWith('.js')) continue;
    const bytes = await readFile(join(assets, name));
    files.push({ name, bytes: bytes.length, gzipBytes: gzipSync(bytes).length });
  }
  const total = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return { files, totalKB: total / 1024 };
}

/**
 * shared/format compiled for Node with Vite's library build, then imported: the very code the app
 * bundles (serializeBoard, parseBoardFile), without a TypeScript loader.
 */
export async function compileFormat(workDir) {
  const { build } = await import('vite');
  const outDir = join(workDir, 'format');
  await build({
    configFile: false,
    root: PROJECT_ROOT,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      lib: { entry: join(PROJECT_ROOT, 'shared', 'format', 'index.ts'), formats: ['es'], fileName: () => 'format.mjs' },
    },
  });
  return import(pathToFileURL(join(outDir, 'format.mjs')).href);
}

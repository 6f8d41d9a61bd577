// `npm run dev`: the renderer on Vite's dev server (with hot reload), main + preload rebuilt on
// change, and Electron restarted whenever either of them is rebuilt. Electron gets the dev
// server's URL in ELECTRON_RENDERER_URL, which the main process honours only when unpackaged.
// Everything started here is stopped when Electron exits or this script is interrupted.
// Arguments after `--` go to the first Electron start (not to restarts, which would import the
// same board again), so opening a board from the command line can be tried in development:
// `npm run dev -- path/to/Team.ownership.json`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import process from 'node:process';
import { build, createServer } from 'vite';
import { electronEnvironment } from './electron-launch.mjs';

const require = createRequire(import.meta.url);
const ELECTRON_CONFIG = 'vite.electron.config.ts';

/** @type {import('node:child_process').ChildProcess | null} */
let electron = null;
/** Set while we restart Electron ourselves, so its exit does not end the session. */
let restarting = false;
let shuttingDown = false;
/** Passed to the first start only. */
let launchArgs = process.argv.slice(2);

const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
server.printUrls();
const rendererUrl = server.resolvedUrls?.local[0];
if (rendererUrl === undefined) {
  console.error('The Vite dev server did not report a local URL.');
  await server.close();
  process.exit(1);
}

/**
 * Starts one watching build and resolves after its first successful build. Later rebuilds call
 * onRebuild. emptyOutDir is off because both builds write into dist-electron at the same time.
 * @param {string | undefined} mode
 * @param {() => void} onRebuild
 */
async function watchBuild(mode, onRebuild) {
  const watcher = await build({
    configFile: ELECTRON_CONFIG,
    mode,
    build: { watch: {}, emptyOutDir: false },
  });
  if (!('on' in watcher)) throw new Error('Vite did not return a watcher.');
  return new Promise((resolve) => {
    let firstBuild = true;
    watcher.on('event', (event) => {
      if (event.code !== 'END') return;
      if (firstBuild) {
        firstBuild = false;
        resolve(watcher);
      } else {
        onRebuild();
      }
    });
  });
}

function startElectron() {
  /** @type {string} */
  const electronPath = require('electron');
  const env = electronEnvironment(process.env, { ELECTRON_RENDERER_URL: rendererUrl });
  const child = spawn(electronPath, ['.', ...launchArgs], { stdio: 'inherit', env });
  launchArgs = [];
  child.on('exit', (code) => {
    if (restarting || shuttingDown || child !== electron) return;
    void shutdown(code ?? 0);
  });
  electron = child;
}

function restartElectron() {
  if (shuttingDown) return;
  const previous = electron;
  if (previous === null || previous.exitCode !== null) {
    startElectron();
    return;
  }
  restarting = true;
  previous.once('exit', () => {
    restarting = false;
    startElectron();
  });
  previous.kill();
}

/** @type {import('vite').Rolldown.RolldownWatcher[]} */
let watchers = [];

/** @param {number} code */
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (electron !== null && electron.exitCode === null) electron.kill();
  await Promise.allSettled([...watchers.map((watcher) => watcher.close()), server.close()]);
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  // Main first: its build clears nothing now, but it must exist before Electron starts.
  watchers = [await watchBuild(undefined, restartElectron), await watchBuild('preload', restartElectron)];
} catch (error) {
  console.error(error);
  await shutdown(1);
}
startElectron();

// `npm start` (after `npm run build`): the built app in Electron, arguments after `--` passed on
// (`npm start -- path/to/Team.ownership.json` opens that board). Started through this script, not
// as `electron .`, so that a terminal's ELECTRON_RUN_AS_NODE cannot turn it into plain Node
// (electron-launch.mjs). Exits with Electron's exit code.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import process from 'node:process';
import { electronEnvironment } from './electron-launch.mjs';

const require = createRequire(import.meta.url);
/** @type {string} */
const electronPath = require('electron');
const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env: electronEnvironment(process.env) });
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    child.kill(signal);
  });
}

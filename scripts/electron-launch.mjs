// How `npm start` and `npm run dev` launch Electron: with the environment it needs to be Electron.
// Some editors' terminals (VS Code's among them) set ELECTRON_RUN_AS_NODE, which makes the Electron
// binary run the app's main file as plain Node: `require('electron')` is then the npm package (a
// path), and the app died at start-up on `app.requestSingleInstanceLock` of undefined.

/**
 * The environment Electron is started with: `env` without ELECTRON_RUN_AS_NODE, plus `extra`.
 * @param {NodeJS.ProcessEnv} env
 * @param {Record<string, string>} [extra]
 * @returns {NodeJS.ProcessEnv}
 */
export function electronEnvironment(env, extra = {}) {
  const result = { ...env, ...extra };
  delete result.ELECTRON_RUN_AS_NODE;
  return result;
}

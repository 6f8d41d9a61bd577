/**
 * `npm start` and `npm run dev` start Electron without ELECTRON_RUN_AS_NODE, which some editors'
 * terminals set: with it the binary ran the app's main file as plain Node, and the app died at
 * start-up (`require('electron')` was the npm package's path, and `app` undefined).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { electronEnvironment } from '../../scripts/electron-launch.mjs';

describe('the environment Electron is launched with', () => {
  it('leaves out ELECTRON_RUN_AS_NODE, keeps the rest and adds what is asked', () => {
    const env = { PATH: '/usr/bin', ELECTRON_RUN_AS_NODE: '1', HOME: '/home/f' };
    expect(electronEnvironment(env)).toEqual({ PATH: '/usr/bin', HOME: '/home/f' });
    expect(electronEnvironment(env, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/f',
      ELECTRON_RENDERER_URL: 'http://localhost:5173/',
    });
    // The caller's environment is not changed.
    expect(env.ELECTRON_RUN_AS_NODE).toBe('1');
  });

  it('is how `npm start` launches the built app: not `electron .` straight from the terminal', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe('npm run build && node scripts/start.mjs');
    const start = readFileSync('scripts/start.mjs', 'utf8');
    expect(start).toMatch(/env: electronEnvironment\(process\.env\)/u);
  });
});

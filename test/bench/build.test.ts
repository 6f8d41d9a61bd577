// The private copy the bench serves (scripts/bench/build.mjs): the build, and the floors' pages and
// code beside it.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLANK_PAGE, DEXIE_MODULE, DROP_FLOOR_PAGE, PROJECT_ROOT, prepareWebRoot } from '../../scripts/bench/build.mjs';

let from = '';
let web: Awaited<ReturnType<typeof prepareWebRoot>>;

beforeAll(async () => {
  from = await mkdtemp(join(tmpdir(), 'bench-build-test-'));
  await writeFile(join(from, 'index.html'), '<!doctype html><div id="root"></div>');
  web = await prepareWebRoot({ from });
});

afterAll(async () => {
  await web.dispose();
  await rm(from, { recursive: true, force: true });
});

describe('prepareWebRoot', () => {
  it('copies the given build, with the blank page and the drop floor beside it', async () => {
    expect(web.built).toBe(false);
    expect(await readFile(join(web.root, 'index.html'), 'utf8')).toContain('<div id="root">');
    expect(await readFile(join(web.root, BLANK_PAGE), 'utf8')).toContain('<p>Blank</p>');
    expect((await stat(join(web.root, DROP_FLOOR_PAGE))).isFile()).toBe(true);
  });

  it('serves the Dexie the app depends on, as an ES module, for the put floor (a Dexie put)', async () => {
    const dexie = await readFile(join(web.root, DEXIE_MODULE), 'utf8');
    const installed = JSON.parse(await readFile(join(PROJECT_ROOT, 'node_modules', 'dexie', 'package.json'), 'utf8')) as { version: string };
    expect(dexie).toContain(`var DEXIE_VERSION = '${installed.version}';`);
    expect(dexie).toMatch(/export \{[^}]*\bas default\b/u);
  });

  it('refuses a given folder that is not a web build, rather than build the working tree in its place', async () => {
    await expect(prepareWebRoot({ from: join(from, 'no-such-build') })).rejects.toThrow(/is not a web build/u);
  });

  it('removes its copy when disposed', async () => {
    const other = await prepareWebRoot({ from });
    await other.dispose();
    await expect(stat(other.workDir)).rejects.toThrow();
  });
});

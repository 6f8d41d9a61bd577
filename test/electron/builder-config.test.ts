// electron-builder.yml, checked against electron-builder's own published schema (the scheme.json
// that ships with app-builder-lib) and against what the release needs: installers per OS, the
// identity that names the userData folder, the file association, the fuses and the icon.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv';
import { getConfig } from 'app-builder-lib/out/util/config/load';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILE_KINDS } from '../../shared/ipc';
import electronBuildConfig from '../../vite.electron.config';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Target {
  target?: unknown;
}
interface BuilderConfig {
  appId?: string;
  productName?: string;
  icon?: string;
  files?: string[];
  publish?: unknown;
  directories?: { buildResources?: string; output?: string };
  electronFuses?: Record<string, boolean>;
  fileAssociations?: { ext?: string; mimeType?: string }[];
  linux?: Target;
  win?: Target;
  mac?: Target & { hardenedRuntime?: boolean; entitlements?: string; entitlementsInherit?: string; fileAssociations?: { ext?: string; rank?: string }[] };
  nsis?: { deleteAppDataOnUninstall?: boolean };
}

interface JsonSchema {
  definitions: Record<string, { properties?: Record<string, unknown> }>;
}

let config: BuilderConfig;
let scheme: JsonSchema;
let pkg: { name: string; productName: string; main: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

beforeAll(async () => {
  // Read exactly the way electron-builder reads it (YAML parser, file lookup and all).
  const read = await getConfig<BuilderConfig>({ packageKey: 'build', configFilename: 'electron-builder', projectDir: ROOT, packageMetadata: null });
  if (read === null) throw new Error('electron-builder found no configuration');
  expect(path.basename(read.configFile ?? '')).toBe('electron-builder.yml');
  config = read.result;
  scheme = JSON.parse(await readFile(path.join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as JsonSchema;
  pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as typeof pkg;
});

describe('the schema', () => {
  it('accepts the configuration (ajv, every error, no type coercion)', () => {
    // strict: false because the published schema uses annotations ajv's strict mode does not know.
    const validate = new Ajv({ allErrors: true, strict: false }).compile(scheme);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is also accepted by electron-builder\'s own validation', async () => {
    await expect(validateConfiguration(config as never, { isEnabled: false, add: () => undefined } as never)).resolves.toBeUndefined();
  });

  it('rejects a misspelled option, so the test above is not vacuous', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(scheme);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
    expect(validate({ ...config, nsis: { ...config.nsis, deleteAppDataOnUninstal: false } })).toBe(false);
  });
});

describe('identity (names the userData folder: never change)', () => {
  it('has the app id and the product name of package.json', () => {
    expect(config.appId).toBe('app.ownershipboard.desktop');
    expect(config.productName).toBe('Ownership Board');
    expect(config.productName).toBe(pkg.productName);
  });
});

describe('installers', () => {
  const targets = (platform: Target | undefined): unknown => platform?.target;

  it('builds AppImage and deb for Linux, NSIS for Windows, a DMG for macOS', () => {
    expect(targets(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targets(config.win)).toEqual(['nsis']);
    expect(targets(config.mac)).toEqual(['dmg']);
  });

  it('keeps the boards when the app is uninstalled, and publishes nothing', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
    expect(config.publish).toBeNull();
  });

  it('ships the built main process that package.json points at, and no source maps', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', '!**/*.map']));
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it('signs macOS builds with the hardened runtime and only the JIT entitlement', async () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    for (const file of [config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      const plist = await readFile(path.join(ROOT, file ?? 'missing'), 'utf8');
      const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/gu)].map((match) => match[1]);
      expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
    }
  });
});

describe('app.asar', () => {
  /** What the main process and preload builds leave for Node to load at run time (as `external`). */
  function externalsOf(mode: string): (string | RegExp)[] {
    const options = electronBuildConfig({ mode, command: 'build' });
    if (options instanceof Promise) throw new Error('vite.electron.config.ts is expected to be synchronous');
    const external = options.build?.rolldownOptions?.external;
    if (!Array.isArray(external)) throw new Error('vite.electron.config.ts is expected to list its externals');
    return external;
  }
  const loadedAtRunTime = (name: string, externals: readonly (string | RegExp)[]) =>
    externals.some((external) => (typeof external === 'string' ? external === name : external.test(name)));

  it('holds no package the built app does not load: everything else is in the bundles', () => {
    // electron-builder copies every package in `dependencies` (and theirs) into app.asar. Vite
    // bundles the renderer, and vite.electron.config.ts bundles the main process and preload with
    // everything but electron and Node's built-ins, so a library listed there ships twice, the
    // second time unused: React, Dexie, zustand and dnd-kit once added 11 MB to every installer.
    const externals = [...externalsOf('production'), ...externalsOf('preload')];
    expect(loadedAtRunTime('electron', externals)).toBe(true);
    expect(loadedAtRunTime('react', externals)).toBe(false);
    const shipped = Object.keys(pkg.dependencies ?? {});
    expect(shipped.filter((name) => !loadedAtRunTime(name, externals))).toEqual([]);
  });

  it('still gets every package the app imports installed by `npm install` (as development dependencies)', async () => {
    // The sources' bare imports, e.g. "react-dom/client" -> react-dom, "@dnd-kit/core" -> @dnd-kit/core.
    const imported = new Set<string>();
    for (const folder of ['renderer', 'shared', 'electron']) {
      const entries = await readdir(path.join(ROOT, folder), { recursive: true });
      for (const entry of entries.filter((name) => /\.tsx?$/u.test(name))) {
        const text = await readFile(path.join(ROOT, folder, entry), 'utf8');
        for (const match of text.matchAll(/(?:from|import\()\s*'([^'./][^']*)'/gu)) {
          const specifier = match[1] ?? '';
          if (specifier.startsWith('node:')) continue;
          const parts = specifier.split('/');
          imported.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? ''));
        }
      }
    }
    expect([...imported]).toEqual(expect.arrayContaining(['react', 'react-dom', 'dexie', 'zustand', 'electron']));
    const installed = { ...pkg.dependencies, ...pkg.devDependencies };
    expect([...imported].filter((name) => !(name in installed))).toEqual([]);
  });
});

describe('the file association', () => {
  it('registers the board file extension with a mime type of its own', () => {
    const board = config.fileAssociations?.find((association) => association.ext === FILE_KINDS.json.extension);
    expect(board?.ext).toBe('ownership.json');
    // Never application/json: the deb would make the app a handler for every JSON file.
    expect(board?.mimeType).toBe('application/x-ownership-board+json');
  });

  it('on macOS only offers the app for other JSON files, never as their default', () => {
    expect(config.mac?.fileAssociations).toEqual([expect.objectContaining({ ext: 'json', rank: 'Alternate' })]);
  });
});

describe('fuses', () => {
  it('are flipped as the security checklist says', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('leave an unsigned macOS build startable: the binary is signed ad hoc after they are flipped', () => {
    // Without an Apple signing identity electron-builder does not sign again after flipping the
    // fuses, and an arm64 Mac refuses to start a binary whose signature no longer matches.
    expect(config.electronFuses?.resetAdHocDarwinSignature).toBe(true);
    expect(scheme.definitions.FuseOptionsV1?.properties).toHaveProperty('resetAdHocDarwinSignature');
  });

  it('are handed to @electron/fuses with the ad-hoc signing on (what electron-builder runs after packing)', async () => {
    // generateFuseConfig is private: the step that turns `electronFuses` into flipFuses' options.
    const { PlatformPackager } = await import('app-builder-lib');
    const packager = PlatformPackager.prototype as unknown as { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> };
    const fuseConfig = await packager.generateFuseConfig.call({}, config.electronFuses);
    expect(fuseConfig).toMatchObject({ version: '1', resetAdHocDarwinSignature: true });
  });

  it('are all names electron-builder knows', () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1?.properties ?? {});
    expect(known.length).toBeGreaterThan(5);
    for (const fuse of Object.keys(config.electronFuses ?? {})) expect(known).toContain(fuse);
  });
});

describe('the icon', () => {
  it('is one square PNG of at least 1024 px in build/, next to its SVG source', async () => {
    expect(config.icon).toBe('build/icon.png');
    const png = await readFile(path.join(ROOT, config.icon ?? ''));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian, at bytes 16..23.
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(1024);
    await expect(readFile(path.join(ROOT, 'build/icon.svg'), 'utf8')).resolves.toContain('<svg');
  });
});

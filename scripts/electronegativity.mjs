// `node scripts/electronegativity.mjs`: Doyensec's Electronegativity over the Electron shell.
//
// Scans a staging copy of what decides the app's Electron security: electron/*.ts, package.json
// (Electron version, custom arguments) and the renderer page with the Content Security Policy
// from shared/csp.ts (vite.config.ts injects exactly that policy into the built index.html; the
// built page is scanned too when dist/renderer exists). Prints a summary and exits non-zero on
// any HIGH or MEDIUM finding that scripts/electronegativity-allow.json does not allow, with a
// written reason. Exit codes: 0 clean, 1 findings (or stale allow-list entries), 2 the scan
// itself could not run or was incomplete.
//
// Why not dist-electron: the bundler turns `new BrowserWindow(…)` into
// `new electron.BrowserWindow(…)`, which Electronegativity's window checks do not recognise, so a
// scan of the bundle misses exactly the most important checks and repeats the others.
//
// Why the programmatic API and not `-o out.csv`: the CLI writes the CSV header and the rows with
// two concurrent fs.writeFile calls, so the header can overwrite the rows and a scan with
// findings reads as clean. The API returns the same issue objects, severity included (the SARIF
// output has no severity).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');
const ALLOW_FILE = path.join(ROOT, 'scripts', 'electronegativity-allow.json');
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);
const require = createRequire(import.meta.url);

/** @param {string} message */
function fail(message) {
  console.error(`electronegativity: ${message}`);
  process.exit(2);
}

/**
 * @typedef {{ check: string, file: string, sample: string, reason: string }} AllowEntry
 * @returns {AllowEntry[]}
 */
function readAllowList() {
  /** @type {unknown} */
  let raw;
  try {
    raw = JSON.parse(readFileSync(ALLOW_FILE, 'utf8'));
  } catch (error) {
    fail(`cannot read ${path.relative(ROOT, ALLOW_FILE)}: ${String(error)}`);
  }
  const entries = typeof raw === 'object' && raw !== null && 'allow' in raw ? raw.allow : undefined;
  if (!Array.isArray(entries)) fail('the allow-list must be { "allow": [ … ] }');
  return entries.map((entry, index) => {
    const ok =
      typeof entry === 'object' &&
      entry !== null &&
      ['check', 'file', 'sample', 'reason'].every((key) => typeof entry[key] === 'string' && entry[key].trim() !== '') &&
      entry.reason.trim().length >= 40;
    if (!ok) fail(`allow-list entry ${index} needs check, file, sample and a reason of at least a sentence`);
    return /** @type {AllowEntry} */ (entry);
  });
}

/** The CSP string from shared/csp.ts, compiled with the project's TypeScript (no build needed). */
async function contentSecurityPolicy() {
  const source = readFileSync(path.join(ROOT, 'shared', 'csp.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  if (typeof module.CONTENT_SECURITY_POLICY !== 'string') fail('shared/csp.ts no longer exports CONTENT_SECURITY_POLICY');
  return /** @type {string} */ (module.CONTENT_SECURITY_POLICY);
}

/** @param {string} text */
const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Copies what is scanned into a fresh folder; file names in findings are relative to it. */
async function stage() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ownership-board-electronegativity-'));
  const electronDir = path.join(ROOT, 'electron');
  mkdirSync(path.join(folder, 'electron'));
  const sources = readdirSync(electronDir).filter((name) => name.endsWith('.ts'));
  if (sources.length === 0) fail('no sources found in electron/');
  for (const name of sources) {
    const text = readFileSync(path.join(electronDir, name), 'utf8');
    // Inline suppressions would hide findings from this report: the allow-list is the one place.
    if (/eng-disable/iu.test(text)) fail(`electron/${name} contains an eng-disable comment; use scripts/electronegativity-allow.json instead`);
    copyFileSync(path.join(electronDir, name), path.join(folder, 'electron', name));
  }
  copyFileSync(path.join(ROOT, 'package.json'), path.join(folder, 'package.json'));

  mkdirSync(path.join(folder, 'renderer'));
  const csp = await contentSecurityPolicy();
  writeFileSync(
    path.join(folder, 'renderer', 'index.html'),
    `<!doctype html>\n<html><head>\n<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">\n</head><body></body></html>\n`,
  );
  const built = path.join(ROOT, 'dist', 'renderer', 'index.html');
  if (existsSync(built)) {
    mkdirSync(path.join(folder, 'dist-renderer'));
    copyFileSync(built, path.join(folder, 'dist-renderer', 'index.html'));
  }
  return { folder, sources: sources.length, builtPage: existsSync(built) };
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return /** @type {string} */ (pkg.version);
}

/**
 * @typedef {{ id: string, severity: { name: string }, confidence: { name: string }, file: string,
 *   location: { line: number, column: number }, sample?: string, description: string }} Issue
 */

/** @param {Issue} issue */
const fileOf = (issue) => issue.file.split(path.sep).join('/');

/** @param {Issue} issue @param {AllowEntry} entry */
const allows = (entry, issue) => entry.check === issue.id && entry.file === fileOf(issue) && (issue.sample ?? '').includes(entry.sample);

async function main() {
  const allowList = readAllowList();
  const staged = await stage();
  /** @type {(options: Record<string, unknown>) => Promise<{ globalChecks: number, atomicChecks: number, errors: { file: string, message: string, tolerable: boolean }[], issues: Issue[] }>} */
  const run = require('@doyensec/electronegativity');
  const version = electronVersion();
  let result;
  try {
    result = await run({
      input: staged.folder,
      isRelative: true,
      electronVersionOverride: version,
      customScan: [],
      excludeFromScan: [],
      parserPlugins: [],
    });
  } finally {
    rmSync(staged.folder, { recursive: true, force: true });
  }

  const fatal = result.errors.filter((error) => !error.tolerable);
  for (const error of result.errors) console.warn(`${error.tolerable ? 'warning' : 'ERROR'}: could not fully parse ${error.file}: ${error.message}`);
  if (fatal.length > 0) fail(`${fatal.length} file(s) could not be parsed, so they were not checked`);
  if (result.atomicChecks === 0) fail('no checks ran');

  const issues = [...result.issues].sort((a, b) => fileOf(a).localeCompare(fileOf(b)) || a.location.line - b.location.line);
  const used = new Set();
  /** @type {Issue[]} */
  const blocking = [];
  console.log(
    `Electronegativity over electron/ (${staged.sources} files), package.json and the renderer CSP${staged.builtPage ? ' (source and built page)' : ''}; Electron ${version}; ${result.atomicChecks} atomic and ${result.globalChecks} global checks.`,
  );
  for (const issue of issues) {
    const severity = issue.severity.name;
    const entry = allowList.find((candidate) => allows(candidate, issue));
    const where = `${fileOf(issue)}:${issue.location.line}`;
    if (entry !== undefined) used.add(entry);
    const status = !FAILING_SEVERITIES.has(severity) ? 'info   ' : entry !== undefined ? 'allowed' : 'FAIL   ';
    console.log(`  ${status} ${severity.padEnd(13)} ${issue.id.padEnd(28)} ${where}${issue.sample ? `  ${issue.sample.trim().slice(0, 100)}` : ''}`);
    console.log(`          ${issue.description}`);
    if (entry !== undefined && FAILING_SEVERITIES.has(severity)) console.log(`          reason: ${entry.reason}`);
    if (FAILING_SEVERITIES.has(severity) && entry === undefined) blocking.push(issue);
  }
  const stale = allowList.filter((entry) => !used.has(entry));
  for (const entry of stale) console.log(`  STALE   allow-list entry ${entry.check} ${entry.file} "${entry.sample}" matched nothing: remove it`);

  const counts = /** @type {Record<string, number>} */ ({});
  for (const issue of issues) counts[issue.severity.name] = (counts[issue.severity.name] ?? 0) + 1;
  const summary = Object.entries(counts)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(', ');
  console.log(`Findings: ${issues.length === 0 ? 'none' : summary}. Allowed: ${used.size}. Blocking: ${blocking.length}. Stale allow-list entries: ${stale.length}.`);
  if (blocking.length > 0 || stale.length > 0) process.exit(1);
}

main().catch((error) => {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
});

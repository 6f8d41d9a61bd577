// `npm test`: everything CI checks, in the time the machine has. The unit and component tests run
// first, alone (they keep both cores busy). Then the end-to-end tests run, and beside them, at the
// lowest CPU priority, the static checks (typecheck, lint, the Electron audit): the e2e run leaves
// about a fifth of two cores idle (waiting on pages, timers and the disk), which the checks take up
// without taking time from the pages under test. Their output is held and printed after the e2e
// run's, so the two do not interleave. Then the bench's smoke and the one-line summary.
// Exit code: that of the first step that failed (every step still runs, so one run says all).
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

/** The lowest priority (a nice of 19; on Windows, the idle class). */
const LOWEST = 19;

/**
 * Runs an npm script. `held`: its output is kept and returned rather than printed as it comes, and
 * it runs at the lowest priority (its children inherit it).
 */
function npmRun(script, { held = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: process.platform === 'win32' });
    let output = '';
    if (held) {
      try {
        setPriority(child.pid, LOWEST);
      } catch {
        // Not allowed here: it runs at the normal priority, beside the e2e run all the same.
      }
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', (error) => {
      resolve({ script, code: 1, output: `${output}${String(error)}\n` });
    });
    child.on('close', (code) => {
      resolve({ script, code: code ?? 1, output });
    });
  });
}

const started = Date.now();
const results = [];
const seconds = () => `${String(Math.round((Date.now() - started) / 1000))} s`;

results.push(await npmRun('test:unit'));
const checks = npmRun('checks', { held: true });
results.push(await npmRun('test:e2e'));
const checked = await checks;
process.stdout.write(`\n> static checks (typecheck, lint, audit:electron), run beside the e2e tests (${seconds()}):\n${checked.output}`);
results.push(checked);
results.push(await npmRun('bench:smoke:built'));
results.push(await npmRun('test:summary'));

const failed = results.filter((result) => result.code !== 0);
for (const { script, code } of failed) process.stderr.write(`npm test: "${script}" failed (exit code ${String(code)})\n`);
process.stdout.write(`npm test: ${failed.length === 0 ? 'all steps passed' : `${String(failed.length)} step(s) failed`} in ${seconds()}\n`);
process.exitCode = failed[0]?.code ?? 0;

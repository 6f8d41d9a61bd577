// The installed app does not run with a DevTools server (or Node's inspector) switched on from
// its command line: anyone who reaches such a server reads every board. Development keeps them.
import { describe, expect, it } from 'vitest';
import { debuggingRefusal } from '../../electron/debugSwitches';

/** app.commandLine.hasSwitch for a command line with these switches. */
const switches =
  (...names: string[]) =>
  (name: string): boolean =>
    names.includes(name);

describe('starting with a debugging switch', () => {
  it('is refused in the installed app, naming the switch and saying what to do', () => {
    expect(debuggingRefusal(true, switches('remote-debugging-port'))).toBe(
      'Ownership Board was started with remote debugging turned on (--remote-debugging-port). It does not run that way, so no other program can read your boards. Start it again without that option.',
    );
  });

  it.each(['remote-debugging-pipe', 'inspect', 'inspect-brk', 'inspect-port'])('is refused for --%s too', (name) => {
    expect(debuggingRefusal(true, switches(name))).toContain(`(--${name})`);
  });

  it('names one switch when several are given', () => {
    expect(debuggingRefusal(true, switches('inspect', 'remote-debugging-port'))).toContain('(--remote-debugging-port)');
  });

  it('is allowed in development, where DevTools are wanted', () => {
    expect(debuggingRefusal(false, switches('remote-debugging-port', 'remote-debugging-pipe', 'inspect'))).toBeNull();
  });

  it('leaves other switches alone: file arguments, Chromium\'s own, and V8 flags', () => {
    expect(debuggingRefusal(true, switches())).toBeNull();
    expect(debuggingRefusal(true, switches('original-process-start-time', 'js-flags', 'remote-debugging-address', 'lang'))).toBeNull();
  });
});

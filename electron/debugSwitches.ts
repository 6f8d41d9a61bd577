/**
 * The installed app refuses to run with a debugging server switched on from its command line.
 *
 * `--remote-debugging-port` (or `--remote-debugging-pipe`) makes Chromium serve the DevTools
 * protocol: any program on the machine (or on the network, with `--remote-debugging-address`)
 * that reaches it can read the page, which holds every board, and run script in it. No fuse turns
 * these switches off. Chromium starts that server after the main script has run, so main.ts
 * refuses before 'ready' and exits at once: the server never listens.
 *
 * Node's `--inspect` family is turned off by a fuse (enableNodeCliInspectArguments in
 * electron-builder.yml), which is the real protection: Node's inspector would start before this
 * code runs. They are refused here too, so the installed app answers every debugging switch the
 * same way instead of ignoring some silently. `--js-flags` is not refused: V8 flags tune the
 * engine and give no way into the page.
 *
 * In development (`npm start`, `npm run dev`, unpackaged) the switches keep working: that is where
 * a developer wants DevTools.
 */

/** Chromium's and Node's names, without the dashes, as app.commandLine.hasSwitch takes them. */
const DEBUGGING_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk', 'inspect-port'] as const;

/**
 * What the person is told when the app will not run with the switches it was given, or null
 * when it runs. `hasSwitch` is app.commandLine.hasSwitch: Chromium's own reading of the command
 * line, which also knows `-switch` and, on Windows, `/switch`, as Chromium does when it starts
 * the server.
 */
export function debuggingRefusal(isPackaged: boolean, hasSwitch: (name: string) => boolean): string | null {
  if (!isPackaged) return null;
  const present = DEBUGGING_SWITCHES.find((name) => hasSwitch(name));
  if (present === undefined) return null;
  return `Ownership Board was started with remote debugging turned on (--${present}). It does not run that way, so no other program can read your boards. Start it again without that option.`;
}

/** The title of the box that shows debuggingRefusal's message. */
export const DEBUGGING_REFUSAL_TITLE = 'Ownership Board did not start';

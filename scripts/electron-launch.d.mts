/** The environment Electron is started with: `env` without ELECTRON_RUN_AS_NODE, plus `extra`. */
export function electronEnvironment(env: NodeJS.ProcessEnv, extra?: Record<string, string>): NodeJS.ProcessEnv;

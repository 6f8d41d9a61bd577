// Types for scripts/serve.mjs, so TypeScript tests can import it.
export interface StartedServer {
  readonly url: string;
  close(): Promise<void>;
}
export function startServer(options?: { root?: string; port?: number; host?: string }): Promise<StartedServer>;

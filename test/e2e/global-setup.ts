/** Serves dist/web once for all end-to-end tests and tells them where. */
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startServer({ root: 'dist/web', port: 0 });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}

/**
 * Serves dist/web once for all end-to-end tests and tells them where; or the build in the folder
 * E2E_WEB_ROOT names (an older commit's, to see a new test fail on it).
 */
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startServer({ root: process.env.E2E_WEB_ROOT ?? 'dist/web', port: 0 });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}

// Types for the parts of scripts/bench/build.mjs the TypeScript tests (test/bench) use.
export const PROJECT_ROOT: string;
export const BLANK_PAGE: string;
export const DROP_FLOOR_PAGE: string;
export const DEXIE_MODULE: string;
export function prepareWebRoot(options?: { readonly fresh?: boolean; readonly minify?: boolean; readonly from?: string }): Promise<{
  readonly root: string;
  readonly built: boolean;
  readonly workDir: string;
  readonly dispose: () => Promise<void>;
}>;

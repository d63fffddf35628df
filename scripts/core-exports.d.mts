// Types for scripts/core-exports.mjs (plain Node script, imported by test/unit/core-exports.test.ts).
export interface Finding {
  /** The core file, relative to the root. */
  file: string;
  name: string;
  /** Test files that import it. */
  tests: string[];
}
export const EXTRA_PAGES: string[];
export function entryPoints(root: string): string[];
export function coreExportsReachedOnlyByTests(root: string): Finding[];

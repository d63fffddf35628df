// Types for scripts/check-dist.mjs (plain Node script, imported by test/unit/check-dist.test.ts).
export interface DevReference {
  file: string;
  needle: string;
  snippet: string;
}
export interface DistReport {
  errors: string[];
  notes: string[];
  builds: string[];
}
export function isBroadPattern(pattern: unknown): boolean;
export function listFiles(dir: string): string[];
export function findDevReferences(dir: string): DevReference[];
export function browserOf(dirName: string, manifest: unknown): 'chrome' | 'firefox';
export function checkManifest(manifest: unknown, browser: 'chrome' | 'firefox'): string[];
export function findModuleSyntax(code: string, filename?: string): string[];
export const CONTENT_SCRIPTS: string[];
export const CONTENT_SCRIPT_MAX_GZIP: number;
export function checkClassicWorker(buildDir: string, manifest: unknown): string[];
export function checkContentScript(buildDir: string, name?: string): { errors: string[]; raw: number; gzip: number };
export function checkDist(distDir?: string, options?: { expect?: string[] }): DistReport;

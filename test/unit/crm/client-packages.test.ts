/**
 * The official CRM client packages are dev dependencies for contract tests and type checks only: no
 * file the extension is built from imports them, so they never reach the bundle (they would add
 * megabytes and a second HTTP stack beside the connectors' fetch).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const DEV_ONLY = ['@hubspot/api-client', 'pipedrive', 'standardwebhooks'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(?:ts|tsx|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

const SPECIFIER = /\b(?:from|import)[\s(]*['"]([^'"]+)['"]/g;

describe('CRM client packages', () => {
  it('are dev dependencies that no source file of the extension imports', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    for (const name of DEV_ONLY) {
      expect(pkg.dependencies[name], name).toBeUndefined();
      expect(pkg.devDependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
    }
    const offenders = sources(join(ROOT, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => m[1]!).filter((s) => DEV_ONLY.some((d) => s === d || s.startsWith(`${d}/`))).map((s) => `${file}: ${s}`));
    expect(offenders).toEqual([]);
  });
});

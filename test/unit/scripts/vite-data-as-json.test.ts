import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_MODULE, exportsAsJson, METADATA_MODULE, metadataAsJson } from '../../../scripts/vite-data-as-json';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('libphonenumber-js/package.json'));

/** Loads a module's text as an ES module. */
const load = async (code: string): Promise<Record<string, unknown>> => (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, unknown>;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('libphonenumber metadata as JSON.parse', () => {
  it.each(['metadata.min', 'metadata.max', 'mobile/metadata/metadata.mobile'])('gives the package its own %s data, unchanged', async (name) => {
    const file = join(packageDir, `${name}.json.js`);
    expect(METADATA_MODULE.test(file)).toBe(true);
    const out = metadataAsJson(readFileSync(file, 'utf8'));
    expect(out).toContain('JSON.parse("');
    const metadata = (await load(out!)).default as Record<string, unknown>;
    expect({ ...metadata }).toEqual(JSON.parse(readFileSync(join(packageDir, `${name}.json`), 'utf8')));
  });

  it('parses the data at its first read, once', async () => {
    const out = metadataAsJson('export default {"version": 4, "countries": {"DE": ["49"]}}\n')!;
    const metadata = (await load(out)).default as { version: number; countries: Record<string, string[]> };
    const parse = vi.spyOn(JSON, 'parse');
    expect(parse).not.toHaveBeenCalled();
    expect(metadata.countries).toEqual({ DE: ['49'] });
    expect(metadata.version).toBe(4);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(metadata.countries).toBe(metadata.countries);
  });

  it('leaves other modules alone', () => {
    expect(METADATA_MODULE.test(join(packageDir, 'max/index.js'))).toBe(false);
    expect(METADATA_MODULE.test('/x/node_modules/other/metadata.max.json.js')).toBe(false);
    expect(metadataAsJson('export default { version: 4 }')).toBeNull();
    expect(metadataAsJson('export const x = {"a": 1}')).toBeNull();
    expect(metadataAsJson('export default [1, 2]')).toBeNull();
    expect(metadataAsJson('export default {"not an identifier": 1}')).toBeNull();
  });
});

describe('iso-3166 subdivisions as JSON.parse', () => {
  it('gives the package its own data, unchanged', async () => {
    const file = require.resolve('iso-3166/2.js');
    expect(DATA_MODULE.test(file)).toBe(true);
    const original = (await import('iso-3166/2.js')) as Record<string, unknown>;
    const out = exportsAsJson({ ...original });
    expect(out).toMatch(/^export const iso31662 = JSON\.parse\("/);
    expect({ ...(await load(out!)) }).toEqual({ ...original });
  });

  it('leaves a module alone when an export is not plain data', () => {
    expect(DATA_MODULE.test('/x/node_modules/iso-3166/1.js')).toBe(false);
    expect(exportsAsJson({ a: [1, 'b'], f: () => 1 })).toBeNull();
    expect(exportsAsJson({ a: new Date(0) })).toBeNull();
    expect(exportsAsJson({ a: [1, undefined] })).toBeNull();
    expect(exportsAsJson({ default: [1] })).toBeNull();
    expect(exportsAsJson({ a: [1, { b: 'c' }] })).toBe('export const a = JSON.parse("[1,{\\"b\\":\\"c\\"}]");\n');
  });
});

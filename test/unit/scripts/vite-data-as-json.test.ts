import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METADATA_MODULE, metadataAsJson } from '../../../scripts/vite-data-as-json';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('libphonenumber-js/package.json'));

/** Evaluates a module of the form `export default <expression>;` and returns the expression's value. */
const defaultExport = (code: string): unknown => new Function(`return ${code.replace(/^export default /, '').replace(/;\s*$/, '')}`)();

describe('libphonenumber metadata as JSON.parse', () => {
  it.each(['metadata.min', 'metadata.max', 'mobile/metadata/metadata.mobile'])('gives the package its own %s data, unchanged', (name) => {
    const file = join(packageDir, `${name}.json.js`);
    expect(METADATA_MODULE.test(file)).toBe(true);
    const out = metadataAsJson(readFileSync(file, 'utf8'));
    expect(out).toMatch(/^export default JSON\.parse\("/);
    expect(defaultExport(out!)).toEqual(JSON.parse(readFileSync(join(packageDir, `${name}.json`), 'utf8')));
  });

  it('leaves other modules alone', () => {
    expect(METADATA_MODULE.test(join(packageDir, 'max/index.js'))).toBe(false);
    expect(METADATA_MODULE.test('/x/node_modules/other/metadata.max.json.js')).toBe(false);
    expect(metadataAsJson('export default { version: 4 }')).toBeNull();
    expect(metadataAsJson('export const x = {"a": 1}')).toBeNull();
    expect(metadataAsJson('// a comment\nexport default {"a": [1, "b"]}\n')).toBe('export default JSON.parse("{\\"a\\": [1, \\"b\\"]}");\n');
  });
});

/**
 * Data modules shipped as JavaScript literals, loaded as JSON instead (issue 11). A woken worker
 * compiles every module it imports before it can answer anything, and a literal of hundreds of
 * kilobytes (an object or array of thousands of entries) costs far more to compile than the same
 * data as one string that JSON.parse reads (V8 scans a string literal instead of parsing objects).
 * - libphonenumber-js's metadata (`export default {...}`, a JSON object written as an object literal):
 *   parsed only when the library first reads it, so a worker whose first request parses no phone
 *   number never pays for it; its top-level keys become getters over the parsed data.
 * - iso-3166's subdivisions (`export const iso31662 = [...]`): evaluated here, at build time, and
 *   written as JSON.parse of the same data.
 * The data is the library's own, unchanged; a module that is not exactly the expected shape is left alone.
 */
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** The package's metadata modules: metadata.<set>.json.js at its root or in a set's folder. */
export const METADATA_MODULE = /[\\/]libphonenumber-js[\\/](?:[a-z]+[\\/]metadata[\\/])?metadata\.[a-z]+\.json\.js$/;

/** Modules whose named exports are plain data, written as JavaScript. */
export const DATA_MODULE = /[\\/]node_modules[\\/]iso-3166[\\/]2\.js$/;

const IDENTIFIER = /^[a-z_$][\w$]*$/i;

/**
 * The module as a default export whose top-level properties parse the JSON at their first read,
 * or null when it is not a JSON object behind `export default`.
 */
export function metadataAsJson(code: string): string | null {
  const body = code.replace(/^(?:\s*\/\/[^\n]*\n)*\s*export default /, '');
  if (body === code) return null;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const keys = Object.keys(data);
  if (!keys.every((k) => IDENTIFIER.test(k))) return null;
  const getters = keys.map((k) => `  get ${k}() { return load().${k}; },`).join('\n');
  return `let data;\nconst load = () => (data ??= JSON.parse(${JSON.stringify(JSON.stringify(data))}));\nexport default {\n${getters}\n};\n`;
}

/** Named exports as `export const name = JSON.parse("...")`, or null when one of them is not plain JSON data. */
export function exportsAsJson(exports: Record<string, unknown>): string | null {
  const names = Object.keys(exports);
  if (!names.length || !names.every((n) => IDENTIFIER.test(n) && n !== 'default')) return null;
  const lines: string[] = [];
  for (const name of names) {
    const value = exports[name];
    const json = value === undefined ? undefined : JSON.stringify(value);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) return null;
    lines.push(`export const ${name} = JSON.parse(${JSON.stringify(json)});`);
  }
  return `${lines.join('\n')}\n`;
}

export function dataAsJson(): Plugin {
  return {
    name: 'leadfill-data-as-json',
    async transform(code, id) {
      if (METADATA_MODULE.test(id)) {
        const json = metadataAsJson(code);
        return json === null ? null : { code: json, map: null };
      }
      if (DATA_MODULE.test(id)) {
        const json = exportsAsJson({ ...((await import(pathToFileURL(id).href)) as Record<string, unknown>) });
        return json === null ? null : { code: json, map: null };
      }
      return null;
    },
  };
}

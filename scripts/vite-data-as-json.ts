/**
 * libphonenumber-js ships its metadata as JavaScript (`export default {...}`, a JSON object written as
 * an object literal): a woken worker compiles those literals, hundreds of kilobytes, before it can
 * answer anything. The same data as a string read by JSON.parse costs a fraction of that (V8 scans a
 * string literal instead of parsing an object), so the worker wakes sooner (issue 11). The data is
 * the library's own, unchanged; a module that is not exactly that shape is left alone.
 */
import type { Plugin } from 'vite';

/** The package's metadata modules: metadata.<set>.json.js at its root or in a set's folder. */
export const METADATA_MODULE = /[\\/]libphonenumber-js[\\/](?:[a-z]+[\\/]metadata[\\/])?metadata\.[a-z]+\.json\.js$/;

/** The module as `export default JSON.parse("...")`, or null when it is not a JSON object behind `export default`. */
export function metadataAsJson(code: string): string | null {
  const body = code.replace(/^(?:\s*\/\/[^\n]*\n)*\s*export default /, '');
  if (body === code) return null;
  try {
    JSON.parse(body);
  } catch {
    return null;
  }
  return `export default JSON.parse(${JSON.stringify(body.trim())});\n`;
}

export function dataAsJson(): Plugin {
  return {
    name: 'leadfill-data-as-json',
    transform(code, id) {
      if (!METADATA_MODULE.test(id)) return null;
      const json = metadataAsJson(code);
      return json === null ? null : { code: json, map: null };
    },
  };
}

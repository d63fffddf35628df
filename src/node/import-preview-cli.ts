/**
 * The import of one file, in Node, with exactly the code the extension runs: what the options page
 * would show and what the background would store.
 *   npm run -s import-preview -- export.csv [--country US]
 * Prints JSON: encoding, separator, skipped preamble, recognised vendor shape, the column mapping with
 * confidences (and which columns were guessed), file issues, the leads as stored, and the rejected rows.
 */
import { readFileSync } from 'node:fs';
import { importFile } from '../core/import/import-file';

function usage(): never {
  console.error('usage: import-preview FILE [--country XX]   (XX: ISO country for numbers whose row names no country; default DE)');
  process.exit(2);
}

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--country');
const countryAt = args.indexOf('--country');
const country = countryAt >= 0 ? args[countryAt + 1]?.toUpperCase() : 'DE';
if (!file || !country || !/^[A-Z]{2}$/.test(country)) usage();

let n = 0;
const started = performance.now();
const result = importFile(new Uint8Array(readFileSync(file)), { at: Date.now(), batch: file, defaultCountry: country, newId: () => `row-${++n}` });
const elapsedMs = Math.round(performance.now() - started);

console.log(JSON.stringify({
  file,
  format: result.format,
  encoding: result.encoding,
  delimiter: result.format === 'csv' ? result.delimiter : undefined,
  defaultCountry: country,
  preambleSkipped: result.preamble,
  vendor: result.vendor,
  issues: result.issues,
  columns: result.headers.map((header, i) => {
    const c = result.columns[i];
    return {
      header,
      target: result.mapping[i] ?? null,
      confidence: c?.confidence ?? 0,
      guessed: c?.guessed ?? false,
      ...(c?.ignored ? { ignored: c.ignored } : {}),
      ...(c?.typeColumn !== undefined ? { typeColumn: result.headers[c.typeColumn] } : {}),
    };
  }),
  dataRows: result.dataRows,
  leads: result.leads.map((l) => ({
    fields: Object.fromEntries(Object.entries(l.fields).map(([k, v]) => [k, v.value])),
    ...(l.conflicts?.length ? { alternatives: l.conflicts.map((c) => ({ field: c.field, value: c.value.value })) } : {}),
    ...(l.socials.length ? { socials: l.socials.map((s) => s.value) } : {}),
    keys: l.keys,
  })),
  rejected: result.rejected,
  elapsedMs,
}, null, 2));

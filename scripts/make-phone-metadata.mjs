// Writes the phone metadata the detection engine ships in the content script: libphonenumber-js's
// "mobile" metadata (which tells mobile numbers apart) cut down to the countries a European B2B rep
// calls. Numbers of other countries are not recognised by the engine (the background and the CSV
// import keep the full metadata). Run after upgrading libphonenumber-js: node scripts/make-phone-metadata.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Europe, North America, and the larger economies a DACH company trades with. */
export const PHONE_COUNTRIES = [
  // Europe
  'AD', 'AL', 'AT', 'BA', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FO', 'FR', 'GB', 'GG', 'GI', 'GR',
  'HR', 'HU', 'IE', 'IM', 'IS', 'IT', 'JE', 'LI', 'LT', 'LU', 'LV', 'MC', 'MD', 'ME', 'MK', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO',
  'RS', 'RU', 'SE', 'SI', 'SK', 'SM', 'TR', 'UA', 'VA', 'XK',
  // North America
  'US', 'CA', 'MX',
  // The largest trading partners beyond (kept few: every country's metadata costs content-script bytes)
  'AU', 'IN',
];

export function filterMetadata(full, countries) {
  const keep = new Set(countries);
  const calling = {};
  for (const [code, list] of Object.entries(full.country_calling_codes)) {
    const kept = list.filter((c) => keep.has(c));
    // The first country of a calling code is its "main" one (US for +1); keep the order.
    if (kept.length) calling[code] = kept;
  }
  const out = { version: full.version, country_calling_codes: calling, countries: {} };
  for (const c of countries) {
    if (!full.countries[c]) throw new Error(`libphonenumber-js has no metadata for ${c}`);
    out.countries[c] = full.countries[c];
  }
  return out;
}

const require = createRequire(import.meta.url);
const source = require.resolve('libphonenumber-js/metadata.mobile.json');
export const TARGET = new URL('../src/core/detect/detectors/phones/phone-metadata.json', import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  const full = JSON.parse(readFileSync(source, 'utf8'));
  writeFileSync(TARGET, `${JSON.stringify(filterMetadata(full, PHONE_COUNTRIES))}\n`);
  console.log(`phone metadata: ${PHONE_COUNTRIES.length} countries written to ${TARGET.pathname}`);
}

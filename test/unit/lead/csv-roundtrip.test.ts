import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/core/import/import-file';
import { bytes, csvText, lead } from './helpers';

// Cells with separators, quotes, line breaks and umlauts; trimmed as the import trims, never starting
// with a formula character (the export prefixes those with ', by design).
const cell = fc.string({ unit: fc.constantFrom('a', 'Z', 'ä', 'ß', ' ', ';', ',', '"', '\n', '\t', '=', '-', '1'), minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !/^[=+\-@\t\r]/.test(s));

describe('CSV export → import round trip', () => {
  it('keeps every value, whatever the separator and language', async () => {
    await fc.assert(fc.asyncProperty(cell, cell, cell, fc.constantFrom(';', ',') as fc.Arbitrary<';' | ','>, fc.constantFrom('de', 'en') as fc.Arbitrary<'de' | 'en'>, async (companyName, notes, city, delimiter, language) => {
      const csv = await csvText([lead({ companyName, notes, city })], { fields: ['companyName', 'city', 'notes'], delimiter, language });
      const r = importFile(bytes(csv), { defaultCountry: 'DE', at: 1, newId: () => 'x' });
      expect(r.rejected).toEqual([]);
      const f = r.leads[0]?.fields;
      expect([f?.companyName?.value, f?.city?.value, f?.notes?.value]).toEqual([companyName, city, notes]);
    }), { numRuns: 200 });
  });
});

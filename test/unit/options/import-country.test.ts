import { describe, expect, it } from 'vitest';
import { countryName, proposedImportCountry } from '../../../src/options/import-country';

describe('default country of an import', () => {
  it('takes the browser region, else the language, never silently Germany for an American browser', () => {
    expect(proposedImportCountry(['en-US', 'de'])).toBe('US');
    expect(proposedImportCountry(['de-AT'])).toBe('AT');
    expect(proposedImportCountry(['de'])).toBe('DE');
    expect(proposedImportCountry(['en'])).toBe('US');
    expect(proposedImportCountry(['fr'])).toBe('FR');
  });

  it('names the country in the rep language', () => {
    expect(countryName('US', 'de')).toBe('Vereinigte Staaten');
    expect(countryName('DE', 'en')).toBe('Germany');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryNames, OUT, render } from '../../../scripts/make-country-names';
import { countryOfName } from '../../../src/core/names/countries';
import { toCountryCode } from '../../../src/core/lead/countries';

describe('country names', () => {
  it('the shipped table is what the pinned i18n-iso-countries yields, folded (regenerate after an upgrade)', () => {
    expect(readFileSync(OUT, 'utf8')).toBe(render());
  });

  it('folds the names as look-ups fold them; the first language wins, aliases and kept abbreviations join, other short keys do not', () => {
    const table = countryNames([{ XA: ['Ötland', 'Man'], XB: 'Uk' }, { XC: 'OTLAND.' }]);
    expect(table.get('otland')).toBe('XA');
    expect(table.get('uk')).toBe('XB');
    expect(table.has('man')).toBe(false);
    expect(table.get('oesterreich')).toBe('AT');
  });

  it('reads names in several languages, with or without diacritics', () => {
    expect(countryOfName('Österreich')).toBe('AT');
    expect(countryOfName('Oesterreich')).toBe('AT');
    expect(countryOfName('Großbritannien')).toBe('GB');
    expect(countryOfName('The Netherlands')).toBe('NL');
    expect(countryOfName('U.S.A.')).toBe('US');
    expect(countryOfName('New Zealand')).toBe('NZ');
    expect(countryOfName('Türkiye')).toBe('TR');
  });

  it('knows nothing that is not a country', () => {
    expect(countryOfName('Zealand')).toBeUndefined();
    expect(countryOfName('constructor')).toBeUndefined();
    expect(countryOfName('D')).toBeUndefined();
  });

  it('gives CRM imports the same names plus their abbreviations', () => {
    expect(toCountryCode('Magyarország')).toBe('HU');
    expect(toCountryCode('D')).toBe('DE');
    expect(toCountryCode('brd')).toBe('DE');
    expect(toCountryCode('fr')).toBe('FR');
    expect(toCountryCode('Atlantis')).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUT, packageVersion, render, streetTypes } from '../../../scripts/make-street-types.mjs';

describe('street types from maintained data', () => {
  it('the shipped list is what the pinned @mapbox/geocoder-abbreviations yields (regenerate after an upgrade)', () => {
    expect(readFileSync(OUT, 'utf8')).toBe(render(streetTypes(), packageVersion()));
  });

  it('takes the way groups of every language but English, without dots, short tokens or everyday words', () => {
    const groups = {
      en: [{ tokens: ['Park', 'Pk'], type: 'way' }],
      tr: [{ tokens: ['Caddesi', 'Cad.', 'Cd'], type: 'way' }, { tokens: ['kat'], type: 'unit' }],
      fr: [{ tokens: ['Auto', 'Autoroute'], type: 'way' }, { tokens: ['r\\.?'], type: 'way', regex: true }],
    };
    expect(streetTypes(groups)).toEqual(['autoroute', 'cad', 'caddesi']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakerVersion, firstNames, OUT, render } from '../../../scripts/make-first-names.mjs';
import { isFirstName } from '../../../src/core/names/first-names';

describe('first names from maintained data', () => {
  it('the shipped list is what the pinned @faker-js/faker yields (regenerate after an upgrade)', async () => {
    expect(readFileSync(OUT, 'utf8')).toBe(render(firstNames(), await fakerVersion()));
  });

  it('knows first names across the countries of the corpus, in any case', () => {
    for (const n of ['Anna', 'JÖRGEN', 'Michał', 'Małgorzata', 'Gunilla', 'Santiago', 'Pooja', 'Matti', 'Jiří', 'Lea-Sophie']) expect(isFirstName(n), n).toBe(true);
  });

  it('does not take words for names', () => {
    for (const n of ['Geschäftsführer', 'Kontakt', 'Impressum', 'Jméno', 'Team', 'x', 'Müller-']) expect(isFirstName(n), n).toBe(false);
  });

  it('leaves non-Latin scripts and one-letter entries out', () => {
    expect(firstNames({ xx: { person: { first_name: { generic: ['Анна', 'A', 'Zoë', 'Mary Ann'] } } } })).toEqual(['zoë']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakerVersion, firstNames, hangulFamilyNames, OUT, render } from '../../../scripts/make-first-names.mjs';
import { isFirstName, isHangulFullName } from '../../../src/core/names/first-names';

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

  it('keeps the cased scripts (Latin, Cyrillic, Greek) and Korean given names; leaves other caseless scripts, mixed scripts and one-letter entries out', () => {
    expect(firstNames({ xx: { person: { first_name: { generic: ['Анна', 'A', 'Zoë', 'Mary Ann', 'Γεώργιος', 'محمد', '민서', 'Aнна', '山田'] } } } })).toEqual(['zoë', 'γεώργιος', 'анна', '민서']);
    expect(hangulFamilyNames({ ko: { person: { last_name: { generic: ['김', '남궁', 'Kim', '김민서'] } } } })).toEqual(['김', '남궁']);
  });

  it('reads a Korean full name as a family-name syllable and a known given name', () => {
    for (const n of ['김민서', '이서준']) expect(isHangulFullName(n), n).toBe(true);
    // Words that start with a family-name syllable: "information", "director", "guide".
    for (const n of ['정보', '이사', '안내', '대표변호사', 'Kim']) expect(isHangulFullName(n), n).toBe(false);
  });

  it('knows Cyrillic and Greek first names, in any case', () => {
    for (const n of ['Олег', 'ТАТЬЯНА', 'Сергей', 'Ярослав', 'Γεώργιος', 'Ιωάννης']) expect(isFirstName(n), n).toBe(true);
  });
});

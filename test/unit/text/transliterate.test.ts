import { readFileSync } from 'node:fs';
import packageTransliterate from '@sindresorhus/transliterate';
import { describe, expect, it } from 'vitest';
import { defaultReplacements, OUT, packageVersion, render } from '../../../scripts/make-transliteration.mjs';
import { transliterate } from '../../../src/core/text/transliterate';

describe('transliteration to Latin letters', () => {
  it('the shipped table is what the pinned @sindresorhus/transliterate yields (regenerate after an upgrade)', async () => {
    expect(readFileSync(OUT, 'utf8')).toBe(render(await defaultReplacements(), packageVersion()));
  });

  it('spells text as the package does without a locale', () => {
    const samples = ['Контакты', 'Контакти', 'İletişim', 'Επικοινωνία', 'Über uns', 'Ærø Ølfabrik', 'Łódź – Kraków', 'Հայերեն ու', 'مرحبا', 'Straße—Weg', 'plain ascii', ''];
    for (const s of samples) expect(transliterate(s), s).toBe(packageTransliterate(s));
  });

  it('spells every character of the table as the package does', async () => {
    const text = [...(await defaultReplacements()).keys()].join(' ');
    expect(transliterate(text)).toBe(packageTransliterate(text));
  });
});

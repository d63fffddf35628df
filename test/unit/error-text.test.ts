/**
 * Every error code reads as a sentence in both languages; a German rep reads no English. Uses the real
 * catalogs with a translator that works like the browser's (missing key: empty string, $n replaced).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../src/core/errors';
import { errorKey, errorText } from '../../src/shared/error-text';
import type { Messages } from '../../src/shared/message-keys';
import { ERROR_CODES, EXAMPLES } from './core/error-examples';

type Catalog = Record<string, { message: string }>;
const load = (lang: string): Catalog => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalog;

function messagesOf(catalog: Catalog, locale: string): Messages {
  const lookup = (key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : [subs].flat();
    return (catalog[key]?.message ?? '').replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  };
  return { t: lookup, optional: (key) => lookup(key) || null, locale };
}

const en = load('en');
const de = load('de');
const inEnglish = (e: AppError) => errorText(e, messagesOf(en, 'en'));
const inGerman = (e: AppError) => errorText(e, messagesOf(de, 'de'));

describe('error texts', () => {
  it('has a message for every code in English and German, and no message for a code that does not exist', () => {
    for (const code of ERROR_CODES) {
      expect(en[errorKey(code)]?.message, code).toBeTruthy();
      expect(de[errorKey(code)]?.message, code).toBeTruthy();
    }
    const known = new Set<string>(ERROR_CODES.map(errorKey));
    expect(Object.keys(en).filter((k) => k.startsWith('err_') && !known.has(k))).toEqual([]);
  });

  it('translates every code into German: no German text equals or contains its English one', () => {
    for (const code of ERROR_CODES) {
      const english = inEnglish(EXAMPLES[code]);
      const german = inGerman(EXAMPLES[code]);
      expect(german, code).not.toBe(english);
      // The English sentence without its parameters must not reappear in German.
      expect(german, code).not.toContain(en[errorKey(code)]!.message.replace(/\$\d/g, '').slice(0, 20));
    }
  });

  it('fills every placeholder', () => {
    for (const code of ERROR_CODES) {
      expect(inEnglish(EXAMPLES[code]), code).not.toMatch(/\$\d/);
      expect(inGerman(EXAMPLES[code]), code).not.toMatch(/\$\d/);
    }
  });

  it('names fields and requirements in the rep\'s language, and formats dates and lists for it', () => {
    expect(inGerman(EXAMPLES.incomplete)).toBe(`Kontaktdaten unvollständig, es fehlt: ${de['field_phone']!.message} und ${de['requirement_contactName']!.message}.`);
    expect(inEnglish(EXAMPLES.incomplete)).toBe(`Contact data incomplete: ${en['field_phone']!.message} and ${en['requirement_contactName']!.message} missing.`);
    expect(inGerman(EXAMPLES['past-date'])).toBe('Der nächste Schritt am 05.01.2026 liegt in der Vergangenheit.');
    expect(inEnglish(EXAMPLES['value-not-on-page'])).toContain(`“${en['field_phone']!.message}”`);
    // A requirement the rep named in the profile has no catalog label: its id is shown.
    expect(inEnglish({ code: 'incomplete', params: { missing: ['tradeFairBadge'] } })).toBe('Contact data incomplete: tradeFairBadge missing.');
  });
});

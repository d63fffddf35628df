import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Catalog = Record<string, { message: string }>;
const load = (lang: string): Catalog => JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalog;
const placeholders = (m: string) => [...m.matchAll(/\$(\d)/g)].map((x) => x[1]).sort();

describe('UI strings', () => {
  const en = load('en');
  const de = load('de');

  it('has every key in German and English', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same substitutions in both languages', () => {
    for (const key of Object.keys(en)) expect(placeholders(de[key]?.message ?? ''), key).toEqual(placeholders(en[key]!.message));
  });

  it('has no empty message', () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(de)]) expect(value.message.trim(), key).not.toBe('');
  });
});

/**
 * Text spelled in Latin letters ("Контакты" -> "Kontakty", "İletişim" -> "Iletisim"), as
 * @sindresorhus/transliterate spells it without a locale: its replacements, then diacritics dropped and
 * every dash a hyphen-minus. The table is the package's (transliteration-data.ts, generated and checked
 * against it), read at the first call: the package itself builds tables for all its locales when it is
 * loaded, work every worker start paid although a page's name is compared once per detection.
 */
import { REPLACEMENT_PATTERN, REPLACEMENTS_JSON } from './transliteration-data';

let table: { replacements: ReadonlyMap<string, string>; pattern: RegExp } | null = null;

function readTable(): { replacements: ReadonlyMap<string, string>; pattern: RegExp } {
  return { replacements: new Map(JSON.parse(REPLACEMENTS_JSON) as [string, string][]), pattern: new RegExp(REPLACEMENT_PATTERN, 'gu') };
}

export function transliterate(text: string): string {
  const { replacements, pattern } = (table ??= readTable());
  return text
    .normalize()
    .replace(pattern, (match) => replacements.get(match) ?? match)
    .normalize('NFD')
    .replaceAll(/\p{Diacritic}/gu, '')
    .normalize()
    .replaceAll(/\p{Dash_Punctuation}/gu, '-');
}

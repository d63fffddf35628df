/** Lower-case, without diacritics ("Österreich" -> "osterreich"), ß as ss, single spaces. */
export function foldCountryName(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

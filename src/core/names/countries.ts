/**
 * Country names as pages and CRM exports write them, in English and in the countries' own and
 * neighbours' languages, to ISO 3166-1 alpha-2 codes: the one table for the detection engine
 * (address lines, the countries a page names) and for leads (imported country columns).
 */
import { trimEnd } from '../text/trim';

/** Keys are folded (see foldCountryName): lower-case, no diacritics, ß as ss. */
const NAMES: Record<string, string> = {
  deutschland: 'DE', germany: 'DE', allemagne: 'DE', duitsland: 'DE', tyskland: 'DE', alemania: 'DE', germania: 'DE',
  osterreich: 'AT', oesterreich: 'AT', austria: 'AT', autriche: 'AT', oostenrijk: 'AT', østrig: 'AT',
  schweiz: 'CH', suisse: 'CH', svizzera: 'CH', switzerland: 'CH', zwitserland: 'CH',
  liechtenstein: 'LI', luxembourg: 'LU', luxemburg: 'LU',
  france: 'FR', frankreich: 'FR', frankrijk: 'FR', francia: 'FR',
  belgique: 'BE', belgie: 'BE', belgium: 'BE', belgien: 'BE',
  nederland: 'NL', netherlands: 'NL', 'the netherlands': 'NL', niederlande: 'NL', 'pays-bas': 'NL', holland: 'NL',
  danmark: 'DK', denmark: 'DK', danemark: 'DK', norge: 'NO', norway: 'NO', norwegen: 'NO',
  sverige: 'SE', sweden: 'SE', schweden: 'SE', suomi: 'FI', finland: 'FI', finnland: 'FI',
  espana: 'ES', spain: 'ES', spanien: 'ES', espagne: 'ES',
  italia: 'IT', italy: 'IT', italien: 'IT', italie: 'IT', portugal: 'PT',
  ireland: 'IE', eire: 'IE', irland: 'IE',
  'united kingdom': 'GB', uk: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'great britain': 'GB', grossbritannien: 'GB',
  'vereinigtes konigreich': 'GB',
  usa: 'US', 'u.s.a': 'US', 'united states': 'US', 'united states of america': 'US', 'vereinigte staaten': 'US',
  canada: 'CA', kanada: 'CA',
  india: 'IN', indien: 'IN', bharat: 'IN', australia: 'AU', 'new zealand': 'NZ',
  ungarn: 'HU', hungary: 'HU', magyarorszag: 'HU', polen: 'PL', poland: 'PL', polska: 'PL',
  tschechien: 'CZ', 'czech republic': 'CZ', czechia: 'CZ',
  slovensko: 'SK', slovakia: 'SK', slowakei: 'SK', slovenija: 'SI', slovenia: 'SI', slowenien: 'SI',
  hrvatska: 'HR', croatia: 'HR', kroatien: 'HR', romania: 'RO', rumanien: 'RO',
  griechenland: 'GR', greece: 'GR', turkiye: 'TR', turkey: 'TR', turkei: 'TR', japan: 'JP', israel: 'IL',
  'ceska republika': 'CZ', cesko: 'CZ', 'slovenska republika': 'SK',
  brasil: 'BR', brazil: 'BR', brasilien: 'BR', mexico: 'MX', mexiko: 'MX', argentina: 'AR', argentinien: 'AR',
  chile: 'CL', colombia: 'CO', kolumbien: 'CO', peru: 'PE', uruguay: 'UY',
  oman: 'OM', 'south africa': 'ZA', singapore: 'SG', 'united arab emirates': 'AE',
};

/** Lower-case, without diacritics ("Österreich" -> "osterreich"), ß as ss, single spaces. */
export function foldCountryName(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

/** The country a folded name stands for, or undefined. */
export function countryOfFoldedName(key: string): string | undefined {
  return Object.hasOwn(NAMES, key) ? NAMES[key] : undefined;
}

/** The country a name stands for ("Deutschland", "The Netherlands", "U.S.A."), or undefined. */
export function countryOfName(text: string): string | undefined {
  return countryOfFoldedName(foldCountryName(trimEnd(text.trim(), '.,;')));
}

/** First words of the names written in several words ("new" of "new zealand"), for scanning text word by word. */
export const MULTI_WORD_STARTS: ReadonlySet<string> = new Set(Object.keys(NAMES).filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

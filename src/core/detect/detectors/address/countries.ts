
/** Postal prefixes and postal-code formats, for telling which country an address is in (names: core/names/countries.ts). */

/** "A-8200", "D-80331", "CH-8400": the old European vehicle-code prefixes. */
export const POSTAL_PREFIX: Record<string, string> = {
  A: 'AT', D: 'DE', CH: 'CH', F: 'FR', B: 'BE', L: 'LU', NL: 'NL', DK: 'DK', N: 'NO', S: 'SE', FL: 'LI', I: 'IT',
  E: 'ES', FIN: 'FI', FI: 'FI', SE: 'SE', NO: 'NO', DE: 'DE', AT: 'AT', FR: 'FR', BE: 'BE', IT: 'IT', ES: 'ES', LU: 'LU', LI: 'LI',
};

/** Europe, where a postal code is written before the town and a neighbour's address is common on a page. */
export const EUROPE: ReadonlySet<string> = new Set(
  ('AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK').split(' '),
);

/** Countries whose postal codes are 5 or 4 plain digits written before the town. */
const FIVE_DIGIT = new Set(['DE', 'FR', 'ES', 'IT', 'FI', 'SE', 'HR', 'EE', 'MC']);
const FOUR_DIGIT = new Set(['AT', 'CH', 'BE', 'DK', 'NO', 'LU', 'LI', 'HU', 'SI']);

/** The country of a digit postal code, from its length and the page's own country; undefined if unclear. */
export function countryForDigits(code: string, pageCountry: string | undefined, lang: string): string | undefined {
  const set = code.length === 5 ? FIVE_DIGIT : code.length === 4 ? FOUR_DIGIT : null;
  if (!set) return undefined;
  if (pageCountry && set.has(pageCountry)) return pageCountry;
  const base = lang.split(/[-_]/)[0];
  if (code.length === 5 && base === 'de') return 'DE';
  return undefined;
}

export const US_STATES = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA ' +
    'RI SC SD TN TX UT VT VA WA WV WI WY PR').split(' '),
);

export const CA_PROVINCES = new Set([
  'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT', 'Alberta', 'Ontario', 'Quebec', 'Québec',
  'Manitoba', 'Saskatchewan', 'Yukon', 'Nunavut', 'Columbia', 'Brunswick', 'Scotia', 'Labrador', 'Island', 'Territories',
]);

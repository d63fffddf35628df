/**
 * The default country of an import: what numbers without a country code are read in when their row
 * does not say its own country. Proposed from the browser's region and always shown, so an import
 * never silently reads every number as German.
 */

/** Countries offered first; any other can be typed as a two-letter code. */
export const IMPORT_COUNTRIES = ['DE', 'AT', 'CH', 'LI', 'LU', 'NL', 'BE', 'FR', 'IT', 'ES', 'PL', 'CZ', 'DK', 'SE', 'NO', 'FI', 'GB', 'IE', 'US', 'CA', 'AU'] as const;

const LANGUAGE_COUNTRY: Record<string, string> = { de: 'DE', en: 'US', fr: 'FR', it: 'IT', es: 'ES', nl: 'NL', pl: 'PL', da: 'DK', sv: 'SE', nb: 'NO', fi: 'FI', cs: 'CZ' };

/** "de-AT" → AT, "en-GB" → GB, "de" → DE. */
export function proposedImportCountry(locales: readonly string[]): string {
  for (const locale of locales) {
    const region = /^[a-z]{2,3}[-_]([A-Z]{2})\b/i.exec(locale)?.[1];
    if (region) return region.toUpperCase();
  }
  const language = locales[0]?.slice(0, 2).toLowerCase() ?? '';
  return LANGUAGE_COUNTRY[language] ?? 'DE';
}

/** The country's name in the rep's language ("Vereinigte Staaten"), the code where the browser has none. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

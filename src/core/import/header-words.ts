/**
 * A column header as words, so vocabularies match whole words: "privat" never contains "vat", and
 * "Directory Server" never contains "direct". CamelCase API names ("BillingStreet", "JigsawCompanyId")
 * split into their words; UPPER-CASE Data Loader names ("BILLINGSTREET") match by their compact form.
 */

/** "Straße geschäftlich" → "strasse geschaftlich": lower case, ß as ss, no accents. */
function fold(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '');
}

/** "USt-IdNr." → "ustidnr", "E-Mail 2: Adresse" → "email2adresse": the key of exact vocabularies. */
export function compactHeader(header: string): string {
  return fold(header).replace(/[^a-z0-9]/g, '');
}

/** "E-mail 1 - Value" → ["email", "1", "value"]; "JigsawCompanyId" → ["jigsaw", "company", "id"]. */
export function headerWords(header: string): string[] {
  const spaced = header.replace(/([a-z])([A-Z])/g, '$1 $2');
  return fold(spaced)
    .replace(/\be[\s-]?mail/g, 'email')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Replacement characters left by a file decoded with the wrong encoding ("Stra�e"). */
export const REPLACEMENT = '\uFFFD';

/**
 * The header with each replacement character as a wildcard, for recognising "Stra�e gesch�ftlich"
 * where exactly one vocabulary entry fits.
 */
export function damagedHeaderPattern(header: string): RegExp | null {
  if (!header.includes(REPLACEMENT)) return null;
  const parts = fold(header).split(REPLACEMENT).map((p) => p.replace(/[^a-z0-9]/g, ''));
  return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[a-z]{1,2}')}$`);
}

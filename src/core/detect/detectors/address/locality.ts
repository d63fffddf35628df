/**
 * A place written without street or postal code ("Hradec Králové, Česká republika", "Bogotá,
 * Colombia", "Lokacija: Novi sad"): a line that is a town and a country name and nothing else, or a
 * town after a place label, as small firms write where they are. The rep learns the town; any postal
 * address on the page weighs more.
 */
import { isFirstName } from '../../../names/first-names';
import { countryOfName } from '../../../names/countries';
import { words } from '../../../text/trim';
import type { Page } from '../../page';
import { splitPlaceLabel, townName } from './place-label';
import { namesStreet } from './street';

export interface Locality {
  city: string;
  /** Null when only a label names the town ("Lokacija: Novi sad"). */
  country: string | null;
  /** Index of the line in page.lines. */
  line: number;
}

/** No real page names more places like this; hostile pages repeat them by the thousand. */
const MAX_LOCALITIES = 8;
const MAX_LINE = 60;
const MAX_TOWN_WORDS = 4;
const TOWN_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Lower-case words inside town names: "Frankfurt am Main", "Ústí nad Labem", "San José de la Montaña". */
const TOWN_CONNECTOR = /^(?:am|an|der|im|nad|pod|upon|on|sur|de|del|la|las|los|di|do|da|dos|das)$/u;
const SEPARATOR = /[,–—]| - /u;

function townOf(text: string): string | null {
  const tokens = words(text);
  if (!tokens.length || tokens.length > MAX_TOWN_WORDS || !TOWN_WORD.test(tokens[0]!)) return null;
  if (tokens.some((t) => !TOWN_WORD.test(t) && !TOWN_CONNECTOR.test(t))) return null;
  // "Anna Berg, Sweden" under a testimonial is a person and her country, not a town.
  if (tokens.length > 1 && isFirstName(tokens[0]!)) return null;
  if (countryOfName(text) || namesStreet(text)) return null;
  return tokens.join(' ');
}

export function findLocalities(page: Page): Locality[] {
  const out: Locality[] = [];
  for (let i = 0; i < page.lines.length && out.length < MAX_LOCALITIES; i++) {
    const text = page.lines[i]!.text;
    if (text.length > MAX_LINE || /[\d@©]/u.test(text)) continue;
    const labelled = splitPlaceLabel(text);
    const parts = (labelled?.value ?? text).split(SEPARATOR).map((p) => p.trim());
    if (parts.length === 1 && labelled) {
      const city = townName(parts[0]!);
      if (city) out.push({ city, country: null, line: i });
      continue;
    }
    if (parts.length !== 2) continue;
    const country = countryOfName(parts[1]!.replace(/\.$/, ''));
    const city = country ? townOf(parts[0]!) : null;
    if (city && country) out.push({ city, country, line: i });
  }
  return out;
}

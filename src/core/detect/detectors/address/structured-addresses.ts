/** PostalAddress items from JSON-LD, microdata, RDFa and hCard. */
import { countryOfName } from '../../../names/countries';
import { parsePostalLine } from './postal-line';
import type { Page } from '../../page';
import { isOrganization, itemProps, textProps, type Item } from '../../structured';
import type { AddressValue, Method } from '../../types';

export interface StructuredAddress {
  value: AddressValue;
  /** The address belongs to an Organization/LocalBusiness item, not to an event, person or offer. */
  ofOrganization: boolean;
  method: Method;
  snippet: string;
}

function first(item: Item, name: string): string | null {
  const v = textProps(item, name).map((s) => s.trim()).find(Boolean);
  return v ?? null;
}

function countryOf(item: Item): string | null {
  const raw = first(item, 'addressCountry') ?? itemProps(item, 'addressCountry').map((c) => first(c, 'name')).find(Boolean) ?? null;
  if (!raw) return null;
  if (/^[A-Z]{2}$/i.test(raw)) return raw.toUpperCase();
  return countryOfName(raw) ?? null;
}

function fromItem(item: Item, ofOrganization: boolean): StructuredAddress | null {
  const street = first(item, 'streetAddress');
  const postalCode = first(item, 'postalCode');
  const city = first(item, 'addressLocality');
  if (!postalCode && !city) return null;
  return {
    value: { street, postalCode: postalCode?.replace(/[\u2010\u2011]/g, '-') ?? null, city, country: countryOf(item) },
    ofOrganization,
    method: item.method,
    snippet: [street, postalCode, city].filter(Boolean).join(', '),
  };
}

/** "Musterstraße 1, 12345 Musterstadt" written as the plain-text value of `address`. */
function fromText(text: string, method: Method): StructuredAddress | null {
  const hit = parsePostalLine(text);
  if (!hit) return null;
  return { value: { street: hit.street, postalCode: hit.postalCode, city: hit.city, country: hit.country }, ofOrganization: true, method, snippet: text };
}

export function findStructuredAddresses(page: Page): StructuredAddress[] {
  const out: StructuredAddress[] = [];
  const owned = new Set<Item>();
  for (const item of page.structured) {
    if (!isOrganization(item)) continue;
    for (const key of ['address', 'location']) {
      for (const addr of itemProps(item, key)) {
        const nested = itemProps(addr, 'address')[0] ?? addr;
        owned.add(nested);
        const a = fromItem(nested, true);
        if (a) out.push(a);
      }
      for (const text of textProps(item, key)) {
        const a = fromText(text, item.method);
        if (a) out.push(a);
      }
    }
  }
  for (const item of page.structured) {
    if (owned.has(item) || !item.types.includes('PostalAddress')) continue;
    const a = fromItem(item, false);
    if (a) out.push(a);
  }
  return out;
}

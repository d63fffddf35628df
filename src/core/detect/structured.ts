/**
 * Structured data on the page (JSON-LD, microdata, RDFa, hCard) flattened into one shape, so each
 * field detector reads schema.org-like items without caring how they were written. JSON-LD is
 * parsed here, as data: nothing on the page is ever executed.
 */
import { addProp, localName, newItem } from './snapshot/items';
import type { Item } from './snapshot/types';

export type { Item };

function fromJson(node: unknown, snippet: string, out: Item[], depth = 0): Item | string | null {
  if (depth > 12 || node == null) return null;
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) {
    for (const n of node) fromJson(n, snippet, out, depth + 1);
    return null;
  }
  if (typeof node !== 'object') return null;
  const obj = node as Record<string, unknown>;
  if (Array.isArray(obj['@graph'])) {
    for (const n of obj['@graph']) fromJson(n, snippet, out, depth + 1);
  }
  if ('@value' in obj) return obj['@value'] == null ? null : String(obj['@value']);
  const rawType = obj['@type'];
  const types = (Array.isArray(rawType) ? rawType : rawType ? [rawType] : []).map((t) => localName(String(t)));
  const item = newItem(types, 'json-ld', snippet);
  for (const [key, value] of Object.entries(obj)) {
    if (key.startsWith('@') && key !== '@id') continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      const converted = fromJson(v, snippet, out, depth + 1);
      if (converted != null) addProp(item, key === '@id' ? 'id' : key, converted);
    }
  }
  out.push(item);
  return item;
}

/** Items of the page's JSON-LD blocks; a block that does not parse is skipped. */
export function parseJsonLd(texts: readonly string[]): Item[] {
  const out: Item[] = [];
  for (const text of texts) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // Real sites ship JSON-LD with raw newlines inside strings; one lenient retry, then give up.
      try {
        data = JSON.parse(text.replace(/[\r\n\t]+/g, ' '));
      } catch {
        continue;
      }
    }
    fromJson(data, text.replace(/\s+/g, ' ').slice(0, 300), out);
  }
  return out;
}

export function prop(item: Item, name: string): (string | Item)[] {
  return (Object.hasOwn(item.props, name) ? item.props[name] : undefined) ?? [];
}

export function textProps(item: Item, name: string): string[] {
  return prop(item, name).filter((v): v is string => typeof v === 'string');
}

export function itemProps(item: Item, name: string): Item[] {
  return prop(item, name).filter((v): v is Item => typeof v !== 'string');
}

/**
 * schema.org's organisation types and LocalBusiness subtypes, by the words their names are made of
 * ("HealthAndBeautyBusiness", "AutoDealer", "HomeAndConstructionBusiness") plus the subtypes named for
 * a trade alone ("Optician", "Plumber", "Bakery").
 */
const ORG_TYPES = /Organization|Corporation|Business|Store|Restaurant|Hotel|Dentist|Physician|Attorney|LegalService|Notary|Clinic|NGO|Company|Service|Brewery|Winery|Distillery|Bakery|Pharmacy|Optician|Plumber|Electrician|Locksmith|Roofing|Painter|Dealer|Agency|Contractor|Shop|Salon|Establishment|Facility|Office|Place/i;

export function isOrganization(item: Item): boolean {
  return item.types.some((t) => ORG_TYPES.test(t));
}

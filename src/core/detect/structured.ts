/**
 * Structured data on the page (JSON-LD, microdata, RDFa, hCard) flattened into one shape,
 * so each field detector reads schema.org-like items without caring how they were written.
 * JSON-LD is parsed as data: nothing on the page is ever executed.
 */
import type { Method } from './types';

export interface Item {
  /** schema.org type names without the vocabulary prefix, e.g. "Organization", "PostalAddress". */
  types: string[];
  props: Map<string, (string | Item)[]>;
  method: Method;
  /** Raw text for the popup's "where did this come from". */
  snippet: string;
}

const MAX_JSON_LD_CHARS = 500_000;

function localName(type: string): string {
  const s = type.trim();
  const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'), s.lastIndexOf(':'));
  return i >= 0 ? s.slice(i + 1) : s;
}

function addProp(item: Item, key: string, value: string | Item) {
  const k = localName(key);
  const list = item.props.get(k);
  if (list) list.push(value);
  else item.props.set(k, [value]);
}

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
  const item: Item = { types, props: new Map(), method: 'json-ld', snippet };
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

export function readJsonLd(doc: Document): Item[] {
  const out: Item[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const text = script.textContent ?? '';
    if (!text.trim() || text.length > MAX_JSON_LD_CHARS) continue;
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

function itemValue(el: Element): string {
  const tag = el.tagName.toUpperCase();
  const attr =
    tag === 'META' ? 'content'
      : tag === 'A' || tag === 'LINK' || tag === 'AREA' ? 'href'
        : tag === 'IMG' || tag === 'AUDIO' || tag === 'VIDEO' || tag === 'SOURCE' || tag === 'IFRAME' ? 'src'
          : tag === 'TIME' ? 'datetime'
            : tag === 'DATA' || tag === 'METER' ? 'value'
              : null;
  const content = el.getAttribute('content');
  if (content != null && tag !== 'META') return content.trim();
  if (attr) return (el.getAttribute(attr) ?? '').trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A shop or directory page marks up every product; the organisation's own item is among the first. */
const MAX_MICRODATA_ITEMS = 500;
const MAX_MICRODATA_PROPS = 5_000;

/** Microdata (itemscope/itemprop) and RDFa Lite (typeof/property), walked top-down once. */
export function readMicrodata(doc: Document): Item[] {
  const out: Item[] = [];
  const roots = Array.from(doc.querySelectorAll('[itemscope], [typeof]')).slice(0, MAX_MICRODATA_ITEMS);
  // Properties only count inside an item; most pages have none, and the second scan costs as much as the first.
  if (!roots.length) return out;
  const byEl = new Map<Element, Item>();
  for (const el of roots) {
    const rdfa = !el.hasAttribute('itemscope');
    const typeAttr = (rdfa ? el.getAttribute('typeof') : el.getAttribute('itemtype')) ?? '';
    const item: Item = {
      types: typeAttr.split(/\s+/).filter(Boolean).map(localName),
      props: new Map(),
      method: rdfa ? 'rdfa' : 'microdata',
      snippet: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
    };
    byEl.set(el, item);
    out.push(item);
  }
  for (const el of Array.from(doc.querySelectorAll('[itemprop], [property]')).slice(0, MAX_MICRODATA_PROPS)) {
    const micro = el.hasAttribute('itemprop');
    const names = ((micro ? el.getAttribute('itemprop') : el.getAttribute('property')) ?? '').split(/\s+/).filter(Boolean);
    if (!names.length) continue;
    // The owner is the nearest enclosing scope, not counting the element itself when it opens a scope.
    let owner = el.parentElement;
    while (owner && !byEl.has(owner)) owner = owner.parentElement;
    if (!owner) continue;
    const parent = byEl.get(owner)!;
    const own = byEl.get(el);
    const value: string | Item = own ?? itemValue(el);
    for (const n of names) addProp(parent, n, value);
  }
  return out;
}

const HCARD_PROPS: Record<string, string> = {
  fn: 'name',
  org: 'name',
  tel: 'telephone',
  email: 'email',
  url: 'url',
  'street-address': 'streetAddress',
  locality: 'addressLocality',
  'postal-code': 'postalCode',
  'country-name': 'addressCountry',
  title: 'jobTitle',
  role: 'jobTitle',
};

/**
 * Elements with either class, in page order. getElementsByClassName is served from the browser's
 * class index, where a `.a, .b` selector query walks the whole document.
 */
function byClass(doc: Document, a: string, b: string): Element[] {
  const first = Array.from(doc.getElementsByClassName(a));
  const second = Array.from(doc.getElementsByClassName(b)).filter((el) => !el.classList.contains(a));
  if (!second.length) return first;
  // compareDocumentPosition bit 4: y follows x.
  return [...first, ...second].sort((x, y) => (x.compareDocumentPosition(y) & 4 ? -1 : 1));
}

/** Microformats hCard / h-card: vcard blocks become Organization or Person items. */
export function readHCards(doc: Document): Item[] {
  const out: Item[] = [];
  for (const card of byClass(doc, 'vcard', 'h-card').slice(0, MAX_MICRODATA_ITEMS)) {
    const isOrg = card.querySelector('.fn.org, .p-name.p-org') != null || card.querySelector('.fn') == null;
    const item: Item = {
      types: [isOrg ? 'Organization' : 'Person'],
      props: new Map(),
      method: 'hcard',
      snippet: (card.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
    };
    const address: Item = { types: ['PostalAddress'], props: new Map(), method: 'hcard', snippet: item.snippet };
    for (const [cls, prop] of Object.entries(HCARD_PROPS)) {
      for (const el of Array.from(card.querySelectorAll(`.${cls}, .p-${cls}, .u-${cls}`))) {
        const v = itemValue(el);
        if (!v) continue;
        if (prop.startsWith('address') || prop === 'postalCode' || prop === 'streetAddress') addProp(address, prop, v);
        else if (!(cls === 'org' && item.props.has('name'))) addProp(item, prop, v);
      }
    }
    if (address.props.size) addProp(item, 'address', address);
    out.push(item);
  }
  return out;
}

export function readStructured(doc: Document): Item[] {
  return [...readJsonLd(doc), ...readMicrodata(doc), ...readHCards(doc)];
}

export function prop(item: Item, name: string): (string | Item)[] {
  return item.props.get(name) ?? [];
}

export function textProps(item: Item, name: string): string[] {
  return prop(item, name).filter((v): v is string => typeof v === 'string');
}

export function itemProps(item: Item, name: string): Item[] {
  return prop(item, name).filter((v): v is Item => typeof v !== 'string');
}

const ORG_TYPES = /Organization|Corporation|Business|LocalBusiness|Store|Restaurant|Hotel|Dentist|Physician|Attorney|LegalService|Notary|Clinic|NGO|Company|ProfessionalService|Brewery|Pharmacy|MedicalOrganization|EducationalOrganization|Place/i;

export function isOrganization(item: Item): boolean {
  return item.types.some((t) => ORG_TYPES.test(t));
}

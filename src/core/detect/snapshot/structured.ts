/**
 * Structured data in the markup: JSON-LD blocks as written (the engine parses them), microdata,
 * RDFa Lite and microformats hCard read into items. Nothing on the page is ever executed.
 */
import { addProp, localName, newItem, propCount } from './items';
import type { Item } from './types';

/** Longer JSON-LD blocks are skipped: no organisation needs more, hostile pages do. */
export const MAX_JSON_LD_CHARS = 500_000;

export function readJsonLdTexts(doc: Document): string[] {
  const out: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const text = script.textContent ?? '';
    if (text.trim() && text.length <= MAX_JSON_LD_CHARS) out.push(text);
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

function snippetOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
}

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
    const item = newItem(typeAttr.split(/\s+/).filter(Boolean).map(localName), rdfa ? 'rdfa' : 'microdata', snippetOf(el));
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
    const item = newItem([isOrg ? 'Organization' : 'Person'], 'hcard', snippetOf(card));
    const address = newItem(['PostalAddress'], 'hcard', item.snippet);
    for (const [cls, prop] of Object.entries(HCARD_PROPS)) {
      for (const el of Array.from(card.querySelectorAll(`.${cls}, .p-${cls}, .u-${cls}`))) {
        const v = itemValue(el);
        if (!v) continue;
        if (prop.startsWith('address') || prop === 'postalCode' || prop === 'streetAddress') addProp(address, prop, v);
        else if (!(cls === 'org' && Object.hasOwn(item.props, 'name'))) addProp(item, prop, v);
      }
    }
    if (propCount(address)) addProp(item, 'address', address);
    out.push(item);
  }
  return out;
}

/**
 * Structured data in the markup: JSON-LD blocks as written (the engine parses them), microdata,
 * RDFa Lite and microformats hCard read into items. Nothing on the page is ever executed.
 */
import { boundedText } from './bounded-text';
import { addProp, localName, newItem, propCount } from './items';
import { SNAPSHOT_LIMITS } from './limits';
import type { SnapshotItem } from './types';

export function readJsonLdTexts(doc: Document): string[] {
  const out: string[] = [];
  let total = 0;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const text = script.textContent ?? '';
    if (!text.trim() || text.length > SNAPSHOT_LIMITS.jsonLdChars) continue;
    if (out.length >= SNAPSHOT_LIMITS.jsonLdBlocks || total + text.length > SNAPSHOT_LIMITS.jsonLdTotalChars) break;
    total += text.length;
    out.push(text);
  }
  return out;
}

/** A property's text value: names, numbers and addresses are short; a property on a whole section is cut. */
const MAX_VALUE_CHARS = 2_000;

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
  return boundedText(el, MAX_VALUE_CHARS).replace(/\s+/g, ' ').trim();
}

/** A card's text, for the popup's "where did this come from": only its start is read. */
function snippetOf(el: Element): string {
  return boundedText(el, 8 * SNAPSHOT_LIMITS.snippetChars).replace(/\s+/g, ' ').trim().slice(0, SNAPSHOT_LIMITS.snippetChars);
}

/** Microdata (itemscope/itemprop) and RDFa Lite (typeof/property), walked top-down once. */
export function readMicrodata(doc: Document): SnapshotItem[] {
  const out: SnapshotItem[] = [];
  const roots = Array.from(doc.querySelectorAll('[itemscope], [typeof]')).slice(0, SNAPSHOT_LIMITS.items);
  // Properties only count inside an item; most pages have none, and the second scan costs as much as the first.
  if (!roots.length) return out;
  const byEl = new Map<Element, number>();
  for (const el of roots) {
    const rdfa = !el.hasAttribute('itemscope');
    const typeAttr = (rdfa ? el.getAttribute('typeof') : el.getAttribute('itemtype')) ?? '';
    const item = newItem<SnapshotItem>(typeAttr.split(/\s+/).filter(Boolean).map(localName), rdfa ? 'rdfa' : 'microdata', snippetOf(el));
    byEl.set(el, out.length);
    out.push(item);
  }
  for (const el of Array.from(doc.querySelectorAll('[itemprop], [property]')).slice(0, SNAPSHOT_LIMITS.itemProps)) {
    const micro = el.hasAttribute('itemprop');
    const names = ((micro ? el.getAttribute('itemprop') : el.getAttribute('property')) ?? '').split(/\s+/).filter(Boolean);
    if (!names.length) continue;
    // The owner is the nearest enclosing scope, not counting the element itself when it opens a scope.
    let owner = el.parentElement;
    while (owner && !byEl.has(owner)) owner = owner.parentElement;
    if (!owner) continue;
    const parent = out[byEl.get(owner)!]!;
    const own = byEl.get(el);
    const value = own === undefined ? itemValue(el) : { ref: own };
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
 * The first `max` elements with either class, in page order. getElementsByClassName is served from
 * the browser's class index; only when both classes occur is the document walked once for their
 * order (sorting thousands of cards by their document position froze the page).
 */
function byClass(doc: Document, a: string, b: string, max: number): Element[] {
  const first = doc.getElementsByClassName(a);
  const second = doc.getElementsByClassName(b);
  if (!second.length) return Array.from(first).slice(0, max);
  if (!first.length) return Array.from(second).slice(0, max);
  const out: Element[] = [];
  for (const el of Array.from(doc.querySelectorAll(`.${a}, .${b}`))) {
    if (out.length >= max) break;
    out.push(el);
  }
  return out;
}

/** Microformats hCard / h-card: vcard blocks become Organization or Person items. */
export function readHCards(doc: Document, first = 0): SnapshotItem[] {
  const out: SnapshotItem[] = [];
  for (const card of byClass(doc, 'vcard', 'h-card', SNAPSHOT_LIMITS.hCards)) {
    const isOrg = card.querySelector('.fn.org, .p-name.p-org') != null || card.querySelector('.fn') == null;
    const item = newItem<SnapshotItem>([isOrg ? 'Organization' : 'Person'], 'hcard', snippetOf(card));
    const address = newItem<SnapshotItem>(['PostalAddress'], 'hcard', item.snippet);
    let values = 0;
    for (const [cls, prop] of Object.entries(HCARD_PROPS)) {
      for (const el of Array.from(card.querySelectorAll(`.${cls}, .p-${cls}, .u-${cls}`))) {
        if (++values > SNAPSHOT_LIMITS.hCardValues) break;
        const v = itemValue(el);
        if (!v) continue;
        if (prop.startsWith('address') || prop === 'postalCode' || prop === 'streetAddress') addProp(address, prop, v);
        else if (!(cls === 'org' && Object.hasOwn(item.props, 'name'))) addProp(item, prop, v);
      }
    }
    out.push(item);
    if (propCount(address)) {
      address.nested = true;
      addProp(item, 'address', { ref: first + out.length });
      out.push(address);
    }
  }
  return out;
}

/**
 * Where a page keeps e-mail addresses a browser shows but the text does not spell out: elements
 * with Cloudflare's code or with data attributes a script assembles an address from, and inline
 * scripts that could write one. Read as they are; the engine decodes them (detectors/emails/hidden.ts).
 */
import type { Placer } from './place';
import type { SnapshotDataElement, SnapshotScript } from './types';

const SELECTOR = '[data-cfemail],a[href*="email-protection#"],[data-email],[data-mail],[data-user],[data-domain],[data-address],[data-name][data-host]';
export const DATA_ATTRIBUTES = ['data-cfemail', 'href', 'data-email', 'data-mail', 'data-address', 'data-user', 'data-name', 'data-domain', 'data-host'] as const;
const MAX_DATA_ELEMENTS = 500;
const MAX_SCRIPTS = 200;
/** What the engine reads of one script (emails/script-strings.ts reads no further either). */
export const MAX_SCRIPT_CHARS = 100_000;
/** Attribute values beyond this hold no address a reader would accept; an href keeps its end, where Cloudflare's code sits. */
const MAX_ATTRIBUTE_CHARS = 1_000;
const HREF_TAIL_CHARS = 500;

export function readDataElements(doc: Document, placer: Placer): SnapshotDataElement[] {
  const out: SnapshotDataElement[] = [];
  // One query for all attribute-borne addresses: each full-document query costs a DOM walk.
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll(SELECTOR))) {
    if (++n > MAX_DATA_ELEMENTS) break;
    const attrs: Record<string, string> = {};
    for (const name of DATA_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value == null) continue;
      if (value.length <= MAX_ATTRIBUTE_CHARS) attrs[name] = value;
      else if (name === 'href') attrs[name] = value.slice(-HREF_TAIL_CHARS);
    }
    out.push({ attrs, ...placer.place(el) });
  }
  return out;
}

/** Inline scripts that could write an address: an "@" (or its char code 64) or "mailto" somewhere. */
export function readScripts(doc: Document, path: (el: Element) => string): SnapshotScript[] {
  const out: SnapshotScript[] = [];
  let n = 0;
  for (const el of Array.from(doc.getElementsByTagName('script'))) {
    if (++n > MAX_SCRIPTS) break;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type && !/javascript|ecmascript|module/.test(type)) continue;
    if (el.hasAttribute('src')) continue;
    const all = el.textContent ?? '';
    const text = all.length > MAX_SCRIPT_CHARS ? all.slice(0, MAX_SCRIPT_CHARS) : all;
    if (!/@|mailto|fromCharCode|\\x40|\\u0040/i.test(text)) continue;
    out.push({ text, path: path(el) });
  }
  return out;
}

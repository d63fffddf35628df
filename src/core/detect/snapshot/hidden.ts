/**
 * Where a page keeps e-mail addresses a browser shows but the text does not spell out: elements
 * with Cloudflare's code or with data attributes a script assembles an address from, and inline
 * scripts that could write one. Read as they are; the engine decodes them (detectors/emails/hidden.ts).
 */
import { SNAPSHOT_LIMITS } from './limits';
import type { Placer } from './place';
import type { SnapshotDataElement, SnapshotScript } from './types';

const SELECTOR = '[data-cfemail],a[href*="email-protection#"],[data-email],[data-mail],[data-user],[data-domain],[data-address],[data-name][data-host]';
export const DATA_ATTRIBUTES = ['data-cfemail', 'href', 'data-email', 'data-mail', 'data-address', 'data-user', 'data-name', 'data-domain', 'data-host'] as const;
/** An href keeps its end beyond the attribute limit: Cloudflare's code sits there. */
const HREF_TAIL_CHARS = 500;

export function readDataElements(doc: Document, placer: Placer): SnapshotDataElement[] {
  const out: SnapshotDataElement[] = [];
  // One query for all attribute-borne addresses: each full-document query costs a DOM walk.
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll(SELECTOR))) {
    if (++n > SNAPSHOT_LIMITS.dataElements) break;
    const attrs: Record<string, string> = {};
    for (const name of DATA_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value == null) continue;
      if (value.length <= SNAPSHOT_LIMITS.attributeChars) attrs[name] = value;
      else if (name === 'href') attrs[name] = value.slice(-HREF_TAIL_CHARS);
    }
    out.push({ attrs, ...placer.place(el) });
  }
  return out;
}

/** Inline scripts that could write an address: an "@" (or its char code 64) or "mailto" somewhere. */
export function readScripts(doc: Document, path: (el: Element) => string | undefined): SnapshotScript[] {
  const out: SnapshotScript[] = [];
  let n = 0;
  let total = 0;
  for (const el of Array.from(doc.getElementsByTagName('script'))) {
    if (++n > SNAPSHOT_LIMITS.scripts) break;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type && !/javascript|ecmascript|module/.test(type)) continue;
    if (el.hasAttribute('src')) continue;
    const all = el.textContent ?? '';
    const text = all.length > SNAPSHOT_LIMITS.scriptChars ? all.slice(0, SNAPSHOT_LIMITS.scriptChars) : all;
    if (!/@|mailto|fromCharCode|\\x40|\\u0040/i.test(text)) continue;
    if (total + text.length > SNAPSHOT_LIMITS.scriptTotalChars) break;
    total += text.length;
    const p = path(el);
    out.push(p === undefined ? { text } : { text, path: p });
  }
  return out;
}

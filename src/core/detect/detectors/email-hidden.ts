/**
 * Addresses a browser shows but the HTML does not spell out: Cloudflare's e-mail protection,
 * addresses kept in data-* attributes (often reversed) for a script to assemble, and addresses an
 * inline script builds from string literals. Everything is read, nothing is run.
 */
import type { Method } from '../types';
import { emailsInText, normaliseEmail, plausibleTld, reversed } from './email-text';
import { assembledStrings } from './script-strings';

export interface HiddenEmail {
  email: string;
  el: Element;
  method: Method;
  snippet: string;
}

const CF_PATH = /\/cdn-cgi\/l\/email-protection#([0-9a-f]{4,400})$/i;
const MAX_SCRIPTS = 200;
const MAX_DATA_ELEMENTS = 500;

/** Cloudflare's scheme: the first byte is a key, every following byte is XORed with it. */
export function decodeCfEmail(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2}){2,200}$/i.test(hex)) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  let bytes = '';
  for (let i = 2; i < hex.length; i += 2) bytes += `%${(parseInt(hex.slice(i, i + 2), 16) ^ key).toString(16).padStart(2, '0')}`;
  try {
    return decodeURIComponent(bytes);
  } catch {
    return null;
  }
}

function cloudflare(el: Element, out: HiddenEmail[]) {
  const data = el.getAttribute('data-cfemail');
  if (data != null) {
    const decoded = decodeCfEmail(data);
    const email = decoded && normaliseEmail(decoded);
    if (email) out.push({ email, el, method: 'free-text', snippet: 'Cloudflare-protected e-mail' });
  }
  const m = CF_PATH.exec(el.getAttribute('href') ?? '');
  const decoded = m && decodeCfEmail(m[1]!);
  const email = decoded && normaliseEmail(decoded);
  if (email) out.push({ email, el, method: 'mailto-link', snippet: 'Cloudflare-protected e-mail link' });
}

const SELECTOR = '[data-cfemail],a[href*="email-protection#"],[data-email],[data-mail],[data-user],[data-domain],[data-address],[data-name][data-host]';

/** Reads "user"+"domain" pairs and whole addresses kept in data attributes, forwards or reversed. */
function dataAttributes(el: Element, out: HiddenEmail[]) {
  const whole = el.getAttribute('data-email') ?? el.getAttribute('data-mail') ?? el.getAttribute('data-address');
  const user = el.getAttribute('data-user') ?? el.getAttribute('data-name');
  const domain = el.getAttribute('data-domain') ?? el.getAttribute('data-host');
  const texts: string[] = [];
  if (whole) texts.push(whole);
  if (user && domain) {
    const forward = `${user}@${domain}`;
    // Scripts often keep both parts mirrored; the ending tells which way round they are meant.
    texts.push(plausibleTld(forward) ? forward : `${reversed(user)}@${reversed(domain)}`);
  }
  for (const t of texts) {
    if (t.length > 300) continue;
    for (const e of emailsInText(t.replace(/^mailto:/i, ''))) out.push({ email: e.email, el, method: 'free-text', snippet: `data attribute: ${t.slice(0, 80)}` });
  }
}

function scripts(doc: Document, out: HiddenEmail[]) {
  let n = 0;
  for (const el of Array.from(doc.getElementsByTagName('script'))) {
    if (++n > MAX_SCRIPTS) break;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type && !/javascript|ecmascript|module/.test(type)) continue;
    if (el.hasAttribute('src')) continue;
    const src = el.textContent ?? '';
    // Only scripts that could write an address: an "@" (or its char code 64) or "mailto" somewhere.
    if (!/@|mailto|fromCharCode|\\x40|\\u0040/i.test(src)) continue;
    for (const text of assembledStrings(src)) {
      if (!text.includes('@') || text.length > 4000) continue;
      for (const e of emailsInText(text.replace(/mailto:/gi, ' '))) {
        out.push({ email: e.email, el, method: 'inline-script', snippet: `script: ${text.slice(0, 120)}` });
      }
    }
  }
}

export function hiddenEmails(doc: Document): HiddenEmail[] {
  const out: HiddenEmail[] = [];
  // One query for all attribute-borne addresses: each full-document query costs a DOM walk.
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll(SELECTOR))) {
    if (++n > MAX_DATA_ELEMENTS) break;
    cloudflare(el, out);
    dataAttributes(el, out);
  }
  scripts(doc, out);
  return out;
}

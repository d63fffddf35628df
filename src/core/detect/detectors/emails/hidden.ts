/**
 * Addresses a browser shows but the HTML does not spell out: Cloudflare's e-mail protection,
 * addresses kept in data-* attributes (often reversed) for a script to assemble, and addresses an
 * inline script builds from string literals. Everything is read, nothing is run.
 */
import type { Placed, SnapshotDataElement, SnapshotScript } from '../../snapshot/types';
import type { Method } from '../../types';
import { emailsInText, normaliseEmail, plausibleTld, reversed } from './text';
import { assembledStrings } from './script-strings';

export interface HiddenEmail {
  email: string;
  /** Where it sits; scripts have no block. */
  el: Placed | { path?: string };
  method: Method;
  snippet: string;
}

const CF_PATH = /\/cdn-cgi\/l\/email-protection#([0-9a-f]{4,400})$/i;

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

function cloudflare(el: SnapshotDataElement, out: HiddenEmail[]) {
  const data = el.attrs['data-cfemail'];
  if (data != null) {
    const decoded = decodeCfEmail(data);
    const email = decoded && normaliseEmail(decoded);
    if (email) out.push({ email, el, method: 'free-text', snippet: 'Cloudflare-protected e-mail' });
  }
  const m = CF_PATH.exec(el.attrs['href'] ?? '');
  const decoded = m && decodeCfEmail(m[1]!);
  const email = decoded && normaliseEmail(decoded);
  if (email) out.push({ email, el, method: 'mailto-link', snippet: 'Cloudflare-protected e-mail link' });
}

/** Reads "user"+"domain" pairs and whole addresses kept in data attributes, forwards or reversed. */
function dataAttributes(el: SnapshotDataElement, out: HiddenEmail[]) {
  const a = el.attrs;
  const whole = a['data-email'] ?? a['data-mail'] ?? a['data-address'];
  const user = a['data-user'] ?? a['data-name'];
  const domain = a['data-domain'] ?? a['data-host'];
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

function scripts(list: readonly SnapshotScript[], out: HiddenEmail[]) {
  for (const el of list) {
    for (const text of assembledStrings(el.text)) {
      if (!text.includes('@') || text.length > 4000) continue;
      for (const e of emailsInText(text.replace(/mailto:/gi, ' '))) {
        out.push({ email: e.email, el, method: 'inline-script', snippet: `script: ${text.slice(0, 120)}` });
      }
    }
  }
}

export function hiddenEmails(dataElements: readonly SnapshotDataElement[], inlineScripts: readonly SnapshotScript[]): HiddenEmail[] {
  const out: HiddenEmail[] = [];
  for (const el of dataElements) {
    cloudflare(el, out);
    dataAttributes(el, out);
  }
  scripts(inlineScripts, out);
  return out;
}

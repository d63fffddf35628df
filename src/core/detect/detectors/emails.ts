/**
 * E-mail addresses from mailto: links, visible text (also when obfuscated), structured data,
 * Cloudflare protection, data attributes and inline scripts. The confidence says whose address it
 * is: the organisation's own (its domain, its contact block, its people's freemail) >= ACCEPT;
 * the web agency's, the chamber's, a sponsor's or a form's placeholder below.
 */
import type { Detector } from '../detector';
import { shorten } from '../detector';
import { sourceAt, type Page } from '../page';
import { isOrganization, textProps } from '../structured';
import type { Candidate, Method } from '../types';
import { hiddenEmails } from './emails/hidden';
import { emailsInText, isPlaceholderEmail, normaliseEmail } from './emails/text';
import { isOwnDomain, orgIdentity, type OrgIdentity } from '../context/org-identity';
import { foreignLine, inForeignBlock } from '../context/third-party';

export { normaliseEmail } from './emails/text';

/** How sure a reading is that it is an address at all, before asking whose it is. */
const BASE: Record<string, number> = {
  structured: 0.9,
  mailto: 0.85,
  cloudflare: 0.85,
  text: 0.8,
  obfuscated: 0.75,
  hidden: 0.7,
};

/** An address of the organisation's own domain (or a look-alike spelling of it) is surer, up to OWN_MAX. */
const OWN_DOMAIN_BONUS = 0.05;
const OWN_MAX = 0.95;
/** In somebody else's block: the agency's, the chamber's, a sponsor's address. */
const FOREIGN = 0.3;
/** A form's placeholder ("name@example.com"). */
const PLACEHOLDER = 0.1;
/** Text that glues a neighbour's words to a linked address ("Call us directlybookings@…"). */
const GLUED = 0.2;
const MIN_GLUED_LOCAL = 3;

function confidence(id: OrgIdentity, email: string, base: number, foreign: boolean): number {
  if (isPlaceholderEmail(email)) return PLACEHOLDER;
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (isOwnDomain(id, domain)) return Math.min(OWN_MAX, base + OWN_DOMAIN_BONUS);
  return foreign ? FOREIGN : base;
}

function mailtoAddresses(href: string): string[] {
  let raw = href.replace(/^mailto:/i, '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // keep the raw form
  }
  const q = raw.indexOf('?');
  if (q >= 0) raw = raw.slice(0, q);
  return raw.split(/[,;]/).map((p) => normaliseEmail(p)).filter((e): e is string => !!e);
}

function fromLinks(page: Page, id: OrgIdentity, out: Candidate<'email'>[]) {
  for (const link of page.links) {
    if (!/^mailto:/i.test(link.href)) continue;
    const foreign = inForeignBlock(page, link);
    for (const email of mailtoAddresses(link.href)) {
      out.push(candidate(email, confidence(id, email, BASE['mailto']!, foreign), 'mailto-link', link.text || link.href, link));
    }
  }
}

/**
 * "info@kita.example (Contoh)", "office@… (Beispiel)": an address a template marks as an example, in the
 * words for "example" of the pages' languages, stands in for one the site never filled in.
 */
const EXAMPLE_MARK = /^\s*[([]\s*(?:example|sample|dummy|placeholder|beispiel|muster|exemple|ejemplo|esempio|exemplo|voorbeeld|przykład|příklad|contoh|пример|приклад|örnek|παράδειγμα)\s*[)\]]/iu;
const MARK_REACH = 20;

function markedAsExample(text: string, email: string): boolean {
  const at = text.toLowerCase().indexOf(email);
  return at >= 0 && EXAMPLE_MARK.test(text.slice(at + email.length, at + email.length + MARK_REACH));
}

function fromLines(page: Page, id: OrgIdentity, out: Candidate<'email'>[]) {
  page.lines.forEach((line, i) => {
    const found = emailsInText(line.text);
    if (!found.length) return;
    const foreign = foreignLine(page, i);
    for (const f of found) {
      const base = f.obfuscated ? BASE['obfuscated']! : BASE['text']!;
      const c = markedAsExample(line.text, f.email) ? PLACEHOLDER : confidence(id, f.email, base, foreign);
      out.push(candidate(f.email, c, 'free-text', line.text, line.block));
    }
  });
}

function fromStructured(page: Page, id: OrgIdentity, out: Candidate<'email'>[]) {
  for (const item of page.structured) {
    const isOrg = isOrganization(item);
    if (!isOrg && !item.types.includes('Person') && !item.types.includes('ContactPoint')) continue;
    for (const raw of textProps(item, 'email')) {
      const email = normaliseEmail(raw);
      if (!email) continue;
      const method: Method = item.method;
      out.push(candidate(email, confidence(id, email, isOrg ? BASE['structured']! : BASE['text']!, false), method, item.snippet, undefined));
    }
  }
}

function fromHidden(page: Page, id: OrgIdentity, out: Candidate<'email'>[]) {
  for (const h of hiddenEmails(page.dataElements, page.scripts)) {
    const base = h.snippet.startsWith('Cloudflare') ? BASE['cloudflare']! : BASE['hidden']!;
    const foreign = h.method !== 'inline-script' && 'block' in h.el && inForeignBlock(page, h.el);
    out.push(candidate(h.email, confidence(id, h.email, base, foreign), h.method, h.snippet, h.el));
  }
}

/**
 * Link texts written without a space between them ("Call us directly" + "bookings@firma.co.uk") read as
 * one longer address in the text; the linked address inside it is the real one, the longer reading is not.
 */
function dropGlued(out: Candidate<'email'>[]): Candidate<'email'>[] {
  const linked = [...new Set(out.filter((c) => c.source.method !== 'free-text').map((c) => c.value))].filter((e) => e.indexOf('@') >= MIN_GLUED_LOCAL);
  if (!linked.length) return out;
  return out.map((c) => (c.source.method === 'free-text' && !linked.includes(c.value) && linked.some((e) => c.value.includes(e)) ? { ...c, confidence: Math.min(c.confidence, GLUED) } : c));
}

function candidate(email: string, conf: number, method: Method, snippet: string, el: { path?: string } | undefined): Candidate<'email'> {
  return {
    field: 'email',
    value: email,
    confidence: conf,
    source: sourceAt({ method, snippet: shorten(snippet) }, el),
  };
}

export const emailsDetector: Detector = {
  id: 'emails',
  detect(page) {
    const id = orgIdentity(page);
    const out: Candidate<'email'>[] = [];
    fromLinks(page, id, out);
    fromLines(page, id, out);
    fromStructured(page, id, out);
    // Scans the whole document for data attributes and scripts: skipped on a huge page past its deadline.
    if (!page.late) fromHidden(page, id, out);
    return dropGlued(out);
  },
};

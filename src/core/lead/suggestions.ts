/**
 * What a page's detection offers for each lead field: every value found, best first, with where it
 * came from. The popup lists them; the best of each is what "fill all" and a new lead take.
 */
import type { Candidate, DetectionRecord, Field, Source } from '../detect/types';
import { splitLegalForm } from '../names/legal-forms';
import { formatPhone, normalisePersonName } from './normalise';
import type { LeadField } from './types';

export interface Suggestion {
  value: string;
  confidence: number;
  source: Source;
}

export type Suggestions = Partial<Record<LeadField, Suggestion[]>>;

// Mailboxes that reach the company in general, best first; then ones that reach it but not sales.
const GENERAL = ['info', 'kontakt', 'contact', 'office', 'mail', 'hello', 'hallo', 'service', 'sales', 'vertrieb', 'post', 'zentrale', 'empfang', 'anfrage', 'team'];
const UNSUITED = /^(?:no-?reply|do-?not-?reply|datenschutz|privacy|dsb|gdpr|dpo|abuse|webmaster|postmaster|hostmaster|jobs?|karriere|career|bewerbung|presse|press|impressum)\b/;

/** Umlauts as German addresses spell them (ä = ae) folded to the plain vowel. */
const loose = (s: string): string => s.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');

/** Rank of an address as the company's general e-mail, lower is better; 200+ is a person's or unsuited. */
export function emailRank(email: string, personNames: readonly string[]): number {
  const local = email.slice(0, email.indexOf('@')).toLowerCase();
  const general = GENERAL.findIndex((g) => local === g || local.startsWith(`${g}.`) || local.startsWith(`${g}-`));
  if (general >= 0) return general;
  if (UNSUITED.test(local)) return 300;
  // A person's own address ("anna.mueller@") is the person's, not the company's; compared loosely so
  // "anna.schaefer@" is Anna Schäfer's, and a surname in the local part is enough.
  const localName = loose(normalisePersonName(local.replace(/[._-]+/g, ' '))).replace(/ /g, '');
  const surname = (n: string): string => loose(n.slice(n.lastIndexOf(' ') + 1));
  if (personNames.some((n) => surname(n).length >= 3 && localName.includes(surname(n)))) return 200;
  return 100;
}

export function suggestionsFrom(record: DetectionRecord): Suggestions {
  const out: Suggestions = {};
  const add = (field: LeadField, value: string | null | undefined, c: Candidate<Field>) => {
    const text = value?.trim();
    if (!text) return;
    const list = (out[field] ??= []);
    if (!list.some((s) => s.value === text)) list.push({ value: text, confidence: c.confidence, source: c.source });
  };

  if (record.company) {
    // The name as written, legal form included (what a CRM's company field holds); the form also on its own.
    add('companyName', record.company.value.name, record.company);
    add('legalForm', record.company.value.legalForm ?? splitLegalForm(record.company.value.name).legalForm, record.company);
  }
  for (const p of record.phones) add(p.value.kind === 'mobile' ? 'mobile' : 'phone', formatPhone(p.value.e164), p);
  // A small firm's main line is often a mobile: offer mobiles for the main phone after the landlines.
  for (const p of record.phones) if (p.value.kind === 'mobile') add('phone', formatPhone(p.value.e164), p);
  for (const f of record.faxes) add('fax', formatPhone(f.value.e164), f);

  const names = record.people.map((p) => normalisePersonName(p.value.name));
  const ranked = record.emails.map((c, order) => ({ c, order, rank: emailRank(c.value, names) })).sort((a, b) => a.rank - b.rank || a.order - b.order);
  for (const e of ranked) add(e.rank < 200 ? 'email' : 'personEmail', e.c.value.toLowerCase(), e.c);

  if (record.website) add('website', record.website.value, record.website);
  if (record.address) {
    const a = record.address;
    add('street', a.value.street, a);
    add('postalCode', a.value.postalCode, a);
    add('city', a.value.city, a);
    add('country', a.value.country, a);
  }
  if (record.vatId) add('vatId', record.vatId.value, record.vatId);
  if (record.register) add('register', [record.register.value.court, record.register.value.number].filter(Boolean).join(' '), record.register);
  return out;
}

/**
 * From what the detection engine read off a page to suggested lead values, each with the page, the
 * method and the snippet it came from, so the rep can see why a value is there.
 */
import type { Candidate, DetectionRecord, Field } from '../detect/types';
import { fillField, type FillOutcome } from './fill';
import { splitLegalForm } from './legal-form';
import { formatPhone, normalisePersonName, normaliseWebsite } from './normalise';
import type { FieldValue, Lead, LeadField, PersonAtCompany, Provenance } from './types';

export interface DetectedLeadData {
  fields: Partial<Record<LeadField, FieldValue>>;
  socials: FieldValue[];
  people: PersonAtCompany[];
}

function provenance(c: Candidate<Field>, url: string, at: number): Provenance {
  return { kind: 'detected', at, url, method: c.source.method, snippet: c.source.snippet };
}

// Mailboxes that reach the company in general, best first; then ones that reach it but not sales.
const GENERAL = ['info', 'kontakt', 'contact', 'office', 'mail', 'hello', 'hallo', 'service', 'sales', 'vertrieb', 'post', 'zentrale', 'empfang', 'anfrage', 'team'];
const UNSUITED = /^(?:no-?reply|do-?not-?reply|datenschutz|privacy|dsb|gdpr|dpo|abuse|webmaster|postmaster|hostmaster|jobs?|karriere|career|bewerbung|presse|press|impressum)\b/;

/** Umlauts as German addresses spell them (ä = ae) folded to the plain vowel. */
const loose = (s: string): string => s.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');

/** Rank of an address as the company's general e-mail; lower is better. */
function emailRank(email: string, personNames: string[]): number {
  const local = email.slice(0, email.indexOf('@')).toLowerCase();
  const general = GENERAL.findIndex((g) => local === g || local.startsWith(`${g}.`) || local.startsWith(`${g}-`));
  if (general >= 0) return general;
  if (UNSUITED.test(local)) return 300;
  // A person's own address ("anna.mueller@") is the person's, not the company's.
  // Compared loosely: "anna.schaefer@" is Anna Schäfer's, and so is "a.schafer@"; a surname in the local part is enough.
  const localName = loose(normalisePersonName(local.replace(/[._-]+/g, ' '))).replace(/ /g, '');
  const surname = (n: string): string => loose(n.slice(n.lastIndexOf(' ') + 1));
  if (personNames.some((n) => surname(n).length >= 3 && localName.includes(surname(n)))) return 200;
  return 100;
}

/** Suggested lead values from one page's detection record. */
export function detectionToLead(record: DetectionRecord, url: string, at: number): DetectedLeadData {
  const fields: Partial<Record<LeadField, FieldValue>> = {};
  const put = (field: LeadField, value: string | null | undefined, c: Candidate<Field>): void => {
    const text = value?.trim();
    if (text) fields[field] = { value: text, source: provenance(c, url, at) };
  };
  if (record.company) {
    const { name, legalForm: fromName } = splitLegalForm(record.company.value.name);
    put('companyName', name, record.company);
    put('legalForm', record.company.value.legalForm ?? fromName, record.company);
  }
  const voice = record.phones.find((c) => c.value.kind === 'voice');
  if (voice) put('phone', formatPhone(voice.value.e164), voice);
  const mobile = record.phones.find((c) => c.value.kind === 'mobile');
  if (mobile) put('mobile', formatPhone(mobile.value.e164), mobile);
  const fax = record.faxes[0];
  if (fax) put('fax', formatPhone(fax.value.e164), fax);
  const names = record.people.map((p) => normalisePersonName(p.value.name));
  const email = [...record.emails]
    .map((c, order) => ({ c, order, rank: emailRank(c.value, names) }))
    .filter((e) => e.rank < 200)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)[0];
  if (email) put('email', email.c.value.toLowerCase(), email.c);
  if (record.website) put('website', record.website.value, record.website);
  if (record.address) {
    const a = record.address.value;
    put('street', a.street, record.address);
    put('postalCode', a.postalCode, record.address);
    put('city', a.city, record.address);
    put('country', a.country, record.address);
  }
  if (record.vatId) put('vatId', record.vatId.value, record.vatId);
  if (record.register) put('register', [record.register.value.court, record.register.value.number].filter(Boolean).join(' '), record.register);
  const socials = record.socials.map((c) => ({ value: c.value.url, source: provenance(c, url, at) }));
  const people = record.people.map((c) => ({ name: c.value.name.trim(), role: c.value.role.trim(), source: provenance(c, url, at) }));
  return { fields, socials, people };
}

export interface ApplyResult {
  lead: Lead;
  outcomes: Partial<Record<LeadField, FillOutcome>>;
}

/** Social profiles and people are lists: new ones are added, known ones (same URL / name) kept as they are. */
export function addSocials(lead: Lead, socials: readonly FieldValue[]): Lead {
  const seen = new Set(lead.socials.map((s) => normaliseWebsite(s.value)));
  const added = socials.filter((s) => !seen.has(normaliseWebsite(s.value)) && seen.add(normaliseWebsite(s.value)));
  return added.length ? { ...lead, socials: [...lead.socials, ...added] } : lead;
}

export function addPeople(lead: Lead, people: readonly PersonAtCompany[]): Lead {
  const seen = new Set(lead.people.map((p) => normalisePersonName(p.name)));
  const added = people.filter((p) => !seen.has(normalisePersonName(p.name)) && seen.add(normalisePersonName(p.name)));
  return added.length ? { ...lead, people: [...lead.people, ...added] } : lead;
}

/** Applies a page's detection to a lead: fills gaps, records conflicts, adds new socials and people. */
export function applyDetection(lead: Lead, data: DetectedLeadData): ApplyResult {
  const outcomes: Partial<Record<LeadField, FillOutcome>> = {};
  let next = lead;
  // Country first: it decides how the phone numbers that follow are read.
  const order = Object.keys(data.fields).sort((a, b) => Number(b === 'country') - Number(a === 'country')) as LeadField[];
  for (const field of order) {
    const fv = data.fields[field];
    if (!fv) continue;
    const r = fillField(next, field, fv.value, fv.source);
    next = r.lead;
    outcomes[field] = r.outcome;
  }
  const before = next;
  next = addPeople(addSocials(next, data.socials), data.people);
  if (next !== before) next = { ...next, updatedAt: Math.max(next.updatedAt, ...data.socials.map((s) => s.source.at), ...data.people.map((p) => p.source.at)) };
  return { lead: next, outcomes };
}

/** What a detection offers for each lead field: the values found, best first, with where they came from. */
import type { Candidate, DetectionRecord, Source } from '../detect/types';
import type { LeadField } from './types';

export interface Suggestion {
  value: string;
  confidence: number;
  source: Source;
}

export type Suggestions = Partial<Record<LeadField, Suggestion[]>>;

function add(out: Suggestions, field: LeadField, value: string | null | undefined, c: Candidate) {
  const v = value?.trim();
  if (!v) return;
  const list = (out[field] ??= []);
  if (!list.some((s) => s.value === v)) list.push({ value: v, confidence: c.confidence, source: c.source });
}

export function suggestionsFrom(record: DetectionRecord): Suggestions {
  const out: Suggestions = {};
  if (record.company) {
    add(out, 'companyName', record.company.value.name, record.company);
    add(out, 'legalForm', record.company.value.legalForm, record.company);
  }
  for (const p of record.phones) add(out, p.value.kind === 'mobile' ? 'mobile' : 'phone', p.value.e164, p);
  // A company's main line may be a mobile number (freelancers, small shops): offer it for phone too.
  for (const p of record.phones) if (p.value.kind === 'mobile') add(out, 'phone', p.value.e164, p);
  for (const f of record.faxes) add(out, 'fax', f.value.e164, f);
  for (const e of record.emails) add(out, 'email', e.value, e);
  if (record.website) add(out, 'website', record.website.value, record.website);
  if (record.address) {
    const a = record.address;
    add(out, 'street', a.value.street, a);
    add(out, 'postalCode', a.value.postalCode, a);
    add(out, 'city', a.value.city, a);
    add(out, 'country', a.value.country, a);
  }
  if (record.vatId) add(out, 'vatId', record.vatId.value, record.vatId);
  if (record.register) {
    const r = record.register;
    add(out, 'register', [r.value.court, r.value.number].filter(Boolean).join(' '), r);
  }
  return out;
}

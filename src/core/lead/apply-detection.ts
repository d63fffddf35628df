/**
 * From what the detection engine read off a page to suggested lead values, each with the page, the
 * method and the snippet it came from, so the rep can see why a value is there.
 */
import { isWebAddress } from './web-address';
import type { DetectionRecord, Source } from '../detect/types';
import { fillField, type FillOutcome } from './fill';
import { hasValue } from './has-value';
import { normalisePersonName, normaliseWebsite } from './normalise';
import { suggestionsFrom, type Suggestion } from './suggestions';
import { OFFERED_ONLY, type FieldValue, type Lead, type LeadField, type PersonAtCompany, type Provenance } from './types';

export interface DetectedLeadData {
  fields: Partial<Record<LeadField, FieldValue>>;
  socials: FieldValue[];
  people: PersonAtCompany[];
}


/** The best suggestion of each field, plus the page's social profiles and people. */
export function detectionToLead(record: DetectionRecord, url: string, at: number): DetectedLeadData {
  const fields: Partial<Record<LeadField, FieldValue>> = {};
  // A value research read on another page of the site names that page.
  const detected = (source: Source): Provenance => ({ kind: 'detected', at, url: source.url ?? url, method: source.method, snippet: source.snippet });
  for (const [field, options] of Object.entries(suggestionsFrom(record)) as [LeadField, Suggestion[]][]) {
    const best = options[0];
    if (best && !OFFERED_ONLY.includes(field)) fields[field] = { value: best.value, source: detected(best.source) };
  }
  const socials = record.socials.map((c) => ({ value: c.value.url, source: detected(c.source) }));
  const people = record.people.map((c) => ({ name: c.value.name.trim(), role: c.value.role.trim(), source: detected(c.source) }));
  return { fields, socials, people };
}

export interface ApplyResult {
  lead: Lead;
  outcomes: Partial<Record<LeadField, FillOutcome>>;
}

/** Social profiles and people are lists: new ones are added, known ones (same URL / name) kept as they are. */
export function addSocials(lead: Lead, socials: readonly FieldValue[]): Lead {
  const seen = new Set(lead.socials.map((s) => normaliseWebsite(s.value)));
  // A profile is a link the rep and exports follow: only an http(s) address is one.
  const added = socials.filter((s) => /^https?:\/\//i.test(s.value.trim()) && isWebAddress(s.value) && !seen.has(normaliseWebsite(s.value)) && seen.add(normaliseWebsite(s.value)));
  return added.length ? { ...lead, socials: [...lead.socials, ...added] } : lead;
}

export function addPeople(lead: Lead, people: readonly PersonAtCompany[]): Lead {
  const seen = new Set(lead.people.map((p) => normalisePersonName(p.name)));
  const added = people.filter((p) => !seen.has(normalisePersonName(p.name)) && seen.add(normalisePersonName(p.name)));
  return added.length ? { ...lead, people: [...lead.people, ...added] } : lead;
}

export interface ApplyOptions {
  /**
   * Fill only the fields the lead lacks (the rep's "fill all missing"): a page's differing value for
   * a filled field stays a suggestion in the lead view instead of becoming a conflict to resolve.
   */
  onlyMissing?: boolean;
}

/**
 * Applies a page's detection to a lead: fills gaps, records conflicts (unless `onlyMissing`), adds
 * new socials and people.
 */
export function applyDetection(lead: Lead, data: DetectedLeadData, options: ApplyOptions = {}): ApplyResult {
  const outcomes: Partial<Record<LeadField, FillOutcome>> = {};
  let next = lead;
  // Country first: it decides how the phone numbers that follow are read.
  const order = Object.keys(data.fields).sort((a, b) => Number(b === 'country') - Number(a === 'country')) as LeadField[];
  for (const field of order) {
    const fv = data.fields[field];
    if (!fv) continue;
    if (options.onlyMissing && hasValue(next, field)) {
      outcomes[field] = 'unchanged';
      continue;
    }
    const r = fillField(next, field, fv.value, fv.source);
    next = r.lead;
    outcomes[field] = r.outcome;
  }
  const before = next;
  next = addPeople(addSocials(next, data.socials), data.people);
  if (next !== before) next = { ...next, updatedAt: Math.max(next.updatedAt, ...data.socials.map((s) => s.source.at), ...data.people.map((p) => p.source.at)) };
  return { lead: next, outcomes };
}

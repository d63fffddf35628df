/** The people a page names, and which of them the lead already has. Pure. */
import type { Candidate } from '../core/detect/types';
import { isDecisionMakerRole } from '../core/lead/decision-maker';
import type { Lead } from '../core/lead/types';

export interface PersonRow {
  name: string;
  role: string;
  snippet: string;
  method: string;
  /** The page the person was read on, when research read it on another page of the site. */
  url?: string;
  decisionMaker: boolean;
  /** Already among the lead's people. */
  added: boolean;
  /** The lead's contact person (its first / last name fields). */
  contact: boolean;
}

// Display only: "Dr. Anna Müller" and "anna  müller" are the same row; the background decides for real.
const loose = (s: string) => s.toLocaleLowerCase().replace(/\s+/g, ' ').trim();

function isContact(lead: Lead | null, name: string): boolean {
  const last = lead?.fields.lastName?.value;
  if (!last?.trim()) return false;
  const first = lead?.fields.firstName?.value ?? '';
  const full = loose(name);
  const endsWithLast = full === loose(last) || full.endsWith(` ${loose(last)}`);
  return endsWithLast && (!first.trim() || full.split(' ').includes(loose(first).split(' ')[0] ?? ''));
}

export function peopleRows(people: readonly Candidate<'person'>[], lead: Lead | null): PersonRow[] {
  const known = new Set((lead?.people ?? []).map((p) => loose(p.name)));
  const seen = new Set<string>();
  const rows: PersonRow[] = [];
  for (const p of people) {
    const key = loose(p.value.name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    rows.push({
      name: p.value.name.trim(),
      role: p.value.role.trim(),
      snippet: p.source.snippet,
      method: p.source.method,
      ...(p.source.url ? { url: p.source.url } : {}),
      decisionMaker: isDecisionMakerRole(p.value.role),
      added: known.has(key),
      contact: isContact(lead, p.value.name),
    });
  }
  return rows;
}

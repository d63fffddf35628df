/**
 * Data retention: a lead nobody worked on for a year is flagged stale, and deleted after a grace period
 * unless someone works on it again. Plus the full export a data-subject request (GDPR Art. 15) needs.
 */
import { normaliseEmail, normalisePersonName, toE164 } from './normalise';
import { leadCountry } from './keys';
import { lookupKey } from './lookup-keys';
import type { Lead } from './types';

export interface RetentionPolicy {
  staleAfterMonths: number;
  graceDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { staleAfterMonths: 12, graceDays: 30 };

const DAY = 86_400_000;

function addMonths(at: number, months: number): number {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime();
}

export type RetentionStatus = 'active' | 'stale' | 'delete';

/** Activity is updatedAt; flagging must not touch updatedAt, or flagging would count as activity. */
export function retentionStatus(lead: Lead, now: number, policy: RetentionPolicy = DEFAULT_RETENTION): RetentionStatus {
  if (addMonths(lead.updatedAt, policy.staleAfterMonths) > now) return 'active';
  if (lead.staleFlaggedAt === undefined || lead.staleFlaggedAt < lead.updatedAt) return 'stale';
  return lead.staleFlaggedAt + policy.graceDays * DAY <= now ? 'delete' : 'stale';
}

export interface RetentionReview {
  /** Newly stale leads, with staleFlaggedAt set: save these (without changing updatedAt). */
  flag: Lead[];
  /** Leads worked on since they were flagged: save with the flag removed. */
  unflag: Lead[];
  /** Ids of leads flagged for longer than the grace period: delete. */
  delete: string[];
}

export function reviewRetention(leads: readonly Lead[], now: number, policy: RetentionPolicy = DEFAULT_RETENTION): RetentionReview {
  const review: RetentionReview = { flag: [], unflag: [], delete: [] };
  for (const lead of leads) {
    const status = retentionStatus(lead, now, policy);
    const flagged = lead.staleFlaggedAt !== undefined && lead.staleFlaggedAt >= lead.updatedAt;
    if (status === 'delete') review.delete.push(lead.id);
    else if (status === 'stale' && !flagged) review.flag.push({ ...lead, staleFlaggedAt: now });
    else if (status === 'active' && lead.staleFlaggedAt !== undefined) {
      const { staleFlaggedAt: _gone, ...rest } = lead;
      review.unflag.push(rest);
    }
  }
  return review;
}

export interface SubjectQuery {
  email?: string;
  phone?: string;
  /** First and last name as the person gave them. */
  name?: string;
}

/** Leads that hold data about one person: by e-mail, phone or name, as lead contact or as a person found at the company. */
export function leadsAboutSubject(leads: readonly Lead[], query: SubjectQuery): Lead[] {
  const email = query.email ? lookupKey('email', normaliseEmail(query.email)) : null;
  const name = query.name ? normalisePersonName(query.name) : '';
  return leads.filter((lead) => {
    const keys = new Set(lead.keys);
    if (email && keys.has(email)) return true;
    const phone = query.phone ? toE164(query.phone, leadCountry(lead)) : null;
    if (phone && keys.has(lookupKey('phone', phone))) return true;
    if (!name) return false;
    const contact = normalisePersonName(`${lead.fields.firstName?.value ?? ''} ${lead.fields.lastName?.value ?? ''}`);
    return contact === name || lead.people.some((p) => normalisePersonName(p.name) === name);
  });
}

/**
 * The data export (everything stored, as JSON) in pieces, for a file written page by page
 * (export-file.ts): `head`, the `leads` of each page joined by `between`, then `tail`.
 */
export function dataExporter(now: number, extra: Record<string, unknown> = {}): { head: string; leads(leads: readonly Lead[]): string; between: string; tail: string } {
  const outer = JSON.stringify({ format: 'leadfill-export', version: 1, exportedAt: new Date(now).toISOString(), ...extra, leads: [] }, null, 2);
  // The outer object ends with `"leads": []` and its closing brace; the leads go between the brackets.
  const open = outer.lastIndexOf('[]');
  const indent = (json: string) => `    ${json.replaceAll('\n', '\n    ')}`;
  return {
    head: `${outer.slice(0, open)}[\n`,
    leads: (leads) => leads.map((lead) => indent(JSON.stringify(lead, null, 2))).join(',\n'),
    between: ',\n',
    tail: `\n  ]${outer.slice(open + 2)}`,
  };
}

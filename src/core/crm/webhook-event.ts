/**
 * The webhook connector's field mapping: a lead version as the JSON event a receiver gets, and the
 * rules for the receiver's URL. Standard Webhooks payload shape (`type`, `timestamp`, `data`); the data
 * names fields the way a CRM import would (person, company, address), with where each value came from.
 */
import { appError, type Result } from '../errors';
import { COMPANY_FIELDS, PERSON_FIELDS, type Lead, type LeadField } from '../lead/types';
import type { PushItem } from './connector';

export interface WebhookEvent {
  type: PushItem['event'];
  /** When this version was made (the lead's updatedAt), ISO 8601: the same on every retry. */
  timestamp: string;
  data: {
    /** Leadfill's lead id: a receiver upserts by it, so `lead.updated` changes the record `lead.completed` made. */
    id: string;
    version: number;
    company: Partial<Record<string, string>>;
    person: Partial<Record<string, string>>;
    socials: string[];
    people: { name: string; role: string }[];
    stage: string | null;
    score: number | null;
    /** The page each value was read from, when it was detected on one. */
    sources: Partial<Record<LeadField, string>>;
    admin: Partial<Record<string, string>>;
  };
}

const ADMIN = ['source', 'campaign', 'owner', 'notes'] as const satisfies readonly LeadField[];

function pick<F extends LeadField>(lead: Lead, fields: readonly F[]): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const f of fields) {
    const value = lead.fields[f]?.value;
    if (value) out[f] = value;
  }
  return out;
}

export function webhookEvent(item: PushItem): WebhookEvent {
  const { lead } = item;
  const sources: Partial<Record<LeadField, string>> = {};
  for (const [field, value] of Object.entries(lead.fields) as [LeadField, Lead['fields'][LeadField]][]) {
    if (value?.source.kind === 'detected') sources[field] = value.source.url;
  }
  return {
    type: item.event,
    timestamp: new Date(lead.updatedAt).toISOString(),
    data: {
      id: lead.id,
      version: lead.updatedAt,
      company: pick(lead, COMPANY_FIELDS),
      person: pick(lead, PERSON_FIELDS),
      socials: lead.socials.map((s) => s.value),
      people: lead.people.map(({ name, role }) => ({ name, role })),
      stage: lead.summary?.stage ?? null,
      score: lead.summary?.score ?? null,
      sources,
      admin: pick(lead, ADMIN),
    },
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A receiver URL the connector may post to: https, or http only on this machine (tests, a local
 * receiver); no credentials in the URL (they would end up in logs and exports).
 */
export function checkWebhookUrl(text: string): Result<string> {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, error: appError('crm-url-invalid') };
  }
  if (url.username || url.password) return { ok: false, error: appError('crm-url-invalid') };
  if (url.protocol === 'https:') return { ok: true, value: url.href };
  if (url.protocol === 'http:') {
    return LOOPBACK.has(url.hostname) ? { ok: true, value: url.href } : { ok: false, error: appError('crm-url-insecure') };
  }
  return { ok: false, error: appError('crm-url-invalid') };
}

/** A Standard Webhooks secret: "whsec_" and base64 of 24 to 64 bytes. */
const SECRET = /^whsec_[A-Za-z\d+/]{32,88}={0,2}$/;

export function checkSigningSecret(text: string): Result<string> {
  const secret = text.trim();
  return SECRET.test(secret) ? { ok: true, value: secret } : { ok: false, error: appError('crm-secret-invalid') };
}

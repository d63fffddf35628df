/** Readable pieces of a duplicate group's shared keys ("company:acme.de" → web domain acme.de). */
import type { Lead } from '../core/lead/types';

export const SHARED_KINDS = ['company', 'email', 'phone', 'vat', 'register'] as const;
export type SharedKind = (typeof SHARED_KINDS)[number] | 'other';

export function sharedKey(key: string): { kind: SharedKind; value: string } {
  const at = key.indexOf(':');
  const kind = key.slice(0, Math.max(0, at));
  const value = key.slice(at + 1);
  return { kind: (SHARED_KINDS as readonly string[]).includes(kind) ? (kind as SharedKind) : 'other', value };
}

/** What a rep recognises a lead by in a list: company, else the person, else the e-mail, else the id. */
export function leadName(lead: Lead | undefined, id: string): string {
  const f = lead?.fields;
  return f?.companyName?.value || [f?.firstName?.value, f?.lastName?.value].filter(Boolean).join(' ') || f?.email?.value || f?.personEmail?.value || id;
}

/** Which saved lead belongs to the page the rep is on: by domain first, then hard ids, then the name. */
import type { DetectionRecord } from '../detect/types';
import { computeKeys, emailKeys } from './keys';
import { lookupKey, parseLookupKey } from './lookup-keys';
import { normaliseCompanyName, normaliseRegister, normaliseVat, websiteDomain } from './normalise';
import type { Lead } from './types';

export type MatchReason = 'website-domain' | 'email-domain' | 'vat' | 'register' | 'email' | 'phone' | 'company-name';

export interface LeadMatch {
  lead: Lead;
  /** The strongest reason. */
  reason: MatchReason;
  reasons: MatchReason[];
  /** Higher is surer; only for ordering. */
  score: number;
}

// How strongly each shared key ties the page to a lead. The page's own domain is the strongest
// evidence; a company name alone is weak (many "Müller"s), so it only orders candidates.
const WEIGHT: Record<MatchReason, number> = {
  'website-domain': 100, vat: 95, register: 90, email: 85, 'email-domain': 75, phone: 70, 'company-name': 40,
};

type PageKeys = Map<string, MatchReason>;

function add(keys: PageKeys, key: string, reason: MatchReason): void {
  const known = keys.get(key);
  if (!known || WEIGHT[known] < WEIGHT[reason]) keys.set(key, reason);
}

function pageKeys(pageUrl: string, detection?: DetectionRecord): PageKeys {
  const keys: PageKeys = new Map();
  for (const url of [pageUrl, detection?.website?.value]) {
    const domain = url ? websiteDomain(url) : null;
    if (!domain) continue;
    add(keys, lookupKey('domain', domain), 'website-domain');
    add(keys, lookupKey('emaildomain', domain), 'email-domain');
  }
  if (!detection) return keys;
  for (const c of detection.emails) {
    for (const k of emailKeys(c.value)) add(keys, k, parseLookupKey(k)?.kind === 'email' ? 'email' : 'email-domain');
  }
  for (const c of [...detection.phones, ...detection.faxes]) add(keys, lookupKey('phone', c.value.e164), 'phone');
  if (detection.vatId) add(keys, lookupKey('vat', normaliseVat(detection.vatId.value)), 'vat');
  const register = detection.register ? normaliseRegister(`${detection.register.value.court ?? ''} ${detection.register.value.number}`) : null;
  if (register) add(keys, lookupKey('register', register), 'register');
  const name = detection.company ? normaliseCompanyName(detection.company.value.name) : '';
  if (name) add(keys, lookupKey('name', name), 'company-name');
  return keys;
}

/** The lookup keys a page offers (its domain, and the e-mails, phones, VAT, register, name it shows). */
export function pageLookupKeys(pageUrl: string, detection?: DetectionRecord): string[] {
  return [...pageKeys(pageUrl, detection).keys()];
}

/** Leads that match the page, best first, each with the reasons; empty when none does. */
export function matchLead(leads: readonly Lead[], pageUrl: string, detection?: DetectionRecord): LeadMatch[] {
  const keys = pageKeys(pageUrl, detection);
  const matches: LeadMatch[] = [];
  for (const lead of leads) {
    const reasons = new Set<MatchReason>();
    for (const key of lead.keys.length ? lead.keys : computeKeys(lead)) {
      const reason = keys.get(key);
      if (reason) reasons.add(reason);
    }
    if (!reasons.size) continue;
    const sorted = [...reasons].sort((a, b) => WEIGHT[b] - WEIGHT[a]);
    const top = sorted[0] as MatchReason;
    // Each further independent reason adds a little, so two agreeing facts beat one.
    const score = WEIGHT[top] + (sorted.length - 1) * 5;
    matches.push({ lead, reason: top, reasons: sorted, score });
  }
  return matches.sort((a, b) => b.score - a.score || b.lead.updatedAt - a.lead.updatedAt);
}

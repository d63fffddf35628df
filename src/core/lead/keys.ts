/**
 * Lookup keys: every fact that identifies a lead or its company, in one canonical spelling, so the
 * database can index them and matching / duplicate search is a set intersection.
 */
import { toCountryCode } from './countries';
import { isFreeMailDomain } from './freemail';
import { lookupKey } from './lookup-keys';
import { emailDomain, isEmail, normaliseCompanyName, normaliseEmail, normaliseRegister, normaliseVat, toE164, websiteDomain } from './normalise';
import type { Lead, LeadField } from './types';

const PHONES: LeadField[] = ['phone', 'directPhone', 'mobile', 'fax'];
const EMAILS: LeadField[] = ['email', 'personEmail'];

/** Country to read national phone numbers in: the lead's own, else Germany (the product's home market). */
export function leadCountry(lead: Pick<Lead, 'fields'>, fallback = 'DE'): string {
  return toCountryCode(lead.fields.country?.value) ?? fallback;
}

export function emailKeys(address: string): string[] {
  if (!isEmail(address)) return [];
  const email = normaliseEmail(address);
  const domain = emailDomain(email);
  // A free-mail domain never identifies a company: only the address itself is a key.
  return domain && !isFreeMailDomain(domain) ? [lookupKey('email', email), lookupKey('emaildomain', domain)] : [lookupKey('email', email)];
}

/** Keys derived from the lead's fields, plus alias keys a merge kept; sorted and unique. */
export function computeKeys(lead: Pick<Lead, 'fields' | 'aliasKeys'>): string[] {
  const f = lead.fields;
  const keys = new Set<string>(lead.aliasKeys ?? []);
  const website = f.website?.value;
  const domain = website ? websiteDomain(website) : null;
  if (domain) keys.add(lookupKey('domain', domain));
  for (const field of EMAILS) {
    const v = f[field]?.value;
    if (v) for (const k of emailKeys(v)) keys.add(k);
  }
  const country = leadCountry(lead);
  for (const field of PHONES) {
    const v = f[field]?.value;
    const e164 = v ? toE164(v, country) : null;
    if (e164) keys.add(lookupKey('phone', e164));
  }
  const vat = f.vatId ? normaliseVat(f.vatId.value) : '';
  if (vat.length >= 4) keys.add(lookupKey('vat', vat));
  const register = f.register ? normaliseRegister(f.register.value) : null;
  if (register) keys.add(lookupKey('register', register));
  const name = f.companyName ? normaliseCompanyName(f.companyName.value) : '';
  if (name) keys.add(lookupKey('name', name));
  return [...keys].sort();
}

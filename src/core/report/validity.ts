/**
 * Validity of a lead's contact data as a lead source delivers it: phones libphonenumber-js rejects or
 * that belong to another country than the address, e-mails with broken syntax, websites without a
 * registrable domain (tldts). Full metadata, unlike the engine's: the report is the one place that
 * asks whether a number exists, not only whether it could.
 */
import { parse } from 'tldts';
import { toCountryCode } from '../lead/countries';
import { isEmail } from '../lead/normalise';
import { readPhone } from '../lead/phone-reading';
import type { Lead, LeadField } from '../lead/types';

export const PHONE_FIELDS: readonly LeadField[] = ['phone', 'directPhone', 'mobile', 'fax'];
const EMAIL_FIELDS: readonly LeadField[] = ['email', 'personEmail'];

export type PhoneCheck = 'valid' | 'invalid' | 'other-country';

export interface Validity {
  invalidPhone: boolean;
  /** A valid number of another country than the lead's address. */
  phoneOtherCountry: boolean;
  invalidEmail: boolean;
  invalidWebsite: boolean;
}

/** Whether `raw` is a real number, read in the lead's country; `country` null when the lead names none. */
export function checkPhone(raw: string, country: string | null): PhoneCheck {
  const reading = readPhone(raw, country ?? 'DE');
  if (!reading?.valid) return 'invalid';
  // Non-geographic numbers (+800) have no country to disagree with.
  return country && reading.country && reading.country !== country ? 'other-country' : 'valid';
}

/** A website's host is a registrable domain under a public suffix (not an IP, intranet host or unknown suffix). */
export function hasRegistrableDomain(url: string): boolean {
  const parsed = parse(url.trim().toLowerCase());
  return parsed.domain !== null && (parsed.isIcann === true || parsed.isPrivate === true);
}

/** The validity of a lead's fields (numbers are read once, through phone-reading.ts's memo). */
export function createValidityChecker(): (lead: Pick<Lead, 'fields'>) => Validity {
  return (lead) => {
    const f = lead.fields;
    const country = toCountryCode(f.country?.value);
    const validity: Validity = { invalidPhone: false, phoneOtherCountry: false, invalidEmail: false, invalidWebsite: false };
    for (const field of PHONE_FIELDS) {
      const raw = f[field]?.value.trim();
      if (!raw) continue;
      const check = checkPhone(raw, country);
      if (check === 'invalid') validity.invalidPhone = true;
      else if (check === 'other-country') validity.phoneOtherCountry = true;
    }
    validity.invalidEmail = EMAIL_FIELDS.some((field) => {
      const v = f[field]?.value.trim();
      return Boolean(v) && !isEmail(v as string);
    });
    const website = f.website?.value.trim();
    validity.invalidWebsite = Boolean(website) && !hasRegistrableDomain(website as string);
    return validity;
  };
}

/** Canonical forms of lead values: one spelling per fact, for keys, matching and "is this the same value?". */
import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import { splitLegalForm } from '../names/legal-forms';
import { trimEnd } from '../text/trim';
import type { LeadField } from './types';
import { registrableDomain } from '../names/domains';
import { readPhone } from './phone-reading';

export function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

// Deliberately permissive local part (CRM data is messy) but a real dotted domain; linear, no backtracking blowup.
const EMAIL = /^[^\s@"(),:;<>[\]\\]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}$/u;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export function normaliseEmail(value: string): string {
  return value.trim().replace(/^mailto:/i, '').toLowerCase();
}

export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at < 0 ? null : normaliseEmail(email).slice(at + 1) || null;
}

/** E.164 of a possible phone number, or null (the same reading the quality report's validity uses: phone-reading.ts). */
export function toE164(raw: string, defaultCountry?: string): string | null {
  return readPhone(raw, defaultCountry)?.e164 ?? null;
}

/** "+4989123456" → "+49 89 123456": stored readable, compared and keyed as E.164. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** Registrable domain of a website ("https://www.shop.acme.co.uk/x" → "acme.co.uk"), or null. */
export function websiteDomain(url: string): string | null {
  return registrableDomain(url);
}

/** Comparable website: host without www, path without trailing slash, no scheme, query or fragment. */
export function normaliseWebsite(url: string): string {
  const bare = url.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '');
  const cut = bare.search(/[?#]/);
  return trimEnd(cut < 0 ? bare : bare.slice(0, cut), '/');
}

export function normaliseVat(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

// German/Swiss register types, Austrian Firmenbuch. Number with optional letter suffix ("HRB 1234 B").
const REGISTER = /\b(HRA|HRB|GnR|GsR|PR|VR)\s*(\d{1,7})(?:\s?([A-Z])\b)?/i;
const FIRMENBUCH = /\bFN\s*(\d{1,7})\s?([a-z])\b/i;

/**
 * "Amtsgericht München, HRB 123456" → "hrb123456@münchen". The court is part of the key because
 * HRB numbers repeat across courts; without a known court the number alone is the key.
 */
export function normaliseRegister(value: string): string | null {
  const m = REGISTER.exec(value);
  const fn = m ? null : FIRMENBUCH.exec(value);
  const hit = m ?? fn;
  if (!hit) return null;
  const number = m ? `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}` : `fn${fn?.[1] ?? ''}${fn?.[2] ?? ''}`;
  // The court is written before ("Amtsgericht Köln HRB 4711") or after ("HRB 4711, AG Köln") the number.
  const courtOf = (text: string): string => clean(text.replace(/amtsgericht|registergericht|handelsregister|register|\bAG\b|[,:()]/gi, ' ')).toLowerCase();
  const court = courtOf(value.slice(0, hit.index)) || courtOf(value.slice(hit.index + hit[0].length));
  return court ? `${number.toLowerCase()}@${court}` : number.toLowerCase();
}

function fold(value: string): string {
  return value.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Company name for matching: without legal form, accents, punctuation or case ("Müller GmbH" → "muller"). */
export function normaliseCompanyName(name: string): string {
  return clean(fold(splitLegalForm(name).name).replace(/[^\p{L}\p{N}]+/gu, ' '));
}

/** Person name for matching ("Dr. Anna Müller" ≈ "anna muller"). */
export function normalisePersonName(name: string): string {
  return clean(fold(name).replace(/\b(?:dr|prof|dipl|ing|herr|frau|mr|mrs|ms)\b\.?/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' '));
}

const PHONE_FIELDS = new Set<LeadField>(['phone', 'fax', 'mobile', 'directPhone']);

/** Whether two values of one field say the same thing, so a re-detection is not a conflict. */
export function sameValue(field: LeadField, a: string, b: string, country?: string): boolean {
  if (clean(a).toLowerCase() === clean(b).toLowerCase()) return true;
  if (PHONE_FIELDS.has(field)) {
    const ea = toE164(a, country);
    return ea !== null && ea === toE164(b, country);
  }
  if (field === 'email' || field === 'personEmail') return normaliseEmail(a) === normaliseEmail(b);
  if (field === 'website') return normaliseWebsite(a) === normaliseWebsite(b);
  if (field === 'vatId') return normaliseVat(a) === normaliseVat(b);
  if (field === 'register') return normaliseRegister(a) !== null && normaliseRegister(a) === normaliseRegister(b);
  return false;
}

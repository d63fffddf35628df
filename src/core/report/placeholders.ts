/**
 * Suspected fake data: what people type into a form to get past it ("test", "asdf", "Max Mustermann",
 * "0123456789", "+49 000…"), addresses at throw-away mail providers, free-mail on B2B leads, and
 * company names that name no company. Signals for marketing, never reasons to drop a lead.
 */
import { emailDomain, isEmail, normaliseEmail } from '../lead/normalise';
import { isFreeMailDomain } from '../lead/freemail';
import type { Lead } from '../lead/types';
import { PHONE_FIELDS } from './validity';
import { isCountingRun, isRepeatedDigit } from '../text/digit-runs';

export const FAKE_SIGNALS = ['placeholder-name', 'placeholder-phone', 'placeholder-email', 'disposable-email', 'not-a-company'] as const;
export type FakeSignal = (typeof FAKE_SIGNALS)[number];

/** Words typed to fill a required field, as names (folded: lower case, no accents). */
const PLACEHOLDER_WORDS = new Set([
  'test', 'tester', 'testing', 'asdf', 'asd', 'qwe', 'qwer', 'qwert', 'qwertz', 'qwerty', 'xxx', 'abc', 'foobar',
  'dummy', 'sample', 'example', 'beispiel', 'muster', 'mustermann', 'musterfrau', 'max mustermann', 'erika mustermann',
  'john doe', 'jane doe', 'n a', 'none', 'null', 'nil', 'keine', 'kein', 'unknown', 'unbekannt', 'nobody', 'niemand',
  'fake', 'spam', 'mickey mouse', 'donald duck',
]);

/** Company names that say there is no company. */
const NO_COMPANY_WORDS = new Set(['privat', 'private', 'privatperson', 'private person', 'privatkunde', 'keine firma', 'no company', 'none', 'keine', 'n a', 'na', '-', 'ohne', 'selbst', 'individual', 'personal']);

/** Reserved for examples and tests (RFC 2606, RFC 6761): never a real mailbox. */
const RESERVED_MAIL_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|test|example|invalid|localhost)$/;

function isPlaceholderWord(folded: string): boolean {
  if (!folded) return false;
  if (PLACEHOLDER_WORDS.has(folded)) return true;
  // One letter typed again and again ("aaaa", "x x x"); a loop, since a report asks this of every name.
  const first = folded[0] ?? '';
  if (!/\p{L}/u.test(first)) return false;
  let length = 0;
  for (const ch of folded) {
    if (ch === ' ') continue;
    if (ch !== first) return false;
    length += 1;
  }
  return length > 1;
}

/**
 * Lower case, everything but ASCII letters and digits a space: placeholders are ASCII, and a report
 * asks this for several names of every lead (Unicode folding would cost more than all else).
 */
const asciiWords = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** A person or company name that is a placeholder. */
export function isPlaceholderName(name: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(name)) return name.trim().length > 0; // only punctuation or symbols ("-", "...")
  const words = asciiWords(name);
  return isPlaceholderWord(words) || (words.length > 0 && words.split(' ').every(isPlaceholderWord));
}

/**
 * A number nobody answers: a subscriber part of one digit repeated ("+1 847 555 5555", "0000000"), a
 * counting run ("0123456789"), or a national number starting with zeros ("+49 000 …").
 */
export function isPlaceholderPhone(raw: string): boolean {
  const international = raw.trim().startsWith('+') || raw.trim().startsWith('00');
  let digits = raw.replace(/\D/g, '');
  if (digits.length < 5) return digits.length > 0;
  if (international) digits = digits.replace(/^00/, '').replace(/^(?:1|[2-9]\d)/, '');
  else digits = digits.replace(/^0/, '');
  if (/^0{2,}/.test(digits)) return true;
  if (isRepeatedDigit(digits.slice(-7), 7) || isRepeatedDigit(digits)) return true;
  // The whole number counts up or down ("0123456789", "98765432").
  return isCountingRun(digits, 6);
}

/** An address someone made up: a placeholder mailbox or a reserved test domain. */
export function isPlaceholderEmail(address: string): boolean {
  if (!isEmail(address)) return false;
  const email = normaliseEmail(address);
  const local = email.slice(0, email.lastIndexOf('@'));
  const domain = emailDomain(email) ?? '';
  // Any label but the top-level domain: "asdf@asdf.de", "test@test.co.uk".
  return RESERVED_MAIL_DOMAIN.test(domain) || isPlaceholderWord(local.replace(/[._-]+/g, ' ')) || domain.split('.').slice(0, -1).some(isPlaceholderWord);
}

/** A company name that names no company: "privat", "n/a", digits only, an e-mail address, a free-mail domain. */
export function isNotACompany(name: string): boolean {
  const trimmed = name.trim();
  if (!trimmed) return false;
  if (isEmail(trimmed) || !/\p{L}/u.test(trimmed)) return true;
  if (NO_COMPANY_WORDS.has(asciiWords(trimmed)) || NO_COMPANY_WORDS.has(trimmed.toLowerCase())) return true;
  return /^[\w-]+(?:\.[\w-]+)+$/.test(trimmed.toLowerCase()) && isFreeMailDomain(trimmed.toLowerCase());
}

function emailsOf(lead: Pick<Lead, 'fields'>): string[] {
  return [lead.fields.email?.value, lead.fields.personEmail?.value].filter((v): v is string => Boolean(v?.trim()));
}

/** The lead's fake-data signals; `isDisposableDomain` comes from the maintained list the report page loads. */
export function fakeSignals(lead: Pick<Lead, 'fields'>, isDisposableDomain: (domain: string) => boolean): FakeSignal[] {
  const f = lead.fields;
  const signals: FakeSignal[] = [];
  const names = [f.firstName?.value, f.lastName?.value, `${f.firstName?.value ?? ''} ${f.lastName?.value ?? ''}`, f.companyName?.value];
  if (names.some((n) => n?.trim() && isPlaceholderName(n))) signals.push('placeholder-name');
  if (PHONE_FIELDS.some((field) => f[field]?.value.trim() && isPlaceholderPhone(f[field]?.value ?? ''))) signals.push('placeholder-phone');
  const emails = emailsOf(lead);
  if (emails.some(isPlaceholderEmail)) signals.push('placeholder-email');
  if (emails.some((e) => isEmail(e) && isDisposableDomain(emailDomain(normaliseEmail(e)) ?? ''))) signals.push('disposable-email');
  if (f.companyName?.value && isNotACompany(f.companyName.value)) signals.push('not-a-company');
  return signals;
}

/** A B2B lead (one with a company) reached only through a free-mail address. */
export function usesFreeMail(lead: Pick<Lead, 'fields'>): boolean {
  if (!lead.fields.companyName?.value.trim()) return false;
  return emailsOf(lead).some((e) => isEmail(e) && isFreeMailDomain(emailDomain(normaliseEmail(e)) ?? ''));
}

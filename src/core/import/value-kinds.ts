/**
 * The kind a type cell gives a paired value ("Mobile", "Work Fax", "* Other", "Home", vCard's
 * "CELL,VOICE"), and where a value of that kind goes: a mobile number to mobile, a fax to fax, a work
 * value to the company's field; a pager, an assistant's or a private number nowhere.
 */
import type { ImportTarget } from './targets';

export type ValueKind = 'business' | 'neutral' | 'private' | 'mobile' | 'fax' | 'side';

const WORDS: readonly (readonly [ValueKind, RegExp])[] = [
  ['fax', /\bfax\b/],
  ['side', /\b(pager|assistant|assistent|callback|car|radio|isdn|telex|tty|textphone|video)\b/],
  ['mobile', /\b(mobile|mobil|cell|handy|iphone)\b/],
  ['private', /\b(home|privat|private|personal)\b/],
  ['business', /\b(work|business|geschaftlich|dienstlich|arbeit|main|company|firma|pref)\b/],
];

export function valueKind(typeCell: string | undefined): ValueKind {
  const text = (typeCell ?? '').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z]+/g, ' ');
  if (!text.trim()) return 'neutral';
  return WORDS.find(([, re]) => re.test(text))?.[0] ?? 'neutral';
}

const PHONES = new Set<ImportTarget>(['phone', 'directPhone', 'mobile', 'fax']);
const COMPANY_DATA = new Set<ImportTarget>(['phone', 'fax', 'website', 'street', 'houseNumber', 'postalCode', 'city', 'country', 'region', 'address']);

/** The target a paired value of this kind goes to, or null when it is not the lead's. */
export function routeByKind(target: ImportTarget, kind: ValueKind): ImportTarget | null {
  if (PHONES.has(target)) {
    if (kind === 'mobile') return 'mobile';
    if (kind === 'fax') return 'fax';
    if (kind === 'side' || kind === 'private') return null;
    return target;
  }
  if (kind === 'side') return null;
  if (kind === 'private') {
    // A private e-mail address still reaches the person; private company data is not the company's.
    if (target === 'email') return 'personEmail';
    return COMPANY_DATA.has(target) ? null : target;
  }
  return target;
}

/** Rank of a value's kind: lower is taken first. */
export function kindRank(kind: ValueKind, business: boolean): number {
  if (kind === 'business' || business) return 0;
  return kind === 'private' ? 2 : 1;
}

/**
 * Reading the text a rep selected on a page as a lead value: a phone number, an e-mail address, a
 * person's name or a postal address. Pure; the context menu writes what comes out as typed values.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/mobile';
import { countryOfName } from '../core/names/countries';
import { appError, fail, type Result } from '../core/errors';
import { parsePostalLine } from '../core/detect/detectors/address/postal-line';
import { cleanStreet, isStreetLike } from '../core/detect/detectors/address/street';
import { formatPhone, isEmail, normaliseEmail, normalisePersonName } from '../core/lead/normalise';
import { splitPersonName } from '../core/names/person-name';
import { trimEnd } from '../core/text/trim';
import { emailRank } from '../core/lead/suggestions';
import type { LeadField } from '../core/lead/types';

export const SELECTION_KINDS = ['phone', 'email', 'name', 'address', 'note'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

export interface FieldChange {
  field: LeadField;
  value: string;
}

/** Either the fields to set, or why the selection is not such a value. */
export type SelectionReading = Result<FieldChange[]>;

const MAX_SELECTION = 2000;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function readPhone(text: string, country: string): SelectionReading {
  const raw = clean(text).slice(0, 120);
  const defaultCountry = /^[A-Z]{2}$/.test(country) ? (country as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(raw, defaultCountry ? { defaultCountry } : {});
  if (!parsed?.isPossible()) return fail(appError('selection-not-phone'));
  const field: LeadField = parsed.getType() === 'MOBILE' ? 'mobile' : 'phone';
  // Stored readable like the page's suggestions; compared and keyed as E.164.
  return { ok: true, value: [{ field, value: formatPhone(parsed.number) }] };
}

/** Separators around an address in running text; split on, never scanned with backtracking. */
const EMAIL_SEPARATORS = /[\s<>()[\]"',;:]/u;
const FIRST_LAST = /^\p{L}+[._-]\p{L}{2,}$/u;

/** The address in the selection; a person's ("anna.mueller@", or naming one of `people`) goes to personEmail. */
export function readEmail(text: string, people: readonly string[]): SelectionReading {
  const found = clean(text).split(EMAIL_SEPARATORS).find((token) => token.includes('@'));
  const email = found ? trimEnd(normaliseEmail(found), '.') : '';
  if (!email || !isEmail(email)) return fail(appError('selection-not-email'));
  const rank = emailRank(email, people.map(normalisePersonName));
  const local = email.slice(0, email.indexOf('@'));
  const personal = rank === 200 || (rank === 100 && FIRST_LAST.test(local));
  return { ok: true, value: [{ field: personal ? 'personEmail' : 'email', value: email }] };
}

/**
 * "Dr. Max Mustermann", "Herr Prof. Dr. Max von Mustermann", "Mustermann, Max", "Max Mustermann, MBA":
 * salutation and titles in `salutation`, particles stay with the surname, degrees after it are dropped.
 */
export function readName(text: string): SelectionReading {
  const name = splitPersonName(text);
  if (!name) return fail(appError('selection-not-name'));
  const changes: FieldChange[] = [];
  if (name.salutation) changes.push({ field: 'salutation', value: name.salutation });
  if (name.firstName) changes.push({ field: 'firstName', value: name.firstName });
  changes.push({ field: 'lastName', value: name.lastName });
  return { ok: true, value: changes };
}

const SIMPLE_ADDRESS = /^(.{3,90}?),?\s+(\d{4,5})\s+(\p{L}[\p{L} .'-]{1,60})$/u;

/** Street, postal code, city (and country when written) from one line or an address block. */
export function readAddress(text: string): SelectionReading {
  const lines = text.split(/\r?\n/).map(clean).filter(Boolean).slice(0, 8);
  for (let i = 0; i < lines.length; i++) {
    const hit = parsePostalLine(lines[i]!);
    if (!hit) continue;
    const above = lines[i - 1];
    const street = hit.street ?? (above && isStreetLike(above) ? cleanStreet(above) : null);
    const changes: FieldChange[] = [];
    if (street) changes.push({ field: 'street', value: street });
    if (hit.postalCode) changes.push({ field: 'postalCode', value: hit.postalCode });
    changes.push({ field: 'city', value: hit.city });
    // The country may stand on the line below ("Deutschland").
    const country = hit.country ?? countryOfName(lines[i + 1] ?? '');
    if (country) changes.push({ field: 'country', value: country });
    return { ok: true, value: changes };
  }
  // The detection engine wants a known postal format; a plain "Street 1, 12345 City" still reads.
  const m = SIMPLE_ADDRESS.exec(lines.join(', '));
  if (!m) return fail(appError('selection-not-address'));
  return { ok: true, value: [{ field: 'street', value: m[1]!.trim() }, { field: 'postalCode', value: m[2]! }, { field: 'city', value: m[3]!.trim() }] };
}

/** A note is appended to the lead's notes, each on its own line. */
export function appendNote(current: string | undefined, text: string): string {
  const note = text.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  return current?.trim() ? `${current.trim()}\n${note}` : note;
}

export interface ReadContext {
  /** Country to read national phone numbers in (the lead's, else the page's ccTLD). */
  country: string;
  /** Names of the people known at the company, to tell a person's e-mail address. */
  people: readonly string[];
}

export function readSelection(kind: SelectionKind, text: string, ctx: ReadContext): SelectionReading {
  const selection = text.trim();
  if (!selection) return fail(appError('selection-empty'));
  if (selection.length > MAX_SELECTION) return fail(appError('selection-too-long'));
  switch (kind) {
    case 'phone':
      return readPhone(selection, ctx.country);
    case 'email':
      return readEmail(selection, ctx.people);
    case 'name':
      return readName(selection);
    case 'address':
      return readAddress(selection);
    case 'note':
      return { ok: true, value: [{ field: 'notes', value: selection }] };
  }
}

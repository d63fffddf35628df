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

const SALUTATION = /^(?:herr|frau|hr\.?|fr\.?|mr\.?|mrs\.?|ms\.?|mx\.?|madame|monsieur|mme\.?|sig\.?|sig\.ra|signora|signor|señor|señora|sr\.?|sra\.?)$/iu;
const TITLE = /^(?:dr\.?|prof\.?|dipl[\p{L}.-]*|mag\.?a?|ing\.?|med\.|rer\.|nat\.|jur\.|phil\.|dent\.|h\.c\.|pd|ra|univ\.-?prof\.?)$/iu;
const POST_NOMINAL = /^(?:mba|msc|bsc|ma|ba|phd|ll\.?m\.?|m\.\s?sc\.?|b\.\s?sc\.?|m\.a\.|b\.a\.|jr\.?|sr\.?|ceo|cto|cfo|coo|gf)$/iu;
const PARTICLE = /^(?:von|van|vom|der|den|de|del|della|di|da|dos|du|zu|zum|zur|ter|ten|le|la)$/u;
const NAME_WORD = /^\p{L}[\p{L}'’.-]*$/u;

/**
 * "Dr. Max Mustermann", "Herr Prof. Dr. Max von Mustermann", "Mustermann, Max", "Max Mustermann, MBA":
 * salutation and titles in `salutation`, particles stay with the surname, degrees after it are dropped.
 */
export function readName(text: string): SelectionReading {
  let s = trimEnd(clean(text), ',;:.');
  if (!s || s.length > 120 || /[\d@/\\|<>]/.test(s)) return fail(appError('selection-not-name'));
  let reversed = false;
  const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2) {
    // "Max Mustermann, MBA" keeps its order; "Mustermann, Max" is surname first.
    const tail = parts.slice(1).join(' ').split(' ');
    if (tail.every((w) => POST_NOMINAL.test(w))) s = parts[0]!;
    else if (parts.length === 2) {
      s = `${parts[1]} ${parts[0]}`;
      reversed = true;
    } else return fail(appError('selection-not-name'));
  }
  const words = s.split(' ').filter(Boolean);
  const lead: string[] = [];
  while (words.length > 1 && (SALUTATION.test(words[0]!) || TITLE.test(words[0]!))) lead.push(words.shift()!);
  // With "Mustermann, Dr. Max" the titles were in the given-name part and are now in front too.
  while (words.length > 1 && POST_NOMINAL.test(words[words.length - 1]!)) words.pop();
  if (!words.length || words.length > 6 || !words.every((w) => NAME_WORD.test(w))) return fail(appError('selection-not-name'));
  let cut = words.length - 1;
  if (!reversed) {
    // Particles belong to the surname: "Max von der Heide" → "von der Heide".
    while (cut > 1 && PARTICLE.test(words[cut - 1]!)) cut--;
  } else {
    // Reversed input told us the surname exactly: everything that was before the comma.
    cut = words.length - (parts[0] ?? '').split(' ').filter(Boolean).length;
  }
  const firstName = words.slice(0, Math.max(cut, 0)).join(' ');
  const lastName = words.slice(Math.max(cut, 0)).join(' ');
  const changes: FieldChange[] = [];
  if (lead.length) changes.push({ field: 'salutation', value: lead.join(' ') });
  if (firstName) changes.push({ field: 'firstName', value: firstName });
  changes.push({ field: 'lastName', value: lastName });
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

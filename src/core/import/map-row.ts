/**
 * One record's cells as lead values. A short row is a normal row with empty cells. Each field takes
 * the first valid value in rank order (business before plain, column order after that); a cell may
 * hold several values joined by " ::: " (Google). The other valid values are kept as alternatives the
 * rep can pick from, and only a field with no valid value at all rejects the row.
 */
import { unescapeFormula } from '../lead/csv-formula';
import { leadCountry } from '../lead/keys';
import { formatPhone, isEmail, toE164 } from '../lead/normalise';
import type { LeadField } from '../lead/types';
import type { ColumnProposal } from './column-plan';
import { splitOneLineAddress } from './one-line-address';
import { rowCountry } from './row-country';
import { ADDRESS_TARGETS, type ColumnMapping, type ImportTarget } from './targets';
import { kindRank, routeByKind, valueKind } from './value-kinds';
import { splitPersonName } from '../names/person-name';

/** As long as a value the rep types (messages.ts caps typed values at 2,000 characters). */
export const MAX_VALUE_LENGTH = 2000;
const MULTI_VALUE = ' ::: ';

export type RowErrorCode = 'column-count' | 'empty-row' | 'invalid-email' | 'invalid-phone' | 'unterminated-quote' | 'malformed-quote'
  | 'no-identity' | 'value-too-long';

export interface RowError {
  code: RowErrorCode;
  message: string;
  /** The header of the offending column, when one column is at fault. */
  column?: string;
}

export type RowValues = Partial<Record<LeadField, string>>;

export interface Alternative {
  field: LeadField;
  value: string;
}

export interface MappedRow {
  values: RowValues;
  alternatives: Alternative[];
  /** Profile URLs (a LinkedIn connection's profile). */
  socials: string[];
  /** The country the row's numbers were read in, and where that came from. */
  country: string;
  countryFrom: 'column' | 'address' | 'default';
  errors: RowError[];
}

interface Candidate {
  value: string;
  rank: number;
  column: number;
  group?: string;
}

export interface RowContext {
  headers: readonly string[];
  columns: readonly ColumnProposal[];
  mapping: ColumnMapping;
  defaultCountry: string;
}

const PHONES: readonly LeadField[] = ['phone', 'directPhone', 'mobile', 'fax'];
const EMAILS: readonly LeadField[] = ['email', 'personEmail'];

function collect(cells: readonly string[], ctx: RowContext, errors: RowError[]): Map<ImportTarget, Candidate[]> {
  const found = new Map<ImportTarget, Candidate[]>();
  ctx.mapping.forEach((mapped, i) => {
    const cell = cells[i]?.trim();
    if (!mapped || !cell) return;
    if (cell.length > MAX_VALUE_LENGTH) {
      errors.push({ code: 'value-too-long', message: `A value is longer than ${MAX_VALUE_LENGTH} characters.`, column: ctx.headers[i] ?? '' });
      return;
    }
    const plan = ctx.columns[i];
    const kind = plan?.typeColumn === undefined ? 'neutral' : valueKind(cells[plan.typeColumn]);
    const target = routeByKind(mapped, kind);
    if (!target) return;
    const rank = kindRank(kind, plan?.business ?? false);
    const list = found.get(target) ?? [];
    for (const part of cell.split(MULTI_VALUE)) {
      const value = unescapeFormula(part.trim());
      if (value) list.push({ value, rank, column: i, ...(plan?.group ? { group: plan.group } : {}) });
    }
    found.set(target, list);
  });
  for (const list of found.values()) list.sort((a, b) => a.rank - b.rank || a.column - b.column);
  return found;
}

/** Address parts come from one address: the best-ranked group that has any part. */
function keepOneAddress(found: Map<ImportTarget, Candidate[]>): void {
  const parts = ADDRESS_TARGETS.flatMap((t) => found.get(t) ?? []);
  const grouped = parts.filter((c) => c.group !== undefined);
  if (!grouped.length) return;
  const best = [...grouped].sort((a, b) => a.rank - b.rank || a.column - b.column)[0]?.group;
  for (const t of ADDRESS_TARGETS) {
    const list = found.get(t);
    if (list) found.set(t, list.filter((c) => c.group === undefined || c.group === best));
  }
}

function first(found: Map<ImportTarget, Candidate[]>, target: ImportTarget): string | undefined {
  return found.get(target)?.[0]?.value;
}

/**
 * A national number read in a country the lead itself does not name ("(512) 555-0164" in a row whose
 * state is TX, or in the rep's default country) is stored in international form, so every later
 * reader (keys, the popup, a CRM) reads it in that country too.
 */
function internationalise(values: RowValues, alternatives: Alternative[], country: string): void {
  if (leadCountry({ fields: values.country ? { country: { value: values.country, source: { kind: 'typed', at: 0 } } } : {} }) === country) return;
  const international = (v: string) => (v.trim().startsWith('+') ? v : formatPhone(toE164(v, country) ?? v));
  for (const f of PHONES) if (values[f]) values[f] = international(values[f] as string);
  for (const a of alternatives) if (PHONES.includes(a.field)) a.value = international(a.value);
}

export function mapRow(cells: readonly string[], ctx: RowContext): MappedRow {
  const errors: RowError[] = [];
  const base = { values: {}, alternatives: [], socials: [], country: ctx.defaultCountry, countryFrom: 'default' as const };
  if (cells.every((c) => c.trim() === '')) return { ...base, errors: [{ code: 'empty-row', message: 'Empty row (only separators).' }] };
  const extra = cells.slice(ctx.headers.length);
  if (extra.some((c) => c.trim() !== '')) {
    return { ...base, errors: [{ code: 'column-count', message: `Expected ${ctx.headers.length} columns, found ${cells.length}.` }] };
  }
  const found = collect(cells, ctx, errors);
  keepOneAddress(found);
  const values: RowValues = {};
  const alternatives: Alternative[] = [];
  const address = first(found, 'address');
  const split = address ? splitOneLineAddress(address) : {};
  const { country, from } = rowCountry({
    country: first(found, 'country') ?? split.country, region: first(found, 'region'), postalCode: first(found, 'postalCode') ?? split.postalCode, address,
  }, ctx.defaultCountry);

  const column = (c: Candidate | undefined): string => (c ? ctx.headers[c.column] ?? '' : '');
  for (const [target, list] of found) {
    if (target === 'houseNumber' || target === 'fullName' || target === 'address' || target === 'region' || target === 'profileUrl') continue;
    const field: LeadField = target;
    const valid = PHONES.includes(field) ? list.filter((c) => toE164(c.value, country))
      : EMAILS.includes(field) ? list.filter((c) => isEmail(c.value)) : list;
    const chosen = valid[0];
    if (!chosen) {
      const bad = list[0];
      const code = PHONES.includes(field) ? 'invalid-phone' : 'invalid-email';
      const what = code === 'invalid-phone' ? 'phone number' : 'e-mail address';
      errors.push({ code, message: `Invalid ${what} "${bad?.value ?? ''}".`, column: column(bad) });
      // Shown in the preview beside its error; the row is not imported.
      if (bad) values[field] = bad.value;
      continue;
    }
    values[field] = chosen.value;
    const seen = new Set([chosen.value]);
    for (const c of valid.slice(1)) {
      if (!seen.has(c.value)) alternatives.push({ field, value: c.value });
      seen.add(c.value);
    }
  }
  internationalise(values, alternatives, country);
  for (const part of ['street', 'postalCode', 'city', 'country'] as const) {
    const v = split[part];
    if (v && !values[part]) values[part] = v;
  }
  const houseNumber = first(found, 'houseNumber');
  if (houseNumber) values.street = values.street ? `${values.street} ${houseNumber}` : houseNumber;
  const fullName = first(found, 'fullName');
  if (fullName && !values.lastName) {
    // A full name that is no person's (a team, a department) is kept whole as the surname.
    const name = splitPersonName(fullName) ?? { salutation: '', firstName: '', lastName: fullName };
    values.lastName = name.lastName;
    if (name.firstName && !values.firstName) values.firstName = name.firstName;
    if (name.salutation && !values.salutation) values.salutation = name.salutation;
  }
  const tooLong = errors.some((e) => e.code === 'value-too-long');
  if (!tooLong && !values.companyName && !values.lastName && !values.email && !values.personEmail) {
    errors.push({ code: 'no-identity', message: 'No company, name or e-mail: nothing to identify the lead by.' });
  }
  const socials = (found.get('profileUrl') ?? []).map((c) => c.value).filter((v) => /^https?:\/\//i.test(v));
  return { values, alternatives, socials, country, countryFrom: from, errors };
}

/**
 * A lead read once for every CRM connector: the person and the company as CRMs model them (a contact
 * with an e-mail as its key, a company with a registrable domain), phones in E.164, the company name
 * with its legal form. Each connector's mapping (hubspot-mapping.ts, pipedrive-mapping.ts,
 * salesforce-mapping.ts) renames these into its API's properties; none of them reads lead.fields itself.
 */
import { leadCountry } from '../lead/keys';
import { isEmail, normaliseEmail, toE164, websiteDomain } from '../lead/normalise';
import type { Lead, LeadField } from '../lead/types';

/** A value as the CRM gets it, and the lead field it came from (to point the rep at it when refused). */
export interface CrmValue {
  value: string;
  field: LeadField;
}

export interface CrmPerson {
  firstName?: CrmValue | undefined;
  lastName?: CrmValue | undefined;
  salutation?: CrmValue | undefined;
  title?: CrmValue | undefined;
  /**
   * The person's own address only: the company's general one (info@) would make every person of the
   * company one CRM contact, each push overwriting the last.
   */
  email?: CrmValue | undefined;
  /** The direct line, else the switchboard. */
  phone?: CrmValue | undefined;
  mobile?: CrmValue | undefined;
}

export interface CrmCompany {
  /** Name with legal form ("ACME GmbH"), as the company writes itself. */
  name?: CrmValue | undefined;
  /** Registrable domain of the website ("acme.de"): how CRMs find a company again. */
  domain?: CrmValue | undefined;
  website?: CrmValue | undefined;
  phone?: CrmValue | undefined;
  fax?: CrmValue | undefined;
  email?: CrmValue | undefined;
  street?: CrmValue | undefined;
  postalCode?: CrmValue | undefined;
  city?: CrmValue | undefined;
  country?: CrmValue | undefined;
  vatId?: CrmValue | undefined;
  register?: CrmValue | undefined;
}

export interface CrmRecord {
  /** Null when the lead names no person (a company-only lead). */
  person: CrmPerson | null;
  /** Null when the lead names no company (neither a name nor a website). */
  company: CrmCompany | null;
  notes?: CrmValue | undefined;
  source?: CrmValue | undefined;
}

function text(lead: Lead, field: LeadField): CrmValue | undefined {
  const value = lead.fields[field]?.value.replace(/\s+/g, ' ').trim();
  return value ? { value, field } : undefined;
}

/** Phones go out in E.164 so every CRM dials and de-duplicates them; a number that does not parse goes as written. */
function phone(lead: Lead, field: LeadField, country: string): CrmValue | undefined {
  const v = text(lead, field);
  return v ? { value: toE164(v.value, country) ?? v.value, field } : undefined;
}

function email(lead: Lead, field: LeadField): CrmValue | undefined {
  const v = text(lead, field);
  return v && isEmail(v.value) ? { value: normaliseEmail(v.value), field } : undefined;
}

/** Drops the keys whose value is undefined, so a mapping can spread the record without sending empties. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

export function companyName(lead: Lead): CrmValue | undefined {
  const name = text(lead, 'companyName');
  const form = text(lead, 'legalForm');
  if (!name) return undefined;
  // Detected names usually carry the form already ("ACME GmbH"); never write it twice.
  const withForm = form && !name.value.toLowerCase().endsWith(form.value.toLowerCase()) ? `${name.value} ${form.value}` : name.value;
  return { value: withForm, field: 'companyName' };
}

export function toCrmRecord(lead: Lead): CrmRecord {
  const country = leadCountry(lead);
  const website = text(lead, 'website');
  const domain = website ? websiteDomain(website.value) : null;
  const companyEmail = email(lead, 'email');

  const named = text(lead, 'firstName') ?? text(lead, 'lastName');
  const personEmail = email(lead, 'personEmail');
  const person: CrmPerson | null = named || personEmail ? defined({
    firstName: text(lead, 'firstName'),
    lastName: text(lead, 'lastName'),
    salutation: text(lead, 'salutation'),
    title: text(lead, 'role'),
    email: personEmail,
    phone: phone(lead, 'directPhone', country) ?? phone(lead, 'phone', country),
    mobile: phone(lead, 'mobile', country),
  }) : null;

  const name = companyName(lead);
  const company: CrmCompany | null = name || domain ? defined({
    name,
    domain: domain ? { value: domain, field: 'website' as const } : undefined,
    website,
    phone: phone(lead, 'phone', country),
    fax: phone(lead, 'fax', country),
    email: companyEmail,
    street: text(lead, 'street'),
    postalCode: text(lead, 'postalCode'),
    city: text(lead, 'city'),
    country: text(lead, 'country'),
    vatId: text(lead, 'vatId'),
    register: text(lead, 'register'),
  }) : null;

  return defined({ person, company, notes: text(lead, 'notes'), source: text(lead, 'source') });
}

/** `{a: {value:'x'}}` → `{a: 'x'}`, leaving out what the record does not have. */
export function values(entries: Record<string, CrmValue | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(entries)) {
    const v = entries[key];
    if (v) out[key] = v.value;
  }
  return out;
}

/**
 * A lead as HubSpot CRM objects (ecosystem.md §3.1): a contact upserted by e-mail, a company found by
 * its domain, and the requests that carry them. Property names are HubSpot's default properties.
 * Pure: background/crm/hubspot.ts sends what this builds.
 */
import { appError, type AppError } from '../errors';
import type { Lead, LeadField } from '../lead/types';
import { toCrmRecord, values, type CrmCompany, type CrmPerson, type CrmValue } from './crm-record';

/** The date-versioned CRM API this connector speaks; the legacy /crm/v3/ paths stop in September 2027. */
export const HUBSPOT_API_VERSION = '2026-09';

/** HubSpot's batch endpoints take at most 100 inputs. */
export const HUBSPOT_BATCH_LIMIT = 100;

export type HubSpotProperties = Record<string, string>;

/** One input of `POST /crm/objects/{ver}/contacts/batch/upsert` (SimplePublicObjectBatchInputUpsert). */
export interface HubSpotUpsertInput {
  idProperty: 'email';
  id: string;
  properties: HubSpotProperties;
  /** Ties a row of a 207 answer back to its lead version. */
  objectWriteTraceId: string;
}

/** `POST /crm/objects/{ver}/companies/search` (PublicObjectSearchRequest). */
export interface HubSpotSearchRequest {
  filterGroups: { filters: { propertyName: string; operator: 'EQ'; value: string }[] }[];
  properties: string[];
  limit: number;
}

/** What one lead becomes in HubSpot: either of the two may be missing, never both. */
export interface HubSpotPlan {
  contact: HubSpotUpsertInput | null;
  company: { domain: string | null; properties: HubSpotProperties } | null;
}

type Entries = Record<string, CrmValue | undefined>;

function contactEntries(person: CrmPerson, company: CrmCompany | null): Entries {
  return {
    email: person.email,
    firstname: person.firstName,
    lastname: person.lastName,
    salutation: person.salutation,
    jobtitle: person.title,
    phone: person.phone,
    mobilephone: person.mobile,
    // The contact's own copy of its company: HubSpot shows it on the contact even before association.
    company: company?.name,
    website: company?.website,
    fax: company?.fax,
    address: company?.street,
    zip: company?.postalCode,
    city: company?.city,
    country: company?.country,
  };
}

function companyEntries(company: CrmCompany): Entries {
  return {
    name: company.name,
    domain: company.domain,
    website: company.website,
    phone: company.phone,
    address: company.street,
    zip: company.postalCode,
    city: company.city,
    country: company.country,
  };
}

export const contactProperties = (person: CrmPerson, company: CrmCompany | null): HubSpotProperties => values(contactEntries(person, company));
export const companyProperties = (company: CrmCompany): HubSpotProperties => values(companyEntries(company));

/** The lead fields behind HubSpot property names an error named (unknown names are left out). */
export function leadFieldsOfProperties(lead: Lead, object: 'contact' | 'company', names: readonly string[]): LeadField[] {
  const { person, company } = toCrmRecord(lead);
  const entries = object === 'contact' ? (person ? contactEntries(person, company) : {}) : company ? companyEntries(company) : {};
  return [...new Set(names.flatMap((n) => (entries[n] ? [entries[n].field] : [])))];
}

/**
 * The lead as a contact and a company, or the field the rep must add: a named person needs an
 * e-mail of their own, since HubSpot's upsert finds contacts by it and a create could not be retried
 * without making a second contact.
 */
export function hubspotPlan(lead: Lead, traceId: string): { ok: true; plan: HubSpotPlan } | { ok: false; error: AppError } {
  const record = toCrmRecord(lead);
  const { person, company } = record;
  if (person && !person.email) return { ok: false, error: appError('crm-field-missing', { fields: ['personEmail'] }) };
  if (!person && !company) return { ok: false, error: appError('crm-field-missing', { fields: ['companyName', 'personEmail'] }) };
  const contact: HubSpotUpsertInput | null = person?.email
    ? { idProperty: 'email', id: person.email.value, properties: contactProperties(person, company), objectWriteTraceId: traceId }
    : null;
  return {
    ok: true,
    plan: { contact, company: company ? { domain: company.domain?.value ?? null, properties: companyProperties(company) } : null },
  };
}

/**
 * Companies with this domain (or, for a lead without a website, this name): neither is unique in
 * HubSpot, so two results mean the rep picks; a limit of 2 is enough to tell one from several.
 */
export function companySearch(company: { domain: string | null; properties: HubSpotProperties }): HubSpotSearchRequest {
  const [propertyName, value] = company.domain ? ['domain', company.domain] : ['name', company.properties['name'] ?? ''];
  return {
    filterGroups: [{ filters: [{ propertyName, operator: 'EQ', value }] }],
    properties: ['name', 'domain'],
    limit: 2,
  };
}

/** Upsert batches of at most HubSpot's limit, in order. */
export function contactBatches(inputs: readonly HubSpotUpsertInput[]): { inputs: HubSpotUpsertInput[] }[] {
  const batches: { inputs: HubSpotUpsertInput[] }[] = [];
  for (let i = 0; i < inputs.length; i += HUBSPOT_BATCH_LIMIT) batches.push({ inputs: inputs.slice(i, i + HUBSPOT_BATCH_LIMIT) });
  return batches;
}

/** The record page in HubSpot's app for a contact or company of a portal. */
export function hubspotRecordUrl(appOrigin: string, portalId: string, object: 'contact' | 'company', id: string): string {
  const type = object === 'contact' ? '0-1' : '0-2';
  return `${appOrigin}/contacts/${encodeURIComponent(portalId)}/record/${type}/${encodeURIComponent(id)}`;
}

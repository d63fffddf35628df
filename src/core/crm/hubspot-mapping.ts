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

/** `POST /crm/objects/{ver}/companies/search` (PublicObjectSearchRequest): filter groups are ORed. */
export interface HubSpotSearchRequest {
  filterGroups: { filters: { propertyName: string; operator: 'IN'; values: string[] }[] }[];
  properties: string[];
  limit: number;
  after?: string;
}

/** One input of `POST /crm/objects/{ver}/companies/batch/update` (by HubSpot id); the trace id says whose input it is. */
export interface HubSpotCompanyInput {
  id: string;
  properties: HubSpotProperties;
  objectWriteTraceId: string;
}

/**
 * The company property Leadfill upserts companies by: HubSpot's `domain` is not unique and cannot be an
 * `idProperty`, and a create whose answer was lost cannot be found by the search that lags behind it; an
 * upsert by a property with unique values finds it at once, so its retry makes no second company.
 */
export const COMPANY_KEY_PROPERTY = 'leadfill_company_key';

/** One input of `POST /crm/objects/{ver}/companies/batch/upsert` by COMPANY_KEY_PROPERTY; id and trace id are the company's key. */
export interface HubSpotCompanyUpsertInput {
  idProperty: typeof COMPANY_KEY_PROPERTY;
  id: string;
  properties: HubSpotProperties;
  objectWriteTraceId: string;
}

/** `POST /crm/properties/{ver}/companies` (PropertyCreate): the unique company key, made once per portal. */
export const COMPANY_KEY_DEFINITION = {
  name: COMPANY_KEY_PROPERTY,
  label: 'Leadfill company key',
  description: 'Set by Leadfill on the companies it creates (their domain or name), so a retried push finds them instead of creating them twice.',
  groupName: 'companyinformation',
  type: 'string',
  fieldType: 'text',
  hasUniqueValue: true,
  formField: false,
} as const;

/** The upsert of a company not found by search: by its key, so the same key twice is one company. */
export function companyUpsert(key: string, company: { properties: HubSpotProperties }): HubSpotCompanyUpsertInput {
  return { idProperty: COMPANY_KEY_PROPERTY, id: key, properties: company.properties, objectWriteTraceId: key };
}

/** HubSpot's search answers at most this many results a page. */
export const HUBSPOT_SEARCH_PAGE = 200;

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
 * The key a company is looked up by: its domain, or its name for a lead without a website. Neither is
 * unique in HubSpot, so a key with two matches goes to the rep.
 */
export function companyKey(company: { domain: string | null; properties: HubSpotProperties }): string {
  return company.domain ? `domain:${company.domain.toLowerCase()}` : `name:${(company.properties['name'] ?? '').toLowerCase()}`;
}

/** The keys a company HubSpot answered with is found under. */
export function companyKeysOf(properties: Record<string, string | null | undefined>): string[] {
  const keys: string[] = [];
  if (properties['domain']) keys.push(`domain:${properties['domain'].toLowerCase()}`);
  if (properties['name']) keys.push(`name:${properties['name'].toLowerCase()}`);
  const own = properties[COMPANY_KEY_PROPERTY];
  if (own && !keys.includes(own)) keys.push(own);
  return keys;
}

/**
 * One search for a whole batch's companies: those with a website by domain, the others by name (IN
 * wants its string values in lower case). `after` pages on.
 */
export function companiesSearch(keys: readonly string[], after?: string): HubSpotSearchRequest {
  const values = (kind: string) => keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
  const filterGroups = (['domain', 'name'] as const)
    .map((propertyName) => ({ propertyName, values: values(propertyName) }))
    .filter((f) => f.values.length)
    .map((f) => ({ filters: [{ propertyName: f.propertyName, operator: 'IN' as const, values: f.values }] }));
  return { filterGroups, properties: ['name', 'domain'], limit: HUBSPOT_SEARCH_PAGE, ...(after ? { after } : {}) };
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

/**
 * A lead as a Salesforce Lead sObject (ecosystem.md §3.3), upserted through an external-id field that
 * holds Leadfill's lead id, so a retry updates the Lead the first attempt made instead of making a
 * second one. Lengths are those of the standard Lead fields; a value that does not fit goes back to the
 * rep instead of being cut. Pure: background/crm/salesforce.ts sends what this builds.
 */
import { appError, type AppError } from '../errors';
import type { Lead, LeadField } from '../lead/types';
import { toCrmRecord, type CrmValue } from './crm-record';

/** The REST API version; `GET /services/data/` lists what an org supports. */
export const SALESFORCE_API_VERSION = 'v67.0';

/** The external-id field most orgs create for Leadfill; the connection may name another. */
export const DEFAULT_EXTERNAL_ID_FIELD = 'Leadfill_Id__c';

/** A custom field's API name: letters, digits and single underscores, ending in __c. */
const CUSTOM_FIELD = /^[A-Za-z](?:[A-Za-z\d]|_(?!_))*__c$/;

export function isExternalIdField(name: string): boolean {
  return name.length <= 43 && CUSTOM_FIELD.test(name);
}

/** Standard Lead fields and their lengths (field reference for Lead). */
export const LEAD_FIELD_LENGTHS = {
  Salutation: 40,
  FirstName: 40,
  LastName: 80,
  Title: 128,
  Company: 255,
  Email: 80,
  Phone: 40,
  MobilePhone: 40,
  Fax: 40,
  Website: 255,
  Street: 255,
  PostalCode: 20,
  City: 40,
  Country: 80,
  Description: 32000,
} as const;

export type SalesforceLeadField = keyof typeof LEAD_FIELD_LENGTHS;
export type SalesforceLead = Partial<Record<SalesforceLeadField, string>>;

/**
 * Salutation is a picklist whose standard values are English: the German and English forms a page
 * writes map onto them; anything else stays out rather than being refused.
 */
const SALUTATIONS: Record<string, string> = {
  herr: 'Mr.', mr: 'Mr.', mister: 'Mr.', frau: 'Ms.', ms: 'Ms.', mrs: 'Mrs.', dr: 'Dr.', prof: 'Prof.',
};

function salutation(value: CrmValue | undefined): CrmValue | undefined {
  const key = value?.value.toLowerCase().replace(/\.$/, '').split(/\s/)[0];
  const mapped = key ? SALUTATIONS[key] : undefined;
  return value && mapped ? { value: mapped, field: value.field } : undefined;
}

/** The Lead's fields, each with the lead field it came from (to name it when Salesforce refuses it). */
export function salesforceLeadFields(lead: Lead): Partial<Record<SalesforceLeadField, CrmValue>> {
  const { person, company, notes } = toCrmRecord(lead);
  const fields: Partial<Record<SalesforceLeadField, CrmValue | undefined>> = {
    Salutation: salutation(person?.salutation),
    FirstName: person?.firstName,
    LastName: person?.lastName,
    Title: person?.title,
    Company: company?.name,
    Email: person?.email ?? company?.email,
    Phone: person?.phone ?? company?.phone,
    MobilePhone: person?.mobile,
    Fax: company?.fax,
    Website: company?.website,
    Street: company?.street,
    PostalCode: company?.postalCode,
    City: company?.city,
    Country: company?.country,
    Description: notes,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v)) as Partial<Record<SalesforceLeadField, CrmValue>>;
}

/**
 * The body of `PATCH /sobjects/Lead/{externalIdField}/{leadId}`, or what the rep must fix first:
 * LastName and Company are required, and no value may exceed its field.
 */
export function salesforceLead(lead: Lead): { ok: true; body: SalesforceLead } | { ok: false; error: AppError } {
  const fields = salesforceLeadFields(lead);
  const missing: LeadField[] = [];
  if (!fields.LastName) missing.push('lastName');
  if (!fields.Company) missing.push('companyName');
  if (missing.length) return { ok: false, error: appError('crm-field-missing', { fields: missing }) };
  const body: SalesforceLead = {};
  for (const [name, v] of Object.entries(fields) as [SalesforceLeadField, CrmValue][]) {
    const max = LEAD_FIELD_LENGTHS[name];
    if ([...v.value].length > max) return { ok: false, error: appError('crm-field-too-long', { field: v.field, max }) };
    body[name] = v.value;
  }
  return { ok: true, body };
}

/** The Salesforce fields an error named, as the lead fields the rep edits (unknown names are left out). */
export function leadFieldsOf(lead: Lead, salesforceFields: readonly string[]): LeadField[] {
  const fields = salesforceLeadFields(lead);
  const out = new Set<LeadField>();
  for (const name of salesforceFields) {
    const v = fields[name as SalesforceLeadField];
    if (v) out.add(v.field);
  }
  return [...out];
}

/** The upsert path for one lead, relative to the instance URL. */
export function leadUpsertPath(externalIdField: string, leadId: string): string {
  return `/services/data/${SALESFORCE_API_VERSION}/sobjects/Lead/${encodeURIComponent(externalIdField)}/${encodeURIComponent(leadId)}`;
}

/** The Lead's page in Lightning (`https://acme.my.salesforce.com/lightning/r/Lead/00Q…/view`). */
export function salesforceRecordUrl(instanceUrl: string, id: string): string {
  return `${instanceUrl}/lightning/r/Lead/${encodeURIComponent(id)}/view`;
}

/**
 * A lead as Pipedrive API v2 records (ecosystem.md §3.2): an organization found by its name and a
 * person found by e-mail (else by name within the organization), each created or updated. Field names
 * are those of the v2 AddPersonRequest / AddOrganizationRequest. Pure: background/crm/pipedrive.ts
 * sends what this builds.
 */
import { appError, type AppError } from '../errors';
import type { Lead } from '../lead/types';
import { toCrmRecord, type CrmCompany, type CrmPerson } from './crm-record';

export interface PipedriveLabelled {
  value: string;
  primary: boolean;
  label: string;
}

export interface PipedriveAddress {
  value: string;
  route?: string;
  postal_code?: string;
  locality?: string;
  country?: string;
}

/** `POST /api/v2/organizations` and `PATCH /api/v2/organizations/{id}`. */
export interface PipedriveOrganizationBody {
  name: string;
  website?: string;
  address?: PipedriveAddress;
}

/** `POST /api/v2/persons` and `PATCH /api/v2/persons/{id}`; org_id is added once the organization is known. */
export interface PipedrivePersonBody {
  name: string;
  emails?: PipedriveLabelled[];
  phones?: PipedriveLabelled[];
  job_title?: string;
  org_id?: number;
}

/** How the connector finds an existing record before it creates one. */
export interface PipedriveSearch {
  term: string;
  fields: 'email' | 'name';
}

/**
 * Whether a listed record is the one the search means, as Pipedrive's exact search matches: the name or
 * an e-mail, case-insensitive; a person by name only within the organization.
 */
export function matchesSearch(record: { name?: string; emails?: { value?: string }[]; org_id?: number | null }, search: PipedriveSearch, orgId: number | null): boolean {
  const term = search.term.toLowerCase();
  if (search.fields === 'email') return (record.emails ?? []).some((e) => e.value?.toLowerCase() === term);
  return record.name?.toLowerCase() === term && (orgId === null || record.org_id === undefined || record.org_id === orgId);
}

export interface PipedrivePlan {
  organization: { body: PipedriveOrganizationBody; search: PipedriveSearch } | null;
  person: { body: PipedrivePersonBody; search: PipedriveSearch } | null;
}

/** One line as Pipedrive shows an address ("Hauptstr. 1, 80331 München, Germany"). */
function addressOf(company: CrmCompany): PipedriveAddress | undefined {
  const town = [company.postalCode?.value, company.city?.value].filter(Boolean).join(' ');
  const value = [company.street?.value, town, company.country?.value].filter(Boolean).join(', ');
  if (!value) return undefined;
  const address: PipedriveAddress = { value };
  if (company.street) address.route = company.street.value;
  if (company.postalCode) address.postal_code = company.postalCode.value;
  if (company.city) address.locality = company.city.value;
  if (company.country) address.country = company.country.value;
  return address;
}

export function organizationBody(company: CrmCompany & { name: NonNullable<CrmCompany['name']> }): PipedriveOrganizationBody {
  const body: PipedriveOrganizationBody = { name: company.name.value };
  if (company.website) body.website = company.website.value;
  const address = addressOf(company);
  if (address) body.address = address;
  return body;
}

export function personBody(person: CrmPerson, name: string): PipedrivePersonBody {
  const body: PipedrivePersonBody = { name };
  if (person.email) body.emails = [{ value: person.email.value, primary: true, label: 'work' }];
  const phones: PipedriveLabelled[] = [];
  if (person.phone) phones.push({ value: person.phone.value, primary: true, label: 'work' });
  if (person.mobile) phones.push({ value: person.mobile.value, primary: !person.phone, label: 'mobile' });
  if (phones.length) body.phones = phones;
  if (person.title) body.job_title = person.title.value;
  return body;
}

/**
 * The lead as an organization and a person. Pipedrive requires a name for both: a person is named by
 * first and last name, else by the e-mail; an organization by its name (a domain alone is not one).
 */
export function pipedrivePlan(lead: Lead): { ok: true; plan: PipedrivePlan } | { ok: false; error: AppError } {
  const { person, company } = toCrmRecord(lead);
  const personName = person ? [person.firstName?.value, person.lastName?.value].filter(Boolean).join(' ') || person.email?.value : undefined;
  const organization = company?.name
    ? { body: organizationBody({ ...company, name: company.name }), search: { term: company.name.value, fields: 'name' as const } }
    : null;
  if (!organization && !person) return { ok: false, error: appError('crm-field-missing', { fields: ['companyName'] }) };
  return {
    ok: true,
    plan: {
      organization,
      person: person && personName
        ? { body: personBody(person, personName), search: person.email ? { term: person.email.value, fields: 'email' } : { term: personName, fields: 'name' } }
        : null,
    },
  };
}

/** The person's page in the company's Pipedrive (`https://acme.pipedrive.com/person/42`). */
export function pipedriveRecordUrl(companyOrigin: string, object: 'person' | 'organization', id: number | string): string {
  return `${companyOrigin}/${object}/${encodeURIComponent(String(id))}`;
}

/**
 * The connectors' request and answer shapes checked against the official client packages' typed models
 * (dev dependencies only: never imported by src/, so never in the bundle). Checked by the typecheck:
 * each `wire<…>(…)` below fails `npm run typecheck` when a shape drifts from the package's model. The
 * models are classes as the clients deserialize them, so `Wire<T>` (test/support/crm/wire.ts) turns them
 * back into the JSON on the wire.
 */
import type {
  BatchInputSimplePublicObjectBatchInput,
  BatchInputSimplePublicObjectBatchInputUpsert,
  BatchResponseSimplePublicObjectWithErrors,
  BatchResponseSimplePublicUpsertObjectWithErrors,
  CollectionResponseWithTotalSimplePublicObjectForwardPaging,
  PublicObjectSearchRequest,
} from '@hubspot/api-client/lib/codegen/crm/companies';
import type { PropertyCreate } from '@hubspot/api-client/lib/codegen/crm/properties';
import type { BatchInputPublicDefaultAssociationMultiPost, BatchResponsePublicDefaultAssociation } from '@hubspot/api-client/lib/codegen/crm/associations/v4';
import type {
  AddOrganizationRequest, AddPersonRequest, GetOrganizationSearchResponse, GetOrganizationsResponse, GetPersonSearchResponse, GetPersonsResponse, UpdateOrganizationRequest, UpdatePersonRequest,
  UpsertOrganizationResponse, UpsertPersonResponse,
} from 'pipedrive/v2';
import type { HubSpotAssociationsAnswer, HubSpotBatchAnswer, HubSpotObjectsAnswer, HubSpotSearchAnswer } from '../../../src/core/crm/hubspot-answers';
import type { PipedriveEnvelope, PipedriveListAnswer, PipedriveRecord, PipedriveSearchAnswer } from '../../../src/core/crm/pipedrive-answers';
import { describe, expect, it } from 'vitest';
import { COMPANY_KEY_DEFINITION, companiesSearch, companyKey, companyUpsert, contactBatches, hubspotPlan, type HubSpotCompanyInput } from '../../../src/core/crm/hubspot-mapping';
import { pipedrivePlan, type PipedriveOrganizationBody, type PipedrivePersonBody } from '../../../src/core/crm/pipedrive-mapping';
import { wire, type Wire } from '../../support/crm/wire';
import { COMPLETE, lead } from '../lead/helpers';


const anna = lead({ ...COMPLETE, personEmail: 'anna@acme.de', role: 'CEO', mobile: '0171 2345678' });

describe('HubSpot shapes against @hubspot/api-client', () => {
  it('the contact batch upsert, the company search and the company batch create/update bodies', () => {
    const plan = hubspotPlan(anna, 'trace-1');
    if (!plan.ok || !plan.plan.contact || !plan.plan.company) throw new Error('no plan');
    const batch = wire<Wire<BatchInputSimplePublicObjectBatchInputUpsert>>(contactBatches([plan.plan.contact])[0]!);
    const search = wire<Wire<PublicObjectSearchRequest>>(companiesSearch([companyKey(plan.plan.company)]));
    const key = companyKey(plan.plan.company);
    wire<Wire<BatchInputSimplePublicObjectBatchInputUpsert>>({ inputs: [companyUpsert(key, plan.plan.company)] });
    wire<Wire<BatchInputSimplePublicObjectBatchInput>>({ inputs: [{ id: '7', properties: plan.plan.company.properties, objectWriteTraceId: key }] satisfies HubSpotCompanyInput[] });
    wire<Wire<PropertyCreate>>(COMPANY_KEY_DEFINITION);
    wire<Wire<BatchInputPublicDefaultAssociationMultiPost>>({ inputs: [{ from: { id: '1' }, to: { id: '2' } }] });
    expect(batch.inputs[0]?.idProperty).toBe('email');
    expect(search.filterGroups?.[0]?.filters[0]?.operator).toBe('IN');
  });
});

describe('Pipedrive shapes against the pipedrive package (v2)', () => {
  it('the person and organization bodies, for create and for update', () => {
    const plan = pipedrivePlan(anna);
    if (!plan.ok || !plan.plan.person || !plan.plan.organization) throw new Error('no plan');
    const person: PipedrivePersonBody = { ...plan.plan.person.body, org_id: 7 };
    const org: PipedriveOrganizationBody = plan.plan.organization.body;
    wire<AddPersonRequest>(person);
    wire<UpdatePersonRequest>(person);
    wire<AddOrganizationRequest>(org);
    wire<UpdateOrganizationRequest>(org);
    expect(person.emails?.[0]).toEqual({ value: 'anna@acme.de', primary: true, label: 'work' });
  });
});

/**
 * Answers: every answer the package describes must fit the type the connector reads it as, so a field
 * the connector relies on cannot be missing or of another type in the official model.
 */
export function answersFitTheConnectors(
  hsBatch: Wire<BatchResponseSimplePublicUpsertObjectWithErrors>,
  hsSearch: Wire<CollectionResponseWithTotalSimplePublicObjectForwardPaging>,
  hsObjects: Wire<BatchResponseSimplePublicObjectWithErrors>,
  hsLinks: Wire<BatchResponsePublicDefaultAssociation>,
  pdPersons: GetPersonSearchResponse,
  pdOrgs: GetOrganizationSearchResponse,
  pdPerson: UpsertPersonResponse,
  pdOrg: UpsertOrganizationResponse,
  pdPersonList: GetPersonsResponse,
  pdOrgList: GetOrganizationsResponse,
): unknown[] {
  return [
    wire<HubSpotBatchAnswer>(hsBatch), wire<HubSpotSearchAnswer>(hsSearch), wire<HubSpotObjectsAnswer>(hsObjects), wire<HubSpotAssociationsAnswer>(hsLinks),
    wire<PipedriveSearchAnswer>(pdPersons), wire<PipedriveSearchAnswer>(pdOrgs),
    wire<PipedriveEnvelope<PipedriveRecord>>(pdPerson), wire<PipedriveEnvelope<PipedriveRecord>>(pdOrg),
    wire<PipedriveListAnswer>(pdPersonList), wire<PipedriveListAnswer>(pdOrgList),
  ];
}

/** Each connector's field mapping: the lead read once (crm-record.ts), renamed per CRM. */
import { describe, expect, it } from 'vitest';
import { companyName, toCrmRecord } from '../../../src/core/crm/crm-record';
import { companiesSearch, companyKey, contactBatches, hubspotPlan, HUBSPOT_BATCH_LIMIT, type HubSpotUpsertInput } from '../../../src/core/crm/hubspot-mapping';
import { pipedrivePlan } from '../../../src/core/crm/pipedrive-mapping';
import { isExternalIdField, leadFieldsOf, leadUpsertPath, salesforceLead } from '../../../src/core/crm/salesforce-mapping';
import { COMPLETE, lead } from '../lead/helpers';

const ANNA = { ...COMPLETE, personEmail: 'Anna.Schaefer@Acme.de', role: 'Head of Sales', mobile: '0171 2345678', salutation: 'Frau', legalForm: 'GmbH', country: 'Deutschland' };
const anna = lead(ANNA);

describe('the lead as a CRM record', () => {
  it('reads person and company apart, phones in E.164, e-mails lower-cased, the domain registrable', () => {
    const r = toCrmRecord(anna);
    expect(r.person).toMatchObject({ firstName: { value: 'Anna' }, lastName: { value: 'Schäfer' }, email: { value: 'anna.schaefer@acme.de', field: 'personEmail' }, mobile: { value: '+491712345678' } });
    // No direct line: the person is reached through the switchboard.
    expect(r.person?.phone).toEqual({ value: '+49891234567', field: 'phone' });
    expect(r.company).toMatchObject({ name: { value: 'Acme GmbH' }, domain: { value: 'acme.de', field: 'website' }, email: { value: 'info@acme.de' } });
  });

  it("never makes the company's general address the person's", () => {
    expect(toCrmRecord(lead({ companyName: 'Acme', lastName: 'Schäfer', email: 'info@acme.de' })).person?.email).toBeUndefined();
  });

  it('adds the legal form once, and keeps a phone that does not parse as written', () => {
    expect(companyName(lead({ companyName: 'Acme', legalForm: 'GmbH' }))?.value).toBe('Acme GmbH');
    expect(companyName(lead({ companyName: 'Acme GmbH', legalForm: 'GmbH' }))?.value).toBe('Acme GmbH');
    expect(toCrmRecord(lead({ companyName: 'Acme', phone: 'ext. 12' })).company?.phone?.value).toBe('ext. 12');
  });

  it('has no person for a company-only lead and no company for a lone person', () => {
    expect(toCrmRecord(lead({ companyName: 'Acme', phone: '089 1234567' })).person).toBeNull();
    expect(toCrmRecord(lead({ lastName: 'Schäfer', personEmail: 'a@b.de' })).company).toBeNull();
  });
});

describe('HubSpot', () => {
  it('upserts the contact by its e-mail with the trace id, and looks the company up by domain', () => {
    const result = hubspotPlan(anna, 'trace-1');
    if (!result.ok) throw new Error(result.error.code);
    expect(result.plan.contact).toEqual({
      idProperty: 'email', id: 'anna.schaefer@acme.de', objectWriteTraceId: 'trace-1',
      properties: {
        email: 'anna.schaefer@acme.de', firstname: 'Anna', lastname: 'Schäfer', salutation: 'Frau', jobtitle: 'Head of Sales',
        phone: '+49891234567', mobilephone: '+491712345678', company: 'Acme GmbH', website: 'https://www.acme.de',
        address: 'Hauptstraße 1', zip: '80331', city: 'München', country: 'Deutschland',
      },
    });
    expect(result.plan.company).toEqual({
      domain: 'acme.de',
      properties: { name: 'Acme GmbH', domain: 'acme.de', website: 'https://www.acme.de', phone: '+49891234567', address: 'Hauptstraße 1', zip: '80331', city: 'München', country: 'Deutschland' },
    });
    expect(companiesSearch([companyKey(result.plan.company!)]).filterGroups).toEqual([{ filters: [{ propertyName: 'domain', operator: 'IN', values: ['acme.de'] }] }]);
  });

  it('asks for the e-mail of a named person instead of creating a contact a retry would double', () => {
    expect(hubspotPlan(lead({ ...COMPLETE }), 't')).toEqual({ ok: false, error: { code: 'crm-field-missing', params: { fields: ['personEmail'] } } });
  });

  it('pushes a company-only lead as a company alone', () => {
    const result = hubspotPlan(lead({ companyName: 'Acme', website: 'acme.de' }), 't');
    expect(result.ok && result.plan).toEqual({ contact: null, company: { domain: 'acme.de', properties: { name: 'Acme', domain: 'acme.de', website: 'acme.de' } } });
  });

  it('cuts batches at 100 inputs', () => {
    const inputs = Array.from({ length: 205 }, (_, i): HubSpotUpsertInput => ({ idProperty: 'email', id: `p${i}@acme.de`, properties: {}, objectWriteTraceId: `${i}` }));
    expect(contactBatches(inputs).map((b) => b.inputs.length)).toEqual([HUBSPOT_BATCH_LIMIT, HUBSPOT_BATCH_LIMIT, 5]);
    expect(contactBatches(inputs)[2]?.inputs[0]?.id).toBe('p200@acme.de');
  });
});

describe('Pipedrive', () => {
  it('finds the person by e-mail and the organization by name', () => {
    const result = pipedrivePlan(anna);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.plan.person).toEqual({
      search: { term: 'anna.schaefer@acme.de', fields: 'email' },
      body: {
        name: 'Anna Schäfer', job_title: 'Head of Sales',
        emails: [{ value: 'anna.schaefer@acme.de', primary: true, label: 'work' }],
        phones: [{ value: '+49891234567', primary: true, label: 'work' }, { value: '+491712345678', primary: false, label: 'mobile' }],
      },
    });
    expect(result.plan.organization).toEqual({
      search: { term: 'Acme GmbH', fields: 'name' },
      body: {
        name: 'Acme GmbH', website: 'https://www.acme.de',
        address: { value: 'Hauptstraße 1, 80331 München, Deutschland', route: 'Hauptstraße 1', postal_code: '80331', locality: 'München', country: 'Deutschland' },
      },
    });
  });

  it('names a person without a name by the e-mail, and finds one without an e-mail by name', () => {
    const byMail = pipedrivePlan(lead({ personEmail: 'x@acme.de' }));
    expect(byMail.ok && byMail.plan.person?.body.name).toBe('x@acme.de');
    const byName = pipedrivePlan(lead({ firstName: 'Anna', lastName: 'Schäfer', companyName: 'Acme' }));
    expect(byName.ok && byName.plan.person?.search).toEqual({ term: 'Anna Schäfer', fields: 'name' });
  });

  it('needs a company name when there is no person (a domain is no organization name)', () => {
    expect(pipedrivePlan(lead({ website: 'acme.de' }))).toEqual({ ok: false, error: { code: 'crm-field-missing', params: { fields: ['companyName'] } } });
  });
});

describe('Salesforce', () => {
  it('maps the Lead with the picklist salutation and the person before the switchboard', () => {
    const result = salesforceLead(lead({ ...ANNA, directPhone: '089 1234-99', notes: 'Met at the fair' }));
    expect(result).toEqual({
      ok: true,
      body: {
        Salutation: 'Ms.', FirstName: 'Anna', LastName: 'Schäfer', Title: 'Head of Sales', Company: 'Acme GmbH', Email: 'anna.schaefer@acme.de',
        Phone: '+4989123499', MobilePhone: '+491712345678', Website: 'https://www.acme.de', Street: 'Hauptstraße 1', PostalCode: '80331',
        City: 'München', Country: 'Deutschland', Description: 'Met at the fair',
      },
    });
  });

  it('asks for LastName and Company before sending', () => {
    expect(salesforceLead(lead({ firstName: 'Anna', website: 'acme.de' }))).toEqual({ ok: false, error: { code: 'crm-field-missing', params: { fields: ['lastName', 'companyName'] } } });
  });

  it('refuses a value longer than its field instead of cutting it, naming the lead field', () => {
    const long = `${'a'.repeat(75)}@acme.de`;
    expect(salesforceLead(lead({ lastName: 'S', companyName: 'Acme', personEmail: long }))).toEqual({ ok: false, error: { code: 'crm-field-too-long', params: { field: 'personEmail', max: 80 } } });
    // Characters, not UTF-16 units or bytes: 40 umlauts fit FirstName.
    expect(salesforceLead(lead({ lastName: 'S', companyName: 'Acme', firstName: 'ä'.repeat(40) })).ok).toBe(true);
  });

  it('translates the fields an error names back to lead fields', () => {
    expect(leadFieldsOf(anna, ['Email', 'Company', 'Unknown__c'])).toEqual(['personEmail', 'companyName']);
  });

  it('upserts through a valid custom external-id field', () => {
    expect(isExternalIdField('Leadfill_Id__c')).toBe(true);
    for (const bad of ['Id', 'Leadfill__Id__c', 'a/b__c', '../x__c', 'Name']) expect(isExternalIdField(bad), bad).toBe(false);
    expect(leadUpsertPath('Leadfill_Id__c', 'l 1')).toBe('/services/data/v67.0/sobjects/Lead/Leadfill_Id__c/l%201');
  });
});

describe('HubSpot company search', () => {
  it('looks a company without a website up by its name, in the same search as the others by domain', () => {
    const keys = [companyKey({ domain: null, properties: { name: 'Acme GmbH' } }), companyKey({ domain: 'Beispiel.de', properties: { name: 'Beispiel AG' } })];
    expect(keys).toEqual(['name:acme gmbh', 'domain:beispiel.de']);
    expect(companiesSearch(keys, '200')).toEqual({
      filterGroups: [{ filters: [{ propertyName: 'domain', operator: 'IN', values: ['beispiel.de'] }] }, { filters: [{ propertyName: 'name', operator: 'IN', values: ['acme gmbh'] }] }],
      properties: ['name', 'domain'], limit: 200, after: '200',
    });
  });
});

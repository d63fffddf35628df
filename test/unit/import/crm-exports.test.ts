/** CRM exports (Salesforce, HubSpot, Pipedrive, Zoho, Dynamics 365) in their exact header sets, with invented companies. */
import { describe, expect, it } from 'vitest';
import {
  DYNAMICS_CONTACTS, DYNAMICS_LEADS, exportCsv, HUBSPOT_COMPANIES, HUBSPOT_CONTACTS, PIPEDRIVE_ORGANIZATIONS, PIPEDRIVE_PERSONS, PIPEDRIVE_SAMPLE,
  SALESFORCE_ACCOUNT_DATA_LOADER, SALESFORCE_ACCOUNT_REPORT, SALESFORCE_CONTACT, SALESFORCE_LEAD, ZOHO_LEADS,
} from '../../fixtures/import/export-shapes';
import { importText, targetOf, values } from './helpers';

describe('Salesforce', () => {
  it('reads a Data Loader Account export: NAME is the company, no ID column ever is', () => {
    const r = importText(exportCsv(SALESFORCE_ACCOUNT_DATA_LOADER, [{
      ID: '001x000000AbCdEAA1', ISDELETED: 'false', NAME: 'Brightwater Filtration Inc.', BILLINGSTREET: '88 Harbor Rd', BILLINGCITY: 'Portland',
      BILLINGSTATE: 'OR', BILLINGPOSTALCODE: '97201', BILLINGCOUNTRY: 'US', SHIPPINGCITY: 'Reno', PHONE: '(503) 555-0117', WEBSITE: 'brightwater.example',
      SITE: 'Headquarters', OWNERID: '005x000000ZzYyXAAQ', JIGSAWCOMPANYID: '4471123', DESCRIPTION: 'Met at trade fair',
    }]), 'DE');
    expect(r.vendor).toEqual({ id: 'salesforce-account', name: 'Salesforce Account' });
    for (const h of ['ID', 'OWNERID', 'JIGSAWCOMPANYID', 'SITE', 'SHIPPINGCITY', 'ACCOUNTNUMBER']) expect(targetOf(r, h), h).toBeNull();
    expect(values(r)).toEqual([{ companyName: 'Brightwater Filtration Inc.', street: '88 Harbor Rd', city: 'Portland', postalCode: '97201', country: 'US',
      phone: '(503) 555-0117', website: 'brightwater.example', notes: 'Met at trade fair' }]);
    expect(r.leads[0]?.keys).toContain('phone:+15035550117');
  });

  it('reads an Account report with labels', () => {
    const r = importText(exportCsv(SALESFORCE_ACCOUNT_REPORT, [{ 'Account ID': '001x000000AbCdE', 'Account Name': 'Brightwater Filtration Inc.',
      'Billing Street': '88 Harbor Rd', 'Billing City': 'Portland', 'Billing State/Province': 'OR', 'Billing Zip/Postal Code': '97201', Phone: '503-555-0117' }]), 'DE');
    expect(r.vendor?.id).toBe('salesforce-account-report');
    expect(values(r)[0]).toMatchObject({ companyName: 'Brightwater Filtration Inc.', postalCode: '97201', phone: '+1 503 555 0117' });
  });

  it('reads Lead and Contact exports with API names', () => {
    const lead = importText(exportCsv(SALESFORCE_LEAD, [{ Id: '00Qx000000AAAAA', LastName: 'Okafor', FirstName: 'Chidi', Name: 'Chidi Okafor', Title: 'CTO',
      Company: 'Lumen Robotics Ltd', City: 'Leeds', Country: 'United Kingdom', Phone: '0113 496 0123', MobilePhone: '07700 900123', Email: 'chidi@lumen.example',
      LeadSource: 'Web', Status: 'Open - Not Contacted', IsConverted: 'false', JigsawContactId: '998877' }]));
    expect(lead.vendor?.id).toBe('salesforce-lead');
    expect(values(lead)[0]).toEqual({ lastName: 'Okafor', firstName: 'Chidi', role: 'CTO', companyName: 'Lumen Robotics Ltd', city: 'Leeds',
      country: 'United Kingdom', phone: '0113 496 0123', mobile: '07700 900123', email: 'chidi@lumen.example', source: 'Web' });
    const contact = importText(exportCsv(SALESFORCE_CONTACT, [{ Id: '003x', AccountId: '001x000000AbCdE', LastName: 'Okafor', FirstName: 'Chidi',
      MailingStreet: '1 Park Row', MailingCity: 'Leeds', MailingPostalCode: 'LS1 5AB', HomePhone: '0113 496 0999', Phone: '0113 496 0123', Title: 'CTO' }]));
    expect(contact.vendor?.id).toBe('salesforce-contact');
    expect(targetOf(contact, 'AccountId')).toBeNull();
    expect(values(contact)[0]).toEqual({ lastName: 'Okafor', firstName: 'Chidi', street: '1 Park Row', city: 'Leeds', postalCode: 'LS1 5AB',
      phone: '+44 113 496 0123', role: 'CTO' });
  });
});

describe('HubSpot', () => {
  it('reads a contacts export: the associated company is the company, Record ID is not', () => {
    const r = importText(exportCsv(HUBSPOT_CONTACTS, [{ 'Record ID': '2059001001', 'First name': 'Greta', 'Last name': 'Lind', Email: 'greta@fjordbyte.example',
      'Job title': 'COO', 'Phone number': '+46 8 555 012 34', 'Mobile phone number': '+46 70 555 01 23', 'Contact owner': 'Avery Invented',
      'Associated company': 'Fjordbyte AB', 'Associated company ID': '1584001001' }]));
    expect(r.vendor?.id).toBe('hubspot-contacts');
    expect(values(r)[0]).toEqual({ firstName: 'Greta', lastName: 'Lind', email: 'greta@fjordbyte.example', role: 'COO', phone: '+46 8 555 012 34',
      mobile: '+46 70 555 01 23', owner: 'Avery Invented', companyName: 'Fjordbyte AB' });
  });

  it('reads a companies export with its domain and owner', () => {
    const r = importText(exportCsv(HUBSPOT_COMPANIES, [{ 'Record ID': '1584001001', 'Company name': 'Fjordbyte AB', 'Company domain name': 'fjordbyte.example',
      'Phone number': '08-555 012 34', City: 'Stockholm', 'Country/Region': 'Sweden', 'Company owner': 'Avery Invented', 'Associated contacts': 'Greta Lind' }]));
    expect(r.vendor?.id).toBe('hubspot-companies');
    expect(values(r)[0]).toEqual({ companyName: 'Fjordbyte AB', website: 'fjordbyte.example', phone: '08-555 012 34', city: 'Stockholm', country: 'Sweden',
      owner: 'Avery Invented' });
    expect(r.leads[0]?.keys).toContain('phone:+46855501234');
  });
});

describe('Pipedrive', () => {
  it('reads persons with their organization', () => {
    const r = importText(exportCsv(PIPEDRIVE_PERSONS, [{ 'Person - ID': '501001', 'Person - Name': 'Marta Nowak', 'Person - First name': 'Marta',
      'Person - Last name': 'Nowak', 'Person - Email (Work)': 'marta@wisla-tech.example', 'Person - Email (Home)': 'marta.n@mail.example',
      'Person - Phone': '+48 22 555 01 10', 'Person - Job title': 'CFO', 'Person - Organization': 'Wisla Tech Sp. z o.o.', 'Person - Organization ID': '401001' }]));
    expect(r.vendor?.id).toBe('pipedrive-persons');
    expect(values(r)[0]).toEqual({ firstName: 'Marta', lastName: 'Nowak', email: 'marta@wisla-tech.example', personEmail: 'marta.n@mail.example',
      phone: '+48 22 555 01 10', role: 'CFO', companyName: 'Wisla Tech Sp. z o.o.' });
  });

  it('splits an organization’s one-line address and reads its country from it', () => {
    const r = importText(exportCsv(PIPEDRIVE_ORGANIZATIONS, [{ 'Organization - ID': '401001', 'Organization - Name': 'Alpenglanz AG',
      'Organization - Address': 'Seestrasse 12, 8002 Zürich, Schweiz', 'Organization - Website': 'alpenglanz.example', 'Organization - Owner': 'Avery Invented' }]));
    expect(r.vendor?.id).toBe('pipedrive-organizations');
    expect(values(r)[0]).toEqual({ companyName: 'Alpenglanz AG', website: 'alpenglanz.example', owner: 'Avery Invented', street: 'Seestrasse 12',
      postalCode: '8002', city: 'Zürich', country: 'Schweiz' });
  });

  it('finds the header behind the instruction cell of Pipedrive’s import sample', () => {
    const preamble = '"Invented sample data\n- Mandatory* fields need to be mapped\n- Check the READ ME page",,,,,,,,,,,,\n';
    const r = importText(exportCsv(PIPEDRIVE_SAMPLE, [{ 'Person - Name*': 'Tony Invented', 'Person - Phone': '570-555-0197', 'Person - Email (Work)': 'tony@moveer.example',
      'Organization - Name*': 'Moveer Limited', 'Organization - Address': '943 Fincham Road, Santa Fe, NM 87503, US', 'Deal - Title': 'Moveer Deal' }], { preamble }));
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'preamble-skipped' }));
    expect(r.rejected).toEqual([]);
    expect(values(r)[0]).toMatchObject({ lastName: 'Invented', firstName: 'Tony', companyName: 'Moveer Limited', email: 'tony@moveer.example',
      street: '943 Fincham Road', city: 'Santa Fe', postalCode: '87503', phone: '+1 570 555 0197' });
    expect(r.rejected.length + r.leads.length).toBe(r.dataRows);
  });
});

describe('Zoho CRM and Dynamics 365', () => {
  it('reads Zoho leads: Designation is the role, the record ID is nothing', () => {
    const r = importText(exportCsv(ZOHO_LEADS, [{ 'Record Id': '5725767000005101001', 'Lead Owner': 'Avery Invented', Company: 'Sunfield Energy Pvt Ltd',
      'First Name': 'Priya', 'Last Name': 'Raman', Designation: 'Procurement Head', Email: 'priya@sunfield.example', Phone: '+91 80 5550 1234',
      'Lead Source': 'Trade Show', 'Lead Status': 'Contacted', 'Email Opt Out': 'false', Street: '12 MG Road', City: 'Bengaluru', 'Zip Code': '560001', Country: 'India' }]));
    expect(r.vendor?.id).toBe('zoho-leads');
    expect(values(r)[0]).toEqual({ owner: 'Avery Invented', companyName: 'Sunfield Energy Pvt Ltd', firstName: 'Priya', lastName: 'Raman', role: 'Procurement Head',
      email: 'priya@sunfield.example', phone: '+91 80 5550 1234', source: 'Trade Show', street: '12 MG Road', city: 'Bengaluru', postalCode: '560001', country: 'India' });
  });

  it('reads Dynamics 365 leads and contacts: the (Do Not Modify) and GUID columns are never the company', () => {
    const leads = importText(exportCsv(DYNAMICS_LEADS, [{ '(Do Not Modify) Lead': '8d9619ff-8b86-d011-b42d-00cf4fc964bb', '(Do Not Modify) Row Checksum': 'abc==',
      Name: 'Hana Novak', Topic: 'Fleet tablets', 'Company Name': 'Vltava Freight s.r.o.', 'First Name': 'Hana', 'Last Name': 'Novak', 'Business Phone': '+420 222 555 010',
      'Address 1: City': 'Praha', 'Address 1: ZIP/Postal Code': '110 00', 'Address 1: Country/Region': 'Czech Republic' }]));
    expect(leads.vendor?.id).toBe('dynamics-365');
    for (const h of ['(Do Not Modify) Lead', 'Name', 'Topic']) expect(targetOf(leads, h) === 'companyName' ? h : null).toBeNull();
    expect(values(leads)[0]).toMatchObject({ companyName: 'Vltava Freight s.r.o.', firstName: 'Hana', lastName: 'Novak', phone: '+420 222 555 010', city: 'Praha' });
    const contacts = importText(exportCsv(DYNAMICS_CONTACTS, [{ Contact: '9e9619ff-8b86-d011-b42d-00cf4fc964cc', 'Full Name': 'Hana Novak',
      'Company Name': 'Vltava Freight s.r.o.', 'Business Phone': '+420 222 555 010', 'Address 1: City': 'Praha' }]));
    expect(contacts.vendor?.id).toBe('dynamics-365');
    expect(targetOf(contacts, 'Contact')).toBeNull();
    expect(values(contacts)[0]).toMatchObject({ companyName: 'Vltava Freight s.r.o.', lastName: 'Novak', firstName: 'Hana' });
  });
});

describe('ID columns', () => {
  it('leaves out a name column whose values are record keys, whatever its header says', () => {
    const r = importText('Account;Firma;Nachname\n8d9619ff-8b86-d011-b42d-00cf4fc964bb;Acme GmbH;Schulz\n9e9619ff-8b86-d011-b42d-00cf4fc964cc;Beta AG;Brandt\n');
    expect(r.headers.map((h) => targetOf(r, h))).toEqual([null, 'companyName', 'lastName']);
    expect(r.columns[0]?.ignored).toBe('id');
    expect(values(r).map((v) => v['companyName'])).toEqual(['Acme GmbH', 'Beta AG']);
  });

  it('keeps a company column of real names that contain digits', () => {
    const r = importText('Firma;Ort\n3M Deutschland GmbH;Neuss\n1&1 Versatel;Düsseldorf\n');
    expect(targetOf(r, 'Firma')).toBe('companyName');
  });
});

describe('substring traps', () => {
  it('matches whole words: Privat is no VAT ID, Directory Server no direct phone, an ID column no company', () => {
    const r = importText('Firma;Privat;Directory Server;JigsawCompanyId;Telefon (Zentrale);USt-IdNr.\nAcme GmbH;Ja;ldap.acme.example;123;089 5550100;DE123456789\n');
    expect(r.headers.map((h) => targetOf(r, h))).toEqual(['companyName', null, null, null, 'phone', 'vatId']);
  });
});

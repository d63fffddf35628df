/** What a rep types into the connect forms, read as each CRM's settings page shows it. */
import { describe, expect, it } from 'vitest';
import { checkApiToken, hubspotApiUrl, isSharedLoginHost, pipedriveCompanyUrl, salesforceLoginUrl } from '../../../src/core/crm/connection-address';

const value = (r: { ok: boolean; value?: string; error?: { code: string } }) => (r.ok ? r.value : r.error?.code);

describe('connection addresses', () => {
  it('reads a Pipedrive company domain as its Pipedrive origin', () => {
    expect(value(pipedriveCompanyUrl('acme'))).toBe('https://acme.pipedrive.com');
    expect(value(pipedriveCompanyUrl(' acme.pipedrive.com '))).toBe('https://acme.pipedrive.com');
    expect(value(pipedriveCompanyUrl('https://acme.pipedrive.com/persons/list'))).toBe('https://acme.pipedrive.com');
    expect(value(pipedriveCompanyUrl('http://acme.pipedrive.com'))).toBe('crm-url-insecure');
    expect(value(pipedriveCompanyUrl(''))).toBe('crm-url-invalid');
    expect(value(pipedriveCompanyUrl('http://127.0.0.1:4100'))).toBe('http://127.0.0.1:4100');
  });

  it('takes HubSpot\'s public API host when the address is left empty', () => {
    expect(value(hubspotApiUrl(''))).toBe('https://api.hubapi.com');
    expect(value(hubspotApiUrl('api.hubapi.com/'))).toBe('https://api.hubapi.com');
    expect(value(hubspotApiUrl('https://user:pw@api.hubapi.com'))).toBe('crm-url-invalid');
  });

  it('asks for every My Domain only when the rep logs in through a shared login host', () => {
    expect(value(salesforceLoginUrl('acme.my.salesforce.com'))).toBe('https://acme.my.salesforce.com');
    expect(isSharedLoginHost('https://acme.my.salesforce.com')).toBe(false);
    expect(isSharedLoginHost('https://login.salesforce.com')).toBe(true);
    expect(isSharedLoginHost('https://test.salesforce.com')).toBe(true);
    expect(value(salesforceLoginUrl('ftp://acme'))).toBe('crm-url-invalid');
  });

  it('accepts a token copied whole, trimmed, and names one that went wrong', () => {
    expect(value(checkApiToken('  pat-eu1-0f3c1d2e-4b5a-6789-abcd-ef0123456789\n'))).toBe('pat-eu1-0f3c1d2e-4b5a-6789-abcd-ef0123456789');
    expect(value(checkApiToken('pat-eu1-0f3c 1d2e-4b5a-6789'))).toBe('crm-token-invalid');
    expect(value(checkApiToken('abc'))).toBe('crm-token-invalid');
    expect(value(checkApiToken(''))).toBe('crm-token-invalid');
  });
});

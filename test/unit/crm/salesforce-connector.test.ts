/**
 * Contract tests: Salesforce sign-in (OAuth web-server flow with PKCE) and the Lead connector against
 * an org on 127.0.0.1 that answers as the REST API documents (test/support/crm/salesforce-server.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSalesforceConnector, SALESFORCE_ACCESS_TOKEN, SALESFORCE_REFRESH_TOKEN } from '../../../src/background/crm/salesforce';
import { exchangeSalesforceCode } from '../../../src/background/crm/salesforce-auth';
import { secret } from '../../../src/background/secrets';
import type { PushItem } from '../../../src/core/crm/connector';
import { idempotencyKey } from '../../../src/core/crm/idempotency';
import { codeFromRedirect, salesforceLogin } from '../../../src/core/crm/salesforce-oauth';
import type { Result } from '../../../src/core/errors';
import type { LeadField } from '../../../src/core/lead/types';
import { startSalesforceServer, type SalesforceServer } from '../../support/crm/salesforce-server';
import { lead } from '../lead/helpers';

const servers: SalesforceServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server() {
  const s = await startSalesforceServer();
  servers.push(s);
  return s;
}

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';

/** Stands in for identity.launchWebAuthFlow: follows the login page's redirect and returns where it points. */
async function launch(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (!location?.startsWith(REDIRECT)) throw new Error('The login window was closed.');
  return location;
}

function connector(sf: SalesforceServer, secrets: Map<string, string>, options: Record<string, string> = {}) {
  return createSalesforceConnector({
    connection: { id: 'sf-1', kind: 'salesforce', label: 'Salesforce', url: sf.url, options: { clientId: sf.clientId, ...options } },
    secret: async (name) => { const v = secrets.get(name); return v ? secret(v) : undefined; },
    saveSecret: async (name, value) => { secrets.set(name, value); },
    fetch: (...args) => fetch(...args),
    now: () => Date.now(),
  });
}

async function signedIn(sf: SalesforceServer) {
  return new Map([[SALESFORCE_ACCESS_TOKEN, sf.accessToken()], [SALESFORCE_REFRESH_TOKEN, sf.issueRefreshToken()]]);
}

const person = (id: string, values: Partial<Record<LeadField, string>> = {}) => lead({
  companyName: 'Beispiel Werkzeuge', legalForm: 'GmbH', city: 'Ulm', firstName: 'Erika', lastName: 'Musterfrau', personEmail: `${id}@beispiel-werkzeuge.example`, ...values,
}, { id });
const item = (l: ReturnType<typeof lead>): PushItem => ({ lead: l, event: 'lead.completed', idempotencyKey: idempotencyKey('sf-1', l.id, l.updatedAt), remoteId: null });
const signal = () => AbortSignal.timeout(5_000);

/** The options page's half (login window, code read back against the state), then the background's exchange. */
async function signInToSalesforce(loginUrl: string, clientId: string, open: (url: string) => Promise<string> = launch): Promise<Result<unknown>> {
  const login = await salesforceLogin({ loginUrl, clientId, redirectUri: REDIRECT });
  let redirect: string;
  try {
    redirect = await open(login.url);
  } catch {
    return { ok: false, error: { code: 'crm-unauthorized' } };
  }
  const code = codeFromRedirect(redirect, login.state);
  if (!code.ok) return code;
  return exchangeSalesforceCode({ loginUrl, clientId, code: code.value, verifier: login.verifier, redirectUri: REDIRECT }, fetch, signal());
}

describe('Salesforce sign-in (PKCE)', () => {
  it('exchanges the code with its verifier, without a client secret', async () => {
    const sf = await server();
    const token = (await signInToSalesforce(sf.url, sf.clientId)) as Result<{ instance_url: string; refresh_token?: string }>;
    expect(token.ok && token.value.instance_url).toBe(sf.url);
    expect(token.ok && token.value.refresh_token).toMatch(/^5Aep/);
    const exchange = sf.requests.find((r) => r.path === '/services/oauth2/token');
    expect(String(exchange?.body)).toMatch(/code_verifier=/);
    expect(String(exchange?.body)).not.toMatch(/client_secret/);
  });

  it('refuses a wrong client id, a closed window, a verifier that is from another login, and an http login host', async () => {
    const sf = await server();
    expect(await signInToSalesforce(sf.url, 'other')).toEqual({ ok: false, error: { code: 'crm-unauthorized' } });
    expect(await signInToSalesforce(sf.url, sf.clientId, async () => { throw new Error('closed'); })).toEqual({ ok: false, error: { code: 'crm-unauthorized' } });
    const login = await salesforceLogin({ loginUrl: sf.url, clientId: sf.clientId, redirectUri: REDIRECT });
    const code = codeFromRedirect(await launch(login.url), login.state);
    const other = await salesforceLogin({ loginUrl: sf.url, clientId: sf.clientId, redirectUri: REDIRECT });
    expect(await exchangeSalesforceCode({ loginUrl: sf.url, clientId: sf.clientId, code: code.ok ? code.value : '', verifier: other.verifier, redirectUri: REDIRECT }, fetch, signal()))
      .toEqual({ ok: false, error: { code: 'crm-unauthorized' } });
    expect(await exchangeSalesforceCode({ loginUrl: 'http://acme.my.salesforce.example', clientId: sf.clientId, code: 'c', verifier: login.verifier, redirectUri: REDIRECT }, fetch, signal()))
      .toEqual({ ok: false, error: { code: 'crm-url-insecure' } });
  });
});

describe('Salesforce connector', () => {
  it('upserts the Lead through the external id: created once, updated on a retry or a new version', async () => {
    const sf = await server();
    const c = connector(sf, await signedIn(sf));
    const first = await c.push([item(person('lead-1'))], signal());
    const [id] = [...sf.leads.keys()];
    expect(first.outcomes).toEqual([{ ok: true, remoteId: id, recordUrl: `${sf.url}/lightning/r/Lead/${id}/view` }]);
    expect(sf.leads.get(id!)).toMatchObject({ LastName: 'Musterfrau', Company: 'Beispiel Werkzeuge GmbH', Email: 'lead-1@beispiel-werkzeuge.example', Leadfill_Id__c: 'lead-1' });
    expect(sf.requests.at(-1)?.path).toBe('/services/data/v67.0/sobjects/Lead/Leadfill_Id__c/lead-1');
    const again = await c.push([item(person('lead-1', { role: 'Einkauf' }))], signal());
    expect(again.outcomes).toEqual(first.outcomes);
    expect(sf.leads.size).toBe(1);
    expect(sf.leads.get(id!)?.['Title']).toBe('Einkauf');
  });

  it('refreshes an expired token once and repeats the request; a revoked refresh token means connect again', async () => {
    const sf = await server();
    const secrets = await signedIn(sf);
    const c = connector(sf, secrets);
    const before = secrets.get(SALESFORCE_ACCESS_TOKEN);
    sf.expireSessions();
    expect((await c.push([item(person('lead-1'))], signal())).outcomes[0]?.ok).toBe(true);
    expect(secrets.get(SALESFORCE_ACCESS_TOKEN)).not.toBe(before);
    expect(sf.requests.map((r) => `${r.method} ${r.path.split('/').slice(0, 4).join('/')}`)).toEqual(['PATCH /services/data/v67.0', 'POST /services/oauth2/token', 'PATCH /services/data/v67.0']);
    sf.expireSessions();
    sf.revokeRefreshTokens();
    const count = sf.requests.length;
    expect((await connector(sf, secrets).push([item(person('lead-1'))], signal())).outcomes[0]).toEqual({ ok: false, error: { code: 'crm-unauthorized' } });
    expect(sf.requests.length - count).toBe(2);
  });

  it('reads error arrays: required fields and lengths name the lead field; 300 is ambiguous; 403 REQUEST_LIMIT_EXCEEDED pauses for the day, or waits briefly for a concurrency limit', async () => {
    const sf = await server();
    const c = connector(sf, await signedIn(sf));
    sf.faults.push({ answer: { status: 400, body: [{ message: 'Email: invalid email address', errorCode: 'INVALID_EMAIL_ADDRESS', fields: ['Email'] }] } });
    expect((await c.push([item(person('a'))], signal())).outcomes[0]).toEqual({ ok: false, error: { code: 'crm-rejected', params: { status: 400, fields: ['Email'] } }, fields: ['personEmail'] });
    sf.faults.push({ answer: { status: 400, body: [{ message: 'Use one of these records?', errorCode: 'DUPLICATES_DETECTED', fields: [] }] } });
    expect((await c.push([item(person('a'))], signal())).outcomes[0]).toEqual({ ok: false, error: { code: 'crm-duplicate' } });
    sf.faults.push({ answer: { status: 403, body: [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }] } });
    const paused = (await c.push([item(person('a'))], signal())).outcomes[0];
    expect(paused?.ok === false && paused.error.code).toBe('crm-quota-exhausted');
    // The same code for too many requests at once is a short wait, not a spent day.
    sf.faults.push({ answer: { status: 403, body: [{ message: 'ConcurrentPerOrgLongTxn Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }] } });
    expect((await c.push([item(person('a'))], signal())).outcomes[0]).toEqual({ ok: false, error: { code: 'crm-rate-limited', params: { retryAfterSeconds: null } } });
    sf.leads.set('00Qdup1', { LastName: 'X', Company: 'Y', Leadfill_Id__c: 'twice' });
    sf.leads.set('00Qdup2', { LastName: 'X', Company: 'Y', Leadfill_Id__c: 'twice' });
    expect((await c.push([item(person('twice'))], signal())).outcomes[0]).toEqual({ ok: false, error: { code: 'crm-ambiguous', params: { matches: 2 } } });
    sf.faults.push({ answer: { status: 503, body: [{ message: 'Server unavailable', errorCode: 'SERVER_UNAVAILABLE' }] } }, { answer: 'drop' });
    expect((await c.push([item(person('a'))], signal())).outcomes[0]).toEqual({ ok: false, error: { code: 'crm-unavailable', params: { status: 503 } } });
    expect((await c.push([item(person('a'))], signal())).outcomes[0]).toEqual({ ok: false, error: { code: 'crm-unreachable' } });
  });

  it('asks for LastName and Company, and for a shorter value, before sending', async () => {
    const sf = await server();
    const c = connector(sf, await signedIn(sf));
    expect((await c.push([item(person('a', { lastName: '', companyName: '' }))], signal())).outcomes[0])
      .toEqual({ ok: false, error: { code: 'crm-field-missing', params: { fields: ['lastName', 'companyName'] } }, fields: ['lastName', 'companyName'] });
    expect((await c.push([item(person('a', { city: 'U'.repeat(41) }))], signal())).outcomes[0])
      .toEqual({ ok: false, error: { code: 'crm-field-too-long', params: { field: 'city', max: 40 } }, fields: ['city'] });
    expect(sf.requests).toEqual([]);
  });
});

describe('Salesforce test connection', () => {
  it('checks the token, and that the external-id field exists as an External ID', async () => {
    const sf = await server();
    const secrets = await signedIn(sf);
    expect(await connector(sf, secrets).testConnection(signal())).toEqual({ ok: true, value: { account: `Salesforce ${new URL(sf.url).host}` } });
    expect(await connector(sf, secrets, { externalIdField: 'Other_Id__c' }).testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-external-id-missing', params: { field: 'Other_Id__c' } } });
    expect(await connector(sf, new Map()).testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-not-configured' } });
  });
});

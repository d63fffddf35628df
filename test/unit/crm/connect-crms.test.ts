/**
 * Connecting HubSpot, Pipedrive and Salesforce through the CRM requests, over fake-indexeddb with the
 * real settings and secrets stores, against the contract servers on 127.0.0.1: what the rep types is
 * read as each CRM's settings page shows it, the token lands only in the secrets store, a draft is
 * tested before it is saved, Salesforce's code is exchanged in the background, and disconnecting
 * gives back every origin the connection used.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectorFor, secretId } from '../../../src/background/crm/connectors';
import { createOutbox } from '../../../src/background/crm/outbox';
import { crmHandlers } from '../../../src/background/handlers-crm';
import { researchOriginsIn } from '../../../src/background/host-users';
import { memoryArea } from '../../support/memory-area';
import { secret as wrap } from '../../../src/background/secrets';
import type { Connection } from '../../../src/core/crm/connector';
import { codeFromRedirect, salesforceLogin } from '../../../src/core/crm/salesforce-oauth';
import { Failure, type AppError } from '../../../src/core/errors';
import { fakeContext } from '../background/fake-context';
import { HUBSPOT_SCOPES, startHubSpotServer } from '../../support/crm/hubspot-server';
import { startPipedriveServer } from '../../support/crm/pipedrive-server';
import { startSalesforceServer } from '../../support/crm/salesforce-server';

/** Match patterns carry no port (Firefox refuses one): every contract server's host. */
const LOOPBACK = 'http://127.0.0.1/*';
const HUBSPOT_TOKEN = 'pat-eu1-0f3c1d2e-4b5a-6789-abcd-ef0123456789';
const PIPEDRIVE_TOKEN = '5d41402abc4b2a76b9719d911017c592aa0f1e2d';
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function refusal(call: Promise<unknown>): Promise<AppError | null> {
  try {
    await call;
  } catch (err) {
    if (err instanceof Failure) return err.error;
    throw err;
  }
  return null;
}

function setup(grantedOrigins: string[]) {
  const { ctx, db, secretsDb } = fakeContext(Date.now());
  cleanups.push(() => db.delete(), () => secretsDb.delete());
  const granted = new Set(grantedOrigins);
  const removed: string[] = [];
  const connector = (connection: Connection, draft?: string) => connectorFor(connection, {
    secret: async (name) => (draft !== undefined ? wrap(draft) : ctx.secrets.get(secretId(connection.id, name))),
    fetch: (...a) => fetch(...a), now: Date.now,
  });
  const outbox = createOutbox({ db, owner: 'w', now: Date.now, random: Math.random, alarms: { create: () => {}, clear: async () => true }, crm: async () => (await ctx.settings()).crm, connector, log: () => {} });
  const permissions = {
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
    remove: async ({ origins }: { origins: string[] }) => { origins.forEach((o) => { granted.delete(o); removed.push(o); }); return true; },
  };
  const researchOrigins = researchOriginsIn(memoryArea(), async () => new Set());
  return { h: crmHandlers(ctx, { outbox, connector, permissions, testTimeoutMs: 3_000, researchOrigins }), ctx, granted, removed };
}

describe('connecting HubSpot', () => {
  it('tests the pasted token, connects, keeps it only in the secrets store, and gives the origin back on disconnect', async () => {
    const hs = await startHubSpotServer({ tokens: { [HUBSPOT_TOKEN]: HUBSPOT_SCOPES } });
    cleanups.push(() => hs.close());
    const { h, ctx, removed } = setup([LOOPBACK]);
    expect(await h['crm.testDraft']({ type: 'crm.testDraft', kind: 'hubspot', url: hs.url, secret: ` ${HUBSPOT_TOKEN}\n` })).toEqual({ account: 'HubSpot 4711' });
    expect(await refusal(h['crm.testDraft']({ type: 'crm.testDraft', kind: 'hubspot', url: hs.url, secret: `pat-eu1-${'0'.repeat(30)}` }))).toEqual({ code: 'crm-unauthorized' });
    expect(await refusal(h['crm.testDraft']({ type: 'crm.testDraft', kind: 'hubspot', url: hs.url, secret: 'pat eu1 copied wrong' }))).toEqual({ code: 'crm-token-invalid' });

    const { connection, settings } = await h['crm.connect']({ type: 'crm.connect', kind: 'hubspot', label: '', url: hs.url, secret: HUBSPOT_TOKEN });
    expect(connection).toMatchObject({ kind: 'hubspot', url: hs.url, label: `HubSpot ${new URL(hs.url).host}` });
    expect(connection.id).toMatch(/^hubspot-/);
    expect(JSON.stringify(settings)).not.toContain(HUBSPOT_TOKEN);
    expect(await h['team.export']({ type: 'team.export' })).not.toContain(HUBSPOT_TOKEN);
    expect((await ctx.secrets.get(secretId(connection.id, 'token')))?.reveal()).toBe(HUBSPOT_TOKEN);
    expect(await h['crm.test']({ type: 'crm.test', connectionId: connection.id })).toEqual({ account: 'HubSpot 4711' });

    await h['crm.disconnect']({ type: 'crm.disconnect', connectionId: connection.id });
    expect(await ctx.secrets.ids()).toEqual([]);
    expect(removed).toEqual([LOOPBACK]);
  });

  it('refuses a connection whose origin the rep did not grant', async () => {
    const hs = await startHubSpotServer({ tokens: { [HUBSPOT_TOKEN]: HUBSPOT_SCOPES } });
    cleanups.push(() => hs.close());
    const { h, ctx } = setup([]);
    expect(await refusal(h['crm.connect']({ type: 'crm.connect', kind: 'hubspot', label: '', url: hs.url, secret: HUBSPOT_TOKEN }))).toEqual({ code: 'crm-permission-denied' });
    expect(await ctx.secrets.ids()).toEqual([]);
  });
});

describe('connecting Pipedrive', () => {
  it('connects with the company domain and API token; a token Pipedrive does not know is named by the test', async () => {
    const pd = await startPipedriveServer(PIPEDRIVE_TOKEN);
    cleanups.push(() => pd.close());
    const { h, ctx, granted } = setup([LOOPBACK]);
    // A token of the right shape is saved; testing it tells whether Pipedrive takes it.
    const { connection: wrong } = await h['crm.connect']({ type: 'crm.connect', kind: 'pipedrive', label: 'Sales', url: pd.url, secret: 'f'.repeat(40) });
    expect(await refusal(h['crm.test']({ type: 'crm.test', connectionId: wrong.id }))).toEqual({ code: 'crm-unauthorized' });
    await h['crm.disconnect']({ type: 'crm.disconnect', connectionId: wrong.id });
    expect(granted.size).toBe(0);
    granted.add(LOOPBACK); // the rep grants it again when connecting again

    expect((await h['crm.testDraft']({ type: 'crm.testDraft', kind: 'pipedrive', url: pd.url, secret: PIPEDRIVE_TOKEN })).account).toMatch(/^Pipedrive/);
    const { connection } = await h['crm.connect']({ type: 'crm.connect', kind: 'pipedrive', label: 'Sales', url: `${pd.url}/`, secret: PIPEDRIVE_TOKEN });
    expect(connection).toMatchObject({ kind: 'pipedrive', url: pd.url, label: 'Sales' });
    expect((await ctx.secrets.get(secretId(connection.id, 'token')))?.reveal()).toBe(PIPEDRIVE_TOKEN);
  });
});

describe('connecting Salesforce', () => {
  it('exchanges the login window\'s code in the background, stores both tokens, and later gives back the instance and login origins', async () => {
    const sf = await startSalesforceServer();
    cleanups.push(() => sf.close());
    const { h, ctx, removed } = setup([LOOPBACK]);
    const login = await salesforceLogin({ loginUrl: sf.url, clientId: sf.clientId, redirectUri: REDIRECT });
    // The login page redirects at once (the rep is logged in already), as launchWebAuthFlow would see it.
    const redirect = (await fetch(login.url, { redirect: 'manual' })).headers.get('location') ?? '';
    const code = codeFromRedirect(redirect, login.state);
    if (!code.ok) throw new Error('no code');
    const input = { type: 'crm.connect', kind: 'salesforce', label: '', url: sf.url, clientId: sf.clientId, externalIdField: '', code: code.value, verifier: login.verifier, redirectUri: REDIRECT } as const;
    const { connection, settings } = await h['crm.connect'](input);
    expect(connection).toMatchObject({ kind: 'salesforce', url: sf.url, options: { clientId: sf.clientId, externalIdField: 'Leadfill_Id__c', loginUrl: sf.url } });
    expect((await ctx.secrets.ids()).sort()).toEqual([secretId(connection.id, 'access-token'), secretId(connection.id, 'refresh-token')]);
    expect(JSON.stringify(settings)).not.toMatch(/00D!|5Aep/);
    expect(await h['crm.test']({ type: 'crm.test', connectionId: connection.id })).toEqual({ account: `Salesforce ${new URL(sf.url).host}` });
    // The code was used once: handing it in again is a failed sign-in, and nothing is stored.
    expect(await refusal(h['crm.connect'](input))).toEqual({ code: 'crm-unauthorized' });
    expect(await ctx.secrets.ids()).toHaveLength(2);

    await h['crm.disconnect']({ type: 'crm.disconnect', connectionId: connection.id });
    expect(removed).toEqual([LOOPBACK]);
    expect(await ctx.secrets.ids()).toEqual([]);
  });

  it('names an external-id field that cannot be one before the login host is asked', async () => {
    const { h } = setup([]);
    const input = { type: 'crm.connect', kind: 'salesforce', label: '', url: 'acme.my.salesforce.com', clientId: 'cid', externalIdField: 'Leadfill Id', code: 'c', verifier: 'v'.repeat(43), redirectUri: REDIRECT } as const;
    expect(await refusal(h['crm.connect'](input))).toEqual({ code: 'crm-external-id-missing', params: { field: 'Leadfill Id' } });
    expect(await refusal(h['crm.connect']({ ...input, externalIdField: '' }))).toEqual({ code: 'crm-permission-denied' });
  });
});

/**
 * The CRM requests over fake-indexeddb with the real settings and secrets stores, against a webhook
 * receiver on 127.0.0.1: connecting keeps the secret out of settings and exports, testing says what is
 * wrong, disconnecting wipes the secret and gives the host permission back, and the team setup file
 * round-trips and is refused with a clear error when it is broken.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectorFor, secretId } from '../../../src/background/crm/connectors';
import { createOutbox } from '../../../src/background/crm/outbox';
import { SIGNING_SECRET } from '../../../src/background/crm/webhook';
import { crmHandlers } from '../../../src/background/handlers-crm';
import { researchOriginsIn } from '../../../src/background/host-users';
import { memoryArea } from '../../support/memory-area';
import { secret as wrap } from '../../../src/background/secrets';
import type { Connection } from '../../../src/core/crm/connector';
import { Failure, type AppError } from '../../../src/core/errors';
import { createLead } from '../../../src/core/lead/lead';
import { dataFile } from '../../../src/core/lead/export-file';
import { leadPages } from '../../../src/shared/db/lead-pages';
import { fakeContext } from '../background/fake-context';
import { newSigningSecret, startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';

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

async function setup(grantedOrigins: string[] = []) {
  const signing = newSigningSecret();
  const receiver: WebhookReceiver = await startWebhookReceiver({ secret: signing });
  cleanups.push(() => receiver.close());
  const { ctx, db, secretsDb } = fakeContext(Date.now());
  cleanups.push(() => db.delete(), () => secretsDb.delete());
  // Match patterns carry no port (Firefox refuses one): the receiver's host, any port.
  const granted = new Set([...grantedOrigins, 'http://127.0.0.1/*']);
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
  const h = crmHandlers(ctx, { outbox, connector, permissions, testTimeoutMs: 3_000, researchOrigins });
  return { h, ctx, db, receiver, signing, granted, removed, outbox, researchOrigins };
}

describe('connecting a webhook', () => {
  it('tests a draft, connects, keeps the secret only in the secrets store, and disconnects cleanly', async () => {
    const { h, ctx, db, receiver, signing, removed } = await setup();
    expect(await h['crm.testDraft']({ type: 'crm.testDraft', kind: 'webhook', url: receiver.url, secret: signing })).toEqual({ account: new URL(receiver.url).host });
    const { connection, settings } = await h['crm.connect']({ type: 'crm.connect', kind: 'webhook', label: 'Team inbox', url: receiver.url, secret: signing });
    expect(settings.crm.connections).toEqual([connection]);
    expect(JSON.stringify(settings)).not.toContain(signing.slice(6));
    expect((await ctx.secrets.get(secretId(connection.id, SIGNING_SECRET)))?.reveal()).toBe(signing);
    const exported = await (await dataFile(leadPages(db), 1, { settings: await ctx.settings() })).blob.text();
    expect(exported).not.toContain(signing.slice(6));
    expect(await h['team.export']({ type: 'team.export' })).not.toContain(signing.slice(6));
    expect(await h['crm.test']({ type: 'crm.test', connectionId: connection.id })).toEqual({ account: new URL(receiver.url).host });
    expect(receiver.stats).toMatchObject({ accepted: 2, refused: 0 });

    const after = await h['crm.disconnect']({ type: 'crm.disconnect', connectionId: connection.id });
    expect(after.crm.connections).toEqual([]);
    expect(await ctx.secrets.ids()).toEqual([]);
    expect(removed).toEqual(['http://127.0.0.1/*']);
  });

  it('keeps the receiver\'s host permission when research uses the same origin (issue 7 bug)', async () => {
    const { h, receiver, signing, removed, granted, researchOrigins } = await setup();
    await researchOrigins.note(new URL(receiver.url).origin);
    const { connection } = await h['crm.connect']({ type: 'crm.connect', kind: 'webhook', label: '', url: receiver.url, secret: signing });
    await h['crm.disconnect']({ type: 'crm.disconnect', connectionId: connection.id });
    expect(removed).toEqual([]);
    expect(granted.has('http://127.0.0.1/*')).toBe(true);
  });

  it('says in plain words what is wrong: URL, secret, permission, a receiver with another secret', async () => {
    const { h, receiver, signing } = await setup();
    const connect = (url: string, secret: string) => h['crm.connect']({ type: 'crm.connect', kind: 'webhook', label: '', url, secret });
    expect(await refusal(connect('hooks.example.com', signing))).toEqual({ code: 'crm-url-invalid' });
    expect(await refusal(connect('http://hooks.example.com/in', signing))).toEqual({ code: 'crm-url-insecure' });
    expect(await refusal(connect(receiver.url, 'not-a-secret'))).toEqual({ code: 'crm-secret-invalid' });
    expect(await refusal(connect('https://hooks.example.com/in', signing))).toEqual({ code: 'crm-permission-denied' });
    expect(await refusal(h['crm.testDraft']({ type: 'crm.testDraft', kind: 'webhook', url: receiver.url, secret: newSigningSecret() }))).toEqual({ code: 'crm-signature-refused' });
  });
});

describe('push now and push states', () => {
  it('sends the lead on demand whatever the rule, and reports each connection\'s state', async () => {
    const { h, ctx, receiver, signing, outbox } = await setup();
    expect(await refusal(h['crm.push']({ type: 'crm.push', leadId: 'nope' }))).toEqual({ code: 'lead-not-found' });
    const lead = await ctx.leads.put(createLead('a', Date.now()), { profile: (await ctx.settings()).profile, scoring: (await ctx.settings()).scoring });
    expect(await refusal(h['crm.push']({ type: 'crm.push', leadId: lead.id }))).toEqual({ code: 'crm-not-configured' });
    const { connection } = await h['crm.connect']({ type: 'crm.connect', kind: 'webhook', label: '', url: receiver.url, secret: signing });
    expect(await h['crm.states']({ type: 'crm.states', leadIds: ['a'] })).toEqual({ a: [{ connectionId: connection.id, state: 'not-sent' }] });
    await h['crm.push']({ type: 'crm.push', leadId: 'a' });
    await outbox.whenIdle();
    expect((await h['crm.states']({ type: 'crm.states', leadIds: ['a'] }))['a']).toMatchObject([{ state: 'sent' }]);
    expect(await h['crm.outbox']({ type: 'crm.outbox' })).toEqual({ due: 0, attention: 0, sent: 1 });
    expect([...receiver.delivered.values()].filter((d) => d.type === 'lead.completed').map((d) => d.leadId)).toEqual(['a']);
  });
});

describe('team setup', () => {
  it('exports connections, push rule, profile and scoring, and imports them elsewhere', async () => {
    const a = await setup();
    await a.h['crm.connect']({ type: 'crm.connect', kind: 'webhook', label: 'Team', url: a.receiver.url, secret: a.signing });
    await a.ctx.updateSettings((s) => ({ crm: { ...s.crm, pushRule: 'qualified' }, scoring: { ...s.scoring, threshold: 55 } }));
    const file = await a.h['team.export']({ type: 'team.export' });
    const b = await setup();
    const imported = await b.h['team.import']({ type: 'team.import', json: file });
    const source = await a.ctx.settings();
    expect(imported.crm.connections).toEqual(source.crm.connections);
    expect(imported.crm.pushRule).toBe('qualified');
    expect(imported.scoring.threshold).toBe(55);
    expect(imported.profile).toEqual(source.profile);
    // No secret travelled: the rep enters it, until then the connection is not configured.
    expect(await b.ctx.secrets.ids()).toEqual([]);
  });

  it('refuses a broken file with an error that names the problem, and changes nothing', async () => {
    const { h, ctx } = await setup();
    const before = await ctx.settings();
    const good = JSON.parse(await h['team.export']({ type: 'team.export' }));
    const imp = (json: string) => refusal(h['team.import']({ type: 'team.import', json }));
    expect(await imp('{not json')).toEqual({ code: 'team-setup-not-json' });
    expect(await imp(JSON.stringify({ leads: [] }))).toEqual({ code: 'team-setup-wrong-file' });
    expect(await imp(JSON.stringify({ ...good, version: 2 }))).toEqual({ code: 'team-setup-newer', params: { version: '2' } });
    expect(await imp(JSON.stringify({ ...good, pushRule: 'always' }))).toEqual({ code: 'team-setup-invalid', params: { path: 'pushRule' } });
    expect(await imp(JSON.stringify({ ...good, connections: [{ id: 'w', kind: 'webhook', label: '', url: 'not a url' }] }))).toEqual({ code: 'team-setup-invalid', params: { path: 'connections.0.url' } });
    expect(await ctx.settings()).toEqual(before);
  });
});

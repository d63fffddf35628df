/**
 * The outbox over fake-indexeddb against a real webhook receiver on 127.0.0.1 that verifies every
 * delivery with `standardwebhooks`: enqueued with the lead write, sent, retried, taken over from a
 * stopped worker, updated after a change, and held for the rep when the CRM refuses the record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectorFor } from '../../../src/background/crm/connectors';
import { createOutbox, outboxParticipant } from '../../../src/background/crm/outbox';
import type { AlarmsApi } from '../../../src/background/jobs/wake-alarm';
import { SIGNING_SECRET } from '../../../src/background/crm/webhook';
import { createLeadsRepo } from '../../../src/background/repos/leads.repo';
import { secret } from '../../../src/background/secrets';
import type { Connection, CrmConnector } from '../../../src/core/crm/connector';
import type { PushRule } from '../../../src/core/crm/push-rule';
import { DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { createLead } from '../../../src/core/lead/lead';
import { DEFAULT_RULE_SET } from '../../../src/core/lead/scoring';
import type { Lead, LeadField } from '../../../src/core/lead/types';
import { DEFAULT_CRM_SETTINGS } from '../../../src/shared/crm-settings';
import { LeadfillDb } from '../../../src/shared/db/schema';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/shared/settings';
import { newSigningSecret, seeded, startWebhookReceiver, type ReceiverOptions, type WebhookReceiver } from '../../support/webhook-receiver';

const rules = { profile: DEFAULT_PROFILE, scoring: DEFAULT_RULE_SET };
const TIMING = { backoffBaseMs: 50, backoffCapMs: 400, timeoutMs: 500 };
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** A lead every requirement of the default profile is met for. */
function completeLead(id: string, at = 1_764_000_000_000, extra: Partial<Record<LeadField, string>> = {}): Lead {
  const values: Partial<Record<LeadField, string>> = {
    companyName: `Beispielwerk ${id} GmbH`, website: `https://${id}.beispielwerk.example`, phone: '+49 89 1234567',
    email: `info@${id}.beispielwerk.example`, street: 'Musterstraße 1', postalCode: '80331', city: 'München', lastName: 'Musterfrau', ...extra,
  };
  const lead = createLead(id, at);
  lead.fields = Object.fromEntries(Object.entries(values).map(([f, value]) => [f, { value, source: { kind: 'typed', at } }]));
  return lead;
}

/** Alarms as the browser keeps them: one per name, fired at `when` (unpacked: no 30 s floor). */
function fakeAlarms(fire: () => void): AlarmsApi & { at: () => number | null } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let at: number | null = null;
  cleanups.push(async () => { if (timer) clearTimeout(timer); });
  return {
    create(_name, { when }) {
      if (timer) clearTimeout(timer);
      at = when;
      timer = setTimeout(() => { timer = null; at = null; fire(); }, Math.max(0, when - Date.now()));
    },
    async clear() {
      if (timer) clearTimeout(timer);
      timer = null;
      at = null;
      return true;
    },
    at: () => at,
  };
}

async function setup(options: { rule?: PushRule; receiver?: Partial<ReceiverOptions> } = {}) {
  const signing = newSigningSecret();
  const receiver: WebhookReceiver = await startWebhookReceiver({ secret: signing, ...options.receiver });
  cleanups.push(() => receiver.close());
  const db = new LeadfillDb(`outbox-${Math.random()}`);
  cleanups.push(() => db.delete());
  const connection: Connection = { id: 'webhook-1', kind: 'webhook', label: 'Team', url: receiver.url };
  await db.settings.put({ id: 'current', value: { ...DEFAULT_SETTINGS, crm: { ...DEFAULT_CRM_SETTINGS, connections: [connection], pushRule: options.rule ?? 'complete', timing: TIMING } }, problems: [] });
  const leads = createLeadsRepo(db, [outboxParticipant(db, Date.now)]);
  /** A worker; `stop()` ends it as the browser does: its alarm never wakes it again (the alarm itself stays). */
  const worker = (owner: string, connector?: (c: Connection) => CrmConnector, waitInWorkerMs?: number) => {
    let alive = true;
    const outbox = createOutbox({
      db, owner, now: Date.now, random: seeded(7), ...(waitInWorkerMs === undefined ? {} : { waitInWorkerMs }),
      alarms: fakeAlarms(() => { if (alive) void outbox.wake(); }),
      crm: async () => readSettings((await db.settings.get('current'))?.value).settings.crm,
      connector: connector ?? ((c) => connectorFor(c, { secret: async (name) => (name === SIGNING_SECRET ? secret(signing) : undefined), fetch: (...a) => fetch(...a), now: Date.now })),
      log: () => {},
    });
    return Object.assign(outbox, { stop: () => { alive = false; } });
  };
  return { db, leads, receiver, worker, connection };
}

/** Waits until the outbox holds no due row (the alarms drive the retries). */
async function drained(db: LeadfillDb, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while ((await db.outbox.where('dueAt').below(Number.MAX_SAFE_INTEGER).count()) > 0) {
    if (Date.now() > end) throw new Error(`outbox not drained: ${await db.outbox.count()} rows`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the push rule enqueues in the lead write', () => {
  it('a complete lead under "complete" gets a row; an incomplete one and any lead under "on demand" do not', async () => {
    const { db, leads } = await setup();
    await leads.put(completeLead('a'), rules);
    const incomplete = completeLead('b');
    delete incomplete.fields.city;
    await leads.put(incomplete, rules);
    expect((await db.outbox.toArray()).map((r) => [r.leadId, r.state, r.manual])).toEqual([['a', 'due', false]]);
    const manual = await setup({ rule: 'on-demand' });
    await manual.leads.put(completeLead('a'), rules);
    expect(await manual.db.outbox.count()).toBe(0);
  });

  it('the row and the lead are stored together or not at all', async () => {
    const { db, leads } = await setup();
    await expect(leads.unitOfWork([], async () => {
      await leads.put(completeLead('a'), rules);
      expect(await db.outbox.count()).toBe(1);
      throw new Error('later step failed');
    })).rejects.toThrow('later step failed');
    expect(await db.leads.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a rescore that lifts a complete lead to the handover score enqueues it under "handover"', async () => {
    const { db, leads } = await setup({ rule: 'handover' });
    const strict = { ...rules, scoring: { ...DEFAULT_RULE_SET, threshold: 1000 } };
    await leads.put(completeLead('a'), strict);
    expect((await leads.get('a'))!.summary?.ready).toBe(false);
    expect(await db.outbox.count()).toBe(0);
    await leads.rescore(null, 10, { ...rules, scoring: { ...DEFAULT_RULE_SET, threshold: 1 } });
    expect((await db.outbox.toArray()).map((r) => [r.leadId, r.state])).toEqual([['a', 'due']]);
  });

  it('deleting a lead drops its rows and confirmations', async () => {
    const { db, leads } = await setup();
    await leads.addMany([completeLead('a'), completeLead('b')], rules);
    expect(await db.outbox.count()).toBe(2);
    await leads.delete('a');
    expect((await db.outbox.toArray()).map((r) => r.leadId)).toEqual(['b']);
    await leads.clear();
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('sending', () => {
  it('sends every due lead once, confirms it and empties the outbox; the state says sent with the remote id', async () => {
    const { db, leads, receiver, worker } = await setup();
    await leads.addMany(Array.from({ length: 12 }, (_, i) => completeLead(`l${i}`)), rules);
    const outbox = worker('w1');
    await outbox.wake();
    await drained(db);
    expect(await db.outbox.count()).toBe(0);
    expect(receiver.delivered.size).toBe(12);
    expect([...receiver.idsPerLead().values()].every((n) => n === 1)).toBe(true);
    const states = await outbox.states(['l3', 'missing']);
    expect(states['l3']).toMatchObject([{ connectionId: 'webhook-1', state: 'sent', remoteId: expect.stringMatching(/^rcv_msg_l3_/), recordUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/records\/rcv_msg_l3_/) }]);
    expect(states['missing']).toEqual([{ connectionId: 'webhook-1', state: 'not-sent' }]);
  });

  it('a change after sending goes out as lead.updated under a new id, never as a second lead.completed', async () => {
    const { db, leads, receiver, worker } = await setup();
    await leads.put(completeLead('a'), rules);
    const outbox = worker('w1');
    await outbox.wake();
    await drained(db);
    await leads.update('a', rules, (l) => ({ ...l, updatedAt: l.updatedAt + 1_000, fields: { ...l.fields, city: { value: 'Augsburg', source: { kind: 'typed', at: 2 } } } }));
    expect(await outbox.states(['a'])).toMatchObject({ a: [{ state: 'pending' }] });
    await outbox.wake();
    await drained(db);
    const events = [...receiver.delivered.values()].map((d) => [d.type, d.leadId]);
    expect(events).toEqual([['lead.completed', 'a'], ['lead.updated', 'a']]);
  });

  it('under 30 % faults (500, 503, 429, dropped connections, slow answers) every lead arrives exactly once', async () => {
    const { db, leads, receiver, worker } = await setup({ receiver: { faultRate: 0.3, random: seeded(42), slowMs: 800, retryAfterSeconds: 0 } });
    await leads.addMany(Array.from({ length: 40 }, (_, i) => completeLead(`f${i}`)), rules);
    await worker('w1').wake();
    await drained(db, 60_000);
    expect(await db.outbox.count()).toBe(0);
    expect(receiver.stats.faults).toBeGreaterThan(5);
    expect(receiver.stats.refused).toBe(0);
    const per = receiver.idsPerLead();
    expect(per.size).toBe(40);
    expect([...per.values()].every((n) => n === 1)).toBe(true);
  }, 90_000);

  it('a 429 with Retry-After is not retried before it; the state says retrying with the error', async () => {
    const { db, leads, worker } = await setup({ receiver: { faultRate: 1, faults: ['status-429'], retryAfterSeconds: 30 } });
    await leads.put(completeLead('a'), rules);
    const outbox = worker('w1');
    const before = Date.now();
    await outbox.wake();
    const row = (await db.outbox.toArray())[0]!;
    expect(row.dueAt).toBeGreaterThanOrEqual(before + 30_000);
    expect((await outbox.states(['a']))['a']).toMatchObject([{ state: 'retrying', nextAttemptAt: row.dueAt, lastError: { code: 'crm-rate-limited', params: { retryAfterSeconds: 30 } } }]);
  });

  it('an answer that confirms the push but spends the burst window holds the connection\'s other rows until it opens', async () => {
    let answered = 0;
    const { db, leads, worker, receiver } = await setup({ receiver: { answer: () => (++answered === 1 ? { status: 200, body: '{}', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '30' } } : null) } });
    await leads.addMany(Array.from({ length: 20 }, (_, i) => completeLead(`w${i}`)), rules);
    const before = Date.now();
    const outbox = worker('w1');
    await outbox.wake();
    await outbox.whenIdle();
    // Requests already under way when the window closed went; nothing after it.
    expect(receiver.stats.requests).toBeLessThan(20);
    const waiting = await db.outbox.toArray();
    expect(waiting.length).toBe(20 - receiver.stats.requests);
    const [hold] = await outbox.holds();
    expect(hold).toMatchObject({ connectionId: 'webhook-1', reason: { code: 'crm-rate-limited' } });
    expect(hold!.until).toBeGreaterThanOrEqual(before + 30_000);
    const states = await outbox.states(waiting.map((r) => r.leadId));
    for (const row of waiting) expect(states[row.leadId]).toMatchObject([{ state: 'retrying', nextAttemptAt: hold!.until, lastError: { code: 'crm-rate-limited' } }]);
  });

  it('a refused record waits for the rep, and goes again once the rep changed the lead', async () => {
    let refuse = true;
    const { db, leads, worker, receiver } = await setup({ receiver: { answer: () => (refuse ? { status: 422, body: '{"error":"city"}' } : null) } });
    await leads.put(completeLead('a'), rules);
    const outbox = worker('w1');
    await outbox.wake();
    expect((await outbox.states(['a']))['a']).toMatchObject([{ state: 'attention', error: { code: 'crm-rejected', params: { status: 422 } } }]);
    expect(receiver.stats.requests).toBe(1);
    refuse = false;
    await leads.update('a', rules, (l) => ({ ...l, updatedAt: l.updatedAt + 5 }));
    await outbox.wake();
    await drained(db);
    expect((await outbox.states(['a']))['a']).toMatchObject([{ state: 'sent' }]);
  });
});

describe('a stopped worker', () => {
  it('leaves leased rows that the next worker takes over when the lease expires, and its late answer changes nothing', async () => {
    const { db, leads, receiver, worker } = await setup();
    await leads.addMany([completeLead('a'), completeLead('b')], rules);
    // Worker 1 claims the rows and never gets an answer (the browser stopped it mid-fetch).
    const waiting: (() => void)[] = [];
    const release = () => waiting.splice(0).forEach((r) => r());
    const hung = worker('w1', (c) => ({
      kind: c.kind, batchSize: 1, testConnection: async () => ({ ok: true, value: { account: '' } }),
      push: () => new Promise((r) => { waiting.push(() => r({ outcomes: [{ ok: false, error: { code: 'crm-timeout' } }], rateLimit: null })); }),
    }));
    void hung.wake();
    await new Promise((r) => setTimeout(r, 100));
    const leased = await db.outbox.toArray();
    expect(leased.map((r) => r.lease?.owner)).toEqual(['w1', 'w1']);
    // Worker 2 starts: nothing to take while the lease lives; its alarm is set past the lease.
    const next = worker('w2');
    await next.wake();
    expect(receiver.stats.requests).toBe(0);
    await drained(db, 10_000);
    expect(receiver.delivered.size).toBe(2);
    expect(Date.now()).toBeGreaterThanOrEqual(leased[0]!.lease!.until);
    // The old worker's late failure must not bring the sent rows back.
    release();
    await hung.whenIdle();
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('a rate-limit hold', () => {
  it('outlives a worker stopped during it: nothing reaches the CRM before it ends, whatever is enqueued or pushed meanwhile; then each lead goes once', async () => {
    const arrivals: number[] = [];
    const { db, leads, worker, receiver } = await setup({
      receiver: { answer: () => (arrivals.push(Date.now()) === 1 ? { status: 429, body: '{}', headers: { 'retry-after': '3' } } : null) },
    });
    await leads.put(completeLead('a'), rules);
    // This worker leaves the wait to the alarm (a packed extension's worker does for any wait beyond a few seconds).
    const first = worker('w1', undefined, 0);
    await first.wake();
    await first.whenIdle();
    expect(arrivals).toHaveLength(1);
    const [hold] = await first.holds();
    expect(hold).toMatchObject({ connectionId: 'webhook-1', reason: { code: 'crm-rate-limited', params: { retryAfterSeconds: 3 } } });
    expect(hold!.until).toBeGreaterThanOrEqual(arrivals[0]! + 3_000);
    // The browser stops the worker: nothing it kept in memory survives. Meanwhile another lead
    // completes, and the rep presses "push now" on the held one; the next worker starts.
    first.stop();
    await leads.put(completeLead('b'), rules);
    const next = worker('w2');
    await next.pushNow('a');
    void next.wake();
    await new Promise((r) => setTimeout(r, 300));
    expect((await next.states(['a', 'b']))).toMatchObject({
      a: [{ state: 'retrying', nextAttemptAt: hold!.until, lastError: { code: 'crm-rate-limited' } }],
      b: [{ state: 'retrying', nextAttemptAt: hold!.until, lastError: { code: 'crm-rate-limited' } }],
    });
    expect(arrivals).toHaveLength(1);
    await drained(db, 10_000);
    for (const at of arrivals.slice(1)) expect(at).toBeGreaterThanOrEqual(hold!.until);
    expect([...receiver.delivered.values()].map((d) => d.leadId).sort()).toEqual(['a', 'b']);
    expect(receiver.stats.repeats).toBe(0);
    expect(arrivals).toHaveLength(3);
    expect(await next.holds()).toEqual([]);
    expect((await next.states(['a', 'b']))).toMatchObject({ a: [{ state: 'sent' }], b: [{ state: 'sent' }] });
  });
});

/**
 * The webhook connector against a real HTTP receiver on 127.0.0.1 that verifies every delivery with the
 * reference `standardwebhooks` package.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookConnector, SIGNING_SECRET } from '../../../src/background/crm/webhook';
import { secret } from '../../../src/background/secrets';
import type { Connection, PushItem } from '../../../src/core/crm/connector';
import { idempotencyKey } from '../../../src/core/crm/idempotency';
import { createLead } from '../../../src/core/lead/lead';
import type { Lead } from '../../../src/core/lead/types';
import { newSigningSecret, startWebhookReceiver, type Fault, type ReceiverOptions, type WebhookReceiver } from '../../support/webhook-receiver';

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

async function receiver(options: Partial<ReceiverOptions> & { secret: string }) {
  const r = await startWebhookReceiver(options);
  receivers.push(r);
  return r;
}

function lead(id: string, at = 1_764_000_000_000): Lead {
  const l = createLead(id, at);
  const typed = { kind: 'typed', at } as const;
  l.fields = {
    companyName: { value: 'Beispiel Werkzeuge GmbH', source: { kind: 'detected', at, url: 'https://beispiel-werkzeuge.example/impressum', method: 'label' } },
    lastName: { value: 'Musterfrau', source: typed },
    personEmail: { value: 'erika@beispiel-werkzeuge.example', source: typed },
  };
  return l;
}

function connectorFor(url: string, signing: string | undefined, now = () => Date.now()) {
  const connection: Connection = { id: 'webhook-1', kind: 'webhook', label: 'Team', url };
  return createWebhookConnector({
    connection,
    secret: async (name) => (name === SIGNING_SECRET && signing ? secret(signing) : undefined),
    fetch: (...args) => fetch(...args),
    now,
  });
}

const item = (l: Lead, event: PushItem['event'] = 'lead.completed'): PushItem => ({ lead: l, event, idempotencyKey: idempotencyKey('webhook-1', l.id, l.updatedAt), remoteId: null });
const signal = () => AbortSignal.timeout(5_000);

describe('webhook connector (Standard Webhooks)', () => {
  it('every delivery verifies with the reference package; the event carries the lead and its sources', async () => {
    const signing = newSigningSecret();
    const r = await receiver({ secret: signing });
    const c = connectorFor(r.url, signing);
    const result = await c.push([item(lead('lead-1'))], signal());
    const stored = `rcv_${idempotencyKey('webhook-1', 'lead-1', 1_764_000_000_000)}`;
    expect(result.outcomes).toEqual([{ ok: true, remoteId: stored, recordUrl: `${r.origin}/records/${stored}` }]);
    expect(r.stats).toMatchObject({ accepted: 1, refused: 0 });
    const delivery = [...r.delivered.values()][0]!;
    expect(delivery.type).toBe('lead.completed');
    expect(delivery.headers['idempotency-key']).toBe(`"${delivery.id}"`);
    expect(delivery.body).toMatchObject({
      type: 'lead.completed',
      timestamp: new Date(1_764_000_000_000).toISOString(),
      data: {
        id: 'lead-1',
        company: { companyName: 'Beispiel Werkzeuge GmbH' },
        person: { lastName: 'Musterfrau', personEmail: 'erika@beispiel-werkzeuge.example' },
        sources: { companyName: 'https://beispiel-werkzeuge.example/impressum' },
      },
    });
  });

  it('a link other than http(s) in the answer is no record link; an answer without an id keeps the lead id', async () => {
    const signing = newSigningSecret();
    const bodies = ['{"id": 7, "url": "javascript:alert(1)"}', '{"url": "data:text/html,<b>x</b>"}', 'stored'];
    const r = await receiver({ secret: signing, answer: () => ({ status: 200, body: bodies.shift() ?? '' }) });
    const c = connectorFor(r.url, signing);
    const results = [];
    for (let i = 0; i < 3; i++) results.push((await c.push([item(lead(`lead-${i}`))], signal())).outcomes[0]);
    expect(results).toEqual([
      { ok: true, remoteId: '7', recordUrl: null },
      { ok: true, remoteId: 'lead-1', recordUrl: null },
      { ok: true, remoteId: 'lead-2', recordUrl: null },
    ]);
  });

  it('a retry of the same lead version carries the same webhook-id and a fresh timestamp; a new version a new id', async () => {
    const signing = newSigningSecret();
    const r = await receiver({ secret: signing });
    let now = Date.now();
    const c = connectorFor(r.url, signing, () => now);
    await c.push([item(lead('lead-1'))], signal());
    now += 120_000;
    await c.push([item(lead('lead-1'))], signal());
    expect(r.stats).toMatchObject({ accepted: 1, repeats: 1, refused: 0 });
    await c.push([item(lead('lead-1', 1_764_000_999_000), 'lead.updated')], signal());
    expect(r.delivered.size).toBe(2);
    expect([...r.delivered.values()].map((d) => d.type)).toEqual(['lead.completed', 'lead.updated']);
    expect(r.idsPerLead().get('lead-1')).toBe(2);
  });

  it('a receiver with another secret refuses the signature: the rep fixes the secret', async () => {
    const r = await receiver({ secret: newSigningSecret() });
    const c = connectorFor(r.url, newSigningSecret());
    expect((await c.push([item(lead('lead-1'))], signal())).outcomes[0]).toEqual({ ok: false, error: { code: 'crm-signature-refused' } });
    expect(await c.testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-signature-refused' } });
  });

  it('classifies 500, 503, 429 with Retry-After, 400, a dropped connection and a slow answer', async () => {
    const signing = newSigningSecret();
    const cases: [Fault[], unknown][] = [
      [['status-500'], { code: 'crm-unavailable', params: { status: 500 } }],
      [['status-503'], { code: 'crm-unavailable', params: { status: 503 } }],
      [['status-429'], { code: 'crm-rate-limited', params: { retryAfterSeconds: 3 } }],
      [['drop-before-body'], { code: 'crm-unreachable' }],
      [['drop-after-body'], { code: 'crm-unreachable' }],
    ];
    for (const [faults, error] of cases) {
      const r = await receiver({ secret: signing, faultRate: 1, faults, retryAfterSeconds: 3 });
      const result = await connectorFor(r.url, signing).push([item(lead('lead-1'))], signal());
      expect(result.outcomes[0], faults[0]).toEqual({ ok: false, error });
      if (faults[0] === 'status-429') expect(result.rateLimit?.waitUntil).toBeGreaterThan(Date.now() + 1_000);
    }
    const slow = await receiver({ secret: signing, faultRate: 1, faults: ['slow'], slowMs: 1_000 });
    const timedOut = await connectorFor(slow.url, signing).push([item(lead('lead-1'))], AbortSignal.timeout(200));
    expect(timedOut.outcomes[0]).toEqual({ ok: false, error: { code: 'crm-timeout' } });
    const refusing = await receiver({ secret: signing, answer: () => ({ status: 400, body: '{"error":"lastName missing"}' }) });
    expect((await connectorFor(refusing.url, signing).push([item(lead('lead-1'))], signal())).outcomes[0])
      .toEqual({ ok: false, error: { code: 'crm-rejected', params: { status: 400, fields: [] } } });
  });

  it('test connection: a signed harmless event the receiver accepts; no secret or a bad URL says so', async () => {
    const signing = newSigningSecret();
    const r = await receiver({ secret: signing });
    expect(await connectorFor(r.url, signing).testConnection(signal())).toEqual({ ok: true, value: { account: new URL(r.url).host } });
    expect([...r.delivered.values()][0]?.type).toBe('leadfill.test');
    expect(await connectorFor(r.url, undefined).testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-not-configured' } });
    expect(await connectorFor('http://hooks.example.com/x', signing).testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-url-insecure' } });
  });
});

/**
 * Contract tests: the HubSpot connector against a HubSpot on 127.0.0.1 that answers as the
 * date-versioned API documents (test/support/crm/hubspot-server.ts), including its error answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHubSpotConnector, HUBSPOT_TOKEN } from '../../../src/background/crm/hubspot';
import { secret } from '../../../src/background/secrets';
import type { PushItem } from '../../../src/core/crm/connector';
import { idempotencyKey } from '../../../src/core/crm/idempotency';
import type { LeadField } from '../../../src/core/lead/types';
import { hubspot429, HUBSPOT_SCOPES, startHubSpotServer, type HubSpotServer, type HubSpotServerOptions } from '../../support/crm/hubspot-server';
import { lead } from '../lead/helpers';

const servers: HubSpotServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(options: HubSpotServerOptions = {}) {
  const s = await startHubSpotServer(options);
  servers.push(s);
  return s;
}

function connector(url: string, token: string | null = 'pat-good') {
  return createHubSpotConnector({
    connection: { id: 'hs-1', kind: 'hubspot', label: 'HubSpot', url },
    secret: async (name) => (name === HUBSPOT_TOKEN && token ? secret(token) : undefined),
    fetch: (...args) => fetch(...args),
    now: () => Date.now(),
  });
}

const person = (id: string, values: Partial<Record<LeadField, string>> = {}) => lead({
  companyName: 'Beispiel Werkzeuge', legalForm: 'GmbH', website: 'https://www.beispiel-werkzeuge.example', city: 'Ulm',
  firstName: 'Erika', lastName: 'Musterfrau', personEmail: `${id}@beispiel-werkzeuge.example`, role: 'Einkauf', ...values,
}, { id });
const item = (l: ReturnType<typeof lead>): PushItem => ({ lead: l, event: 'lead.completed', idempotencyKey: idempotencyKey('hs-1', l.id, l.updatedAt), remoteId: null });
const signal = () => AbortSignal.timeout(5_000);

describe('HubSpot connector', () => {
  it('creates the company (by its unique key, made once per portal), upserts the contact by e-mail and associates them, on the 2026-09 paths', async () => {
    const hs = await server();
    const result = await connector(hs.url).push([item(person('erika'))], signal());
    const contact = hs.contacts.get('erika@beispiel-werkzeuge.example')!;
    const [company] = [...hs.companies.values()];
    expect(result.outcomes).toEqual([{ ok: true, remoteId: contact.id, recordUrl: `https://app-eu1.hubspot.com/contacts/${hs.portalId}/record/0-1/${contact.id}`, ids: { company: company?.id, contact: contact.id } }]);
    expect(contact.properties).toMatchObject({ firstname: 'Erika', lastname: 'Musterfrau', jobtitle: 'Einkauf', company: 'Beispiel Werkzeuge GmbH' });
    expect(company?.properties).toMatchObject({ name: 'Beispiel Werkzeuge GmbH', domain: 'beispiel-werkzeuge.example', city: 'Ulm', leadfill_company_key: 'domain:beispiel-werkzeuge.example' });
    expect([...hs.associations]).toEqual([`${contact.id}→${company?.id}`]);
    expect(hs.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /account-info/2026-09/details',
      'POST /crm/objects/2026-09/companies/search',
      // A portal without the key property refuses the upsert by it: made, then the upsert again.
      'POST /crm/objects/2026-09/companies/batch/upsert',
      'POST /crm/properties/2026-09/companies',
      'POST /crm/objects/2026-09/companies/batch/upsert',
      'POST /crm/objects/2026-09/contacts/batch/upsert',
      'POST /crm/associations/2026-09/contacts/companies/batch/associate/default',
    ]);
    expect(hs.companyProperties.get('leadfill_company_key')).toEqual({ hasUniqueValue: true });
    expect(hs.requests[4]!.body).toMatchObject({ inputs: [{ idProperty: 'leadfill_company_key', id: 'domain:beispiel-werkzeuge.example' }] });
    expect(hs.requests[6]!.body).toEqual({ inputs: [{ from: { id: contact.id }, to: { id: company?.id } }] });
    expect(hs.requests.every((r) => r.headers.authorization === 'Bearer pat-good')).toBe(true);
    const upsert = hs.requests[5]!.body as { inputs: { objectWriteTraceId: string }[] };
    expect(upsert.inputs[0]?.objectWriteTraceId).toBe(item(person('erika')).idempotencyKey);
  });

  it('makes no second record when the same lead (or a changed version) is pushed again', async () => {
    const hs = await server();
    const c = connector(hs.url);
    const first = await c.push([item(person('erika'))], signal());
    const again = await c.push([item(person('erika', { role: 'Leitung Einkauf' }))], signal());
    expect(again.outcomes[0]).toEqual(first.outcomes[0]);
    expect(hs.contacts.size).toBe(1);
    expect(hs.companies.size).toBe(1);
    expect(hs.contacts.get('erika@beispiel-werkzeuge.example')?.properties['jobtitle']).toBe('Leitung Einkauf');
    expect(hs.requests.filter((r) => r.path.endsWith('/companies/batch/update'))).toHaveLength(1);
    expect(hs.requests.filter((r) => r.path.endsWith('/companies/batch/upsert'))).toHaveLength(2);
    expect(hs.requests.filter((r) => r.path.endsWith('/companies/properties'))).toHaveLength(0);
  });

  it('sends a changed lead to its own company by the id its last push kept, without a search; one HubSpot no longer has is looked up again', async () => {
    const hs = await server();
    const c = connector(hs.url);
    const first = (await c.push([item(person('erika'))], signal())).outcomes[0]!;
    if (!first.ok || !first.ids) throw new Error('not sent');
    const from = hs.requests.length;
    const changed = person('erika', { city: 'Neu-Ulm' });
    const update = (await c.push([{ ...item(changed), event: 'lead.updated', remoteId: first.remoteId, trail: { ids: first.ids, done: [] } }], signal())).outcomes[0]!;
    expect(update).toEqual(first);
    expect(hs.requests.slice(from).map((r) => r.path.replace('/crm/objects/2026-09', ''))).toEqual(['/companies/batch/update', '/contacts/batch/upsert', '/crm/associations/2026-09/contacts/companies/batch/associate/default']);
    expect(hs.companies.get(first.ids['company']!)?.properties['city']).toBe('Neu-Ulm');

    hs.companies.delete(first.ids['company']!);
    const again = (await c.push([{ ...item(changed), event: 'lead.updated', remoteId: first.remoteId, trail: { ids: first.ids, done: [] } }], signal())).outcomes[0]!;
    const [company] = [...hs.companies.values()];
    expect(again).toMatchObject({ ok: true, ids: { company: company?.id, contact: first.ids['contact'] } });
    expect(hs.companies.size).toBe(1);
  });

  it('says which scope is missing when the portal has no key property and the token may not make it', async () => {
    const hs = await server({ tokens: { 'pat-good': HUBSPOT_SCOPES.filter((s) => !s.startsWith('crm.schemas')) } });
    const result = await connector(hs.url).push([item(person('erika'))], signal());
    expect(result.outcomes[0]).toEqual({ ok: false, error: { code: 'crm-forbidden', params: { scope: 'crm.schemas.companies.write' } } });
    expect(hs.companies.size).toBe(0);
  });

  it('pushes many leads with one batch upsert and one lookup per company', async () => {
    const hs = await server();
    const leads = Array.from({ length: 30 }, (_, i) => person(`p${i}`));
    const result = await connector(hs.url).push(leads.map(item), signal());
    expect(result.outcomes.every((o) => o.ok)).toBe(true);
    expect(hs.contacts.size).toBe(30);
    expect(hs.requests.filter((r) => r.path.endsWith('/contacts/batch/upsert'))).toHaveLength(1);
    expect(hs.requests.filter((r) => r.path.endsWith('/companies/search'))).toHaveLength(1);
    // Seven requests for 30 leads: account (once per connector), search, company upsert (refused, key
    // property made, again: once per portal), contact upsert, associate.
    expect(hs.requests).toHaveLength(7);
    expect(hs.associations.size).toBe(30);
  });

  it('looks up a batch of many companies in one search (paged past 200 matches), then one batch update and one batch upsert', async () => {
    const hs = await server();
    // 250 companies HubSpot already has, each matched by the domain of one lead; 20 leads of companies it does not have.
    for (let i = 0; i < 250; i++) hs.addCompany({ name: `Alt ${i}`, domain: `firma-${i}.example` });
    const known = Array.from({ length: 80 }, (_, i) => person(`k${i}`, { website: `https://firma-${i * 3}.example`, personEmail: `k${i}@firma-${i * 3}.example` }));
    const fresh = Array.from({ length: 20 }, (_, i) => person(`n${i}`, { companyName: `Neu ${i}`, website: `https://neu-${i}.example`, personEmail: `n${i}@neu-${i}.example` }));
    const result = await connector(hs.url).push([...known, ...fresh].map(item), signal());
    expect(result.outcomes.every((o) => o.ok)).toBe(true);
    expect(hs.companies.size).toBe(270);
    expect(hs.associations.size).toBe(100);
    expect([...hs.companies.values()].find((c) => c.properties['domain'] === 'firma-237.example')?.properties['name']).toBe('Beispiel Werkzeuge GmbH');
    const paths = hs.requests.map((r) => r.path.replace('/crm/objects/2026-09', ''));
    expect(paths.filter((p) => p.startsWith('/companies'))).toEqual(['/companies/search', '/companies/batch/update', '/companies/batch/upsert', '/companies/batch/upsert']);
    // The search asked for every domain at once: 100 lower-case values.
    expect((hs.requests.find((r) => r.path.endsWith('/companies/search'))!.body as { filterGroups: { filters: { values: string[] }[] }[] }).filterGroups[0]!.filters[0]!.values).toHaveLength(100);
  });

  it('reads the search past its first page: a second company with a domain, 200 results later, still makes that lead the rep\'s choice', async () => {
    const hs = await server();
    hs.addCompany({ name: 'Erste', domain: 'f-99.example' });
    for (let i = 0; i < 200; i++) hs.addCompany({ name: `Doppelt ${i}`, domain: `f-${i % 99}.example` });
    hs.addCompany({ name: 'Zweite', domain: 'f-99.example' });
    const leads = Array.from({ length: 100 }, (_, i) => item(person(`q${i}`, { website: `https://f-${i}.example`, personEmail: `q${i}@f-${i}.example` })));
    const result = await connector(hs.url).push(leads, signal());
    expect(result.outcomes[99]).toEqual({ ok: false, error: { code: 'crm-ambiguous', params: { matches: 2 } } });
    expect(hs.requests.filter((r) => r.path.endsWith('/companies/search'))).toHaveLength(2);
  });

  it('updates the one company with the domain, and asks the rep when the domain is not unique', async () => {
    const hs = await server();
    const existing = hs.addCompany({ name: 'Beispiel', domain: 'beispiel-werkzeuge.example' });
    await connector(hs.url).push([item(person('erika'))], signal());
    expect(hs.companies.size).toBe(1);
    expect(hs.companies.get(existing)?.properties['name']).toBe('Beispiel Werkzeuge GmbH');

    hs.addCompany({ name: 'Beispiel Zweigwerk', domain: 'beispiel-werkzeuge.example' });
    const result = await connector(hs.url).push([item(person('max'))], signal());
    expect(result.outcomes).toEqual([{ ok: false, error: { code: 'crm-ambiguous', params: { matches: 2 } } }]);
    expect(hs.contacts.has('max@beispiel-werkzeuge.example')).toBe(false);
  });

  it('reads a 207 row by row: the refused contact names its field, its neighbours are sent', async () => {
    const hs = await server();
    const result = await connector(hs.url).push([item(person('ok1')), item(person('bad', { personEmail: 'bad..dots@beispiel-werkzeuge.example' })), item(person('ok2'))], signal());
    expect(result.outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(result.outcomes[1]).toMatchObject({ ok: false, error: { code: 'crm-rejected', params: { status: 400, fields: ['email'] } }, fields: ['personEmail'] });
  });

  it('sends a refused batch again lead by lead, so a 400 with field errors fails only its own lead', async () => {
    const hs = await server();
    const refused = { status: 400, body: { status: 'error', category: 'VALIDATION_ERROR', message: 'Property values were not valid: [{"isValid":false,"message":"too long","error":"INVALID_LENGTH","name":"jobtitle"}]' } };
    hs.faults.push({ match: /contacts\/batch\/upsert/, answer: refused }, { match: /contacts\/batch\/upsert/, answer: refused });
    const result = await connector(hs.url).push([item(person('a')), item(person('b'))], signal());
    expect(result.outcomes[0]).toMatchObject({ ok: false, error: { code: 'crm-rejected', params: { status: 400, fields: ['jobtitle'] } }, fields: ['role'] });
    expect(result.outcomes[1]?.ok).toBe(true);
  });

  it('classifies 429 (burst and daily), 500, 401, a dropped connection; the outbox retries and nothing doubles', async () => {
    const hs = await server();
    const c = connector(hs.url);
    hs.faults.push({ match: /contacts\/batch\/upsert/, answer: hubspot429('TEN_SECONDLY_ROLLING', 3) });
    expect((await c.push([item(person('erika'))], signal())).outcomes[0]).toMatchObject({ ok: false, error: { code: 'crm-rate-limited', params: { retryAfterSeconds: 3 } } });
    hs.faults.push({ match: /search/, answer: hubspot429('DAILY') });
    const daily = (await c.push([item(person('erika'))], signal())).outcomes[0];
    expect(daily?.ok === false && daily.error.code).toBe('crm-quota-exhausted');
    hs.faults.push({ match: /search/, answer: { status: 500, body: { status: 'error', message: 'internal', category: 'INTERNAL_ERROR' } } });
    expect((await c.push([item(person('erika'))], signal())).outcomes[0]).toEqual({ ok: false, error: { code: 'crm-unavailable', params: { status: 500 } } });
    hs.faults.push({ match: /associations/, answer: 'drop' });
    expect((await c.push([item(person('erika'))], signal())).outcomes[0]).toMatchObject({ ok: false, error: { code: 'crm-unreachable' } });
    const retried = await c.push([item(person('erika'))], signal());
    expect(retried.outcomes[0]?.ok).toBe(true);
    expect([hs.contacts.size, hs.companies.size, hs.associations.size]).toEqual([1, 1, 1]);
    expect((await connector(hs.url, 'pat-revoked').push([item(person('erika'))], signal())).outcomes[0]).toEqual({ ok: false, error: { code: 'crm-unauthorized' } });
  });

  it('reports the budget headers to the outbox', async () => {
    const hs = await server();
    hs.faults.push({ match: /batch\/upsert/, answer: { ...hubspot429('TEN_SECONDLY_ROLLING'), headers: { 'x-hubspot-ratelimit-secondly-remaining': '0' } } });
    const before = Date.now();
    const result = await connector(hs.url).push([item(person('erika'))], signal());
    expect(result.rateLimit?.waitUntil).toBeGreaterThanOrEqual(before + 10_000);
  });

  it('asks for what is missing before sending: an e-mail for a named person', async () => {
    const hs = await server();
    const result = await connector(hs.url).push([item(person('x', { personEmail: '' }))], signal());
    expect(result.outcomes).toEqual([{ ok: false, error: { code: 'crm-field-missing', params: { fields: ['personEmail'] } }, fields: ['personEmail'] }]);
    expect(hs.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('resumes a batch that failed half-way at the step that failed: the company is not looked up or written again', async () => {
    const hs = await server();
    const c = connector(hs.url);
    const steps = (from: number) => hs.requests.slice(from).map((r) => `${r.method} ${r.path.replace('/2026-09', '')}`);
    hs.faults.push({ match: /contacts\/batch\/upsert/, answer: { status: 503, body: { status: 'error', category: 'INTERNAL_ERROR', message: 'Service temporarily unavailable.' } } });
    const first = (await c.push([item(person('erika'))], signal())).outcomes[0]!;
    const [company] = [...hs.companies.values()];
    expect(first).toMatchObject({ ok: false, error: { code: 'crm-unavailable', params: { status: 503 } }, trail: { ids: { company: company?.id }, done: ['company'] } });

    // The contact is written, then the association's answer is lost: the next retry only associates.
    hs.faults.push({ match: /associate/, answer: 'drop' });
    let from = hs.requests.length;
    const second = (await c.push([{ ...item(person('erika')), ...(first.ok ? {} : { trail: first.trail! }) }], signal())).outcomes[0]!;
    expect(steps(from)).toEqual(['POST /crm/objects/contacts/batch/upsert', 'POST /crm/associations/contacts/companies/batch/associate/default']);
    const contact = hs.contacts.get('erika@beispiel-werkzeuge.example')!;
    expect(second).toMatchObject({ ok: false, error: { code: 'crm-unreachable' }, trail: { ids: { company: company?.id, contact: contact.id }, done: ['company', 'contact'] } });

    from = hs.requests.length;
    const third = (await c.push([{ ...item(person('erika')), ...(second.ok ? {} : { trail: second.trail! }) }], signal())).outcomes[0]!;
    expect(steps(from)).toEqual(['POST /crm/associations/contacts/companies/batch/associate/default']);
    expect(third).toEqual({ ok: true, remoteId: contact.id, recordUrl: expect.stringContaining(`/record/0-1/${contact.id}`), ids: { company: company?.id, contact: contact.id } });
    expect([hs.contacts.size, hs.companies.size, [...hs.associations]]).toEqual([1, 1, [`${contact.id}→${company?.id}`]]);
  });

  it('makes no second company when its create was stored but the answer lost, while the search does not show it yet', async () => {
    const hs = await server({ searchLagMs: 60_000 });
    const c = connector(hs.url);
    // Another lead first: the portal as it is after Leadfill's first push.
    expect((await c.push([item(person('max', { companyName: 'Andere Firma', website: 'https://andere-firma.example', personEmail: 'max@andere-firma.example' }))], signal())).outcomes[0]?.ok).toBe(true);
    hs.faults.push({ match: /companies\/batch\/(create|upsert)/, answer: 'drop-after' });
    const lost = (await c.push([item(person('erika'))], signal())).outcomes[0]!;
    expect(lost).toMatchObject({ ok: false, error: { code: 'crm-unreachable' } });
    expect(hs.companies.size).toBe(2);
    const retry = (await c.push([{ ...item(person('erika')), ...(lost.ok || !lost.trail ? {} : { trail: lost.trail }) }], signal())).outcomes[0]!;
    expect(retry.ok).toBe(true);
    const ours = [...hs.companies.values()].filter((co) => co.properties['domain'] === 'beispiel-werkzeuge.example');
    expect(ours).toHaveLength(1);
    expect(hs.associations.has(`${hs.contacts.get('erika@beispiel-werkzeuge.example')?.id}→${ours[0]?.id}`)).toBe(true);
  });

  it('pushes a company-only lead as a company, with its record link', async () => {
    const hs = await server();
    const result = await connector(hs.url).push([item(lead({ companyName: 'Nur Firma AG', website: 'nur-firma.example' }, { id: 'co' }))], signal());
    const [company] = [...hs.companies.values()];
    expect(result.outcomes).toEqual([{ ok: true, remoteId: company?.id, recordUrl: `https://app-eu1.hubspot.com/contacts/${hs.portalId}/record/0-2/${company?.id}`, ids: { company: company?.id } }]);
  });
});

describe('HubSpot test connection', () => {
  it('names the account when token and scopes are right', async () => {
    const hs = await server();
    expect(await connector(hs.url).testConnection(signal())).toEqual({ ok: true, value: { account: `HubSpot ${hs.portalId}` } });
  });

  it('says what is wrong: the token, the scope, the URL', async () => {
    const hs = await server({ tokens: { 'pat-good': HUBSPOT_SCOPES, 'pat-companies-only': ['crm.objects.companies.read'] } });
    expect(await connector(hs.url, 'pat-wrong').testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-unauthorized' } });
    expect(await connector(hs.url, 'pat-companies-only').testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-forbidden', params: { scope: 'crm.objects.contacts.read' } } });
    expect(await connector(hs.url, null).testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-not-configured' } });
    expect(await connector('http://crm.example.com').testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-url-insecure' } });
    expect(await connector(`${hs.url}/not-hubspot`).testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-not-found' } });
    const closed = await server();
    await closed.close();
    expect(await connector(closed.url).testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-unreachable' } });
  });
});

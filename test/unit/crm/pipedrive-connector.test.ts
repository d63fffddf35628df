/**
 * Contract tests: the Pipedrive connector against a Pipedrive on 127.0.0.1 that answers as API v2
 * documents (test/support/crm/pipedrive-server.ts), including `success:false` bodies and 429s.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPipedriveConnector, PIPEDRIVE_TOKEN } from '../../../src/background/crm/pipedrive';
import { secret } from '../../../src/background/secrets';
import { UNCERTAIN_ANY, type PushItem } from '../../../src/core/crm/connector';
import { idempotencyKey } from '../../../src/core/crm/idempotency';
import type { LeadField } from '../../../src/core/lead/types';
import { pipedriveFailure, startPipedriveServer, type PipedriveOptions, type PipedriveServer } from '../../support/crm/pipedrive-server';
import { lead } from '../lead/helpers';

const servers: PipedriveServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(options: PipedriveOptions = {}) {
  const s = await startPipedriveServer('pd-good', options);
  servers.push(s);
  return s;
}

function connector(url: string, token: string | null = 'pd-good') {
  return createPipedriveConnector({
    connection: { id: 'pd-1', kind: 'pipedrive', label: 'Pipedrive', url },
    secret: async (name) => (name === PIPEDRIVE_TOKEN && token ? secret(token) : undefined),
    fetch: (...args) => fetch(...args),
    now: () => Date.now(),
  });
}

const person = (id: string, values: Partial<Record<LeadField, string>> = {}) => lead({
  companyName: 'Beispiel Werkzeuge', legalForm: 'GmbH', website: 'https://beispiel-werkzeuge.example', street: 'Am Hang 3', postalCode: '89073', city: 'Ulm',
  firstName: 'Erika', lastName: 'Musterfrau', personEmail: `${id}@beispiel-werkzeuge.example`, directPhone: '0731 123456', ...values,
}, { id });
const item = (l: ReturnType<typeof lead>): PushItem => ({ lead: l, event: 'lead.completed', idempotencyKey: idempotencyKey('pd-1', l.id, l.updatedAt), remoteId: null });
const signal = () => AbortSignal.timeout(5_000);

describe('Pipedrive connector', () => {
  it('creates the organization and the person linked to it, with x-api-token on every request', async () => {
    const pd = await server();
    const result = await connector(pd.url).push([item(person('erika'))], signal());
    const [org] = [...pd.organizations.values()];
    const [p] = [...pd.persons.values()];
    expect(result.outcomes).toEqual([{ ok: true, remoteId: String(p?.id), recordUrl: `${pd.url}/person/${p?.id}`, ids: { organization: String(org?.id), person: String(p?.id) } }]);
    expect(org).toMatchObject({ name: 'Beispiel Werkzeuge GmbH', website: 'https://beispiel-werkzeuge.example', address: { value: 'Am Hang 3, 89073 Ulm', postal_code: '89073', locality: 'Ulm' } });
    expect(p).toMatchObject({ name: 'Erika Musterfrau', org_id: org?.id, emails: [{ value: 'erika@beispiel-werkzeuge.example', primary: true, label: 'work' }], phones: [{ value: '+49731123456', primary: true, label: 'work' }] });
    expect(pd.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v2/organizations/search', 'POST /api/v2/organizations', 'GET /api/v2/persons/search', 'POST /api/v2/persons']);
    expect(pd.requests[2]?.query.get('fields')).toBe('email');
    expect(pd.requests[2]?.query.get('exact_match')).toBe('true');
    expect(pd.requests.every((r) => r.headers['x-api-token'] === 'pd-good')).toBe(true);
    expect(result.rateLimit).toBeNull();
  });

  it('updates with PATCH what an earlier push made: a retry or a changed lead is no second record', async () => {
    const pd = await server();
    const c = connector(pd.url);
    const first = await c.push([item(person('erika'))], signal());
    const again = await c.push([item(person('erika', { role: 'Einkauf' }))], signal());
    expect(again.outcomes[0]).toEqual(first.outcomes[0]);
    expect([pd.persons.size, pd.organizations.size]).toEqual([1, 1]);
    expect([...pd.persons.values()][0]?.job_title).toBe('Einkauf');
    expect(pd.requests.filter((r) => r.method === 'PATCH').map((r) => r.path.split('/')[3])).toEqual(['organizations', 'persons']);
  });

  it('finds a person without an e-mail by name within the organization only', async () => {
    const pd = await server();
    const c = connector(pd.url);
    await c.push([item(person('a', { personEmail: '' }))], signal());
    await c.push([item(person('b', { personEmail: '', companyName: 'Andere Firma' }))], signal());
    expect(pd.persons.size).toBe(2);
    await c.push([item(person('a', { personEmail: '', role: 'CEO' }))], signal());
    expect(pd.persons.size).toBe(2);
    const search = pd.requests.filter((r) => r.path === '/api/v2/persons/search').at(-1);
    expect([search?.query.get('fields'), search?.query.get('organization_id')]).toEqual(['name', String([...pd.organizations.values()][0]?.id)]);
  });

  it('asks the rep when two organizations carry the name', async () => {
    const pd = await server();
    pd.organizations.set(900, { id: 900, name: 'Beispiel Werkzeuge GmbH' });
    pd.organizations.set(901, { id: 901, name: 'Beispiel Werkzeuge GmbH' });
    expect((await connector(pd.url).push([item(person('erika'))], signal())).outcomes).toEqual([{ ok: false, error: { code: 'crm-ambiguous', params: { matches: 2 } } }]);
    expect(pd.persons.size).toBe(0);
  });

  it('reads success:false bodies, 401, 429 (burst and daily budget), 500 and a dropped connection', async () => {
    const pd = await server();
    const c = connector(pd.url);
    const push = async () => (await c.push([item(person('erika'))], signal())).outcomes[0];
    pd.faults.push({ match: /POST \/api\/v2\/persons/, answer: pipedriveFailure(400, 'Validation failed: emails: Invalid email') });
    expect(await push()).toMatchObject({ ok: false, error: { code: 'crm-rejected', params: { status: 400, fields: ['emails'] } } });
    // A 200 that says success:false is a refusal too.
    pd.faults.push({ match: /search/, answer: { status: 200, body: { success: false, error: 'Bad request', error_info: 'name' } } });
    expect(await push()).toEqual({ ok: false, error: { code: 'crm-rejected', params: { status: 400, fields: ['name'] } } });
    pd.faults.push({ match: /search/, answer: { ...pipedriveFailure(429, 'Too many requests'), headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2' } } });
    expect(await push()).toEqual({ ok: false, error: { code: 'crm-rate-limited', params: { retryAfterSeconds: 2 } } });
    pd.faults.push({ match: /search/, answer: { ...pipedriveFailure(429, 'Daily limit reached'), headers: { 'x-daily-requests-left': '0' } } });
    const daily = await push();
    expect(daily?.ok === false && daily.error.code).toBe('crm-quota-exhausted');
    pd.faults.push({ match: /search/, answer: pipedriveFailure(500, 'Internal server error') });
    expect(await push()).toEqual({ ok: false, error: { code: 'crm-unavailable', params: { status: 500 } } });
    pd.faults.push({ match: /POST \/api\/v2\/persons/, answer: 'drop' });
    expect(await push()).toMatchObject({ ok: false, error: { code: 'crm-unreachable' } });
    expect((await push())?.ok).toBe(true);
    expect([pd.persons.size, pd.organizations.size]).toEqual([1, 1]);
    expect((await connector(pd.url, 'pd-regenerated').push([item(person('erika'))], signal())).outcomes[0]).toEqual({ ok: false, error: { code: 'crm-unauthorized' } });
  });

  it('resumes a failed push at the step that failed, with what the earlier attempt found or made', async () => {
    const pd = await server();
    const c = connector(pd.url);
    pd.faults.push({ match: /GET \/api\/v2\/persons\/search/, answer: pipedriveFailure(503, 'Service unavailable') });
    const first = (await c.push([item(person('erika'))], signal())).outcomes[0]!;
    const [org] = [...pd.organizations.values()];
    expect(first).toEqual({ ok: false, error: { code: 'crm-unavailable', params: { status: 503 } }, trail: { ids: { organization: String(org?.id) }, done: ['organization'] } });
    pd.requests.length = 0;
    if (first.ok || !first.trail) throw new Error('no trail');
    const retry = (await c.push([{ ...item(person('erika')), trail: first.trail }], signal())).outcomes[0]!;
    expect(retry.ok).toBe(true);
    // Neither the organization's search nor its write again.
    expect(pd.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v2/persons/search', 'POST /api/v2/persons']);
    expect([pd.persons.size, pd.organizations.size]).toEqual([1, 1]);
  });

  it('updates the records an earlier push confirmed without a search, even after the e-mail changed; a record gone is searched for again', async () => {
    const pd = await server();
    const c = connector(pd.url);
    const sent = (await c.push([item(person('erika'))], signal())).outcomes[0]!;
    const ids = sent.ok ? sent.ids! : {};
    pd.requests.length = 0;
    const changed = person('erika', { personEmail: 'erika.neu@beispiel-werkzeuge.example', role: 'Einkauf' });
    const update = (await c.push([{ ...item(changed), event: 'lead.updated', remoteId: ids['person']!, trail: { ids, done: [] } }], signal())).outcomes[0]!;
    expect(update).toMatchObject({ ok: true, remoteId: ids['person'] });
    expect(pd.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /api/v2/organizations/${ids['organization']}`, `PATCH /api/v2/persons/${ids['person']}`]);
    expect([...pd.persons.values()]).toMatchObject([{ emails: [{ value: 'erika.neu@beispiel-werkzeuge.example' }], job_title: 'Einkauf' }]);
    // Merged away in Pipedrive: the kept id answers 404, the search finds the record the lead now matches, or none.
    pd.persons.clear();
    const again = (await c.push([{ ...item(changed), event: 'lead.updated', remoteId: ids['person']!, trail: { ids, done: [] } }], signal())).outcomes[0]!;
    expect(again.ok).toBe(true);
    expect(pd.persons.size).toBe(1);
    expect(pd.organizations.size).toBe(1);
  });

  it('after a create whose answer was lost, finds the record among those changed since, though the search does not show it yet', async () => {
    // Pipedrive's search index shows a new record only a while after it was made.
    const pd = await server({ searchLagMs: 60_000 });
    const c = connector(pd.url);
    const push = async (trail?: PushItem['trail']) => (await c.push([{ ...item(person('erika')), ...(trail ? { trail } : {}) }], signal())).outcomes[0]!;
    pd.faults.push({ match: /POST \/api\/v2\/organizations$/, answer: 'drop-after' });
    const lostOrg = await push();
    expect(lostOrg).toMatchObject({ ok: false, error: { code: 'crm-unreachable' }, trail: { ids: {}, done: [], uncertain: { organization: expect.any(Number) } } });
    expect(pd.organizations.size).toBe(1);
    pd.faults.push({ match: /POST \/api\/v2\/persons$/, answer: 'drop-after' });
    const lostPerson = await push(lostOrg.ok ? undefined : lostOrg.trail);
    const [org] = [...pd.organizations.values()];
    expect(lostPerson).toMatchObject({ ok: false, error: { code: 'crm-unreachable' }, trail: { ids: { organization: String(org?.id) }, done: ['organization'], uncertain: { person: expect.any(Number) } } });
    expect(pd.organizations.size).toBe(1);
    const listed = pd.requests.filter((r) => r.method === 'GET' && r.path === '/api/v2/organizations');
    expect(listed.map((r) => r.query.get('updated_since'))).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)]);
    const done = await push(lostPerson.ok ? undefined : lostPerson.trail);
    const [p] = [...pd.persons.values()];
    expect(done).toEqual({ ok: true, remoteId: String(p?.id), recordUrl: `${pd.url}/person/${p?.id}`, ids: { organization: String(org?.id), person: String(p?.id) } });
    expect([pd.organizations.size, pd.persons.size]).toEqual([1, 1]);
  });

  it('after a worker stopped mid-push, finds what its attempt made among the records changed since it claimed the row', async () => {
    const pd = await server({ searchLagMs: 60_000 });
    const claimed = Date.now();
    // The stopped worker's attempt: it made both records and never heard back.
    await connector(pd.url).push([item(person('erika'))], signal());
    pd.requests.length = 0;
    const retry = (await connector(pd.url).push([{ ...item(person('erika')), trail: { ids: {}, done: [], uncertain: { [UNCERTAIN_ANY]: claimed } } }], signal())).outcomes[0]!;
    expect(retry.ok).toBe(true);
    expect([pd.organizations.size, pd.persons.size]).toEqual([1, 1]);
    expect(pd.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v2/organizations', 'PATCH /api/v2/organizations/1', 'GET /api/v2/persons', 'PATCH /api/v2/persons/2']);
  });

  it('after an uncertain create that never arrived, searches and creates as usual', async () => {
    const pd = await server({ searchLagMs: 60_000 });
    const c = connector(pd.url);
    pd.faults.push({ match: /POST \/api\/v2\/organizations$/, answer: 'drop' });
    const lost = (await c.push([item(person('erika'))], signal())).outcomes[0]!;
    expect(pd.organizations.size).toBe(0);
    const retry = (await c.push([{ ...item(person('erika')), ...(lost.ok ? {} : { trail: lost.trail! }) }], signal())).outcomes[0]!;
    expect(retry.ok).toBe(true);
    expect([pd.organizations.size, pd.persons.size]).toEqual([1, 1]);
  });

  it('hands the burst window to the outbox when the headers say it is used up', async () => {
    const pd = await server();
    pd.faults.push({ match: /POST \/api\/v2\/persons/, answer: { ...pipedriveFailure(429, 'Too many requests'), headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2' } } });
    const before = Date.now();
    const result = await connector(pd.url).push([item(person('erika'))], signal());
    expect(result.rateLimit?.waitUntil).toBeGreaterThanOrEqual(before + 2_000);
  });

  it('needs a company name or a person', async () => {
    const pd = await server();
    expect((await connector(pd.url).push([item(lead({ website: 'x.example' }, { id: 'w' }))], signal())).outcomes[0])
      .toEqual({ ok: false, error: { code: 'crm-field-missing', params: { fields: ['companyName'] } }, fields: ['companyName'] });
    expect(pd.requests).toEqual([]);
  });
});

describe('Pipedrive test connection', () => {
  it('names the company, or says the token or the address is wrong', async () => {
    const pd = await server();
    expect(await connector(pd.url).testConnection(signal())).toEqual({ ok: true, value: { account: 'Pipedrive Beispiel Vertrieb' } });
    expect(await connector(pd.url, 'pd-wrong').testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-unauthorized' } });
    expect(await connector(pd.url, null).testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-not-configured' } });
    expect(await connector('http://beispiel.pipedrive.example').testConnection(signal())).toEqual({ ok: false, error: { code: 'crm-url-insecure' } });
  });
});

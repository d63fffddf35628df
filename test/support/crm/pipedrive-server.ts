/**
 * A Pipedrive company account on 127.0.0.1 that behaves as API v2 documents (ecosystem.md §3.2):
 * `x-api-token` auth, persons and organizations created with POST and updated with PATCH, search with
 * `exact_match` (and `organization_id` for persons), the `{success, data}` envelope and `success:false`
 * error bodies, `x-ratelimit-*` and `x-daily-requests-left` headers, the list endpoints with
 * `updated_since`/`org_id`/`cursor`, and (with `searchLagMs`) a search index that shows a new record only
 * that long after it was created, as Pipedrive's does. Answers are typed as the pipedrive package's v2
 * models, so the typecheck holds them to the package.
 */
import type { AddOrganizationRequest, AddPersonRequest, GetOrganizationSearchResponse, GetOrganizationsResponse, GetPersonSearchResponse, GetPersonsResponse, OrganizationItem, Person } from 'pipedrive/v2';
import { startJsonServer, type Answer, type Chaos, type JsonServer, type Recorded } from './http-json';

export interface PipedriveServer extends JsonServer {
  persons: Map<number, Person>;
  organizations: Map<number, OrganizationItem>;
}

export function pipedriveFailure(status: number, error: string, info = 'Please check developers.pipedrive.com'): Answer {
  return { status, body: { success: false, error, error_info: info, data: null, additional_data: null } };
}

export interface PipedriveOptions {
  /** A record is found by search only this long after it was created (0: at once). */
  searchLagMs?: number;
}

export async function startPipedriveServer(token = 'pd-good', options: PipedriveOptions = {}): Promise<PipedriveServer> {
  const persons = new Map<number, Person>();
  const organizations = new Map<number, OrganizationItem>();
  let nextId = 1;
  const state = { dailyLeft: 10_000 };
  /** When each record was created (ms): the search index lags behind it. */
  const createdAt = new Map<number, number>();
  const indexed = (id: number | undefined) => Date.now() - (createdAt.get(id ?? -1) ?? 0) >= (options.searchLagMs ?? 0);
  const stamp = () => new Date().toISOString().replace('T', ' ').slice(0, 19);

  /** `GET /api/v2/{persons,organizations}`: the records themselves, changed since a time, a page at a time. */
  function list<T extends Person | OrganizationItem>(records: Iterable<T>, q: URLSearchParams): { data: T[]; additional_data: { next_cursor?: string } } {
    const since = q.get('updated_since');
    if (since !== null && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(since)) throw new Error(`updated_since not RFC 3339: ${since}`);
    const org = q.get('org_id');
    const matching = [...records].filter((r) => (!since || Date.parse(`${r.update_time!.replace(' ', 'T')}Z`) >= Date.parse(since)) && (!org || String((r as Person).org_id) === org));
    const from = Number(q.get('cursor') ?? 0);
    const limit = Math.min(500, Number(q.get('limit') ?? 100));
    const next = from + limit < matching.length ? String(from + limit) : null;
    // The last page has no next cursor (Pipedrive sends null, which the package's type leaves out).
    return { data: matching.slice(from, from + limit), additional_data: next === null ? {} : { next_cursor: next } };
  }

  function searchPersons(q: URLSearchParams): Answer {
    const term = (q.get('term') ?? '').toLowerCase();
    if (term.length < 2 && q.get('exact_match') !== 'true') return pipedriveFailure(400, 'term must be at least 2 characters long');
    const fields = (q.get('fields') ?? 'name,email').split(',');
    const org = q.get('organization_id');
    const matches = [...persons.values()].filter((p) => indexed(p.id)
      && (!org || String(p.org_id) === org)
      && ((fields.includes('email') && (p.emails ?? []).some((e) => e.value?.toLowerCase() === term))
        || (fields.includes('name') && p.name?.toLowerCase() === term)));
    const limit = Number(q.get('limit') ?? 100);
    const body: GetPersonSearchResponse = {
      success: true,
      data: { items: matches.slice(0, limit).map((p) => ({ result_score: 1, item: { id: p.id!, type: 'person', name: p.name!, emails: (p.emails ?? []).map((e) => e.value!) } })) },
      additional_data: { next_cursor: null as unknown as string },
    };
    return { status: 200, body };
  }

  function searchOrganizations(q: URLSearchParams): Answer {
    const term = (q.get('term') ?? '').toLowerCase();
    const matches = [...organizations.values()].filter((o) => indexed(o.id) && o.name?.toLowerCase() === term);
    const body: GetOrganizationSearchResponse = { success: true, data: { items: matches.map((o) => ({ result_score: 1, item: { id: o.id!, type: 'organization', name: o.name! } })) } };
    return { status: 200, body };
  }

  function validPerson(body: Partial<AddPersonRequest>, creating: boolean): Answer | null {
    if (creating && !body.name) return pipedriveFailure(400, 'Validation failed: name: Required');
    if (body.emails && !body.emails.every((e) => typeof e.value === 'string' && e.value.includes('@'))) return pipedriveFailure(400, 'Validation failed: emails: Invalid email');
    if (body.org_id !== undefined && !organizations.has(body.org_id)) return pipedriveFailure(400, 'Validation failed: org_id: Organization not found');
    return null;
  }

  function route(req: Recorded): Answer {
    if (req.headers['x-api-token'] !== token) return pipedriveFailure(401, 'unauthorized access');
    state.dailyLeft = Math.max(0, state.dailyLeft - 1);
    const p = req.path;
    if (req.method === 'GET' && p === '/api/v1/users/me') return { status: 200, body: { success: true, data: { id: 42, name: 'Erika Rep', company_name: 'Beispiel Vertrieb', company_domain: 'beispiel-vertrieb' } } };
    if (req.method === 'GET' && p === '/api/v2/persons/search') return searchPersons(req.query);
    if (req.method === 'GET' && p === '/api/v2/organizations/search') return searchOrganizations(req.query);
    if (req.method === 'GET' && p === '/api/v2/persons') return { status: 200, body: { success: true, ...list(persons.values(), req.query) } satisfies GetPersonsResponse };
    if (req.method === 'GET' && p === '/api/v2/organizations') return { status: 200, body: { success: true, ...list(organizations.values(), req.query) } satisfies GetOrganizationsResponse };
    const at = stamp();
    if (req.method === 'POST' && p === '/api/v2/organizations') {
      const body = req.body as Partial<AddOrganizationRequest>;
      if (!body.name) return pipedriveFailure(400, 'Validation failed: name: Required');
      const org: OrganizationItem = { ...body, id: nextId++, add_time: at, update_time: at };
      organizations.set(org.id!, org);
      createdAt.set(org.id!, Date.now());
      return { status: 200, body: { success: true, data: org } };
    }
    if (req.method === 'POST' && p === '/api/v2/persons') {
      const body = req.body as Partial<AddPersonRequest>;
      const refused = validPerson(body, true);
      if (refused) return refused;
      const person: Person = { ...body, id: nextId++, add_time: at, update_time: at };
      persons.set(person.id!, person);
      createdAt.set(person.id!, Date.now());
      return { status: 200, body: { success: true, data: person } };
    }
    const one = /^\/api\/v2\/(persons|organizations)\/(\d+)$/.exec(p);
    if (req.method === 'PATCH' && one) {
      const store: Map<number, Person | OrganizationItem> = one[1] === 'persons' ? persons : organizations;
      const existing = store.get(Number(one[2]));
      if (!existing) return pipedriveFailure(404, `${one[1] === 'persons' ? 'Person' : 'Organization'} not found`);
      const refused = one[1] === 'persons' ? validPerson(req.body as Partial<AddPersonRequest>, false) : null;
      if (refused) return refused;
      const updated = { ...existing, ...(req.body as object), update_time: at };
      store.set(existing.id!, updated);
      return { status: 200, body: { success: true, data: updated } };
    }
    return pipedriveFailure(404, 'Unknown method .');
  }

  const server = await startJsonServer(route, () => ({
    'x-ratelimit-limit': '40',
    'x-ratelimit-remaining': '39',
    'x-ratelimit-reset': '2',
    'x-daily-requests-left': String(state.dailyLeft),
  }));
  return { ...server, persons, organizations };
}

/**
 * Pipedrive's own answers for a scale run's faults: the 429 of a spent burst window, whose
 * x-ratelimit-* headers say when it resets (in seconds, no Retry-After), and its 5xx envelopes.
 */
export function pipedriveChaos(windowMs: number): Pick<Chaos, 'limited' | 'unavailable' | 'windowMs'> {
  return {
    windowMs,
    limited: () => ({
      ...pipedriveFailure(429, 'Too many requests', 'Rate limit exceeded, see developers.pipedrive.com/docs/api/v1/rate-limiting'),
      headers: { 'x-ratelimit-limit': '40', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(windowMs / 1000)) },
    }),
    unavailable: (status) => pipedriveFailure(status, status === 503 ? 'Service unavailable' : 'Internal server error', 'Please try again later'),
  };
}

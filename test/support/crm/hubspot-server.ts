/**
 * A HubSpot CRM on 127.0.0.1 that behaves as the date-versioned API documents (ecosystem.md §3.1):
 * bearer tokens with scopes (401 INVALID_AUTHENTICATION, 403 MISSING_SCOPES), contacts upserted by
 * e-mail in batches of at most 100 (duplicate ids refuse the batch; an invalid row makes a 207 with
 * per-row errors), default associations one by one (PUT) or in a batch, companies whose domain is not unique (search returns every match, EQ or IN,
 * 200 a page), companies created and updated in batches of at most 100 (207 for unknown ids), default
 * contact→company associations, companies upserted in batches by a property with unique values (made
 * through the properties API; an upsert by any other property is refused as HubSpot refuses it), a search
 * index that (with `searchLagMs`) shows a new company only a while after it was made, as HubSpot's does,
 * X-HubSpot-RateLimit-* headers and a DAILY or TEN_SECONDLY 429. Its
 * answers are typed as the @hubspot/api-client models on the wire, so the typecheck holds them to the package.
 */
import type {
  BatchResponseSimplePublicObjectWithErrors,
  BatchResponseSimplePublicUpsertObjectWithErrors,
  CollectionResponseWithTotalSimplePublicObjectForwardPaging,
  SimplePublicObject,
  StandardError,
} from '@hubspot/api-client/lib/codegen/crm/contacts';
import type { BatchResponsePublicDefaultAssociation } from '@hubspot/api-client/lib/codegen/crm/associations/v4';
import type { PropertyCreate } from '@hubspot/api-client/lib/codegen/crm/properties';
import { startJsonServer, type Answer, type Chaos, type JsonServer, type Recorded } from './http-json';
import type { Wire } from './wire';

export const HUBSPOT_SCOPES = ['crm.objects.contacts.read', 'crm.objects.contacts.write', 'crm.objects.companies.read', 'crm.objects.companies.write', 'crm.schemas.companies.write'];

interface StoredObject {
  id: string;
  properties: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface HubSpotServer extends JsonServer {
  contacts: Map<string, StoredObject>;
  companies: Map<string, StoredObject>;
  /** "contactId→companyId" pairs. */
  associations: Set<string>;
  portalId: number;
  /** Company properties made through the properties API, by name (hasUniqueValue as made). */
  companyProperties: Map<string, { hasUniqueValue: boolean }>;
  /** Adds a company directly (as a rep in HubSpot would), e.g. a second one with the same domain. */
  addCompany(properties: Record<string, string>): string;
}

// HubSpot refuses addresses a looser check lets through, e.g. two dots in a row (INVALID_EMAIL).
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const isHubSpotEmail = (v: string) => EMAIL_SHAPE.test(v) && !v.includes('..');
const at = () => new Date().toISOString();

function error(status: number, category: string, message: string, extra: Partial<Wire<StandardError>> = {}): Answer {
  return { status, body: { status: 'error', category, message, correlationId: 'c0ffee', ...extra } };
}

export interface HubSpotServerOptions {
  version?: string;
  tokens?: Record<string, string[]>;
  /** How long the search misses a new company (0: at once). */
  searchLagMs?: number;
}

export async function startHubSpotServer(options: HubSpotServerOptions = {}): Promise<HubSpotServer> {
  const version = options.version ?? '2026-09';
  const tokens = options.tokens ?? { 'pat-good': HUBSPOT_SCOPES };
  const contacts = new Map<string, StoredObject>();
  const companies = new Map<string, StoredObject>();
  const companyProperties = new Map<string, { hasUniqueValue: boolean }>();
  /** When each company was made (ms): the search index lags behind it. */
  const madeAt = new Map<string, number>();
  const indexed = (c: StoredObject) => Date.now() - (madeAt.get(c.id) ?? 0) >= (options.searchLagMs ?? 0);
  const associations = new Set<string>();
  let nextId = 1000;
  const portalId = 4711;
  let daily = 250_000;

  function object(id: string, properties: Record<string, string>, previous?: StoredObject): StoredObject {
    return { id, properties: { ...previous?.properties, ...properties }, createdAt: previous?.createdAt ?? at(), updatedAt: at() };
  }

  function scoped(req: Recorded, scope: string): Answer | null {
    const token = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    const granted = token ? tokens[token] : undefined;
    if (!granted) return error(401, 'INVALID_AUTHENTICATION', 'Authentication credentials not found.');
    if (!granted.includes(scope)) {
      return error(403, 'MISSING_SCOPES', 'This app hasn\'t been granted all required scopes to make this call.', {
        errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: [scope] } }],
      });
    }
    return null;
  }

  function upsertContacts(body: unknown): Answer {
    const inputs = (body as { inputs?: unknown })?.inputs;
    if (!Array.isArray(inputs)) return error(400, 'VALIDATION_ERROR', 'Invalid input JSON: inputs is required.');
    if (inputs.length > 100) return error(400, 'VALIDATION_ERROR', 'Batch size limit exceeded: at most 100 inputs.');
    const ids = inputs.map((i: { id?: unknown }) => String(i.id).toLowerCase());
    if (new Set(ids).size !== ids.length) return error(400, 'VALIDATION_ERROR', 'Duplicate IDs found in batch input.');
    const results: Wire<BatchResponseSimplePublicUpsertObjectWithErrors>['results'] = [];
    const errors: Wire<StandardError>[] = [];
    for (const input of inputs as { idProperty?: string; id: string; properties: Record<string, string>; objectWriteTraceId?: string }[]) {
      if (input.idProperty !== 'email') return error(400, 'VALIDATION_ERROR', 'Unable to perform upsert by non-unique 0-1 property.');
      const email = input.id.toLowerCase();
      const bad = Object.entries(input.properties).find(([k, v]) => typeof v !== 'string' || (k === 'email' && !isHubSpotEmail(v)));
      if (!isHubSpotEmail(email) || bad) {
        const name = bad?.[0] ?? 'email';
        errors.push({
          status: 'error', category: 'VALIDATION_ERROR', message: `Property values were not valid: [{"isValid":false,"message":"invalid","error":"INVALID_EMAIL","name":"${name}"}]`,
          context: { ...(input.objectWriteTraceId ? { objectWriteTraceId: [input.objectWriteTraceId] } : {}), ids: [input.id] }, links: {}, errors: [],
        });
        continue;
      }
      const previous = contacts.get(email);
      const stored = object(previous?.id ?? String(nextId++), { ...input.properties, email }, previous);
      contacts.set(email, stored);
      results.push({ ...stored, new: !previous, ...(input.objectWriteTraceId ? { objectWriteTraceId: input.objectWriteTraceId } : {}) });
    }
    const answer: Wire<BatchResponseSimplePublicUpsertObjectWithErrors> = {
      status: 'COMPLETE', results, startedAt: at(), completedAt: at(), ...(errors.length ? { errors, numErrors: errors.length } : {}),
    };
    return { status: errors.length ? 207 : 200, body: answer };
  }

  function searchCompanies(body: unknown): Answer {
    type SearchFilter = { propertyName: string; operator: string; value?: string; values?: string[] };
    const request = body as { filterGroups?: { filters?: SearchFilter[] }[]; limit?: number; after?: string };
    const filters = (request.filterGroups ?? []).map((g) => g.filters?.[0]);
    if (!filters.length || filters.some((f) => !f || !['EQ', 'IN'].includes(f.operator))) return error(400, 'VALIDATION_ERROR', 'Unsupported filter.');
    const limit = Number(request.limit ?? 10);
    if (limit > 200) return error(400, 'VALIDATION_ERROR', 'limit must be at most 200.');
    // Filter groups are ORed; IN takes lower-case values.
    const hit = (c: StoredObject, f: SearchFilter) => {
      const have = (c.properties[f.propertyName] ?? '').toLowerCase();
      return f.operator === 'EQ' ? have === (f.value ?? '').toLowerCase() : (f.values ?? []).includes(have);
    };
    const matches = [...companies.values()].filter((c) => indexed(c) && filters.some((f) => hit(c, f!)));
    const from = Number(request.after ?? 0);
    const page = matches.slice(from, from + limit);
    const next = from + limit < matches.length ? { paging: { next: { after: String(from + limit), link: '' } } } : {};
    const answer: Wire<CollectionResponseWithTotalSimplePublicObjectForwardPaging> = { total: matches.length, results: page, ...next };
    return { status: 200, body: answer };
  }

  function batchCompanies(kind: 'create' | 'update', body: unknown): Answer {
    const inputs = (body as { inputs?: { id?: string; properties?: Record<string, string>; objectWriteTraceId?: string }[] })?.inputs;
    if (!Array.isArray(inputs) || !inputs.every((i) => i.properties)) return error(400, 'VALIDATION_ERROR', 'Invalid input JSON: inputs is required.');
    if (inputs.length > 100) return error(400, 'VALIDATION_ERROR', 'Batch size limit exceeded: at most 100 inputs.');
    if (kind === 'update' && new Set(inputs.map((i) => i.id)).size !== inputs.length) return error(400, 'VALIDATION_ERROR', 'Duplicate IDs found in batch input.');
    const results: Wire<BatchResponseSimplePublicObjectWithErrors>['results'] = [];
    const errors: Wire<StandardError>[] = [];
    for (const input of inputs) {
      const trace = input.objectWriteTraceId ? { objectWriteTraceId: input.objectWriteTraceId } : {};
      const previous = kind === 'update' ? companies.get(String(input.id)) : undefined;
      if (kind === 'update' && !previous) {
        errors.push({ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Object not found.', context: { ids: [String(input.id)], ...(input.objectWriteTraceId ? { objectWriteTraceId: [input.objectWriteTraceId] } : {}) }, links: {}, errors: [] });
        continue;
      }
      const stored = object(previous?.id ?? String(nextId++), input.properties!, previous);
      if (!previous) madeAt.set(stored.id, Date.now());
      companies.set(stored.id, stored);
      results.push({ ...stored, ...trace });
    }
    const answer: Wire<BatchResponseSimplePublicObjectWithErrors> = {
      status: 'COMPLETE', results, startedAt: at(), completedAt: at(), ...(errors.length ? { errors, numErrors: errors.length } : {}),
    };
    return { status: errors.length ? 207 : kind === 'create' ? 201 : 200, body: answer };
  }

  /** Companies upserted by a property with unique values: found by its value, else made with it. */
  function upsertCompanies(body: unknown): Answer {
    const inputs = (body as { inputs?: { idProperty?: string; id?: string; properties?: Record<string, string>; objectWriteTraceId?: string }[] })?.inputs;
    if (!Array.isArray(inputs) || !inputs.every((i) => i.properties && typeof i.id === 'string')) return error(400, 'VALIDATION_ERROR', 'Invalid input JSON: inputs is required.');
    if (inputs.length > 100) return error(400, 'VALIDATION_ERROR', 'Batch size limit exceeded: at most 100 inputs.');
    const idProperty = String(inputs[0]?.idProperty);
    if (inputs.some((i) => i.idProperty !== idProperty) || !companyProperties.get(idProperty)?.hasUniqueValue) {
      return error(400, 'VALIDATION_ERROR', `Unable to perform update/upsert by non-unique 0-2 property ${idProperty} in portal ID ${portalId}`);
    }
    if (new Set(inputs.map((i) => i.id)).size !== inputs.length) return error(400, 'VALIDATION_ERROR', 'Duplicate IDs found in batch input.');
    const results: Wire<BatchResponseSimplePublicUpsertObjectWithErrors>['results'] = [];
    for (const input of inputs) {
      const previous = [...companies.values()].find((c) => c.properties[idProperty] === input.id);
      const stored = object(previous?.id ?? String(nextId++), { ...input.properties!, [idProperty]: input.id! }, previous);
      if (!previous) madeAt.set(stored.id, Date.now());
      companies.set(stored.id, stored);
      results.push({ ...stored, new: !previous, ...(input.objectWriteTraceId ? { objectWriteTraceId: input.objectWriteTraceId } : {}) });
    }
    const answer: Wire<BatchResponseSimplePublicUpsertObjectWithErrors> = { status: 'COMPLETE', results, startedAt: at(), completedAt: at() };
    return { status: 200, body: answer };
  }

  function createCompanyProperty(body: unknown): Answer {
    const made = body as Partial<Wire<PropertyCreate>>;
    if (!made?.name || !made.label || !made.type || !made.fieldType || !made.groupName) return error(400, 'VALIDATION_ERROR', 'Invalid input JSON: name, label, type, fieldType and groupName are required.');
    if (companyProperties.has(made.name)) return error(409, 'OBJECT_ALREADY_EXISTS', `A property named '${made.name}' already exists.`);
    companyProperties.set(made.name, { hasUniqueValue: made.hasUniqueValue === true });
    return { status: 201, body: { ...made, hasUniqueValue: made.hasUniqueValue === true, createdAt: at(), updatedAt: at() } };
  }

  function route(req: Recorded): Answer {
    const base = `/crm/objects/${version}`;
    const p = req.path;
    if (req.method === 'GET' && p === `/account-info/${version}/details`) {
      return scoped(req, 'crm.objects.contacts.read') ?? { status: 200, body: { portalId, accountType: 'STANDARD', timeZone: 'Europe/Berlin', uiDomain: 'app-eu1.hubspot.com', dataHostingLocation: 'eu1' } };
    }
    if (req.method === 'GET' && p === `${base}/contacts`) return scoped(req, 'crm.objects.contacts.read') ?? { status: 200, body: { results: [] } };
    if (req.method === 'POST' && p === `${base}/contacts/batch/upsert`) return scoped(req, 'crm.objects.contacts.write') ?? upsertContacts(req.body);
    if (req.method === 'POST' && p === `${base}/companies/search`) return scoped(req, 'crm.objects.companies.read') ?? searchCompanies(req.body);
    if (req.method === 'POST' && p === `${base}/companies/batch/upsert`) return scoped(req, 'crm.objects.companies.write') ?? upsertCompanies(req.body);
    if (req.method === 'POST' && p === `/crm/properties/${version}/companies`) return scoped(req, 'crm.schemas.companies.write') ?? createCompanyProperty(req.body);
    const batch = new RegExp(`^${base}/companies/batch/(create|update)$`).exec(p);
    if (req.method === 'POST' && batch) return scoped(req, 'crm.objects.companies.write') ?? batchCompanies(batch[1] as 'create' | 'update', req.body);
    if (req.method === 'POST' && p === `${base}/companies`) {
      const denied = scoped(req, 'crm.objects.companies.write');
      if (denied) return denied;
      const stored = object(String(nextId++), (req.body as { properties: Record<string, string> }).properties);
      companies.set(stored.id, stored);
      return { status: 201, body: stored satisfies Wire<SimplePublicObject> };
    }
    const company = new RegExp(`^${base}/companies/(\\d+)$`).exec(p);
    if (req.method === 'PATCH' && company) {
      const denied = scoped(req, 'crm.objects.companies.write');
      if (denied) return denied;
      const previous = companies.get(company[1]!);
      if (!previous) return error(404, 'OBJECT_NOT_FOUND', 'Object not found.');
      const stored = object(previous.id, (req.body as { properties: Record<string, string> }).properties, previous);
      companies.set(stored.id, stored);
      return { status: 200, body: stored satisfies Wire<SimplePublicObject> };
    }
    const assoc = new RegExp(`^${base}/contacts/(\\d+)/associations/default/companies/(\\d+)$`).exec(p);
    if (req.method === 'PUT' && assoc) {
      const denied = scoped(req, 'crm.objects.contacts.write');
      if (denied) return denied;
      if (![...contacts.values()].some((c) => c.id === assoc[1]) || !companies.has(assoc[2]!)) return error(404, 'OBJECT_NOT_FOUND', 'Object not found.');
      associations.add(`${assoc[1]}→${assoc[2]}`);
      const answer: Wire<BatchResponsePublicDefaultAssociation> = {
        status: 'COMPLETE', startedAt: at(), completedAt: at(),
        results: [{ from: { id: assoc[1]! }, to: { id: assoc[2]! }, associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 } }],
      };
      return { status: 200, body: answer };
    }
    if (req.method === 'POST' && p === `/crm/associations/${version}/contacts/companies/batch/associate/default`) {
      const denied = scoped(req, 'crm.objects.contacts.write');
      if (denied) return denied;
      const inputs = (req.body as { inputs?: { from?: { id?: string }; to?: { id?: string } }[] })?.inputs;
      if (!Array.isArray(inputs) || inputs.length > 2_000) return error(400, 'VALIDATION_ERROR', 'Invalid input JSON: at most 2000 inputs.');
      const results: Wire<BatchResponsePublicDefaultAssociation>['results'] = [];
      const errors: Wire<StandardError>[] = [];
      for (const { from, to } of inputs) {
        if (![...contacts.values()].some((c) => c.id === from?.id) || !companies.has(String(to?.id))) {
          errors.push({ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Object not found.', context: { fromObjectId: [String(from?.id)], toObjectId: [String(to?.id)] }, links: {}, errors: [] });
          continue;
        }
        associations.add(`${from!.id}→${to!.id}`);
        results.push({ from: { id: from!.id! }, to: { id: to!.id! }, associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 } });
      }
      const answer: Wire<BatchResponsePublicDefaultAssociation> = { status: 'COMPLETE', startedAt: at(), completedAt: at(), results, ...(errors.length ? { errors, numErrors: errors.length } : {}) };
      return { status: errors.length ? 207 : 200, body: answer };
    }
    // Another version segment, or the legacy /crm/v3/ paths this connector must not use.
    return { status: 404, body: { status: 'error', message: `No route for ${req.method} ${p}`, category: 'OBJECT_NOT_FOUND' } };
  }

  const server = await startJsonServer(route, () => {
    daily = Math.max(0, daily - 1);
    return {
      'x-hubspot-ratelimit-daily': '250000',
      'x-hubspot-ratelimit-daily-remaining': String(daily),
      'x-hubspot-ratelimit-secondly': '10',
      'x-hubspot-ratelimit-secondly-remaining': '9',
    };
  });
  return {
    ...server,
    contacts,
    companies,
    associations,
    portalId,
    companyProperties,
    addCompany(properties) {
      const stored = object(String(nextId++), properties);
      companies.set(stored.id, stored);
      return stored.id;
    },
  };
}

/** HubSpot's answer when the burst window or the day's budget is spent. */
export function hubspot429(policy: 'TEN_SECONDLY_ROLLING' | 'DAILY', retryAfterSeconds?: number): Answer {
  return {
    status: 429,
    headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    body: { status: 'error', message: `You have reached your ${policy.toLowerCase()} limit.`, errorType: 'RATE_LIMIT', correlationId: 'c0ffee', policyName: policy },
  };
}

/**
 * HubSpot's own answers for a scale run's faults: the burst 429 with the X-HubSpot-RateLimit-* headers
 * saying the window's requests are spent and when it opens again (and Retry-After to match), and its
 * 5xx error bodies.
 */
export function hubspotChaos(windowMs: number): Pick<Chaos, 'limited' | 'unavailable' | 'windowMs'> {
  return {
    windowMs,
    limited: () => {
      const answer = hubspot429('TEN_SECONDLY_ROLLING', Math.ceil(windowMs / 1000));
      return {
        ...answer,
        headers: {
          ...answer.headers,
          'x-hubspot-ratelimit-max': '100',
          'x-hubspot-ratelimit-remaining': '0',
          'x-hubspot-ratelimit-interval-milliseconds': String(windowMs),
        },
      };
    },
    unavailable: (status) => error(status, 'INTERNAL_ERROR', status === 503 ? 'Service temporarily unavailable.' : 'Internal error.'),
  };
}

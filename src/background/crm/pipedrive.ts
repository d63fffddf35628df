/**
 * The Pipedrive connector (API v2, ecosystem.md §3.2): per lead, the organization is found by its name
 * and updated, or created; the person is found by e-mail (else by name within the organization) and
 * updated, or created, linked to the organization. Several matches go to the rep. Each step looks
 * before it writes, so a retry updates what an earlier attempt made; the ids found or made and the steps
 * done go back to the outbox with a failure (RecordTrail), so the retry resumes at the step that failed,
 * and with a success, so an update writes to the lead's records without a search. What the lead becomes is
 * core/crm/pipedrive-mapping.ts; how Pipedrive's answers read, core/crm/pipedrive-answers.ts.
 */
import { UNCERTAIN_ANY, type ConnectorDeps, type CrmConnector, type PushItem, type PushOutcome } from '../../core/crm/connector';
import { failedWith, openTrail, remember, type Trail } from '../../core/crm/record-trail';
import { pipedriveError, type PipedriveEnvelope, type PipedriveListAnswer, type PipedriveMeAnswer, type PipedriveRecord, type PipedriveSearchAnswer } from '../../core/crm/pipedrive-answers';
import { matchesSearch, pipedrivePlan, pipedriveRecordUrl, type PipedriveSearch } from '../../core/crm/pipedrive-mapping';
import { fromHeaders } from '../../core/crm/rate-limit';
import { recordLink } from '../../core/crm/record-link';
import { appError, type AppError, type Result } from '../../core/errors';
import { apiBase, pushEach, rateLimitOf, requestJson, type JsonRequest } from './crm-fetch';

export const PIPEDRIVE_TOKEN = 'token';

type Kind = 'persons' | 'organizations';
/** A lead's records by the names its trail keeps them under (core/crm/connector.ts RecordTrail). */
type Step = 'organization' | 'person';

/** How a step finds its record: the search it runs, and what a listed record must match. */
interface Finder {
  search: PipedriveSearch;
  orgId: number | null;
  run(): Promise<Result<number | null>>;
}

/** Failures after which a create may have been stored all the same. */
const UNCERTAIN: ReadonlySet<string> = new Set(['crm-unreachable', 'crm-timeout', 'crm-unavailable']);
/** A list read looks back this much further than the uncertain create: our clock and Pipedrive's may differ. */
const CLOCK_SKEW_MS = 10 * 60_000;
/** Pages of recently changed records read at most (500 each) before falling back to the search. */
const RECENT_PAGES = 3;

export function createPipedriveConnector(deps: ConnectorDeps): CrmConnector {
  let lastHeaders: Headers | null = null;

  async function call<T>(req: Omit<JsonRequest, 'headers'>, signal: AbortSignal): Promise<Result<T>> {
    const base = apiBase(deps.connection.url);
    if (!base.ok) return base;
    const token = (await deps.secret(PIPEDRIVE_TOKEN))?.reveal();
    if (!token) return { ok: false, error: appError('crm-not-configured') };
    const sent = await requestJson(deps.fetch, base.value, { ...req, headers: { 'x-api-token': token } }, signal);
    if (!sent.ok) return sent;
    lastHeaders = sent.value.headers;
    const error = pipedriveError(sent.value.status, sent.value.body, fromHeaders(sent.value.headers), deps.now());
    return error ? { ok: false, error } : { ok: true, value: sent.value.body as T };
  }

  /** The one record the search finds, null for none; several are the rep's choice. */
  async function find(kind: Kind, search: PipedriveSearch, orgId: number | null, signal: AbortSignal): Promise<Result<number | null>> {
    const query = new URLSearchParams({ term: search.term, fields: search.fields, exact_match: 'true', limit: '2' });
    if (orgId !== null) query.set('organization_id', String(orgId));
    const found = await call<PipedriveSearchAnswer>({ method: 'GET', path: `/api/v2/${kind}/search?${query}` }, signal);
    if (!found.ok) return found;
    const ids = (found.value.data?.items ?? []).map((i) => i.item?.id).filter((id): id is number => typeof id === 'number');
    if (ids.length > 1) return { ok: false, error: appError('crm-ambiguous', { matches: ids.length }) };
    return { ok: true, value: ids[0] ?? null };
  }

  /**
   * The record an uncertain create may have made, read from the records changed since (the list reads
   * the records themselves, where the search index can lag behind a create): null when none matches.
   */
  async function recent(kind: Kind, search: PipedriveSearch, orgId: number | null, since: number, signal: AbortSignal): Promise<Result<number | null>> {
    const ids: number[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < RECENT_PAGES; page++) {
      const query = new URLSearchParams({ updated_since: new Date(since - CLOCK_SKEW_MS).toISOString().replace(/\.\d{3}Z$/, 'Z'), limit: '500' });
      if (kind === 'persons' && orgId !== null) query.set('org_id', String(orgId));
      if (cursor) query.set('cursor', cursor);
      const listed = await call<PipedriveListAnswer>({ method: 'GET', path: `/api/v2/${kind}?${query}` }, signal);
      if (!listed.ok) return listed;
      for (const r of listed.value.data ?? []) if (typeof r.id === 'number' && matchesSearch(r, search, orgId)) ids.push(r.id);
      cursor = listed.value.additional_data?.next_cursor ?? null;
      if (!cursor) break;
    }
    if (ids.length > 1) return { ok: false, error: appError('crm-ambiguous', { matches: ids.length }) };
    return { ok: true, value: ids[0] ?? null };
  }

  async function write(kind: Kind, id: number | null, body: object, signal: AbortSignal): Promise<Result<number>> {
    const written = id === null
      ? await call<PipedriveEnvelope<PipedriveRecord>>({ method: 'POST', path: `/api/v2/${kind}`, body }, signal)
      : await call<PipedriveEnvelope<PipedriveRecord>>({ method: 'PATCH', path: `/api/v2/${kind}/${id}`, body }, signal);
    if (!written.ok) return written;
    const newId = written.value.data?.id;
    return typeof newId === 'number' ? { ok: true, value: newId } : { ok: false, error: appError('crm-unavailable', { status: 200 }) };
  }

  /**
   * One record of the lead, organization or person: done already for this version (its id kept), or
   * written to the id an earlier attempt or push found, or found by search and written. A kept id the
   * CRM no longer has (merged, deleted) is searched for again.
   */
  async function ensure(kind: Kind, step: Step, trail: Trail, find: Finder, body: object, signal: AbortSignal): Promise<Result<number>> {
    const kept = trail.ids[step] === undefined ? null : Number(trail.ids[step]);
    if (kept !== null && trail.done.has(step)) return { ok: true, value: kept };
    if (kept !== null) {
      const patched = await write(kind, kept, body, signal);
      if (patched.ok || patched.error.code !== 'crm-not-found') return remember(trail, step, patched, step === 'person');
      delete trail.ids[step];
    }
    // After a create whose answer never came, the records themselves first: the search may not show it yet.
    const since = trail.uncertain[step] ?? trail.uncertain[UNCERTAIN_ANY];
    let found = since === undefined ? null : await recent(kind, find.search, find.orgId, since, signal);
    if (found && !found.ok) return found;
    if (!found?.value) found = await find.run();
    if (!found.ok) return found;
    if (found.value !== null) trail.ids[step] = String(found.value);
    const sentAt = deps.now();
    const written = await write(kind, found.value, body, signal);
    if (!written.ok && found.value === null && UNCERTAIN.has(written.error.code)) trail.uncertain[step] = Math.min(sentAt, since ?? sentAt);
    return remember(trail, step, written, step === 'person');
  }

  async function pushOne(item: PushItem, signal: AbortSignal): Promise<PushOutcome> {
    const plan = pipedrivePlan(item.lead);
    if (!plan.ok) return { ok: false, error: plan.error, ...(plan.error.code === 'crm-field-missing' ? { fields: plan.error.params.fields } : {}) };
    const { organization, person } = plan.plan;
    // The records an earlier push confirmed are this lead's, whatever its name or e-mail says now.
    const trail = openTrail(item);
    const failed = (error: AppError): PushOutcome => failedWith(trail, error);
    let orgId: number | null = null;
    if (organization) {
      const org = await ensure('organizations', 'organization', trail, { search: organization.search, orgId: null, run: () => find('organizations', organization.search, null, signal) }, organization.body, signal);
      if (!org.ok) return failed(org.error);
      orgId = org.value;
    }
    const origin = apiBase(deps.connection.url);
    const link = (kind: 'person' | 'organization', id: number) => (origin.ok ? recordLink(pipedriveRecordUrl(origin.value, kind, id)) : null);
    if (!person) return { ok: true, remoteId: String(orgId), recordUrl: link('organization', orgId!), ids: { ...trail.ids } };
    // Found by e-mail anywhere; by name only among the organization's people, where a name means one person.
    const body = orgId === null ? person.body : { ...person.body, org_id: orgId };
    const within = person.search.fields === 'name' ? orgId : null;
    const saved = await ensure('persons', 'person', trail, { search: person.search, orgId: within, run: () => find('persons', person.search, within, signal) }, body, signal);
    if (!saved.ok) return failed(saved.error);
    return { ok: true, remoteId: String(saved.value), recordUrl: link('person', saved.value), ids: { ...trail.ids } };
  }

  return {
    kind: 'pipedrive',
    // One lead at a time: v2 has no batch writes; the burst limit is per 2 s.
    batchSize: 1,
    async push(items, signal) {
      lastHeaders = null;
      const outcomes = await pushEach(items, (item) => pushOne(item, signal));
      return { outcomes, rateLimit: rateLimitOf(lastHeaders, deps.now()) };
    },
    async testConnection(signal) {
      const me = await call<PipedriveMeAnswer>({ method: 'GET', path: '/api/v1/users/me' }, signal);
      if (!me.ok) return me;
      const d = me.value.data;
      return { ok: true, value: { account: `Pipedrive ${d?.company_name ?? d?.company_domain ?? ''}`.trim() } };
    },
  };
}

/**
 * The Pipedrive connector (API v2, ecosystem.md §3.2): per lead, the organization is found by its name
 * and updated, or created; the person is found by e-mail (else by name within the organization) and
 * updated, or created, linked to the organization. Several matches go to the rep. Each step looks
 * before it writes, so a retry updates what an earlier attempt made; the ids found or made and the steps
 * done go back to the outbox with a failure (RecordTrail), so the retry resumes at the step that failed,
 * and with a success, so an update writes to the lead's records without a search. What the lead becomes is
 * core/crm/pipedrive-mapping.ts; how Pipedrive's answers read, core/crm/pipedrive-answers.ts.
 */
import type { ConnectorDeps, CrmConnector, PushItem, PushOutcome } from '../../core/crm/connector';
import { pipedriveError, type PipedriveEnvelope, type PipedriveMeAnswer, type PipedriveRecord, type PipedriveSearchAnswer } from '../../core/crm/pipedrive-answers';
import { pipedrivePlan, pipedriveRecordUrl, type PipedriveSearch } from '../../core/crm/pipedrive-mapping';
import { fromHeaders } from '../../core/crm/rate-limit';
import { recordLink } from '../../core/crm/record-link';
import { appError, type AppError, type Result } from '../../core/errors';
import { apiBase, pushEach, rateLimitOf, requestJson, type JsonRequest } from './crm-fetch';

export const PIPEDRIVE_TOKEN = 'token';

type Kind = 'persons' | 'organizations';
/** A lead's records by the names its trail keeps them under (core/crm/connector.ts RecordTrail). */
type Step = 'organization' | 'person';
interface Trail {
  ids: Record<string, string>;
  done: Set<string>;
}

/** A write's id goes into the trail, and its step is done for this lead version. */
function remember(trail: Trail, step: Step, written: Result<number>): Result<number> {
  if (written.ok) {
    trail.ids[step] = String(written.value);
    trail.done.add(step);
  }
  return written;
}

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
  async function ensure(kind: Kind, step: Step, trail: Trail, search: () => Promise<Result<number | null>>, body: object, signal: AbortSignal): Promise<Result<number>> {
    const kept = trail.ids[step] === undefined ? null : Number(trail.ids[step]);
    if (kept !== null && trail.done.has(step)) return { ok: true, value: kept };
    if (kept !== null) {
      const patched = await write(kind, kept, body, signal);
      if (patched.ok || patched.error.code !== 'crm-not-found') return remember(trail, step, patched);
      delete trail.ids[step];
    }
    const found = await search();
    if (!found.ok) return found;
    if (found.value !== null) trail.ids[step] = String(found.value);
    return remember(trail, step, await write(kind, found.value, body, signal));
  }

  async function pushOne(item: PushItem, signal: AbortSignal): Promise<PushOutcome> {
    const plan = pipedrivePlan(item.lead);
    if (!plan.ok) return { ok: false, error: plan.error, ...(plan.error.code === 'crm-field-missing' ? { fields: plan.error.params.fields } : {}) };
    const { organization, person } = plan.plan;
    // The records an earlier push confirmed are this lead's, whatever its name or e-mail says now.
    const trail: Trail = { ids: { ...item.trail?.ids }, done: new Set(item.trail?.done) };
    const failed = (error: AppError): PushOutcome => (Object.keys(trail.ids).length ? { ok: false, error, trail: { ids: { ...trail.ids }, done: [...trail.done] } } : { ok: false, error });
    let orgId: number | null = null;
    if (organization) {
      const org = await ensure('organizations', 'organization', trail, () => find('organizations', organization.search, null, signal), organization.body, signal);
      if (!org.ok) return failed(org.error);
      orgId = org.value;
    }
    const origin = apiBase(deps.connection.url);
    const link = (kind: 'person' | 'organization', id: number) => (origin.ok ? recordLink(pipedriveRecordUrl(origin.value, kind, id)) : null);
    if (!person) return { ok: true, remoteId: String(orgId), recordUrl: link('organization', orgId!), ids: { ...trail.ids } };
    // Found by e-mail anywhere; by name only among the organization's people, where a name means one person.
    const body = orgId === null ? person.body : { ...person.body, org_id: orgId };
    const saved = await ensure('persons', 'person', trail, () => find('persons', person.search, person.search.fields === 'name' ? orgId : null, signal), body, signal);
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

/**
 * The HubSpot connector (ecosystem.md §3.1): for a batch of lead versions, the companies are found by
 * their domains in one search (domain is not unique in HubSpot: one match is updated, none is created,
 * several go to the rep) and written in one batch create and one batch update, the contacts are
 * upserted by e-mail in one batch request, and each contact is given the default association to its
 * company, all in one batch request too (the batch form of the default association PUT). Every step
 * is idempotent, so a retry of the whole batch after any failure makes no second record; and a batch
 * of 100 leads costs six requests, not three hundred: within HubSpot's 100 requests per 10 s, and a
 * fault (a 429, a dropped connection) costs one retry of six requests, not of hundreds. What the lead becomes is core/crm/hubspot-mapping.ts; how HubSpot's answers
 * read, core/crm/hubspot-answers.ts.
 */
import type { ConnectorDeps, CrmConnector, PushItem, PushOutcome } from '../../core/crm/connector';
import {
  hubspotError, hubspotRowError, rowErrorKeys,
  type HubSpotAccount, type HubSpotAssociationsAnswer, type HubSpotBatchAnswer, type HubSpotObjectsAnswer, type HubSpotSearchAnswer,
} from '../../core/crm/hubspot-answers';
import {
  companiesSearch, companyKey, companyKeysOf, contactBatches, HUBSPOT_API_VERSION, HUBSPOT_BATCH_LIMIT, hubspotPlan, hubspotRecordUrl,
  leadFieldsOfProperties, type HubSpotCompanyInput, type HubSpotPlan, type HubSpotUpsertInput,
} from '../../core/crm/hubspot-mapping';
import { HUBSPOT_API_URL } from '../../core/crm/connection-address';
import { recordLink } from '../../core/crm/record-link';
import { appError, type AppError, type Result } from '../../core/errors';
import { apiBase, isSuccess, rateLimitOf, requestJson, type JsonAnswer, type JsonRequest } from './crm-fetch';

export const HUBSPOT_TOKEN = 'token';

/** Errors after which the next request of the same push would fail the same way: stop and give it to every lead left. */
const HALTING = new Set<AppError['code']>(['crm-unauthorized', 'crm-forbidden', 'crm-rate-limited', 'crm-quota-exhausted', 'crm-unreachable', 'crm-timeout', 'crm-not-configured', 'crm-url-invalid', 'crm-url-insecure']);

type Step<T> = Result<T>;
type Company = NonNullable<HubSpotPlan['company']>;

/** Pages of one company search read at most (200 results each): more matches than that are several anyway. */
const MAX_SEARCH_PAGES = 5;

export function createHubSpotConnector(deps: ConnectorDeps): CrmConnector {
  const objects = `/crm/objects/${HUBSPOT_API_VERSION}`;
  let account: HubSpotAccount | null = null;
  let lastHeaders: Headers | null = null;

  async function call<T>(req: Omit<JsonRequest, 'headers'>, signal: AbortSignal): Promise<Step<{ status: number; body: T }>> {
    const base = apiBase(deps.connection.url || HUBSPOT_API_URL);
    if (!base.ok) return base;
    const token = (await deps.secret(HUBSPOT_TOKEN))?.reveal();
    if (!token) return { ok: false, error: appError('crm-not-configured') };
    const sent = await requestJson(deps.fetch, base.value, { ...req, headers: { authorization: `Bearer ${token}` } }, signal);
    if (!sent.ok) return sent;
    const answer: JsonAnswer = sent.value;
    lastHeaders = answer.headers;
    // A 207 is a partial success the caller reads row by row.
    if (!isSuccess(answer.status)) return { ok: false, error: hubspotError(answer.status, answer.body, answer.headers.get('retry-after'), deps.now()) };
    return { ok: true, value: { status: answer.status, body: answer.body as T } };
  }

  async function accountOf(signal: AbortSignal): Promise<Step<HubSpotAccount>> {
    if (account) return { ok: true, value: account };
    const got = await call<HubSpotAccount>({ method: 'GET', path: `/account-info/${HUBSPOT_API_VERSION}/details` }, signal);
    if (!got.ok) return got;
    account = got.value.body;
    return { ok: true, value: account };
  }

  /** Each company key's id: one search for all of them, then one batch update of the found and one batch create of the others. */
  async function upsertCompanies(companies: ReadonlyMap<string, Company>, signal: AbortSignal): Promise<Map<string, Step<string>>> {
    const out = new Map<string, Step<string>>();
    const all = (step: Step<string>) => { for (const key of companies.keys()) if (!out.has(key)) out.set(key, step); return out; };
    const matches = new Map<string, Set<string>>();
    let after: string | undefined;
    for (let page = 0; page < MAX_SEARCH_PAGES; page++) {
      const found = await call<HubSpotSearchAnswer>({ method: 'POST', path: `${objects}/companies/search`, body: companiesSearch([...companies.keys()], after) }, signal);
      if (!found.ok) return all(found);
      for (const r of found.value.body.results) {
        for (const key of companyKeysOf(r.properties)) if (companies.has(key)) matches.set(key, (matches.get(key) ?? new Set()).add(r.id));
      }
      after = found.value.body.paging?.next?.after;
      if (!after) break;
    }
    const updates = new Map<string, HubSpotCompanyInput>();
    const creates: HubSpotCompanyInput[] = [];
    const sameAs = new Map<string, string>();
    for (const [key, company] of companies) {
      const ids = [...(matches.get(key) ?? [])];
      if (ids.length > 1) out.set(key, { ok: false, error: appError('crm-ambiguous', { matches: ids.length }) });
      // Two keys of one company (its domain and its name) update it once.
      else if (ids[0] && updates.has(ids[0])) sameAs.set(key, updates.get(ids[0])!.objectWriteTraceId);
      else if (ids[0]) updates.set(ids[0], { id: ids[0], properties: company.properties, objectWriteTraceId: key });
      else creates.push({ properties: company.properties, objectWriteTraceId: key });
    }
    const updated = await writeCompanies('update', [...updates.values()], signal);
    const stop = [...updated.values()].find((r) => !r.ok && HALTING.has(r.error.code));
    const created = stop ? new Map(creates.map((c) => [c.objectWriteTraceId, stop])) : await writeCompanies('create', creates, signal);
    for (const [key, step] of [...updated, ...created]) out.set(key, step);
    for (const [key, twin] of sameAs) out.set(key, out.get(twin)!);
    return all({ ok: false, error: appError('crm-unavailable', { status: 207 }) });
  }

  /** One batch create or update of companies; a refused batch of several is sent again one by one, so one bad row fails alone. */
  async function writeCompanies(kind: 'create' | 'update', inputs: HubSpotCompanyInput[], signal: AbortSignal): Promise<Map<string, Step<string>>> {
    const out = new Map<string, Step<string>>();
    if (!inputs.length) return out;
    const sent = await call<HubSpotObjectsAnswer>({ method: 'POST', path: `${objects}/companies/batch/${kind}`, body: { inputs } }, signal);
    if (!sent.ok) {
      if (inputs.length > 1 && sent.error.code === 'crm-rejected') {
        for (const input of inputs) for (const [k, v] of await writeCompanies(kind, [input], signal)) out.set(k, v);
      } else for (const input of inputs) out.set(input.objectWriteTraceId, sent);
      return out;
    }
    const { results, errors = [] } = sent.value.body;
    for (const row of results) {
      const keys = companyKeysOf(row.properties);
      const input = inputs.find((i) => (row.objectWriteTraceId ? i.objectWriteTraceId === row.objectWriteTraceId : kind === 'update' ? i.id === row.id : keys.includes(i.objectWriteTraceId)));
      if (input) out.set(input.objectWriteTraceId, { ok: true, value: row.id });
    }
    for (const e of errors) {
      for (const key of rowErrorKeys(e)) {
        const input = inputs.find((i) => i.objectWriteTraceId.toLowerCase() === key || i.id === key);
        if (input) out.set(input.objectWriteTraceId, { ok: false, error: hubspotRowError(e) });
      }
    }
    return out;
  }

  /** The default contact→company association of each pair ("contactId→companyId"); a pair the answer does not list failed with its row's error. */
  async function associate(inputs: { from: { id: string }; to: { id: string } }[], signal: AbortSignal): Promise<Map<string, Step<true>>> {
    const out = new Map<string, Step<true>>();
    const sent = await call<HubSpotAssociationsAnswer>({ method: 'POST', path: `/crm/associations/${HUBSPOT_API_VERSION}/contacts/companies/batch/associate/default`, body: { inputs } }, signal);
    const rowError: Step<true> = !sent.ok ? sent : { ok: false, error: sent.value.body.errors?.[0] ? hubspotRowError(sent.value.body.errors[0]) : appError('crm-unavailable', { status: 207 }) };
    const linked = new Set(sent.ok ? sent.value.body.results.map((r) => `${r.from.id}→${r.to.id}`) : []);
    for (const { from, to } of inputs) out.set(`${from.id}→${to.id}`, linked.has(`${from.id}→${to.id}`) ? { ok: true, value: true } : rowError);
    return out;
  }

  /** Upserts the contacts; a refused batch of several is sent again one by one, so one bad row fails alone. */
  async function upsertContacts(inputs: HubSpotUpsertInput[], signal: AbortSignal): Promise<Map<string, Step<string>>> {
    const byTrace = new Map<string, Step<string>>();
    const sent = await call<HubSpotBatchAnswer>({ method: 'POST', path: `${objects}/contacts/batch/upsert`, body: { inputs } }, signal);
    if (!sent.ok) {
      if (inputs.length > 1 && sent.error.code === 'crm-rejected') {
        for (const input of inputs) for (const [k, v] of await upsertContacts([input], signal)) byTrace.set(k, v);
      } else for (const input of inputs) byTrace.set(input.objectWriteTraceId, sent);
      return byTrace;
    }
    const { results, errors = [] } = sent.value.body;
    const traceOfEmail = new Map(inputs.map((i) => [i.id.toLowerCase(), i.objectWriteTraceId]));
    for (const row of results) {
      const trace = row.objectWriteTraceId ?? traceOfEmail.get(String(row.properties['email'] ?? '').toLowerCase());
      if (trace) byTrace.set(trace, { ok: true, value: row.id });
    }
    for (const e of errors) {
      for (const key of rowErrorKeys(e)) {
        const trace = inputs.find((i) => i.objectWriteTraceId.toLowerCase() === key)?.objectWriteTraceId ?? traceOfEmail.get(key);
        if (trace) byTrace.set(trace, { ok: false, error: hubspotRowError(e) });
      }
    }
    return byTrace;
  }

  async function pushAll(items: readonly PushItem[], signal: AbortSignal): Promise<PushOutcome[]> {
    const outcomes: (PushOutcome | undefined)[] = items.map(() => undefined);
    let halted: AppError | null = null;
    const fail = (i: number, error: AppError, object: 'contact' | 'company' = 'contact') => {
      const fields = error.code === 'crm-rejected' ? leadFieldsOfProperties(items[i]!.lead, object, error.params.fields) : [];
      outcomes[i] = { ok: false, error, ...(fields.length ? { fields } : {}) };
      if (HALTING.has(error.code)) halted ??= error;
    };

    const acct = await accountOf(signal);
    if (!acct.ok) return items.map(() => ({ ok: false, error: acct.error }));

    const plans = items.map((item, i) => {
      const plan = hubspotPlan(item.lead, item.idempotencyKey);
      if (!plan.ok) outcomes[i] = { ok: false, error: plan.error, ...(plan.error.code === 'crm-field-missing' ? { fields: plan.error.params.fields } : {}) };
      return plan.ok ? plan.plan : null;
    });

    // Companies all at once; leads of the same company share it.
    const wanted = new Map<string, Company>();
    for (const [i, plan] of plans.entries()) if (plan?.company && !outcomes[i]) wanted.set(companyKey(plan.company), plan.company);
    const companies = wanted.size ? await upsertCompanies(wanted, signal) : new Map<string, Step<string>>();
    const companyIds: (string | null)[] = items.map(() => null);
    for (const [i, plan] of plans.entries()) {
      if (!plan?.company || outcomes[i]) continue;
      const step = companies.get(companyKey(plan.company))!;
      if (step.ok) companyIds[i] = step.value;
      else fail(i, step.error, 'company');
    }

    // Contacts in one batch; an address twice in one batch is refused by HubSpot, so the later lead waits for the next round.
    const inputs: HubSpotUpsertInput[] = [];
    const seen = new Set<string>();
    for (const [i, plan] of plans.entries()) {
      if (!plan?.contact || outcomes[i]) continue;
      if (halted) { fail(i, halted); continue; }
      if (seen.has(plan.contact.id)) { fail(i, appError('crm-busy')); continue; }
      seen.add(plan.contact.id);
      inputs.push(plan.contact);
    }
    const contacts = new Map<string, Step<string>>();
    for (const batch of contactBatches(inputs)) for (const [k, v] of await upsertContacts(batch.inputs, signal)) contacts.set(k, v);

    // Each contact's default association to its company, all in one request.
    const pairs = new Map<string, { from: { id: string }; to: { id: string } }>();
    for (const [i, plan] of plans.entries()) {
      const contact = plan?.contact && !outcomes[i] ? contacts.get(plan.contact.objectWriteTraceId) : undefined;
      const companyId = companyIds[i];
      if (contact?.ok && companyId) pairs.set(`${contact.value}→${companyId}`, { from: { id: contact.value }, to: { id: companyId } });
    }
    const links = pairs.size && !halted ? await associate([...pairs.values()], signal) : new Map<string, Step<true>>();

    const { portalId, uiDomain } = acct.value;
    const appOrigin = `https://${uiDomain ?? 'app.hubspot.com'}`;
    for (const [i, plan] of plans.entries()) {
      if (!plan || outcomes[i]) continue;
      const companyId = companyIds[i] ?? null;
      if (!plan.contact) {
        outcomes[i] = { ok: true, remoteId: companyId!, recordUrl: recordLink(hubspotRecordUrl(appOrigin, String(portalId), 'company', companyId!)) };
        continue;
      }
      const contact = contacts.get(plan.contact.objectWriteTraceId) ?? (halted ? { ok: false as const, error: halted } : { ok: false as const, error: appError('crm-unavailable', { status: 207 }) });
      if (!contact.ok) { fail(i, contact.error); continue; }
      if (companyId) {
        const linked = links.get(`${contact.value}→${companyId}`) ?? { ok: false as const, error: halted ?? appError('crm-unavailable', { status: 207 }) };
        if (!linked.ok) { fail(i, linked.error); continue; }
      }
      outcomes[i] = { ok: true, remoteId: contact.value, recordUrl: recordLink(hubspotRecordUrl(appOrigin, String(portalId), 'contact', contact.value)) };
    }
    return outcomes.map((o) => o ?? { ok: false, error: appError('crm-unavailable', { status: 0 }) });
  }

  return {
    kind: 'hubspot',
    batchSize: HUBSPOT_BATCH_LIMIT,
    async push(items, signal) {
      lastHeaders = null;
      const outcomes = await pushAll(items, signal);
      return { outcomes, rateLimit: rateLimitOf(lastHeaders, deps.now()) };
    },
    async testConnection(signal) {
      account = null;
      const acct = await accountOf(signal);
      if (!acct.ok) return acct;
      // The account call proves the token; reading one contact proves the scope pushing needs.
      const read = await call({ method: 'GET', path: `${objects}/contacts?limit=1` }, signal);
      return read.ok ? { ok: true, value: { account: `HubSpot ${acct.value.portalId}` } } : read;
    },
  };
}


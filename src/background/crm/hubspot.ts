/**
 * The HubSpot connector (ecosystem.md §3.1): for a batch of lead versions, each company is found by
 * its domain (domain is not unique in HubSpot: one match is updated, none is created, several go to the
 * rep), the contacts are upserted by e-mail in one batch request, and each contact is given the default
 * association to its company. Every step is idempotent, so a retry of the whole batch after any failure
 * makes no second record. What the lead becomes is core/crm/hubspot-mapping.ts; how HubSpot's answers
 * read, core/crm/hubspot-answers.ts.
 */
import type { ConnectorDeps, CrmConnector, PushItem, PushOutcome } from '../../core/crm/connector';
import {
  hubspotError, hubspotRowError, rowErrorKeys,
  type HubSpotAccount, type HubSpotBatchAnswer, type HubSpotObject, type HubSpotSearchAnswer,
} from '../../core/crm/hubspot-answers';
import {
  companySearch, contactBatches, HUBSPOT_API_VERSION, HUBSPOT_BATCH_LIMIT, hubspotPlan, hubspotRecordUrl, leadFieldsOfProperties,
  type HubSpotPlan, type HubSpotUpsertInput,
} from '../../core/crm/hubspot-mapping';
import { HUBSPOT_API_URL } from '../../core/crm/connection-address';
import { recordLink } from '../../core/crm/record-link';
import { appError, type AppError, type Result } from '../../core/errors';
import { apiBase, isSuccess, rateLimitOf, requestJson, type JsonAnswer, type JsonRequest } from './crm-fetch';

export const HUBSPOT_TOKEN = 'token';

/** Errors after which the next request of the same push would fail the same way: stop and give it to every lead left. */
const HALTING = new Set<AppError['code']>(['crm-unauthorized', 'crm-forbidden', 'crm-rate-limited', 'crm-quota-exhausted', 'crm-unreachable', 'crm-timeout', 'crm-not-configured', 'crm-url-invalid', 'crm-url-insecure']);

type Step<T> = Result<T>;

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

  /** The company's id: found by domain (or by name when the lead has no website), then updated; else created. */
  async function upsertCompany(company: NonNullable<HubSpotPlan['company']>, signal: AbortSignal): Promise<Step<string>> {
    const found = await call<HubSpotSearchAnswer>({ method: 'POST', path: `${objects}/companies/search`, body: companySearch(company) }, signal);
    if (!found.ok) return found;
    const { total, results } = found.value.body;
    if (total > 1 || results.length > 1) return { ok: false, error: appError('crm-ambiguous', { matches: Math.max(total, results.length) }) };
    const existing = results[0];
    const written = existing
      ? await call<HubSpotObject>({ method: 'PATCH', path: `${objects}/companies/${encodeURIComponent(existing.id)}`, body: { properties: company.properties } }, signal)
      : await call<HubSpotObject>({ method: 'POST', path: `${objects}/companies`, body: { properties: company.properties } }, signal);
    return written.ok ? { ok: true, value: written.value.body.id } : written;
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

    // Companies one by one; leads of the same company share one lookup.
    const companies = new Map<string, Step<string>>();
    const companyIds: (string | null)[] = items.map(() => null);
    for (const [i, plan] of plans.entries()) {
      if (!plan?.company || outcomes[i]) continue;
      if (halted) { fail(i, halted); continue; }
      const key = plan.company.domain ?? `name:${(plan.company.properties['name'] ?? '').toLowerCase()}`;
      const step = companies.get(key) ?? (await upsertCompany(plan.company, signal));
      companies.set(key, step);
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
        if (halted) { fail(i, halted); continue; }
        const linked = await call({ method: 'PUT', path: `${objects}/contacts/${encodeURIComponent(contact.value)}/associations/default/companies/${encodeURIComponent(companyId)}` }, signal);
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


/**
 * The HubSpot connector (ecosystem.md §3.1): for a batch of lead versions, the companies are found by
 * their domains in one search (domain is not unique in HubSpot: one match is updated, several go to the
 * rep) and written in one batch update and one batch upsert by Leadfill's unique company key for those
 * not found (the search lags behind writes, so a create whose answer was lost would be created again;
 * the upsert finds it by its key), the contacts are upserted by e-mail in one batch request, and each
 * contact is given the default association to its company, all in one batch request too (the batch form
 * of the default association PUT). Every write is idempotent, and each lead's trail (core/crm/record-trail.ts,
 * shared with Pipedrive) keeps the ids written and the steps done: a retry resumes at the step that failed,
 * and an update writes to the lead's own company by its id without a search. A batch of 100 leads costs
 * six requests, not three hundred: within HubSpot's 100 requests per 10 s, and a fault (a 429, a dropped
 * connection) costs a retry of the steps left. What the lead becomes is core/crm/hubspot-mapping.ts; how
 * HubSpot's answers read, core/crm/hubspot-answers.ts.
 */
import type { ConnectorDeps, CrmConnector, PushItem, PushOutcome } from '../../core/crm/connector';
import {
  hubspotError, hubspotRowError, rowErrorKeys,
  type HubSpotAccount, type HubSpotAssociationsAnswer, type HubSpotBatchAnswer, type HubSpotObjectsAnswer, type HubSpotSearchAnswer,
} from '../../core/crm/hubspot-answers';
import {
  COMPANY_KEY_DEFINITION, COMPANY_KEY_PROPERTY, companiesSearch, companyKey, companyKeysOf, companyUpsert, contactBatches, HUBSPOT_API_VERSION, HUBSPOT_BATCH_LIMIT,
  hubspotPlan, hubspotRecordUrl, leadFieldsOfProperties, type HubSpotCompanyInput, type HubSpotCompanyUpsertInput, type HubSpotPlan, type HubSpotUpsertInput,
} from '../../core/crm/hubspot-mapping';
import { HUBSPOT_API_URL } from '../../core/crm/connection-address';
import { recordLink } from '../../core/crm/record-link';
import { doneId, failedWith, markDone, openTrail, remember } from '../../core/crm/record-trail';
import { appError, type AppError, type Result } from '../../core/errors';
import { apiBase, isSuccess, rateLimitOf, requestJson, type JsonAnswer, type JsonRequest } from './crm-fetch';

export const HUBSPOT_TOKEN = 'token';

/** Errors after which the next request of the same push would fail the same way: stop and give it to every lead left. */
const HALTING = new Set<AppError['code']>(['crm-unauthorized', 'crm-forbidden', 'crm-rate-limited', 'crm-quota-exhausted', 'crm-unreachable', 'crm-timeout', 'crm-not-configured', 'crm-url-invalid', 'crm-url-insecure']);

type Step<T> = Result<T>;
type Company = NonNullable<HubSpotPlan['company']>;

/** A lead's steps in its trail (core/crm/record-trail.ts): its company, its contact, and the association between them. */
const COMPANY = 'company';
const CONTACT = 'contact';
const LINK = 'association';

/** Pages of one company search read at most (200 results each): more matches than that are several anyway. */
const MAX_SEARCH_PAGES = 5;

export function createHubSpotConnector(deps: ConnectorDeps): CrmConnector {
  const objects = `/crm/objects/${HUBSPOT_API_VERSION}`;
  let account: HubSpotAccount | null = null;
  let lastHeaders: Headers | null = null;

  /** `accept`: statuses that mean done here although they are errors elsewhere (409: made already). */
  async function call<T>(req: Omit<JsonRequest, 'headers'>, signal: AbortSignal, accept: readonly number[] = []): Promise<Step<{ status: number; body: T }>> {
    const base = apiBase(deps.connection.url || HUBSPOT_API_URL);
    if (!base.ok) return base;
    const token = (await deps.secret(HUBSPOT_TOKEN))?.reveal();
    if (!token) return { ok: false, error: appError('crm-not-configured') };
    const sent = await requestJson(deps.fetch, base.value, { ...req, headers: { authorization: `Bearer ${token}` } }, signal);
    if (!sent.ok) return sent;
    const answer: JsonAnswer = sent.value;
    lastHeaders = answer.headers;
    // A 207 is a partial success the caller reads row by row.
    if (!isSuccess(answer.status) && !accept.includes(answer.status)) return { ok: false, error: hubspotError(answer.status, answer.body, answer.headers.get('retry-after'), deps.now()) };
    return { ok: true, value: { status: answer.status, body: answer.body as T } };
  }

  async function accountOf(signal: AbortSignal): Promise<Step<HubSpotAccount>> {
    if (account) return { ok: true, value: account };
    const got = await call<HubSpotAccount>({ method: 'GET', path: `/account-info/${HUBSPOT_API_VERSION}/details` }, signal);
    if (!got.ok) return got;
    account = got.value.body;
    return { ok: true, value: account };
  }

  /**
   * Each company key's id: one search for all of them (companies the team has, made in HubSpot or by an
   * earlier push), then one batch update of the found and one batch upsert by the key of the others.
   */
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
    const creates: HubSpotCompanyUpsertInput[] = [];
    const sameAs = new Map<string, string>();
    for (const [key, company] of companies) {
      const ids = [...(matches.get(key) ?? [])];
      if (ids.length > 1) out.set(key, { ok: false, error: appError('crm-ambiguous', { matches: ids.length }) });
      // Two keys of one company (its domain and its name) update it once.
      else if (ids[0] && updates.has(ids[0])) sameAs.set(key, updates.get(ids[0])!.objectWriteTraceId);
      else if (ids[0]) updates.set(ids[0], { id: ids[0], properties: company.properties, objectWriteTraceId: key });
      // Not found may be not found yet (the search lags behind writes): the upsert by key finds what a lost answer made.
      else creates.push(companyUpsert(key, company));
    }
    const updated = await writeCompanies('update', [...updates.values()], signal);
    const stop = [...updated.values()].find((r) => !r.ok && HALTING.has(r.error.code));
    const created = stop ? new Map(creates.map((c) => [c.objectWriteTraceId, stop])) : await writeCompanies('upsert', creates, signal);
    for (const [key, step] of [...updated, ...created]) out.set(key, step);
    for (const [key, twin] of sameAs) out.set(key, out.get(twin)!);
    return all({ ok: false, error: appError('crm-unavailable', { status: 207 }) });
  }

  /**
   * Makes the unique company key property (a portal without it refuses the upsert by it): made, or made
   * already (409). Needs the scope crm.schemas.companies.write, which the refusal names otherwise.
   */
  async function makeKeyProperty(signal: AbortSignal): Promise<Step<true>> {
    const made = await call({ method: 'POST', path: `/crm/properties/${HUBSPOT_API_VERSION}/companies`, body: COMPANY_KEY_DEFINITION }, signal, [409]);
    return made.ok ? { ok: true, value: true } : made;
  }

  /**
   * One batch update (by id) or upsert (by key) of companies; a refused batch of several is sent again
   * one by one, so one bad row fails alone. The first upsert refused for a missing key property makes it
   * and is sent again.
   */
  async function writeCompanies(kind: 'update' | 'upsert', inputs: (HubSpotCompanyInput | HubSpotCompanyUpsertInput)[], signal: AbortSignal, keyMade = false): Promise<Map<string, Step<string>>> {
    const out = new Map<string, Step<string>>();
    if (!inputs.length) return out;
    const sent = await call<HubSpotObjectsAnswer>({ method: 'POST', path: `${objects}/companies/batch/${kind}`, body: { inputs } }, signal);
    if (!sent.ok) {
      if (kind === 'upsert' && !keyMade && sent.error.code === 'crm-rejected' && sent.error.params.fields.includes(COMPANY_KEY_PROPERTY)) {
        const made = await makeKeyProperty(signal);
        if (made.ok) return writeCompanies(kind, inputs, signal, true);
        for (const input of inputs) out.set(input.objectWriteTraceId, made);
      } else if (inputs.length > 1 && sent.error.code === 'crm-rejected') {
        for (const input of inputs) for (const [k, v] of await writeCompanies(kind, [input], signal, keyMade)) out.set(k, v);
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
        const input = inputs.find((i) => i.objectWriteTraceId.toLowerCase() === key || i.id.toLowerCase() === key);
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
    const trails = items.map(openTrail);
    let halted: AppError | null = null;
    const fail = (i: number, error: AppError, object: 'contact' | 'company' = 'contact') => {
      const fields = error.code === 'crm-rejected' ? leadFieldsOfProperties(items[i]!.lead, object, error.params.fields) : [];
      outcomes[i] = failedWith(trails[i]!, error, fields.length ? { fields } : {});
      if (HALTING.has(error.code)) halted ??= error;
    };

    const acct = await accountOf(signal);
    if (!acct.ok) return items.map(() => ({ ok: false, error: acct.error }));

    const plans = items.map((item, i) => {
      const plan = hubspotPlan(item.lead, item.idempotencyKey);
      if (!plan.ok) outcomes[i] = { ok: false, error: plan.error, ...(plan.error.code === 'crm-field-missing' ? { fields: plan.error.params.fields } : {}) };
      return plan.ok ? plan.plan : null;
    });

    // Companies: a step done for this version is not sent again; a lead's own company (kept from an
    // earlier push or attempt) is updated by its id; the others are looked up all at once, and leads of
    // the same company share it.
    const kept = new Map<string, HubSpotCompanyInput>();
    for (const [i, plan] of plans.entries()) {
      const id = trails[i]!.ids[COMPANY];
      if (plan?.company && !outcomes[i] && id && !doneId(trails[i]!, COMPANY)) kept.set(id, { id, properties: plan.company.properties, objectWriteTraceId: id });
    }
    const keptWritten = await writeCompanies('update', [...kept.values()], signal);
    const wanted = new Map<string, Company>();
    for (const [i, plan] of plans.entries()) {
      if (!plan?.company || outcomes[i] || doneId(trails[i]!, COMPANY)) continue;
      const id = trails[i]!.ids[COMPANY];
      const written = id ? keptWritten.get(id) : undefined;
      // A kept company HubSpot no longer has (merged, deleted) is looked up again.
      if (written && !written.ok && written.error.code === 'crm-not-found') delete trails[i]!.ids[COMPANY];
      if (!trails[i]!.ids[COMPANY]) wanted.set(companyKey(plan.company), plan.company);
    }
    const keptStop = [...keptWritten.values()].find((r) => !r.ok && HALTING.has(r.error.code));
    const companies = !wanted.size ? new Map<string, Step<string>>() : keptStop ? new Map([...wanted.keys()].map((k) => [k, keptStop])) : await upsertCompanies(wanted, signal);
    const companyIds: (string | null)[] = items.map(() => null);
    for (const [i, plan] of plans.entries()) {
      if (!plan?.company || outcomes[i]) continue;
      const trail = trails[i]!;
      const done = doneId(trail, COMPANY);
      const id = trail.ids[COMPANY];
      const written = (id ? keptWritten.get(id) : companies.get(companyKey(plan.company))) ?? { ok: false as const, error: appError('crm-unavailable', { status: 207 }) };
      const step = done ? { ok: true as const, value: done } : remember(trail, COMPANY, written, !plan.contact);
      if (step.ok) companyIds[i] = step.value;
      else fail(i, step.error, 'company');
    }

    // Contacts in one batch; an address twice in one batch is refused by HubSpot, so the later lead waits for the next round.
    const inputs: HubSpotUpsertInput[] = [];
    const seen = new Set<string>();
    for (const [i, plan] of plans.entries()) {
      if (!plan?.contact || outcomes[i] || doneId(trails[i]!, CONTACT)) continue;
      if (halted) { fail(i, halted); continue; }
      if (seen.has(plan.contact.id)) { fail(i, appError('crm-busy')); continue; }
      seen.add(plan.contact.id);
      inputs.push(plan.contact);
    }
    const contacts = new Map<string, Step<string>>();
    for (const batch of contactBatches(inputs)) for (const [k, v] of await upsertContacts(batch.inputs, signal)) contacts.set(k, v);
    const contactIds: (string | null)[] = items.map(() => null);
    for (const [i, plan] of plans.entries()) {
      if (!plan?.contact || outcomes[i]) continue;
      const trail = trails[i]!;
      const done = doneId(trail, CONTACT);
      const sent = contacts.get(plan.contact.objectWriteTraceId) ?? { ok: false as const, error: halted ?? appError('crm-unavailable', { status: 207 }) };
      const step = done ? { ok: true as const, value: done } : remember(trail, CONTACT, sent, !companyIds[i]);
      if (step.ok) contactIds[i] = step.value;
      else fail(i, step.error);
    }

    // Each contact's default association to its company, all in one request.
    const pairs = new Map<string, { from: { id: string }; to: { id: string } }>();
    for (const [i, contactId] of contactIds.entries()) {
      const companyId = companyIds[i];
      if (contactId && companyId && !outcomes[i] && !trails[i]!.done.has(LINK)) pairs.set(`${contactId}→${companyId}`, { from: { id: contactId }, to: { id: companyId } });
    }
    const links = pairs.size && !halted ? await associate([...pairs.values()], signal) : new Map<string, Step<true>>();

    const { portalId, uiDomain } = acct.value;
    const appOrigin = `https://${uiDomain ?? 'app.hubspot.com'}`;
    for (const [i, plan] of plans.entries()) {
      if (!plan || outcomes[i]) continue;
      const trail = trails[i]!;
      const companyId = companyIds[i] ?? null;
      const contactId = contactIds[i] ?? null;
      if (contactId && companyId && !trail.done.has(LINK)) {
        const linked = links.get(`${contactId}→${companyId}`) ?? { ok: false as const, error: halted ?? appError('crm-unavailable', { status: 207 }) };
        if (!linked.ok) { fail(i, linked.error); continue; }
        markDone(trail, LINK, true);
      }
      const [object, id] = contactId ? (['contact', contactId] as const) : (['company', companyId!] as const);
      outcomes[i] = { ok: true, remoteId: id, recordUrl: recordLink(hubspotRecordUrl(appOrigin, String(portalId), object, id)), ids: { ...trail.ids } };
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


/**
 * The Salesforce connector (ecosystem.md §3.3): one Lead per lead, upserted through an external-id
 * field that holds Leadfill's lead id (`PATCH /sobjects/Lead/{field}/{leadId}`), so a retry after a
 * lost answer updates the Lead the first attempt made. The access token from the OAuth PKCE flow
 * (salesforce-auth.ts) is refreshed once on a 401 and the request repeated; a second 401 means the rep
 * connects again. What the lead becomes is core/crm/salesforce-mapping.ts; how the answers read,
 * core/crm/salesforce-answers.ts.
 */
import type { ConnectorDeps, CrmConnector, PushItem, PushOutcome } from '../../core/crm/connector';
import { salesforceError, type SalesforceDescribe, type SalesforceToken, type SalesforceUpsertAnswer } from '../../core/crm/salesforce-answers';
import {
  DEFAULT_EXTERNAL_ID_FIELD, isExternalIdField, leadFieldsOf, leadUpsertPath, SALESFORCE_API_VERSION, salesforceLead, salesforceRecordUrl,
} from '../../core/crm/salesforce-mapping';
import { tokenRequestBody } from '../../core/crm/salesforce-oauth';
import { recordLink } from '../../core/crm/record-link';
import { appError, type Result } from '../../core/errors';
import { apiBase, isSuccess, pushEach, rateLimitOf, requestJson, type JsonAnswer, type JsonRequest } from './crm-fetch';

export const SALESFORCE_ACCESS_TOKEN = 'access-token';
export const SALESFORCE_REFRESH_TOKEN = 'refresh-token';

export function createSalesforceConnector(deps: ConnectorDeps): CrmConnector {
  const externalIdField = deps.connection.options?.['externalIdField'] || DEFAULT_EXTERNAL_ID_FIELD;
  const clientId = deps.connection.options?.['clientId'] ?? '';
  /** A token refreshed during this connector's life; the stored one is used until then. */
  let refreshed: string | null = null;
  let lastHeaders: Headers | null = null;

  async function refresh(base: string, signal: AbortSignal): Promise<Result<string>> {
    const refreshToken = (await deps.secret(SALESFORCE_REFRESH_TOKEN))?.reveal();
    if (!refreshToken || !clientId) return { ok: false, error: appError('crm-unauthorized') };
    try {
      const response = await deps.fetch(`${base}/services/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: tokenRequestBody({ refreshToken }, clientId),
        signal,
        redirect: 'error',
        credentials: 'omit',
      });
      const token = (await response.json().catch(() => null)) as Partial<SalesforceToken> | null;
      // 400 invalid_grant: the refresh token was revoked or expired; only a new login helps.
      if (!response.ok || !token?.access_token) return { ok: false, error: response.status >= 500 ? appError('crm-unavailable', { status: response.status }) : appError('crm-unauthorized') };
      refreshed = token.access_token;
      await deps.saveSecret?.(SALESFORCE_ACCESS_TOKEN, token.access_token);
      return { ok: true, value: token.access_token };
    } catch {
      return { ok: false, error: signal.aborted ? appError('crm-timeout') : appError('crm-unreachable') };
    }
  }

  /** One API request; on a 401 the token is refreshed once and the request repeated. */
  async function call(req: Omit<JsonRequest, 'headers'>, signal: AbortSignal): Promise<Result<JsonAnswer>> {
    const base = apiBase(deps.connection.url);
    if (!base.ok) return base;
    let token = refreshed ?? (await deps.secret(SALESFORCE_ACCESS_TOKEN))?.reveal();
    if (!token) return { ok: false, error: appError('crm-not-configured') };
    for (let attempt = 0; ; attempt++) {
      const sent = await requestJson(deps.fetch, base.value, { ...req, headers: { authorization: `Bearer ${token}` } }, signal);
      if (!sent.ok) return sent;
      lastHeaders = sent.value.headers;
      if (sent.value.status !== 401 || attempt > 0) return sent;
      const renewed = await refresh(base.value, signal);
      if (!renewed.ok) return renewed;
      token = renewed.value;
    }
  }

  async function pushOne(item: PushItem, signal: AbortSignal): Promise<PushOutcome> {
    if (!isExternalIdField(externalIdField)) return { ok: false, error: appError('crm-not-configured') };
    const lead = salesforceLead(item.lead);
    if (!lead.ok) {
      const e = lead.error;
      const fields = e.code === 'crm-field-missing' ? e.params.fields : e.code === 'crm-field-too-long' ? [e.params.field] : [];
      return { ok: false, error: e, ...(fields.length ? { fields } : {}) };
    }
    const sent = await call({ method: 'PATCH', path: leadUpsertPath(externalIdField, item.lead.id), body: lead.body }, signal);
    if (!sent.ok) return { ok: false, error: sent.error };
    const { status, body, headers } = sent.value;
    if (!isSuccess(status)) {
      const error = salesforceError(status, body, headers.get('retry-after'), deps.now());
      const fields = error.code === 'crm-rejected' ? leadFieldsOf(item.lead, error.params.fields) : [];
      return { ok: false, error, ...(fields.length ? { fields } : {}) };
    }
    const id = (body as Partial<SalesforceUpsertAnswer> | undefined)?.id;
    if (typeof id !== 'string') return { ok: false, error: appError('crm-unavailable', { status }) };
    const base = apiBase(deps.connection.url);
    return { ok: true, remoteId: id, recordUrl: base.ok ? recordLink(salesforceRecordUrl(base.value, id)) : null };
  }

  return {
    kind: 'salesforce',
    batchSize: 1,
    async push(items, signal) {
      lastHeaders = null;
      const outcomes = await pushEach(items, (item) => pushOne(item, signal));
      return { outcomes, rateLimit: rateLimitOf(lastHeaders, deps.now()) };
    },
    async testConnection(signal) {
      if (!isExternalIdField(externalIdField)) return { ok: false, error: appError('crm-external-id-missing', { field: externalIdField }) };
      // Describing Lead proves the token and the Lead access, and shows whether the external-id field is there.
      const sent = await call({ method: 'GET', path: `/services/data/${SALESFORCE_API_VERSION}/sobjects/Lead/describe` }, signal);
      if (!sent.ok) return sent;
      const { status, body, headers } = sent.value;
      if (!isSuccess(status)) return { ok: false, error: salesforceError(status, body, headers.get('retry-after'), deps.now()) };
      const field = (body as Partial<SalesforceDescribe> | undefined)?.fields?.find((f) => f.name === externalIdField);
      if (!field?.externalId) return { ok: false, error: appError('crm-external-id-missing', { field: externalIdField }) };
      return { ok: true, value: { account: `Salesforce ${new URL(deps.connection.url).host}` } };
    },
  };
}

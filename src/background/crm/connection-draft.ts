/**
 * What a connect form sent, checked and turned into a connection (never a secret) and the secrets it
 * stores: one place for every CRM kind, used to connect and to test a draft before it is saved.
 * Salesforce's code is exchanged for its tokens here, in the background.
 */
import { checkApiToken, hubspotApiUrl, pipedriveCompanyUrl, salesforceLoginUrl } from '../../core/crm/connection-address';
import type { Connection } from '../../core/crm/connector';
import { DEFAULT_EXTERNAL_ID_FIELD, isExternalIdField } from '../../core/crm/salesforce-mapping';
import { checkSigningSecret, checkWebhookUrl } from '../../core/crm/webhook-event';
import { appError, type Result } from '../../core/errors';
import type { Request } from '../../shared/messages';
import { apiBase } from './crm-fetch';
import { HUBSPOT_TOKEN } from './hubspot';
import { PIPEDRIVE_TOKEN } from './pipedrive';
import { SALESFORCE_ACCESS_TOKEN, SALESFORCE_REFRESH_TOKEN } from './salesforce';
import { exchangeSalesforceCode } from './salesforce-auth';
import { SIGNING_SECRET } from './webhook';

type Connect = Extract<Request, { type: 'crm.connect' }>;
export type TokenInput = Omit<Extract<Connect, { secret: string }>, 'type'>;
export type SalesforceInput = Omit<Extract<Connect, { kind: 'salesforce' }>, 'type'>;

export interface ConnectionDraft {
  connection: Connection;
  /** By the names the connector reads them under (webhook.ts, hubspot.ts, …). */
  secrets: Record<string, string>;
  /** Every origin the connection reaches: the API's, and Salesforce's login host when it differs. */
  origins: string[];
}

const NAMES = { webhook: 'Webhook', hubspot: 'HubSpot', pipedrive: 'Pipedrive', salesforce: 'Salesforce' } as const;
const SECRET_OF = { webhook: SIGNING_SECRET, hubspot: HUBSPOT_TOKEN, pipedrive: PIPEDRIVE_TOKEN } as const;

function draft(id: string, kind: Connection['kind'], label: string, url: string, secrets: Record<string, string>, options?: Record<string, string>): ConnectionDraft {
  const host = new URL(url).host;
  const connection: Connection = { id, kind, label: label || (kind === 'webhook' ? host : `${NAMES[kind]} ${host}`), url, ...(options ? { options } : {}) };
  const origins = [new URL(url).origin, ...(options?.['loginUrl'] ? [new URL(options['loginUrl']).origin] : [])];
  return { connection, secrets, origins: [...new Set(origins)] };
}

/** A connection of a CRM the rep connects with an address and one pasted secret. */
export function tokenDraft(input: TokenInput, id: string): Result<ConnectionDraft> {
  const url = input.kind === 'webhook' ? checkWebhookUrl(input.url) : input.kind === 'hubspot' ? hubspotApiUrl(input.url) : pipedriveCompanyUrl(input.url);
  if (!url.ok) return url;
  const secret = input.kind === 'webhook' ? checkSigningSecret(input.secret) : checkApiToken(input.secret);
  if (!secret.ok) return secret;
  return { ok: true, value: draft(id, input.kind, input.label, url.value, { [SECRET_OF[input.kind]]: secret.value }) };
}

/** Salesforce after the login window: the code exchanged at the login host; the API lives at the org's instance URL. */
export async function salesforceDraft(
  input: SalesforceInput,
  id: string,
  deps: { fetch: typeof fetch; signal: AbortSignal; granted(origin: string): Promise<void> },
): Promise<Result<ConnectionDraft>> {
  const login = salesforceLoginUrl(input.url);
  if (!login.ok) return login;
  const externalIdField = input.externalIdField || DEFAULT_EXTERNAL_ID_FIELD;
  if (!isExternalIdField(externalIdField)) return { ok: false, error: appError('crm-external-id-missing', { field: externalIdField }) };
  await deps.granted(login.value);
  const token = await exchangeSalesforceCode({ ...input, loginUrl: login.value }, deps.fetch, deps.signal);
  if (!token.ok) return token;
  const instance = apiBase(token.value.instance_url);
  if (!instance.ok) return instance;
  const secrets: Record<string, string> = { [SALESFORCE_ACCESS_TOKEN]: token.value.access_token };
  if (token.value.refresh_token) secrets[SALESFORCE_REFRESH_TOKEN] = token.value.refresh_token;
  const options = { clientId: input.clientId, externalIdField, loginUrl: login.value };
  return { ok: true, value: draft(id, 'salesforce', input.label, new URL(instance.value).origin, secrets, options) };
}

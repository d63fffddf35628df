/**
 * Salesforce's answers read into outcomes (ecosystem.md §3.3, §3.5): errors come as an array of
 * `{message, errorCode, fields}`; the error code refines the status (DUPLICATES_DETECTED, the org's
 * REQUEST_LIMIT_EXCEEDED under a 403, the fields a validation names), and 300 means the external id
 * matches several Leads. REQUEST_LIMIT_EXCEEDED names two limits: the org's 24-hour allocation
 * ("TotalRequests Limit exceeded.") pauses the connection; too many requests at once
 * ("ConcurrentRequests …", "ConcurrentPerOrgLongTxn …") only asks for a short wait.
 */
import { appError, type AppError } from '../errors';
import { crmHttpError, retryAfterSeconds } from './http-errors';
import { nextUtcMidnight } from './rate-limit';

export interface SalesforceError {
  message: string;
  errorCode: string;
  fields?: string[];
}

/** `PATCH /sobjects/Lead/{field}/{value}`: 201 created, 200 updated. */
export interface SalesforceUpsertAnswer {
  id: string;
  success: boolean;
  created?: boolean;
  errors: unknown[];
}

/** `GET /sobjects/Lead/describe`, the part the connection test reads. */
export interface SalesforceDescribe {
  fields: { name: string; externalId?: boolean; type?: string }[];
}

/** The token endpoint's answer (authorization code and refresh token grants). */
export interface SalesforceToken {
  access_token: string;
  refresh_token?: string;
  instance_url: string;
}

export function salesforceErrors(body: unknown): SalesforceError[] {
  if (!Array.isArray(body)) return [];
  return body.filter((e): e is SalesforceError => Boolean(e) && typeof e === 'object' && typeof (e as SalesforceError).errorCode === 'string');
}

const DUPLICATE = new Set(['DUPLICATES_DETECTED', 'DUPLICATE_VALUE', 'DUPLICATE_EXTERNAL_ID']);

/** The error a non-2xx Salesforce answer means. */
export function salesforceError(status: number, body: unknown, retryAfter: string | null, now: number): AppError {
  const errors = salesforceErrors(body);
  const codes = new Set(errors.map((e) => e.errorCode));
  if (status === 300) return appError('crm-ambiguous', { matches: Array.isArray(body) ? body.length : 0 });
  const limit = errors.find((e) => e.errorCode === 'REQUEST_LIMIT_EXCEEDED');
  if (limit && /concurrent/i.test(limit.message)) return appError('crm-rate-limited', { retryAfterSeconds: retryAfterSeconds(retryAfter, now) });
  if (limit) {
    return appError('crm-quota-exhausted', { retryAfterSeconds: Math.ceil((nextUtcMidnight(now) - now) / 1000) });
  }
  if (status === 400 && [...codes].some((c) => DUPLICATE.has(c))) return appError('crm-duplicate');
  if (status === 400 || status === 422) {
    return appError('crm-rejected', { status, fields: [...new Set(errors.flatMap((e) => e.fields ?? []))] });
  }
  if (status === 403) return appError('crm-forbidden', { scope: codes.has('API_DISABLED_FOR_ORG') ? 'api' : '' });
  return crmHttpError(status, retryAfter, now) ?? appError('crm-unavailable', { status });
}

/**
 * HubSpot's answers read into outcomes (ecosystem.md §3.1, §3.5): the JSON shapes the connector relies
 * on (checked against @hubspot/api-client's models in test/unit/crm/package-types.test.ts) and the
 * error an answer means, refined from the status by the body: a DAILY 429 pauses the connection, a
 * MISSING_SCOPES 403 names the scope, a VALIDATION_ERROR names the properties.
 */
import { appError, type AppError } from '../errors';
import { crmHttpError, retryAfterSeconds } from './http-errors';
import { nextUtcMidnight } from './rate-limit';

/** One row of a batch upsert answer (SimplePublicUpsertObject on the wire: `new`, not `_new`). */
export interface HubSpotUpsertRow {
  id: string;
  new: boolean;
  objectWriteTraceId?: string;
  properties: Record<string, string | null>;
}

/** StandardError: per-row in a 207, or the whole body of a 4xx. */
export interface HubSpotError {
  category: string;
  message: string;
  context?: Record<string, string[]>;
  errors?: { message: string; code?: string; context?: Record<string, string[]> }[];
}

/** `POST …/batch/upsert`: 200 with every row, or 207 with `errors` for the rows that failed. */
export interface HubSpotBatchAnswer {
  status: string;
  results: HubSpotUpsertRow[];
  errors?: HubSpotError[];
  numErrors?: number;
}

/** `POST …/companies/search`. */
export interface HubSpotSearchAnswer {
  total: number;
  results: { id: string; properties: Record<string, string | null> }[];
  paging?: { next?: { after: string } };
}

/** `POST …/companies/batch/{create,update}`: every row, or with `errors` (207) for the rows that failed. */
export interface HubSpotObjectsAnswer {
  results: { id: string; objectWriteTraceId?: string; properties: Record<string, string | null> }[];
  errors?: HubSpotError[];
}


/** `POST /crm/associations/{ver}/contacts/companies/batch/associate/default` (BatchResponsePublicDefaultAssociation). */
export interface HubSpotAssociationsAnswer {
  results: { from: { id: string }; to: { id: string } }[];
  errors?: HubSpotError[];
}

/** `GET /account-info/{ver}/details`: the portal and the app host its records open on. */
export interface HubSpotAccount {
  portalId: number;
  uiDomain?: string;
}

type Body = Partial<HubSpotError> & { policyName?: string };

function asBody(body: unknown): Body {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Body) : {};
}

/** HubSpot's older validation answers list the properties as JSON inside the message ("name":"email"). */
const NAMED_PROPERTY = /"name":"([\w-]{1,100})"/g;

/** An upsert by a property that is not unique, or not there: "… by non-unique 0-2 property leadfill_company_key …". */
const ID_PROPERTY = /non-unique [\w-]{1,20} property ([\w-]{1,100})/g;

/** The property names a validation error refers to. */
export function refusedProperties(error: Partial<HubSpotError>): string[] {
  const names = new Set<string>();
  for (const m of (error.message ?? '').matchAll(ID_PROPERTY)) if (m[1]) names.add(m[1]);
  for (const detail of error.errors ?? []) for (const n of detail.context?.['propertyName'] ?? []) names.add(n);
  for (const n of error.context?.['propertyName'] ?? []) names.add(n);
  for (const m of (error.message ?? '').matchAll(NAMED_PROPERTY)) if (m[1]) names.add(m[1]);
  return [...names];
}

/** The scope a MISSING_SCOPES answer asks for (its context lists the granular scopes required). */
function missingScope(error: Body): string {
  for (const detail of error.errors ?? []) {
    const scopes = detail.context?.['requiredGranularScopes'] ?? detail.context?.['missingScopes'];
    if (scopes?.length) return scopes.join(', ');
  }
  return error.context?.['requiredGranularScopes']?.join(', ') ?? '';
}

/** The error a non-2xx HubSpot answer means; `retryAfter` is the Retry-After header. */
export function hubspotError(status: number, body: unknown, retryAfter: string | null, now: number): AppError {
  const b = asBody(body);
  if (status === 429 && b.policyName === 'DAILY') {
    return appError('crm-quota-exhausted', { retryAfterSeconds: Math.ceil((nextUtcMidnight(now) - now) / 1000) });
  }
  // A burst 429 without Retry-After: HubSpot's windows are 10 s.
  if (status === 429) return appError('crm-rate-limited', { retryAfterSeconds: retryAfterSeconds(retryAfter, now) ?? 10 });
  if (status === 403) return appError('crm-forbidden', { scope: missingScope(b) });
  if (status === 400 || status === 422) return appError('crm-rejected', { status, fields: refusedProperties(b) });
  return crmHttpError(status, retryAfter, now) ?? appError('crm-unavailable', { status });
}

/** The error of one failed row of a 207: a row is refused for its data, never for the token. */
export function hubspotRowError(error: HubSpotError): AppError {
  if (error.category === 'RATE_LIMITS') return appError('crm-rate-limited', { retryAfterSeconds: 10 });
  // An update of an id HubSpot no longer has (merged, deleted): the connector looks the record up again.
  if (error.category === 'OBJECT_NOT_FOUND') return appError('crm-not-found');
  return appError('crm-rejected', { status: 400, fields: refusedProperties(error) });
}

/** Which inputs a row error is about: by trace id when HubSpot echoes it, else by the ids (e-mails) it names. */
export function rowErrorKeys(error: HubSpotError): string[] {
  const ctx = error.context ?? {};
  return [...(ctx['objectWriteTraceId'] ?? []), ...(ctx['ids'] ?? []), ...(ctx['id'] ?? [])].map((k) => k.toLowerCase());
}

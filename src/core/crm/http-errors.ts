/**
 * A CRM's HTTP answer as an error code, the same for every connector (ecosystem.md §3.5). A connector
 * reads the body for more (Salesforce's errorCode, HubSpot's policy name, the fields refused) and may
 * refine the code; the status alone already decides whether the outbox retries.
 */
import { appError, type AppError } from '../errors';

/** Retry-After in seconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(header: string | null | undefined, now: number): number | null {
  const text = header?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The error an HTTP status means; null for a success (2xx). */
export function crmHttpError(status: number, retryAfter: string | null | undefined, now: number): AppError | null {
  if (status >= 200 && status < 300) return null;
  switch (status) {
    case 300: return appError('crm-ambiguous', { matches: 0 });
    case 401: return appError('crm-unauthorized');
    case 403: return appError('crm-forbidden', { scope: '' });
    case 404:
    case 410: return appError('crm-not-found');
    case 408: return appError('crm-timeout');
    // With an Idempotency-Key, 409 means the same request is still being processed.
    case 409: return appError('crm-busy');
    case 429: return appError('crm-rate-limited', { retryAfterSeconds: retryAfterSeconds(retryAfter, now) });
  }
  if (status >= 500) return appError('crm-unavailable', { status });
  // Other 4xx (400, 422, 413…): the record as sent was refused; only the rep can change it.
  return appError('crm-rejected', { status, fields: [] });
}

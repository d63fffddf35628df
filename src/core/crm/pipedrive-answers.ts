/**
 * Pipedrive's answers read into outcomes (ecosystem.md §3.2, §3.5): the envelope `{success, data}`
 * the connector relies on (checked against the pipedrive package's v2 types in
 * test/unit/crm/package-types.test.ts; every field there is optional, so here too), and the error an
 * answer means: `success: false` is a refusal even under a 2xx status, a 429 with the day's requests
 * used up pauses the connection.
 */
import { appError, type AppError } from '../errors';
import { crmHttpError, retryAfterSeconds } from './http-errors';
import { nextUtcMidnight, type HeaderReader } from './rate-limit';

/** A person or organization as v2 returns it (Person, OrganizationItem). */
export interface PipedriveRecord {
  id?: number;
  name?: string;
}

export interface PipedriveEnvelope<T> {
  success?: boolean;
  data?: T | null;
  error?: string;
  error_info?: string;
}

/** `GET /api/v2/{persons,organizations}/search`. */
export type PipedriveSearchAnswer = PipedriveEnvelope<{ items?: { result_score?: number; item?: PipedriveRecord }[] }>;

/** A person or organization as v2's list endpoints return it (Person, OrganizationItem): what a search would match on. */
export interface PipedriveListed extends PipedriveRecord {
  emails?: { value?: string }[];
  org_id?: number | null;
}

/** `GET /api/v2/{persons,organizations}?updated_since=…`: read from the records, not the search index. */
export type PipedriveListAnswer = PipedriveEnvelope<PipedriveListed[]> & { additional_data?: { next_cursor?: string | null } };

/** `GET /api/v1/users/me`: who the token speaks as. */
export type PipedriveMeAnswer = PipedriveEnvelope<{ id?: number; name?: string; company_name?: string; company_domain?: string }>;

function envelope(body: unknown): PipedriveEnvelope<unknown> {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as PipedriveEnvelope<unknown>) : {};
}

/** Field names Pipedrive puts in its validation messages ("name is required", "emails[0].value must be…"). */
const FIELD = /\b(name|emails|phones|org_id|job_title|website|address)\b/g;

/** The error an answer means, or null for a success. */
export function pipedriveError(status: number, body: unknown, header: HeaderReader, now: number): AppError | null {
  const b = envelope(body);
  const refused = b.success === false;
  if (status >= 200 && status < 300 && !refused) return null;
  if (status === 429) {
    if (header('x-daily-requests-left')?.trim() === '0') {
      return appError('crm-quota-exhausted', { retryAfterSeconds: Math.ceil((nextUtcMidnight(now) - now) / 1000) });
    }
    // The burst window is 2 s; x-ratelimit-reset says when it opens again.
    const reset = Number(header('x-ratelimit-reset'));
    return appError('crm-rate-limited', { retryAfterSeconds: retryAfterSeconds(header('retry-after'), now) ?? (reset > 0 ? reset : 2) });
  }
  if (status === 400 || status === 422 || (refused && status < 300)) {
    const text = `${b.error ?? ''} ${b.error_info ?? ''}`;
    return appError('crm-rejected', { status: status < 300 ? 400 : status, fields: [...new Set([...text.matchAll(FIELD)].map((m) => m[1]!))] });
  }
  return crmHttpError(status, header('retry-after'), now) ?? appError('crm-unavailable', { status });
}

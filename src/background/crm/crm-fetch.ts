/**
 * One JSON request to a CRM API, as the HubSpot, Pipedrive and Salesforce connectors make them: the
 * base URL checked (https, or http on loopback for tests), no cookies, no redirects, the answer read to
 * the end (a connection dropped while reading is no confirmation), and a failure before any answer
 * turned into crm-timeout or crm-unreachable instead of an exception. Tokens go only in the headers
 * the caller passes and never into an error.
 */
import type { PushItem, PushOutcome } from '../../core/crm/connector';
import { fromHeaders, readRateLimit, type RateLimit } from '../../core/crm/rate-limit';
import { checkWebhookUrl } from '../../core/crm/webhook-event';
import { appError, type AppError, type Result } from '../../core/errors';
import { trimEnd } from '../../core/text/trim';

export interface JsonAnswer {
  status: number;
  /** The parsed JSON body; undefined for an empty or non-JSON body. */
  body: unknown;
  headers: Headers;
}

export interface JsonRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path and query below the base URL ("/crm/objects/2026-09/contacts?limit=1"). */
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

function transportError(err: unknown, signal: AbortSignal): AppError {
  return signal.aborted || (err instanceof Error && err.name === 'TimeoutError') ? appError('crm-timeout') : appError('crm-unreachable');
}

/** The API's base URL without a trailing slash, or why it cannot be used. */
export function apiBase(url: string): Result<string> {
  const checked = checkWebhookUrl(url);
  return checked.ok ? { ok: true, value: trimEnd(checked.value, '/') } : checked;
}

export async function requestJson(fetcher: typeof fetch, base: string, req: JsonRequest, signal: AbortSignal): Promise<Result<JsonAnswer>> {
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  if (req.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  let text: string;
  try {
    response = await fetcher(`${base}${req.path}`, {
      method: req.method,
      headers,
      ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
      signal,
      redirect: 'error',
      credentials: 'omit',
    });
    text = await response.text();
  } catch (err) {
    return { ok: false, error: transportError(err, signal) };
  }
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { ok: true, value: { status: response.status, body, headers: response.headers } };
}

export const isSuccess = (status: number): boolean => status >= 200 && status < 300;

/** Pushes the leads one after another, for APIs without batch writes (one failing lead stops none of the others). */
export async function pushEach(items: readonly PushItem[], pushOne: (item: PushItem) => Promise<PushOutcome>): Promise<PushOutcome[]> {
  const outcomes: PushOutcome[] = [];
  for (const item of items) outcomes.push(await pushOne(item));
  return outcomes;
}

/** A push's rate limit is what the CRM's last answer said; no answer, nothing known. */
export function rateLimitOf(lastHeaders: Headers | null, now: number): RateLimit | null {
  return lastHeaders ? readRateLimit(fromHeaders(lastHeaders), now) : null;
}

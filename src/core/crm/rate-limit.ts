/**
 * What a CRM's answer headers say about its budget: when the next request may go (a burst window or
 * Retry-After) and whether the day's budget is spent (the connection pauses until it resets).
 * HubSpot: X-HubSpot-RateLimit-{Daily,Daily-Remaining,Secondly,Secondly-Remaining,Interval-Milliseconds,
 * Max,Remaining}; Pipedrive: x-ratelimit-{limit,remaining,reset} (seconds until the window resets) and
 * x-daily-requests-left; Salesforce: Sforce-Limit-Info `api-usage=used/allocation` (the org's 24-hour
 * allocation); everyone: Retry-After (ecosystem.md §3.1-§3.3).
 */
import { retryAfterSeconds } from './http-errors';

export interface RateLimit {
  /** Not before this time (epoch ms): the burst window is used up or the server said Retry-After. */
  waitUntil: number | null;
  /** The day's budget is spent: the connection pauses until this time (epoch ms). */
  pausedUntil: number | null;
}

/** Reads a header case-insensitively (fetch's Headers.get, or a plain record in tests). */
export type HeaderReader = (name: string) => string | null;

/** HubSpot's secondly window when it sends no interval header; its burst limits are per 10 s. */
const HUBSPOT_WINDOW_MS = 10_000;

function count(text: string | null): number | null {
  const t = text?.trim();
  return t && /^\d+$/.test(t) ? Number(t) : null;
}

/** Daily budgets reset at midnight in the account's time zone, which the headers do not give: the next UTC midnight is the earliest safe guess, and a 429 after it pauses again. */
export function nextUtcMidnight(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
}

export function readRateLimit(header: HeaderReader, now: number): RateLimit | null {
  let waitUntil: number | null = null;
  let pausedUntil: number | null = null;
  const later = (at: number) => { waitUntil = waitUntil === null ? at : Math.max(waitUntil, at); };

  const retryAfter = retryAfterSeconds(header('retry-after'), now);
  if (retryAfter !== null) later(now + retryAfter * 1000);

  // HubSpot: daily and burst windows.
  if (count(header('x-hubspot-ratelimit-daily-remaining')) === 0) pausedUntil = nextUtcMidnight(now);
  const hsBurst = count(header('x-hubspot-ratelimit-remaining')) ?? count(header('x-hubspot-ratelimit-secondly-remaining'));
  if (hsBurst === 0) later(now + (count(header('x-hubspot-ratelimit-interval-milliseconds')) ?? HUBSPOT_WINDOW_MS));

  // Pipedrive: a 2-second burst window whose reset is in seconds, and a daily budget.
  if (count(header('x-daily-requests-left')) === 0) pausedUntil = nextUtcMidnight(now);
  if (count(header('x-ratelimit-remaining')) === 0) later(now + (count(header('x-ratelimit-reset')) ?? 2) * 1000);

  // Salesforce: the org's allocation used up; the next request would be refused with REQUEST_LIMIT_EXCEEDED.
  const usage = /api-usage=(\d+)\/(\d+)/.exec(header('sforce-limit-info') ?? '');
  if (usage && Number(usage[2]) > 0 && Number(usage[1]) >= Number(usage[2])) pausedUntil = nextUtcMidnight(now);

  return waitUntil === null && pausedUntil === null ? null : { waitUntil, pausedUntil };
}

/** A reader over fetch's Headers. */
export const fromHeaders = (headers: { get(name: string): string | null }): HeaderReader => (name) => headers.get(name);

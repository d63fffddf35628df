/**
 * When a failed push is tried again: exponential backoff with "equal jitter" (half the step fixed, half
 * random, so retries of many rows spread out but none comes back at once), never before the CRM's
 * Retry-After or rate-limit reset. Pure: the random number comes in.
 */
import type { AppError } from '../errors';
import type { RateLimit } from './rate-limit';

export interface BackoffPolicy {
  /** The first retry's step; doubled per attempt. */
  baseMs: number;
  /** No step longer than this. */
  capMs: number;
}

/**
 * 30 s, 1 min, 2 min … capped at 6 h (ecosystem.md §1.2). A packed extension's alarms fire at most every
 * 30 s anyway; tests and the fault-injection run shorten it through the validated test settings.
 */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 6 * 3_600_000 };

/** Waiting time before retry `attempt` (1 = the first retry); `random` in [0, 1). */
export function backoffMs(attempt: number, policy: BackoffPolicy, random: number): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(0, attempt - 1), 40));
  return Math.round(step / 2 + (step / 2) * random);
}

export interface RetryPlan {
  /** The row's next attempt (epoch ms). */
  retryAt: number;
  /**
   * Set when the whole connection waits: no row of it goes before this time. A rate limit is the
   * CRM's, not the row's: after a 429 (or an empty burst window) every other row would be refused
   * the same, and sending them anyway spends the budget the CRM asked us to leave alone.
   */
  pauseConnectionUntil: number | null;
}

/**
 * When to retry after `error` on attempt `attempt`: the backoff step, or later when the CRM asked for it
 * (Retry-After on a 429, the burst window of the headers). A rate limit holds the whole connection for
 * the wait the CRM announced (the first backoff step when it announced none); a spent day budget
 * pauses it until the reset.
 */
export function planRetry(attempt: number, error: AppError, rateLimit: RateLimit | null, now: number, policy: BackoffPolicy, random: number): RetryPlan {
  let retryAt = now + backoffMs(attempt, policy, random);
  let pause: number | null = null;
  const hold = (until: number) => { pause = Math.max(pause ?? 0, until); };
  if (error.code === 'crm-rate-limited') {
    const seconds = error.params.retryAfterSeconds;
    hold(seconds !== null ? now + seconds * 1000 : now + backoffMs(1, policy, random));
  }
  if (rateLimit?.waitUntil) hold(rateLimit.waitUntil);
  if (rateLimit?.pausedUntil) hold(rateLimit.pausedUntil);
  if (error.code === 'crm-quota-exhausted') {
    const seconds = error.params.retryAfterSeconds;
    hold(seconds !== null ? now + seconds * 1000 : retryAt);
  }
  if (pause !== null) retryAt = Math.max(retryAt, pause);
  return { retryAt, pauseConnectionUntil: pause };
}

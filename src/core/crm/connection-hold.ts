/**
 * A connection's rate-limit hold: the CRM said "not before then" (429 with Retry-After, a spent burst
 * window, a spent day budget, Salesforce's REQUEST_LIMIT_EXCEEDED), so no request of that connection
 * goes before `until`, whichever lead it is for and whichever worker is running. Stored (schema v8,
 * table `crmHolds`), because a worker stopped during the hold must not forget it: the next wake would
 * spend the budget the CRM asked us to leave alone. Pure: background/crm/outbox.ts reads and writes it.
 */
import { appError, type AppError } from '../errors';
import type { RateLimit } from './rate-limit';

export interface ConnectionHold {
  connectionId: string;
  /** No request before this time (epoch ms). */
  until: number;
  /** Why, in the words of the answer that asked for it: crm-rate-limited or crm-quota-exhausted. */
  reason: AppError;
  /** When the hold began (the first answer that asked for it). */
  since: number;
}

/** Whether the connection is held at `now`. */
export const isHeld = (hold: ConnectionHold | undefined, now: number): hold is ConnectionHold => !!hold && hold.until > now;

/**
 * Why an answer holds the connection when the failed lead's own error does not say it (a 200 that spent
 * the burst window, a 5xx whose headers say the day is spent): the day budget, or the burst window.
 */
export function holdReason(rateLimit: RateLimit | null, until: number, now: number): AppError {
  const seconds = Math.max(1, Math.ceil((until - now) / 1000));
  return rateLimit?.pausedUntil && rateLimit.pausedUntil >= until ? appError('crm-quota-exhausted', { retryAfterSeconds: seconds }) : appError('crm-rate-limited', { retryAfterSeconds: seconds });
}

/**
 * The hold after an answer asked to wait until `until`: a longer wait extends it and takes its reason,
 * a shorter one leaves it; a hold that had ended starts anew.
 */
export function extendHold(current: ConnectionHold | undefined, connectionId: string, until: number, reason: AppError, now: number): ConnectionHold {
  if (!isHeld(current, now)) return { connectionId, until, reason, since: now };
  return until > current.until ? { ...current, until, reason } : current;
}

/** When a row of a held connection may go: its own due time, or the end of the hold if later. */
export const dueUnderHold = (dueAt: number, hold: ConnectionHold | undefined, now: number): number => (isHeld(hold, now) ? Math.max(dueAt, hold.until) : dueAt);

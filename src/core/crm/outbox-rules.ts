/**
 * The outbox's decisions as pure functions: whether a lead write enqueues a push, what a row looks like
 * after an attempt, which rows a worker may take, when to look again, and the push state the rep sees.
 * background/crm/outbox.ts does the reading and writing around them.
 */
import type { AppError } from '../errors';
import type { Lease } from '../jobs/schedule';
import type { LeadField, LeadSummary } from '../lead/types';
import { failureAction } from './classify';
import { dueUnderHold, isHeld, type ConnectionHold } from './connection-hold';
import { planRetry, type BackoffPolicy } from './backoff';
import { UNCERTAIN_ANY, type PushOutcome, type RecordTrail } from './connector';
import { ruleWantsPush, type PushRule } from './push-rule';
import type { RateLimit } from './rate-limit';

/** The fields of an outbox row these rules read and write (shared/db/schema.ts OutboxRow). */
export interface OutboxEntry {
  id: string;
  connectionId: string;
  leadId: string;
  state: 'due' | 'attention';
  dueAt: number;
  attempts: number;
  lease: Lease | null;
  lastError: AppError | null;
  fields: LeadField[];
  manual: boolean;
  enqueuedAt: number;
  /** How far earlier attempts got (connector.ts RecordTrail), and for which lead version; absent before the first. */
  trail?: RecordTrail & { version: number };
}

/** What a connection confirmed for a lead (PushRow). */
export interface Confirmed {
  remoteId: string;
  recordUrl: string | null;
  version: number;
  sentAt: number;
  /** The lead's records at the CRM beyond remoteId (Pipedrive's organization), for its next update. */
  ids?: Record<string, string>;
}

/** A row that waits for the rep sorts after every due one and is never claimed by time. */
export const NEVER = Number.MAX_SAFE_INTEGER;

export const entryId = (connectionId: string, leadId: string): string => `${connectionId}|${leadId}`;

export function newEntry(connectionId: string, leadId: string, now: number, manual: boolean): OutboxEntry {
  return { id: entryId(connectionId, leadId), connectionId, leadId, state: 'due', dueAt: now, attempts: 0, lease: null, lastError: null, fields: [], manual, enqueuedAt: now };
}

interface StoredLead {
  updatedAt: number;
  summary?: LeadSummary | undefined;
}

/**
 * After a lead write: the row the connection's outbox should hold for it, or null to leave things as
 * they are. A lead the rule wants and the CRM does not have yet goes out; a lead the CRM has in an older
 * version goes out as an update; a row waiting for the rep is due again once the lead changed.
 */
export function afterLeadWrite(lead: StoredLead & { id: string }, connectionId: string, rule: PushRule, row: OutboxEntry | undefined, confirmed: Confirmed | undefined, now: number): OutboxEntry | null {
  if (confirmed?.version === lead.updatedAt) return null;
  if (row) return row.state === 'attention' ? { ...row, state: 'due', dueAt: now, attempts: 0, lastError: null, fields: [] } : null;
  if (confirmed || ruleWantsPush(rule, lead.summary)) return newEntry(connectionId, lead.id, now, false);
  return null;
}

/**
 * Whether a worker may send this row now: due by time and not in flight. A live lease is in flight
 * whoever holds it, this worker's other lanes included; an expired one is a stopped worker's.
 */
export function claimable(row: OutboxEntry, now: number): boolean {
  return row.state === 'due' && row.dueAt <= now && !(row.lease && row.lease.until > now);
}

/**
 * A row claimed while it still carries a lease: the worker that leased it was stopped before it stored
 * the outcome, so whatever that attempt sent may have been stored since it was claimed (`leaseMs` before
 * the lease's end). The trail says so, and the next attempt looks for records made since then.
 */
export function takenOver(row: OutboxEntry, leaseMs: number): OutboxEntry {
  if (!row.lease) return row;
  const since = row.lease.until - leaseMs;
  const trail = row.trail ?? { ids: {}, done: [], version: 0 };
  const earlier = trail.uncertain?.[UNCERTAIN_ANY];
  return { ...row, trail: { ...trail, uncertain: { ...trail.uncertain, [UNCERTAIN_ANY]: Math.min(since, earlier ?? since) } } };
}

/** The hold of a connection, if one is stored. */
export type HoldOf = (connectionId: string) => ConnectionHold | undefined;
const NO_HOLDS: HoldOf = () => undefined;

/**
 * When a worker should look at the outbox again: the earliest due time (after its connection's hold) or
 * foreign lease expiry; null when nothing waits.
 */
export function nextWake(rows: readonly OutboxEntry[], now: number, holdOf: HoldOf = NO_HOLDS): number | null {
  let at: number | null = null;
  for (const row of rows) {
    if (row.state !== 'due') continue;
    const when = Math.max(dueUnderHold(row.dueAt, holdOf(row.connectionId), now), row.lease && row.lease.until > now ? row.lease.until : 0);
    at = at === null ? when : Math.min(at, when);
  }
  return at;
}

export interface AfterAttempt {
  /** The row to store; null when the CRM confirmed this version and the row goes. */
  row: OutboxEntry | null;
  confirmed: Confirmed | null;
  /** The whole connection waits until then (a spent day budget). */
  pauseConnectionUntil: number | null;
}

/**
 * What one attempt's outcome does to its row. `sentVersion` is the lead version that went out and
 * `currentVersion` the lead's version now: a lead changed while in flight stays due for its update.
 */
export function afterAttempt(row: OutboxEntry, outcome: PushOutcome, sentVersion: number, currentVersion: number | null, rateLimit: RateLimit | null, now: number, policy: BackoffPolicy, random: number): AfterAttempt {
  if (outcome.ok) {
    const confirmed: Confirmed = { remoteId: outcome.remoteId, recordUrl: outcome.recordUrl, version: sentVersion, sentAt: now, ...(outcome.ids ? { ids: outcome.ids } : {}) };
    const changed = currentVersion !== null && currentVersion !== sentVersion;
    const { trail: _done, ...rest } = row;
    return { row: changed ? { ...rest, dueAt: now, attempts: 0, lease: null, lastError: null, fields: [] } : null, confirmed, pauseConnectionUntil: null };
  }
  const action = failureAction(outcome.error);
  const fields = outcome.fields ?? [];
  if (outcome.trail) row = { ...row, trail: { ...outcome.trail, version: sentVersion } };
  if (action === 'needs-rep' || action === 'reauthenticate') {
    return { row: { ...row, state: 'attention', dueAt: NEVER, lease: null, lastError: outcome.error, fields, attempts: row.attempts + 1 }, confirmed: null, pauseConnectionUntil: null };
  }
  const attempts = row.attempts + 1;
  const plan = planRetry(attempts, outcome.error, rateLimit, now, policy, random);
  return { row: { ...row, dueAt: plan.retryAt, attempts, lease: null, lastError: outcome.error, fields }, confirmed: null, pauseConnectionUntil: plan.pauseConnectionUntil };
}

export type PushStateView =
  | { connectionId: string; state: 'not-sent' }
  | { connectionId: string; state: 'pending' }
  | { connectionId: string; state: 'sent'; remoteId: string; recordUrl: string | null; sentAt: number }
  | { connectionId: string; state: 'retrying'; nextAttemptAt: number; lastError: AppError | null }
  | { connectionId: string; state: 'attention'; error: AppError | null; fields: LeadField[] };

/**
 * The push state the popup and the lead list show for one lead and connection. A row of a held
 * connection is retrying even before its first attempt: it goes when the hold ends, and the hold's
 * reason is its last error until it has one of its own.
 */
export function pushState(connectionId: string, row: OutboxEntry | undefined, confirmed: Confirmed | undefined, hold?: ConnectionHold, now = 0): PushStateView {
  if (row?.state === 'attention') return { connectionId, state: 'attention', error: row.lastError, fields: row.fields };
  const held = isHeld(hold, now);
  if (row && (row.attempts > 0 || held)) return { connectionId, state: 'retrying', nextAttemptAt: dueUnderHold(row.dueAt, hold, now), lastError: row.lastError ?? (held ? hold.reason : null) };
  if (row) return { connectionId, state: 'pending' };
  if (confirmed) return { connectionId, state: 'sent', remoteId: confirmed.remoteId, recordUrl: confirmed.recordUrl, sentAt: confirmed.sentAt };
  return { connectionId, state: 'not-sent' };
}

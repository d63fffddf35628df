/**
 * When a durable job may run, and which one runs next: the pure part of the background's job runner
 * (background/jobs/runner.ts). A job is leased by the worker running it; a lease that outlives its
 * worker (stopped by the browser mid-chunk) expires and the job is taken over. Times are epoch ms.
 */
import type { AppError } from '../errors';

export const JOB_STATES = ['running', 'paused', 'cancelled', 'done', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface Lease {
  /** The worker holding it: a fresh id per worker start. */
  owner: string;
  until: number;
}

/** The fields of a stored job that scheduling reads. */
export interface Schedulable {
  id: string;
  state: JobState;
  lease: Lease | null;
  /** When a chunk of it last ran (or it was created): the least recent runs next, so jobs take turns. */
  lastRunAt: number;
  /** Chunks that failed in a row; reset by a chunk that commits. */
  failures: number;
  /** After a failure: not before this time. */
  retryAt: number | null;
}

/** How long a lease lasts unless renewed; every committed chunk renews it. */
export const LEASE_MS = 15_000;
/** A job whose chunk failed this many times in a row is failed, with the last error. */
export const MAX_FAILURES = 5;

export type FinishedState = Extract<JobState, 'cancelled' | 'done' | 'failed'>;

export function isFinished(state: JobState): state is FinishedState {
  return state === 'cancelled' || state === 'done' || state === 'failed';
}

export function leaseHeldByOther(lease: Lease | null, owner: string, now: number): boolean {
  return lease !== null && lease.owner !== owner && lease.until > now;
}

/** Whether `owner` may take the job now: it wants to run, nobody else's lease is live, and no retry is pending. */
export function claimable(job: Schedulable, owner: string, now: number): boolean {
  return job.state === 'running' && !leaseHeldByOther(job.lease, owner, now) && (job.retryAt ?? 0) <= now;
}

/** The job `owner` should run a chunk of next: the claimable one that ran least recently; null when none. */
export function nextJob<J extends Schedulable>(jobs: readonly J[], owner: string, now: number): J | null {
  let best: J | null = null;
  for (const job of jobs) {
    if (!claimable(job, owner, now)) continue;
    if (!best || job.lastRunAt < best.lastRunAt || (job.lastRunAt === best.lastRunAt && job.id < best.id)) best = job;
  }
  return best;
}

/**
 * When to look again if nothing is claimable now: the earliest moment a running job's foreign lease
 * expires or its retry is due; null when no job wants to run (no alarm needed).
 */
export function nextWake(jobs: readonly Schedulable[], owner: string, now: number): number | null {
  let at: number | null = null;
  for (const job of jobs) {
    if (job.state !== 'running') continue;
    const leaseEnd = leaseHeldByOther(job.lease, owner, now) ? job.lease!.until : now;
    const due = Math.max(leaseEnd, job.retryAt ?? now);
    at = at === null ? due : Math.min(at, due);
  }
  return at;
}

/** Waiting time before retry n (1-based): 2 s, 4 s, 8 s, … capped at 5 minutes. */
export function retryDelayMs(failures: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, failures - 1), 300_000);
}

export interface AfterFailure {
  state: JobState;
  failures: number;
  retryAt: number | null;
  error: AppError;
}

/** What a chunk's failure does to its job: retried later with backoff, or failed after too many in a row. */
export function afterFailure(job: Pick<Schedulable, 'state' | 'failures'>, error: AppError, now: number): AfterFailure {
  const failures = job.failures + 1;
  if (failures >= MAX_FAILURES) return { state: 'failed', failures, retryAt: null, error };
  return { state: job.state, failures, retryAt: now + retryDelayMs(failures), error };
}

/** Which state a pause, resume or cancel request leads to; null when the job is past it (finished). */
export function requestedState(current: JobState, request: 'pause' | 'resume' | 'cancel'): JobState | null {
  if (isFinished(current)) return null;
  if (request === 'cancel') return 'cancelled';
  return request === 'pause' ? 'paused' : 'running';
}

import { describe, expect, it } from 'vitest';
import { appError } from '../../../src/core/errors';
import { afterFailure, claimable, LEASE_MS, MAX_FAILURES, nextJob, nextWake, requestedState, retryDelayMs, type Schedulable } from '../../../src/core/jobs/schedule';

const NOW = 1_000_000;
const job = (over: Partial<Schedulable> = {}): Schedulable => ({ id: 'j', state: 'running', lease: null, lastRunAt: 0, failures: 0, retryAt: null, ...over });

describe('job scheduling', () => {
  it('lets a worker claim a running job without a live foreign lease or a pending retry', () => {
    expect(claimable(job(), 'me', NOW)).toBe(true);
    expect(claimable(job({ lease: { owner: 'me', until: NOW + 5 } }), 'me', NOW)).toBe(true);
    expect(claimable(job({ lease: { owner: 'dead', until: NOW + 5 } }), 'me', NOW)).toBe(false);
    // The lease of a worker that stopped expires, and the job is taken over.
    expect(claimable(job({ lease: { owner: 'dead', until: NOW } }), 'me', NOW)).toBe(true);
    expect(claimable(job({ retryAt: NOW + 1 }), 'me', NOW)).toBe(false);
    expect(claimable(job({ retryAt: NOW }), 'me', NOW)).toBe(true);
    for (const state of ['paused', 'cancelled', 'done', 'failed'] as const) expect(claimable(job({ state }), 'me', NOW)).toBe(false);
  });

  it('runs the job that ran least recently next, so jobs take turns', () => {
    const jobs = [job({ id: 'a', lastRunAt: 30 }), job({ id: 'b', lastRunAt: 10 }), job({ id: 'c', lastRunAt: 5, state: 'paused' }), job({ id: 'd', lastRunAt: 1, lease: { owner: 'x', until: NOW + 1 } })];
    expect(nextJob(jobs, 'me', NOW)?.id).toBe('b');
    expect(nextJob([job({ id: 'z', lastRunAt: 1 }), job({ id: 'y', lastRunAt: 1 })], 'me', NOW)?.id).toBe('y');
    expect(nextJob([job({ state: 'done' })], 'me', NOW)).toBeNull();
  });

  it('wakes at the earliest foreign lease expiry or retry, and not at all without running jobs', () => {
    expect(nextWake([job({ lease: { owner: 'dead', until: NOW + LEASE_MS } }), job({ id: 'b', retryAt: NOW + 4000 })], 'me', NOW)).toBe(NOW + 4000);
    expect(nextWake([job({ lease: { owner: 'dead', until: NOW + 3000 }, retryAt: NOW + 1000 })], 'me', NOW)).toBe(NOW + 3000);
    expect(nextWake([job()], 'me', NOW)).toBe(NOW);
    expect(nextWake([job({ state: 'paused' }), job({ state: 'done' })], 'me', NOW)).toBeNull();
    expect(nextWake([], 'me', NOW)).toBeNull();
  });

  it('retries a failed chunk with growing delays, then fails the job with the last error', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([2000, 4000, 8000, 16000]);
    expect(retryDelayMs(40)).toBe(300_000);
    const error = appError('storage-full');
    expect(afterFailure({ state: 'running', failures: 0 }, error, NOW)).toEqual({ state: 'running', failures: 1, retryAt: NOW + 2000, error });
    expect(afterFailure({ state: 'running', failures: MAX_FAILURES - 1 }, error, NOW)).toEqual({ state: 'failed', failures: MAX_FAILURES, retryAt: null, error });
  });

  it('turns pause, resume and cancel into states, and refuses them on finished jobs', () => {
    expect(requestedState('running', 'pause')).toBe('paused');
    expect(requestedState('paused', 'resume')).toBe('running');
    expect(requestedState('paused', 'cancel')).toBe('cancelled');
    expect(requestedState('running', 'resume')).toBe('running');
    for (const state of ['cancelled', 'done', 'failed'] as const) expect(requestedState(state, 'resume')).toBeNull();
  });
});

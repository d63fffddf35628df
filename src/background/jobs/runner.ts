/**
 * The durable job runner: the one place for long work that must survive a stopped worker and a
 * browser restart (re-scoring, imports, bulk research). Jobs are rows in IndexedDB; a worker leases
 * one, runs a chunk, and commits the chunk's writes together with the cursor's advance and the
 * renewed lease in ONE transaction, so a chunk is never done twice and never lost. Driven by the
 * worker's start-up and by an alarm (never by timers, which die with the worker); the alarm is set
 * past the lease of every chunk in flight, so a worker killed mid-chunk is replaced once the lease
 * expires. Scheduling decisions are pure (core/jobs/schedule.ts).
 */
import type { Table } from 'dexie';
import { appError, asAppError, Failure, type AppError } from '../../core/errors';
import { afterFailure, isFinished, LEASE_MS, nextJob, nextWake, requestedState } from '../../core/jobs/schedule';
import type { JobRow, LeadfillDb } from '../../shared/db/schema';
import type { JobView } from '../../shared/messages';
import { singleFlight } from './single-flight';
import { wakeAt, type AlarmsApi } from './wake-alarm';

export interface ChunkOutcome {
  /** Where the next chunk starts (plain data). */
  cursor: unknown;
  /** Items this chunk completed, and those it could not (counted, not retried). */
  done: number;
  failed?: number;
  /** The job's whole size, once the chunk knows it (usually the first). */
  total?: number;
  finished: boolean;
}

/** One kind of job: what a chunk is. Register it with the runner; start jobs of it by `kind`. */
export interface JobKind {
  kind: string;
  /** The tables `chunk` reads and writes; the runner adds the jobs table and spans them in one transaction. */
  tables(): readonly Table[];
  /**
   * Optional, before each chunk and outside any transaction: work that is not database work (a fetch).
   * It must not write; its result goes to `chunk`. It may run again for the same cursor after a crash.
   */
  prepare?(job: Readonly<JobRow>): Promise<unknown>;
  /** One chunk, inside the transaction: database work only (awaiting anything else would end the transaction). */
  chunk(job: Readonly<JobRow>, prepared: unknown): Promise<ChunkOutcome>;
  /** Optional, inside the transaction that ends the job (done, cancelled, failed): drop what only the job needed. */
  cleanup?(job: Readonly<JobRow>): Promise<void>;
  /** Lease per chunk when a chunk can take longer than the default (LEASE_MS). */
  leaseMs?: number;
}

export interface RunnerDeps {
  db: LeadfillDb;
  kinds: readonly JobKind[];
  /** This worker's id: a fresh one per start, so a dead worker's lease is never mistaken for ours. */
  owner: string;
  now(): number;
  newId(): string;
  alarms: AlarmsApi;
  /** After every committed change: the recent jobs, for the options page (storage.session). */
  announce(jobs: JobView[]): Promise<unknown> | void;
  log(what: string, err: unknown): void;
}

export const JOBS_ALARM = 'jobs';
/** Finished jobs are kept this long for the options page to show, then removed. */
const KEEP_FINISHED_MS = 7 * 86_400_000;
const ANNOUNCED = 20;

export function toView(job: JobRow): JobView {
  const { id, kind, state, progress, error, retryAt, createdAt, updatedAt } = job;
  return { id, kind, state, progress, error, retryAt, createdAt, updatedAt };
}

const sameCursor = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function createJobRunner(deps: RunnerDeps) {
  const { db, owner } = deps;
  const kinds = new Map(deps.kinds.map((k) => [k.kind, k]));
  const leaseMs = (job: JobRow) => kinds.get(job.kind)?.leaseMs ?? LEASE_MS;
  const tablesOf = (kind: JobKind | undefined) => [db.jobs, ...(kind?.tables() ?? []).filter((t) => t.name !== 'jobs')];

  async function publish(): Promise<void> {
    const recent = await db.jobs.orderBy('id').toArray();
    recent.sort((a, b) => b.updatedAt - a.updatedAt);
    await deps.announce(recent.slice(0, ANNOUNCED).map(toView));
  }

  /** Ends a job inside the caller's transaction, letting its kind clean up in the same commit. */
  async function end(job: JobRow, state: 'done' | 'cancelled' | 'failed', error: AppError | null): Promise<JobRow> {
    const ended: JobRow = { ...job, state, lease: null, retryAt: null, error: error ?? job.error, updatedAt: deps.now() };
    await kinds.get(job.kind)?.cleanup?.(ended);
    await db.jobs.put(ended);
    return ended;
  }

  async function claim(): Promise<JobRow | null> {
    return db.transaction('rw', db.jobs, async () => {
      const now = deps.now();
      const job = nextJob(await db.jobs.where('state').equals('running').toArray(), owner, now);
      if (!job) return null;
      const claimed: JobRow = { ...job, lease: { owner, until: now + leaseMs(job) }, lastRunAt: now };
      await db.jobs.put(claimed);
      return claimed;
    });
  }

  async function runChunk(job: JobRow): Promise<void> {
    const kind = kinds.get(job.kind);
    if (!kind) {
      await db.transaction('rw', db.jobs, () => end(job, 'failed', appError('job-unknown-kind', { kind: job.kind })));
      return;
    }
    // If this worker dies before the chunk commits, the alarm wakes the next one after the lease.
    await wakeAt(deps.alarms, JOBS_ALARM, job.lease!.until, deps.now());
    try {
      const prepared = kind.prepare ? await kind.prepare(job) : undefined;
      await db.transaction('rw', tablesOf(kind), async () => {
        const current = await db.jobs.get(job.id);
        // Fencing: only the lease holder, only from the cursor the chunk started at, only while the
        // job still wants to run. Anything else (paused, cancelled, taken over) drops this chunk.
        if (current?.state !== 'running' || current.lease?.owner !== owner || !sameCursor(current.cursor, job.cursor)) return;
        const outcome = await kind.chunk(current, prepared);
        const now = deps.now();
        const progress = {
          done: current.progress.done + outcome.done,
          failed: current.progress.failed + (outcome.failed ?? 0),
          total: outcome.total ?? current.progress.total,
        };
        const advanced: JobRow = { ...current, cursor: outcome.cursor, progress, failures: 0, retryAt: null, error: null, lease: { owner, until: now + leaseMs(current) }, updatedAt: now };
        if (outcome.finished) await end(advanced, 'done', null);
        else await db.jobs.put(advanced);
      });
    } catch (err) {
      deps.log(`job ${job.kind} ${job.id}`, err);
      await db.transaction('rw', tablesOf(kind), async () => {
        const current = await db.jobs.get(job.id);
        if (current?.state !== 'running' || current.lease?.owner !== owner) return;
        const next = afterFailure(current, asAppError(err), deps.now());
        if (next.state === 'failed') await end(current, 'failed', next.error);
        else await db.jobs.put({ ...current, ...next, lease: null, updatedAt: deps.now() });
      });
    }
  }

  /** With nothing to run now: the alarm for the next due job (a foreign lease, a retry), or none; old finished jobs go. */
  async function settle(): Promise<void> {
    const now = deps.now();
    const at = nextWake(await db.jobs.where('state').equals('running').toArray(), owner, now);
    await wakeAt(deps.alarms, JOBS_ALARM, at, now);
    await db.jobs.filter((j) => isFinished(j.state) && j.updatedAt < now - KEEP_FINISHED_MS).delete();
  }

  async function drain(): Promise<void> {
    for (;;) {
      const job = await claim();
      if (!job) {
        await settle();
        return;
      }
      await runChunk(job);
      await publish();
    }
  }

  /** Runs chunks until no job can run now. Called at worker start, by the alarm and after a start or resume. */
  const { wake, whenIdle } = singleFlight(drain, (err) => deps.log('jobs', err));

  async function change(id: string, request: 'pause' | 'resume' | 'cancel'): Promise<JobView> {
    const row = await db.jobs.get(id);
    if (!row) throw new Failure(appError('job-not-found'));
    const changed = await db.transaction('rw', tablesOf(kinds.get(row.kind)), async () => {
      const job = await db.jobs.get(id);
      if (!job) throw new Failure(appError('job-not-found'));
      if (isFinished(job.state)) throw new Failure(appError('job-finished', { state: job.state }));
      const state = requestedState(job.state, request);
      if (state === 'cancelled' || !state) return end(job, 'cancelled', null);
      const next: JobRow = { ...job, state, failures: 0, retryAt: null, updatedAt: deps.now() };
      await db.jobs.put(next);
      return next;
    });
    await publish();
    if (changed.state === 'running') void wake();
    return toView(changed);
  }

  return {
    /**
     * Stores a new job and starts running it. `replace`: jobs of the same kind still running or
     * paused are cancelled first (a re-scoring after another rules change starts over).
     */
    async start(kind: string, params: unknown, options: { replace?: boolean } = {}): Promise<JobView> {
      if (!kinds.has(kind)) throw new Failure(appError('job-unknown-kind', { kind }));
      const now = deps.now();
      const job: JobRow = {
        id: deps.newId(), kind, params, state: 'running', cursor: null, progress: { done: 0, failed: 0, total: null },
        lease: null, lastRunAt: now, failures: 0, retryAt: null, error: null, createdAt: now, updatedAt: now,
      };
      await db.transaction('rw', tablesOf(kinds.get(kind)), async () => {
        if (options.replace) {
          for (const old of await db.jobs.where('kind').equals(kind).toArray()) if (!isFinished(old.state)) await end(old, 'cancelled', null);
        }
        await db.jobs.add(job);
      });
      await publish();
      void wake();
      return toView(job);
    },
    pause: (id: string) => change(id, 'pause'),
    resume: (id: string) => change(id, 'resume'),
    cancel: (id: string) => change(id, 'cancel'),
    async get(id: string): Promise<JobView | undefined> {
      const job = await db.jobs.get(id);
      return job && toView(job);
    },
    async list(): Promise<JobView[]> {
      return (await db.jobs.toArray()).sort((a, b) => b.createdAt - a.createdAt).map(toView);
    },
    wake,
    /** Resolves when the runner has nothing left to do now (tests, and the bench). */
    whenIdle,
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;

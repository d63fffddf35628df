/**
 * The durable job runner over fake-indexeddb: chunks commit with their cursor, a runner killed
 * mid-chunk is replaced by a new one after its lease, and no chunk is ever done twice or skipped.
 */
import Dexie, { type EntityTable } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LEASE_MS, MAX_FAILURES } from '../../../src/core/jobs/schedule';
import { createJobRunner, JOBS_ALARM, type JobKind, type JobRunner } from '../../../src/background/jobs/runner';
import { LeadfillDb, SCHEMA_VERSIONS } from '../../../src/shared/db/schema';
import type { JobView } from '../../../src/shared/messages';
import { fakeAlarms } from '../background/fake-context';

const ITEMS = 1_000;
const CHUNK = 100;

/** The app's database plus the two tables of a test job: items to go through, and what was done with them. */
class TestDb extends LeadfillDb {
  items!: EntityTable<{ n: number }, 'n'>;
  processed!: EntityTable<{ seq?: number; n: number; by: string }, 'seq'>;
  constructor(name: string) {
    super(name);
    this.version(SCHEMA_VERSIONS.at(-1)!.version + 1).stores({ items: 'n', processed: '++seq, n' });
  }
}

const hang = () => new Promise<never>(() => {});

/**
 * Copies items into `processed`, CHUNK per chunk, in n order. `kill(owner, chunkIndex)` true: the
 * worker dies in the middle of that chunk, after its writes and before the commit (the transaction
 * is aborted, as the browser does with a stopped worker's, and the runner never hears back).
 */
function copyJob(db: TestDb, owner: string, kill: (chunk: number) => boolean = () => false, chunks = { n: 0 }): JobKind {
  return {
    kind: 'copy',
    tables: () => [db.items, db.processed],
    async chunk(job) {
      const after = typeof job.cursor === 'number' ? job.cursor : -1;
      const batch = await db.items.where('n').above(after).limit(CHUNK).toArray();
      await db.processed.bulkAdd(batch.map(({ n }) => ({ n, by: owner })));
      if (kill(chunks.n++)) {
        Dexie.currentTransaction!.abort();
        return hang();
      }
      return { cursor: batch.at(-1)?.n ?? after, done: batch.length, total: ITEMS, finished: batch.length < CHUNK };
    },
  };
}

const opened: Dexie[] = [];
async function freshDb(): Promise<TestDb> {
  const db = new TestDb(`runner-${Math.random()}`);
  opened.push(db);
  await db.items.bulkAdd(Array.from({ length: ITEMS }, (_, n) => ({ n })));
  return db;
}
/** A second connection to the same database: what a new worker opens. */
function reopen(db: TestDb): TestDb {
  const again = new TestDb(db.name);
  opened.push(again);
  return again;
}
afterEach(async () => {
  for (const db of opened.splice(0).reverse()) db.close();
});

function runner(db: TestDb, owner: string, kinds: JobKind[], clock = { now: 1_000_000 }) {
  const alarms = fakeAlarms();
  const announced: JobView[][] = [];
  let ids = 0;
  const r: JobRunner = createJobRunner({
    db, kinds, owner, now: () => clock.now, newId: () => `${owner}-job-${++ids}`, alarms: alarms.api,
    announce: (views) => void announced.push(views), log: () => {},
  });
  return { runner: r, alarms: alarms.set, announced, clock };
}

async function processedOnce(db: TestDb) {
  const rows = await db.processed.toArray();
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.n, (counts.get(r.n) ?? 0) + 1);
  return { rows, repeated: [...counts].filter(([, c]) => c > 1).map(([n]) => n), missing: Array.from({ length: ITEMS }, (_, n) => n).filter((n) => !counts.has(n)) };
}

describe('job runner', () => {
  it('runs a job chunk by chunk to the end, with progress, and clears its alarm when idle', async () => {
    const db = await freshDb();
    const { runner: r, alarms, announced } = runner(db, 'w1', [copyJob(db, 'w1')]);
    const started = await r.start('copy', { note: 'params are plain data' });
    expect(started).toMatchObject({ kind: 'copy', state: 'running', progress: { done: 0, failed: 0, total: null } });
    await r.whenIdle();
    expect(await r.get(started.id)).toMatchObject({ state: 'done', progress: { done: ITEMS, total: ITEMS }, error: null });
    const { repeated, missing } = await processedOnce(db);
    expect({ repeated, missing }).toEqual({ repeated: [], missing: [] });
    // Progress after each chunk: the options page sees it grow.
    const seen = announced.map((views) => views.find((v) => v.id === started.id)?.progress.done);
    expect(seen).toEqual(expect.arrayContaining([0, 100, 500, 1000]));
    expect(alarms.has(JOBS_ALARM)).toBe(false);
  });

  it('survives a worker killed mid-chunk: a new worker takes over after the lease, no chunk twice, none skipped', async () => {
    const db = await freshDb();
    const clock = { now: 1_000_000 };
    // Worker A dies in its fourth chunk, after writing it and before the commit.
    const a = runner(db, 'A', [copyJob(db, 'A', (chunk) => chunk === 3)], clock);
    const job = await a.runner.start('copy', null);
    await expect.poll(async () => (await db.jobs.get(job.id))?.progress.done).toBe(3 * CHUNK);
    await new Promise((r) => setTimeout(r, 50));
    // The dead worker left its alarm for after its lease.
    const leaseUntil = (await db.jobs.get(job.id))!.lease!.until;
    expect(a.alarms.get(JOBS_ALARM)).toBeGreaterThan(leaseUntil);

    // A new worker starts (the browser woke it for a message or the alarm) while the lease still runs:
    // it does not touch the job, and sets the alarm for when the lease expires.
    const dbB = reopen(db);
    const b = runner(dbB, 'B', [copyJob(dbB, 'B')], clock);
    clock.now += 1_000;
    await b.runner.wake();
    expect((await dbB.jobs.get(job.id))?.progress.done).toBe(3 * CHUNK);
    expect(b.alarms.get(JOBS_ALARM)).toBeGreaterThan(leaseUntil);

    // The alarm fires after the lease: B continues exactly where A's last commit left off.
    clock.now = leaseUntil + 1_001;
    await b.runner.wake();
    expect(await b.runner.get(job.id)).toMatchObject({ state: 'done', progress: { done: ITEMS, total: ITEMS } });
    const { rows, repeated, missing } = await processedOnce(dbB);
    expect({ repeated, missing }).toEqual({ repeated: [], missing: [] });
    expect(rows.filter((r) => r.by === 'A')).toHaveLength(3 * CHUNK);
    expect(rows.filter((r) => r.by === 'B').map((r) => r.n)[0]).toBe(3 * CHUNK);
  });

  it('drops the chunk of a worker that lost its lease while working, so the job is not done twice', async () => {
    const db = await freshDb();
    const clock = { now: 1_000_000 };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // A prepares its first chunk outside the transaction, slowly (as research fetches pages): its lease
    // runs out meanwhile. What it prepared belongs to the cursor it started from.
    const slow: JobKind = {
      kind: 'copy',
      tables: () => [db.items, db.processed],
      async prepare(job) {
        const batch = await db.items.where('n').above(typeof job.cursor === 'number' ? job.cursor : -1).limit(CHUNK).toArray();
        await gate;
        return batch;
      },
      async chunk(_job, prepared) {
        const batch = prepared as { n: number }[];
        await db.processed.bulkAdd(batch.map(({ n }) => ({ n, by: 'A' })));
        return { cursor: batch.at(-1)!.n, done: batch.length, finished: false };
      },
    };
    const a = runner(db, 'A', [slow], clock);
    const job = await a.runner.start('copy', null);
    const aDone = a.runner.whenIdle();
    await expect.poll(async () => (await db.jobs.get(job.id))?.lease?.owner).toBe('A');
    clock.now += LEASE_MS + 1;
    const dbB = reopen(db);
    const b = runner(dbB, 'B', [copyJob(dbB, 'B')], clock);
    await b.runner.wake();
    expect((await b.runner.get(job.id))?.state).toBe('done');
    release();
    await aDone;
    const { rows, repeated, missing } = await processedOnce(db);
    expect({ repeated, missing }).toEqual({ repeated: [], missing: [] });
    expect(rows.every((r) => r.by === 'B')).toBe(true);
  });

  it('pauses, resumes and cancels through requests; a finished job refuses them', async () => {
    const db = await freshDb();
    const clock = { now: 1_000_000 };
    let release!: () => void;
    let gate = new Promise<void>((r) => (release = r));
    const gated: JobKind = { ...copyJob(db, 'w'), prepare: () => gate };
    const { runner: r } = runner(db, 'w', [gated], clock);
    const job = await r.start('copy', null);
    await expect.poll(async () => (await db.jobs.get(job.id))?.lease).not.toBeNull();
    expect((await r.pause(job.id)).state).toBe('paused');
    release();
    await r.whenIdle();
    // The chunk in flight when the pause came is dropped, not half-counted.
    expect(await r.get(job.id)).toMatchObject({ state: 'paused', progress: { done: 0 } });
    expect(await db.processed.count()).toBe(0);
    gate = Promise.resolve();
    expect((await r.resume(job.id)).state).toBe('running');
    await r.whenIdle();
    expect((await r.get(job.id))?.state).toBe('done');
    await expect(r.cancel(job.id)).rejects.toMatchObject({ error: { code: 'job-finished', params: { state: 'done' } } });
    await expect(r.pause('nope')).rejects.toMatchObject({ error: { code: 'job-not-found' } });

    const second = await r.start('copy', null);
    expect((await r.cancel(second.id)).state).toBe('cancelled');
    await r.whenIdle();
    expect((await r.get(second.id))?.progress.done).toBeLessThan(ITEMS);
  });

  it('replaces a job of the same kind when asked to, cancelling the old one', async () => {
    const db = await freshDb();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { runner: r } = runner(db, 'w', [{ ...copyJob(db, 'w'), prepare: () => gate }]);
    const first = await r.start('copy', null);
    const second = await r.start('copy', null, { replace: true });
    release();
    await r.whenIdle();
    expect((await r.get(first.id))?.state).toBe('cancelled');
    expect((await r.get(second.id))?.state).toBe('done');
    const { repeated, missing } = await processedOnce(db);
    expect({ repeated, missing }).toEqual({ repeated: [], missing: [] });
  });

  it('retries a failing chunk later by alarm, and fails the job after too many failures in a row', async () => {
    const db = await freshDb();
    const clock = { now: 1_000_000 };
    let failuresLeft = 2;
    const flaky: JobKind = {
      ...copyJob(db, 'w'),
      async chunk(job, prepared) {
        if (failuresLeft-- > 0) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
        return copyJob(db, 'w').chunk(job, prepared);
      },
    };
    const { runner: r, alarms } = runner(db, 'w', [flaky], clock);
    const job = await r.start('copy', null);
    await r.whenIdle();
    expect(await r.get(job.id)).toMatchObject({ state: 'running', error: { code: 'storage-full' }, retryAt: clock.now + 2000 });
    expect(alarms.get(JOBS_ALARM)).toBe(clock.now + 3000);
    clock.now += 2000;
    await r.wake();
    expect(await r.get(job.id)).toMatchObject({ state: 'running', retryAt: clock.now + 4000 });
    clock.now += 4000;
    await r.wake();
    expect(await r.get(job.id)).toMatchObject({ state: 'done', error: null, progress: { done: ITEMS } });
    expect(await db.processed.count()).toBe(ITEMS);

    failuresLeft = Infinity;
    const doomed = await r.start('copy', null);
    for (let i = 0; i < MAX_FAILURES; i++) {
      await r.whenIdle();
      clock.now += 400_000;
      await r.wake();
    }
    expect(await r.get(doomed.id)).toMatchObject({ state: 'failed', error: { code: 'storage-full' } });
    expect(alarms.has(JOBS_ALARM)).toBe(false);
  });

  it('fails a stored job of a kind it does not know, and refuses to start one', async () => {
    const db = await freshDb();
    const old = runner(db, 'w', [copyJob(db, 'w', () => true)]);
    const job = await old.runner.start('copy', null);
    await expect.poll(async () => (await db.jobs.get(job.id))?.lease).not.toBeNull();
    const clock = { now: 1_000_000 + LEASE_MS + 5_000 };
    const newer = runner(reopen(db), 'v', [], clock);
    await newer.runner.wake();
    expect(await newer.runner.get(job.id)).toMatchObject({ state: 'failed', error: { code: 'job-unknown-kind', params: { kind: 'copy' } } });
    await expect(newer.runner.start('copy', null)).rejects.toMatchObject({ error: { code: 'job-unknown-kind' } });
  });

  it('lets the kind clean up in the commit that ends the job, whether done or cancelled', async () => {
    const db = await freshDb();
    const cleaned: string[] = [];
    const kind: JobKind = { ...copyJob(db, 'w'), cleanup: async (job) => { cleaned.push(`${job.id}:${job.state}`); await db.items.where('n').above(ITEMS - 2).delete(); } };
    const { runner: r } = runner(db, 'w', [kind]);
    const done = await r.start('copy', null);
    await r.whenIdle();
    const paused = await r.start('copy', null);
    await r.pause(paused.id);
    await r.cancel(paused.id);
    expect(cleaned).toEqual([`${done.id}:done`, `${paused.id}:cancelled`]);
    expect(await db.items.count()).toBe(ITEMS - 1);
  });
});

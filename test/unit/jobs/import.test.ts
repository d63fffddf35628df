/**
 * An import as a durable job over fake-indexeddb: the file handed over in pieces, refused at the start
 * when it cannot be imported, stored chunk by chunk with its cursor, finished by a new worker when the
 * first one dies mid-chunk (no row twice, none skipped), and the same rows imported again recognised.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { rulesOf } from '../../../src/background/context';
import { leadsHandlers } from '../../../src/background/handlers-leads';
import { IMPORT_LEASE_MS, importJob } from '../../../src/background/jobs/import';
import { createJobRunner, type JobKind } from '../../../src/background/jobs/runner';
import { createImportFiles } from '../../../src/background/repos/import-files.repo';
import { createLeadsRepo } from '../../../src/background/repos/leads.repo';
import { LeadfillDb } from '../../../src/shared/db/schema';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { fakeAlarms, fakeContext } from '../background/fake-context';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const MAPPING = ['companyName', 'phone', 'email', 'city'] as const;
const header = 'Firma;Telefon;E-Mail;Ort';
const rowsCsv = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `Werk ${from + i} GmbH;030 ${2_000_000 + from + i};info@werk-${from + i}.example;Berlin`);

/** The page's side: the file in pieces of `size` characters, then the start. */
async function startImport(handlers: ReturnType<typeof leadsHandlers>, text: string, size: number, upload = `u-${Math.random().toString(36).slice(2)}`) {
  const pieces = Math.max(1, Math.ceil(text.length / size));
  for (let i = 0; i < pieces; i++) await handlers['leads.importPiece']({ type: 'leads.importPiece', upload, index: i, text: text.slice(i * size, (i + 1) * size) });
  return handlers['leads.importStart']({ type: 'leads.importStart', upload, pieces, encoding: 'utf-8', mapping: [...MAPPING], batch: 'messe.csv', defaultCountry: 'DE' });
}

describe('an import as a durable job', () => {
  it('stores the rows of a file handed over in pieces, keeps bad rows aside with their row number, and says what it did', async () => {
    const f = fakeContext();
    cleanups.push(() => f.db.delete(), () => f.secretsDb.delete());
    const handlers = leadsHandlers(f.ctx);
    const text = `${header}\nMusterwerk GmbH;089 4711280;info@musterwerk.de;München\nKaputt AG;;kein-mail;Köln\n"Zeilen\nUmbruch KG";;;Berlin\n`;
    const job = await startImport(handlers, text, 17);
    expect(job).toMatchObject({ kind: 'import', state: 'running' });
    await f.ctx.jobs.whenIdle();
    expect(await f.ctx.jobs.get(job.id)).toMatchObject({ state: 'done', progress: { done: 2, failed: 1, total: 3 } });
    const r = await handlers['leads.importResult']({ type: 'leads.importResult', job: job.id });
    expect(r).toMatchObject({ batch: 'messe.csv', dataRows: 3, added: 2, known: 0, total: 2 });
    expect(r?.rejected).toEqual([expect.objectContaining({ row: 3, cells: ['Kaputt AG', '', 'kein-mail', 'Köln'] })]);
    expect(r?.rejected[0]?.errors[0]?.code).toBe('invalid-email');
    const stored = await f.ctx.leads.all();
    expect(stored.map((l) => l.fields.companyName?.value).sort()).toEqual(['Musterwerk GmbH', 'Zeilen\nUmbruch KG']);
    expect(stored[0]?.fields.companyName?.source).toMatchObject({ kind: 'imported', batch: 'messe.csv' });
    expect(stored.every((l) => l.summary && l.keys.length > 0 && l.id.startsWith('imp-'))).toBe(true);
    expect((await f.ctx.leads.query({ text: 'musterwerk' })).total).toBe(1);
    // The file's pieces went with the job; its result stays.
    expect(await f.db.importFiles.count()).toBe(0);
  });

  it('refuses a file that cannot be imported, or one whose pieces are not all there, before any job starts', async () => {
    const f = fakeContext();
    cleanups.push(() => f.db.delete(), () => f.secretsDb.delete());
    const handlers = leadsHandlers(f.ctx);
    const wide = `${Array.from({ length: 501 }, (_, i) => `Spalte ${i}`).join(';')}\nAcme\n`;
    await expect(startImport(handlers, wide, 1_000_000)).rejects.toMatchObject({ error: { code: 'import-too-many-columns', params: { count: 501, max: 500 } } });
    await expect(startImport(handlers, '', 1_000_000)).rejects.toMatchObject({ error: { code: 'import-empty-file' } });
    await handlers['leads.importPiece']({ type: 'leads.importPiece', upload: 'half', index: 0, text: `${header}\n` });
    await expect(handlers['leads.importStart']({ type: 'leads.importStart', upload: 'half', pieces: 2, encoding: 'utf-8', mapping: [...MAPPING], batch: 'x', defaultCountry: 'DE' }))
      .rejects.toMatchObject({ error: { code: 'import-file-gone' } });
    expect(await f.ctx.jobs.list()).toEqual([]);
    expect(await f.ctx.leads.count()).toBe(0);
  });

  it('recognises the same rows imported again (also inside a bigger file) instead of doubling them', async () => {
    const f = fakeContext();
    cleanups.push(() => f.db.delete(), () => f.secretsDb.delete());
    const handlers = leadsHandlers(f.ctx);
    const first = await startImport(handlers, [header, ...rowsCsv(30)].join('\n'), 500);
    await f.ctx.jobs.whenIdle();
    const second = await startImport(handlers, [header, ...rowsCsv(40)].join('\r\n'), 500);
    await f.ctx.jobs.whenIdle();
    expect(await handlers['leads.importResult']({ type: 'leads.importResult', job: first.id })).toMatchObject({ added: 30, known: 0 });
    expect(await handlers['leads.importResult']({ type: 'leads.importResult', job: second.id })).toMatchObject({ added: 10, known: 30, total: 40 });
    expect(await f.ctx.leads.count()).toBe(40);
  });

  it('is finished by a new worker when the first dies in the middle of a chunk: every row stored once', async () => {
    const ROWS = 23;
    const db = new LeadfillDb(`import-job-${Math.random()}`);
    cleanups.push(() => db.delete());
    const clock = { now: Date.UTC(2026, 10, 27) };
    const rules = async () => rulesOf(DEFAULT_SETTINGS);
    let chunks = 0;
    /** A worker: its own repository, file store, job kind (parsing the file anew) and runner. */
    const worker = (owner: string, dieInChunk: number | null) => {
      const leads = createLeadsRepo(db);
      const files = createImportFiles(db, () => clock.now);
      const kind = importJob({ db, leads, files, rules, chunkSize: 5 });
      const dying: JobKind = {
        ...kind,
        async chunk(job, prepared) {
          const outcome = await kind.chunk(job, prepared);
          // Dies after the chunk's writes, before its commit: the browser aborts a stopped worker's transaction.
          if (chunks++ === dieInChunk) {
            Dexie.currentTransaction!.abort();
            return new Promise<never>(() => {});
          }
          return outcome;
        },
      };
      const runner = createJobRunner({ db, kinds: [dying], owner, now: () => clock.now, newId: () => 'job-1', alarms: fakeAlarms().api, announce: () => {}, log: () => {} });
      const ctx = { ...fakeContext().ctx, leads, imports: files, jobs: runner, now: () => clock.now };
      return { runner, leads, handlers: leadsHandlers(ctx) };
    };

    const a = worker('worker-a', 2);
    const job = await startImport(a.handlers, [header, ...rowsCsv(ROWS)].join('\n'), 300);
    // Worker A stored two chunks, then died in its third; it never finishes.
    await expect.poll(async () => (await db.jobs.get(job.id))?.progress.done).toBe(10);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.leads.count()).toBe(10);

    clock.now += IMPORT_LEASE_MS + 1;
    const b = worker('worker-b', null);
    await b.runner.wake();
    await b.runner.whenIdle();
    expect(await db.jobs.get(job.id)).toMatchObject({ state: 'done', progress: { done: ROWS, failed: 0, total: ROWS } });
    expect(await db.leads.count()).toBe(ROWS);
    expect(await b.handlers['leads.importResult']({ type: 'leads.importResult', job: job.id })).toMatchObject({ added: ROWS, known: 0, total: ROWS });
    expect((await b.leads.query({ text: 'werk 22 gmbh' })).total).toBe(1);
  });

  it('maps each chunk when it comes to it, so writing starts before the whole file is read; rejected rows of every chunk reach the result across a stopped worker', async () => {
    const ROWS = 23;
    const BAD = new Set([2, 17]);
    const rows = rowsCsv(ROWS).map((line, i) => (BAD.has(i) ? line.replace(/info@[^;]+/, 'kein-mail') : line));
    const db = new LeadfillDb(`import-job-${Math.random()}`);
    cleanups.push(() => db.delete());
    const clock = { now: Date.UTC(2026, 10, 27) };
    const rules = async () => rulesOf(DEFAULT_SETTINGS);
    let chunks = 0;
    const worker = (owner: string, dieInChunk: number | null) => {
      const leads = createLeadsRepo(db);
      const files = createImportFiles(db, () => clock.now);
      const kind = importJob({ db, leads, files, rules, chunkSize: 5 });
      const dying: JobKind = {
        ...kind,
        async chunk(job, prepared) {
          const outcome = await kind.chunk(job, prepared);
          if (chunks++ === dieInChunk) {
            Dexie.currentTransaction!.abort();
            return new Promise<never>(() => {});
          }
          return outcome;
        },
      };
      const runner = createJobRunner({ db, kinds: [dying], owner, now: () => clock.now, newId: () => 'job-1', alarms: fakeAlarms().api, announce: () => {}, log: () => {} });
      const ctx = { ...fakeContext().ctx, leads, imports: files, jobs: runner, now: () => clock.now };
      return { runner, handlers: leadsHandlers(ctx) };
    };

    const a = worker('worker-a', 2);
    const job = await startImport(a.handlers, [header, ...rows].join('\n'), 300);
    await expect.poll(async () => (await db.jobs.get(job.id))?.progress.done).toBe(9);
    // Two chunks committed: only their records were mapped, so only the first bad row is counted yet.
    expect((await db.jobs.get(job.id))?.progress).toEqual({ done: 9, failed: 1, total: ROWS });

    clock.now += IMPORT_LEASE_MS + 1;
    const b = worker('worker-b', null);
    await b.runner.wake();
    await b.runner.whenIdle();
    expect(await db.jobs.get(job.id)).toMatchObject({ state: 'done', progress: { done: ROWS - 2, failed: 2, total: ROWS } });
    const result = await b.handlers['leads.importResult']({ type: 'leads.importResult', job: job.id });
    expect(result).toMatchObject({ dataRows: ROWS, added: ROWS - 2, known: 0 });
    // Spreadsheet rows: the header is row 1.
    expect(result?.rejected.map((r) => [r.row, r.errors[0]?.code])).toEqual([[4, 'invalid-email'], [19, 'invalid-email']]);
    expect(await db.leads.count()).toBe(ROWS - 2);
  });
});

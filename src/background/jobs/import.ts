/**
 * An import as a durable job (issues 11 and 13 item 2). The options page first hands the decoded
 * file to the background in pieces, which are stored (`importFiles`); the job then reads them, reads
 * the file's table once per worker life, and maps and stores its records a chunk per transaction,
 * the cursor advancing in the same transaction. The next chunk's records are mapped while this one
 * commits, so parsing overlaps writing. A stopped worker's successor reads the file again (the same
 * file gives the same leads in the same order) and goes on from the cursor: no row is stored twice
 * or skipped. Lead ids come from the rows' content (core/import/imported-id.ts), so importing the
 * same rows again finds them stored and counts them as known instead of doubling them.
 */
import { appError, Failure } from '../../core/errors';
import { isBlocking } from '../../core/import/file-issues';
import { importedId } from '../../core/import/imported-id';
import { openDecoded, type OpenedImport, type RejectedRow } from '../../core/import/import-file';
import type { Rules } from '../../core/lead/summary';
import type { ImportParams, LeadfillDb } from '../../shared/db/schema';
import type { ImportFiles } from '../repos/import-files.repo';
import { prepareImported, readyToStore, type ImportedChunk, type LeadsRepo } from '../repos/leads.repo';
import type { JobKind } from './runner';

export const IMPORT = 'import';
/** Leads per chunk: the floor's transaction size (issue 11), a few hundred milliseconds of writing. */
export const IMPORT_CHUNK = 5_000;
/** A worker's first chunk parses the whole file first (seconds at 100,000 rows): a longer lease than the runner's default. */
export const IMPORT_LEASE_MS = 30_000;

/** Where the job stands: the next record to map, and what the chunks so far did. Plain data. */
export interface ImportCursor {
  next: number;
  added: number;
  known: number;
  /** The records so far that could not become a lead, for the result (a usual file has few). */
  rejected: RejectedRow[];
}

export interface ImportJobDeps {
  db: LeadfillDb;
  leads: LeadsRepo;
  files: ImportFiles;
  rules(): Promise<Rules>;
  chunkSize?: number;
}

/** The stored file opened for the job (ids from the rows' content). */
export function openImport(text: string, params: ImportParams): OpenedImport {
  return openDecoded(
    { text, encoding: params.encoding },
    { at: params.at, batch: params.batch, mapping: params.mapping, defaultCountry: params.defaultCountry, newId: importedId },
  );
}

/** A chunk's records mapped: its leads with their summaries, the rejected records, where the next chunk starts. */
interface MappedChunk {
  /** The leads with their records and list rows, ready for the chunk's transaction. */
  ready: ImportedChunk;
  rejected: RejectedRow[];
  to: number;
}

const START: ImportCursor = { next: 0, added: 0, known: 0, rejected: [] };

export function importJob(deps: ImportJobDeps): JobKind {
  const size = deps.chunkSize ?? IMPORT_CHUNK;
  const { db } = deps;
  /** The opened file of the job this worker runs, and the next chunk mapped ahead while the last one commits. */
  let opened: { job: string; file: OpenedImport } | null = null;
  let ahead: { job: string; next: number; chunk: Promise<MappedChunk> } | null = null;

  async function open(id: string, params: ImportParams): Promise<OpenedImport> {
    if (opened?.job === id) return opened.file;
    opened = null;
    const text = await deps.files.text(params.upload, params.pieces);
    if (text === null) throw new Failure(appError('import-file-gone'));
    const file = openImport(text, params);
    const blocking = file.issues.find(isBlocking);
    if (blocking) throw new Failure(blocking);
    opened = { job: id, file };
    return file;
  }

  function mapChunk(file: OpenedImport, from: number, rules: Rules): MappedChunk {
    const to = Math.min(from + size, file.dataRows);
    const { leads, rejected } = file.rows(from, to);
    return { ready: readyToStore(leads.map((lead) => prepareImported(lead, rules))), rejected, to };
  }

  /** Maps the chunk at `from` once the event loop is free: while the chunk before it commits. */
  function mapLater(file: OpenedImport, from: number, rules: Rules): Promise<MappedChunk> {
    const chunk = new Promise<MappedChunk>((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(mapChunk(file, from, rules));
        } catch (err) {
          reject(err);
        }
      }, 0);
    });
    // Awaited by the next prepare, if this worker gets there; a failure surfaces there.
    chunk.catch(() => {});
    return chunk;
  }

  return {
    kind: IMPORT,
    tables: () => [...deps.leads.tables(), db.importFiles, db.importResults],
    leaseMs: IMPORT_LEASE_MS,
    // Outside the transaction: reading the file (once per worker) and mapping the chunk's records.
    async prepare(job) {
      const params = job.params as ImportParams;
      const file = await open(job.id, params);
      const cursor = (job.cursor as ImportCursor | null) ?? START;
      const rules = await deps.rules();
      const early: { job: string; next: number; chunk: Promise<MappedChunk> } | null = ahead;
      const chunk = early?.job === job.id && early.next === cursor.next ? await early.chunk : mapChunk(file, cursor.next, rules);
      ahead = null;
      return { chunk, file, rules };
    },
    async chunk(job, prepared) {
      const { chunk, file, rules } = prepared as { chunk: MappedChunk; file: OpenedImport; rules: Rules };
      const params = job.params as ImportParams;
      const cursor = (job.cursor as ImportCursor | null) ?? START;
      const storing = deps.leads.addImported(chunk.ready.leads, chunk.ready);
      // Only now, with this chunk's writes handed to the database, the next chunk is mapped: while the
      // database stores these. Mapped earlier, it held up the transaction before its first write.
      if (chunk.to < file.dataRows) ahead = { job: job.id, next: chunk.to, chunk: mapLater(file, chunk.to, rules) };
      const stored = await storing;
      const next: ImportCursor = {
        next: chunk.to,
        added: cursor.added + stored.added,
        known: cursor.known + stored.known,
        rejected: chunk.rejected.length ? [...cursor.rejected, ...chunk.rejected] : cursor.rejected,
      };
      const finished = next.next >= file.dataRows;
      if (finished) {
        await deps.files.finish({ job: job.id, batch: params.batch, at: params.at, dataRows: file.dataRows, added: next.added, known: next.known, rejected: next.rejected });
      }
      return { cursor: next, done: chunk.ready.leads.length, failed: chunk.rejected.length, total: file.dataRows, finished };
    },
    async cleanup(job) {
      await deps.files.drop((job.params as ImportParams).upload);
      if (opened?.job === job.id) opened = null;
      if (ahead?.job === job.id) ahead = null;
    },
  };
}

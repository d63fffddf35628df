/**
 * An import as a durable job (issues 11 and 13 item 2). The options page first hands the decoded
 * file to the background in pieces, which are stored (`importFiles`); the job then reads them,
 * parses the file once per worker life, and stores its leads a chunk per transaction, the cursor
 * advancing in the same transaction. A stopped worker's successor parses again (the same file gives
 * the same leads in the same order) and goes on from the cursor: no row is stored twice or skipped.
 * Lead ids come from the rows' content (core/import/imported-id.ts), so importing the same rows
 * again finds them stored and counts them as known instead of doubling them.
 */
import { appError, Failure } from '../../core/errors';
import { isBlocking } from '../../core/import/file-issues';
import { importedId } from '../../core/import/imported-id';
import { importDecoded, type ImportResult } from '../../core/import/import-file';
import type { Rules } from '../../core/lead/summary';
import type { Lead } from '../../core/lead/types';
import type { ImportParams, LeadfillDb } from '../../shared/db/schema';
import type { ImportFiles } from '../repos/import-files.repo';
import { prepareImported, type LeadsRepo } from '../repos/leads.repo';
import type { JobKind } from './runner';

export const IMPORT = 'import';
/** Leads per chunk: the floor's transaction size (issue 11), a few hundred milliseconds of writing. */
export const IMPORT_CHUNK = 5_000;
/** A worker's first chunk parses the whole file first (seconds at 100,000 rows): a longer lease than the runner's default. */
export const IMPORT_LEASE_MS = 30_000;

/** Where the job stands: the next lead to store, and what the chunks so far did. Plain data. */
export interface ImportCursor {
  next: number;
  added: number;
  known: number;
}

export interface ImportJobDeps {
  db: LeadfillDb;
  leads: LeadsRepo;
  files: ImportFiles;
  rules(): Promise<Rules>;
  chunkSize?: number;
}

/** The import of the stored file, as the job reads it (ids from the rows' content). */
export function parseImport(text: string, params: ImportParams): ImportResult {
  return importDecoded(
    { text, encoding: params.encoding },
    { at: params.at, batch: params.batch, mapping: params.mapping, defaultCountry: params.defaultCountry, newId: importedId },
  );
}

export function importJob(deps: ImportJobDeps): JobKind {
  const size = deps.chunkSize ?? IMPORT_CHUNK;
  const { db } = deps;
  /** The parsed file of the job this worker runs, and the next chunk prepared ahead while the last one commits. */
  let parsed: { job: string; result: ImportResult } | null = null;
  let ahead: { job: string; next: number; leads: Promise<Lead[]> } | null = null;

  async function parse(id: string, params: ImportParams): Promise<ImportResult> {
    if (parsed?.job === id) return parsed.result;
    parsed = null;
    const text = await deps.files.text(params.upload, params.pieces);
    if (text === null) throw new Failure(appError('import-file-gone'));
    const result = parseImport(text, params);
    const blocking = result.issues.find(isBlocking);
    if (blocking) throw new Failure(blocking);
    parsed = { job: id, result };
    return result;
  }

  const withSummaries = (leads: readonly Lead[], rules: Rules) => leads.map((lead) => prepareImported(lead, rules));

  return {
    kind: IMPORT,
    tables: () => [...deps.leads.tables(), db.importFiles, db.importResults],
    leaseMs: IMPORT_LEASE_MS,
    // Outside the transaction: parsing (once per worker) and deriving the chunk's summaries. The
    // next chunk's are derived meanwhile, while this one's transaction commits.
    async prepare(job) {
      const params = job.params as ImportParams;
      const result = await parse(job.id, params);
      const cursor = (job.cursor as ImportCursor | null) ?? { next: 0, added: 0, known: 0 };
      const rules = await deps.rules();
      const early: { job: string; next: number; leads: Promise<Lead[]> } | null = ahead;
      const leads = early?.job === job.id && early.next === cursor.next
        ? await early.leads
        : withSummaries(result.leads.slice(cursor.next, cursor.next + size), rules);
      const next = cursor.next + size;
      ahead = next < result.leads.length
        ? { job: job.id, next, leads: new Promise((resolve) => setTimeout(() => resolve(withSummaries(result.leads.slice(next, next + size), rules)), 0)) }
        : null;
      return { leads, result };
    },
    async chunk(job, prepared) {
      const { leads, result } = prepared as { leads: Lead[]; result: ImportResult };
      const params = job.params as ImportParams;
      const cursor = (job.cursor as ImportCursor | null) ?? { next: 0, added: 0, known: 0 };
      const stored = await deps.leads.addImported(leads);
      const next: ImportCursor = { next: cursor.next + leads.length, added: cursor.added + stored.added, known: cursor.known + stored.known };
      const finished = next.next >= result.leads.length;
      if (finished) {
        await deps.files.finish({ job: job.id, batch: params.batch, at: params.at, dataRows: result.dataRows, added: next.added, known: next.known, rejected: result.rejected });
      }
      return {
        cursor: next,
        done: leads.length,
        // The rows the file itself refused count once, with the first chunk.
        ...(job.cursor === null ? { failed: result.rejected.length, total: result.dataRows } : {}),
        finished,
      };
    },
    async cleanup(job) {
      await deps.files.drop((job.params as ImportParams).upload);
      if (parsed?.job === job.id) parsed = null;
      if (ahead?.job === job.id) ahead = null;
    },
  };
}

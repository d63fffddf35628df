/**
 * The files handed over for import, stored in pieces until their import job has read them, and what
 * each finished import did. The options page sends a file piece by piece (a runtime message carries
 * a few megabytes at most, and dies with a stopped worker); the job reads it from here.
 */
import type { ImportResultRow, LeadfillDb } from '../../shared/db/schema';

export function createImportFiles(db: LeadfillDb, now: () => number) {
  return {
    async putPiece(upload: string, index: number, text: string): Promise<void> {
      await db.importFiles.put({ upload, index, text, at: now() });
    },

    /** The file's text, its pieces joined; null when one is missing. */
    async text(upload: string, pieces: number): Promise<string | null> {
      const rows = await db.importFiles.where('[upload+index]').between([upload, 0], [upload, pieces], true, false).toArray();
      if (rows.length !== pieces) return null;
      return rows.map((r) => r.text).join('');
    },

    /** Inside the import job's last transaction. */
    async finish(row: ImportResultRow): Promise<void> {
      await db.importResults.put(row);
    },

    /** Inside the transaction that ends the import job: its file is no longer needed. */
    async drop(upload: string): Promise<void> {
      await db.importFiles.where('upload').equals(upload).delete();
    },

    result(job: string): Promise<ImportResultRow | undefined> {
      return db.importResults.get(job);
    },

    /** Pieces of files whose import never started (the page closed while handing it over), after a day. */
    async dropAbandoned(keep: ReadonlySet<string>): Promise<number> {
      const before = now() - 86_400_000;
      return db.importFiles.filter((r) => r.at < before && !keep.has(r.upload)).delete();
    },
  };
}

export type ImportFiles = ReturnType<typeof createImportFiles>;

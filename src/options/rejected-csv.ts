/**
 * The rows an import rejected, as a CSV the rep can fix and import again: row number and reasons
 * first, then the row's cells exactly as read (also when it has too many or too few), under the file's
 * own headers. Nothing of a rejected row is lost.
 */
import { FORMULA_CELL } from '../core/lead/csv-formula';
import Papa from 'papaparse';
import type { RejectedRow } from '../core/import/import-file';
import type { RowError } from '../core/import/map-row';

export interface RejectedCsvOptions {
  headers: readonly string[];
  /** Labels of the two leading columns, in the rep's language. */
  rowLabel: string;
  errorsLabel: string;
  /** The reasons in the rep's language. */
  describe: (error: RowError) => string;
  delimiter?: ';' | ',' | '\t';
}

export function rejectedRowsCsv(rejected: readonly RejectedRow[], options: RejectedCsvOptions): string {
  const width = Math.max(options.headers.length, ...rejected.map((r) => r.cells.length));
  const header = [options.rowLabel, options.errorsLabel, ...options.headers];
  while (header.length < width + 2) header.push('');
  const data = rejected.map((r) => [String(r.row), r.errors.map(options.describe).join(' | '), ...r.cells]);
  // Formula escaping as in the lead export: the cells come from a file and may be opened in Excel.
  const csv = Papa.unparse({ fields: header, data }, { delimiter: options.delimiter ?? ',', newline: '\r\n', escapeFormulae: FORMULA_CELL });
  return `\uFEFF${csv}`;
}

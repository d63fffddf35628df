/** The first records of a CSV file as raw cells, for the examples column of the mapping table. */
import Papa from 'papaparse';
import { decodeCsv } from '../core/lead/decode';
import { detectDelimiter } from '../core/lead/csv-import';

export function sampleRows(bytes: Uint8Array, rows = 3): string[][] {
  const { text } = decodeCsv(bytes);
  const records = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), preview: rows + 1, skipEmptyLines: true }).data;
  return records.slice(1);
}

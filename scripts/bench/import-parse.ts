/**
 * The import's own work in Node on the bench's 100,000-row CRM export: reading, mapping and building
 * leads (importFile, the code the background runs), beside its floor measured in the same run:
 * papaparse alone splitting the same text into cells.
 */
import Papa from 'papaparse';
import { decodeCsv } from '../../src/core/import/decode';
import { importFile } from '../../src/core/import/import-file';
import { crmCsv } from './crm-csv';
import { median } from './stats';

export interface ImportParseTimings {
  rows: number;
  importRowsPerSecond: number;
  papaRowsPerSecond: number;
}

export function timeImportParse(rows: number, runs: number): ImportParseTimings {
  const bytes = crmCsv(rows, 'https://bench.example');
  const importMs: number[] = [];
  const papaMs: number[] = [];
  for (let i = 0; i < Math.max(1, runs); i++) {
    let t = performance.now();
    const { text } = decodeCsv(bytes);
    Papa.parse<string[]>(text, { delimiter: ';' });
    papaMs.push(performance.now() - t);
    let n = 0;
    t = performance.now();
    const result = importFile(bytes, { at: 0, defaultCountry: 'DE', newId: () => String(n++) });
    importMs.push(performance.now() - t);
    if (result.leads.length + result.rejected.length !== rows) throw new Error(`bench import lost rows: ${result.leads.length} + ${result.rejected.length} of ${rows}`);
  }
  return { rows, importRowsPerSecond: rows / (median(importMs) / 1000), papaRowsPerSecond: rows / (median(papaMs) / 1000) };
}

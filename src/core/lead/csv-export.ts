/**
 * Leads to CSV for Excel and CRMs. Cells a spreadsheet would run as a formula are prefixed with ' so a
 * value read off a web page can never run as a formula in the rep's spreadsheet (CSV injection).
 */
import { FORMULA_CELL } from './csv-formula';
import Papa from 'papaparse';
import { EXTRA_LABELS, FIELD_LABELS, type Language } from './labels';
import { LEAD_FIELDS, type Lead, type LeadField } from './types';

export interface CsvExportOptions {
  language?: Language;
  /** ";" for German Excel, which reads "," files as one column; default ",". */
  delimiter?: ';' | ',';
  /** Columns and their order; default all fields. */
  fields?: readonly LeadField[];
  /** Append social profile URLs and people ("Name (Role)") as two more columns. */
  lists?: boolean;
  /** Start with a byte order mark so Excel reads UTF-8 (umlauts) correctly; default true. */
  bom?: boolean;
}

export function exportCsv(leads: readonly Lead[], options: CsvExportOptions = {}): string {
  const language = options.language ?? 'en';
  const fields = options.fields ?? LEAD_FIELDS;
  const header = fields.map((f) => FIELD_LABELS[language][f]);
  if (options.lists) header.push(EXTRA_LABELS[language].socials, EXTRA_LABELS[language].people);
  const data = leads.map((lead) => {
    const row = fields.map((f) => lead.fields[f]?.value ?? '');
    if (options.lists) {
      row.push(lead.socials.map((s) => s.value).join(' '), lead.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; '));
    }
    return row;
  });
  const csv = Papa.unparse({ fields: header, data }, { delimiter: options.delimiter ?? ',', newline: '\r\n', escapeFormulae: FORMULA_CELL });
  return (options.bom ?? true) ? `\uFEFF${csv}` : csv;
}

/**
 * Leads to CSV for Excel and CRMs. Cells a spreadsheet would run as a formula are prefixed with ' so a
 * value read off a web page can never run as a formula in the rep's spreadsheet (CSV injection).
 */
import { FORMULA_CELL } from './csv-formula';
import Papa from 'papaparse';
import { CHANNEL_LABELS, EXTRA_LABELS, FIELD_LABELS, STAGE_LABELS, type Language } from './labels';
import { LEAD_FIELDS, type Lead, type LeadField } from './types';

export interface CsvExportOptions {
  language?: Language;
  /** ";" for German Excel, which reads "," files as one column; default ",". */
  delimiter?: ';' | ',';
  /** Columns and their order; default all fields. */
  fields?: readonly LeadField[];
  /** Append social profile URLs and people ("Name (Role)") as two more columns. */
  lists?: boolean;
  /** Stage, score, need and next step as further columns; default: when all fields are exported. */
  sales?: boolean;
  /** Start with a byte order mark so Excel reads UTF-8 (umlauts) correctly; default true. */
  bom?: boolean;
}

/**
 * The CSV in pieces, for a file written page by page (export-file.ts): `head` once, then the `rows`
 * of each page, joined by line breaks.
 */
export function csvExporter(options: CsvExportOptions = {}): { head: string; rows(leads: readonly Lead[]): string } {
  const language = options.language ?? 'en';
  const fields = options.fields ?? LEAD_FIELDS;
  const extra = EXTRA_LABELS[language];
  const sales = options.sales ?? options.fields === undefined;
  const header = fields.map((f) => FIELD_LABELS[language][f]);
  if (sales) header.push(extra.stage, extra.score, extra.need, extra.nextStepDate, extra.nextStepChannel, extra.nextStepNote);
  if (options.lists) header.push(extra.socials, extra.people);
  const config = { delimiter: options.delimiter ?? ',', newline: '\r\n', escapeFormulae: FORMULA_CELL };
  const rowOf = (lead: Lead) => {
    const q = lead.qualification;
    // The stage as the list shows it (derived under the rep's profile when the lead was last written).
    const stage = lead.summary?.stage ?? q?.stage;
    const row = fields.map((f) => lead.fields[f]?.value ?? '');
    if (sales) {
      row.push(
        stage ? STAGE_LABELS[language][stage] : '',
        lead.summary ? String(lead.summary.score) : '',
        q?.need?.text ?? '',
        q?.nextStep?.date ?? '',
        q?.nextStep ? CHANNEL_LABELS[language][q.nextStep.channel] : '',
        q?.nextStep?.note ?? '',
      );
    }
    if (options.lists) {
      row.push(lead.socials.map((s) => s.value).join(' '), lead.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; '));
    }
    return row;
  };
  const head = Papa.unparse({ fields: header, data: [] }, config);
  return {
    head: (options.bom ?? true) ? `\uFEFF${head}` : head,
    rows: (leads) => Papa.unparse({ fields: header, data: leads.map(rowOf) }, { ...config, header: false }),
  };
}

/**
 * The report as CSV for marketing: every table's figures per group (raw numbers, in the rep's decimal
 * style, the delimiter German Excel reads), then the findings as sentences. Formula-like cells are
 * escaped as in the lead export.
 */
import Papa from 'papaparse';
import { FORMULA_CELL } from '../core/lead/csv-formula';
import type { Report } from '../core/report/report';
import { t } from '../shared/i18n';
import type { MeasureTable } from './measures';
import { columnTitle } from './Tables';

export interface ReportCsvOptions {
  delimiter: ';' | ',';
  locale: string;
}

export function reportCsv(report: Report, tables: readonly MeasureTable[], findings: readonly string[], options: ReportCsvOptions): string {
  const columns = report.groups.length > 1 ? [...report.groups, report.total] : report.groups;
  const number = new Intl.NumberFormat(options.locale, { useGrouping: false, maximumFractionDigits: 2 });
  const rows: string[][] = [];
  for (const table of tables) {
    for (const m of table.measures) {
      rows.push([t(table.title), m.label(), m.name, ...columns.map((g) => {
        const value = m.value(g);
        return value === null ? '' : number.format(value);
      })]);
    }
  }
  rows.push([]);
  for (const sentence of findings) rows.push([t('reportFindings'), sentence]);
  const header = [t('reportCsvTable'), t('reportMeasure'), t('reportCsvId'), ...columns.map((g) => columnTitle(report.by, g))];
  return `\uFEFF${Papa.unparse({ fields: header, data: rows }, { delimiter: options.delimiter, newline: '\r\n', escapeFormulae: FORMULA_CELL })}`;
}

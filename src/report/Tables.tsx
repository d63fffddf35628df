/** The measure tables: one column per group, side by side, and the total; every cell names its measure and group. */
import type { GroupFigures } from '../core/report/figures';
import type { GroupBy } from '../core/report/selection';
import type { Report } from '../core/report/report';
import { t } from '../shared/i18n';
import { groupLabel } from './findings-text';
import { cellText } from './format';
import type { MeasureTable } from './measures';

/** data-source of the total column. */
export const TOTAL_SOURCE = '*';

const sourceOf = (g: GroupFigures) => g.group ?? TOTAL_SOURCE;

export function columnTitle(by: GroupBy, g: GroupFigures): string {
  return g.group === null ? t('reportTotal') : groupLabel(by, g.group);
}

export function ReportTable({ table, report, locale, currency }: { table: MeasureTable; report: Report; locale: string; currency: string }) {
  const columns = report.groups.length > 1 ? [...report.groups, report.total] : report.groups;
  return (
    <section class="report-table" data-table={table.id}>
      <h2>{t(table.title)}</h2>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('reportMeasure')}</th>
              {columns.map((g) => <th scope="col" key={sourceOf(g)} data-source={sourceOf(g)}>{columnTitle(report.by, g)}</th>)}
            </tr>
          </thead>
          <tbody>
            {table.measures.map((m) => (
              <tr key={m.name}>
                <th scope="row">{m.label()}</th>
                {columns.map((g) => {
                  const value = m.value(g);
                  return (
                    <td key={sourceOf(g)} data-measure={m.name} data-source={sourceOf(g)} data-value={value === null ? '' : String(value)}>
                      {cellText(m, g, locale, currency)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

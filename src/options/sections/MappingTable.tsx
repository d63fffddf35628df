import type { ImportTarget } from '../../core/lead/csv-columns';
import { t } from '../../shared/i18n';
import { targetLabel } from '../labels';
import { IMPORT_TARGETS, isImportTarget, type MappingRow } from '../mapping-model';

interface Props {
  rows: readonly MappingRow[];
  onChange: (column: number, target: ImportTarget | null) => void;
}

export function MappingTable({ rows, onChange }: Props) {
  return (
    <table class="mapping" data-testid="mapping-table">
      <thead>
        <tr>
          <th>{t('optImportColumn')}</th>
          <th>{t('optImportExamples')}</th>
          <th>{t('optImportTarget')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.column} class={row.target ? undefined : 'ignored'}>
            <td>{row.header || <span class="muted">{t('optImportNoHeader', String(row.column + 1))}</span>}</td>
            <td class="examples">{row.examples.join(' · ')}</td>
            <td>
              <select aria-label={t('optImportTargetFor', row.header || String(row.column + 1))} data-column={row.column} value={row.target ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  onChange(row.column, isImportTarget(value) ? value : null);
                }}>
                <option value="">{t('optImportIgnore')}</option>
                {IMPORT_TARGETS.map((target) => (
                  <option key={target} value={target}>
                    {targetLabel(target)}{target === row.proposed ? ` (${t('optImportAuto')})` : ''}
                  </option>
                ))}
              </select>
              {row.target !== row.proposed && <span class="muted"> {t('optImportChanged')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { ImportTarget } from '../../core/import/targets';
import { t } from '../../shared/i18n';
import { ignoredLabel, targetLabel } from '../labels';
import { IMPORT_TARGETS, isImportTarget, type MappingRow } from '../mapping-model';

interface Props {
  rows: readonly MappingRow[];
  onChange: (column: number, target: ImportTarget | null) => void;
}

/** What the recognition says of a column: guessed, an alternative, or why it is left out. */
function recognition(row: MappingRow): string {
  if (row.target !== row.proposed) return t('optImportChanged');
  if (row.guessed) return t('optImportGuessed');
  if (row.alternative) return t('optImportAlternative');
  if (row.ignored) return ignoredLabel(row.ignored);
  return '';
}

export function MappingTable({ rows, onChange }: Props) {
  return (
    <table class="mapping" data-testid="mapping-table">
      <thead>
        <tr>
          <th>{t('optImportColumn')}</th>
          <th>{t('optImportExamples')}</th>
          <th>{t('optImportTarget')}</th>
          <th>{t('optImportRecognition')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.column} class={row.target ? (row.guessed ? 'guessed' : undefined) : 'ignored'} data-guessed={row.guessed ? 'true' : undefined}>
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
            </td>
            <td class="muted" data-role="recognition">{recognition(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

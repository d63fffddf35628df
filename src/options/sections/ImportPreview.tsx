import type { PreviewRow } from '../../core/lead/csv-import';
import { t } from '../../shared/i18n';
import { fieldLabel, importErrorText } from '../labels';
import { previewColumns } from '../mapping-model';

/** The first rows as they would be imported under the current mapping. */
export function ImportPreview({ rows }: { rows: readonly PreviewRow[] }) {
  const columns = previewColumns(rows);
  return (
    <div class="scroll">
      <table class="preview" data-testid="import-preview">
        <thead>
          <tr>
            <th class="num">{t('optImportRow')}</th>
            {columns.map((f) => <th key={f}>{fieldLabel(f)}</th>)}
            <th>{t('optImportCheck')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} class={row.errors.length ? 'rejected' : undefined}>
              <td class="num">{row.row}</td>
              {columns.map((f) => <td key={f}>{row.values[f] ?? ''}</td>)}
              <td>{row.errors.length ? row.errors.map(importErrorText).join('; ') : '✓'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { PreviewRow } from '../../core/import/import-file';
import { t, uiLocale } from '../../shared/i18n';
import { fieldLabel } from '../../shared/labels';
import { countryName } from '../import-country';
import { importErrorText } from '../labels';
import { previewColumns } from '../mapping-model';

/** The first rows as they would be imported under the current mapping, with the country each row's numbers are read in. */
export function ImportPreview({ rows, defaultCountry }: { rows: readonly PreviewRow[]; defaultCountry: string }) {
  const columns = previewColumns(rows);
  const locale = uiLocale();
  return (
    <div class="scroll">
      <table class="preview" data-testid="import-preview">
        <thead>
          <tr>
            <th class="num">{t('optImportRow')}</th>
            {columns.map((f) => <th key={f}>{fieldLabel(f)}</th>)}
            <th>{t('optImportCountry')}</th>
            <th>{t('optImportCheck')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} class={row.errors.length ? 'rejected' : undefined}>
              <td class="num">{row.row}</td>
              {columns.map((f) => <td key={f}>{row.values[f] ?? ''}</td>)}
              <td data-role="country">
                {row.countryFrom === 'default' ? t('optImportCountryDefault', countryName(defaultCountry, locale)) : countryName(row.country, locale)}
              </td>
              <td>
                {row.errors.length ? row.errors.map(importErrorText).join('; ') : '✓'}
                {row.alternatives.length > 0 && <span class="muted"> · {t('optImportAlternatives', String(row.alternatives.length))}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { RejectedRow } from '../../core/import/import-file';
import { t, uiLocale } from '../../shared/i18n';
import { formatNumber } from '../../shared/format';
import { importErrorText } from '../labels';

const SHOWN = 200;

/** Rows the import could not take, with why and their cells as read; the full list is downloadable. */
export function RejectedRows({ rows, onDownload }: { rows: readonly RejectedRow[]; onDownload: () => void }) {
  const locale = uiLocale();
  return (
    <section class="rejected-rows" data-testid="rejected-rows" aria-label={t('optRejectedTitle')}>
      <h3>{t('optRejectedTitle')} ({formatNumber(rows.length, locale)})</h3>
      <p>
        {t('optRejectedHint')}{' '}
        <button type="button" data-action="download-rejected" onClick={onDownload}>{t('optRejectedDownload')}</button>
      </p>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th class="num">{t('optImportRow')}</th>
              <th>{t('optRejectedReason')}</th>
              <th>{t('optRejectedCells')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((r) => (
              <tr key={r.row}>
                <td class="num">{formatNumber(r.row, locale)}</td>
                <td>{r.errors.map(importErrorText).join('; ')}</td>
                <td class="cells">{r.cells.map((c, i) => <span key={i} class="cell">{c}</span>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN && <p class="muted">{t('optRejectedMore', formatNumber(rows.length - SHOWN, locale))}</p>}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { t, uiLocale } from '../../shared/i18n';
import { csvFile, vcardFile } from '../../core/lead/export-file';
import { db } from '../../shared/db/db';
import { leadPages } from '../../shared/db/lead-pages';
import { saveBlob } from '../../shared/download';
import { downloadName, MIME } from '../../shared/download-name';
import { exportDefaults, formatNumber } from '../../shared/format';
import { useAction } from '../use-action';

interface Props {
  /** The ids to export; undefined exports every lead. */
  resolveIds: () => Promise<string[] | undefined>;
  count: number;
  onClose: () => void;
}

export function ExportPanel({ resolveIds, count, onClose }: Props) {
  const defaults = exportDefaults(uiLocale());
  const [format, setFormat] = useState<'csv' | 'vcf'>('csv');
  const [language, setLanguage] = useState(defaults.language);
  const [delimiter, setDelimiter] = useState(defaults.delimiter);
  const [lists, setLists] = useState(true);
  const [done, setDone] = useState<number | null>(null);
  const [written, setWritten] = useState<number | null>(null);
  const { busy, error, run } = useAction();

  const exportNow = () => run(async () => {
    setDone(null);
    const ids = await resolveIds();
    // Read here, page by page, not sent by the background: a big list exceeds a message's size.
    const writing = { type: MIME[format], onProgress: setWritten };
    const pages = leadPages(db, ids);
    const file = format === 'csv' ? await csvFile(pages, { language, delimiter, lists }, writing) : await vcardFile(pages, writing);
    saveBlob(file.blob, downloadName('leads', format, new Date()));
    setWritten(null);
    setDone(file.count);
  });

  return (
    <section class="panel export" data-testid="export-panel" aria-label={t('optExportTitle')}>
      <h3>{t('optExportTitle')} <span class="muted">({t('optLeadCount', formatNumber(count, uiLocale()))})</span></h3>
      <fieldset>
        <legend>{t('optExportFormat')}</legend>
        <label class="check"><input type="radio" name="format" checked={format === 'csv'} onChange={() => setFormat('csv')} /> CSV</label>
        <label class="check"><input type="radio" name="format" checked={format === 'vcf'} onChange={() => setFormat('vcf')} /> vCard (.vcf)</label>
      </fieldset>
      {format === 'csv' && (
        <div class="row">
          <label>
            {t('optExportLanguage')}
            <select name="language" value={language} onChange={(e) => setLanguage(e.currentTarget.value === 'de' ? 'de' : 'en')}>
              <option value="de">Deutsch</option>
              <option value="en">English</option>
            </select>
          </label>
          <label>
            {t('optExportDelimiter')}
            <select name="delimiter" value={delimiter} onChange={(e) => setDelimiter(e.currentTarget.value === ';' ? ';' : ',')}>
              <option value=";">{t('optDelimiterSemicolon')}</option>
              <option value=",">{t('optDelimiterComma')}</option>
            </select>
          </label>
          <label class="check"><input type="checkbox" checked={lists} onChange={(e) => setLists(e.currentTarget.checked)} /> {t('optExportLists')}</label>
        </div>
      )}
      <div class="row">
        <button type="button" data-action="export" disabled={busy || count === 0} onClick={exportNow}>{busy ? t('optExporting') : t('optExportNow')}</button>
        {busy && written !== null && <span class="muted" role="status" data-testid="export-progress">{formatNumber(written, uiLocale())} / {formatNumber(count, uiLocale())}</span>}
        <button type="button" class="secondary" onClick={onClose}>{t('optClose')}</button>
        {done !== null && <span class="ok" role="status">{t('optExported', formatNumber(done, uiLocale()))}</span>}
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { t, uiLocale } from '../../shared/i18n';
import { send } from '../../shared/send';
import { dataFile } from '../../core/lead/export-file';
import { db } from '../../shared/db/db';
import { leadPages } from '../../shared/db/lead-pages';
import { saveBlob } from '../../shared/download';
import { downloadName, MIME } from '../../shared/download-name';
import { formatNumber } from '../../shared/format';
import { useAction } from '../use-action';

export function PrivacySection({ hidden, onDeleted }: { hidden: boolean; onDeleted: () => void }) {
  const [typed, setTyped] = useState('');
  const [deleted, setDeleted] = useState<number | null>(null);
  const exporting = useAction();
  const deleting = useAction();
  const word = t('optDeleteWord');

  const exportAll = () => exporting.run(async () => {
    // Written here from the database, page by page: everything at once exceeds a message's size.
    const { settings } = await send({ type: 'settings.get' });
    const file = await dataFile(leadPages(db), Date.now(), { settings }, { type: MIME.json });
    saveBlob(file.blob, downloadName('data', 'json', new Date()));
  });
  const deleteAll = () => deleting.run(async () => {
    const r = await send({ type: 'data.deleteAll' });
    setDeleted(r.deleted);
    setTyped('');
    onDeleted();
  });

  return (
    <section hidden={hidden} data-section="privacy">
      <h2>{t('optNavPrivacy')}</h2>
      <p data-testid="privacy-text">{t('optPrivacyText')}</p>
      <section class="card">
        <h3>{t('optExportAllTitle')}</h3>
        <p class="muted">{t('optExportAllIntro')}</p>
        <button type="button" data-action="export-all" disabled={exporting.busy} onClick={exportAll}>{t('optExportAll')}</button>
        {exporting.error && <p class="error" role="alert">{exporting.error}</p>}
      </section>
      <section class="card danger-zone">
        <h3>{t('optDeleteAllTitle')}</h3>
        <p>{t('optDeleteAllIntro', word)}</p>
        <div class="row">
          <input type="text" name="confirm-delete" aria-label={t('optDeleteAllConfirmLabel', word)} value={typed} autocomplete="off"
            onInput={(e) => setTyped(e.currentTarget.value)} />
          <button type="button" class="danger" data-action="delete-all" disabled={deleting.busy || typed.trim() !== word} onClick={deleteAll}>{t('optDeleteAll')}</button>
        </div>
        {deleted !== null && <p class="ok" role="status">{t('optDeletedAll', formatNumber(deleted, uiLocale()))}</p>}
        {deleting.error && <p class="error" role="alert">{deleting.error}</p>}
      </section>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { t, uiLocale } from '../../shared/i18n';
import { send } from '../../shared/send';
import { formatNumber } from '../../shared/format';
import { useAction } from '../use-action';

interface Props {
  count: number;
  resolveIds: () => Promise<string[]>;
  onDone: (deleted: string[]) => void;
  onCancel: () => void;
}

/** Deletes the selected leads one request each, with progress: the protocol has no bulk delete. */
export function BulkDelete({ count, resolveIds, onDone, onCancel }: Props) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const { busy, error, run } = useAction();
  const locale = uiLocale();

  const remove = () => run(async () => {
    const ids = await resolveIds();
    const deleted: string[] = [];
    setProgress({ done: 0, total: ids.length });
    try {
      for (const leadId of ids) {
        await send({ type: 'lead.delete', leadId });
        deleted.push(leadId);
        setProgress({ done: deleted.length, total: ids.length });
      }
    } finally {
      if (deleted.length) onDone(deleted);
    }
  });

  return (
    <section class="panel confirm" data-testid="bulk-delete" role="alertdialog" aria-label={t('optDeleteSelected')}>
      <p>{t('optDeleteSelectedConfirm', formatNumber(count, locale))}</p>
      {progress && <progress max={progress.total} value={progress.done} />}
      <div class="row">
        <button type="button" class="danger" data-action="confirm-bulk-delete" disabled={busy} onClick={remove}>{t('optDeleteYes')}</button>
        <button type="button" class="secondary" disabled={busy} onClick={onCancel}>{t('optCancel')}</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}

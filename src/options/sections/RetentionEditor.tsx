import { useEffect, useState } from 'preact/hooks';
import { t, uiLocale } from '../../shared/i18n';
import type { Responses } from '../../shared/messages';
import { send } from '../../shared/send';
import type { Settings } from '../../shared/settings';
import { formatNumber } from '../../shared/format';
import { issuesByPath, parseWhole } from '../rules-model';
import { checkSettings, issuesUnder, type SavePart } from '../settings-model';
import { useAction } from '../use-action';
import { FieldErrors } from './FieldErrors';

export function RetentionEditor({ settings, save }: { settings: Settings; save: SavePart }) {
  const [months, setMonths] = useState(String(settings.retention.staleAfterMonths));
  const [grace, setGrace] = useState(String(settings.retention.graceDays));
  const [saved, setSaved] = useState(false);
  const [review, setReview] = useState<Responses['retention.review'] | null>(null);
  const { busy, error, run } = useAction();
  const locale = uiLocale();
  useEffect(() => {
    setMonths(String(settings.retention.staleAfterMonths));
    setGrace(String(settings.retention.graceDays));
  }, [settings.retention.staleAfterMonths, settings.retention.graceDays]);

  const retention = { staleAfterMonths: parseWhole(months), graceDays: parseWhole(grace) };
  const check = checkSettings({ ...settings, retention });
  const issues = issuesByPath(check.ok ? [] : issuesUnder(check.issues, 'retention'));

  return (
    <section class="card" data-testid="retention-editor">
      <h3>{t('optRetentionTitle')}</h3>
      <p class="muted">{t('optRetentionIntro')}</p>
      <div class="row">
        <label>
          {t('optRetentionMonths')}
          <input type="number" name="staleAfterMonths" class="narrow" min={1} max={120} step={1} value={months} onInput={(e) => { setSaved(false); setMonths(e.currentTarget.value); }} />
          <FieldErrors issues={issues} path="staleAfterMonths" />
        </label>
        <label>
          {t('optRetentionGrace')}
          <input type="number" name="graceDays" class="narrow" min={0} max={365} step={1} value={grace} onInput={(e) => { setSaved(false); setGrace(e.currentTarget.value); }} />
          <FieldErrors issues={issues} path="graceDays" />
        </label>
      </div>
      <div class="row">
        <button type="button" data-action="save-retention" disabled={busy || !check.ok} onClick={() => run(async () => { await save({ retention }); setSaved(true); })}>{t('optSave')}</button>
        {saved && <span class="ok" role="status">{t('optSaved')}</span>}
        <button type="button" class="secondary" data-action="review-retention" disabled={busy} onClick={() => run(async () => setReview(await send({ type: 'retention.review' })))}>
          {t('optRetentionReview')}
        </button>
      </div>
      {review && (
        <p class="ok" role="status" data-testid="retention-result">
          {t('optRetentionResult', [formatNumber(review.flagged, locale), formatNumber(review.deleted, locale), formatNumber(review.unflagged, locale)])}
        </p>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}

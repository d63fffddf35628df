import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LEAD_FIELDS } from '../../core/lead/types';
import { failureText, t, uiLocale } from '../../shared/i18n';
import type { LeadView } from '../../shared/messages';
import { send } from '../../shared/send';
import { formatNumber, formatPercent } from '../../shared/format';
import { fieldLabel, ruleLabel, stageLabel } from '../../shared/labels';
import { useAction } from '../use-action';
import { Provenance } from './Provenance';

interface Props {
  leadId: string;
  onClose: () => void;
  onDeleted: (id: string) => void;
}

export function LeadDetails({ leadId, onClose, onDeleted }: Props) {
  const [view, setView] = useState<LeadView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();
  const locale = uiLocale();

  useEffect(() => {
    let current = true;
    setView(null);
    setLoadError(null);
    setConfirming(false);
    send({ type: 'lead.get', leadId })
      .then((v) => current && setView(v))
      .catch((err: unknown) => current && setLoadError(failureText(err)));
    return () => { current = false; };
  }, [leadId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [onClose]);

  const remove = () => run(async () => {
    await send({ type: 'lead.delete', leadId });
    onDeleted(leadId);
  });

  const lead = view?.lead;
  const filled = lead ? LEAD_FIELDS.filter((f) => lead.fields[f]?.value) : [];
  return (
    <aside class="details" data-testid="lead-details" aria-label={t('optDetailsTitle')}>
      <header>
        <h2>{lead?.fields.companyName?.value || t('optDetailsTitle')}</h2>
        <button type="button" class="plain" onClick={onClose} aria-label={t('optClose')}>×</button>
      </header>
      {loadError && <p class="error" role="alert">{loadError}</p>}
      {!view && !loadError && <p class="muted">{t('optLoading')}</p>}
      {view && lead && (
        <>
          <dl class="summary">
            <dt>{t('optColStage')}</dt>
            <dd data-testid="detail-stage">
              {stageLabel(view.stage)}
              {view.supportedStage !== view.stage && <span class="muted"> ({t('optSupportedStage', stageLabel(view.supportedStage))})</span>}
            </dd>
            <dt>{t('optColCompleteness')}</dt>
            <dd>
              {formatPercent(view.completeness.percent, locale)}
              {view.completeness.missingFields.length > 0 && (
                <span class="muted"> · {t('optMissing', view.completeness.missingFields.map(fieldLabel).join(', '))}</span>
              )}
            </dd>
            <dt>{t('optColScore')}</dt>
            <dd>{t('optScoreOf', [formatNumber(view.score.total, locale), formatNumber(view.score.threshold, locale)])}{view.score.ready && <span class="badge ready">{t('optReady')}</span>}</dd>
          </dl>
          <h3>{t('optScoreBreakdown')}</h3>
          <ul class="breakdown">
            {view.score.breakdown.map((line) => (
              <li key={line.ruleId} class={line.met ? 'met' : 'unmet'}>
                <span aria-hidden="true">{line.met ? '✓' : '○'}</span> {ruleLabel(line.ruleId, line.label)}
                <span class="points">{line.met ? '+' : ''}{formatNumber(line.met ? line.points : 0, locale)} / {formatNumber(line.points, locale)}</span>
              </li>
            ))}
          </ul>
          <h3>{t('optFields')}</h3>
          <dl class="fields">
            {filled.map((f) => {
              const value = lead.fields[f];
              return value ? (
                <Fragment key={f}>
                  <dt>{fieldLabel(f)}</dt>
                  <dd data-field={f}><span class="value">{value.value}</span> <Provenance source={value.source} /></dd>
                </Fragment>
              ) : null;
            })}
          </dl>
          {lead.people.length > 0 && (
            <>
              <h3>{t('optPeople')}</h3>
              <ul class="people">
                {lead.people.map((p, i) => <li key={i}>{p.name}{p.role && <span class="muted"> · {p.role}</span>} <Provenance source={p.source} /></li>)}
              </ul>
            </>
          )}
          {lead.socials.length > 0 && (
            <>
              <h3>{t('optSocials')}</h3>
              <ul>{lead.socials.map((s, i) => <li key={i}>{s.value} <Provenance source={s.source} /></li>)}</ul>
            </>
          )}
          <footer>
            {!confirming && <button type="button" class="danger" data-action="delete-lead" onClick={() => setConfirming(true)}>{t('optDeleteLead')}</button>}
            {confirming && (
              <p class="confirm" role="alert">
                {t('optDeleteLeadConfirm')}{' '}
                <button type="button" class="danger" data-action="confirm-delete" disabled={busy} onClick={remove}>{t('optDeleteYes')}</button>{' '}
                <button type="button" class="secondary" onClick={() => setConfirming(false)}>{t('optCancel')}</button>
              </p>
            )}
            {error && <p class="error" role="alert">{error}</p>}
          </footer>
        </>
      )}
    </aside>
  );
}

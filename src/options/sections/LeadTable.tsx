import type { LeadRow } from '../../shared/messages';
import type { PushStateView } from '../../core/crm/outbox-rules';
import { messages, t, uiLocale } from '../../shared/i18n';
import { pushStateText } from '../../shared/push-state-text';
import type { PushStates } from '../push-states';
import { formatDate, formatNumber, formatPercent } from '../../shared/format';
import { stageLabel } from '../../shared/labels';
import { isSelected, pageState, type Selection } from '../selection';

interface Props {
  rows: readonly LeadRow[];
  selection: Selection;
  openId: string | null;
  onToggle: (id: string) => void;
  onTogglePage: () => void;
  onOpen: (id: string) => void;
  /** Push states per lead and connection; the CRM column shows only when a CRM is connected. */
  push?: PushStates | null;
}

/** One connection's state of one lead: a word, the full sentence as its hint, the record's link when sent. */
function PushBadge({ s, label }: { s: PushStateView; label: string | null }) {
  const text = pushStateText(s, messages);
  const hint = label ? `${label}: ${text.full}` : text.full;
  return (
    <span class={`push-state ${s.state}`} data-testid="push-state" data-state={s.state} data-connection={s.connectionId} title={hint}>
      {text.short}
      {text.recordUrl && (
        <> <a href={text.recordUrl} target="_blank" rel="noopener noreferrer" onClick={(e) => e.stopPropagation()} aria-label={`${t('popPushOpen')}${label ? ` (${label})` : ''}`}>↗</a></>
      )}
    </span>
  );
}

export function LeadTable({ rows, selection, openId, onToggle, onTogglePage, onOpen, push }: Props) {
  const locale = uiLocale();
  const connections = push ? Object.keys(push.labels).length : 0;
  const state = pageState(selection, rows.map((r) => r.id));
  return (
    <table class="leads" data-testid="lead-table">
      <thead>
        <tr>
          <th class="sel">
            <input type="checkbox" aria-label={t('optSelectPage')} checked={state === 'all'} indeterminate={state === 'some'}
              disabled={rows.length === 0} onChange={onTogglePage} />
          </th>
          <th>{t('field_companyName')}</th>
          <th>{t('field_city')}</th>
          <th>{t('optColContact')}</th>
          <th class="num">{t('optColCompleteness')}</th>
          <th class="num">{t('optColScore')}</th>
          <th>{t('optColStage')}</th>
          <th>{t('field_source')}</th>
          <th>{t('optColUpdated')}</th>
          {connections > 0 && <th>{t('optColCrm')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-lead-id={row.id} class={row.id === openId ? 'open' : undefined} onClick={() => onOpen(row.id)}>
            <td class="sel" onClick={(e) => e.stopPropagation()}>
              <input type="checkbox" aria-label={t('optSelectRow', row.companyName || row.id)} checked={isSelected(selection, row.id)} onChange={() => onToggle(row.id)} />
            </td>
            <td>
              <button type="button" class="link" onClick={(e) => { e.stopPropagation(); onOpen(row.id); }}>
                {row.companyName || t('optNoCompanyName')}
              </button>
            </td>
            <td>{row.city}</td>
            <td>{row.contact}</td>
            <td class="num">
              <meter min={0} max={100} value={row.completeness} /> {formatPercent(row.completeness, locale)}
            </td>
            <td class="num">
              {formatNumber(row.score, locale)}
              {row.ready && <span class="badge ready" title={t('optReadyHint')}>{t('optReady')}</span>}
            </td>
            <td>{stageLabel(row.stage)}</td>
            <td>{row.source}</td>
            <td class="nowrap">{formatDate(row.updatedAt, locale, 'short')}</td>
            {connections > 0 && (
              <td class="push" data-testid="push-states">
                {(push?.byLead[row.id] ?? []).map((s) => <PushBadge key={s.connectionId} s={s} label={connections > 1 ? push!.labels[s.connectionId] ?? null : null} />)}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

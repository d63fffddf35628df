import { t } from '../../shared/i18n';
import type { TabState } from '../../shared/messages';
import { matchReasonLabel } from '../labels';

interface Props {
  state: TabState;
  busy: boolean;
  onCreate: () => void;
}

/** Which lead this page belongs to and why, or the offer to create one; other possible matches. */
export function MatchInfo({ state, busy, onCreate }: Props) {
  const { view, matchReason, otherMatches } = state;
  return (
    <section class="match" aria-label={t('sectionLead')}>
      {view ? (
        <p class="lead-name">
          <strong data-testid="lead-name">{view.lead.fields.companyName?.value || state.domain || t('unnamedLead')}</strong>
          {matchReason && <span class="reason" data-testid="match-reason" data-reason={matchReason}>{t('matchedBy', matchReasonLabel(matchReason))}</span>}
        </p>
      ) : (
        <div class="no-lead">
          <p>{t('noLeadForSite')}</p>
          <button type="button" data-action="create-lead" disabled={busy || !state.domain} onClick={onCreate}>
            {t('createLead')}
          </button>
        </div>
      )}
      {otherMatches.length > 0 && (
        <details class="other-matches" data-testid="other-matches">
          <summary>{t('otherMatches', String(otherMatches.length))}</summary>
          <ul>
            {otherMatches.map((m) => (
              <li key={m.leadId} data-lead-id={m.leadId}>
                {m.companyName || m.leadId} <span class="reason">{matchReasonLabel(m.reason)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

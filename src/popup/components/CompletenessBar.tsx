import type { Completeness } from '../../core/lead/completeness';
import { t } from '../../shared/i18n';
import { requirementLabel } from '../../shared/labels';
import { formatNumber } from '../labels';

/** How complete the contact data is, and what is still missing ("needs research"). */
export function CompletenessBar({ completeness }: { completeness: Completeness }) {
  const { percent, missing, missingFields, complete } = completeness;
  const percentText = t('percent', formatNumber(percent));
  return (
    <div class={`completeness ${complete ? 'complete' : 'incomplete'}`} data-testid="completeness" data-percent={percent}>
      <div class="completeness-head">
        <span class="completeness-label">{t('completeness')}</span>
        <progress max={100} value={percent} aria-label={t('completeness')} aria-valuetext={percentText} />
        <span class="percent">{percentText}</span>
        {!complete && <span class="badge warn" data-role="needs-research">{t('needsResearch')}</span>}
      </div>
      {missing.length > 0 && (
        <p class="missing-list" data-role="missing">
          {t('missingLabel')}{' '}
          {missing.map((id, i) => requirementLabel(id, missingFields[i])).join(', ')}
        </p>
      )}
    </div>
  );
}

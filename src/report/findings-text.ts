/** Findings worded in the rep's language: one plain sentence per finding. */
import type { GroupBy } from '../core/report/selection';
import type { Finding } from '../core/report/findings';
import { formatPercent } from '../shared/format';
import { messages, t } from '../shared/i18n';
import { requirementText } from '../shared/label-text';
import { formatMoney } from './format';

export function groupLabel(by: GroupBy, group: string): string {
  if (!group) return t(`reportNoGroup_${by}`);
  return t(`reportGroup_${by}`, group);
}

export function findingText(f: Finding, by: GroupBy, locale: string, currency: string): string {
  const group = groupLabel(by, f.group);
  switch (f.id) {
    case 'missing': return t('reportFindingMissing', [group, formatPercent(f.percent, locale), requirementText(f.requirement, messages)]);
    case 'free-mail': return t('reportFindingFreeMail', [group, formatPercent(f.percent, locale)]);
    case 'invented': return t('reportFindingInvented', [group, formatPercent(f.percent, locale)]);
    case 'invalid': return t('reportFindingInvalid', [group, formatPercent(f.percent, locale)]);
    case 'duplicates': return t('reportFindingDuplicates', [group, formatPercent(f.percent, locale)]);
    case 'switchboard-only': return t('reportFindingSwitchboard', [group, formatPercent(f.percent, locale)]);
    case 'became-complete': return t('reportFindingBecameComplete', [group, formatPercent(f.percent, locale)]);
    case 'qualified': return t('reportFindingQualified', [group, formatPercent(f.percent, locale)]);
    case 'cheapest-qualified': return t('reportFindingCheapest', [group, formatMoney(f.amount, currency, locale)]);
  }
}

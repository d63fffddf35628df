/** UI labels for core values (stages, fields, import errors, rule labels), through the locale catalogs. */
import type { ImportTarget } from '../core/lead/csv-columns';
import type { RowError } from '../core/lead/csv-import';
import { DEFAULT_RULE_SET } from '../core/lead/scoring';
import type { LeadField, Stage } from '../core/lead/types';
import { t } from '../shared/i18n';

export const fieldLabel = (field: LeadField): string => t(`field_${field}`);

export function targetLabel(target: ImportTarget): string {
  if (target === 'houseNumber') return t('optTargetHouseNumber');
  if (target === 'fullName') return t('optTargetFullName');
  return fieldLabel(target);
}

export const stageLabel = (stage: Stage): string => t(`optStage_${stage.replace(/-/g, '_')}`);

export function importErrorText(error: RowError): string {
  const key = `optImportErr_${error.code.replace(/-/g, '_')}`;
  const text = t(key, error.column ?? '');
  return text === key ? error.message : text;
}

/** A default rule's label in the rep's language while the rep has not renamed it. */
export function ruleLabel(ruleId: string, label: string): string {
  const original = DEFAULT_RULE_SET.rules.find((r) => r.id === ruleId);
  if (!original || original.label !== label) return label;
  const key = `optRule_${ruleId.replace(/-/g, '_')}`;
  const text = t(key);
  return text === key ? label : text;
}
